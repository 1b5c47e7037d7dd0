// isnad/layout/paragraph.h — a paragraph of text laid out in a box, and the geometry queries on it.
//
// Pipeline (each stage its own file, named after its output, all in logical order until the last):
//   bidi_runs → shaped_run → cluster_table → line_breaker → text_line
// The Paragraph caches each stage and reruns only what a change invalidates (the Stage enum below):
// a new width re-breaks lines, a new font size rebuilds clusters (no reshaping: shaping is in font
// units), a new direction reshapes. Calling layout() again with the same width does nothing.
//
// Bidi controls (RLO, LRI, RLM, …) are never obeyed: each is laid out as a visible neutral
// placeholder (visible_controls.h), so text cannot show in an order other than its logical one.
//
// Offsets are code points of the paragraph (TextIndex). Positions are pixels: x from the box's left,
// y down from the paragraph's top.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "isnad/layout/bidi_runs.h"
#include "isnad/layout/cluster_table.h"
#include "isnad/layout/font.h"
#include "isnad/layout/indices.h"
#include "isnad/layout/shaped_run.h"
#include "isnad/layout/text_line.h"
#include "isnad/layout/visible_controls.h"
#include "isnad/text/utf8.h"

namespace isnad::layout {

struct ParagraphStyle {
  float font_size_px = 20;
  float line_spacing = 1.0f;  // multiple of the fonts' natural line height
  Align align = Align::start;
  BaseDirection direction = BaseDirection::auto_rtl;
};

// Which side of an offset a caret belongs to where the two sides are apart on screen (a bidi
// boundary, a line break): downstream = before the character at the offset, upstream = after the
// character before it.
enum class Affinity : std::uint8_t { downstream, upstream };

struct Caret {
  float x, top, bottom;
  LineIndex line;
};

struct HitResult {
  TextIndex offset;
  Affinity affinity;
};

struct Rect {
  float left, top, right, bottom;
};

class Paragraph {
 public:
  // `fonts` must outlive the paragraph and be complete(). `obeyed_isolates`: positions (ascending) of
  // isolate controls the application inserted itself, obeyed rather than shown (visible_controls.h).
  Paragraph(std::u32string text, const FontSet& fonts, ParagraphStyle style = {},
            std::vector<std::size_t> obeyed_isolates = {});

  void set_style(const ParagraphStyle& style);
  // Lays out for a box `width` pixels wide; cached, so calling it every frame costs nothing.
  void layout(float width);

  std::u32string_view text() const { return text_; }
  const ParagraphStyle& style() const { return style_; }
  // Results of the last layout() (the stages are exposed for tests and tools).
  const std::vector<TextLine>& lines() const { return lines_; }
  float height() const { return static_cast<float>(lines_.size()) * line_height_; }
  float line_height() const { return line_height_; }
  const BidiRuns& bidi() const { return bidi_; }
  const std::vector<ShapedRun>& runs() const { return runs_; }
  const ClusterTable& clusters() const { return table_; }

  // Queries (after layout()).
  Caret caret(TextIndex offset, Affinity affinity = Affinity::downstream) const;
  HitResult hit_test(float x, float y) const;
  std::vector<Rect> range_rects(TextRange range) const;  // left to right per line, lines top to bottom
  TextRange word_at(TextIndex offset) const;              // ICU word boundaries around the character at offset

 private:
  // How far the cached layout is valid; a change sends it back to the stage it invalidates.
  enum class Stage : std::uint8_t { none, shaped, clustered, lined_out };

  void shape();
  void build_clusters();
  void break_into_lines(float width);
  LineIndex line_of(TextIndex offset, Affinity affinity) const;
  std::u32string_view shown() const;  // text_ as laid out: shown_, or text_ itself when that is empty

  std::u32string text_;
  std::vector<std::size_t> obeyed_isolates_;
  const FontSet& fonts_;
  ParagraphStyle style_;
  Stage stage_ = Stage::none;
  float width_ = 0;
  float line_height_ = 0, ascent_ = 0;

  std::u32string shown_;          // stage shaped: text_ with visible bidi controls (empty when it has none)
  text::Utf16Mapped utf16_;       // stage shaped: of shown()
  BidiRuns bidi_;                 // stage shaped
  std::vector<ShapedRun> runs_;   // stage shaped
  ClusterTable table_;            // stage clustered
  std::vector<TextLine> lines_;   // stage lined_out
};

}  // namespace isnad::layout
