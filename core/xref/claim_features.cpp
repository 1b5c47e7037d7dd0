#include "claim_features.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>
#include <unordered_set>

#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/sources.h"

namespace isnad::xref::detail {
namespace {

using analysis::AnchorType;

std::u32string folded(const std::string& utf8) { return text::fold(text::decode_utf8(utf8).text); }

// "concept|word|word…" files by light stem, and by the folded word as written (verb forms the
// stemmer keeps).
std::unordered_map<std::u32string, std::u32string> concept_map(const char* file) {
    std::unordered_map<std::u32string, std::u32string> m;
    for_each_data_line(file, [&](const std::vector<std::string>& p) {
      const std::u32string id = std::u32string(1, kConceptTag) + text::decode_utf8(p[0]).text;
      for (std::size_t i = 1; i < p.size(); ++i) {
        if (p[i][0] == '!') {   // "!بيانات": a form that is not the concept (data, not a statement)
          m[folded(p[i].substr(1))] = std::u32string();
          continue;
        }
        const std::u32string w = folded(p[i]);
        m.emplace(w, id);
        m.emplace(std::u32string(text::light_stem(w)), id);
      }
    });
    return m;
}

// The alif of an indefinite accusative (اتفاقاً، انسحاباً، هجوماً, written with or without its
// tanween) is no part of the word: "اتفاقا" is "اتفاق". Not after ا ه ن و ي ء, where a final alif is
// mostly a suffix of its own (عنها، توصلنا، قالوا) or the word's (رسميا، سوريا، أنباء).
void drop_accusative_alif(std::u32string& w) {
  if (w.size() < 5 || w.back() != U'\u0627') return;
  const char32_t before = w[w.size() - 2];
  if (std::u32string_view(U"\u0627\u0647\u0646\u0648\u064A\u0621\u0649").find(before) != std::u32string_view::npos) return;
  w.pop_back();
}

// Event concepts: words that make two claims alike (انسحاب = رحيل).
const std::unordered_map<std::u32string, std::u32string>& concepts() {
  static const auto map = concept_map("concepts.txt");
  return map;
}

// Polar concepts: words with an opposite (فاز / خسر), for telling opposite sides apart only.
const std::unordered_map<std::u32string, std::u32string>& polar_words() {
  static const auto map = concept_map("polar_words.txt");
  return map;
}

// Capital → country, both folded: "Baghdad and Washington agreed" states what "Iraq and the US agreed" does.
const std::unordered_map<std::u32string, std::u32string>& metonyms() {
  static const auto map = [] {
    std::unordered_map<std::u32string, std::u32string> m;
    for_each_data_line("metonyms.txt", [&](const std::vector<std::string>& p) {
      for (std::size_t i = 1; i < p.size(); ++i) m.emplace(folded(p[i]), folded(p[0]));
    });
    return m;
  }();
  return map;
}

// Words that negate the event word after them: "لم تتوقف", "ليس انسحابا", "عدم الانسحاب".
bool is_negation(const std::u32string& w) {
  static const std::unordered_set<std::u32string> n = [] {
    std::unordered_set<std::u32string> s;
    for (const char32_t* x : {U"لم", U"لن", U"لا", U"ليس", U"ليست", U"غير", U"عدم", U"دون", U"بدون", U"وليس", U"ولم", U"ولا", U"ولن",
                              U"كيلا", U"لكيلا", U"لئلا"})
      s.insert(text::fold(x));
    return s;
  }();
  return n.count(w) > 0;
}

// A set of words, folded (written as usual in the source).
std::unordered_set<std::u32string> folded_set(std::initializer_list<const char32_t*> words) {
  std::unordered_set<std::u32string> s;
  for (const char32_t* x : words) s.insert(text::fold(x));
  return s;
}

// Words that put the event after them still to come ("يحتاج إلى الموافقة", "ينتظر موافقة") or
// already done ("حاز على موافقة", "تمت الموافقة").
bool status_word(const std::u32string& w, bool pending) {
  static const auto awaiting = folded_set({U"يحتاج", U"تحتاج", U"يحتاجان", U"ينتظر", U"تنتظر", U"بانتظار", U"انتظار",
                                            U"يتطلب", U"تتطلب", U"مرهون", U"مرهونة", U"رهن"});
  static const auto done = folded_set({U"حاز", U"حازت", U"حصل", U"حصلت", U"نال", U"نالت", U"تم", U"تمت"});
  const auto& set = pending ? awaiting : done;
  return set.count(w) > 0 || (w.size() > 3 && w[0] == U'\u0648' && set.count(w.substr(1)) > 0);   // وحاز
}

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

// The time of day a claim gives ("بحلول الساعة 1045 بتوقيت جرينتش", "الساعة 05:47", "الساعة 15ر05"
// as the Saudi Press Agency writes 05:15), in minutes, or -1: prices "at 05:15" and "at 10:45" are two
// moments, not two accounts of one.
int time_of_day(std::u32string_view folded_text) {
  static const std::u32string hour_word = text::fold(U"الساعة");
  if (folded_text.find(hour_word) == std::u32string_view::npos) return -1;   // most claims: no word list to build
  const auto words = words_of(folded_text);
  auto digits_only = [](const std::u32string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  };
  auto number = [](const std::u32string& w) { int v = 0; for (char32_t c : w) v = v * 10 + static_cast<int>(c - U'0'); return v; };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] != hour_word) continue;
    const std::u32string& w = words[i + 1];
    int hour = -1, minute = 0;
    if (const std::size_t r = w.find(U'\u0631'); r != std::u32string::npos && r > 0 && digits_only(w.substr(0, r)) && digits_only(w.substr(r + 1))) {
      hour = number(w.substr(r + 1));   // "15ر05": minutes first
      minute = number(w.substr(0, r));
    } else if (digits_only(w) && w.size() >= 3 && w.size() <= 4) {
      hour = number(w.substr(0, w.size() - 2));
      minute = number(w.substr(w.size() - 2));
    } else if (digits_only(w) && w.size() <= 2) {
      hour = number(w);
      if (i + 2 < words.size() && digits_only(words[i + 2]) && words[i + 2].size() == 2) minute = number(words[i + 2]);
    }
    if (hour >= 0 && hour < 24 && minute < 60) return hour * 60 + minute;
  }
  return -1;
}

