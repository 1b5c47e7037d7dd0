// claim_vectors.h — the claims as tf-idf vectors, each term weighed by its rarity within the claim's
// story (stories.h) and by its kind (term_index.h); and the cosines the later stages compare them
// by. Internal to core/xref.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "claim_features.h"
#include "stories.h"
#include "term_index.h"

namespace isnad::xref::detail {

struct ClaimVectors {
  std::vector<std::vector<std::pair<std::uint32_t, double>>> terms;   // claim → (term, weight), by term id
  std::vector<double> norm;                                           // claim → its vector's length
  const std::vector<std::vector<std::pair<std::uint32_t, float>>>* near = nullptr;   // TermIndex::near
  double similar_weight = 0;                                          // Options::similar_weight
};

ClaimVectors weigh_claims(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const StoryGroups& stories,
                          const Options& options);

// The similarity of two claims from their dot product: cosine.
inline double score(double dot, double na, double nb) { return dot / (na * nb + 1e-12); }

// Cosine of two claims (a merge of their sorted vectors, no hashing), with their soft matches: a term
// of one that the other lacks meets its nearest neighbour among the other's unmatched terms, at
// similar_weight × their cosine, averaged over both directions.
double cosine(const ClaimVectors& v, std::uint32_t a, std::uint32_t b);

// The soft part alone: the sum, over a's terms that b lacks, of the best neighbour among b's terms that a
// lacks (cosine × both weights), without similar_weight; 0 when soft matching is off.
double soft_dot(const ClaimVectors& v, std::uint32_t a, std::uint32_t b);

// Cosine of two claims over their words alone (values left out): how nearly they say the same thing
// whatever figures they give.
double words_cosine(const ClaimVectors& v, std::uint32_t a, std::uint32_t b, const std::vector<bool>& value_term);

}  // namespace isnad::xref::detail
