// isnad/text/normalize.h — text folded for matching, with a map back to the original offsets.
//
// Matching Arabic news needs one spelling per word: NFKC (presentation forms, ligatures), hamza
// seats on alef folded (أ إ آ ٱ → ا), ى → ي, ة → ه, tatweel, diacritics and invisible format
// characters (ZWJ, ZWNJ, bidi controls) dropped, Arabic-Indic and Persian digits → ASCII, ٫ ٬ ٪ → . , %, every quotation mark → " or ', every dash → -.
// Every folded code point remembers the original code point it came from (pdf.js's normalize()
// + getOriginalIndex()), so matches are reported in the article's own offsets.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isnad::text {

struct Normalized {
  std::u32string text;             // the folded text
  std::vector<std::uint32_t> to_orig;  // to_orig[i] = original offset of text[i]; size text.size()+1
  // Original offset for a folded offset (end offsets map to the end of the last source code point).
  std::uint32_t orig(std::size_t i) const { return to_orig[i]; }
};

// Folds `text` for matching. Never fails; unknown code points pass through unchanged.
Normalized normalize_for_matching(std::u32string_view text);

// The folds with an offset map, one function for the three readers of an article's text:
// - matching: normalize_for_matching above (analysis, xref);
// - search: matching, then the hamza carriers ؤ ئ meet the bare hamza ء (مسؤول / مسئول, شيئ / شيء);
// - share_link: the fold share links are matched with, kept as it was when links were first made so
//   that links made by earlier builds resolve the same: ئ → ي and ؤ → و, a lone ء dropped, ، ؛ ؟ → , ; ?,
//   every quotation mark → ", whitespace runs made one space, no NFKC.
enum class Fold : std::uint8_t { matching, search, share_link };
Normalized fold_with_map(std::u32string_view text, Fold kind);

// Folds a short string (a gazetteer entry, a test input) and returns only the text.
std::u32string fold(std::u32string_view text);

// The fold of a string literal, computed once per literal (cached by address): for comparisons in
// hot loops, `w == fold_literal(U"عام")`. The lookup is inline (it runs millions of times a
// megabyte); a literal seen for the first time goes to fold_literal_slow.
namespace detail {
struct FoldSlot { const char32_t* key = nullptr; std::u32string value; };
inline FoldSlot fold_slots[4096];   // direct-mapped by address; the core is single-threaded
const std::u32string& fold_literal_slow(const char32_t* literal);
}  // namespace detail
inline const std::u32string& fold_literal(const char32_t* literal) {
  const detail::FoldSlot& s = detail::fold_slots[(reinterpret_cast<std::uintptr_t>(literal) >> 2) & 4095];
  return s.key == literal ? s.value : detail::fold_literal_slow(literal);
}

// The fold of one code point: 0 when it is dropped, else its folded form (single code points only;
// NFKC expansions are handled by normalize_for_matching).
char32_t fold_code_point(char32_t c);

bool is_arabic_letter(char32_t c);   // after folding: ا..ي, ء, ؤ, ئ, and the Persian letters kept
bool is_digit(char32_t c);           // ASCII 0-9 (after folding)

}  // namespace isnad::text
