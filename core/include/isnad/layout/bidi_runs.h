// isnad/layout/bidi_runs.h — stage 1: the Unicode Bidirectional Algorithm over one paragraph (ICU ubidi).
//
// Resolves an embedding level for every code point, in logical order, and cuts the paragraph into
// runs of equal level. Everything downstream stays logical; reordering happens per line, at the end,
// with the two helpers below (rule L1 for the line's trailing whitespace, then L2 via
// ubidi_reorderVisual), which text_line uses and the BidiCharacterTest conformance test checks.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/layout/indices.h"
#include "isnad/text/utf8.h"

namespace isnad::layout {

// Paragraph direction. The default for Isnad's articles: first strong character, RTL when none.
enum class BaseDirection : std::uint8_t { auto_rtl, auto_ltr, ltr, rtl };

struct BidiRun {
  TextRange text;
  std::uint8_t level;  // odd = right-to-left
  bool rtl() const { return level & 1; }
};

struct BidiRuns {
  std::uint8_t paragraph_level = 0;
  std::vector<std::uint8_t> levels;  // one per code point (characters removed by rule X9 get ICU's choice)
  std::vector<BidiRun> runs;         // logical order, maximal runs of equal level
};

// `utf16` must be text::to_utf16(text): the caller computes it once and shares it with the break
// iterators. A failure inside ICU (out of memory) yields an all-LTR paragraph at level 0.
BidiRuns bidi_runs(std::u32string_view text, const text::Utf16Mapped& utf16, BaseDirection dir);

// Rule L1 for one line: the levels of `line` (a range of `text`), with whitespace and isolate
// controls at the line's end (and any X9-removed characters among them) reset to the paragraph level.
std::vector<std::uint8_t> line_levels(std::u32string_view text, const std::vector<std::uint8_t>& levels,
                                      TextRange line, std::uint8_t paragraph_level);

// Rule L2: given the levels of a line's runs in logical order, the logical run index shown at each
// visual position, left to right (ubidi_reorderVisual).
std::vector<std::uint32_t> visual_run_order(const std::vector<std::uint8_t>& run_levels);

}  // namespace isnad::layout
