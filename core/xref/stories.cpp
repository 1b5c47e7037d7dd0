#include "stories.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace isnad::xref::detail {

Stories::Stories(std::size_t articles, std::size_t terms, const std::vector<std::vector<std::uint32_t>>& claim_terms,
                 const std::vector<std::uint32_t>& claim_article, const Options& opt,
                 const std::vector<double>* corpus_df, double corpus_articles)
    : vec_(articles), norm_(articles, 0.0), terms_(terms), threshold_(opt.same_story), signature_(opt.story_signature),
      common_(opt.story_common), candidates_(opt.story_candidates), max_story_(opt.max_story),
      step_(opt.story_step) {
  // An article's count of a term is the number of its claims that use it. Claims come in article
  // order, so each article's terms are one run, counted by sorting.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> tf(articles);   // article → (term, count)
  std::vector<std::uint32_t> ids;
  for (std::size_t i = 0; i < claim_terms.size();) {
    const auto a = claim_article[i];
    ids.clear();
    for (; i < claim_terms.size() && claim_article[i] == a; ++i) ids.insert(ids.end(), claim_terms[i].begin(), claim_terms[i].end());
    std::sort(ids.begin(), ids.end());
    for (auto id : ids) {
      if (tf[a].empty() || tf[a].back().first != id) tf[a].push_back({id, 0});
      ++tf[a].back().second;
    }
  }
  std::vector<std::uint32_t> df(terms, 0);
  double told = 0;   // articles with a claim
  for (const auto& t : tf) {
    for (const auto& [id, n] : t) ++df[id];
    if (!t.empty()) ++told;
  }
  for (std::size_t a = 0; a < articles; ++a) {
    double s = 0;
    for (const auto& [id, n] : tf[a]) {
      const bool global = corpus_df && (*corpus_df)[id] > 0;   // Options::corpus
      const float w = static_cast<float>((1 + std::log(static_cast<double>(n))) *
                                         (global ? std::log(1 + corpus_articles / (*corpus_df)[id]) : std::log(1 + told / df[id])));
      vec_[a].push_back({id, w});
      s += static_cast<double>(w) * w;
    }
    norm_[a] = std::sqrt(s);
    std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(tf[a]);
  }
}

double Stories::cosine(std::uint32_t a, std::uint32_t b) const {
  const auto &x = vec_[a], &y = vec_[b];
  double dot = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i].first < y[j].first) ++i;
    else if (y[j].first < x[i].first) ++j;
    else dot += static_cast<double>(x[i++].second) * y[j++].second;
  }
  return dot / (norm_[a] * norm_[b] + 1e-12);
}

double Stories::similarity(std::uint32_t a, std::uint32_t b) {
  const std::uint64_t key = (std::uint64_t(std::min(a, b)) << 32) | std::max(a, b);
  auto [it, fresh] = same_.emplace(key, 0.0);
  if (fresh) it->second = cosine(a, b);
  return it->second;
}

bool Stories::one_story(std::uint32_t a, std::uint32_t b) { return similarity(a, b) >= threshold_; }

std::vector<std::uint32_t> dense_stories(std::size_t articles, std::vector<StoryPair> pairs, double threshold,
                                         std::size_t max_story, double step) {
  // Each round joins a group's articles by its pairs at the round's threshold; a part of more than
  // max_story articles goes to the next round with only its pairs above the next threshold.
  std::vector<std::uint32_t> parent(articles), part(articles, 0);   // part: the group an article is in this round
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<std::uint32_t> size(articles), final_root(articles, UINT32_MAX);
  std::vector<char> settled(articles, 0);
  for (int level = 0;; ++level) {
    const double t = threshold + level * step;
    for (std::uint32_t a = 0; a < articles; ++a)
      if (!settled[a]) parent[a] = a;
    for (const auto& p : pairs)
      if (p.cosine >= t) {
        const auto x = find(p.a), y = find(p.b);
        if (x != y) parent[std::max(x, y)] = std::min(x, y);
      }
    std::fill(size.begin(), size.end(), 0);
    for (std::uint32_t a = 0; a < articles; ++a)
      if (!settled[a]) ++size[find(a)];
    bool again = false;
    for (std::uint32_t a = 0; a < articles; ++a) {
      if (settled[a]) continue;
      const auto r = find(a);
      if (max_story == 0 || size[r] <= max_story || t >= 1) {
        settled[a] = 1;
        final_root[a] = r;
      } else {
        part[a] = r;
        again = true;
      }
    }
    if (!again) break;
    const double next = threshold + (level + 1) * step;
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](const StoryPair& p) { return settled[p.a] || settled[p.b] || part[p.a] != part[p.b] || p.cosine < next; }),
                pairs.end());
  }
  // Stories numbered by their first article (as the groups were before any cut).
  std::vector<std::uint32_t> out(articles), index(articles, UINT32_MAX);
  std::uint32_t next = 0;
  for (std::uint32_t a = 0; a < articles; ++a) {
    auto& k = index[final_root[a]];
    if (k == UINT32_MAX) k = next++;
    out[a] = k;
  }
  return out;
}

