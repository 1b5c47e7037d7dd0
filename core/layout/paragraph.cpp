// layout/paragraph.cpp — the pipeline driver: a short list of stage calls behind a stage cache.
#include "isnad/layout/paragraph.h"

#include <algorithm>

#include "isnad/layout/line_breaker.h"
#include "isnad/layout/visible_controls.h"

namespace isnad::layout {

Paragraph::Paragraph(std::u32string text, const FontSet& fonts, ParagraphStyle style,
                     std::vector<std::size_t> obeyed_isolates)
    : text_(std::move(text)), obeyed_isolates_(std::move(obeyed_isolates)), fonts_(fonts), style_(style) {}

void Paragraph::set_style(const ParagraphStyle& s) {
  if (s.direction != style_.direction) stage_ = Stage::none;
  else if (s.font_size_px != style_.font_size_px) stage_ = std::min(stage_, Stage::shaped);
  else if (s.align != style_.align || s.line_spacing != style_.line_spacing) stage_ = std::min(stage_, Stage::clustered);
  style_ = s;
}

void Paragraph::layout(float width) {
  if (stage_ == Stage::lined_out && width == width_) return;
  if (stage_ < Stage::shaped) shape();
  if (stage_ < Stage::clustered) build_clusters();
  break_into_lines(width);
}

// Every stage sees the text as drawn: bidi controls as visible neutral placeholders (never obeyed,
// apart from the application's own isolates), one code point for one, so offsets are the article's own.
std::u32string_view Paragraph::shown() const { return shown_.empty() ? std::u32string_view(text_) : shown_; }

void Paragraph::shape() {
  shown_ = with_visible_controls(text_, obeyed_isolates_);
  utf16_ = text::to_utf16(shown());
  bidi_ = bidi_runs(shown(), utf16_, style_.direction);
  runs_ = shaped_runs(shown(), bidi_, fonts_);
  stage_ = Stage::shaped;
}

void Paragraph::build_clusters() {
  table_ = cluster_table(shown(), utf16_, runs_, fonts_, style_.font_size_px);
  // One line height for the whole paragraph, from the tallest face: lines of Latin and of Arabic
  // then sit on the same grid, and hit testing finds a line by division.
  float ascent = 0, descent = 0, gap = 0;
  for (const auto& f : fonts_.fonts) {
    const float s = f->px_per_unit(style_.font_size_px);
    ascent = std::max(ascent, static_cast<float>(f->metrics().ascent) * s);
    descent = std::max(descent, static_cast<float>(f->metrics().descent) * s);
    gap = std::max(gap, static_cast<float>(f->metrics().line_gap) * s);
  }
  line_height_ = (ascent + descent + gap) * style_.line_spacing;
  ascent_ = ascent + (line_height_ - ascent - descent) / 2;  // half-leading above, half below
  stage_ = Stage::clustered;
}

void Paragraph::break_into_lines(float width) {
  lines_.clear();
  const std::vector<LineSpan> spans = break_lines(table_, width);
  LineGeometry g{};
  g.box_width = width;
  g.height = line_height_;
  g.ascent = ascent_;
  g.align = style_.align;
  for (int f = 0; f < kFontCount; ++f) g.px_per_unit[f] = fonts_.fonts[f]->px_per_unit(style_.font_size_px);
  lines_.reserve(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    g.index = LineIndex(i);
    g.top = static_cast<float>(i) * line_height_;
    lines_.push_back(text_line(shown(), bidi_, runs_, table_, spans[i], g));
  }
  width_ = width;
  stage_ = Stage::lined_out;
}

}  // namespace isnad::layout
