// claim_features.h — stage 1 of cross_reference, claim reading: a claim as the later stages see it,
// weighted terms for similarity (stems, event concepts, entities, values), the values a relation
// compares, the concepts it states, denies or awaits, its places, people and source.
// Internal to core/xref.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "isnad/analysis/analysis.h"
#include "isnad/text/normalize.h"
#include "isnad/corpus/corpus.h"
#include "isnad/xref/options.h"

namespace isnad::xref::detail {

// A value a claim states: an absolute ISO date, a count of something, or a duration.
struct Value {
  enum Kind { date, count, duration } kind = date;
  std::string text;          // dates and durations: "2025-09", "P2Y"; counts: the unit ("troop")
  double number = 0;         // counts: the value, or the middle of its range
  double lo = 0, hi = 0;     // counts: the range the value allows (equal when exact)
  bool approx = false;
  bool all = false;          // "جميع": the whole of the unit
  bool ambiguous = false;    // counts: an unvocalised dual-or-plural ("ومسؤولين"): two, or more
  std::string label;         // the value as a difference shows it, without its unit: "2500", "2+",
                             // "hundreds", "all", "2025-09", "P2Y"
  std::string said;          // the anchor's own words in the article: "سبتمبر/أيلول 2025", "مئات الجنود"
  std::uint32_t start = 0;   // where its anchor begins in the article
  bool lead_in = false;      // a date of a statement's lead-in: when it was said, not compared
  std::string slot;          // dates: "" for when something happens; "since" for the start of a
                             // period ("منذ يناير 2009"); "since low", "since high" … for a record's
                             // ("أدنى مستوى منذ", "أعلى مستوى منذ"): each a slot of its own
  bool year_assumed = false; // dates: a month named without its year ("26 فبراير"), given the latest
                             // one before the article's date: the next one is as likely
  bool deictic = false;      // dates: a day told from the article's own day ("اليوم"، "أمس"، "الأربعاء"),
                             // as good as the publication date it was resolved against
};

struct ClaimFeatures {
  std::size_t article = 0, claim = 0;
  bool checkworthy = true;                            // the analysis' flag; others are read only when
                                                      // Options::other_claims is set
  std::unordered_map<std::u32string, double> terms;   // term → its count (tf), weighted by kind of word
  std::vector<Value> values;
  std::set<std::u32string> concepts, negated;         // event concepts it states / states negated
  std::set<std::u32string> topics;                    // concepts named only as what something is about
                                                      // ("خطابين بشأن السماح بمشاركة"): not stated
  std::set<std::u32string> polar;                     // polar concepts among those (not in terms)
  std::set<std::u32string> pending, done;             // events it says are awaited / have happened
  std::set<std::u32string> places;                    // places where it happens (canonical, folded; not its source's)
  std::set<std::u32string> person_words;              // the words (of four letters or more) of the names of
                                                      // the people it is about (not its source's)
  std::set<std::u32string> restricted;                // stems of what it is said of alone ("بالنسبة إلى الفنادق")
  std::vector<std::size_t> named;                     // after indexing, when `terms` is freed: the hashes of
                                                      // its terms that are some claim's `restricted`, sorted
  int time_of_day = -1;                               // minutes after midnight, when it gives the hour
  bool moving = false;                                // it tells a figure's rise or fall ("ارتفعت حصيلة القتلى
                                                      // إلى 18"): the figure is as of its day
  bool quote = false;                                 // a market's move ("ارتفعت عقود برنت 36 سنتا إلى 50.35
                                                      // دولار للبرميل"): its figures are one moment's
  int negations = 0;                                  // negation words (لم، لا، ليس، غير …)
  std::uint16_t fields = 0;                           // the fields of a relation or cooperation it names
                                                      // ("علاقات … سياسية واقتصادية"), a bit each of kFieldNames
  std::string source;                                 // who it is attributed to, innermost ("مسؤول أميركي كبير"), or ""
  std::set<std::u32string> source_words;              // that source's words, folded
};

// The fields a relation, partnership or cooperation is said to cover (ClaimFeatures::fields, bit i for
// kFieldNames[i]; the words of each: claim_words.txt's field_<name> sets; rules/fields.cpp).
inline constexpr std::array<const char*, 14> kFieldNames = {"political", "economic", "cultural", "security", "military",
                                                           "trade", "investment", "science", "education", "health",
                                                           "tourism", "agriculture", "sport", "energy"};

// Terms are namespaced by a first code point: concepts U+0001, entities U+0002, values U+0003;
// plain stems have none. Weight multipliers for each are in Options (options.h).
enum : char32_t { kConceptTag = 1, kEntityTag = 2, kValueTag = 3 };

// An article as claim reading sees it: its text and its folded text with the offset map, by the fold
// the analysis's Document is made with (text::normalize_for_matching; claim reading needs no words
// or sentences of it), made once an article. Claims and anchors give original offsets; folded() gives
// the folded text between two of them.
struct ArticleText {
  explicit ArticleText(const corpus::Article& a) : article(a), norm(text::normalize_for_matching(a.text)) {}
  const corpus::Article& article;
  text::Normalized norm;

