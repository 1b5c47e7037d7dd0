// rules/paraphrase.cpp — percentages, money and measures only between claims that say nearly the same thing.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// Percentages, sums of money and measures name no slot by their unit ("3%" of what?): they are
// compared only between claims this alike in their words, values left out (Options::paraphrase): the
// same wire sentence in two outlets, where a different figure is a discrepancy whatever its unit.
void paraphrase(const ClaimPair& p, Compared& c) { c.generic_units = c.generic_units && p.words >= p.options.paraphrase; }

}  // namespace

const RelationRule kParaphrase = [] {
  RelationRule r{"paraphrase"};
  r.narrow = paraphrase;
  return r;
}();

}  // namespace isnad::xref::detail