// What stands for a claim's attribution phrase, left out of its words (a private-use code point:
// no letter, so a word boundary, and no text's own).
constexpr char32_t kLeftOut = U'\uE000';

// Function words that carry no fact (folded), on top of the gazetteer's stopwords.
bool is_function_word(const std::u32string& w) {
  static const std::unordered_set<std::u32string> s = [] {
    std::unordered_set<std::u32string> out;
    for (const char32_t* x : {U"في", U"من", U"علي", U"الي", U"عن", U"ان", U"او", U"ثم", U"قد", U"ما", U"هذا", U"هذه", U"ذلك",
                              U"تلك", U"التي", U"الذي", U"الذين", U"كان", U"كانت", U"مع", U"بين", U"حتي", U"منذ", U"بعد",
                              U"قبل", U"عند", U"كما", U"اي", U"كل", U"بعض", U"هو", U"هي", U"هم", U"انه", U"انها", U"لكن",
                              U"حيث", U"وقد", U"قال", U"قالت", U"اليوم", U"يوم", U"ايضا", U"نحو", U"خلال", U"وفق", U"وفقا",
                              U"بحسب", U"حسب", U"اضاف", U"واضاف", U"اكد", U"واكد", U"مشيرا", U"ذكر", U"ذكرت", U"نقلت", U"ونقلت"})
      out.insert(text::fold(x));
    return out;
  }();
  return s.count(w) > 0;
}

// A count for a note: rounded to a whole number, or in exponent form when it is not finite or too
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

