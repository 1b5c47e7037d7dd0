// isnad/analysis/embedded_data.h — the core/data/*.txt files, compiled in (cmake/embed_data.cmake).
#pragma once
#include <cstddef>
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

// Calls on_line(line_number, line) for each line of a data file's text that is neither empty nor a
// comment ('#'), numbered from 1; stops, returning false, at the first line on_line refuses.
template <typename OnLine>
bool for_each_data_line(std::string_view text, OnLine on_line) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (!on_line(line_no, line)) return false;
  }
  return true;
}

}  // namespace isnad::analysis
