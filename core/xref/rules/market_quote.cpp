// rules/market_quote.cpp — a market's move is one moment's quote.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// "ارتفعت عقود برنت 36 سنتا إلى 50.35 دولار للبرميل": two quotes' figures are compared only when both
// name the same time of day.
void market_quote(const ClaimPair& p, Compared& c) {
  c.generic_units = c.generic_units && ((!p.x.quote && !p.y.quote) || (p.x.time_of_day >= 0 && p.x.time_of_day == p.y.time_of_day));
}

}  // namespace

const RelationRule kMarketQuote = [] {
  RelationRule r{"market quote"};
  r.narrow = market_quote;
  return r;
}();

}  // namespace isnad::xref::detail
