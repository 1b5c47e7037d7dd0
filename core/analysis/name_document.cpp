// name_document.cpp — the non-local features (see name_document.h).
#include "name_document.h"

#include <array>
#include <string>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/name_tagger.h"
#include "isnad/text/stem.h"

namespace isnad::analysis {

namespace {

constexpr const char32_t* kKinds[] = {U"O", U"PER", U"LOC", U"ORG", U"MISC"};
constexpr const char32_t* kShares[] = {U" all", U" most", U" some"};

struct WordCounts {
  std::uint16_t n = 0;
  std::array<std::uint16_t, kNameTags> tag{};
  std::array<std::uint16_t, kNameTypes> first{}, last{};
};

inline int type_of(int tag) { return tag ? (tag - 1) / 2 : -1; }

const std::u32string& share_text(int kind, int share) {
  static const auto texts = [] {
    std::array<std::array<std::u32string, 3>, 5> t;
    for (int k = 0; k < 5; ++k)
      for (int s = 0; s < 3; ++s) t[k][s] = std::u32string(kKinds[k]) + kShares[s];
    return t;
  }();
  return texts[kind][share];
}

const std::u32string& tag_text(int tag) {
  static const auto texts = [] {
    std::array<std::u32string, kNameTags> t;
    for (int k = 0; k < kNameTags; ++k)
      for (const char* c = name_tag_label(k); *c; ++c) t[k] += static_cast<char32_t>(*c);
    return t;
  }();
  return texts[tag];
}

}  // namespace

DocumentNames::DocumentNames(const Document& d, const std::vector<int>& tags) : d_(d), at_(d.size()) {
  // each word's clitic stem, hashed; words of one or two letters are left out (particles, letters)
  const std::vector<std::uint64_t> stem = stem_hashes(d, 3);
  // where each token begins or ends a name of several words
  std::vector<std::int8_t> begins(d.size(), -1), ends(d.size(), -1);
  for (std::size_t k = 0; k < tags.size() && k < d.size();) {
    const int type = type_of(tags[k]);
    if (type < 0) { ++k; continue; }
    std::size_t e = k + 1;
    while (e < tags.size() && tags[e] == 2 + 2 * type) ++e;
    if (e - k >= 2) { begins[k] = static_cast<std::int8_t>(type); ends[e - 1] = static_cast<std::int8_t>(type); }
    k = e;
  }
  // the counts of each stem, by open addressing on its hash (never 0 for a word; load at most one
  // half), and each token's slot
  std::size_t size = 16;
  while (size < 2 * d.size()) size *= 2;
  std::vector<std::uint64_t> keys(size, 0);
  std::vector<WordCounts> counts(size);
  std::vector<std::uint32_t> slot(d.size(), 0);
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!stem[i]) continue;
    std::size_t at = static_cast<std::size_t>(stem[i] ^ (stem[i] >> 32)) & (size - 1);
    while (keys[at] && keys[at] != stem[i]) at = (at + 1) & (size - 1);
    keys[at] = stem[i];
    slot[i] = static_cast<std::uint32_t>(at);
    WordCounts& c = counts[at];
    ++c.n;
    ++c.tag[tags[i]];
    if (begins[i] >= 0) ++c.first[begins[i]];
    if (ends[i] >= 0) ++c.last[ends[i]];
  }
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!stem[i]) continue;
    WordCounts c = counts[slot[i]];   // the other occurrences: this one taken out
    if (--c.n == 0) continue;
    --c.tag[tags[i]];
    if (begins[i] >= 0) --c.first[begins[i]];
    if (ends[i] >= 0) --c.last[ends[i]];
    Elsewhere& e = at_[i];
    int best = -1, best_n = 0;
    for (int t = 0; t < kNameTypes; ++t) {
      const int n = c.tag[1 + 2 * t] + c.tag[2 + 2 * t];
      if (n > best_n) { best = t; best_n = n; }
    }
    e.kind = static_cast<std::int8_t>(best + 1);
    if (best >= 0) {
      e.tag = static_cast<std::int8_t>(c.tag[1 + 2 * best] >= c.tag[2 + 2 * best] ? 1 + 2 * best : 2 + 2 * best);
      e.share = static_cast<std::int8_t>(best_n == c.n ? 0 : 2 * best_n >= c.n ? 1 : 2);
    }
    for (int t = 0; t < kNameTypes; ++t) {
      if (e.first < 0 && c.first[t]) e.first = static_cast<std::int8_t>(t + 1);
      if (e.last < 0 && c.last[t]) e.last = static_cast<std::int8_t>(t + 1);
    }
    any_ = any_ || best >= 0;
  }
}

void DocumentNames::features(std::size_t i, FeatureSink& out) const {
  const Elsewhere& e = at_[i];
  if (e.kind >= 0) {
    out.add("Dy", kKinds[e.kind]);
    if (e.kind > 0) {
      out.add("Ds", share_text(e.kind, e.share));
      out.add("Dt", tag_text(e.tag));
    }
    if (e.first > 0) out.add("DF", kKinds[e.first]);
    if (e.last > 0) out.add("DL", kKinds[e.last]);
  }
  if (i > 0 && at_[i - 1].kind > 0 && d_.same_sentence(i - 1, i)) out.add("D-1", kKinds[at_[i - 1].kind]);
  if (i + 1 < at_.size() && at_[i + 1].kind > 0 && d_.same_sentence(i, i + 1)) out.add("D+1", kKinds[at_[i + 1].kind]);
}

}  // namespace isnad::analysis
