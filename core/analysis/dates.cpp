// dates.cpp — dates and durations: month names (Egyptian/Gulf "سبتمبر" and Levantine/Iraqi
// "أيلول", alone or paired "سبتمبر/أيلول"), day numbers and ordinals, years, numeric dates
// (29/12/2011), relative expressions (العام المقبل، الشهر الجاري، أمس، يوم الجمعة، قبل شهرين) resolved
// against the article's date when it is known, and durations ("خلال العامين المقبلين", "6 أشهر").
// The preposition in front of a date is left out of its span and kept as "qualifier".
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "number_reader.h"
#include "recognizers.h"
#include "word_map.h"

namespace isnad::analysis {

namespace {

// A unit word's code (core: 'Y' 'M' 'W' 'D' 'H' 'X' 'm'; lower case the plural, 'n' months, 'i' minutes)
// as DurationValue::unit: upper case, minutes 'I' (never 'M', which is months).
char unit_of_code(char c) {
  if (c == 'm' || c == 'i') return 'I';
  if (c == 'n') return 'M';
  return static_cast<char>(c >= 'a' ? c - 32 : c);
}

// The ISO 8601 period of n units ("?" when unsaid): hours and minutes take a T ("PT6H", "PT5M").
std::string iso_period(int n, char unit) {
  const bool time = unit == 'H' || unit == 'I';
  return std::string(time ? "PT" : "P") + (n ? std::to_string(n) : "?") + (unit == 'I' ? 'M' : unit);
}


using text::fold_literal;

struct Words {
  WordMap<int> month;       // single-word month names
  WordMap<int> month_first; // "كانون", "تشرين": need the next word
  WordMap<int> day_ordinal; // السابع → 7
  WordMap<int> weekday;     // الجمعة → 5 (Monday = 1)
  WordMap<char> unit;       // time units → Y M W D H, plural marked by case
  WordMap<char> dual_unit;  // عامين → Y
  WordMap<int> rel_dir;     // الماضي -1, المقبل +1, الحالي 0 …
  WordMap<const char*> part; // نهاية → end, مطلع → start
  WordMap<const char*> qualifier; // في → in, بحلول → by
  WordMap<const char*> vague_rel; // مؤخرا → recently
  WordMap<int> numbered_by;       // قرار، المادة: the numbers after it are references, not years
  WordMap<int> year_word;         // عام، السنة: before a year
  WordMap<const char*> period;    // after a plural unit: الأخيرة → recent period, المقبلة → coming period
  WordMap<const char*> duration_lead; // خلال → within, منذ → for (ongoing)
};

// The tables of core/data/date_words.txt (what each holds is written there), folded.
const Words& words() {
  static const Words w = [] {
    Words w;
    auto fill = [](const char* table, auto& map, auto value_of) {
      for (const WordRow& row : word_table("date_words.txt", table))
        for (const auto& word : row.words) map[word] = value_of(row.value);
    };
    auto number = [](const std::string& v) { return std::atoi(v.c_str()); };
    auto code = [](const std::string& v) { return v.empty() ? '\0' : v[0]; };
    auto name = [](const std::string& v) { return v.c_str(); };   // the table lives as long as the program
    fill("month", w.month, number);
    fill("month_first", w.month_first, number);
    fill("day_ordinal", w.day_ordinal, number);
    fill("weekday", w.weekday, number);
    fill("unit", w.unit, code);
    fill("dual_unit", w.dual_unit, code);
    fill("rel_dir", w.rel_dir, number);
    fill("part", w.part, name);
    fill("qualifier", w.qualifier, name);
    fill("vague_rel", w.vague_rel, name);
    fill("numbered_by", w.numbered_by, number);
    fill("year_word", w.year_word, number);
    fill("period", w.period, name);
    fill("duration_lead", w.duration_lead, name);
    return w;
  }();
  return w;
}

template <class V>
const V* lookup(const WordMap<V>& m, std::u32string_view w) { return m.find(w); }

// Same, allowing a proclitic و/ف/ب/ل/ك, or و/ف then ب/ل/ك; *skip gets how many letters came off.
template <class V>
const V* lookup_clitic(const WordMap<V>& m, std::u32string_view w, std::uint32_t* skip) {
  *skip = 0;
  if (auto v = lookup(m, w)) return v;
  std::uint32_t one = 0, two = 0;
  const auto w1 = text::strip_proclitic(w, U"\u0648\u0641\u0628\u0644\u0643", 3, &one);   // و ف ب ل ك
  if (!one) return nullptr;
  if (auto v = lookup(m, w1)) { *skip = 1; return v; }
  // و or ف, then ب ل ك: "وبحلول", "ولشهر"
  const auto w2 = text::strip_proclitic(w1, U"\u0628\u0644\u0643", 3, &two);
  if (two && text::kConjunctions.find(w[0]) != std::u32string_view::npos)
    if (auto v = lookup(m, w2)) { *skip = 2; return v; }
  return nullptr;
}

int year_of(const Document& d, std::size_t i) {
  if (!d.is_number(i)) return 0;
  auto w = d.word(i);
  if (w.size() != 4) return 0;
  int y = 0;
  for (char32_t c : w) { if (c < '0' || c > '9') return 0; y = y * 10 + (c - '0'); }
  return (y >= 1800 && y <= 2100) || (y >= 1300 && y <= 1500) ? y : 0;   // Gregorian or Hijri years
}

int small_number(const Document& d, std::size_t i, int lo, int hi) {
  if (!d.is_number(i)) return 0;
  auto w = d.word(i);
  if (w.size() > 2) return 0;
  int v = 0;
  for (char32_t c : w) { if (c < '0' || c > '9') return 0; v = v * 10 + (c - '0'); }
  return v >= lo && v <= hi ? v : 0;
}

std::string iso(int y, int m = 0, int day = 0) {
  char b[32];
  if (day) std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, day);
  else if (m) std::snprintf(b, sizeof b, "%04d-%02d", y, m);
  else std::snprintf(b, sizeof b, "%04d", y);
  return b;
}

struct Found {
  std::uint32_t tb = 0, te = 0, skip = 0;
  AnchorType type = AnchorType::date;
  DateValue date;           // type date
  DurationValue duration;   // type duration
};

bool free_range(const std::vector<bool>& used, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) if (used[k]) return false;
  return true;
}

