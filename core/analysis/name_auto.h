// name_auto.h — names the tagger itself found again and again in unlabelled news (self-training):
// core/data/name_auto.txt, words with the kind of name they were tagged as. The tagger reads them
// as features ("A"), so that a name the labelled data never had but the news repeats is known.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace isnad::analysis {

class AutoNames {
 public:
  // The list in use: core/data/name_auto.txt unless training replaced it (use_auto_names).
  static const AutoNames& get();
  // Lines "<word>\t<kind>" (kind: person, place, org) after '#' comments; nullptr on a malformed line.
  static std::unique_ptr<AutoNames> parse(std::string_view text, std::string* error);

  // 0 none, 1 person, 2 place, 3 organisation: the kind of a clitic stem (name_features.cpp's).
  int kind_of(std::u32string_view stem) const;

 private:
  std::unordered_map<std::uint64_t, std::uint8_t> kinds_;   // by the stem's FNV-1a hash
};

}  // namespace isnad::analysis
