// number_reader.cpp — digits and Arabic number words (see number_reader.h).
#include "number_reader.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "word_map.h"

namespace isnad::analysis {

namespace {

struct WordTable {
  WordMap<double> value;        // exact numbers
  WordMap<double> multiplier;   // ألف آلاف مليون …
  struct Vague { const char* name = nullptr; double min = 0, max = 0; };
  WordMap<Vague> vague;
  WordMap<double> teen_unit;    // the first word of 11 and 12 (أحد عشر، اثنا عشر): a number only before عشر
  WordMap<double> ten;          // عشر، عشرة: after a unit word, 10 + that unit (خمسة عشر = 15)
};

// What each vague amount of core/data/number_words.txt allows.
constexpr WordTable::Vague kVagueRanges[] = {
    {"hundreds", 200, 999}, {"tens", 20, 99}, {"thousands", 2000, 9999}, {"millions", 2e6, 9.99e8},
    {"several", 3, 9},      {"a few", 3, 9},  {"all", 0, 0},            {"some", 0, 0}};

WordTable::Vague vague_range(const std::string& name) {
  for (const auto& r : kVagueRanges)
    if (name == r.name) return r;
  std::fprintf(stderr, "isnad: core/data/number_words.txt names a vague amount \"%s\" number_reader.cpp has no range for\n",
               name.c_str());
  std::abort();
}

// The tables of core/data/number_words.txt (what each holds is written there), folded.
const WordTable& table() {
  static const WordTable t = [] {
    WordTable t;
    auto fill = [](const char* name, auto& map, auto value_of) {
      for (const WordRow& row : word_table("number_words.txt", name))
        for (const auto& word : row.words) map[word] = value_of(row.value);
    };
    auto number = [](const std::string& v) { return std::strtod(v.c_str(), nullptr); };
    fill("value", t.value, number);
    fill("teen_unit", t.teen_unit, number);
    fill("ten", t.ten, number);
    fill("multiplier", t.multiplier, number);
    fill("vague", t.vague, vague_range);
    return t;
  }();
  return t;
}

bool parse_digits(std::u32string_view w, double* v) {
  double x = 0, frac = 0, scale = 1;
  bool dot = false, any = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char32_t c = w[i];
    if (c >= '0' && c <= '9') {
      any = true;
      if (dot) { scale /= 10; frac += (c - '0') * scale; } else x = x * 10 + (c - '0');
    } else if (c == ',') {
      // thousands separator when three digits follow, else a decimal comma
      std::size_t k = i + 1;
      while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
      if (k - i - 1 != 3) { if (dot) return false; dot = true; }
    } else if (c == '.') {
      if (dot) return false;
      dot = true;
    } else return false;
  }
  *v = x + frac;
  return any;
}

// Strips و/ف/ب/ل from a number word when the rest is a number word.
std::u32string_view strip_conj(std::u32string_view w, std::uint32_t* skip) {
  return text::strip_proclitic(w, text::kProclitics, 3, skip);
}

}  // namespace

double number_word_value(std::u32string_view w) {
  const auto& t = table();
  const double* v = t.value.find(w);
  return v ? *v : 0;
}

