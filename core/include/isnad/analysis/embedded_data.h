// isnad/analysis/embedded_data.h — the core/data/*.txt files, compiled in (cmake/embed_data.cmake).
#pragma once

namespace isnad::analysis {

struct EmbeddedFile {
  const char* name;       // "places.txt"
  const char* contents;   // the whole file, UTF-8
};

// Ends with {nullptr, nullptr}.
extern const EmbeddedFile kEmbeddedFiles[];

// The contents of one embedded file, or "" when there is none by that name.
const char* embedded_file(const char* name);

}  // namespace isnad::analysis
