// isnad/links/approx_match.h — bounded edit-distance search, bit-parallel (Myers 1999, with
// Hyyrö's blocks for patterns longer than 64): where in a text does a pattern occur with at most
// k insertions, deletions or substitutions. O(n · ⌈m/64⌉) time, O(m) memory.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace isnad::links {

struct ApproxHit {
  std::size_t start = 0, end = 0;   // [start, end) in the text
  int distance = 0;
};

// Every end position whose best distance is ≤ k, as local minima (one hit per run of ends), each with
// its start recovered. Stops after max_hits. An empty pattern finds nothing.
std::vector<ApproxHit> approx_find(std::u32string_view text, std::u32string_view pattern, int k,
                                   std::size_t max_hits = 64);

// Plain edit distance between two short strings (the prefix and suffix checks), capped at cap.
int edit_distance(std::u32string_view a, std::u32string_view b, int cap);

}  // namespace isnad::links
