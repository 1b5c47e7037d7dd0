// normalize.cpp — the matching fold (see normalize.h). One pass over code points; ICU's NFKC is
// asked only for the rare code points outside ASCII and the main Arabic block.
#include "isnad/text/normalize.h"

#include <array>
#include <cstdint>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace isnad::text {

namespace {

// Diacritics and invisible format characters: dropped from the fold. Bidi controls among them
// (marks, embeddings, overrides, isolates) must not split a word or a number that reads whole.
bool is_diacritic(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6) ||
         c == 0x0640 /* tatweel */ || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0xFEFF ||
         c == 0x00AD || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Code points that NFKC may change and that the single-point fold does not cover.
bool needs_nfkc(char32_t c) {
  if (c < 0x00A0) return false;
  if (c >= 0x0600 && c <= 0x06FF) return false;
  if (c >= 0x2010 && c <= 0x201F) return false;   // dashes and quotes are folded by hand
  return true;
}

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(st);
    return U_SUCCESS(st) ? p : nullptr;
  }();
  return n;
}

// NFKC of one code point, each result folded again; appended to out.
void append_nfkc(char32_t c, std::uint32_t orig, Normalized& out) {
  const icu::Normalizer2* n = nfkc();
  if (n) {
    UErrorCode st = U_ZERO_ERROR;
    if (!n->isNormalized(icu::UnicodeString(static_cast<UChar32>(c)), st) && U_SUCCESS(st)) {
      icu::UnicodeString res = n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), st);
      if (U_SUCCESS(st)) {
        for (int32_t i = 0; i < res.length();) {
          UChar32 r = res.char32At(i);
          i += U16_LENGTH(r);
          char32_t f = fold_code_point(static_cast<char32_t>(r));
          if (f) { out.text.push_back(f); out.to_orig.push_back(orig); }
        }
        return;
      }
    }
  }
  out.text.push_back(c);
  out.to_orig.push_back(orig);
}

}  // namespace

char32_t fold_code_point(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (is_diacritic(c)) return 0;
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;  // alef seats
    case 0x0649: case 0x06CC: case 0x06D2: return 0x064A;  // alef maqsura, Persian yeh
    case 0x0629: return 0x0647;                           // teh marbuta
    case 0x06A9: case 0x06AA: return 0x0643;              // keheh
    case 0x066B: return '.';                              // Arabic decimal separator
    case 0x066C: return ',';                              // Arabic thousands separator
    case 0x066A: return '%';
    case 0x060C: return 0x060C;                           // Arabic comma stays (it ends clauses)
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033: case 0xFF02:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    case 0x00A0: case 0x2009: case 0x202F: case 0x2007: return ' ';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

bool is_arabic_letter(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

Normalized normalize_for_matching(std::u32string_view text) {
  // ASCII and the Arabic block, almost every code point of an article, by table.
  static const auto low = [] {
    std::array<char32_t, 0x0700> t{};
    for (char32_t c = 0; c < 0x0700; ++c) t[c] = fold_code_point(c);
    return t;
  }();
  Normalized out;
  out.text.reserve(text.size());
  out.to_orig.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    auto o = static_cast<std::uint32_t>(i);
    if (c < 0x0700 && (c < 0x00A0 || c >= 0x0600)) {   // needs no NFKC (needs_nfkc)
      if (const char32_t f = low[c]) { out.text.push_back(f); out.to_orig.push_back(o); }
      continue;
    }
    if (needs_nfkc(c) && !is_diacritic(c) && fold_code_point(c) == c) { append_nfkc(c, o, out); continue; }
    char32_t f = fold_code_point(c);
    if (!f) continue;
    out.text.push_back(f);
    out.to_orig.push_back(o);
  }
  out.to_orig.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

namespace {

// The share-link fold of one code point (0: dropped). See Fold::share_link.
char32_t share_link_code_point(char32_t c) {
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

Normalized fold_for_share_links(std::u32string_view s) {
  Normalized f;
  f.text.reserve(s.size());
  f.to_orig.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = share_link_code_point(s[i]);
    if (c == 0) continue;
    if (c == U' ' && (f.text.empty() || f.text.back() == U' ')) continue;   // one space per run
    f.text.push_back(c);
    f.to_orig.push_back(static_cast<std::uint32_t>(i));
  }
  f.to_orig.push_back(static_cast<std::uint32_t>(s.size()));
  return f;
}

}  // namespace

Normalized fold_with_map(std::u32string_view text, Fold kind) {
  if (kind == Fold::share_link) return fold_for_share_links(text);
  Normalized n = normalize_for_matching(text);
  if (kind == Fold::search)
    for (char32_t& c : n.text)
      if (c == U'\u0624' || c == U'\u0626') c = U'\u0621';
  return n;
}

std::u32string fold(std::u32string_view text) { return normalize_for_matching(text).text; }

const std::u32string& detail::fold_literal_slow(const char32_t* literal) {
  // The direct-mapped table (normalize.h) answers almost every call; a slot taken by another literal
  // is never overwritten (references handed out stay valid), such literals go to the map.
  FoldSlot& s = fold_slots[(reinterpret_cast<std::uintptr_t>(literal) >> 2) & 4095];
  if (s.key == literal) return s.value;
  if (!s.key) { s.value = fold(literal); s.key = literal; return s.value; }
  static std::unordered_map<const char32_t*, std::u32string> cache;
  auto it = cache.find(literal);
  if (it != cache.end()) return it->second;
  return cache.emplace(literal, fold(literal)).first->second;
}

}  // namespace isnad::text
