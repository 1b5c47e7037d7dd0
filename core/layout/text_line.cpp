// layout/text_line.cpp — rule L1, pieces of one run and level, ubidi_reorderVisual, then positions.
#include "isnad/layout/text_line.h"

namespace isnad::layout {
namespace {

// A maximal stretch of the line's clusters (logical order) from one run at one level.
struct Piece {
  std::size_t first, last;  // clusters [first, last)
  std::uint8_t level;
};

std::vector<Piece> pieces_of(const ClusterTable& t, const LineSpan& span, const std::vector<std::uint8_t>& levels,
                             TextIndex line_start) {
  std::vector<Piece> out;
  for (std::size_t c = span.clusters.start.value(); c < span.clusters.end.value(); ++c) {
    const std::uint8_t level = levels[t.clusters[c].text.start.value() - line_start.value()];
    if (!out.empty() && out.back().level == level && t.clusters[out.back().first].run == t.clusters[c].run) {
      out.back().last = c + 1;
    } else {
      out.push_back({c, c + 1, level});
    }
  }
  return out;
}

// Extra pixels per interior space when justifying, and how many spaces take them.
float justify_extra(const ClusterTable& t, const LineSpan& span, const LineGeometry& g) {
  if (g.align != Align::justify || span.last || span.width >= g.box_width) return 0;
  std::size_t spaces = 0;
  for (std::size_t c = span.clusters.start.value(); c < span.content_end.value(); ++c) spaces += t.clusters[c].whitespace;
  return spaces ? (g.box_width - span.width) / static_cast<float>(spaces) : 0;
}

}  // namespace

TextLine text_line(std::u32string_view text, const BidiRuns& bidi, const std::vector<ShapedRun>& runs,
                   const ClusterTable& table, const LineSpan& span, const LineGeometry& g) {
  TextLine line;
  line.index = g.index;
  line.clusters = span.clusters;
  const std::size_t c0 = span.clusters.start.value(), c1 = span.clusters.end.value();
  const TextIndex start = c0 < table.clusters.size() ? table.clusters[c0].text.start : TextIndex(text.size());
  line.text = {start, c1 > c0 ? table.clusters[c1 - 1].text.end : start};
  line.top = g.top;
  line.height = g.height;
  line.baseline = g.top + g.ascent;

  const std::vector<std::uint8_t> levels = line_levels(text, bidi.levels, line.text, bidi.paragraph_level);
  const std::vector<Piece> pieces = pieces_of(table, span, levels, start);
  std::vector<std::uint8_t> piece_levels;
  for (const Piece& p : pieces) piece_levels.push_back(p.level);
  const std::vector<std::uint32_t> order = visual_run_order(piece_levels);

  // Horizontal placement: content is aligned inside the box; hanging spaces sit beyond it on the
  // paragraph's end side (rule L1 gave them the paragraph level, so they are visually outermost).
  const float extra = justify_extra(table, span, g);
  float content = span.width, hang = 0;
  for (std::size_t c = c0; c < c1; ++c) {
    const Cluster& cl = table.clusters[c];
    if (c >= span.content_end.value()) hang += cl.advance;
    else if (cl.whitespace) content += extra;
  }
  const bool para_rtl = bidi.paragraph_level & 1;
  const float free = g.box_width - content;
  float left = 0;
  switch (g.align) {
    case Align::start: case Align::justify: left = para_rtl ? free : 0; break;
    case Align::end: left = para_rtl ? 0 : free; break;
    case Align::center: left = free / 2; break;
  }
  line.content_left = left;
  line.content_right = left + content;

  float x = para_rtl ? left - hang : left;
  line.box_of.resize(c1 - c0);
  line.boxes.reserve(c1 - c0);
  std::size_t glyphs = 0;
  for (std::size_t c = c0; c < c1; ++c) glyphs += table.clusters[c].glyphs.size();
  line.glyphs.reserve(glyphs);
  for (std::uint32_t v : order) {
    const Piece& p = pieces[v];
    const bool rtl = p.level & 1;
    for (std::size_t k = 0; k < p.last - p.first; ++k) {
      const std::size_t c = rtl ? p.last - 1 - k : p.first + k;
      const Cluster& cl = table.clusters[c];
      const ShapedRun& run = runs[cl.run.value()];
      const float scale = g.px_per_unit[static_cast<int>(run.font)];
      float pen = x;
      for (std::size_t gi = cl.glyphs.start.value(); gi < cl.glyphs.end.value(); ++gi) {
        line.glyphs.push_back({run.font, run.glyphs[gi], pen + static_cast<float>(run.x_offset[gi]) * scale,
                               line.baseline - static_cast<float>(run.y_offset[gi]) * scale, cl.text});
        pen += static_cast<float>(run.x_advance[gi]) * scale;
      }
      const bool stretched = cl.whitespace && c < span.content_end.value();
      const float right = x + cl.advance + (stretched ? extra : 0);
      line.box_of[c - c0] = static_cast<std::uint32_t>(line.boxes.size());
      line.boxes.push_back({ClusterIndex(c), x, right, rtl});
      x = right;
    }
  }
  return line;
}

}  // namespace isnad::layout