std::vector<std::uint32_t> Stories::groups() {
  // Candidates: articles sharing one of an article's signature_ weightiest terms (a term of more
  // than common_ articles' signatures is no evidence), ranked by the dot product over signatures; the
  // best candidates_ are checked with the whole vectors.
  const auto n = static_cast<std::uint32_t>(vec_.size());
  std::vector<std::vector<std::pair<std::uint32_t, float>>> sig(n);
  std::vector<std::vector<std::pair<std::uint32_t, float>>> post(terms_);   // term → (article, weight)
  for (std::uint32_t a = 0; a < n; ++a) {
    sig[a] = vec_[a];
    auto by_weight = [](const auto& x, const auto& y) { return x.second > y.second || (x.second == y.second && x.first < y.first); };
    if (sig[a].size() > signature_) {
      std::partial_sort(sig[a].begin(), sig[a].begin() + signature_, sig[a].end(), by_weight);
      sig[a].resize(signature_);
    }
    for (const auto& [id, w] : sig[a]) post[id].push_back({a, w});
  }
  std::vector<StoryPair> pairs;   // candidate pairs of one story at the base threshold
  std::vector<double> acc(n, 0.0);
  std::vector<std::uint32_t> touched;
  std::vector<std::pair<double, std::uint32_t>> top;
  for (std::uint32_t a = 0; a < n; ++a) {
    touched.clear();
    for (const auto& [id, w] : sig[a]) {
      if (post[id].size() > common_) continue;
      for (const auto& [b, v] : post[id]) {
        if (b == a) continue;
        if (acc[b] == 0) touched.push_back(b);
        acc[b] += static_cast<double>(w) * v;
      }
    }
    top.clear();
    for (auto b : touched) { top.push_back({acc[b], b}); acc[b] = 0; }
    if (top.size() > candidates_) {
      std::partial_sort(top.begin(), top.begin() + candidates_, top.end(), [](auto& x, auto& y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
      top.resize(candidates_);
    }
    for (const auto& [s, b] : top)
      if (const double c = similarity(a, b); c >= threshold_) pairs.push_back({a, b, c});
  }
  return dense_stories(n, std::move(pairs), threshold_, max_story_, step_);
}

StoryGroups group_stories(Stories& stories, const TermIndex& index, std::size_t articles, const Options& opt) {
  const bool gated = opt.same_story > 0;
  return claims_by_story(gated ? stories.groups() : std::vector<std::uint32_t>(articles, 0), index, gated);
}

StoryGroups claims_by_story(std::vector<std::uint32_t> story_of, const TermIndex& index, bool gated) {
  StoryGroups g;
  g.gated = gated;
  g.story_of = std::move(story_of);
  const auto& article_of = index.article_of;
  g.order.resize(article_of.size());
  std::iota(g.order.begin(), g.order.end(), 0);
  std::stable_sort(g.order.begin(), g.order.end(), [&](auto x, auto y) { return g.story_of[article_of[x]] < g.story_of[article_of[y]]; });
  for (std::size_t b = 0; b < g.order.size();) {
    std::size_t e = b;
    while (e < g.order.size() && g.story_of[article_of[g.order[e]]] == g.story_of[article_of[g.order[b]]]) ++e;
    g.runs.push_back({b, e});
    b = e;
  }
  return g;
}

}  // namespace isnad::xref::detail
