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

// Light stem for grouping words: proclitics, the article ال, and common suffixes removed
// (ة/ه, ات, ون, ين, ان, ية/يه, ي). Never shorter than two letters.
std::u32string_view light_stem(std::u32string_view word);

}  // namespace isnad::text
