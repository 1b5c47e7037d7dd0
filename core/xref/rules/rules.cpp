// rules/rules.cpp — the table of relation rules, in the order their hooks are asked: claim reading's
// adjustments; the pairs never linked; what makes two scopes, then two events; which values one
// event's claims compare; the differences of fact or scope (the first found is the pair's), then
// those noted beside.
#include "../relation_rules.h"

namespace isnad::xref::detail {

const std::vector<RelationRule>& relation_rules() {
  static const std::vector<RelationRule> rules = {
      kOtherPeople,                                                  // never linked
      kSinceRecord, kDeliveryMonth,                                  // read
      kDeicticDays, kScopeRestriction,                               // two scopes
      kPeriodEnds, kTimeOfDay, kOtherPlaces,                         // two events
      kParaphrase, kRecurringReport, kMarketQuote,                   // narrow
      kDatedAlike,
      kRunningFigure, kValueConflict, kNegation, kUnclearCount,      // fact (first found)
      kFields,
      kStatus, kSourceVariant,                                       // detail
  };
  return rules;
}

bool never_linked(const ClaimFeatures& x, const ClaimFeatures& y) {
  static const auto hooks = [] {
    std::vector<bool (*)(const ClaimFeatures&, const ClaimFeatures&)> out;
    for (const auto& r : relation_rules())
      if (r.never_linked) out.push_back(r.never_linked);
    return out;
  }();
  for (auto h : hooks)
    if (h(x, y)) return true;
  return false;
}

void apply_read_rules(const ArticleText& article, ClaimFeatures& f) {
  for (const auto& r : relation_rules())
    if (r.read) r.read(article, f);
}

}  // namespace isnad::xref::detail
