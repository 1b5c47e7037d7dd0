// isnad/layout/indices.h — one distinct type per index space of the layout pipeline.
//
// Code-point offsets into the paragraph (TextIndex), glyphs of a shaped run (GlyphIndex), clusters
// of the cluster table (ClusterIndex), shaped runs (RunIndex) and lines (LineIndex) are all small
// integers; mixing them up is the classic layout bug (SkParagraph's typedefs exist for the same
// reason). Each is its own type: conversions are explicit through the constructor and value().
#pragma once
#include <cstddef>
#include <cstdint>

namespace isnad::layout {

template <class Tag>
class Index {
 public:
  constexpr Index() = default;
  constexpr explicit Index(std::size_t v) : v_(static_cast<std::uint32_t>(v)) {}
  constexpr std::size_t value() const { return v_; }
  constexpr Index& operator++() { ++v_; return *this; }
  constexpr Index next() const { return Index(v_ + 1); }
  friend constexpr bool operator==(Index a, Index b) { return a.v_ == b.v_; }
  friend constexpr bool operator!=(Index a, Index b) { return a.v_ != b.v_; }
  friend constexpr bool operator<(Index a, Index b) { return a.v_ < b.v_; }
  friend constexpr bool operator<=(Index a, Index b) { return a.v_ <= b.v_; }
  friend constexpr bool operator>(Index a, Index b) { return a.v_ > b.v_; }
  friend constexpr bool operator>=(Index a, Index b) { return a.v_ >= b.v_; }

 private:
  std::uint32_t v_ = 0;  // 32 bits: paragraphs and glyph counts stay far below 4 billion
};

// A half-open range [start, end) in one index space.
template <class I>
struct Range {
  I start, end;
  constexpr std::size_t size() const { return end.value() - start.value(); }
  constexpr bool empty() const { return start == end; }
  constexpr bool intersects(Range o) const { return start < o.end && o.start < end; }
  friend constexpr bool operator==(Range a, Range b) { return a.start == b.start && a.end == b.end; }
  friend constexpr bool operator!=(Range a, Range b) { return !(a == b); }
};

using TextIndex = Index<struct TextIndexTag>;        // code-point offset into the paragraph
using GlyphIndex = Index<struct GlyphIndexTag>;      // glyph within one ShapedRun, in HarfBuzz order
using ClusterIndex = Index<struct ClusterIndexTag>;  // cluster within the ClusterTable (logical order)
using RunIndex = Index<struct RunIndexTag>;          // ShapedRun within the paragraph (logical order)
using LineIndex = Index<struct LineIndexTag>;        // line within the laid-out paragraph

using TextRange = Range<TextIndex>;
using GlyphRange = Range<GlyphIndex>;
using ClusterRange = Range<ClusterIndex>;

}  // namespace isnad::layout
