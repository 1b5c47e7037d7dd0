// values.h — comparing what two claims state: are their dates, counts and durations compatible, and
// if not, what differs. "September 2025" agrees with "by September 2025" and with "2025", "hundreds"
// with "500", an approximation with the exact figure; "all" against a bounded count is a difference
// of scope. Internal to core/xref; the rules that decide which values are compared are in rules/.
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

// A difference between two values of one kind and unit (`unit`: a count's unit, a duration's unit
// letter, a date's slot), in the order given, its claims left unset.
Difference value_pair(const Value& a, const Value& b, const std::string& unit, Difference::Kind kind);

// A difference about an event concept (a tagged term), each claim's stance to it, its claims left unset.
Difference event_difference(Difference::Kind kind, const std::u32string& concept, Difference::Stance a, Difference::Stance b);

// Opposite concepts (core/data/opposites.txt) stated one by each claim and not both by either
// ("rise vs fall": "ارتفاع أسعار النفط" against "انخفاض أسعار النفط"), or "" (isnad compare's why).
std::string opposite_difference(const ClaimFeatures& x, const ClaimFeatures& y);

}  // namespace isnad::xref::detail
