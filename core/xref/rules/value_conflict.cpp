// rules/value_conflict.cpp — values of one event that cannot both be true: a difference of fact (of scope for "all").
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// Values differ for one slot only when both claims state one event (a concept in common, neither
// negating it): "appointed in 2012" and "ran in 2003" are two facts, not a conflict.
std::optional<Difference> value_conflict(const ClaimPair& p) {
  if (!p.one_event) return std::nullopt;
  return value_difference(p.x.values, p.y.values, p.compared);
}

}  // namespace

const RelationRule kValueConflict = [] {
  RelationRule r{"value conflict"};
  r.fact = value_conflict;
  return r;
}();

}  // namespace isnad::xref::detail