// Where the lead-in of a reported statement ends: the first إن / أن after the claim's first
// attribution ("قالت الوزارة، شهر آب الماضي، إن …"), or 0 when there is none. A date before it is
// when the statement was made, not a value of what it states.
std::uint32_t lead_in_end(const corpus::Article& article, const analysis::ArticleAnalysis& an, const analysis::Claim& cl) {
  std::uint32_t from = cl.end;
  for (auto i : cl.anchors)
    if (i < an.anchors.size() && an.anchors[i].type == AnchorType::attribution) from = std::min(from, std::max(an.anchors[i].start, cl.start));
  static const std::unordered_set<std::u32string> complementisers = [] {
    std::unordered_set<std::u32string> out;
    for (const char32_t* x : {U"إن", U"أن", U"بأن", U"إنه", U"أنه", U"إنها", U"أنها"}) out.insert(text::fold(x));
    return out;
  }();
  const std::u32string& t = article.text;
  auto letter = [](char32_t c) { const char32_t f = text::fold_code_point(c); return f != 0 && text::is_arabic_letter(f); };
  for (std::uint32_t k = from; k < cl.end && k < t.size();) {
    if (!letter(t[k])) { ++k; continue; }
    std::uint32_t e = k;
    while (e < cl.end && e < t.size() && (letter(t[e]) || (t[e] >= 0x064B && t[e] <= 0x0652))) ++e;
    if (complementisers.count(text::fold(std::u32string_view(t).substr(k, e - k)))) return k;
    k = e;
  }
  return 0;
}

// The folded words of the `chars` characters before `at`.
std::vector<std::u32string> words_before(std::u32string_view text, std::size_t at, std::size_t chars) {
  const std::size_t from = at > chars ? at - chars : 0;
  return words_of(text.substr(from, at - from));
}

// A figure told as risen or fallen ("ارتفعت الحصيلة إلى 22").
bool is_moving(const ClaimFeatures& f) {
  static const std::u32string rise = std::u32string(1, kConceptTag) + U"rise", fall = std::u32string(1, kConceptTag) + U"fall";
  return f.concepts.count(rise) || f.concepts.count(fall);
}

// A price's move in a market: a rise or fall, and a word of trading (a barrel, an ounce, cents,
// contracts, trading sessions, an index's points).
bool is_quote(const ClaimFeatures& f, std::u32string_view folded_text) {
  if (!f.moving) return false;
  static const auto market = folded_set({U"برميل", U"للبرميل", U"البرميل", U"أوقية", U"للأوقية", U"الأوقية", U"للأونصة", U"سنتا", U"سنتات",
                                         U"التعاملات", U"المعاملات", U"تعاملات", U"معاملات", U"عقود", U"العقود", U"نقطة", U"نقاط",
                                         U"المؤشر", U"مؤشر", U"للسهم", U"السهم", U"الفورية", U"الآجلة", U"بورصة", U"البورصة"});
  for (const auto& w : words_of(folded_text))
    if (market.count(w)) return true;
  return false;
}

// The record a "since" date belongs to, from a superlative among the few words before it ("أدنى
// مستوى له منذ", "أكبر هبوط منذ"), or null.
const char* record_before(std::u32string_view text, std::size_t at) {
  static const std::unordered_map<std::u32string, const char*> records = [] {
    std::unordered_map<std::u32string, const char*> m;
    for (auto [w, r] : std::initializer_list<std::pair<const char32_t*, const char*>>{
             {U"أدنى", "low"}, {U"أقل", "low"}, {U"أعلى", "high"}, {U"أكبر", "big"}, {U"أسوأ", "worst"}, {U"أفضل", "best"},
             {U"أسرع", "fast"}, {U"أبطأ", "slow"}, {U"أطول", "long"}, {U"أقوى", "strong"}, {U"أضعف", "weak"}})
      m.emplace(text::fold(w), r);
    return m;
  }();
  const auto words = words_before(text, at, 60);
  for (std::size_t k = 0; k < words.size() && k < 5; ++k) {
    const std::u32string& w = words[words.size() - 1 - k];
    if (auto it = records.find(w); it != records.end()) return it->second;
    if (w.size() > 3 && (w[0] == U'\u0648' || w[0] == U'\u0628'))   // وأدنى، بأعلى
      if (auto it = records.find(w.substr(1)); it != records.end()) return it->second;
  }
  return nullptr;
}

bool delivery_word(const std::u32string& w) {
  static const auto words = folded_set({U"تسليم", U"لتسليم", U"بتسليم", U"استحقاق", U"لاستحقاق"});
  return words.count(w) > 0;
}

}  // namespace

