// name_model.h — the name tagger's weights and its decoder, shared by tagging and training.
#pragma once
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "isnad/analysis/name_tagger.h"
#include "name_features.h"

namespace isnad::analysis {

using TagScores = std::array<float, kNameTags>;
constexpr int kStartTag = kNameTags;   // the row of transitions out of a sentence's start

// BIO: an I- tag only continues a B- or I- of its own type.
inline bool tag_may_follow(int prev, int tag) {
  if (tag == 0 || (tag - 1) % 2 == 0) return true;   // O or B-
  return prev != 0 && prev != kStartTag && (prev - 1) / 2 == (tag - 1) / 2;
}

// The best tag sequence for per-token scores under the transition scores (Viterbi).
std::vector<int> best_tags(const std::vector<TagScores>& emission, const float transition[kNameTags + 1][kNameTags]);

// A feature's stored scores: integers, q × the model's scale.
using QuantScores = std::array<std::int8_t, kNameTags>;

class NameModel {
 public:
  float transition[kNameTags + 1][kNameTags] = {};
  float scale = 1;
  bool reads_document = false;   // it has the non-local features (name_document.h): tag in two passes

  void set_scores(std::uint64_t key, const QuantScores& scores);
  // The feature's scores, or nullptr for a feature the model does not know.
  const QuantScores* scores(std::uint64_t key) const;
  // Adds the scores of the given keys, as stored integers.
  void add_scores(const std::vector<std::uint64_t>& keys, std::array<std::int32_t, kNameTags>& into) const;

  // What the model knows of one word, whatever its neighbours: its scores seen from each offset
  // (stored integers) and its class. Cached: newswire repeats its words, and a word's features
  // cost a dozen look-ups.
  struct Word { std::array<std::array<std::int16_t, kNameTags>, kOffsets> at; int cls = -1; std::uint32_t uses = 0; };
  std::uint32_t word(const Document& d, std::size_t j) const;   // an index for cached_word
  const Word& cached_word(std::uint32_t index) const { return words_[index]; }
  const std::array<std::int32_t, kNameTags>& padding_scores(int offset) const;
  // Between articles: when the cache has grown large it keeps only its most used words (newswire's
  // common words, most of its tokens) and forgets the rest.
  void trim_cache() const;

 private:
  // feature key → its scores, by open addressing (load at most one half; key 0: a free slot); the
  // scores beside their key, so that a look-up touches one cache line
  struct Slot { std::uint64_t key = 0; QuantScores scores{}; };
  std::vector<Slot> slots_;
  std::size_t features_ = 0;
  // One bit a key's high bits choose (2^20 bits, 128 KB: stays in cache): most keys asked for (a pair
  // of words the training data never had) are not in the model, and the bit says so without a probe.
  std::vector<std::uint64_t> known_bits_;
  // word key → index into words_, likewise
  mutable std::vector<std::uint64_t> word_keys_;
  mutable std::vector<std::uint32_t> word_index_;
  mutable std::vector<Word> words_;
  mutable std::array<std::array<std::int32_t, kNameTags>, kOffsets> padding_{};
  mutable bool padding_ready_ = false;
  mutable FeatureSink scratch_[kOffsets];
};

// The emission scores of one Document sentence [tb, te).
std::vector<TagScores> sentence_scores(const Document& d, std::size_t tb, std::size_t te, const NameModel& model);

// The first pass: each token's tag without the non-local features (0 outside sentences).
std::vector<int> first_pass_tags(const Document& d, const NameModel& model);

}  // namespace isnad::analysis
