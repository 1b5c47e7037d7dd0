// isnad/analysis/word_classes.h — word classes learned without labels: words that occur in like
// contexts share a class (k-means over skip-gram vectors of SaudiNewsNet's folded words; see
// core/data/word_classes.txt's header). The name tagger reads them, so that a name it never saw in
// training is still known by the company it keeps.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace isnad::analysis {

class WordClasses {
 public:
  static const WordClasses& get();   // core/data/word_classes.txt, loaded on first use

  // Lines "<class> <word> <word> …" after '#' comments; words are folded. nullptr on a malformed file.
  static std::unique_ptr<WordClasses> parse(std::string_view text, std::string* error);

  // The word's class, or -1 when the word is not in the file.
  int class_of(std::u32string_view folded_word) const;
  std::size_t size() const { return classes_.size(); }
  int largest_class() const { return largest_; }

 private:
  std::unordered_map<std::uint64_t, std::uint16_t> classes_;   // by the word's FNV-1a hash
  int largest_ = -1;
};

}  // namespace isnad::analysis