// A month name at i (one or two words), or 0; *len gets the word count.
int month_at(const Document& d, std::size_t i, std::uint32_t* len, std::uint32_t* skip) {
  const Words& W = words();
  if (!d.is_word(i)) return 0;
  if (auto m = lookup_clitic(W.month, d.word(i), skip)) { *len = 1; return *m; }
  if (auto m = lookup_clitic(W.month_first, d.word(i), skip)) {
    if (d.is_word(i + 1) && d.same_sentence(i, i + 1)) {
      auto nx = d.word(i + 1);
      if (nx == fold_literal(U"الثاني")) { *len = 2; return *m == 1 ? 1 : 11; }
      if (nx == fold_literal(U"الأول")) { *len = 2; return *m == 1 ? 12 : 10; }
    }
  }
  return 0;
}

// Date-context words that make an ambiguous month name (آب = "father", مارس = "practised") a month.
bool ambiguous_month(std::u32string_view w) { return w == fold_literal(U"آب") || w == fold_literal(U"مارس") || w == fold_literal(U"أيار"); }

class DateFinder {
 public:
  DateFinder(const Document& d, const DateContext& c) : d_(d), ctx_(c), W_(words()) {}

  bool at(std::size_t i, Found* f) {
    return numeric_date(i, f) || month_date(i, f) || year_date(i, f) || relative(i, f) || duration(i, f);
  }

 private:
  bool ok(std::size_t a, std::size_t b) const { return d_.same_sentence(a, b); }

  // 29/12/2011, "بتاريخ (24/8/1993)": the noun "بتاريخ" and the parentheses belong to the date
  bool numeric_date(std::size_t i, Found* f) {
    std::size_t k = i;
    if (d_.is_word(k) && (d_.word(k) == fold_literal(U"بتاريخ") || d_.word(k) == fold_literal(U"تاريخ"))) ++k;
    bool paren = d_.is_punct(k, '(');
    if (paren) ++k;
    int day = small_number(d_, k, 1, 31);
    if (!day || !d_.is_punct(k + 1, '/') || !ok(i, k + 4)) return false;
    int mon = small_number(d_, k + 2, 1, 12);
    if (!mon || !d_.is_punct(k + 3, '/')) return false;
    int y = year_of(d_, k + 4);
    if (!y) return false;
    std::size_t e = k + 5;
    if (paren) { if (!d_.is_punct(e, ')')) return false; ++e; }
    if (k == i + (paren ? 1 : 0) && paren) return false;   // "(d/m/y)" alone: the date is inside
    f->tb = static_cast<std::uint32_t>(i); f->te = static_cast<std::uint32_t>(e);
    f->date.iso = iso(y, mon, day);
    return true;
  }

