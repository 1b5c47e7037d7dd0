// rules/negation.cpp — one claim denies what the other states: a difference of fact.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

std::optional<Difference> denial(const ClaimPair& p) {
  if (!p.one_scope) return std::nullopt;
  return negation_difference(p.x, p.y);
}

}  // namespace

std::optional<Difference> negation_difference(const ClaimFeatures& x, const ClaimFeatures& y) {
  using Stance = Difference::Stance;
  // stated, not only named as a topic ("بشأن السماح")
  auto states = [](const ClaimFeatures& f, const std::u32string& c) { return f.concepts.count(c) && !f.topics.count(c) && !f.negated.count(c); };
  for (const auto& c : x.negated)
    if (states(y, c) && !x.concepts.count(c)) return event_difference(Difference::Kind::fact, c, Stance::denies, Stance::states);
  for (const auto& c : y.negated)
    if (states(x, c) && !y.concepts.count(c)) return event_difference(Difference::Kind::fact, c, Stance::states, Stance::denies);
  return std::nullopt;
}

const RelationRule kNegation = [] {
  RelationRule r{"negation"};
  r.fact = denial;
  return r;
}();

}  // namespace isnad::xref::detail
