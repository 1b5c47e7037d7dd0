// numbers.cpp — numbers, quantities (a number with what it counts, and any approximator in front:
// "حوالي 2500 جندي", "ما لا يقل عن 70 هجوما", "مئات القوات"), percentages and money.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "number_reader.h"
#include "recognizers.h"
#include "word_map.h"

namespace isnad::analysis {

namespace {

using text::fold_literal;

// A table of core/data/number_words.txt: its words and what value_of makes of their value (the table
// lives as long as the program).
template <class V, class F>
WordMap<V> number_table(const char* table, F value_of) {
  WordMap<V> m;
  for (const WordRow& row : word_table("number_words.txt", table))
    for (const auto& w : row.words) m[w] = value_of(row.value);
  return m;
}

// Approximators and bounds in front of a number: their word count and meaning.
struct Approx { std::uint32_t words = 0; const char* meaning = nullptr; bool approx = false; };

// The phrases of number_words.txt's approximator table, each cut into its words, with its meaning
// (the table lives as long as the program) and whether it is approximate ("about").
Approx approximator_before(const Document& d, std::size_t i) {
  static const std::vector<std::pair<std::vector<std::u32string>, std::pair<const char*, bool>>> folded = [] {
    std::vector<std::pair<std::vector<std::u32string>, std::pair<const char*, bool>>> v;
    for (const WordRow& row : word_table("number_words.txt", "approximator"))
      for (const std::u32string& phrase : row.words) {
        std::vector<std::u32string> w(1);
        for (char32_t c : phrase) {
          if (c != U' ') w.back().push_back(c);
          else if (!w.back().empty()) w.emplace_back();
        }
        v.push_back({w, {row.value.c_str(), row.value == "about"}});
      }
    return v;
  }();
  Approx best;
  for (auto& [ws, m] : folded) {
    std::size_t n = ws.size();
    if (i < n) continue;
    bool match = true;
    for (std::size_t k = 0; k < n && match; ++k) {
      std::size_t t = i - n + k;
      if (!d.is_word(t) || !d.same_sentence(t, i)) { match = false; break; }
      auto w = d.word(t);
      if (k == 0 && w.size() > ws[k].size() && (w[0] == U'\u0648' || w[0] == U'\u0628' || w[0] == U'\u0644')) w = w.substr(1);
      match = w == ws[k];
    }
    if (match && n > best.words) best = Approx{static_cast<std::uint32_t>(n), m.first, m.second};
  }
  return best;
}

bool is_percent_after(const Document& d, std::size_t j, std::uint32_t* len) {
  if (d.is_punct(j, '%')) { *len = 1; return true; }
  if (!d.is_word(j) || !d.same_sentence(j - 1, j)) return false;
  auto w = d.word(j);
  static const auto per_cent = number_table<bool>("per_cent", [](const std::string&) { return true; });
  static const auto after_fi = number_table<bool>("per_cent_after_fi", [](const std::string&) { return true; });
  if (per_cent.find(w)) { *len = 1; return true; }
  if (w == fold_literal(U"في") && d.is_word(j + 1) && after_fi.find(d.word(j + 1))) { *len = 2; return true; }
  return false;
}

// Digits glued to Latin letters, slashes or dashes (a URL, a product code) are not numbers.
bool in_identifier(const Document& d, std::size_t i) {
  auto latin = [&](std::size_t k) {
    if (k >= d.size()) return false;
    char32_t c = d.norm.text[d.tokens[k].nb];
    return (c >= 'a' && c <= 'z') || c == '/' || c == '-' || c == '_' || c == '=' || c == '.';
  };
  return (i > 0 && !d.tokens[i].space_before && latin(i - 1)) ||
         (i + 1 < d.size() && !d.tokens[i + 1].space_before && latin(i + 1) && !d.is_punct(i + 1, '.'));
}

// "المرحلة الأولى", "الجولة الثانية": an ordinal that numbers a stage of something.
bool ordinal(const Document& d, std::size_t i, std::vector<bool>& used, std::vector<Anchor>& out) {
  if (!d.is_word(i) || !d.is_word(i + 1) || used[i] || used[i + 1] || !d.same_sentence(i, i + 1)) return false;
  auto w = d.word(i);
  w = text::strip_proclitic(w, U"\u0648\u0641\u0628");   // و ف ب
  static const auto stages = number_table<const char*>("stage", [](const std::string& v) { return v.c_str(); });
  static const auto ordinals = number_table<int>("stage_ordinal", [](const std::string& v) { return std::atoi(v.c_str()); });
  const char* const* unit_of = stages.find(w);
  if (!unit_of) return false;
  const char* unit = *unit_of;
  if (const int* k = ordinals.find(d.word(i + 1))) {
    Anchor a = make_anchor(d, AnchorType::number, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2),
                           static_cast<std::uint32_t>(d.word(i).size() - w.size()));
    CountValue v;
    v.number = *k;
    v.unit = unit;
    v.ordinal = true;
    a.value = v;
    used[i] = used[i + 1] = true;
    out.push_back(std::move(a));
    return true;
  }
  return false;
}

}  // namespace