  // [part] [day [من]] month [/ month] [من] [عام] [year | الماضي/المقبل…]
  bool month_date(std::size_t i, Found* f) {
    std::size_t k = i;
    const char* part = nullptr;
    std::uint32_t skip = 0, s2 = 0, len = 0;
    if (d_.is_word(k)) if (auto p = lookup_clitic(W_.part, d_.word(k), &s2)) { part = *p; ++k; }
    int day = small_number(d_, k, 1, 31);
    if (!day && d_.is_word(k)) if (auto o = lookup(W_.day_ordinal, d_.word(k))) day = *o;
    std::size_t mpos = k;
    if (day) {
      mpos = k + 1;
      if (d_.is_word(mpos) && d_.word(mpos) == fold_literal(U"من")) ++mpos;
    } else if (d_.is_word(k) && (d_.word(k) == fold_literal(U"شهر") || d_.word(k) == fold_literal(U"شهري"))) {
      mpos = k + 1;
    }
    if (!ok(i, mpos)) return false;
    int mon = month_at(d_, mpos, &len, &skip);
    if (!mon) return false;
    if (mpos != i) skip = part ? s2 : 0;
    std::size_t e = mpos + len;
    const bool paired = month_pair(i, mon, &e);
    int dir = 2;
    const int year = month_year(i, &e, &dir);
    // an ambiguous month name alone needs some date context
    if (!day && !year && !paired && dir == 2 && mpos == i && ambiguous_month(d_.word(mpos).substr(skip))) return false;
    f->tb = static_cast<std::uint32_t>(i);
    f->te = static_cast<std::uint32_t>(e);
    f->skip = skip;
    f->date = month_value(year, mon, day, dir, part);
    return true;
  }

  // A second name of the month that ends at *e: "سبتمبر/أيلول", "ايلول/ سبتمبر", "يناير / (كانون
  // الثاني", or the same month under its other name, as Reuters writes it: "فبراير شباط 2010", "مارس
  // آذار". True when one followed (*e moves past it).
  bool month_pair(std::size_t i, int mon, std::size_t* e) {
    const std::size_t p = *e;
    if (d_.is_punct(p, '/') || d_.is_punct(p, '-')) {
      std::size_t q = p + 1;
      if (d_.is_punct(q, '(')) ++q;
      std::uint32_t l2 = 0, sk = 0;
      if (ok(i, q) && month_at(d_, q, &l2, &sk)) { *e = q + l2; return true; }
    } else if (d_.is_punct(p, '(')) {
      std::uint32_t l2 = 0, sk = 0;
      if (ok(i, p + 1) && month_at(d_, p + 1, &l2, &sk) && d_.is_punct(p + 1 + l2, ')')) { *e = p + 2 + l2; return true; }
    } else {
      std::uint32_t l2 = 0, sk = 1;
      if (ok(i, p) && month_at(d_, p, &l2, &sk) == mon && sk == 0) { *e = p + l2; return true; }
    }
    return false;
  }

