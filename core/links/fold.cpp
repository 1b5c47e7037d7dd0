#include "isnad/links/fold.h"

namespace isnad::links {

char32_t fold_char(char32_t c) {
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return 0;          // harakat, dagger alef, tatweel
  if ((c >= 0x06D6 && c <= 0x06ED)) return 0;                                         // Quranic marks
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
      c == 0xFEFF || c == 0x00AD || c == 0x061C)
    return 0;                                                                           // invisible format controls
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;  // alef forms
    case 0x0649: case 0x06CC: case 0x0626: return 0x064A;                               // alef maksura, Farsi yeh, yeh hamza
    case 0x0624: return 0x0648;                                                         // waw hamza
    case 0x0629: return 0x0647;                                                         // teh marbuta
    case 0x06A9: return 0x0643;                                                         // keheh
    case 0x0621: return 0;                                                              // lone hamza: often added or dropped
    case 0x066B: return U'.'; case 0x066C: return U','; case 0x066A: return U'%';
    case 0x060C: return U','; case 0x061B: return U';'; case 0x061F: return U'?';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x2018: case 0x2019: case 0x201A:
    case 0x2039: case 0x203A: case U'\'': return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return U'-';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200A) ||
      c == 0x202F || c == 0x205F || c == 0x3000)
    return U' ';
  return c;
}

Folded fold_for_matching(std::u32string_view s) {
  Folded f;
  f.text.reserve(s.size());
  f.to_original.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = fold_char(s[i]);
    if (c == 0) continue;
    if (c == U' ' && (f.text.empty() || f.text.back() == U' ')) continue;   // one space per run
    f.text.push_back(c);
    f.to_original.push_back(i);
  }
  f.to_original.push_back(s.size());
  return f;
}

}  // namespace isnad::links
