// isnad/analysis/word_filter.h — a quick "certainly not" for a small set of folded words: the
// lengths, first and last letters its words have, as bits. Most words of a text fail one of the
// three tests, so a set (word_sets.h, word_map.h) asked about every word of an article hashes only
// the few that pass.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>

namespace isnad::analysis {

class WordFilter {
 public:
  void add(std::u32string_view w) {
    lengths_ |= bit(w.size());
    if (w.empty()) return;
    firsts_[(w.front() >> 6) & 3] |= std::uint64_t{1} << (w.front() & 63);
    lasts_[(w.back() >> 6) & 3] |= std::uint64_t{1} << (w.back() & 63);
  }
  // False only when no word added has this length, first letter and last letter.
  bool may_have(std::u32string_view w) const {
    if (!(lengths_ & bit(w.size()))) return false;
    if (w.empty()) return true;
    return (firsts_[(w.front() >> 6) & 3] >> (w.front() & 63) & 1) && (lasts_[(w.back() >> 6) & 3] >> (w.back() & 63) & 1);
  }

 private:
  static std::uint64_t bit(std::size_t length) { return std::uint64_t{1} << std::min<std::size_t>(length, 63); }
  std::uint64_t lengths_ = 0;       // bit n: a word of n code points (63: 63 or more)
  std::uint64_t firsts_[4] = {};    // bit c % 256 of the first letters (Arabic and ASCII letters apart)
  std::uint64_t lasts_[4] = {};
};

}  // namespace isnad::analysis
