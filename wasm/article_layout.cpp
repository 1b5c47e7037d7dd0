// article_layout.cpp — paragraphs laid out when needed, heights estimated until measured (see article_layout.h).
#include "article_layout.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "full_fonts.h"
#include "isnad/layout/paragraph_ranges.h"

namespace isnad::web {

void ArticleLayout::build(int a, std::u32string_view text, const layout::FontSet& fonts) {
  article = a;
  text_ = text;
  fonts_ = &fonts;
  paras.clear();
  for (const auto& r : layout::paragraph_ranges(text)) {
    paras.emplace_back();
    paras.back().start = r.start;
    paras.back().end = r.end;
  }
  eager_ = text.size() <= kEagerChars;
  width = -1;
  ++version_;
  ++layout_version_;
}

layout::ParagraphStyle ArticleLayout::style() const {
  layout::ParagraphStyle st;
  st.align = justify ? layout::Align::justify : layout::Align::start;
  st.font_size_px = px;
  st.line_spacing = 1.05f;
  return st;
}

bool ArticleLayout::lay(std::size_t i) {
  ParaEntry& e = paras[i];
  e.used = frame_;
  if (!e.p) e.p = std::make_unique<layout::Paragraph>(std::u32string(text_.substr(e.start, e.end - e.start)), *fonts_, style());
  e.p->layout(width);
  full_fonts_check(*e.p);
  return record(e, *e.p);
}

bool ArticleLayout::record(ParaEntry& e, const layout::Paragraph& p) {
  if (!e.measured) {
    e.measured = true;
    --unmeasured_;
    chars_measured_ += static_cast<double>(e.end - e.start);
    lines_measured_ += static_cast<double>(p.lines().size());
    line_height_ = p.line_height();
  }
  if (p.height() == e.height) return false;
  e.height = p.height();
  return true;
}

float ArticleLayout::estimate(std::size_t chars) const {
  const double per_line = lines_measured_ > 0 ? chars_measured_ / lines_measured_ : 60.0;
  const double lines = std::max(1.0, std::ceil(static_cast<double>(chars) / std::max(1.0, per_line)));
  return static_cast<float>(lines) * (line_height_ > 0 ? line_height_ : px * 1.6f);
}

void ArticleLayout::update_tops() {
  float y = 0;
  for (auto& e : paras) {
    e.top = y;
    y += e.height + px * 0.7f;
  }
  height = y;
  ++version_;
}

void ArticleLayout::relayout(float new_px, float new_width, bool new_justify) {
  px = new_px;
  width = new_width;
  justify = new_justify;
  ++frame_;
  ++layout_version_;
  unmeasured_ = paras.size();
  cursor_ = 0;
  chars_measured_ = lines_measured_ = 0;
  for (auto& e : paras) e.measured = false;
  for (std::size_t i = 0; i < paras.size(); ++i) {
    ParaEntry& e = paras[i];
    // An eager article is laid out whole; a huge one keeps its laid-out paragraphs and, to have
    // something to estimate from, lays out its first.
    if (eager_ || e.p || i == 0) {
      if (e.p) e.p->set_style(style());
      lay(i);
    }
  }
  for (auto& e : paras)
    if (!e.measured) e.height = estimate(e.end - e.start);
  update_tops();
}

layout::Paragraph& ArticleLayout::at(std::size_t i) {
  if (lay(i)) update_tops();
  return *paras[i].p;
}

std::size_t ArticleLayout::para_at(float y) const {
  if (paras.empty()) return 0;
  // The last paragraph whose top is at or above y.
  const auto it = std::upper_bound(paras.begin(), paras.end(), y, [](float v, const ParaEntry& e) { return v < e.top; });
  return it == paras.begin() ? 0 : static_cast<std::size_t>(it - paras.begin() - 1);
}

std::size_t ArticleLayout::para_of(std::size_t offset) const {
  if (paras.empty()) return 0;
  const auto it = std::upper_bound(paras.begin(), paras.end(), offset, [](std::size_t v, const ParaEntry& e) { return v < e.start; });
  return it == paras.begin() ? 0 : static_cast<std::size_t>(it - paras.begin() - 1);
}

void ArticleLayout::settle(float y0, float y1) {
  ++frame_;
  if (paras.empty()) return;
  // Laying out a paragraph moves only the tops below it, so the one at y0 stays put; a paragraph
  // that grew or shrank can bring others into the screen, hence the loop.
  for (std::size_t i = para_at(y0); i < paras.size() && paras[i].top < y1; ++i)
    if (lay(i)) update_tops();
}

float ArticleLayout::measure_some(double budget_ms, float anchor_y) {
  if (complete() || paras.empty()) return 0;
  const std::size_t k = para_at(anchor_y);
  const float before = paras[k].top;
  const auto t0 = std::chrono::steady_clock::now();
  bool changed = false;
  while (cursor_ < paras.size()) {
    ParaEntry& e = paras[cursor_];
    if (!e.measured) {
      // Measured with a layout of its own, not kept: it is off screen.
      layout::Paragraph p(std::u32string(text_.substr(e.start, e.end - e.start)), *fonts_, style());
      p.layout(width);
      changed |= record(e, p);
    }
    ++cursor_;
    if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() > budget_ms) break;
  }
  if (!changed) return 0;
  update_tops();
  return paras[k].top - before;
}

void ArticleLayout::trim() {
  if (eager_) return;
  std::vector<std::size_t> laid;
  for (std::size_t i = 0; i < paras.size(); ++i)
    if (paras[i].p) laid.push_back(i);
  if (laid.size() <= kKeptLaidOut) return;
  std::sort(laid.begin(), laid.end(), [&](std::size_t a, std::size_t b) { return paras[a].used < paras[b].used; });
  for (std::size_t n = 0; n + kKeptLaidOut < laid.size(); ++n)
    if (paras[laid[n]].used < frame_) paras[laid[n]].p.reset();
}

}  // namespace isnad::web
