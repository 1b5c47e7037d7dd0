// isnad/layout/text_line.h — stage 5: one line, reordered for display and positioned.
//
// The only place the pipeline leaves logical order. The line's clusters get their levels with rule
// L1 applied, are grouped into pieces of one run and one level, and the pieces are ordered by
// ubidi_reorderVisual. Every cluster gets a box [left, right) in visual order and every glyph a pen
// position; both carry the code-point range they came from, so the renderer, the caret, hit testing
// and selection all read the same numbers. Coordinates are pixels, x from the box's left edge, y
// down from the paragraph's top.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/layout/bidi_runs.h"
#include "isnad/layout/cluster_table.h"
#include "isnad/layout/font.h"
#include "isnad/layout/indices.h"
#include "isnad/layout/line_breaker.h"
#include "isnad/layout/shaped_run.h"

namespace isnad::layout {

// Start is the paragraph's own side (right for Arabic): ragged-left for an RTL paragraph.
enum class Align : std::uint8_t { start, end, center, justify };

struct PositionedGlyph {
  FontId font;
  std::uint32_t glyph;  // glyph id in that font (the renderer's atlas key, with the pixel size)
  float x, y;           // pen position plus HarfBuzz offsets; y is the baseline
  TextRange cluster;    // the code points this glyph draws (shared by all glyphs of a cluster)
};

struct ClusterBox {
  ClusterIndex cluster;
  float left, right;  // right - left = advance, plus justification for spaces
  bool rtl;           // level after rule L1: the leading (caret) edge is `right` when set
};

struct TextLine {
  LineIndex index;
  TextRange text;
  ClusterRange clusters;
  float top = 0, baseline = 0, height = 0;
  float content_left = 0, content_right = 0;  // ink extent without hanging spaces
  std::vector<ClusterBox> boxes;               // left to right
  std::vector<std::uint32_t> box_of;           // per cluster of the line (logical): its index in `boxes`
  std::vector<PositionedGlyph> glyphs;         // left to right
  const ClusterBox& box(ClusterIndex c) const { return boxes[box_of[c.value() - clusters.start.value()]]; }
};

struct LineGeometry {
  LineIndex index;
  float box_width, top, height, ascent;  // pixels; ascent places the baseline below `top`
  Align align;
  float px_per_unit[kFontCount];         // font units → pixels per font
};

TextLine text_line(std::u32string_view text, const BidiRuns& bidi, const std::vector<ShapedRun>& runs,
                   const ClusterTable& table, const LineSpan& span, const LineGeometry& g);

}  // namespace isnad::layout
