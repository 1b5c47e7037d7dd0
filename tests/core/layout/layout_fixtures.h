// tests/core/layout/layout_fixtures.h — the fonts and paragraphs the layout tests share.
#pragma once
#include <string>
#include <vector>

#include "isnad/layout/font.h"

namespace isnad::test {

inline const char* kArabicFontPath = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf";
inline const char* kLatinFontPath = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";

inline const char* font_path(layout::FontId id) {
  return id == layout::FontId::arabic ? kArabicFontPath : kLatinFontPath;
}

// Noto Naskh Arabic + Noto Sans, loaded once (from files, as bytes: the path the web app takes).
const layout::FontSet& test_fonts();

// Every non-empty line of the sample corpus (web/corpus/*.txt), as code points.
const std::vector<std::u32string>& corpus_paragraphs();

// Up to `n` paragraphs from ../shared/bench/saudinewsnet/articles_all.jsonl.gz (native only: read
// through `zcat`); empty when ../shared or the gzip tool is absent.
std::vector<std::u32string> saudinewsnet_paragraphs(std::size_t n);

}  // namespace isnad::test