std::vector<Value> values_of(const analysis::ArticleAnalysis& a, const analysis::Claim& c, std::uint32_t lead_in_end) {
  std::vector<Value> out;
  for (auto i : c.anchors) {
    if (i >= a.anchors.size()) continue;
    const auto& an = a.anchors[i];
    if (!an.value.is_object() || !an.value.contains("value")) continue;
    const auto& v = an.value["value"];
    Value x;
    if (an.type == AnchorType::date && v.is_string()) {
      const std::string s = v.get<std::string>();
      if (s.size() < 4 || !std::isdigit(static_cast<unsigned char>(s[0]))) continue;   // relative: not comparable
      x.kind = Value::date; x.text = s.substr(0, s.find('/')); x.label = s;
      x.lead_in = an.end <= lead_in_end;
      if (an.value.value("qualifier", std::string()) == "since") x.slot = "since";
      x.year_assumed = an.value.value("year_assumed", false);
      // a whole day resolved from the article's date with no digit of its own: today, yesterday, a weekday
      if (x.text.size() == 10 && an.value.value("resolution", std::string()) == "context") {
        const std::u32string said = folded(an.text);   // Arabic-Indic digits folded to ASCII
        x.deictic = std::none_of(said.begin(), said.end(), [](char32_t ch) { return text::is_digit(ch); });
      }
    } else if (an.type == AnchorType::duration && v.is_string()) {
      x.kind = Value::duration; x.text = v.get<std::string>(); x.label = x.text;
      if (x.text.find('?') != std::string::npos) continue;                             // vague: "months"
    } else if (an.type == AnchorType::quantity) {
      x.kind = Value::count;
      x.text = an.value.value("unit", std::string());
      if (x.text.empty()) continue;
      x.approx = an.value.value("approx", false);
      if (v.is_number()) {
        x.number = v.get<double>();
        x.lo = x.hi = x.number;
        if (x.approx) { x.lo = x.number * 0.8; x.hi = x.number * 1.2; }
        // a figure stands for what rounds to it: "11.5 مليار" for 11.494 billion, "3.7%" for 3.71%
        const double r = 0.49 * written_resolution(an.text, x.number);
        x.lo = std::min(x.lo, x.number - r);
        x.hi = std::max(x.hi, x.number + r);
        // a bound is a range: "more than 25" and "at least 26" dead are compatible, "less than 10" and 12 are not
        const std::string bound = an.value.value("qualifier", std::string());
        if (bound == "at least" || bound == "more than") x.hi = std::numeric_limits<double>::infinity();
        else if (bound == "less than" || bound == "at most") x.lo = 0;
        x.label = format_count(x.number);
        if (an.value.value("ambiguous", false)) { x.ambiguous = true; x.hi = std::numeric_limits<double>::infinity(); x.label += "+"; }
      } else if (v.is_string()) {
        const std::string word = v.get<std::string>();
        if (word == "all") { x.all = true; x.label = "all"; }
        else if (an.value.contains("range_min") && an.value["range_min"].is_number()) {
          x.lo = an.value["range_min"].get<double>();
          x.hi = an.value.value("range_max", x.lo * 10);
          x.number = (x.lo + x.hi) / 2; x.approx = true; x.label = word;
        } else continue;                                                                // "some", "several"
      } else continue;
      x.label += " " + x.text;
    } else continue;
    x.said = an.text;
    x.start = an.start;
    out.push_back(std::move(x));
  }
  return out;
}

