// compare_features.h — what `isnad compare` sees of two statements: each statement's analysis
// (anchors, concepts, entities) and surface words, and the features of a pair (dense figures,
// hashed sparse features, hashed words) in switchable groups. Internal to core/xref; the model that
// weighs them is in compare.cpp.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claim_features.h"

namespace isnad::xref::detail {

constexpr std::size_t kDense = 40;

// Feature groups (a model file records which it was trained with; --cv switches them for ablation).
enum : unsigned {
  kClaimSparse = 1,     // terms only one side has, and cross pairs of them
  kSurfaceDense = 2,    // overlap of light stems (stopwords included) and of character n-grams
  kSurfaceSparse = 4,   // light stems only one side has, and cross pairs of them
  kBins = 8,            // the overlap figures, binned (a similarity is not linear in its evidence)
  kDirected = 16,       // light stems only in the first / only in the second statement
  kSubstitution = 32,   // the one word that differs, when one word differs
  kWordsNotOther = 64,  // the hashed words weigh for agree and disagree only
  kSoft = 128,          // one-sided words matched to a word of the same skeleton on the other side
  kSoftWords = 256,     // the words still unmatched then, and pairs of them
  kOrder = 512,         // how much of the word order the two share; function words among the unmatched
  kGrams = 1024,        // character 4-grams of the unmatched words
  kSoftPair = 2048,     // the unmatched word on each side, when one word is left on each side
  kConcepts = 4096,     // event and polar concepts one side states, or states negated
  kJoint = 8192,        // two overlap figures binned together
};

// A statement: the analysis's view (anchors, concepts, entities) and the surface words.
struct Statement {
  ClaimFeatures claim;
  std::vector<std::u32string> words;        // folded words (letters and digits), in order
  std::vector<std::u32string> stems;        // their light stems, stopwords included
  std::set<std::u32string> grams3, grams4;  // character n-grams of the words, padded with spaces
};

// Dense figures; hashed sparse features for every class (binned figures); hashed words, which weigh
// for every class or (kWordsNotOther) for agree and disagree only: "other" is rare, and the words of
// an unrelated pair say little about it beyond how few they share.
struct Features {
  double dense[kDense] = {};
  std::vector<std::uint32_t> sparse, words;
  bool words_not_other = false;
  std::string why;
};

Statement statement_features(std::string_view utf8);

// The features of a pair, from the groups set in `groups`.
Features pair_features(const Statement& a, const Statement& b, unsigned groups);

}  // namespace isnad::xref::detail
