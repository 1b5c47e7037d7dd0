// isnad/links/fold.h — text folded for matching a quoted passage against an article that may have
// changed: diacritics, tatweel and invisible format characters dropped; hamza forms of alef, yeh and
// waw, alef maksura and teh marbuta unified; Arabic-Indic and Persian digits made ASCII; quote and
// dash variants unified; whitespace runs made one space. Every folded character remembers the
// code-point offset it came from, so a match in folded text maps back to the original.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace isnad::links {

struct Folded {
  std::u32string text;
  std::vector<std::size_t> to_original;   // size text.size() + 1; the last entry is the end
};

Folded fold_for_matching(std::u32string_view original);

// The folded form of one code point, or 0 when it is dropped (diacritics, tatweel, format controls).
char32_t fold_char(char32_t c);

}  // namespace isnad::links