  // The year after a month that ends at *e, possibly after "من عام", "عام", "سنة", "(" — or a relative
  // word (*dir: 0 this, 1 next, -1 last, 2 none); 0 when none. *e moves past what was read.
  int month_year(std::size_t i, std::size_t* end, int* dir) {
    std::size_t e = *end;
    std::size_t y = e;
    if (d_.is_word(y) && d_.word(y) == fold_literal(U"من")) ++y;
    if (d_.is_word(y) && (d_.word(y) == fold_literal(U"عام") || d_.word(y) == fold_literal(U"العام") || d_.word(y) == fold_literal(U"سنة"))) ++y;
    bool paren = d_.is_punct(y, '(');
    if (paren) ++y;
    int year = ok(i, y) ? year_of(d_, y) : 0;
    if (year) {
      e = y + 1 + (paren && d_.is_punct(y + 1, ')') ? 1 : 0);
    } else if (d_.is_word(e) && ok(i, e)) {
      if (auto r = lookup(W_.rel_dir, d_.word(e))) { *dir = *r; ++e; }
      // the first of two months told together: "بين ديسمبر ويناير المقبلين" (next December and January)
      std::uint32_t l3 = 0, s3 = 0;
      if (*dir == 2 && month_at(d_, e, &l3, &s3) && s3 > 0 && d_.is_word(e + l3) && ok(i, e + l3)) {
        const auto nx = d_.word(e + l3);
        if (nx == fold_literal(U"المقبلين") || nx == fold_literal(U"القادمين")) *dir = 1;
        else if (nx == fold_literal(U"الماضيين")) *dir = -1;
      }
    }
    if (!year && *dir == 2) {   // "من هذا العام", "من العام الماضي"
      std::size_t z = e;
      if (d_.is_word(z) && d_.word(z) == fold_literal(U"من")) ++z;
      int rel_year = 0;
      std::size_t ze = 0;
      if (relative_year(z, &rel_year, &ze) && ok(i, ze - 1)) { year = rel_year; e = ze; }
    }
    *end = e;
    return year;
  }

  // A month date's value: ISO when the year is known or the article's date resolves it, else relative.
  DateValue month_value(int year, int mon, int day, int dir, const char* part) const {
    DateValue v;
    if (!year && ctx_.known()) {
      if (dir == 0) year = ctx_.year;
      else if (dir == 1) year = mon > ctx_.month ? ctx_.year : ctx_.year + 1;
      else if (dir == -1) year = mon < ctx_.month ? ctx_.year : ctx_.year - 1;
      else {
        year = mon <= ctx_.month ? ctx_.year : ctx_.year - 1;   // a bare month: the latest one
        v.year_assumed = true;                                  // "26 فبراير" may be the next one
      }
      v.from_article_date = true;
    }
    if (year) {
      v.iso = day ? iso(year, mon, day) : iso(year, mon);
    } else {
      v.relative = dir == 1 ? "next month-name" : dir == -1 ? "last month-name" : "month-name";
      v.named_period = true;
      v.month = mon;
    }
    if (part) v.part = part;
    return v;
  }

  // "هذا العام", "العام الماضي", "العام المقبل", "العام الحالي": *year resolved (0 when unknown)
  bool relative_year(std::size_t i, int* year, std::size_t* end) {
    std::size_t k = i;
    bool this_ = d_.is_word(k) && (d_.word(k) == fold_literal(U"هذا") || d_.word(k) == fold_literal(U"هذه"));
    if (this_) ++k;
    if (!d_.is_word(k)) return false;
    auto w = d_.word(k);
    if (w != fold_literal(U"العام") && w != fold_literal(U"السنة")) return false;
    int dir;
    if (this_) { dir = 0; *end = k + 1; }
    else if (d_.is_word(k + 1) && lookup(W_.rel_dir, d_.word(k + 1))) { dir = *lookup(W_.rel_dir, d_.word(k + 1)); *end = k + 2; }
    else return false;
    *year = ctx_.known() ? ctx_.year + dir : 0;
    return ctx_.known();
  }

  // "عام 2014", "العام 2014", "سنة (1935) م", "2014" after a preposition or alone
  // Whether the number at k names something numbered: "القرار 1803", "القرارات 1696 و1737 و1803"
  // (resolutions, articles, numbers), looking back over the list it is in.
  bool numbered_before(std::size_t k) const {
    for (std::size_t j = k, steps = 0; j > 0 && steps < 16; ++steps) {
      --j;
      if (d_.is_number(j) || d_.is_punct(j, ',') || d_.is_punct(j, U'\u060C')) continue;
      if (!d_.is_word(j) || !d_.same_sentence(j, k)) return false;
      const auto w = d_.word(j);
      if (w == fold_literal(U"و")) continue;
      return lookup(W_.numbered_by, w) != nullptr;
    }
    return false;
  }

