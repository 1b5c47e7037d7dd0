#include "candidate_links.h"

#include <algorithm>

#include "relation_rules.h"

namespace isnad::xref::detail {
namespace {

// Dense scratch arrays (dot products per claim, best match per article) with lists of what was
// touched: the inner loop stays in cache.
class Linker {
 public:
  Linker(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const ClaimVectors& vectors, Stories& stories,
         const StoryGroups& groups, std::size_t articles, const Options& opt)
      : claims_(claims), index_(index), vec_(vectors), stories_(stories), groups_(groups), opt_(opt),
        postings_(index.terms()), acc_(claims.size(), 0.0), soft_(claims.size(), 0.0), seen_(claims.size(), 0),
        mine_(index.terms(), 0), best_(articles, {-1.0, 0}) {}

  // The links of one story's claims, order[b, e).
  void link_story(std::size_t b, std::size_t e, std::vector<Link>& out) {
    const auto& order = groups_.order;
    const auto& article_of = index_.article_of;
    if (article_of[order[b]] == article_of[order[e - 1]]) return;   // one article: nothing to link
    for (std::size_t k = b; k < e; ++k)
      for (const auto& [id, w] : vec_.terms[order[k]]) postings_[id].push_back({order[k], w});
    const std::size_t common = std::clamp<std::size_t>((e - b) / opt_.common_divisor, opt_.common_min, opt_.common_max);
    for (std::size_t k = b; k < e; ++k) link_claim(order[k], common, out);
    for (std::size_t k = b; k < e; ++k)
      for (const auto& [id, w] : vec_.terms[order[k]]) postings_[id].clear();
  }

 private:
  // Dot products of claim i with every claim of another article sharing a term of at most `common`
  // postings; and, for those with a learned neighbour of one of i's terms that i lacks, a bound on
  // their soft matches (every pair counted, not only each term's best).
  void accumulate(std::uint32_t i, std::size_t common) {
    touched_.clear();
    ++stamp_;
    const std::uint32_t ai = index_.article_of[i];
    auto touch = [&](std::uint32_t j) {
      if (seen_[j] != stamp_) { seen_[j] = stamp_; touched_.push_back(j); }
    };
    for (auto& [id, x] : vec_.terms[i]) {
      mine_[id] = stamp_;
      const auto& post = postings_[id];
      if (post.size() > common) continue;
      for (auto& [j, w] : post) {
        if (index_.article_of[j] == ai) continue;
        touch(j);
        acc_[j] += x * w;
      }
    }
    if (!vec_.near) return;
    for (auto& [id, x] : vec_.terms[i])
      for (const auto& [u, s] : (*vec_.near)[id]) {
        const auto& post = postings_[u];
        if (mine_[u] == stamp_ || post.size() > common) continue;
        for (auto& [j, w] : post) {
          if (index_.article_of[j] == ai) continue;
          touch(j);
          soft_[j] += s * x * w;
        }
      }
  }

  // Claim i's best match in each other article (one about other people scores 0; asked only of a
  // candidate that would be linked and be its article's best).
  void best_per_article(std::uint32_t i) {
    touched_articles_.clear();
    for (auto j : touched_) {
      double s = score(acc_[j], vec_.norm[i], vec_.norm[j]);
      if (soft_[j] > 0 && score(acc_[j] + vec_.similar_weight * soft_[j], vec_.norm[i], vec_.norm[j]) >= opt_.min_similarity)
        s = score(acc_[j] + vec_.similar_weight * 0.5 * (soft_dot(vec_, i, j) + soft_dot(vec_, j, i)), vec_.norm[i], vec_.norm[j]);
      acc_[j] = soft_[j] = 0;
      auto& m = best_[index_.article_of[j]];
      if (m.first < 0) touched_articles_.push_back(index_.article_of[j]);
      if (s > m.first && s >= opt_.min_similarity && never_linked(claims_[i], claims_[j])) s = 0;
      if (s < opt_.other_claims && !(claims_[i].checkworthy && claims_[j].checkworthy)) s = 0;   // not check-worthy: a near copy only
      if (s > m.first) m = {s, j};
    }
  }

  void link_claim(std::uint32_t i, std::size_t common, std::vector<Link>& out) {
    accumulate(i, common);
    best_per_article(i);
    const std::uint32_t ai = index_.article_of[i];
    top_.clear();
    for (auto a : touched_articles_) {
      if (best_[a].first >= opt_.min_similarity && one_story(stories_, groups_, ai, a)) top_.push_back(best_[a]);
      best_[a] = {-1.0, 0};
    }
    if (top_.size() > opt_.max_links) {
      std::partial_sort(top_.begin(), top_.begin() + opt_.max_links, top_.end(), [](auto& x, auto& y) { return x.first > y.first; });
      top_.resize(opt_.max_links);
    }
    for (auto& [s, j] : top_) out.push_back({s, i, j});
  }

  const std::vector<ClaimFeatures>& claims_;
  const TermIndex& index_;
  const ClaimVectors& vec_;
  Stories& stories_;
  const StoryGroups& groups_;
  const Options& opt_;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> postings_;   // term → (claim, weight)
  std::vector<double> acc_;                                               // claim → dot product so far
  std::vector<double> soft_;                                              // claim → bound on its soft matches
  std::vector<std::uint32_t> seen_, mine_;                                // claim touched, term of i: stamp_
  std::uint32_t stamp_ = 0;
  std::vector<std::uint32_t> touched_, touched_articles_;
  std::vector<std::pair<double, std::uint32_t>> best_;                    // article → (score, claim)
  std::vector<std::pair<double, std::uint32_t>> top_;
};

}  // namespace

std::vector<Link> candidate_links(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const ClaimVectors& vectors,
                                  Stories& stories, const StoryGroups& groups, std::size_t articles, const Options& opt) {
  Linker linker(claims, index, vectors, stories, groups, articles, opt);
  std::vector<Link> links;
  for (const auto& [b, e] : groups.runs) linker.link_story(b, e, links);
  return links;
}

}  // namespace isnad::xref::detail
