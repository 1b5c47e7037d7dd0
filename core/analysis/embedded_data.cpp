// embedded_data.cpp — look-up of the compiled-in data files by name.
#include "isnad/analysis/embedded_data.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace isnad::analysis {

namespace {
const EmbeddedFile* find(const char* name) {
  for (const EmbeddedFile* f = kEmbeddedFiles; f->name; ++f)
    if (!std::strcmp(f->name, name)) return f;
  return nullptr;
}
}  // namespace

bool has_embedded_data(const char* name) { return find(name) != nullptr; }

std::string_view embedded_data(const char* name) {
  if (const EmbeddedFile* f = find(name)) return f->contents;
  std::fprintf(stderr, "isnad: core/data/%s is not compiled in\n", name);
  std::abort();
}

}  // namespace isnad::analysis
