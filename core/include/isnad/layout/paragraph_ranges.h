// isnad/layout/paragraph_ranges.h — an article cut into the paragraphs the layout lays out one by
// one: at hard line breaks (CR, LF, U+2029), empty lines dropped; a paragraph longer than `max_len`
// code points is cut further into pieces at sentence ends or spaces (text/boundary.h), so no single
// layout grows with the article (a 10 MB article pasted as one line is thousands of pieces, each
// laid out only when it is needed). Bidi runs never cross a piece: a cut sits at a sentence end or
// a space, where reordering across it would be rare and a reader would not notice.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace isnad::layout {

struct ParagraphRange { std::size_t start = 0, end = 0; };   // code points of the article, [start, end)

constexpr std::size_t kMaxParagraphPiece = 4000;

std::vector<ParagraphRange> paragraph_ranges(std::u32string_view text, std::size_t max_len = kMaxParagraphPiece);

}  // namespace isnad::layout
