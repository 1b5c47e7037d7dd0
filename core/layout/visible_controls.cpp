// layout/visible_controls.cpp — bidi controls replaced by a visible neutral placeholder.
#include "isnad/layout/visible_controls.h"

namespace isnad::layout {

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C;
}

bool is_isolate_control(char32_t cp) { return cp >= 0x2066 && cp <= 0x2069; }

std::u32string with_visible_controls(std::u32string_view text, const std::vector<std::size_t>& obeyed) {
  std::u32string out;
  auto next_obeyed = obeyed.begin();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_bidi_control(text[i])) continue;
    while (next_obeyed != obeyed.end() && *next_obeyed < i) ++next_obeyed;
    if (next_obeyed != obeyed.end() && *next_obeyed == i && is_isolate_control(text[i])) continue;
    if (out.empty()) out.assign(text);
    out[i] = kControlPlaceholder;
  }
  return out;
}

}  // namespace isnad::layout
