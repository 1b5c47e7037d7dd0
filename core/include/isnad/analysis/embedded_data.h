// isnad/analysis/embedded_data.h — the core/data/*.txt files, compiled in (cmake/embed_data.cmake).
#pragma once
#include <string_view>

namespace isnad::analysis {

struct EmbeddedFile {
  const char* name;       // "places.txt"
  const char* contents;   // the whole file, UTF-8
};

// Ends with {nullptr, nullptr}.
extern const EmbeddedFile kEmbeddedFiles[];

// The contents of one data file. A missing one is a build error (a misspelt name), reported and
// fatal at first use rather than read as empty.
std::string_view embedded_data(const char* name);

// Whether a data file is compiled in: only for a table that is optional by design (a learned table the
// build may leave out, as xref's similar_stems.txt); every other file is read with embedded_data.
bool has_embedded_data(const char* name);

}  // namespace isnad::analysis
