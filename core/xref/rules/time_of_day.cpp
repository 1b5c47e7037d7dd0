// rules/time_of_day.cpp — two times of day are two moments ("Brent at 05:15", "Brent at 10:45").
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

bool two_times(const ClaimPair& p) {
  return p.x.time_of_day >= 0 && p.y.time_of_day >= 0 && p.x.time_of_day != p.y.time_of_day;
}

}  // namespace

const RelationRule kTimeOfDay = [] {
  RelationRule r{"time of day"};
  r.two_events = two_times;
  return r;
}();

}  // namespace isnad::xref::detail
