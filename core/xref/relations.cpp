#include "relations.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#include "values.h"

namespace isnad::xref::detail {
namespace {

// Each article's publication day (day_number), or kNoDay when it has none.
std::vector<long> publication_days(const std::vector<corpus::Article>& articles) {
  std::vector<long> out;
  for (const auto& a : articles) out.push_back(a.meta.date ? day_number(*a.meta.date) : kNoDay);
  return out;
}

// Whether two publication days are both known and more than a day apart.
bool days_apart(long x, long y) { return x != kNoDay && y != kNoDay && std::labs(x - y) > 1; }

// Whether two articles are both known to be one outlet's: the same template sentence with other
// figures in two of its articles is a recurring report (a daily weather bulletin whose pages all
// carry the day they were collected), not two sources disagreeing.
bool same_outlet(const corpus::Article& a, const corpus::Article& b) {
  return a.meta.outlet && b.meta.outlet && !a.meta.outlet->empty() && *a.meta.outlet == *b.meta.outlet;
}

class Relater {
 public:
  Relater(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const ClaimVectors& vectors,
          const std::vector<corpus::Article>& articles, const Options& opt)
      : claims_(claims), index_(index), vec_(vectors), articles_(articles), opt_(opt), published_(publication_days(articles)) {}

  // The cluster of `members` (sorted in (article, claim) order) with its differences and relation.
  Cluster relate(const std::vector<std::uint32_t>& members) const {
    Cluster k;
    for (auto m : members) k.claims.push_back({claims_[m].article, claims_[m].claim});
    for (std::size_t x = 0; x < members.size(); ++x)
      for (std::size_t y = x + 1; y < members.size(); ++y) pair_differences(members[x], members[y], k.differences);
    // Differences of fact first, then of scope, then of source: the note names the weightiest.
    std::stable_sort(k.differences.begin(), k.differences.end(), [](const Difference& a, const Difference& b) { return a.kind < b.kind; });
    if (!k.differences.empty()) k.note = describe(k.differences.front());
    auto any = [&](Difference::Kind kind) {
      return std::any_of(k.differences.begin(), k.differences.end(), [&](const Difference& d) { return d.kind == kind; });
    };
    k.relation = any(Difference::Kind::fact) ? Relation::disagree : any(Difference::Kind::scope) ? Relation::partial : Relation::agree;
    return k;
  }

 private:
  // Which values two claims of one event compare. Percentages, money and measures only in claims that
  // say nearly the same thing in words (the same wire sentence in two outlets) of articles a day apart
  // at most (the same sentence days apart is a recurring report about another day) and of two outlets
  // (one outlet's template sentence with other figures is its recurring report); a market's move
  // ("Brent rose 36 cents to $50.35") only against a quote of the same time of day. A figure told as
  // risen or fallen to ("the toll rose to 22") is as of its day: not compared between articles days
  // apart. Dates only when the claims have some words in common besides them.
  Compared compared(std::uint32_t i, std::uint32_t j) const {
    const auto &cx = claims_[i], &cy = claims_[j];
    const bool apart = days_apart(published_[cx.article], published_[cy.article]);
    const double words = words_cosine(vec_, i, j, index_.value_term);
    Compared c;
    c.generic_units = words >= opt_.paraphrase && !apart && !same_outlet(articles_[cx.article], articles_[cy.article]) &&
                      ((!cx.quote && !cy.quote) || (cx.time_of_day >= 0 && cx.time_of_day == cy.time_of_day));
    c.counts = !(apart && (cx.moving || cy.moving));
    c.dates = words >= opt_.dated_alike;
    return c;
  }

  // The difference of fact or scope between two claims: values of one event that cannot both be true
  // ("appointed in 2012" and "ran in 2003" are two events, not a conflict), else an event one denies
  // and the other states, else a figure one leaves unclear.
  std::optional<Difference> fact_or_scope(std::uint32_t i, std::uint32_t j) const {
    const auto &cx = claims_[i], &cy = claims_[j];
    std::optional<Difference> d;
    if (share_event(cx, cy)) d = value_difference(cx.values, cy.values, compared(i, j));
    if (!d && same_scope(cx, cy) && !deictic_days_apart(cx, cy)) d = negation_difference(cx, cy);
    if (!d) d = unclear_count(cx.values, cy.values);
    return d;
  }

  void pair_differences(std::uint32_t i, std::uint32_t j, std::vector<Difference>& out) const {
    const auto &cx = claims_[i], &cy = claims_[j];
    if (cx.article == cy.article || cosine(vec_, i, j) < opt_.min_similarity) return;
    auto add = [&](Difference d) {
      d.a = {cx.article, cx.claim};
      d.b = {cy.article, cy.claim};
      out.push_back(std::move(d));
    };
    if (auto d = fact_or_scope(i, j)) add(std::move(*d));
    if (auto s = status_difference(cx, cy)) add(std::move(*s));
    if (source_variant(cx, cy)) {
      Difference d;
      d.kind = Difference::Kind::source;
      d.slot = Difference::Slot::source;
      d.value_a = d.a_said = cx.source;
      d.value_b = d.b_said = cy.source;
      add(std::move(d));
    }
  }

  const std::vector<ClaimFeatures>& claims_;
  const TermIndex& index_;
  const ClaimVectors& vec_;
  const std::vector<corpus::Article>& articles_;
  const Options& opt_;
  const std::vector<long> published_;
};

}  // namespace

std::vector<Cluster> relate_clusters(std::vector<std::vector<std::uint32_t>> groups, const std::vector<ClaimFeatures>& claims,
                                     const TermIndex& index, const ClaimVectors& vectors,
                                     const std::vector<corpus::Article>& articles, const Options& opt) {
  const Relater relater(claims, index, vectors, articles, opt);
  std::vector<Cluster> out;
  for (auto& members : groups) {
    std::set<std::size_t> arts;
    for (auto m : members) arts.insert(claims[m].article);
    if (arts.size() < 2) continue;
    std::sort(members.begin(), members.end(), [&](auto x, auto y) {
      return std::tie(claims[x].article, claims[x].claim) < std::tie(claims[y].article, claims[y].claim);
    });
    out.push_back(relater.relate(members));
  }
  std::sort(out.begin(), out.end(), [](const Cluster& a, const Cluster& b) {
    return std::tie(a.claims.front().article, a.claims.front().claim) < std::tie(b.claims.front().article, b.claims.front().claim);
  });
  return out;
}

}  // namespace isnad::xref::detail