// "12.500 جندي", "30.300 شخص": a count of people or things has no fraction, so dots before groups of
// exactly three digits separate thousands (as in much European and North African writing).
static bool dot_grouped(std::u32string_view w, double* value) {
  std::size_t digits = 0, groups = 0;
  double v = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w[i] >= '0' && w[i] <= '9') { v = v * 10 + (w[i] - '0'); ++digits; continue; }
    if (w[i] != '.' || digits == 0 || (groups == 0 ? digits > 3 : digits != 3)) return false;
    ++groups;
    digits = 0;
  }
  if (groups == 0 || digits != 3) return false;
  *value = v;
  return true;
}

// Plural-looking nouns of counted things ending in ين (مسؤولين، جنديين), which find_numbers leaves:
// - followed by اثنين ("ومصابين اثنين"), a count of 2 (the number word alone was read as a number);
// - bare, between counts of the same noun ("5 مسؤولين أميركيين، ومسؤولين من دول التحالف، و3 مسؤولين
//   عراقيين"): unvocalised, the dual مسؤولَيْن (two) or a plural (an unsaid number). As an item of the
//   list it is anchored as 2 marked "ambiguous": another report may give the figure the writer left
//   unclear. Outside such a list a bare plural is no count.
static void find_dual_nouns(const Document& d, std::vector<bool>& used, std::vector<Anchor>& out) {
  const Lexicon& lx = Lexicon::get();
  const std::u32string yn = fold_literal(U"ين"), al = fold_literal(U"ال");
  const std::size_t explicit_end = out.size();
  for (std::size_t i = 1; i < d.size(); ++i) {
    if (used[i] || !d.is_word(i) || d.is_number(i - 1)) continue;
    const std::u32string_view w = d.word(i);
    const std::uint32_t conj = w[0] == U'\u0648' ? 1 : 0;
    const std::u32string_view noun = w.substr(conj);
    if (noun.size() < 5 || noun.substr(noun.size() - 2) != yn || noun.substr(0, 2) == al) continue;
    const LexEntry* unit = lx.word(noun.substr(0, noun.size() - 2), kCountedNoun);
    if (!unit) continue;
    NumberRead after;
    if (read_number(d, i + 1, &after)) {
      // "ومصابين اثنين": the anchor read from اثنين (a number, or a count of the word after it) is a
      // count of this noun
      if (after.vague || after.value != 2 || after.words != 1 || !d.same_sentence(i, i + 1)) continue;
      for (std::size_t k = 0; k < explicit_end; ++k)
        if (out[k].tb == i + 1 && (out[k].type == AnchorType::number || out[k].type == AnchorType::quantity)) {
          for (std::size_t t = i + 2; t < out[k].te; ++t) used[t] = false;
          Anchor a = make_anchor(d, AnchorType::quantity, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2), conj);
          CountValue v;
          v.number = 2;
          v.unit = unit->canonical;
          a.value = v;
          out[k] = std::move(a);
          used[i] = true;
        }
      continue;
    }
    if (!conj) continue;
    // a neighbour in the list: an exact count of the same noun within a few words, in the sentence
    constexpr std::size_t kNear = 6;
    const bool listed = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(explicit_end), [&](const Anchor& a) {
      const auto* count = std::get_if<CountValue>(&a.value);
      if (a.type != AnchorType::quantity || !count || count->unit != unit->canonical || !count->vague.empty() ||
          !count->qualifier.empty())
        return false;
      const bool near = (a.te <= i && i - a.te <= kNear) || (a.tb > i && a.tb - i <= kNear);
      return near && d.same_sentence(a.tb, i);
    });
    if (!listed) continue;
    std::size_t te = i + 1;
    CountValue v;
    v.number = 2;
    v.unit = unit->canonical;
    v.ambiguous = true;
    if (d.is_word(te) && d.same_sentence(i, te) && !used[te])
      if (const LexEntry* nat = lx.word(d.word(te), kNationality)) { v.nationality = nat->canonical; ++te; }
    // the item runs to the list's next comma or "و": "ومسؤولين من دول التحالف الأخرى،"
    std::size_t item_end = te;
    while (item_end < te + 5 && d.is_word(item_end) && d.same_sentence(i, item_end) && !used[item_end] && d.word(item_end)[0] != U'\u0648')
      ++item_end;
    if (item_end < te + 5 && item_end < d.size() && d.same_sentence(i, item_end) &&
        (!d.is_word(item_end) || d.word(item_end)[0] == U'\u0648'))
      te = item_end;
    Anchor a = make_anchor(d, AnchorType::quantity, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(te), conj);
    a.value = std::move(v);
    for (std::size_t k = i; k < te; ++k) used[k] = true;
    out.push_back(std::move(a));
  }
}

