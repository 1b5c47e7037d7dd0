// word_map.h — a map from short folded words to values, looked up by string_view without allocating
// or hashing twice: open addressing on the gazetteers' FNV-1a hash (lexicon.h), the key kept for the
// final comparison. The date and number readers ask it about every word of every article, and
// almost every answer is "no": mostly from the filter of lengths and letters, else a probe or two on
// a 64-bit hash.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_filter.h"

namespace isnad::analysis {

template <class V>
class WordMap {
 public:
  V& operator[](std::u32string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash_append(kHashSeed, key);
    Slot& s = slots_[probe(h, key)];
    if (!s.used) { s.used = true; s.hash = h; s.key.assign(key.begin(), key.end()); ++size_; filter_.add(key); }
    return s.value;
  }
  const V* find(std::u32string_view key) const {
    if (!filter_.may_have(key)) return nullptr;
    const Slot& s = slots_[probe(hash_append(kHashSeed, key), key)];
    return s.used ? &s.value : nullptr;
  }

 private:
  struct Slot { std::uint64_t hash = 0; std::u32string key; V value{}; bool used = false; };
  // The slot holding `key`, or the empty one where it would go.
  std::size_t probe(std::uint64_t h, std::u32string_view key) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used || (s.hash == h && s.key == key)) return i;
    }
  }
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    for (Slot& s : old)
      if (s.used) slots_[probe(s.hash, s.key)] = std::move(s);
  }
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  WordFilter filter_;   // most words asked about are in no table: most are turned away before hashing
};

}  // namespace isnad::analysis
