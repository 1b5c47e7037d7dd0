// rules/dated_alike.cpp — two dates are of one event only when the claims share some words besides them.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// May's count of payment terminals and July's US jobs data share "rise" and little else: dates are
// compared only when the claims' cosine over words, values left out, reaches Options::dated_alike.
void dated_alike(const ClaimPair& p, Compared& c) { c.dates = c.dates && p.words >= p.options.dated_alike; }

}  // namespace

const RelationRule kDatedAlike = [] {
  RelationRule r{"dated alike"};
  r.narrow = dated_alike;
  return r;
}();

}  // namespace isnad::xref::detail
