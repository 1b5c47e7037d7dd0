// context.cpp — the words around a search hit, for a result list (see search.h).
#include <algorithm>

#include "isnad/search/search.h"
#include "isnad/text/utf8.h"

namespace isnad::search {
namespace {

bool is_break(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\u2029' || c == U'\u2028'; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00A0' || is_break(c); }

// Line breaks become spaces, runs of spaces one space.
std::string tidy(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s) {
    if (is_space(c)) { if (out.empty() || out.back() != U' ') out.push_back(U' '); }
    else out.push_back(c);
  }
  return text::to_utf8(out);
}

}  // namespace

Context context_of(std::u32string_view original, const Hit& hit, std::size_t radius) {
  const std::size_t s = std::min<std::size_t>(hit.start, original.size());
  const std::size_t e = std::clamp<std::size_t>(hit.end, s, original.size());
  // Stay in the hit's paragraph; cut at a space so no word is broken.
  std::size_t b = s;
  while (b > 0 && s - b < radius && !is_break(original[b - 1])) --b;
  if (b > 0 && !is_break(original[b - 1]))
    while (b < s && !is_space(original[b])) ++b;
  while (b < s && is_space(original[b])) ++b;
  std::size_t f = e;
  while (f < original.size() && f - e < radius && !is_break(original[f])) ++f;
  if (f < original.size() && !is_break(original[f]))
    while (f > e && !is_space(original[f - 1])) --f;
  while (f > e && is_space(original[f - 1])) --f;
  Context c;
  c.before = tidy(original.substr(b, s - b));
  c.match = tidy(original.substr(s, e - s));
  c.after = tidy(original.substr(e, f - e));
  if (b > 0 && !is_break(original[b - 1])) c.before = "… " + c.before;
  if (f < original.size() && !is_break(original[f])) c.after += " …";
  return c;
}

}  // namespace isnad::search
