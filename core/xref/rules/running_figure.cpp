// rules/running_figure.cpp — a running figure given as of different days: the same fact, updated.
#include "../relation_rules.h"

namespace isnad::xref::detail {
namespace {

// A toll (the killed, the wounded, the victims: the casualty unit) grows as reports come in, and any
// figure told as risen or fallen to ("the toll rose to 22") is as of its day. Two such counts
// published on different days are an update of one fact, not a conflict; fixed figures (troops,
// money, dates) and counts of one day still disagree (rules/value_conflict.cpp).
std::optional<Difference> running_figure(const ClaimPair& p) {
  if (!p.one_event || !p.compared.counts || p.published_x == kNoDay || p.published_y == kNoDay || p.published_x == p.published_y)
    return std::nullopt;
  Compared counts_only = p.compared;
  counts_only.dates = false;
  auto d = value_difference(p.x.values, p.y.values, counts_only);
  if (!d || d->kind != Difference::Kind::fact || d->slot != Difference::Slot::count) return std::nullopt;
  if (d->subject != "casualty" && !p.x.moving && !p.y.moving) return std::nullopt;
  d->kind = Difference::Kind::update;
  d->a_day = *p.article_x.meta.date;
  d->b_day = *p.article_y.meta.date;
  return d;
}

}  // namespace

const RelationRule kRunningFigure = [] {
  RelationRule r{"running figure"};
  r.fact = running_figure;
  return r;
}();

}  // namespace isnad::xref::detail
