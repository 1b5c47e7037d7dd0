// paragraph_ranges.cpp — hard line breaks, then bounded pieces (see paragraph_ranges.h).
#include "isnad/layout/paragraph_ranges.h"

#include "isnad/text/boundary.h"

namespace isnad::layout {

std::vector<ParagraphRange> paragraph_ranges(std::u32string_view text, std::size_t max_len) {
  std::vector<ParagraphRange> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(U"\r\n\u2029", start);
    if (end == std::u32string_view::npos) end = text.size();
    const std::u32string_view para = text.substr(0, end);   // cut points look no further than the line
    for (std::size_t s = start; s < end;) {
      const std::size_t e = text::cut_point(para, s, max_len);
      out.push_back({s, e});
      s = e;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace isnad::layout
