// wasm/full_fonts.h — the page starts with font subsets (scripts/subset_fonts: the glyphs of the
// sample corpus and the interface). A text shaped to a .notdef glyph (a letter the subsets lack, in
// a reader's own article) fetches the full fonts, once; when they arrive they replace the subsets
// (text_engine_replace_font) and every text is shaped again, so nothing stays a box that the fonts
// can draw. Glyphs that the full fonts lack either stay .notdef boxes.
#pragma once
#include "isnad/layout/paragraph.h"

namespace isnad::web {

// The full fonts are requested (once) if `p`, laid out, has a .notdef glyph.
void full_fonts_check(const layout::Paragraph& p);

// Whether they were asked for / have arrived (for state() and tests).
bool full_fonts_requested();
int full_fonts_loaded();   // how many of the two

}  // namespace isnad::web
