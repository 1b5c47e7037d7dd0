// claim_values.cpp — claim reading, values: the dates, counts and durations a claim states, as
// Values a relation compares and as value terms for similarity. Internal to core/xref.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>
#include <unordered_set>

#include "claim_features.h"
#include "relation_rules.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::xref::detail {
namespace {

using analysis::AnchorType;

// How finely a count is written: the step of its last digit, times the multiplier after it ("11.5
// مليار" → 0.1 × 10⁹, "3.71%" → 0.01, "2500" → 1, "12.500 جندي" read as 12,500 → 1), or 0 when
// it is written in words.
double written_resolution(const std::string& anchor_text, double value) {
  const std::u32string t = text::decode_utf8(anchor_text).text;
  auto digit = [](char32_t c) -> int {
    if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
    if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
    return -1;
  };
  std::size_t i = 0;
  while (i < t.size() && digit(t[i]) < 0) ++i;
  double literal = 0;
  int decimals = -1;   // digits after the decimal point, -1 before one
  for (; i < t.size(); ++i) {
    const int d = digit(t[i]);
    if (d >= 0) {
      literal = literal * 10 + d;
      if (decimals >= 0) ++decimals;
    } else if ((t[i] == U'.' || t[i] == U'\u066B') && decimals < 0 && i + 1 < t.size() && digit(t[i + 1]) >= 0) {
      decimals = 0;
    } else if ((t[i] == U',' || t[i] == U'\u066C') && i + 1 < t.size() && digit(t[i + 1]) >= 0) {
      continue;   // a thousands separator
    } else {
      break;
    }
  }
  if (literal <= 0 || value <= 0) return 0;
  const double step = std::pow(10.0, -std::max(decimals, 0));
  literal *= step;
  const double scale = value / literal;   // the multiplier after the digits (مليار), or 10ⁿ of a grouping dot
  const double p = std::round(std::log10(scale));
  if (std::fabs(std::log10(scale) - p) > 1e-6 || p < 0) return 0;   // not digits times a power of ten
  return step * std::pow(10.0, p);
}

// Where the lead-in of a reported statement ends: the first إن / أن after the claim's first
// attribution ("قالت الوزارة، شهر آب الماضي، إن …"), or 0 when there is none. A date before it is
// when the statement was made, not a value of what it states.
std::uint32_t lead_in_end(const ArticleText& article, const analysis::ArticleAnalysis& an, const analysis::Claim& cl) {
  std::uint32_t from = cl.end;
  for (auto i : cl.anchors)
    if (i < an.anchors.size() && an.anchors[i].type == AnchorType::attribution) from = std::min(from, std::max(an.anchors[i].start, cl.start));
  static const auto& complementisers = word_set("complementisers");
  const text::Normalized& norm = article.norm;
  for (std::size_t k = article.folded_at(from), end = article.folded_at(cl.end); k < end;) {
    if (!text::is_arabic_letter(norm.text[k])) { ++k; continue; }
    std::size_t e = k;
    while (e < end && text::is_arabic_letter(norm.text[e])) ++e;
    if (complementisers.count(norm.text.substr(k, e - k))) return norm.orig(k);
    k = e;
  }
  return 0;
}

// A date anchor's value: an absolute ISO date (a relative one is not comparable), its slot ("since"
// for the start of a period), whether its year was assumed, whether it is a day told from the
// article's own day.
bool read_date(const analysis::Anchor& an, const analysis::DateValue& v, std::uint32_t lead_in_end, Value& x) {
  const std::string& s = v.iso;
  if (s.size() < 4 || !std::isdigit(static_cast<unsigned char>(s[0]))) return false;   // relative: not comparable
  x.kind = Value::date; x.text = s.substr(0, s.find('/')); x.label = s;
  x.lead_in = an.end <= lead_in_end;
  if (v.qualifier == "since") x.slot = "since";
  x.year_assumed = v.year_assumed;
  // a whole day resolved from the article's date with no digit of its own: today, yesterday, a weekday
  if (x.text.size() == 10 && v.from_article_date) {
    const std::u32string said = folded(an.text);   // Arabic-Indic digits folded to ASCII
    x.deictic = std::none_of(said.begin(), said.end(), [](char32_t ch) { return text::is_digit(ch); });
  }
  return true;
}

// A duration anchor's value ("P2Y"); a vague one ("months", "P?M") is none.
bool read_duration(const analysis::DurationValue& v, Value& x) {
  x.kind = Value::duration; x.text = v.iso; x.label = x.text;
  return !v.vague();
}

// A figure's count: the range it allows (approximate ±20%, what rounds to it, a bound's open end).
void read_figure(const analysis::Anchor& an, const analysis::CountValue& v, const Options& opt, Value& x) {
  const double number = v.number;
  x.number = number;
  x.lo = x.hi = x.number;
  if (x.approx) { x.lo = x.number * opt.approx_low; x.hi = x.number * opt.approx_high; }
  // a figure stands for what rounds to it: "11.5 مليار" for 11.494 billion, "3.7%" for 3.71%
  const double r = 0.49 * written_resolution(an.text, x.number);
  x.lo = std::min(x.lo, x.number - r);
  x.hi = std::max(x.hi, x.number + r);
  // a bound is a range: "more than 25" and "at least 26" dead are compatible, "less than 10" and 12 are not
  const std::string& bound = v.qualifier;
  if (bound == "at least" || bound == "more than") x.hi = std::numeric_limits<double>::infinity();
  else if (bound == "less than" || bound == "at most") x.lo = 0;
  x.label = format_count(x.number);
  if (v.ambiguous) { x.ambiguous = true; x.hi = std::numeric_limits<double>::infinity(); x.label += "+"; }
}

// A quantity anchor's count of its unit: a figure, "all", or a vague amount with a range ("hundreds");
// "some", "several" and a quantity without a unit are none.
bool read_count(const analysis::Anchor& an, const analysis::CountValue& v, const Options& opt, Value& x) {
  x.kind = Value::count;
  x.text = v.unit;
  if (x.text.empty()) return false;
  x.approx = v.approx;
  if (v.vague.empty()) {
    read_figure(an, v, opt, x);
    return true;
  }
  if (v.vague == "all") { x.all = true; x.label = "all"; return true; }
  if (v.range_min <= 0) return false;   // "some", "several"
  x.lo = v.range_min;
  x.hi = v.range_max;
  x.number = (x.lo + x.hi) / 2; x.approx = true; x.label = v.vague;
  return true;
}

}  // namespace

