#include "glyph_renderer.h"

#include <vector>

#include "isnad/corpus/corpus.h"

namespace isnad::web {

TextEngine& text_engine() {
  static TextEngine engine;
  return engine;
}

bool text_engine_init(TextEngine* e, std::string* error) {
  const char* files[layout::kFontCount] = {"/isnad/fonts/NotoNaskhArabic-Regular.ttf", "/isnad/fonts/NotoSans-Regular.ttf"};
  for (int i = 0; i < layout::kFontCount; ++i) {
    auto bytes = corpus::read_file(files[i], error);
    if (!bytes) return false;
    e->fonts.fonts[i] = layout::Font::from_bytes(std::vector<std::uint8_t>(bytes->begin(), bytes->end()), error);
    if (!e->fonts.fonts[i]) return false;
    // The atlas reads the font in place: keep a copy alive for the life of the app.
    static std::vector<std::string>* keep = new std::vector<std::string>();
    keep->push_back(std::move(*bytes));
    e->atlas_font[i] = e->atlas.add_font(keep->back());
    if (e->atlas_font[i] < 0) { if (error) *error = std::string("stb_truetype cannot read ") + files[i]; return false; }
  }
  return true;
}

bool draw_paragraph(TextEngine& e, ImDrawList* dl, const layout::Paragraph& p, ImVec2 origin, ImU32 color,
                    float clip_top, float clip_bottom) {
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