  bool year_date(std::size_t i, Found* f) {
    std::size_t k = i;
    const char* part = nullptr;
    std::uint32_t skip = 0, s2 = 0;
    if (d_.is_word(k)) if (auto p = lookup_clitic(W_.part, d_.word(k), &s2)) { part = *p; ++k; skip = s2; }
    bool lead = false;
    if (d_.is_word(k)) {
      std::uint32_t s3 = 0;
      auto w = d_.word(k);
      const std::u32string_view ws = text::strip_proclitic(w, text::kProclitics, 3, &s3);
      const bool as_written = lookup(W_.year_word, w) != nullptr;
      lead = as_written || lookup(W_.year_word, ws);
      if (lead && k == i) skip = as_written ? 0 : s3;
      if (lead) ++k;
    }
    bool paren = d_.is_punct(k, '(');
    if (paren && !lead && !part) return false;   // "( 1948 )" alone: the year inside is the date
    if (paren) ++k;
    int y = year_of(d_, k);
    if (!y || !ok(i, k)) return false;
    if (part && !lead && k != i + 1) return false;
    std::size_t e = k + 1;
    if (paren && d_.is_punct(e, ')')) ++e;
    if (d_.is_word(e) && (d_.word(e) == U"م" || d_.word(e) == U"ه" || d_.word(e) == fold_literal(U"هجري") || d_.word(e) == fold_literal(U"ميلادي"))) ++e;
    if (!lead && !part) {
      // a bare four-digit number is a year unless it counts something ("2500 جندي" is not 2500 AD)
      if (d_.is_word(k + 1) && ok(k, k + 1) && !Lexicon::get().word_clitics(d_.word(k + 1), kStopword) &&
          Lexicon::get().word_clitics(d_.word(k + 1), kCountedNoun))
        return false;
      if (y > 2100 || y < 1800) return false;
      if (numbered_before(k)) return false;
    }
    // "عامي 2023 و2024" — keep it simple: the first year
    f->tb = static_cast<std::uint32_t>(i);
    f->te = static_cast<std::uint32_t>(e);
    f->skip = skip;
    f->date.iso = part ? iso(y, std::strcmp(part, "end") == 0 ? 12 : std::strcmp(part, "start") == 0 ? 1 : 6) : iso(y);
    if (part) f->date.part = part;
    return true;
  }

  bool relative(std::size_t i, Found* f) {
    if (!d_.is_word(i)) return false;
    bool part = false;
    if (relative_unit(i, f, &part)) return true;
    if (part) return false;
    return named_day(i, f) || ago(i, f) || relative_word(i, f) || recent_period(i, f) || near_future(i, f);
  }

  // "هذا العام/الشهر/الأسبوع", "العام/الشهر الماضي …", after a part word or not ("أواخر العام الماضي");
  // *has_part: whether a part word stood at i.
  bool relative_unit(std::size_t i, Found* f, bool* has_part) {
    std::uint32_t skip = 0;
    auto w = d_.word(i);
    std::size_t k = i;
    const char* part = nullptr;
    if (auto p = lookup_clitic(W_.part, w, &skip)) { part = *p; ++k; }
    else skip = 0;
    *has_part = part != nullptr;
    bool this_ = d_.is_word(k) && (d_.word(k) == fold_literal(U"هذا") || d_.word(k) == fold_literal(U"هذه"));
    std::size_t u = this_ ? k + 1 : k;
    if (!d_.is_word(u) || !ok(i, u)) return false;
    auto uw = d_.word(u);
    std::uint32_t us = 0;
    const char* unit = nullptr;
    if (auto c = lookup_clitic(W_.unit, uw, &us)) {
      if (*c == 'Y' || *c == 'M' || *c == 'W') unit = *c == 'Y' ? "year" : *c == 'M' ? "month" : "week";
    }
    if (unit && (uw.size() - us > 2) && uw.substr(us, 2) == U"ال" && !this_) {
      if (d_.is_word(u + 1) && ok(i, u + 1)) {
        if (auto r = lookup(W_.rel_dir, d_.word(u + 1))) {
          return rel_unit(i, u + 2, unit, *r, part, k == i ? us : skip, f);
        }
      }
    } else if (unit && this_) {
      return rel_unit(i, u + 1, unit, 0, part, skip, f);
    }
    return false;
  }

  // "يوم الجمعة", "اليوم السبت", "الجمعة الماضي"
  bool named_day(std::size_t i, Found* f) {
    auto w = d_.word(i);
    std::uint32_t s1 = 0;
    if (w.substr(0) == fold_literal(U"يوم") || w == fold_literal(U"اليوم") || (w.size() > 3 && (w.substr(1) == fold_literal(U"يوم") || w.substr(1) == fold_literal(U"اليوم")) && (s1 = 1))) {
      if (d_.is_word(i + 1) && ok(i, i + 1)) if (auto wd = lookup(W_.weekday, d_.word(i + 1))) {
        f->tb = i; f->te = i + 2; f->skip = s1;
        f->date = weekday_value(*wd);
        return true;
      }
    }
    return false;
  }