namespace {

// "5.<RLM>0", "06.<RLM>1091" (0.5, 1091.06): a right-to-left mark after the point says the two parts
// were typed in reverse order, as some outlets' systems write a decimal.
void unreverse_decimal(const Document& d, std::size_t i, NumberRead& r) {
  const auto& tk = d.tokens[i];
  const std::u32string_view orig = d.original.substr(tk.ob, tk.oe - tk.ob);
  const std::size_t rlm = orig.find(U"\u200F");
  if (rlm == std::u32string_view::npos || rlm == 0 || orig[rlm - 1] != U'.') return;
  std::u32string swapped;
  for (char32_t c : orig.substr(rlm + 1)) if (c >= U'0' && c <= U'9') swapped += c;
  swapped += U'.';
  for (char32_t c : orig.substr(0, rlm - 1)) if (c >= U'0' && c <= U'9') swapped += c;
  double v = 0;
  if (parse_digits(swapped, &v)) r.value = v;
}

// "2ر13", as the Saudi Press Agency writes 13.2: the fraction's digits, ر, then the whole part.
void read_ra_decimal(const Document& d, std::size_t i, NumberRead& r) {
  double whole = 0;
  if (d.is_word(i + 1) && d.word(i + 1) == text::fold_literal(U"ر") && !d.tokens[i + 1].space_before && d.is_number(i + 2) &&
      !d.tokens[i + 2].space_before && d.same_sentence(i, i + 2) && parse_digits(d.word(i + 2), &whole) &&
      whole == std::floor(whole) && r.value == std::floor(r.value)) {
    r.value = whole + r.value / std::pow(10.0, static_cast<double>(d.word(i).size()));
    r.words = 3;
  }
}

// A number in digits at token i, with a multiplier word after it: "2.5 مليون", "12 ألف", "(3462) مليون".
bool read_digits(const Document& d, std::size_t i, NumberRead& r) {
  if (!parse_digits(d.word(i), &r.value)) return false;
  r.words = 1;
  unreverse_decimal(d, i, r);
  read_ra_decimal(d, i, r);
  const std::size_t m = d.is_punct(i + r.words, U')') ? i + r.words + 1 : i + r.words;
  if (d.is_word(m) && d.same_sentence(i, m)) {
    const double* mit = table().multiplier.find(d.word(m));
    if (mit) { r.value *= *mit; r.words = static_cast<std::uint32_t>(m - i + 1); }
  }
  return true;
}

// A vague amount ("مئات", "وعدة"), or false.
bool read_vague(std::u32string_view w, NumberRead& r) {
  const WordTable::Vague* vit = table().vague.find(w);
  std::uint32_t skip = 0;
  if (!vit) {
    vit = table().vague.find(strip_conj(w, &skip));
    if (!vit) return false;
  }
  r.vague = vit->name;
  r.min = vit->min;
  r.max = vit->max;
  r.words = 1;
  r.skip = skip;
  return true;
}

// 11 to 19: "خمسة عشر", "ثلاث عشرة", and "أحد عشر", "اثنتا عشرة" (whose first words are no number
// alone: أحد is "someone"); v and skip are the first word's own reading.
bool read_teen(const Document& d, std::size_t i, double v, std::uint32_t skip, NumberRead& r) {
  const auto& t = table();
  if (!d.is_word(i + 1) || !d.same_sentence(i, i + 1) || !t.ten.find(d.word(i + 1))) return false;
  const std::u32string_view w = d.word(i);
  double unit = v >= 3 && v <= 9 ? v : 0;
  std::uint32_t sk = skip;
  if (v == 0) {
    const double* u = t.teen_unit.find(w);
    if (!u) u = t.teen_unit.find(strip_conj(w, &sk));
    if (u) unit = *u;
  }
  if (unit <= 0) return false;
  r.value = 10 + unit;
  r.skip = sk;
  r.words = 2;
  return true;
}

// A dual noun of a counted thing: مسؤولان, فصيلان, دولتان, دولتين.
bool read_dual(std::u32string_view w, NumberRead& r) {
  auto ends = [&](std::u32string_view suf) { return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf; };
  if (w.size() > 2 && w[0] == U'\u0627' && w[1] == U'\u0644') return false;   // البلدين: no count
  thread_local std::u32string buf;   // reused: asked about every word in ان
  std::u32string_view stem;
  if (ends(U"تان") || ends(U"تين")) {
    buf.assign(w.substr(0, w.size() - 3));
    buf += U'\u0647';
    stem = buf;
  } else if (ends(U"ان")) {
    stem = w.substr(0, w.size() - 2);
  } else {
    return false;
  }
  if (!Lexicon::get().word_clitics(stem, kCountedNoun)) return false;
  r.value = 2;
  r.words = 1;
  r.dual = true;
  return true;
}

// Compounds after a number word: "خمسة وعشرين", "ثلاثة آلاف", "مئة وخمسون".
void read_compound(const Document& d, std::size_t i, NumberRead& r) {
  while (d.is_word(i + r.words) && d.same_sentence(i, i + r.words)) {
    std::u32string_view nx = d.word(i + r.words);
    const double* mit = table().multiplier.find(nx);
    if (mit && r.value < *mit) { r.value *= *mit; ++r.words; continue; }
    if (nx.size() > 2 && nx[0] == U'\u0648') {
      double add = number_word_value(nx.substr(1));
      if (add > 0 && add < r.value * 10) { r.value += add; ++r.words; continue; }
    }
    break;
  }
}

// A number in words at token i.
bool read_words(const Document& d, std::size_t i, NumberRead& r) {
  const std::u32string_view w = d.word(i);
  if (read_vague(w, r)) return true;
  std::uint32_t skip = 0;
  double v = number_word_value(w);
  if (v == 0) {
    v = number_word_value(strip_conj(w, &skip));
    if (v == 0) skip = 0;
  }
  if (read_teen(d, i, v, skip, r)) return true;
  if (v == 0) return read_dual(w, r);
  r.value = v;
  r.skip = skip;
  r.words = 1;
  read_compound(d, i, r);
  return true;
}

}  // namespace

bool read_number(const Document& d, std::size_t i, NumberRead* out) {
  NumberRead r;
  const bool read = d.is_number(i) ? read_digits(d, i, r) : d.is_word(i) && read_words(d, i, r);
  if (read) *out = r;
  return read;
}

}  // namespace isnad::analysis
