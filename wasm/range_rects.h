// wasm/range_rects.h — the rectangles of an article's anchors and claims in each of its paragraphs
// (Paragraph::range_rects walks the lines' glyph clusters), computed the first frame a paragraph is
// drawn and reused by every frame after, until the layout or the analysis changes; and the
// selection's, until the selection changes. One cache per article pane.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "article_layout.h"
#include "isnad/analysis/analysis.h"

namespace isnad::web {

struct RangeRects {
  std::size_t index = 0;                 // into the article's anchors or claims
  std::vector<layout::Rect> rects;       // in the paragraph's coordinates, left to right per line
};

struct ParaRects {
  bool ready = false;
  std::vector<RangeRects> anchors, claims;            // those that meet the paragraph, in text order
  std::size_t sel_start = 0, sel_end = 0;             // the selection the rects below are for
  std::vector<layout::Rect> selection;
};

class RangeRectCache {
 public:
  // Call once a frame before at(): forgets everything when the layout or the analysis is not the
  // one the cache was filled for (`an` may be null: no analysis yet).
  void sync(const ArticleLayout& layout, const analysis::ArticleAnalysis* an);
  // Paragraph i's anchors and claims (the paragraph must be laid out).
  const ParaRects& at(const ArticleLayout& layout, std::size_t i);
  // The selection [start, end) of the article in paragraph i.
  const std::vector<layout::Rect>& selection(const ArticleLayout& layout, std::size_t i, std::size_t start, std::size_t end);
  std::uint64_t filled() const { return filled_; }   // paragraphs computed since start, for tests

 private:
  std::vector<ParaRects> paras_;
  const analysis::ArticleAnalysis* an_ = nullptr;
  std::uint64_t layout_version_ = ~0ull, analysis_key_ = 0;
  std::uint64_t filled_ = 0;
};

// A fingerprint of an article's anchors and claims: where their vectors are, their sizes and the
// spans of (at most ~1,000 of) them. A new analysis of the article changes it.
std::uint64_t analysis_key(const analysis::ArticleAnalysis& an);

}  // namespace isnad::web