  // "قبل أسابيع", "قبل شهرين", "قبل 3 أيام", "منذ يومين" (منذ + count is a duration; قبل is a date)
  bool ago(std::size_t i, Found* f) {
    if (d_.word(i) != fold_literal(U"قبل") || !ok(i, i + 1)) return false;
    std::size_t q = i + 1;
    NumberRead nr;
    int n = 0;
    if (read_number(d_, q, &nr) && !nr.vague && !nr.dual && nr.value >= 0 && nr.value < 1e6) { n = static_cast<int>(nr.value); q += nr.words; }
    if (!d_.is_word(q) || !ok(i, q)) return false;
    char c = 0;
    if (auto du = lookup(W_.dual_unit, d_.word(q))) { c = *du; n = 2; }
    else if (auto un = lookup(W_.unit, d_.word(q))) c = *un;
    if (!c) return false;
    const char U = unit_of_code(c);
    f->tb = i; f->te = q + 1;
    f->date.relative = "-" + iso_period(U == 'X' ? n * 10 : n, U == 'X' ? 'Y' : U);
    return true;
  }

  // single words: مؤخرا، الآن، لاحقا، أمس، غدا، اليوم
  bool relative_word(std::size_t i, Found* f) {
    std::uint32_t skip = 0;
    auto v = lookup_clitic(W_.vague_rel, d_.word(i), &skip);
    if (!v) return false;
    f->tb = i; f->te = i + 1; f->skip = skip;
    f->date.relative = *v;
    if (ctx_.known()) {
      int off = std::strcmp(*v, "yesterday") == 0 ? -1 : std::strcmp(*v, "tomorrow") == 0 ? 1 :
                std::strcmp(*v, "today") == 0 ? 0 : 99;
      if (off != 99) f->date = resolved_day(off);
    }
    return true;
  }

  // "الأشهر الأخيرة", "السنوات الماضية", "الأيام الأخيرة"
  bool recent_period(std::size_t i, Found* f) {
    auto w = d_.word(i);
    std::uint32_t s4 = 0;
    auto c = lookup_clitic(W_.unit, w, &s4);
    if (!c || !(w.size() > s4 + 2 && w.substr(s4, 2) == U"ال" && *c >= 'a' && d_.is_word(i + 1) && ok(i, i + 1))) return false;
    auto nx = d_.word(i + 1);
    if (auto period = lookup(W_.period, nx)) {
      f->tb = i; f->te = i + 2; f->skip = s4;
      f->date.relative = *period;
      return true;
    }
    return false;
  }

  // "المستقبل القريب"
  bool near_future(std::size_t i, Found* f) {
    auto w = d_.word(i);
    std::uint32_t s5 = 0;
    const auto wl = text::strip_proclitic(w, text::kConjunctions, 4, &s5);
    if (wl == fold_literal(U"المستقبل") && d_.is_word(i + 1) && d_.word(i + 1) == fold_literal(U"القريب")) {
      f->tb = i; f->te = i + 2; f->skip = s5;
      f->date.relative = "near future";
      return true;
    }
    return false;
  }

  bool rel_unit(std::size_t i, std::size_t e, const char* unit, int dir, const char* part, std::uint32_t skip, Found* f) {
    f->tb = static_cast<std::uint32_t>(i);
    f->te = static_cast<std::uint32_t>(e);
    f->skip = skip;
    DateValue& v = f->date;
    if (ctx_.known() && std::strcmp(unit, "week") != 0) {
      if (!std::strcmp(unit, "year")) {
        int y = ctx_.year + dir;
        v.iso = part ? iso(y, !std::strcmp(part, "end") ? 12 : !std::strcmp(part, "start") ? 1 : 6) : iso(y);
      } else {
        int m = ctx_.month + dir, y = ctx_.year;
        if (m < 1) { m += 12; --y; }
        if (m > 12) { m -= 12; ++y; }
        v.iso = iso(y, m);
      }
      v.from_article_date = true;
    } else {
      v.relative = std::string(dir < 0 ? "last " : dir > 0 ? "next " : "this ") + unit;
      v.named_period = true;
    }
    if (part) v.part = part;
    return true;
  }

