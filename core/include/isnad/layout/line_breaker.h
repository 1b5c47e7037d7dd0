// isnad/layout/line_breaker.h — stage 4: cut the logical cluster sequence into lines that fit a width.
//
// Greedy, in one pass over the clusters: a line ends at the last ICU opportunity that fits. Spaces
// at the end of a line hang (they do not count towards its width, as in browsers). A word wider
// than the box on its own is cut between clusters, so only a single cluster wider than the whole
// box can ever overflow. Linear in the number of clusters, whatever the text.
#pragma once
#include <vector>

#include "isnad/layout/cluster_table.h"
#include "isnad/layout/indices.h"

namespace isnad::layout {

struct LineSpan {
  ClusterRange clusters;     // the whole line, hanging spaces included
  ClusterIndex content_end;  // first of the hanging spaces (== clusters.end when none)
  float width = 0;           // of [clusters.start, content_end), pixels
  bool last = false;         // ends the paragraph or a hard break: never justified
};

// Always at least one line (an empty paragraph has one empty line).
std::vector<LineSpan> break_lines(const ClusterTable& table, float max_width);

}  // namespace isnad::layout
