#include "term_index.h"

#include <string>
#include <unordered_map>

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

}  // namespace

TermIndex index_terms(const std::vector<ClaimFeatures>& claims, const Options& opt) {
  TermIndex x;
  auto& term_id = x.term_id;
  x.ids.resize(claims.size());
  x.article_of.resize(claims.size());
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    x.article_of[i] = static_cast<std::uint32_t>(claims[i].article);
    for (const auto& [t, n] : claims[i].terms) {
      auto [it, fresh] = term_id.emplace(t, static_cast<std::uint32_t>(x.df.size()));
      if (fresh) {
        x.df.push_back(0);
        x.kind.push_back(kind_weight(t, opt));
        x.value_term.push_back(!t.empty() && t[0] == kValueTag);
      }
      ++x.df[it->second];
      x.ids[i].push_back(it->second);
    }
  }
  return x;
}

}  // namespace isnad::xref::detail
