// isnad — the command-line face of the core: `isnad analyze [--date D] [--meta FILE] [--json|--pretty] FILE...`
// Reads each file as bytes, decodes it (invalid UTF-8 → U+FFFD with a warning), and prints the
// analysis JSON of ANALYSIS_FORMAT.md or a readable table.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/corpus/corpus.h"
#include "isnad/text/icu_data.h"

namespace {

int usage(FILE* to) {
  std::fputs(
      "usage: isnad analyze [--date YYYY-MM-DD] [--meta corpus.json] [--json|--pretty] FILE...\n"
      "       isnad --version\n", to);
  return to == stderr ? 2 : 0;
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int analyze(int argc, char** argv) {
  bool pretty = false;
  std::string date, meta_path;
  std::vector<std::string> files;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") pretty = false;
    else if (a == "--pretty") pretty = true;
    else if ((a == "--date" || a == "--meta") && i + 1 < argc) (a == "--date" ? date : meta_path) = argv[++i];
    else if (a.rfind("--", 0) == 0) { std::fprintf(stderr, "isnad: unknown option %s\n", a.c_str()); return usage(stderr); }
    else files.push_back(a);
  }
  if (files.empty()) return usage(stderr);
  if (!date.empty() && !isnad::corpus::is_iso_date(date)) {
    std::fprintf(stderr, "isnad: --date wants YYYY-MM-DD, got '%s'\n", date.c_str());
    return 2;
  }
  int rc = 0;
  nlohmann::json out = {{"version", 1}, {"articles", nlohmann::json::array()}, {"clusters", nlohmann::json::array()},
                        {"discrepancies", nlohmann::json::array()}, {"entities", nlohmann::json::array()}};
  for (const auto& path : files) {
    std::string err;
    auto bytes = isnad::corpus::read_file(path, &err);
    if (!bytes) { std::fprintf(stderr, "isnad: %s\n", err.c_str()); rc = 1; continue; }
    std::vector<std::string> warnings;
    auto art = isnad::corpus::make_article({base_name(path)}, *bytes, &warnings);
    for (auto& w : warnings) std::fprintf(stderr, "isnad: warning: %s\n", w.c_str());
    out["articles"].push_back({{"file", art.meta.file}, {"outlet", nullptr}, {"chars", art.text.size()},
                               {"anchors", nlohmann::json::array()}, {"claims", nlohmann::json::array()}});
  }
  std::puts(out.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef ISNAD_ICU_DATA_FILE
  std::string err;
  if (!isnad::text::icu_load_data_file(ISNAD_ICU_DATA_FILE, &err)) { std::fprintf(stderr, "isnad: %s\n", err.c_str()); return 2; }
#endif
  if (argc < 2) return usage(stderr);
  if (!std::strcmp(argv[1], "--version")) { std::puts("isnad 0.1.0"); return 0; }
  if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "help")) return usage(stdout);
  if (!std::strcmp(argv[1], "analyze")) return analyze(argc - 2, argv + 2);
  std::fprintf(stderr, "isnad: unknown command '%s'\n", argv[1]);
  return usage(stderr);
}
