// rules/recurring_report.cpp — the same sentence days apart, or in one outlet, is a recurring report: its figures are another day's.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// The same sentence in reports more than a day apart is a recurring one (a weather bulletin's wind
// speeds, a market report's prices) about another day; one outlet's template sentence with other
// figures is its recurring report. Neither's percentages, money or measures are compared.
void recurring_report(const ClaimPair& p, Compared& c) {
  const auto& a = p.article_x.meta;
  const auto& b = p.article_y.meta;
  const bool same_outlet = a.outlet && b.outlet && !a.outlet->empty() && *a.outlet == *b.outlet;
  c.generic_units = c.generic_units && !days_apart(p) && !same_outlet;
}

}  // namespace

const RelationRule kRecurringReport = [] {
  RelationRule r{"recurring report"};
  r.narrow = recurring_report;
  return r;
}();

}  // namespace isnad::xref::detail
