#include "glyph_renderer.h"

#include <memory>
#include <string_view>
#include <vector>

#include "isnad/corpus/corpus.h"

namespace isnad::web {

TextEngine& text_engine() {
  static TextEngine engine;
  return engine;
}

namespace {
// The atlas reads fonts in place, and a paragraph shaped before a font was replaced may still point
// at its HarfBuzz face: every font's bytes and Font live as long as the app.
std::vector<std::string>& kept_bytes() { static auto* keep = new std::vector<std::string>(); return *keep; }
std::vector<std::unique_ptr<layout::Font>>& retired_fonts() { static auto* r = new std::vector<std::unique_ptr<layout::Font>>(); return *r; }
std::string_view keep(std::string bytes) {
  kept_bytes().push_back(std::move(bytes));
  return kept_bytes().back();
}
}  // namespace

bool text_engine_init(TextEngine* e, std::string* error) {
  const char* files[layout::kFontCount] = {"/isnad/fonts/NotoNaskhArabic-subset.ttf", "/isnad/fonts/NotoSans-subset.ttf"};
  for (int i = 0; i < layout::kFontCount; ++i) {
    auto bytes = corpus::read_file(files[i], error);
    if (!bytes) return false;
    e->fonts.fonts[i] = layout::Font::from_bytes(std::vector<std::uint8_t>(bytes->begin(), bytes->end()), error);
    if (!e->fonts.fonts[i]) return false;
    e->atlas_font[i] = e->atlas.add_font(keep(std::move(*bytes)));
    if (e->atlas_font[i] < 0) { if (error) *error = std::string("stb_truetype cannot read ") + files[i]; return false; }
  }
  return true;
}

bool text_engine_replace_font(TextEngine* e, int i, std::string bytes, std::string* error) {
  if (i < 0 || i >= layout::kFontCount || e->atlas_font[i] < 0) { if (error) *error = "no such font"; return false; }
  auto font = layout::Font::from_bytes(std::vector<std::uint8_t>(bytes.begin(), bytes.end()), error);
  if (!font) return false;
  if (!e->atlas.replace_font(e->atlas_font[i], keep(std::move(bytes)))) { if (error) *error = "stb_truetype cannot read it"; return false; }
  retired_fonts().push_back(std::move(e->fonts.fonts[i]));
  e->fonts.fonts[i] = std::move(font);
  ++e->generation;
  return true;
}

bool draw_paragraph(TextEngine& e, ImDrawList* dl, const layout::Paragraph& p, ImVec2 origin, ImU32 color,
                    float clip_top, float clip_bottom) {
  if (e.shape_only) return true;
  bool complete = true;
  const float px = p.style().font_size_px;
  for (const layout::TextLine& line : p.lines()) {
    const float top = origin.y + line.top;
    if (top + line.height < clip_top || top > clip_bottom) continue;
    for (const layout::PositionedGlyph& g : line.glyphs)
      complete &= e.atlas.draw(dl, e.atlas_font[static_cast<int>(g.font)], g.glyph, px, origin.x + g.x, origin.y + g.y, color);
  }
  return complete;
}

void draw_range(ImDrawList* dl, const layout::Paragraph& p, layout::TextRange range, ImVec2 origin, ImU32 color) {
  for (const layout::Rect& r : p.range_rects(range))
    dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.top), ImVec2(origin.x + r.right, origin.y + r.bottom), color);
}

}  // namespace isnad::web
