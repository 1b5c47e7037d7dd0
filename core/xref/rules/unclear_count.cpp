// rules/unclear_count.cpp — a figure one claim leaves unclear that the other gives exactly: a difference of scope.
#include "../relation_rules.h"
#include <algorithm>
#include <cmath>

namespace isnad::xref::detail {
namespace {

std::optional<Difference> unclear(const ClaimPair& p) { return unclear_count(p.x.values, p.y.values); }

}  // namespace

std::optional<Difference> unclear_count(const std::vector<Value>& x, const std::vector<Value>& y) {
  // an exact figure of a unit: not vague, approximate or bounded ("more than 2", "less than 10")
  auto exact = [](const std::vector<Value>& vs, const std::string& unit, double n) {
    return std::find_if(vs.begin(), vs.end(), [&](const Value& v) {
      return v.kind == Value::count && !v.ambiguous && !v.approx && !v.all && v.lo > 0 && std::isfinite(v.hi) && v.text == unit &&
             v.number == n;
    });
  };
  auto one_way = [&](const std::vector<Value>& u, const std::vector<Value>& e, bool flip) -> std::optional<Difference> {
    for (const auto& a : u) {
      if (a.kind != Value::count || !a.ambiguous) continue;
      const auto b = exact(e, a.text, a.number);
      if (b == e.end() || exact(u, a.text, a.number) != u.end()) continue;
      // the same list: another exact figure of the unit in both
      if (std::none_of(u.begin(), u.end(), [&](const Value& v) { return exact(u, a.text, v.number) != u.end() && exact(e, a.text, v.number) != e.end(); }))
        continue;
      return flip ? value_pair(*b, a, a.text, Difference::Kind::scope) : value_pair(a, *b, a.text, Difference::Kind::scope);
    }
    return std::nullopt;
  };
  if (auto d = one_way(x, y, false)) return d;
  return one_way(y, x, true);
}

const RelationRule kUnclearCount = [] {
  RelationRule r{"unclear count"};
  r.fact = unclear;
  return r;
}();

}  // namespace isnad::xref::detail
