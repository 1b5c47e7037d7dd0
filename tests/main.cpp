// tests/main.cpp — the one doctest main, for the native and the wasm (node) builds alike.
// Under wasm, ICU's slim data must be registered before any test touches ICU.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <set>

#include "isnad/text/icu_data.h"
#include "test_support.h"

namespace isnad::test {

std::optional<std::string> shared_dir() {
  if (const char* env = std::getenv("ISNAD_SHARED")) return std::string(env);
  std::string p = repo_path("../shared");
  std::ifstream probe(p + "/README.md");
  if (probe) return p;
  return std::nullopt;
}

bool skip_without_shared(const char* what) {
  if (shared_dir()) return false;
  static std::set<std::string> said;
  if (said.insert(what).second) std::printf("skipped (../shared is absent): %s\n", what);
  return true;
}

}  // namespace isnad::test

int main(int argc, char** argv) {
#ifdef ISNAD_ICU_DATA_FILE
  std::string err;
  if (!isnad::text::icu_load_data_file(ISNAD_ICU_DATA_FILE, &err)) {
    std::fprintf(stderr, "isnad_tests: %s\n", err.c_str());
    return 2;
  }
#endif
  doctest::Context ctx(argc, argv);
  return ctx.run();
}