  // The first folded code point from original offset `offset` on (the folded text's end after it).
  std::size_t folded_at(std::uint32_t offset) const;
  // The folded text of the original code points [start, end).
  std::u32string_view folded(std::uint32_t start, std::uint32_t end) const;
};

// Which claims claim reading reads: the check-worthy ones, or the others (Options::other_claims).
enum class ClaimKind { checkworthy, other };

// Stage 1: the features of every claim of that kind with content words, in (article, claim) order;
// when `of_articles` is given, only of the articles it marks.
std::vector<ClaimFeatures> read_claims(const std::vector<corpus::Article>& articles, const analysis::Analysis& analysis,
                                       const Options& options, ClaimKind kind = ClaimKind::checkworthy,
                                       const std::vector<bool>* of_articles = nullptr);

// The features of one check-worthy claim (terms empty when it has no content words).
ClaimFeatures claim_features(const ArticleText& article, const analysis::ArticleAnalysis& analysis,
                             std::size_t article_index, std::size_t claim_index, const Options& options = {});

// Folded text cut into words at anything that is not a letter or digit.
std::vector<std::u32string> split_words(std::u32string_view folded_text);

// The words of a string, folded, split at anything that is not a letter or digit.
std::vector<std::u32string> words_of(std::u32string_view s);

// The folded words of the `chars` characters before original offset `at`.
std::vector<std::u32string> words_before(const ArticleText& article, std::size_t at, std::size_t chars);

// "key|a|b|c" lines of an embedded data file (core/data), split at '|'; '#' starts a comment line.
void for_each_data_line(const char* file, const std::function<void(const std::vector<std::string>&)>& each);

// A claim's values (values_of less those of its lead-in, then the rules' read hooks: a contract's
// delivery month left out, a record's "since" as a slot of its own) and their value terms.
void read_claim_values(const ArticleText& article, const analysis::ArticleAnalysis& an, const analysis::Claim& cl,
                       const Options& options, ClaimFeatures& f);

// A count as a difference shows it: a whole number, two decimals at most, or exponent form when it is
// not finite or too big for a long long.
std::string format_count(double v);

// A UTF-8 string folded (text::fold); a set of words folded (written as usual in the source).
std::u32string folded(const std::string& utf8);
std::unordered_set<std::u32string> folded_set(std::initializer_list<const char32_t*> words);

// A set of core/data/claim_words.txt, folded; a set missing from the file stops the program.
const std::unordered_set<std::u32string>& word_set(const char* name);

// The comparable values of a claim's anchors (relative dates and vague amounts left out); dates ending
// by `lead_in_end` are those of a statement's lead-in (when it was said), marked `lead_in`.
std::vector<Value> values_of(const analysis::ArticleAnalysis& a, const analysis::Claim& c, std::uint32_t lead_in_end = 0,
                             const Options& options = {});

}  // namespace isnad::xref::detail
