// wasm/article_layout.h — an article pane's layout: the article's paragraphs (core's
// layout/paragraph_ranges.h: hard line breaks, and pieces of at most 4,000 code points), each laid
// out by the text engine when it is needed, with its top in the pane's content.
//
// An article of up to kEagerChars is laid out whole at once, so every height is exact from the first
// frame. A bigger one (a 10 MB paste) is laid out where the reader looks: paragraphs on screen, hit
// by the mouse or scrolled to are laid out and at most kKeptLaidOut of them kept; the others' heights
// are estimated from those measured so far, then measured a few at a time in the frames after
// (measure_some), the view kept steady while the tops above it move.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "isnad/layout/paragraph.h"

namespace isnad::web {

struct ParaEntry {
  std::size_t start = 0, end = 0;             // code points of the article
  std::unique_ptr<layout::Paragraph> p;       // laid out, or null (not needed yet, or dropped)
  float top = 0, height = 0;                  // device pixels; height exact once measured
  bool measured = false;
  std::uint64_t used = 0;                     // the last frame that needed it laid out
};

class ArticleLayout {
 public:
  static constexpr std::size_t kEagerChars = 200000;
  static constexpr std::size_t kKeptLaidOut = 64;

  int article = -1;
  int fonts_generation = 0;                   // the text engine's fonts it was shaped with
  float width = 0, px = 0;
  bool justify = false;
  std::vector<ParaEntry> paras;
  float height = 0;                           // of the content, device pixels

  // A new article: its paragraphs, none laid out yet (relayout() follows).
  void build(int article, std::u32string_view text, const layout::FontSet& fonts);
  // The article's text again, every frame before use: the app's article list may have moved it.
  void bind(std::u32string_view text) { text_ = text; }
  // A new width, size or alignment: an eager article is laid out whole, a huge one where it was.
  void relayout(float px, float width, bool justify);
  // Paragraph i laid out (now, if it was not): its exact height replaces an estimate.
  layout::Paragraph& at(std::size_t i);
  std::size_t para_at(float y) const;               // content y → paragraph (the nearest one in the gaps)
  std::size_t para_of(std::size_t offset) const;    // the paragraph holding code point `offset` (the nearest)
  // Lays out the paragraphs that meet content [y0, y1) (the screen); tops below them move.
  void settle(float y0, float y1);
  // Measures paragraphs not yet measured for about `budget_ms`; returns how far the content at
  // `anchor_y` moved (the caller scrolls by as much, so the view stays where it was).
  float measure_some(double budget_ms, float anchor_y);
  bool complete() const { return unmeasured_ == 0; }
  // Drops the layouts least recently needed beyond kKeptLaidOut (huge articles only).
  void trim();
  std::uint64_t geometry_version() const { return version_; }   // bumps whenever tops or heights change
  // Bumps when the paragraphs' own layouts change (a new article, width, size or alignment): what
  // is cached in a paragraph's coordinates (range_rects.h) is stale then.
  std::uint64_t layout_version() const { return layout_version_; }

 private:
  bool lay(std::size_t i);                    // lays out paragraph i; true when its height changed
  bool record(ParaEntry& e, const layout::Paragraph& p);   // e measured by p; true when its height changed
  float estimate(std::size_t chars) const;
  layout::ParagraphStyle style() const;
  void update_tops();

  std::u32string_view text_;
  const layout::FontSet* fonts_ = nullptr;
  bool eager_ = true;
  std::size_t unmeasured_ = 0, cursor_ = 0;
  double chars_measured_ = 0, lines_measured_ = 0;   // for estimates: code points per line
  float line_height_ = 0;
  std::uint64_t frame_ = 0, version_ = 0, layout_version_ = 0;
};

}  // namespace isnad::web
