#include "isnad/xref/archive.h"

#include <map>

#include "claim_features.h"
#include "stories.h"
#include "term_index.h"
#include "isnad/text/utf8.h"

namespace isnad::xref {

std::vector<std::pair<std::string, std::uint32_t>> article_terms(const corpus::Article& article,
                                                                 const analysis::ArticleAnalysis& an) {
  // The claims cross_reference keeps (step 1 of xref.cpp), their terms counted once a claim: the
  // same counts detail::Stories builds an article's vector from.
  std::map<std::u32string, std::uint32_t> tf;
  const detail::ArticleText text(article);
  for (std::size_t c = 0; c < an.claims.size(); ++c) {
    const auto& cl = an.claims[c];
    if (!cl.checkworthy || cl.end <= cl.start || cl.end > article.text.size()) continue;
    const auto f = detail::claim_features(text, an, 0, c);
    for (const auto& [t, n] : f.terms) ++tf[t];
  }
  std::vector<std::pair<std::string, std::uint32_t>> out;
  out.reserve(tf.size());
  for (const auto& [t, n] : tf) out.push_back({text::to_utf8(t), n});
  return out;
}

std::vector<std::uint32_t> stories_of(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                                      const Options& opt) {
  using namespace detail;
  const auto claims = read_claims(articles, an, opt);                           //    (check-worthy claims: the gate's)
  const auto index = index_terms(claims, opt);
  std::vector<double> corpus_df;
  if (opt.corpus) corpus_df = corpus_document_frequencies(*opt.corpus, index.term_id);
  Stories stories(articles.size(), index.terms(), index.ids, index.article_of, opt, opt.corpus ? &corpus_df : nullptr,
                  opt.corpus ? opt.corpus->articles : 0);
  return group_stories(stories, index, articles.size(), opt).story_of;
}

}  // namespace isnad::xref

namespace isnad::xref::detail {

std::vector<double> corpus_document_frequencies(const CorpusStats& stats,
                                                const std::unordered_map<std::u32string, std::uint32_t>& term_id) {
  std::vector<double> out(term_id.size(), 0.0);
  for (const auto& [t, id] : term_id) {
    const auto it = stats.df.find(text::to_utf8(t));
    if (it != stats.df.end()) out[id] = it->second;
  }
  return out;
}

}  // namespace isnad::xref::detail
