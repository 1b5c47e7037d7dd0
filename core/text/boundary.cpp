// boundary.cpp — cut points for pieces of bounded size (see boundary.h).
#include "isnad/text/boundary.h"

#include <unicode/uchar.h>

namespace isnad::text {
namespace {

bool is_line_break(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\u2029' || c == U'\u2028'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00a0' || c == U'\u3000' || (c >= U'\u2000' && c <= U'\u200a'); }
bool ends_sentence(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == U'\u061f' /* ؟ */ || c == U'\u06d4' /* ۔ */ || c == U'\u2026' ||
         c == U'\u061b' /* ؛ */;
}
// Nothing may start a piece that belongs to the grapheme cluster before it (a combining mark, ZWJ,
// a variation selector), nor follow a ZWJ, nor split CR LF.
bool grapheme_boundary(std::u32string_view t, std::size_t i) {
  if (i == 0 || i >= t.size()) return true;
  if (t[i - 1] == U'\r' && t[i] == U'\n') return false;
  if (t[i - 1] == U'\u200d') return false;
  return !u_hasBinaryProperty(static_cast<UChar32>(t[i]), UCHAR_GRAPHEME_EXTEND);
}

}  // namespace

std::size_t cut_point(std::u32string_view text, std::size_t from, std::size_t max_len) {
  if (max_len < 2) max_len = 2;
  if (from >= text.size() || text.size() - from <= max_len) return text.size();
  const std::size_t limit = from + max_len, floor = from + max_len / 2;
  // A cut at i means the piece is [from, i): the boundary sits after text[i - 1].
  for (std::size_t i = limit; i > floor; --i)
    if (is_line_break(text[i - 1]) && grapheme_boundary(text, i)) return i;
  for (std::size_t i = limit; i > floor; --i)
    if (is_space(text[i - 1]) && i >= 2 && ends_sentence(text[i - 2])) return i;
  for (std::size_t i = limit; i > floor; --i)
    if (is_space(text[i - 1]) && grapheme_boundary(text, i)) return i;
  for (std::size_t i = limit; i > floor; --i)
    if (grapheme_boundary(text, i)) return i;
  return limit;   // one grapheme longer than the window (thousands of stacked marks): cut anyway
}

}  // namespace isnad::text
