// isnad/text/stem.h — clitic-aware light stemming of folded Arabic words.
//
// News Arabic glues conjunctions and prepositions to the next word: والعراق, لواشنطن, للعراق (ل + ال
// fused, the alef dropped). Matching a gazetteer tries the word as written, then with و/ف removed,
// then with ب/ك/ل removed as well, and for لل… the word with ال restored.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace isnad::text {

// One reading of a word: the stem is (restore_al ? "ا" : "") + word.substr(skip).
struct CliticStrip {
  std::uint8_t skip = 0;      // folded code points removed from the front
  bool restore_al = false;    // ل + ال fused into لل: the stem gets its alef back
  std::uint8_t conj = 0;      // how many of the skipped code points are و/ف (the span drops only those
                              // when restore_al is set: "للعراق" is its own span)
};

// Fills out[] with the readings of `word`, the whole word first; returns how many (at most 4).
int clitic_candidates(std::u32string_view word, CliticStrip out[4]);

// The stem of a reading, built into `buf` (returned view points into word or buf).
std::u32string_view apply_strip(std::u32string_view word, const CliticStrip& s, std::u32string& buf);

// The one-letter proclitics, folded: the conjunctions و ف, and with them the prepositions ب ل (ك).
inline constexpr std::u32string_view kConjunctions = U"\u0648\u0641";            // و ف
inline constexpr std::u32string_view kProclitics = U"\u0648\u0641\u0628\u0644";     // و ف ب ل

// `word` without one leading letter of `letters` when it is longer than `longer_than` code points
// (short words such as وزن, فقط, بلد begin with those letters too); *skip, when given, gets how
// many code points came off (0 or 1). The single-letter strip the recognisers and claim reading use
// where they match a closed word list; clitic_candidates is the full reading for gazetteers.
// Inline: the recognisers ask it about every word, often several times.
inline std::u32string_view strip_proclitic(std::u32string_view word, std::u32string_view letters, std::size_t longer_than = 3,
                                           std::uint32_t* skip = nullptr) {
  bool strip = false;
  if (word.size() > longer_than)
    for (char32_t l : letters) strip = strip || word[0] == l;
  if (skip) *skip = strip ? 1 : 0;
  return strip ? word.substr(1) : word;
}

// Light stem for grouping words: proclitics, the article ال, and common suffixes removed
// (ة/ه, ات, ون, ين, ان, ية/يه, ي). Never shorter than two letters.
std::u32string_view light_stem(std::u32string_view word);

}  // namespace isnad::text
