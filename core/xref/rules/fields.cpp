// rules/fields.cpp — relations or cooperation in different fields ("in the political, economic and
// security fields" against "a security partnership"): one account adds or leaves out fields, a
// difference of scope.
#include "../relation_rules.h"

#include <string>

namespace isnad::xref::detail {
namespace {

// The fields as a difference names them, a bit each (ClaimFeatures::fields), in the order of kFieldNames.
std::string field_names(std::uint16_t fields) {
  std::string out;
  for (std::size_t i = 0; i < kFieldNames.size(); ++i)
    if (fields & (1u << i)) out += (out.empty() ? "" : " ") + std::string(kFieldNames[i]);
  return out;
}

std::optional<Difference> other_fields(const ClaimPair& p) {
  if (!p.one_scope || !p.x.fields || !p.y.fields || p.x.fields == p.y.fields) return std::nullopt;
  Difference d;
  d.kind = Difference::Kind::scope;
  d.slot = Difference::Slot::field;
  d.value_a = field_names(p.x.fields);
  d.value_b = field_names(p.y.fields);
  return d;
}

}  // namespace

const RelationRule kFields = [] {
  RelationRule r{"fields"};
  r.fact = other_fields;
  return r;
}();

}  // namespace isnad::xref::detail
