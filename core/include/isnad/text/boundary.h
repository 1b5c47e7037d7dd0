// isnad/text/boundary.h — where to cut a long text into pieces of bounded size without splitting
// what a reader reads as one: after a line break if one is in reach, else after a sentence's end,
// else at a space, else between two grapheme clusters. The page lays out a huge paragraph piece by
// piece (layout/paragraph_ranges.h) and analyses a huge article only up to a bound.
#pragma once
#include <cstddef>
#include <string_view>

namespace isnad::text {

// Where the piece that starts at `from` should end, at most `max_len` code points on: text.size()
// when the rest fits, else a cut in (from, from + max_len], looked for in the last half of that
// window (so a piece is never shorter than max_len / 2 unless the text ends). max_len >= 2.
std::size_t cut_point(std::u32string_view text, std::size_t from, std::size_t max_len);

}  // namespace isnad::text