namespace {

bool is_vague(const NumberRead& nr, const char* word) { return nr.vague && std::strcmp(nr.vague, word) == 0; }

// The value of a number as read, before the words around it are looked at.
CountValue number_value(const NumberRead& nr) {
  CountValue v;
  if (nr.vague) {
    v.vague = nr.vague;
    if (nr.min > 0) { v.range_min = nr.min; v.range_max = nr.max; v.approx = true; }
  } else {
    v.number = nr.value;
  }
  return v;
}

// A number read at token i (its words end at e) as it grows into an anchor.
struct Count {
  std::size_t i = 0, e = 0;
  NumberRead nr;
  AnchorType type = AnchorType::number;
  std::size_t tb = 0, te = 0;
  std::uint32_t skip = 0;
  CountValue v;
};

// A dual noun is its own counted thing: "مسؤولان".
void dual_unit(const Document& d, Count& c) {
  const Lexicon& lx = Lexicon::get();
  c.type = AnchorType::quantity;
  text::CliticStrip st;
  if (auto en = lx.word_clitics(d.word(c.i), kCountedNoun, &st)) c.v.unit = en->canonical;
  auto w = d.word(c.i);
  std::u32string stem(w.substr(0, w.size() - 2));
  if (auto en = lx.word_clitics(stem, kCountedNoun)) c.v.unit = en->canonical;
}

// "قوات التحالف", "مسؤولين أمريكيين": one more word after the counted noun nw when it qualifies it.
void noun_qualifier(const Document& d, const std::vector<bool>& used, std::u32string_view nw, const LexEntry* unit, Count& c) {
  const Lexicon& lx = Lexicon::get();
  if (!d.is_word(c.te) || !d.same_sentence(c.i, c.te) || used[c.te]) return;
  if (const LexEntry* nat = lx.word(d.word(c.te), kNationality)) { c.v.nationality = nat->canonical; ++c.te; }
  else if (unit && nw.substr(0, 2) != U"ال" && d.word(c.te).substr(0, 2) == U"ال" && !lx.word(d.word(c.te), kStopword) &&
           lx.word(d.word(c.te), kOrganization | kPlace)) ++c.te;
}

// The counted noun after the number: a known one, or (after digits and number words) any content word.
// False when the number is no anchor ("جميع", "بعض", "مئات" with nothing counted).
bool counted_noun(const Document& d, const std::vector<bool>& used, Count& c) {
  const Lexicon& lx = Lexicon::get();
  const NumberRead& nr = c.nr;
  std::u32string_view nw = d.word(c.e);
  std::size_t ne = c.e;
  if (nr.vague && nw == fold_literal(U"من") && d.is_word(c.e + 1)) { ++ne; nw = d.word(ne); }   // "مئات من القوات"
  text::CliticStrip st;
  const LexEntry* unit = lx.word_clitics(nw, kCountedNoun, &st);
  if (!unit && nw.size() > 4 && nw.substr(0, 2) == U"ال") unit = lx.word(nw.substr(2), kCountedNoun);
  bool stop_word = lx.word(nw, kStopword) || lx.word_clitics(nw, kReportVerb);
  bool all_some = is_vague(nr, "all") || is_vague(nr, "some");
  bool several = is_vague(nr, "several");
  // A counted noun is indefinite (تمييز): "3 حالات", not "3 التسجيل" (a list number before a heading).
  bool definite = nw.size() > 3 && nw.substr(0, 2) == U"ال";
  if (unit || ((!nr.vague || several) && !stop_word && !definite && !used[ne] && text::is_arabic_letter(nw[0])) ||
      (all_some && !stop_word && nw.size() > 2 && nw.substr(0, 2) == U"ال" && unit)) {
    c.type = AnchorType::quantity;
    if (unit) c.v.unit = unit->canonical;
    double grouped = 0;
    // (not "50.<RLM>940", a decimal typed in reverse: read_number made it 940.50)
    const auto& tk = d.tokens[c.i];
    const bool reversed = d.original.substr(tk.ob, tk.oe - tk.ob).find(U'\u200F') != std::u32string_view::npos;
    if (unit && !nr.vague && nr.words == 1 && d.is_number(c.i) && !reversed && dot_grouped(d.word(c.i), &grouped)) c.v.number = grouped;
    c.te = ne + 1;
    noun_qualifier(d, used, nw, unit, c);
    return true;
  }
  return !(nr.vague && !is_vague(nr, "several") && !is_vague(nr, "a few"));
}

// What the number counts, read after it: a dual's own noun, percent, or a counted noun. False when
// the number is no anchor.
bool read_what_counted(const Document& d, const std::vector<bool>& used, Count& c) {
  std::uint32_t plen = 0;
  if (c.nr.dual) dual_unit(d, c);
  else if (!c.nr.vague && is_percent_after(d, c.e, &plen)) {
    c.type = AnchorType::quantity;
    c.v.unit = "percent";
    c.te = c.e + plen;
  } else if (d.is_word(c.e) && d.same_sentence(c.i, c.e) && !used[c.e]) {
    return counted_noun(d, used, c);
  } else if (c.nr.vague) {
    return false;   // "مصادر عدة": a vague word after its noun
  }
  return true;
}

// "مصادر عدة": the noun in front of عدة (not "بعدة": with a preposition of its own, عدة governs the
// noun after it). True when it made the anchor.
bool noun_before_several(const Document& d, std::vector<bool>& used, Count& c, std::vector<Anchor>& out) {
  const Lexicon& lx = Lexicon::get();
  const std::size_t i = c.i;
  if (!(is_vague(c.nr, "several") && c.type == AnchorType::number && i > 0 && d.is_word(i - 1) && c.nr.words == 1 &&
        d.word(i).size() <= 3 && d.same_sentence(i - 1, i) && !used[i - 1] && !lx.word(d.word(i - 1), kStopword)))
    return false;
  Anchor a = make_anchor(d, AnchorType::quantity, static_cast<std::uint32_t>(i - 1), static_cast<std::uint32_t>(c.e));
  c.v.after_noun = true;
  a.value = c.v;
  used[i - 1] = used[i] = true;
  out.push_back(std::move(a));
  return true;
}

// An approximator or bound in front ("حوالي", "ما لا يقل عن") joins the span and qualifies the value.
void approximator(const Document& d, const std::vector<bool>& used, Count& c) {
  const std::size_t i = c.i;
  const Approx ap = i > 0 ? approximator_before(d, i) : Approx{};
  if (!ap.words) return;
  for (std::size_t k = i - ap.words; k < i; ++k)
    if (used[k]) return;
  c.tb = i - ap.words;
  c.skip = 0;
  auto w0 = d.word(c.tb);
  if (w0.size() > 2 && (w0[0] == U'\u0648' || w0[0] == U'\u0628' || w0[0] == U'\u0644') && fold_literal(U"ما") != w0) c.skip = 1;
  c.v.qualifier = ap.meaning;
  if (ap.approx) c.v.approx = true;
  if (c.type == AnchorType::number && !c.nr.vague) c.type = AnchorType::quantity;
}

// A bound after the count: "26 قتيلا على الأقل" (the span stays the count; the bound is its value's).
void bound_after(const Document& d, Count& c) {
  const std::size_t te = c.te;
  if (c.v.qualifier.empty() && c.type == AnchorType::quantity && d.is_word(te) && d.is_word(te + 1) &&
      d.same_sentence(c.i, te + 1) && d.word(te) == fold_literal(U"على") &&
      (d.word(te + 1) == fold_literal(U"الأقل") || d.word(te + 1) == fold_literal(U"أقل")))
    c.v.qualifier = "at least";
}

}  // namespace

