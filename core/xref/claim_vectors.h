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
};

ClaimVectors weigh_claims(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const StoryGroups& stories);

// The similarity of two claims from their dot product: cosine.
inline double score(double dot, double na, double nb) { return dot / (na * nb + 1e-12); }

// Cosine of two claims (a merge of their sorted vectors, no hashing).
double cosine(const ClaimVectors& v, std::uint32_t a, std::uint32_t b);

// Cosine of two claims over their words alone (values left out): how nearly they say the same thing
// whatever figures they give.
double words_cosine(const ClaimVectors& v, std::uint32_t a, std::uint32_t b, const std::vector<bool>& value_term);

}  // namespace isnad::xref::detail
