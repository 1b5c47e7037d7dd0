// isnad/analysis/value.h — what an anchor's words mean, as the recognisers read them: a count, a date
// or a duration, typed. The words in these fields are the keys ANALYSIS_FORMAT.md writes ("about",
// "by", "hundreds", "end"); JSON only at the edge: json.cpp writes a value as the anchor's "value".
// Names, speakers and quotes have no value of their own: an entity's value is its Anchor::canonical,
// an attribution's its speaker (Anchor::canonical), a quote's nothing.
#pragma once
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

namespace isnad::analysis {

// A number or a quantity (a number with what it counts): "2500 جندي", "حوالي 70 هجوما", "مئات القوات",
// "3.5%", "المرحلة الأولى".
struct CountValue {
  double number = 0;                    // the figure (when `vague` is empty)
  std::string vague;                    // a count in words instead of a figure: "hundreds", "several", "all", "some", "a few", …
  double range_min = 0, range_max = 0;  // a vague count's range ("hundreds": 200–999); none when range_min is 0
  std::string unit;                     // what is counted: a counted noun's key (core/data/counted_nouns.txt) or
                                        // "percent"; an ordinal's "phase", "round", "batch"; empty: a bare number
  std::string nationality;              // whose: "مسؤولين أمريكيين" → the nationality's canonical name
  std::string qualifier;                // a bound or approximator: "about", "at least", "more than", "less than"
  bool approx = false;                  // approximate: "حوالي 2500", "مئات"
  bool ordinal = false;                 // numbers a stage: "المرحلة الأولى" is 1
  bool ambiguous = false;               // an unvocalised dual or plural ("ومسؤولين"): 2, or a number left unsaid
  bool after_noun = false;              // the vague word follows its noun: "مصادر عدة"
};

// A date: resolved to ISO 8601 when the text or the article's date allows, else what it is told from.
struct DateValue {
  std::string iso;                      // "2014", "2014-06", "2014-06-03"; empty while the date stays relative
  std::string relative;                 // an unresolved date: "now", "recently", "later", "recent period", "near
                                        // future", "-P3D" (three days ago, ISO period), "weekday", "last week",
                                        // "month-name", "next month-name", …
  bool named_period = false;            // `relative` names a calendar period whose year is unknown ("month-name",
                                        // "next year", "this week") rather than a time told from the writing
  int month = 0;                        // "month-name" dates: the month, 1–12
  int weekday = 0;                      // "weekday": Monday 1 … Sunday 7
  std::string part;                     // "start", "middle", "end": a part of the period ("أواخر العام")
  std::string qualifier;                // the preposition in front: "by", "in", "since", "from", "after", "until", …
  std::string offset;                   // "+P1Y": counted from the date the text gave last ("بعد عام آخر")
  bool from_article_date = false;       // resolved against the article's own date
  bool year_assumed = false;            // a bare month: taken as the latest one up to the article's date

  bool resolved() const { return !iso.empty(); }
};

// A length of time: "ثلاث سنوات", "خلال الأشهر المقبلة", "منذ أسبوعين".
struct DurationValue {
  std::string iso;                      // ISO 8601: "P2Y", "P3M", "PT6H"; "P?M" when the count is unsaid
  int amount = 0;                       // the count of `unit`s (decades counted as years); 0 when unsaid
  char unit = 0;                        // 'Y', 'M' (months), 'W', 'D', 'H', 'I' (minutes)
  std::string qualifier;                // "within", "over", "more than", "less than", "for (ongoing)"

  bool vague() const { return amount == 0; }
};

using AnchorValue = std::variant<std::monostate, CountValue, DateValue, DurationValue>;

// The ANALYSIS_FORMAT.md "value" object of each kind.
nlohmann::json to_json(const CountValue& v);
nlohmann::json to_json(const DateValue& v);
nlohmann::json to_json(const DurationValue& v);

}  // namespace isnad::analysis
