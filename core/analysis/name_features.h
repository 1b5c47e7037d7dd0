// name_features.h — what the name tagger reads at each token, as 64-bit feature keys.
//
// A token's features are of two kinds: those of one word seen at an offset from the token (-2 … +2:
// the word, its class, its gazetteer kinds; at offset 0 also its clitic stem, affixes and shape),
// which depend on that word alone, so the tagger caches their scores per word; and those of the
// token's neighbourhood (pairs of neighbouring words and of their classes, a gazetteer phrase
// covering the token), read through a SentenceContext.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "isnad/analysis/document.h"
#include "isnad/analysis/lexicon.h"

namespace isnad::analysis {

constexpr int kWindow = 2;                       // words each side
constexpr int kOffsets = 2 * kWindow + 1;        // offsets -2 … +2, stored at index offset + kWindow

// A feature's key from its template name and value (the model file stores both, readable): FNV-1a
// over the name, a tab and the value. A pair feature ("ww-", value "<a> <b>") is keyed from the
// hashes of its two halves instead, so that a sentence's pairs are keyed without rehashing words.
std::uint64_t feature_key(std::string_view name, std::u32string_view value);
bool is_pair_feature(std::string_view name);
std::uint64_t pair_key(std::uint64_t name_hash, std::uint64_t a_hash, std::uint64_t b_hash);
inline std::uint64_t text_hash(std::u32string_view s) { return hash_append(kHashSeed, s); }

// Each token's hash without its proclitics (its shortest clitic stem), never 0 for a word; 0 for a
// token that is not a word or whose stem has fewer than min_letters letters. What the passes that
// look for the same word elsewhere in a document compare.
std::vector<std::uint64_t> stem_hashes(const Document& d, std::size_t min_letters);

// Where features go: their keys, and for training the name and value of each key (the model file
// is written from them).
struct FeatureSink {
  std::vector<std::uint64_t> keys;
  std::unordered_map<std::uint64_t, std::pair<std::string, std::u32string>>* names = nullptr;
  void add(std::string_view name, std::u32string_view value);
  // The pair feature "<a> <b>" from the halves' hashes (their texts are read only when names are
  // collected).
  void add_pair(std::string_view name, std::uint64_t name_hash, std::u32string_view a, std::uint64_t a_hash,
                std::u32string_view b, std::uint64_t b_hash);
};

// The features of the word at token i of d as seen from the token `offset` positions away, and of
// the edge beyond a sentence's ends (offset < 0: before its start).
void word_features(const Document& d, std::size_t i, int offset, FeatureSink& out);
// The same for every offset at once (a null sink skips its offset): the word is read once.
void word_features_all(const Document& d, std::size_t i, FeatureSink* out[kOffsets]);
void padding_features(int offset, FeatureSink& out);

// The word class the neighbourhood features read (of the word, else of its clitic stem; numbers and
// punctuation "#"), as text.
int class_of_word(std::u32string_view folded_word);
// The class the neighbourhood features read for token i: its word's, -2 for numbers and punctuation.
inline int context_class(const Document& d, std::size_t i) { return d.is_word(i) ? class_of_word(d.word(i)) : -2; }
std::u32string_view class_text(int cls);

// One sentence read for the neighbourhood features: each token's word and class as the pair
// features spell them ("<num>" for a number; "<s>" and "</s>" beyond the ends), and the gazetteer
// phrase that covers it. Made once per sentence; the features of each token then cost no lookup
// but the model's.
class SentenceContext {
 public:
  // classes[k]: the class of token tb + k (class_of_word; -2 for numbers and punctuation).
  SentenceContext(const Document& d, std::size_t tb, std::size_t te, const std::vector<int>& classes);
  void features(std::size_t i, FeatureSink& out) const;   // token i of the document, tb <= i < te

 private:
  std::size_t tb_;
  std::vector<std::u32string_view> word_, class_;   // index k + 1 for token tb + k; 0 and the last: the edges
  std::vector<std::uint64_t> word_hash_, class_hash_;
  struct Cover { std::uint8_t kind = 0; bool begins = false; };   // kind: 0 none, 1 person, 2 place, 3 org
  std::vector<Cover> cover_;
};

// The key of a word for the per-word score cache: its folded text and token kind.
std::uint64_t word_cache_key(const Document& d, std::size_t i);

}  // namespace isnad::analysis