  DateValue weekday_value(int wd) {
    if (!ctx_.known()) {
      DateValue v;
      v.relative = "weekday";
      v.weekday = wd;
      return v;
    }
    // the latest such weekday on or before the article's date (news reports what happened)
    int dow = day_of_week(ctx_.year, ctx_.month, ctx_.day);
    int back = (dow - wd + 7) % 7;
    return resolved_day(-back);
  }

  // The day `off` days from the article's.
  DateValue resolved_day(int off) {
    DateValue v;
    v.iso = shift_day(off);
    v.from_article_date = true;
    return v;
  }

  static int day_of_week(int y, int m, int d) {   // Monday = 1 … Sunday = 7 (Sakamoto)
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;   // 0 = Sunday
    return w == 0 ? 7 : w;
  }

  std::string shift_day(int off) {
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = ctx_.year, m = ctx_.month, d = ctx_.day + off;
    auto mdays = [&](int yy, int mm) { return md[mm - 1] + (mm == 2 && ((yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0)); };
    while (d < 1) { if (--m < 1) { m = 12; --y; } d += mdays(y, m); }
    while (d > mdays(y, m)) { d -= mdays(y, m); if (++m > 12) { m = 1; ++y; } }
    return iso(y, m, d);
  }

  // durations: [خلال|على مدى|منذ|أكثر من|لمدة] (number + unit | dual unit | plural unit) [المقبلة/الماضية…]
  bool duration(std::size_t i, Found* f) {
    std::size_t k = i;
    std::string qual;
    std::uint32_t skip = 0;
    auto w = d_.is_word(k) ? d_.word(k) : std::u32string_view();
    std::uint32_t s0 = 0;
    const std::u32string_view ws = text::strip_proclitic(w, text::kConjunctions, 3, &s0);
    if (auto lead = lookup(W_.duration_lead, ws)) {
      qual = *lead; ++k; skip = s0;
    } else if ((ws == fold_literal(U"على") && d_.is_word(k + 1) && d_.word(k + 1) == fold_literal(U"مدى")) ||
               ((ws == fold_literal(U"أكثر") || ws == fold_literal(U"أقل")) && d_.is_word(k + 1) && d_.word(k + 1) == fold_literal(U"من"))) {
      qual = ws == fold_literal(U"على") ? "over" : ws == fold_literal(U"أكثر") ? "more than" : "less than"; k += 2; skip = s0;
    }
    if (!ok(i, k)) return false;
    int n = 0;
    NumberRead nr;
    std::size_t u = k;
    if (read_number(d_, k, &nr) && !nr.vague && !nr.dual && nr.value < 1000) { n = static_cast<int>(nr.value); u = k + nr.words; }
    if (!d_.is_word(u) || !ok(i, u)) return false;
    std::uint32_t us = 0;
    char c = 0;
    if (auto du = lookup_clitic(W_.dual_unit, d_.word(u), &us)) { c = *du; if (n) return false; n = 2; }
    else if (auto un = lookup_clitic(W_.unit, d_.word(u), &us)) {
      c = *un;
      if (!n) {
        // a bare unit: only plurals ("أشهر", "منذ شهور") are durations; "العام" alone is not
        if (c < 'a' || d_.word(u).substr(us, 2) == U"ال") return false;
      }
    }
    if (!c) return false;
    if (u == i) skip = us;
    const char U = unit_of_code(c);
    std::size_t e = u + 1;
    if (d_.is_word(e) && ok(i, e) && lookup(W_.rel_dir, d_.word(e))) ++e;
    else if (d_.is_word(e) && ok(i, e) && (d_.word(e) == fold_literal(U"الأخيرة") || d_.word(e) == fold_literal(U"الأخيرين"))) ++e;
    else if (d_.is_word(e) && ok(i, e) && (d_.word(e) == fold_literal(U"المقبلين") || d_.word(e) == fold_literal(U"الماضيين"))) ++e;
    f->tb = static_cast<std::uint32_t>(i);
    f->te = static_cast<std::uint32_t>(e);
    f->skip = skip;
    f->type = AnchorType::duration;
    DurationValue& v = f->duration;
    v.iso = U == 'X' ? iso_period(n * 10, 'Y') : iso_period(n, U);
    v.amount = U == 'X' ? n * 10 : n;
    v.unit = U == 'X' ? 'Y' : U;
    v.qualifier = qual;
    return true;
  }

  const Document& d_;
  const DateContext& ctx_;
  const Words& W_;
};

}  // namespace

