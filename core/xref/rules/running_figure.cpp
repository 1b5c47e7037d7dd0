// rules/running_figure.cpp — an update of a running figure: counts told as risen or fallen to, days apart, are not compared.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// A figure told as risen or fallen to ("the toll rose to 22") is as of its day: counts of articles
// more than a day apart are updates, not a conflict.
void running_figure(const ClaimPair& p, Compared& c) { c.counts = c.counts && !(days_apart(p) && (p.x.moving || p.y.moving)); }

}  // namespace

const RelationRule kRunningFigure = [] {
  RelationRule r{"running figure"};
  r.narrow = running_figure;
  return r;
}();

}  // namespace isnad::xref::detail
