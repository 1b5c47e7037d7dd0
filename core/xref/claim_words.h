// claim_words.h — claim reading, words: what a claim's words say, read left to right once. Event
// concepts stated, denied, awaited, done or only named as what something is about; polar concepts;
// nationality adjectives as their country; other content words as light stems; the part a claim is
// said of alone ("بالنسبة إلى الفنادق"). Internal to core/xref.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "claim_features.h"
#include "isnad/xref/options.h"

namespace isnad::xref::detail {

// What stands for a claim's attribution phrase, left out of its words (a private-use code point:
// no letter, so a word boundary, and no text's own).
constexpr char32_t kLeftOut = U'\uE000';

// Reads a claim's folded text (its attribution phrases replaced by kLeftOut) into f: terms, concepts,
// negated, topics, polar, pending, done, restricted and negations.
void read_claim_words(std::u32string_view folded_text, const Options& options, ClaimFeatures& f);

// The alif of an indefinite accusative dropped ("اتفاقا" is "اتفاق"): a word as claim reading stems it.
void drop_accusative_alif(std::u32string& w);

// Event concepts (core/data/concepts.txt) and polar concepts (polar_words.txt) by folded word and by
// light stem, as tagged terms; a form listed as not the concept ("!بيانات") maps to "".
const std::unordered_map<std::u32string, std::u32string>& concepts();
const std::unordered_map<std::u32string, std::u32string>& polar_words();

}  // namespace isnad::xref::detail
