#include "range_rects.h"

#include <algorithm>

namespace isnad::web {
namespace {

template <class Span>
void collect(const std::vector<Span>& spans, const ParaEntry& e, std::vector<RangeRects>* out) {
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const Span& s = spans[k];
    if (s.end <= e.start || s.start >= e.end) continue;
    const std::size_t a = std::max<std::size_t>(s.start, e.start) - e.start, b = std::min<std::size_t>(s.end, e.end) - e.start;
    RangeRects r{k, e.p->range_rects({layout::TextIndex(a), layout::TextIndex(b)})};
    if (!r.rects.empty()) out->push_back(std::move(r));
  }
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) { return (h ^ v) * 0x100000001b3ull; }

}  // namespace

std::uint64_t analysis_key(const analysis::ArticleAnalysis& an) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  h = mix(h, reinterpret_cast<std::uintptr_t>(an.anchors.data()));
  h = mix(h, reinterpret_cast<std::uintptr_t>(an.claims.data()));
  // At most ~1,000 of each (every k-th): a frame of a huge article must not pay for all of them.
  const std::size_t ka = std::max<std::size_t>(1, an.anchors.size() / 1024), kc = std::max<std::size_t>(1, an.claims.size() / 1024);
  for (std::size_t i = 0; i < an.anchors.size(); i += ka)
    h = mix(mix(mix(h, an.anchors[i].start), an.anchors[i].end), static_cast<std::uint64_t>(an.anchors[i].type));
  for (std::size_t i = 0; i < an.claims.size(); i += kc) h = mix(mix(h, an.claims[i].start), an.claims[i].end);
  return mix(mix(h, an.anchors.size()), an.claims.size());
}

void RangeRectCache::sync(const ArticleLayout& layout, const analysis::ArticleAnalysis* an) {
  const std::uint64_t key = an ? analysis_key(*an) : 0;
  if (layout.layout_version() == layout_version_ && an == an_ && key == analysis_key_ && paras_.size() == layout.paras.size()) return;
  layout_version_ = layout.layout_version();
  an_ = an;
  analysis_key_ = key;
  paras_.assign(layout.paras.size(), ParaRects{});
}

const ParaRects& RangeRectCache::at(const ArticleLayout& layout, std::size_t i) {
  ParaRects& c = paras_[i];
  if (c.ready || !layout.paras[i].p) return c;
  if (an_) {
    collect(an_->anchors, layout.paras[i], &c.anchors);
    collect(an_->claims, layout.paras[i], &c.claims);
  }
  c.ready = true;
  ++filled_;
  return c;
}

const std::vector<layout::Rect>& RangeRectCache::selection(const ArticleLayout& layout, std::size_t i, std::size_t start,
                                                           std::size_t end) {
  ParaRects& c = paras_[i];
  const ParaEntry& e = layout.paras[i];
  const std::size_t s = std::max(start, e.start), t = std::min(end, e.end);
  if (s >= t || !e.p) { c.selection.clear(); c.sel_start = c.sel_end = 0; return c.selection; }
  if (c.sel_start != s || c.sel_end != t || (c.selection.empty())) {
    c.selection = e.p->range_rects({layout::TextIndex(s - e.start), layout::TextIndex(t - e.start)});
    c.sel_start = s;
    c.sel_end = t;
  }
  return c.selection;
}

}  // namespace isnad::web
