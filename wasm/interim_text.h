// wasm/interim_text.h — interim Arabic drawing for the foundation: ICU's u_shapeArabic picks
// presentation forms, ICU ubidi reorders each wrapped line into visual order, and ImGui draws the
// result left to right. No ligatures beyond lam-alef, no glyph-to-offset map: the real engine
// (core/layout with HarfBuzz) replaces this.
#pragma once
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace isnad::web {

struct VisualLine {
  std::string utf8;   // in visual (left-to-right drawing) order
  float width = 0;    // in pixels at the size it was measured
};

// Shapes and reorders one logical line of text for left-to-right drawing.
std::string visual_order(std::u32string_view logical);

// Wraps a paragraph at spaces to fit max_width (measured with font at px), each line in visual order.
std::vector<VisualLine> wrap_paragraph(std::u32string_view para, ImFont* font, float px, float max_width);

}  // namespace isnad::web
