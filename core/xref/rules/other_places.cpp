// rules/other_places.cpp — both say where, and no place is in both: two events ("three raids on Sanhan", "five raids on Yarim").
#include "../relation_rules.h"
#include <algorithm>

namespace isnad::xref::detail {
namespace {

bool other_places(const ClaimPair& p) {
  return !p.x.places.empty() && !p.y.places.empty() &&
         std::none_of(p.x.places.begin(), p.x.places.end(), [&](const std::u32string& w) { return p.y.places.count(w) > 0; });
}

}  // namespace

const RelationRule kOtherPlaces = [] {
  RelationRule r{"other places"};
  r.two_events = other_places;
  return r;
}();

}  // namespace isnad::xref::detail
