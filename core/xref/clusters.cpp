#include "clusters.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "relation_rules.h"

namespace isnad::xref::detail {
namespace {

// Clusters as a union-find forest, each root with its members.
class Merger {
 public:
  Merger(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const ClaimVectors& vectors, const Options& opt)
      : claims_(claims), index_(index), vec_(vectors), opt_(opt), parent_(claims.size()), members_(claims.size()),
        facts_(claims.size()), homes_(claims.size(), 1) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (std::uint32_t i = 0; i < claims.size(); ++i) members_[i] = {i};
  }

  // Joins the clusters of a link's claims when they are alike enough on average.
  void offer(const Link& e) {
    std::uint32_t a = find(e.a), b = find(e.b);
    if (a == b || members_[a].size() + members_[b].size() > opt_.max_cluster_claims) return;
    if (!alike(members_[a], members_[b], opt_.min_similarity)) return;
    if (members_[a].size() < members_[b].size()) std::swap(a, b);
    parent_[b] = a;
    members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
    std::vector<std::uint32_t>().swap(members_[b]);
  }

  // After every merge: a link whose claims stayed apart adds each to the other's cluster as a further
  // fact it states, when it is alike to all of that cluster and the cluster has none of its article.
  void offer_fact(const Link& e) {
    const std::uint32_t a = find(e.a), b = find(e.b);
    if (a == b) return;
    add_fact(e.a, b);
    add_fact(e.b, a);
  }

  std::vector<std::vector<std::uint32_t>> clusters() {
    std::vector<std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < claims_.size(); ++i) {
      if (parent_[i] != i) continue;
      auto all = std::move(members_[i]);
      all.insert(all.end(), facts_[i].begin(), facts_[i].end());
      if (all.size() >= 2) groups.push_back(std::move(all));
    }
    return groups;
  }

 private:
  void add_fact(std::uint32_t claim, std::uint32_t root) {
    if (homes_[claim] >= opt_.max_facts || members_[root].size() + facts_[root].size() >= opt_.max_cluster_claims) return;
    const auto article = index_.article_of[claim];
    auto of_article = [&](std::uint32_t m) { return index_.article_of[m] == article; };
    if (std::any_of(members_[root].begin(), members_[root].end(), of_article) ||
        std::any_of(facts_[root].begin(), facts_[root].end(), of_article))
      return;
    if (!alike({claim}, members_[root], opt_.fact_similarity)) return;
    facts_[root].push_back(claim);
    ++homes_[claim];
  }

  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  // Average linkage over the pairs of claims from different articles.
  bool alike(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, double threshold) const {
    double sum = 0;
    std::size_t pairs = 0;
    for (auto x : a)
      for (auto y : b)
        if (index_.article_of[x] != index_.article_of[y]) {
          if (!never_linked(claims_[x], claims_[y])) sum += cosine(vec_, x, y);
          ++pairs;
        }
    return pairs != 0 && !(sum < threshold * static_cast<double>(pairs));
  }

  const std::vector<ClaimFeatures>& claims_;
  const TermIndex& index_;
  const ClaimVectors& vec_;
  const Options& opt_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::vector<std::uint32_t>> members_;
  std::vector<std::vector<std::uint32_t>> facts_;   // root → claims that joined it as a further fact
  std::vector<std::size_t> homes_;                  // claim → clusters it belongs to
};

}  // namespace

std::vector<std::vector<std::uint32_t>> cluster_claims(std::vector<Link> links, const std::vector<ClaimFeatures>& claims,
                                                       const TermIndex& index, const ClaimVectors& vectors, const Options& opt) {
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  Merger merger(claims, index, vectors, opt);
  for (const auto& e : links) merger.offer(e);
  if (opt.max_facts > 1)
    for (const auto& e : links) {   // strongest first; only links as strong as a further fact must be (bounds the work)
      if (e.score < opt.fact_similarity) break;
      merger.offer_fact(e);
    }
  return merger.clusters();
}

}  // namespace isnad::xref::detail
