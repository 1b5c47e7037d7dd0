#include "term_index.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "isnad/xref/similarity.h"

namespace isnad::xref::detail {
namespace {

double kind_weight(const std::u32string& term, const Options& opt) {
  switch (term.empty() ? 0 : term[0]) {
    case kValueTag: return opt.value_weight;
    case kEntityTag: return opt.entity_weight;
    case kConceptTag: return opt.concept_weight;
    default: return 1.0;
  }
}

// The neighbours of each stem term among the terms the claims use.
void link_near_terms(TermIndex& x, const Options& opt) {
  x.near.resize(x.terms());
  for (const auto& [term, id] : x.term_id) {
    if (term.empty() || term[0] <= kValueTag) continue;
    for (const auto& s : similar_stems(term)) {
      if (s.cosine < opt.similar_min) break;
      const auto it = x.term_id.find(s.stem);
      if (it == x.term_id.end() || it->second == id) continue;
      x.near[id].push_back({it->second, static_cast<float>(s.cosine)});
      x.near[it->second].push_back({id, static_cast<float>(s.cosine)});
    }
  }
  for (auto& n : x.near) {   // a pair listed both ways: once, at its higher cosine
    std::sort(n.begin(), n.end(), [](auto& a, auto& b) { return a.first < b.first || (a.first == b.first && a.second > b.second); });
    n.erase(std::unique(n.begin(), n.end(), [](auto& a, auto& b) { return a.first == b.first; }), n.end());
  }
}

}  // namespace

TermIndex index_terms(const std::vector<ClaimFeatures>& claims, const Options& opt) {
  TermIndex x;
  index_more(x, claims, opt);
  return x;
}

void index_more(TermIndex& x, const std::vector<ClaimFeatures>& claims, const Options& opt) {
  auto& term_id = x.term_id;
  const std::size_t first = x.ids.size();
  x.ids.resize(first + claims.size());
  x.tf.resize(first + claims.size());
  x.article_of.resize(first + claims.size());
  for (std::uint32_t k = 0; k < claims.size(); ++k) {
    const std::size_t i = first + k;
    x.article_of[i] = static_cast<std::uint32_t>(claims[k].article);
    for (const auto& [t, n] : claims[k].terms) {
      auto [it, fresh] = term_id.try_emplace(t, static_cast<std::uint32_t>(x.df.size()));   // no node made for a known term
      if (fresh) {
        x.df.push_back(0);
        x.kind.push_back(kind_weight(t, opt));
        x.value_term.push_back(!t.empty() && t[0] == kValueTag);
      }
      ++x.df[it->second];
      x.ids[i].push_back(it->second);
      x.tf[i].push_back(static_cast<float>(n));   // sums of 1 and 0.5: exact
    }
  }
  if (opt.similar_weight > 0) {
    x.near.clear();
    link_near_terms(x, opt);
  }
}

void reorder(TermIndex& x, const std::vector<std::uint32_t>& order) {
  permute(x.ids, order);
  permute(x.tf, order);
  permute(x.article_of, order);
}

}  // namespace isnad::xref::detail