ClaimFeatures claim_features(const corpus::Article& article, const analysis::ArticleAnalysis& an,
                             std::size_t article_index, std::size_t claim_index) {
  ClaimFeatures f;
  f.article = article_index;
  f.claim = claim_index;
  const auto& cl = an.claims[claim_index];
  const auto& lex = analysis::Lexicon::get();
  // Words: event concepts (negated or not), nationality adjectives as their country, other stems.
  // The words of its attribution phrases are left out: who said it is another slot than what was said,
  // and "نقلت رويترز عن مسؤول" would make every Reuters claim look alike.
  std::u32string slice(std::u32string_view(article.text).substr(cl.start, cl.end - cl.start));
  for (auto i : cl.anchors) {
    if (i >= an.anchors.size() || an.anchors[i].type != AnchorType::attribution) continue;
    const auto& a = an.anchors[i];
    for (std::uint32_t k = std::max(a.start, cl.start); k < std::min(a.end, cl.end); ++k) slice[k - cl.start] = kLeftOut;
  }
  const std::u32string text = text::fold(slice);
  std::u32string word;
  int since_negation = 99, negation_scope = 1;
  int since_hypothetical = 99;               // words since a negation in a condition or purpose
  int since_topic = 99;                      // words since "بشأن", "حول", "طلب"
  std::u32string just_negated;               // the concept the word before negated
  bool below = false;                        // the last negation was دون
  int restrict_left = 0;                     // words still to take after "بالنسبة إلى"
  bool la = false;   // the last negation was لا
  int since_pending = 99, since_done = 99;   // words since "needs / awaits", since "obtained / was done"
  std::u32string previous;                   // the word before, folded
  auto flush = [&] {
    if (word.empty()) return;
    const std::u32string before = std::move(previous);
    previous = word;
    // a preposition does not put the event further from its negation or status word ("لا تخوله في البقاء")
    static const auto prepositions = folded_set({U"في", U"من", U"على", U"إلى", U"عن", U"مع", U"عنه", U"عنها", U"منه", U"منها",
                                                 U"فيه", U"فيها", U"عليه", U"عليها", U"له", U"لها"});
    static const auto light_verbs = folded_set({U"يتم", U"تتم", U"تم", U"تمت", U"يجر", U"تجر", U"يجري", U"تجري",
                                                U"يحدث", U"تحدث", U"يعد", U"تعد"});
    // "لم يكن بيان الوزارة …" denies what is said of the statement, not the statement; "لم يكن هناك
    // اتفاق" denies the agreement.
    static const auto copulas = folded_set({U"يكن", U"تكن", U"يكون", U"تكون"});
    static const auto there = folded_set({U"هناك", U"ثمة"});
    // what a claim is said of alone: "بالنسبة إلى الفنادق", "فيما يخص الأدوية"
    static const auto as_for = folded_set({U"بالنسبة", U"وبالنسبة"});
    static const auto concerns = folded_set({U"يخص", U"يتعلق"});
    static const std::u32string while_ = text::fold(U"فيما");
    static const auto conditions = folded_set({U"إذا", U"اذا", U"وإذا", U"فإذا", U"إن", U"لو", U"ولو", U"حال", U"حالة", U"ما"});
    static const auto la_words = folded_set({U"لا", U"ولا"});
    static const auto purposes = folded_set({U"كي", U"لكي"});
    static const auto degree = folded_set({U"بنفس", U"بذات", U"بالقدر", U"بالمقدار", U"بالوتيرة", U"بالسرعة", U"بالحجم", U"كثيرا"});
    static const auto about = folded_set({U"بشأن", U"حول", U"بخصوص", U"طلب", U"الطلب", U"طلبا", U"مطالبة", U"مطالبات"});
    static const auto purpose_negations = folded_set({U"كيلا", U"لكيلا", U"لئلا"});
    static const auto below_words = folded_set({U"دون", U"ودون"});
    static const auto levels = folded_set({U"أعلى", U"أدنى", U"أقل", U"أكثر", U"مستوى", U"مستويات", U"حاجز", U"سعر", U"عتبة"});
    static const auto still = folded_set({U"يزال", U"تزال", U"يزالون", U"تزالان", U"يزالان", U"نزال", U"زال", U"زالت"});
    if (since_negation == 0 && light_verbs.count(word)) negation_scope = 2;
    if (since_negation == 0 && copulas.count(word)) negation_scope = 0;
    if (since_negation == 1 && negation_scope == 0 && there.count(word)) negation_scope = 3;
    if (as_for.count(word) || (before == while_ && concerns.count(word))) {
      restrict_left = 2;
      word.clear();
      return;
    }
    if (!prepositions.count(word)) {
      ++since_negation;
      ++since_hypothetical;
      ++since_topic;
      ++since_pending;
      ++since_done;
    }
    if (is_negation(word)) {
      // A negation in a condition or a purpose states nothing, either way: "إذا لم تطلق الحكومة",
      // "في حال لم", "ما لم"; "سيتطلب تدهورا كبيرا كي لا يؤيد رفع الفائدة", "كيلا", "لئلا".
      if (conditions.count(before) || purposes.count(before) || purpose_negations.count(word)) {
        since_hypothetical = 0;
        word.clear();
        return;
      }
      since_negation = 0;
      ++f.negations;
      // A negation reaches the word after it ("لم تتوقف", "بدون زيادة"), and one more through a light
      // verb ("لم يتم الانسحاب"), not through a verb of its own: "لا يهدد الحوار" does not deny talks.
      negation_scope = 1;
      la = la_words.count(word) > 0;
      below = below_words.count(word) > 0;
      word.clear();
      return;
    }
    // "دون أعلى مستوى", "دون 50 دولارا": below, not without
    if (since_negation == 1 && below && (text::is_digit(word[0]) || levels.count(word))) {
      since_negation = 99;
      --f.negations;
    }
    // "لا يزال" is "still": no negation
    if (since_negation == 1 && la && still.count(word)) {
      since_negation = 99;
      --f.negations;
      word.clear();
      return;
    }
    if (about.count(word)) since_topic = 0;
    if (status_word(word, true)) since_pending = 0;
    else if (status_word(word, false)) since_done = 0;
    drop_accusative_alif(word);
    const std::u32string stem(text::light_stem(word));
    auto pw = polar_words().find(word);
    if (pw == polar_words().end()) pw = polar_words().find(stem);
    if (pw != polar_words().end() && pw->second.empty()) pw = polar_words().end();   // a form listed as not it
    // "لم يتراجعا بنفس المقدار": a negation of degree ("not by as much"), not a denial
    if (!just_negated.empty() && degree.count(word)) f.negated.erase(just_negated);
    just_negated.clear();
    const bool hypothetical = since_hypothetical <= 1;   // neither stated nor denied
    if (pw != polar_words().end() && !hypothetical) {
      (since_negation <= negation_scope ? f.negated : f.concepts).insert(pw->second);
      if (since_negation <= negation_scope) just_negated = pw->second;
      else if (since_topic <= 2) f.topics.insert(pw->second);
      f.polar.insert(pw->second);
    }
    auto c = concepts().find(word);
    if (c == concepts().end() && word.size() > 3 && (word[0] == U'\u0648' || word[0] == U'\u0641'))   // وأعلى: and higher
      if (auto x = concepts().find(word.substr(1)); x != concepts().end() && x->second.empty()) c = x;
    if (c == concepts().end()) c = concepts().find(stem);
    if (c != concepts().end() && c->second.empty()) c = concepts().end();
    if (c != concepts().end()) {
      f.terms[c->second] += 1;
      if (!hypothetical) (since_negation <= negation_scope ? f.negated : f.concepts).insert(c->second);
      if (!hypothetical && since_negation <= negation_scope) just_negated = c->second;
      if (since_topic <= 2 && since_negation > negation_scope) f.topics.insert(c->second);
      // "يحتاج إلى الموافقة" (awaits it), "حاز على موافقة" (has it): the event's status
      if (since_negation > negation_scope) {
        if (since_pending <= 3) f.pending.insert(c->second);
        else if (since_done <= 3) f.done.insert(c->second);
      }
    } else if (const auto* nat = lex.word_clitics(word, analysis::kNationality)) {
      f.terms[std::u32string(1, kEntityTag) + folded(nat->canonical)] += 0.5;
    } else if (word.size() >= 2 && stem.size() >= 2 && !is_function_word(word) && !is_function_word(stem) &&
               !lex.word(word, analysis::kStopword)) {
      f.terms[stem] += 1;
      if (restrict_left > 0) {
        f.restricted.insert(stem);
        --restrict_left;
      }
    }
    word.clear();
  };
  for (char32_t c : text) {
    if (text::is_arabic_letter(c) || text::is_digit(c) || (c >= U'a' && c <= U'z')) word.push_back(c);
    else flush();
    // a negation of a report verb ("والتي لا تؤكد بعد على الإعفاء") does not reach past it
    if (c == kLeftOut) since_negation = 99;
  }
  flush();
  auto in_attribution = [&](const analysis::Anchor& x) {
    for (auto i : cl.anchors)
      if (i < an.anchors.size() && an.anchors[i].type == AnchorType::attribution && an.anchors[i].start <= x.start && x.end <= an.anchors[i].end)
        return true;
    return false;
  };
  // A reporter's byline opening the claim ("عبدالله البرقاوي- سبق- الرياض: …"): a name the claim is
  // not about.
  auto byline = [&](const analysis::Anchor& x) {
    const std::u32string_view t(article.text);
    if (x.start > t.size() || !words_of(t.substr(cl.start, x.start - cl.start)).empty()) return false;
    const std::size_t k = t.find_first_not_of(U" \u00A0", x.end);
    return k != std::u32string_view::npos && (t[k] == U'-' || t[k] == U'\u2013' || t[k] == U'\u2014');
  };
  // Entities it names (a capital standing for its country counts as the country too).
  for (auto i : cl.anchors) {
    if (i >= an.anchors.size()) continue;
    const auto& a = an.anchors[i];
    if (!analysis::is_entity(a.type) || a.canonical.empty()) continue;
    std::u32string e = folded(a.canonical);
    if (a.type == AnchorType::place && !in_attribution(a)) f.places.insert(e);
    if (a.type == AnchorType::person && !in_attribution(a) && !byline(a))
      for (auto& w : words_of(e))
        if (w.size() > 3) f.person_words.insert(std::move(w));
    if (auto m = metonyms().find(e); m != metonyms().end()) e = m->second;
    f.terms[std::u32string(1, kEntityTag) + e] = 1;
  }
  // Who says it: the innermost source of its chain (نقلت رويترز عن مسؤول كبير → the official), else the
  // source carried from the sentence before.
  const auto chain = attribution_chain(article, an, claim_index);
  if (chain.size() > 1) f.source = chain.back();
  else if (cl.attributed_to) f.source = *cl.attributed_to;
  for (auto& w : words_of(text::decode_utf8(f.source).text)) {
    if (const auto* nat = lex.word_clitics(w, analysis::kNationality)) w = folded(nat->canonical);   // أمريكي = أميركي
    f.source_words.insert(std::move(w));
  }
  f.time_of_day = time_of_day(text);
  f.moving = is_moving(f);
  f.quote = is_quote(f, text);
  // Values it states (those of a statement's lead-in are terms, not values to compare).
  f.values = values_of(an, cl, lead_in_end(article, an, cl));
  for (const auto& v : f.values) {
    if (v.kind == Value::count && (v.all || v.approx)) continue;   // "hundreds", "all": not a precise key
    std::string key = v.kind == Value::count ? format_count(v.number) + ":" + v.text : v.text;
    f.terms[std::u32string(1, kValueTag) + text::decode_utf8(key).text] = 1;
    // A month date also names its year, more weakly: "2026-09" and "2026-12" are one slot's
    // candidates (and the pair a reader must see), "2026-09" and "2014" are not.
    if (v.kind == Value::date && v.text.size() > 4)
      f.terms[std::u32string(1, kValueTag) + text::decode_utf8(v.text.substr(0, 4)).text] += 0.5;
  }
  f.values.erase(std::remove_if(f.values.begin(), f.values.end(), [](const Value& v) { return v.lead_in; }), f.values.end());
  // A record's "since" is its own slot: the lowest level since January and the highest since April
  // are two facts.
  for (auto& v : f.values)
    if (v.kind == Value::date && v.slot == "since" && v.start <= article.text.size())
      if (const char* r = record_before(article.text, v.start)) v.slot += std::string(" ") + r;
  // A contract's delivery month names the contract, not a date of what happened: "عقود الذهب تسليم
  // ديسمبر", "لتسليم كانون الأول".
  f.values.erase(std::remove_if(f.values.begin(), f.values.end(), [&](const Value& v) {
    if (v.kind != Value::date || v.start > article.text.size()) return false;
    const auto before = words_before(article.text, v.start, 40);
    return !before.empty() && delivery_word(before.back());
  }), f.values.end());
  return f;
}

std::vector<std::u32string> words_of(std::u32string_view s) {
  std::vector<std::u32string> out(1);
  for (char32_t c : text::fold(s)) {
    if (text::is_arabic_letter(c) || text::is_digit(c) || (c >= U'a' && c <= U'z')) out.back().push_back(c);
    else if (!out.back().empty()) out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

void for_each_data_line(const char* file, const std::function<void(const std::vector<std::string>&)>& each) {
  std::istringstream in(analysis::embedded_file(file));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> parts;
    std::string part;
    std::istringstream ls(line);
    while (std::getline(ls, part, '|')) if (!part.empty()) parts.push_back(part);
    if (parts.size() >= 2) each(parts);
  }
}

}  // namespace isnad::xref::detail
