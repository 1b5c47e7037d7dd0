// clusters.h — stage 5 of cross_reference, clusters: the candidate links taken strongest first, each
// joining two clusters when the claims of one are, on average over every pair from different
// articles, as similar to the other's as a link must be (Options::min_similarity; claims about other
// people count as 0). A~B, B~C does not bring in C when C has little in common with A (single
// linkage's chains). Clusters stop growing at Options::max_cluster_claims, which bounds the work of a
// merge. A claim stating several facts may then join other clusters (at most Options::max_facts in
// all): a link that did not merge its clusters adds the claim to the other cluster when it is as
// alike to all of it, and that cluster has no claim of its article. Internal to core/xref.
#pragma once
#include <cstdint>
#include <vector>

#include "candidate_links.h"
#include "claim_features.h"
#include "claim_vectors.h"
#include "isnad/xref/options.h"
#include "term_index.h"

namespace isnad::xref::detail {

// The clusters of at least two claims, each a list of claim indices (not yet in claim order).
std::vector<std::vector<std::uint32_t>> cluster_claims(std::vector<Link> links, const std::vector<ClaimFeatures>& claims,
                                                       const TermIndex& index, const ClaimVectors& vectors, const Options& options);

}  // namespace isnad::xref::detail