DateContext parse_date_context(const std::optional<std::string>& iso_date) {
  DateContext c;
  if (!iso_date || iso_date->size() < 10) return c;
  const std::string& s = *iso_date;
  c.year = std::atoi(s.substr(0, 4).c_str());
  c.month = std::atoi(s.substr(5, 2).c_str());
  c.day = std::atoi(s.substr(8, 2).c_str());
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) c = DateContext{};
  return c;
}

namespace {

// The year of an ISO-like value ("2025-09" → 2025), or 0.
int year_in(const DateValue& v) {
  if (v.iso.size() < 4 || !std::isdigit(static_cast<unsigned char>(v.iso[0]))) return 0;
  return std::atoi(v.iso.substr(0, 4).c_str());
}

// "بعد عام آخر" (after another year): one more year after the date the text gave last. Returns the
// tokens it covers from i (0 when it is not there).
std::size_t another_year(const Document& d, std::size_t i) {
  if (i == 0 || !d.is_word(i - 1) || !d.is_word(i) || !d.is_word(i + 1) || !d.same_sentence(i - 1, i + 1)) return 0;
  const auto w = d.word(i), n = d.word(i + 1);
  const bool unit = w == fold_literal(U"عام") || w == fold_literal(U"سنة");
  const bool another = n == fold_literal(U"آخر") || n == fold_literal(U"أخرى");
  return unit && another && d.word(i - 1) == fold_literal(U"بعد") ? 2 : 0;
}

}  // namespace

void find_dates(const Document& d, const DateContext& ctx, std::vector<bool>& used, std::vector<Anchor>& out) {
  const Words& W = words();
  DateFinder finder(d, ctx);
  // The last absolute date the text gave: "the following year" and "another year" count from it,
  // not from the publication date ("by September 2025 … and the rest by the end of the following
  // year" is 2026).
  std::string last_date;
  for (std::size_t i = 0; i < d.size();) {
    if (std::size_t n = !last_date.empty() && !used[i] ? another_year(d, i) : 0; n && free_range(used, i, i + n)) {
      Anchor a = make_anchor(d, AnchorType::date, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + n), 0);
      DateValue v;
      v.iso = std::to_string(std::atoi(last_date.c_str()) + 1) + last_date.substr(4);
      v.from_article_date = true;
      v.offset = "+P1Y";
      v.qualifier = "after";
      a.value = v;
      for (std::size_t k = i; k < i + n; ++k) used[k] = true;
      out.push_back(std::move(a));
      i += n;
      continue;
    }
    Found f;
    if (used[i] || !finder.at(i, &f) || !free_range(used, f.tb, f.te)) { ++i; continue; }
    Anchor a = make_anchor(d, f.type, f.tb, f.te, f.skip);
    if (f.type == AnchorType::duration) a.value = f.duration;
    else {
      DateValue& v = f.date;
      // the preposition in front, kept as the qualifier (dates only; durations keep theirs in the span)
      if (f.tb > 0 && d.is_word(f.tb - 1) && d.same_sentence(f.tb - 1, f.tb)) {
        std::uint32_t s = 0;
        if (auto q = lookup_clitic(W.qualifier, d.word(f.tb - 1), &s)) v.qualifier = *q;
      }
      bool following = false;
      for (std::size_t k = f.tb; k < f.te; ++k)
        following |= d.is_word(k) && (d.word(k) == fold_literal(U"التالي") || d.word(k) == fold_literal(U"التالية"));
      if (following && !last_date.empty() && year_in(v)) {
        v.iso = std::to_string(std::atoi(last_date.c_str()) + 1) + v.iso.substr(4);
        v.from_article_date = true;
      }
      if (year_in(v)) last_date = v.iso;
      a.value = v;
    }
    for (std::size_t k = f.tb; k < f.te; ++k) used[k] = true;
    out.push_back(std::move(a));
    i = f.te;
  }
}

}  // namespace isnad::analysis
