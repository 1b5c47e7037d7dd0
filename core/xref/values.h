// values.h — comparing what two claims state: are their dates, counts and durations compatible, and
// if not, what differs. "September 2025" agrees with "by September 2025" and with "2025", "hundreds"
// with "500", an approximation with the exact figure; "all" against a bounded count is a difference
// of scope. Internal to core/xref.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "claim_features.h"
#include "isnad/xref/xref.h"

namespace isnad::xref::detail {

// Dates and counts that can both be true. Days told from a publication date ("اليوم", "أمس") are
// compatible with a day either side.
bool compatible(const Value& a, const Value& b);

// Days since 1970-01-01 of an ISO "YYYY-MM-DD", or kNoDay.
constexpr long kNoDay = -0x7fffffffL;
long day_number(const std::string& iso);

// Whether both claims tell their day from their own article's date (today, yesterday, a weekday) and
// no two of those days are within one of each other: two days of a recurring report.
bool deictic_days_apart(const ClaimFeatures& x, const ClaimFeatures& y);

// Whether a claim said of a part alone ("بالنسبة إلى الفنادق") and the other claim name that part
// (either way): a tax "unchanged for hotels" says nothing of the tax on food.
bool same_scope(const ClaimFeatures& x, const ClaimFeatures& y);

// Values of one kind (dates with dates, counts of one unit with each other, durations in one unit)
// conflict only when no pair of them is compatible, so a claim giving two dates is not contradicted by
// one that gives either. Percentages, sums of money and measures name no slot by their unit ("3%" of
// what?): they are compared only when `generic_units` is set, which the cross-referencer does for
// claims that say nearly the same thing (the same wire sentence in two outlets). Counts are left out
// when `counts` is not set (running figures of different days), dates when `dates` is not.
struct Compared {
  bool generic_units = true, counts = true, dates = true;
};
// The difference (its claims left unset) is of fact, or of scope when one count is "all".
std::optional<Difference> value_difference(const std::vector<Value>& x, const std::vector<Value>& y, const Compared& compared = {});

// A count one claim leaves unclear (an unvocalised dual-or-plural, "2+ official") that the other gives
// exactly ("2 official"), in two claims that give the same list (another exact count of that unit in
// common): no contradiction, but a figure a reader should know only one report states: a difference
// of scope, or none.
std::optional<Difference> unclear_count(const std::vector<Value>& x, const std::vector<Value>& y);

// Whether both claims state an event concept in common, neither negating it (انسحاب and رحيل are one),
// and do not place it in different places (both name where, and no place is in both), at different
// times of day, or at the two ends of a period (one says when it begins, the other when it ends).
bool share_event(const ClaimFeatures& x, const ClaimFeatures& y);

// An event one claim says is awaited and the other says has happened ("still needs final approval",
// "obtained US approval": a status difference, pending approve vs approve), or none. Often a change
// over time (articles of different dates); a reader should see it either way.
std::optional<Difference> status_difference(const ClaimFeatures& x, const ClaimFeatures& y);

// A concept one claim states and the other negates ("the talks stopped" / "did not stop": a
// difference of fact, not stop vs stop), or none.
std::optional<Difference> negation_difference(const ClaimFeatures& x, const ClaimFeatures& y);

// Opposite concepts (core/data/opposites.txt) stated one by each claim and not both by either
// ("rise vs fall": "ارتفاع أسعار النفط" against "انخفاض أسعار النفط"), or "".
std::string opposite_difference(const ClaimFeatures& x, const ClaimFeatures& y);

// Whether two claims give their statement to differently described sources, one description
// narrowing the other ("مسؤول أميركي" against "مسؤول أميركي كبير"): the same source told two ways,
// a detail of the chain of attribution a reader should see. Sources with nothing in common are
// just different sources, and the same words are the same source.
bool source_variant(const ClaimFeatures& x, const ClaimFeatures& y);

}  // namespace isnad::xref::detail
