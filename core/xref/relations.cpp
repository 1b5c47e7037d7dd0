#include "relations.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "relation_rules.h"
#include "values.h"

namespace isnad::xref::detail {
namespace {

// Each article's publication day (day_number), or kNoDay when it has none.
std::vector<long> publication_days(const std::vector<corpus::Article>& articles) {
  std::vector<long> out;
  for (const auto& a : articles) out.push_back(a.meta.date ? day_number(*a.meta.date) : kNoDay);
  return out;
}

// Whether both claims state an event concept in common, neither negating it (انسحاب and رحيل are one).
bool state_one_event(const ClaimFeatures& x, const ClaimFeatures& y) {
  for (const auto& c : x.concepts)
    if (y.concepts.count(c) && !x.negated.count(c) && !y.negated.count(c)) return true;
  return false;
}

// The order in which a cluster's differences are listed: fact, scope, update, source, status.
int weight(Difference::Kind k) {
  switch (k) {
    case Difference::Kind::fact: return 0;
    case Difference::Kind::scope: return 1;
    case Difference::Kind::update: return 2;
    case Difference::Kind::source: return 3;
    case Difference::Kind::status: return 4;
  }
  return 5;
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
    // Differences of fact first, then of scope, then updates, then of source and status: the note
    // names the weightiest.
    std::stable_sort(k.differences.begin(), k.differences.end(), [](const Difference& a, const Difference& b) { return weight(a.kind) < weight(b.kind); });
    if (!k.differences.empty()) k.note = describe(k.differences.front());
    k.relation = relation_of(k.differences);
    return k;
  }

 private:
  // What the rules know of a pair: one scope, one event, which values compared.
  ClaimPair pair_of(std::uint32_t i, std::uint32_t j) const {
    const auto &cx = claims_[i], &cy = claims_[j];
    ClaimPair p{cx, cy, articles_[cx.article], articles_[cy.article], published_[cx.article], published_[cy.article], opt_, false, false, 0, {}};
    const auto& rules = relation_rules();
    auto any = [&](bool (*RelationRule::*hook)(const ClaimPair&)) {
      return std::any_of(rules.begin(), rules.end(), [&](const RelationRule& r) { return r.*hook && (r.*hook)(p); });
    };
    p.one_scope = !any(&RelationRule::two_scopes);
    p.one_event = p.one_scope && !any(&RelationRule::two_events) && state_one_event(cx, cy);
    if (p.one_event) {
      p.words = words_cosine(vec_, i, j, index_.value_term);
      for (const auto& r : rules)
        if (r.narrow) r.narrow(p, p.compared);
    }
    return p;
  }

  // The pair's differences: the first difference of fact or scope a rule finds, then those noted beside.
  void pair_differences(std::uint32_t i, std::uint32_t j, std::vector<Difference>& out) const {
    const auto &cx = claims_[i], &cy = claims_[j];
    if (cx.article == cy.article || cosine(vec_, i, j) < opt_.min_similarity) return;
    auto add = [&](Difference d) {
      d.a = {cx.article, cx.claim};
      d.b = {cy.article, cy.claim};
      out.push_back(std::move(d));
    };
    const ClaimPair p = pair_of(i, j);
    for (const auto& r : relation_rules())
      if (r.fact)
        if (auto d = r.fact(p)) { add(std::move(*d)); break; }
    for (const auto& r : relation_rules())
      if (r.detail)
        if (auto d = r.detail(p)) add(std::move(*d));
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

namespace isnad::xref {

Relation relation_of(const std::vector<Difference>& differences) {
  auto any = [&](Difference::Kind kind) {
    return std::any_of(differences.begin(), differences.end(), [&](const Difference& d) { return d.kind == kind; });
  };
  return any(Difference::Kind::fact)     ? Relation::disagree
         : any(Difference::Kind::scope)  ? Relation::partial
         : any(Difference::Kind::update) ? Relation::updated
                                         : Relation::agree;
}

Relation pair_relation(const Cluster& cluster, const ClaimRef& a, const ClaimRef& b) {
  auto same = [](const ClaimRef& x, const ClaimRef& y) { return x.article == y.article && x.claim == y.claim; };
  std::vector<Difference> between;
  for (const auto& d : cluster.differences)
    if ((same(d.a, a) && same(d.b, b)) || (same(d.a, b) && same(d.b, a))) between.push_back(d);
  return relation_of(between);
}

}  // namespace isnad::xref
