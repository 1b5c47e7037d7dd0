#include "claim_vectors.h"

#include <algorithm>
#include <cmath>

namespace isnad::xref::detail {

ClaimVectors weigh_claims(const std::vector<ClaimFeatures>& claims, const TermIndex& index, const StoryGroups& stories,
                          const Options& opt) {
  ClaimVectors v;
  if (opt.similar_weight > 0 && !index.near.empty()) {
    v.near = &index.near;
    v.similar_weight = opt.similar_weight;
  }
  v.terms.resize(claims.size());
  v.norm.assign(claims.size(), 0.0);
  std::vector<std::uint32_t> story_df(index.terms(), 0);   // claims of the story with the term
  for (const auto& [b, e] : stories.runs) {
    // Terms weigh by their rarity among the story's check-worthy claims: the others (Options::
    // other_claims) are matched against them, not counted (a term only they use counts once).
    std::size_t checkworthy = 0;
    for (std::size_t k = b; k < e; ++k) {
      if (!claims[stories.order[k]].checkworthy) continue;
      ++checkworthy;
      for (auto id : index.ids[stories.order[k]]) ++story_df[id];
    }
    const double N = static_cast<double>(std::max<std::size_t>(checkworthy, 1));
    for (std::size_t k = b; k < e; ++k) {
      const std::uint32_t i = stories.order[k];
      double s = 0;
      for (std::size_t t = 0; t < index.ids[i].size(); ++t) {
        const std::uint32_t id = index.ids[i][t];
        const double tf = index.tf[i][t];
        const double w = (1 + std::log(std::max(tf, 1.0))) * std::log(1 + N / std::max<std::uint32_t>(story_df[id], 1)) * index.kind[id];
        s += w * w;
        v.terms[i].push_back({id, w});
      }
      v.norm[i] = std::sqrt(s);
      std::sort(v.terms[i].begin(), v.terms[i].end());
    }
    for (std::size_t k = b; k < e; ++k)
      for (auto id : index.ids[stories.order[k]]) story_df[id] = 0;
  }
  return v;
}

double cosine(const ClaimVectors& v, std::uint32_t ia, std::uint32_t ib) {
  const auto &a = v.terms[ia], &b = v.terms[ib];
  double dot = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  if (v.near) dot += v.similar_weight * 0.5 * (soft_dot(v, ia, ib) + soft_dot(v, ib, ia));
  return score(dot, v.norm[ia], v.norm[ib]);
}

double soft_dot(const ClaimVectors& v, std::uint32_t ia, std::uint32_t ib) {
  if (!v.near) return 0;
  const auto &a = v.terms[ia], &b = v.terms[ib];
  auto find = [](const std::vector<std::pair<std::uint32_t, double>>& x, std::uint32_t id) {
    const auto it = std::lower_bound(x.begin(), x.end(), std::pair<std::uint32_t, double>{id, -1e300});
    return it != x.end() && it->first == id ? &*it : nullptr;
  };
  double dot = 0;
  for (const auto& [t, x] : a) {
    if (find(b, t)) continue;
    double best = 0;
    for (const auto& [u, s] : (*v.near)[t])
      if (const auto* m = find(b, u); m && !find(a, u)) best = std::max(best, s * x * m->second);
    dot += best;
  }
  return dot;
}

double words_cosine(const ClaimVectors& v, std::uint32_t ia, std::uint32_t ib, const std::vector<bool>& value_term) {
  const auto &a = v.terms[ia], &b = v.terms[ib];
  double dot = 0, na = 0, nb = 0;
  for (const auto& [id, w] : a) if (!value_term[id]) na += w * w;
  for (const auto& [id, w] : b) if (!value_term[id]) nb += w * w;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else { if (!value_term[a[i].first]) dot += a[i].second * b[j].second; ++i; ++j; }
  }
  return dot / (std::sqrt(na * nb) + 1e-12);
}

}  // namespace isnad::xref::detail