std::vector<std::u32string> words_before(const ArticleText& article, std::size_t at, std::size_t chars) {
  const std::size_t from = at > chars ? at - chars : 0;
  return split_words(article.folded(static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(at)));
}

// A count as a difference shows it: rounded to a whole number, or in exponent form when it is not finite or too
// big for a long long (llround of a 22-digit figure gave an unspecified value: found by fuzz_analysis).
std::string format_count(double v) {
  std::ostringstream o;
  // a fraction keeps two decimals (1.2 and 1.28 per cent are two values, not both "1")
  if (std::isfinite(v) && std::fabs(v) < 1e15 && std::fabs(v - std::round(v)) < 0.005) o << static_cast<long long>(std::llround(v));
  else if (std::isfinite(v) && std::fabs(v) < 1e15) {
    o << std::fixed << std::setprecision(2) << v;
    std::string s = o.str();
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  } else o << v;
  return o.str();
}

std::vector<Value> values_of(const analysis::ArticleAnalysis& a, const analysis::Claim& c, std::uint32_t lead_in_end,
                             const Options& opt) {
  std::vector<Value> out;
  for (auto i : c.anchors) {
    if (i >= a.anchors.size()) continue;
    const auto& an = a.anchors[i];
    Value x;
    const auto* date = std::get_if<analysis::DateValue>(&an.value);
    const auto* duration = std::get_if<analysis::DurationValue>(&an.value);
    const auto* count = std::get_if<analysis::CountValue>(&an.value);
    const bool read = an.type == AnchorType::date && date           ? read_date(an, *date, lead_in_end, x)
                      : an.type == AnchorType::duration && duration ? read_duration(*duration, x)
                      : an.type == AnchorType::quantity && count && read_count(an, *count, opt, x);
    if (!read) continue;
    x.said = an.text;
    x.start = an.start;
    out.push_back(std::move(x));
  }
  return out;
}

void read_claim_values(const ArticleText& article, const analysis::ArticleAnalysis& an, const analysis::Claim& cl,
                       const Options& opt, ClaimFeatures& f) {
  // Values it states (those of a statement's lead-in are terms, not values to compare).
  f.values = values_of(an, cl, lead_in_end(article, an, cl), opt);
  for (const auto& v : f.values) {
    if (v.kind == Value::count && (v.all || v.approx)) continue;   // "hundreds", "all": not a precise key
    std::string key = v.kind == Value::count ? format_count(v.number) + ":" + v.text : v.text;
    f.terms[std::u32string(1, kValueTag) + text::decode_utf8(key).text] = 1;
    // A month date also names its year, more weakly: "2026-09" and "2026-12" are one slot's
    // candidates (and the pair a reader must see), "2026-09" and "2014" are not.
    if (v.kind == Value::date && v.text.size() > 4)
      f.terms[std::u32string(1, kValueTag) + text::decode_utf8(v.text.substr(0, 4)).text] += opt.year_weight;
  }
  f.values.erase(std::remove_if(f.values.begin(), f.values.end(), [](const Value& v) { return v.lead_in; }), f.values.end());
  // The rules' adjustments (a record's "since" as its own slot, a delivery month left out).
  apply_read_rules(article, f);
}

}  // namespace isnad::xref::detail
