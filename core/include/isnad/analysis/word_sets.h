// isnad/analysis/word_sets.h — named sets of words kept in core/data files: one line a set,
// "name|word|word…", '#' comments. Words are folded on load (text::fold), as every word a reader
// compares. A missing file or set stops the program with a message: a misspelt name is a build error,
// never an empty list.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "isnad/analysis/word_filter.h"

namespace isnad::analysis {

// A set's words (iterable, and what callers that want a std::unordered_set bind to), with a flat
// index of their FNV-1a hashes beside them: the recognisers ask about every word of every article,
// and std::unordered_set<std::u32string>::count would build a string (an allocation) for each
// question. Filled by add() only.
class WordSet : public std::unordered_set<std::u32string> {
 public:
  void add(std::u32string word);
  // Whether the folded word is in the set, without allocating: a probe or two on a 64-bit hash.
  bool has(std::u32string_view folded_word) const;

 private:
  void grow();
  WordFilter filter_;
  std::vector<std::uint64_t> hashes_;   // open addressing, load at most one half; 0: a free slot
  std::vector<std::u32string> keys_;    // the word of each used slot, for the final comparison
};

const WordSet& word_set(const char* file, const char* name);

// Named tables kept the same way: "name|value|word|word…" lines, each a value and the words that
// mean it (a month's number and its names), folded, in file order. A missing table stops the program.
struct WordRow {
  std::string value;
  std::vector<std::u32string> words;
};
const std::vector<WordRow>& word_table(const char* file, const char* name);

inline bool contains(const WordSet& set, std::u32string_view folded_word) { return set.has(folded_word); }

}  // namespace isnad::analysis
