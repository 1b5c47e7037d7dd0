// rules/period_ends.cpp — when a period begins and when it ends are two dates, not two accounts of one.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// One says when something begins and the other when it ends ("the programme opens on 26/10",
// "closes on 5/11"): their values are of two events.
bool period_ends(const ClaimPair& p) {
  static const std::u32string begin = std::u32string(1, kConceptTag) + U"begin", end = std::u32string(1, kConceptTag) + U"end";
  auto only = [](const ClaimFeatures& f, const std::u32string& a, const std::u32string& b) { return f.concepts.count(a) && !f.concepts.count(b); };
  return (only(p.x, begin, end) && only(p.y, end, begin)) || (only(p.x, end, begin) && only(p.y, begin, end));
}

}  // namespace

const RelationRule kPeriodEnds = [] {
  RelationRule r{"period ends"};
  r.two_events = period_ends;
  return r;
}();

}  // namespace isnad::xref::detail
