// wasm/glyph_renderer.h — draws laid-out text (core/layout TextLines) through the glyph atlas into
// an ImDrawList: every glyph at its pen position, so what is drawn is exactly what the layout's
// queries (carets, hit tests, range rectangles) describe.
//
// [x] glyphs from both fonts of the FontSet, at any pixel size, subpixel-positioned horizontally
// [x] only the lines inside a clip band are drawn
// [x] highlight rectangles drawn under the text
#pragma once
#include <imgui.h>

#include "glyph_atlas.h"
#include "isnad/layout/font.h"
#include "isnad/layout/paragraph.h"

namespace isnad::web {

// The fonts of the text engine: HarfBuzz faces for layout, the same bytes in the atlas for drawing.
struct TextEngine {
  layout::FontSet fonts;
  GlyphAtlas atlas;
  int atlas_font[layout::kFontCount] = {-1, -1};   // FontId → atlas font id
  bool ready() const { return fonts.complete() && atlas_font[0] >= 0 && atlas_font[1] >= 0; }
};

TextEngine& text_engine();   // the one instance

// Loads the two fonts from the packed files; false and *error if either is missing or broken.
bool text_engine_init(TextEngine* engine, std::string* error);

// Draws paragraph `p` (laid out) with its top-left at `origin`, skipping lines outside [clip_top, clip_bottom).
// Returns false if some glyph could not be placed in the atlas this frame (ask for another frame).
bool draw_paragraph(TextEngine& engine, ImDrawList* dl, const layout::Paragraph& p, ImVec2 origin, ImU32 color,
                    float clip_top, float clip_bottom);

// Fills the rectangles of a range of `p` (highlights, selection) with its top-left at `origin`.
void draw_range(ImDrawList* dl, const layout::Paragraph& p, layout::TextRange range, ImVec2 origin, ImU32 color);

}  // namespace isnad::web
