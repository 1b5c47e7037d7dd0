// isnad/text/segment.h — words and sentences of a folded text (ICU break iterators).
//
// Words come from ICU's word BreakIterator run on the folded text, then split where Arabic letters
// touch digits ("و900" → "و" "900": ICU keeps letters and digits together). Punctuation is kept as
// one-character tokens because the recognisers read commas, slashes and quotation marks.
// Sentences come from ICU's sentence BreakIterator, also cut after ؛ and at line ends, and joined
// again while a quotation (“…” «…») is open, so a quoted passage stays in one sentence.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/text/normalize.h"

namespace isnad::text {

enum class TokenKind : std::uint8_t { word, number, punct };

struct Token {
  std::uint32_t nb = 0, ne = 0;    // folded offsets [nb, ne)
  std::uint32_t ob = 0, oe = 0;    // original code-point offsets [ob, oe)
  TokenKind kind = TokenKind::word;
  bool newline_before = false;     // a line break separates it from the previous token
  bool space_before = false;       // any white space separates it from the previous token
};

struct TokenRange { std::uint32_t begin = 0, end = 0; };   // token indices [begin, end)

std::vector<Token> segment_words(const Normalized& text);
std::vector<TokenRange> segment_sentences(const Normalized& text, const std::vector<Token>& tokens);

inline std::u32string_view token_text(const Normalized& t, const Token& k) {
  return std::u32string_view(t.text).substr(k.nb, k.ne - k.nb);
}

}  // namespace isnad::text
