// rules/scope_restriction.cpp — a claim said of a part alone ("بالنسبة إلى الفنادق") is compared only with claims naming that part.
#include "../relation_rules.h"
#include <algorithm>
#include <functional>

namespace isnad::xref::detail {
namespace {

bool same_scope(const ClaimFeatures& x, const ClaimFeatures& y) {
  auto named_in = [](const ClaimFeatures& part, const ClaimFeatures& other) {
    return part.restricted.empty() ||
           std::any_of(part.restricted.begin(), part.restricted.end(), [&](const std::u32string& w) {
             return other.terms.count(w) > 0 || std::binary_search(other.named.begin(), other.named.end(), std::hash<std::u32string>{}(w));
           });
  };
  return named_in(x, y) && named_in(y, x);
}

// A tax "unchanged for hotels" says nothing of the tax on food: when one claim is said of a part
// alone that the other does not name, neither their values nor a denial are compared.
bool other_part(const ClaimPair& p) { return !same_scope(p.x, p.y); }

}  // namespace

const RelationRule kScopeRestriction = [] {
  RelationRule r{"scope restriction"};
  r.two_scopes = other_part;
  return r;
}();

}  // namespace isnad::xref::detail