void find_numbers(const Document& d, std::vector<bool>& used, std::vector<Anchor>& out) {
  const Lexicon& lx = Lexicon::get();
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (used[i]) continue;
    if (d.is_number(i) && in_identifier(d, i)) continue;
    if (ordinal(d, i, used, out)) continue;
    Count c;
    if (!read_number(d, i, &c.nr)) continue;
    c.i = i;
    c.e = c.te = i + c.nr.words;
    if (std::any_of(used.begin() + static_cast<std::ptrdiff_t>(i), used.begin() + static_cast<std::ptrdiff_t>(c.e), [](bool u) { return u; }))
      continue;
    // a name that happens to look like a dual (طالبان) is not a number
    if (c.nr.dual && lx.word_clitics(d.word(i), kPlace | kOrganization | kPerson)) continue;
    c.v = number_value(c.nr);
    if (!read_what_counted(d, used, c)) continue;
    if (noun_before_several(d, used, c, out)) continue;
    if (c.nr.vague && c.type == AnchorType::number) continue;
    c.tb = i;
    c.skip = c.nr.skip;
    approximator(d, used, c);
    bound_after(d, c);
    // "(3462) مليون": the span takes the opening parenthesis with the closing one it read
    if (c.tb == i && i > 0 && i + 1 < c.e && d.is_punct(i - 1, U'(') && d.is_punct(i + 1, U')') && !used[i - 1]) { c.tb = i - 1; c.skip = 0; }
    Anchor a = make_anchor(d, c.type, static_cast<std::uint32_t>(c.tb), static_cast<std::uint32_t>(c.te), c.skip);
    a.value = c.v;
    for (std::size_t k = c.tb; k < c.te; ++k) used[k] = true;
    out.push_back(std::move(a));
    i = c.te - 1;
  }
  find_dual_nouns(d, used, out);
}

}  // namespace isnad::analysis
