#include "shaped_text.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include "full_fonts.h"
#include "glyph_renderer.h"
#include "i18n.h"
#include "isnad/layout/visible_controls.h"
#include "isnad/text/utf8.h"

namespace isnad::web {
namespace {

constexpr float kUnbounded = 1e6f;   // lay out on one line; the widget cuts, not the line breaker

// The interface's own isolates (i18n.h: marked by two noncharacters) become FSI … PDI, and their
// positions are returned to be obeyed; a mark without its partner is shown like any other control.
std::vector<std::size_t> interface_isolates(std::u32string& text) {
  std::vector<std::size_t> obeyed, open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'\uFDD0' || text[i] == U'\uFDD2') {
      open.push_back(i);
    } else if (text[i] == U'\uFDD1') {
      if (open.empty()) {
        text[i] = layout::kControlPlaceholder;
        continue;
      }
      text[open.back()] = text[open.back()] == U'\uFDD0' ? U'\u2068' : U'\u2066';
      text[i] = U'\u2069';
      obeyed.push_back(open.back());
      obeyed.push_back(i);
      open.pop_back();
    }
  }
  for (std::size_t i : open) text[i] = layout::kControlPlaceholder;
  std::sort(obeyed.begin(), obeyed.end());
  return obeyed;
}

const layout::Paragraph& cached(const char* utf8, float px) {
  static std::unordered_map<std::string, std::unique_ptr<layout::Paragraph>> cache;
  static int generation = 0;   // the text engine's fonts the cache was shaped with
  if (generation != text_engine().generation) { cache.clear(); generation = text_engine().generation; }
  std::string key = std::to_string(px) + '|' + lang_name(lang()) + '|' + utf8;
  auto it = cache.find(key);
  if (it == cache.end()) {
    if (cache.size() > 1024) cache.clear();
    layout::ParagraphStyle st;
    st.font_size_px = px;
    std::u32string text = text::decode_utf8(utf8).text;
    std::vector<std::size_t> obeyed = interface_isolates(text);
    // A line the interface composed (it isolates the article's words in it) runs in the interface's
    // direction; any other string, from its first strong letter.
    if (!obeyed.empty()) st.direction = lang() == Lang::en ? layout::BaseDirection::ltr : layout::BaseDirection::rtl;
    auto p = std::make_unique<layout::Paragraph>(std::move(text), text_engine().fonts, st, std::move(obeyed));
    p->layout(kUnbounded);
    full_fonts_check(*p);
    it = cache.emplace(std::move(key), std::move(p)).first;
  }
  return *it->second;
}

}  // namespace

float shaped_text_width(const char* utf8, float px) {
  if (!text_engine().ready()) return 0;
  const layout::Paragraph& p = cached(utf8, px);
  return p.lines().empty() ? 0 : p.lines()[0].content_right - p.lines()[0].content_left;
}

float shaped_text(ImDrawList* dl, const char* utf8, float px, float x_left, float x_right, float y, ImU32 color) {
  return shaped_text_marked(dl, utf8, px, x_left, x_right, y, color, 0, 0, 0);
}

float shaped_text_marked(ImDrawList* dl, const char* utf8, float px, float x_left, float x_right, float y, ImU32 color,
                         std::size_t mark_start, std::size_t mark_end, ImU32 mark_color) {
  TextEngine& engine = text_engine();
  if (!engine.ready() || !*utf8) return px * 1.5f;
  const layout::Paragraph& p = cached(utf8, px);
  if (p.lines().empty()) return px * 1.5f;
  const layout::TextLine& line = p.lines()[0];
  const bool rtl = p.bidi().paragraph_level & 1;
  const float need = line.content_right - line.content_left, room = x_right - x_left;
  float right = x_right, left = x_left;
  if (need > room) {   // cut at the logical end: an ellipsis there, the start stays visible
    const layout::Paragraph& ell = cached("\u2026", px);
    const float ew = ell.lines()[0].content_right - ell.lines()[0].content_left;
    const float ex = rtl ? x_left - ell.lines()[0].content_left : x_right - ew - ell.lines()[0].content_left;
    draw_paragraph(engine, dl, ell, ImVec2(ex, y), color, y - px, y + px * 3);
    if (rtl) left += ew; else right -= ew;
  }
  const float dx = rtl ? right - line.content_right : left - line.content_left;
  dl->PushClipRect(ImVec2(left, y - px), ImVec2(right, y + p.height() + px), true);
  if (mark_end > mark_start)
    draw_range(dl, p, {layout::TextIndex(mark_start), layout::TextIndex(mark_end)}, ImVec2(dx, y), mark_color);
  draw_paragraph(engine, dl, p, ImVec2(dx, y), color, y - px, y + p.height() + px);
  dl->PopClipRect();
  return p.height();
}

}  // namespace isnad::web
