// isnad/analysis/word_sets.h — named sets of words kept in core/data files: one line a set,
// "name|word|word…", '#' comments. Words are folded on load (text::fold), as every word a reader
// compares. A missing file or set stops the program with a message: a misspelt name is a build error,
// never an empty list.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace isnad::analysis {

using WordSet = std::unordered_set<std::u32string>;

const WordSet& word_set(const char* file, const char* name);

// Named tables kept the same way: "name|value|word|word…" lines, each a value and the words that
// mean it (a month's number and its names), folded, in file order. A missing table stops the program.
struct WordRow {
  std::string value;
  std::vector<std::u32string> words;
};
const std::vector<WordRow>& word_table(const char* file, const char* name);

inline bool contains(const WordSet& set, std::u32string_view folded_word) { return set.count(std::u32string(folded_word)) > 0; }

}  // namespace isnad::analysis
