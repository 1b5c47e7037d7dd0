// isnad/layout/cluster_table.h — stage 3: the shaped runs as clusters, the unit of carets, hit tests and breaking.
//
// A cluster is the smallest piece of text HarfBuzz keeps together (a letter with its marks, a
// ligature): a code-point range, the glyphs that draw it, and its advance in pixels. Clusters are in
// logical order across the whole paragraph; each also records whether a line may (or must) start
// right after it, from ICU's line break iterator. Only this stage depends on the pixel size, so a
// zoom rebuilds it (linear) without shaping again.
#pragma once
#include <string_view>
#include <vector>

#include "isnad/layout/font.h"
#include "isnad/layout/indices.h"
#include "isnad/layout/shaped_run.h"
#include "isnad/text/utf8.h"

namespace isnad::layout {

struct Cluster {
  TextRange text;
  RunIndex run;
  GlyphRange glyphs;         // within the run, HarfBuzz order
  float advance = 0;         // pixels
  bool rtl = false;          // drawn right to left (odd bidi level)
  bool whitespace = false;   // spaces only: stretched by justification, hung at a line's end
  bool break_after = false;  // ICU: a line may start after this cluster
  bool hard_break_after = false;  // ICU: a line must start after it (a newline inside the paragraph)
};

struct ClusterTable {
  std::vector<Cluster> clusters;    // logical order, covering the paragraph without gaps
  std::vector<ClusterIndex> of_text;  // per code point, its cluster; one extra entry: end → count
  ClusterIndex at(TextIndex t) const { return of_text[t.value()]; }
  ClusterIndex count() const { return ClusterIndex(clusters.size()); }
  const Cluster& operator[](ClusterIndex c) const { return clusters[c.value()]; }
};

ClusterTable cluster_table(std::u32string_view text, const text::Utf16Mapped& utf16,
                           const std::vector<ShapedRun>& runs, const FontSet& fonts, float size_px);

}  // namespace isnad::layout
