// relations.h — stage 6 of cross_reference, relations: each cluster of claims from at least two
// articles with the differences between its claims and its relation. Claims of different articles
// that are close enough to be about one slot and state incompatible values (or one denies the other)
// disagree; "all" against "hundreds", or a figure one leaves unclear, is partial (a difference of
// scope); otherwise they agree. A difference of status or of source is noted and changes nothing.
// Internal to core/xref.
#pragma once
#include <cstdint>
#include <vector>

#include "claim_features.h"
#include "claim_vectors.h"
#include "isnad/xref/xref.h"
#include "term_index.h"

namespace isnad::xref::detail {

// The clusters in order of their first claim, each with its claims in (article, claim) order.
std::vector<Cluster> relate_clusters(std::vector<std::vector<std::uint32_t>> groups, const std::vector<ClaimFeatures>& claims,
                                     const TermIndex& index, const ClaimVectors& vectors,
                                     const std::vector<corpus::Article>& articles, const Options& options);

}  // namespace isnad::xref::detail
