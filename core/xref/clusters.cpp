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
      : claims_(claims), index_(index), vec_(vectors), opt_(opt), parent_(claims.size()), members_(claims.size()) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (std::uint32_t i = 0; i < claims.size(); ++i) members_[i] = {i};
  }

  // Joins the clusters of a link's claims when they are alike enough on average.
  void offer(const Link& e) {
    std::uint32_t a = find(e.a), b = find(e.b);
    if (a == b || members_[a].size() + members_[b].size() > opt_.max_cluster_claims) return;
    if (!alike(members_[a], members_[b])) return;
    if (members_[a].size() < members_[b].size()) std::swap(a, b);
    parent_[b] = a;
    members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
    std::vector<std::uint32_t>().swap(members_[b]);
  }

  std::vector<std::vector<std::uint32_t>> clusters() {
    std::vector<std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < claims_.size(); ++i)
      if (parent_[i] == i && members_[i].size() >= 2) groups.push_back(std::move(members_[i]));
    return groups;
  }

 private:
  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  // Average linkage over the pairs of claims from different articles.
  bool alike(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) const {
    double sum = 0;
    std::size_t pairs = 0;
    for (auto x : a)
      for (auto y : b)
        if (index_.article_of[x] != index_.article_of[y]) {
          if (!never_linked(claims_[x], claims_[y])) sum += cosine(vec_, x, y);
          ++pairs;
        }
    return pairs != 0 && !(sum < opt_.min_similarity * static_cast<double>(pairs));
  }

  const std::vector<ClaimFeatures>& claims_;
  const TermIndex& index_;
  const ClaimVectors& vec_;
  const Options& opt_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::vector<std::uint32_t>> members_;
};

}  // namespace

std::vector<std::vector<std::uint32_t>> cluster_claims(std::vector<Link> links, const std::vector<ClaimFeatures>& claims,
                                                       const TermIndex& index, const ClaimVectors& vectors, const Options& opt) {
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  Merger merger(claims, index, vectors, opt);
  for (const auto& e : links) merger.offer(e);
  return merger.clusters();
}

}  // namespace isnad::xref::detail
