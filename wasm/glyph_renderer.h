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
// The page starts with subsets (scripts/subset_fonts); the full fonts replace them when a text needs
// a glyph the subsets lack (full_fonts.h), and `generation` tells every cache of shaped text so.
struct TextEngine {
  layout::FontSet fonts;
  GlyphAtlas atlas;
  int atlas_font[layout::kFontCount] = {-1, -1};   // FontId → atlas font id
  int generation = 0;                              // bumps when the fonts change: reshape
  bool shape_only = false;                         // a frame built to lay out and shape: no glyph drawn
  bool ready() const { return fonts.complete() && atlas_font[0] >= 0 && atlas_font[1] >= 0; }
};

TextEngine& text_engine();   // the one instance

// Loads the two fonts (subsets) from the packed files; false and *error if either is missing or broken.
bool text_engine_init(TextEngine* engine, std::string* error);
// Font i becomes `bytes` (the full font of its subset) in HarfBuzz and in the atlas, and the
// generation bumps; false and *error (nothing changed) if they are not a font.
bool text_engine_replace_font(TextEngine* engine, int i, std::string bytes, std::string* error);

// Draws paragraph `p` (laid out) with its top-left at `origin`, skipping lines outside [clip_top, clip_bottom).
// Returns false if some glyph could not be placed in the atlas this frame (ask for another frame).
bool draw_paragraph(TextEngine& engine, ImDrawList* dl, const layout::Paragraph& p, ImVec2 origin, ImU32 color,
                    float clip_top, float clip_bottom);

// Fills the rectangles of a range of `p` (highlights, selection) with its top-left at `origin`.
void draw_range(ImDrawList* dl, const layout::Paragraph& p, layout::TextRange range, ImVec2 origin, ImU32 color);

}  // namespace isnad::web
