// isnad/layout/shaped_run.h — stage 2: itemise the bidi runs by script and font, and shape each with HarfBuzz.
//
// A ShapedRun is one hb_shape call: one bidi level, one script, one font. Glyphs are kept in the
// order HarfBuzz returns them (left to right on screen, so a right-to-left run lists its last
// characters first) with positions in font units (the hb_font is at upem scale) and, per glyph, the
// code-point offset of its cluster in the paragraph: the buffer is filled with the whole paragraph
// as context and the run as the item, so HarfBuzz's clusters *are* paragraph offsets.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "isnad/layout/bidi_runs.h"
#include "isnad/layout/font.h"
#include "isnad/layout/indices.h"

namespace isnad::layout {

struct ShapedRun {
  TextRange text;
  std::uint8_t level = 0;            // bidi level; odd = shaped right-to-left
  FontId font = FontId::arabic;
  std::uint32_t script = 0;          // hb_script_t (an ISO 15924 tag such as 'Arab')
  const char* language = "";         // BCP 47 tag given to HarfBuzz
  std::vector<std::uint32_t> glyphs;     // glyph ids in HarfBuzz order
  std::vector<TextIndex> clusters;       // per glyph: first code point of its cluster
  std::vector<std::int32_t> x_advance;   // per glyph, font units
  std::vector<std::int32_t> x_offset;
  std::vector<std::int32_t> y_offset;
  bool rtl() const { return level & 1; }
};

std::vector<ShapedRun> shaped_runs(std::u32string_view text, const BidiRuns& bidi, const FontSet& fonts);

}  // namespace isnad::layout
