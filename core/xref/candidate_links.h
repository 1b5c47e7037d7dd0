// candidate_links.h — stage 4 of cross_reference, candidate links: for each claim, its best match in
// other articles of its story. One story at a time, an inverted index from term to (claim, weight)
// gives the claims sharing a term that is not too common in the story (the postings of very common
// terms are skipped: they never decide a match); each claim keeps its best match in each other
// article that tells the same story when their cosine reaches Options::min_similarity, in at most
// Options::max_links articles. Postings are capped, so the work per claim is bounded whatever the
// corpus size (linear overall). Internal to core/xref.
#pragma once
#include <cstdint>
#include <vector>

#include "claim_features.h"
#include "claim_vectors.h"
#include "isnad/xref/options.h"
#include "stories.h"
#include "term_index.h"

namespace isnad::xref::detail {

struct Link {
  double score;         // the claims' cosine
  std::uint32_t a, b;   // claim indices
};

std::vector<Link> candidate_links(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const ClaimVectors& vectors,
                                  Stories& stories, const StoryGroups& groups, std::size_t articles, const Options& options);

}  // namespace isnad::xref::detail
