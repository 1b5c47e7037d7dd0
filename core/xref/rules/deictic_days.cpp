// rules/deictic_days.cpp — days told from each article's own date, days apart: two days of a recurring report.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

bool deictic_days_apart(const ClaimFeatures& x, const ClaimFeatures& y) {
  bool any_x = false, any_y = false;
  for (const auto& a : x.values) {
    if (a.kind != Value::date || !a.deictic) continue;
    any_x = true;
    for (const auto& b : y.values) {
      if (b.kind != Value::date || !b.deictic) continue;
      any_y = true;
      if (compatible(a, b)) return false;
    }
  }
  return any_x && any_y;
}

// Each claim tells its day as its own article's today, yesterday or weekday, and no two of those days
// are within one of each other ("the weather for today, Tuesday" in two bulletins a fortnight apart):
// neither their values nor a denial are compared.
bool deictic_days(const ClaimPair& p) { return deictic_days_apart(p.x, p.y); }

}  // namespace

const RelationRule kDeicticDays = [] {
  RelationRule r{"deictic days"};
  r.two_scopes = deictic_days;
  return r;
}();

}  // namespace isnad::xref::detail
