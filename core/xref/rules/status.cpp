// rules/status.cpp — awaited in one claim, done in the other: a difference of status.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

std::optional<Difference> status(const ClaimPair& p) {
  using Stance = Difference::Stance;
  const auto &x = p.x, &y = p.y;
  for (const auto& c : x.pending)
    if (y.done.count(c) && !y.pending.count(c) && !x.done.count(c)) return event_difference(Difference::Kind::status, c, Stance::awaits, Stance::states);
  for (const auto& c : y.pending)
    if (x.done.count(c) && !x.pending.count(c) && !y.done.count(c)) return event_difference(Difference::Kind::status, c, Stance::states, Stance::awaits);
  return std::nullopt;
}

}  // namespace

const RelationRule kStatus = [] {
  RelationRule r{"status"};
  r.detail = status;
  return r;
}();

}  // namespace isnad::xref::detail
