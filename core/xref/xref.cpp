#include "isnad/xref/xref.h"

#include <algorithm>
#include <unordered_map>

#include "isnad/xref/archive.h"
#include "isnad/xref/formulaic.h"
#include "candidate_links.h"
#include "claim_features.h"
#include "claim_vectors.h"
#include "clusters.h"
#include "relations.h"
#include "stories.h"
#include "term_index.h"

namespace isnad::xref {
namespace {

// The claims less the formulaic ones (prayers, set phrases): they state no fact.
std::vector<detail::ClaimFeatures> without_formulaic(std::vector<detail::ClaimFeatures> claims, const std::vector<corpus::Article>& articles,
                                                     const analysis::Analysis& an, const Options& opt) {
  if (opt.formulaic_share <= 0) return claims;
  std::vector<detail::ClaimFeatures> out;
  for (auto& f : claims) {
    const auto& cl = an.articles[f.article].claims[f.claim];
    const auto text = std::u32string_view(articles[f.article].text).substr(cl.start, cl.end - cl.start);
    if (formulaic(text, opt.formulaic_share)) continue;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                                     const Options& opt) {
  using namespace detail;
  const auto claims = without_formulaic(read_claims(articles, an, opt), articles, an, opt);   // 1. claim reading
  const auto index = index_terms(claims, opt);                                   // 2. term index
  std::vector<double> corpus_df;                                                 // Options::corpus
  if (opt.corpus) corpus_df = corpus_document_frequencies(*opt.corpus, index.term_id);
  Stories stories(articles.size(), index.terms(), index.ids, index.article_of, opt, opt.corpus ? &corpus_df : nullptr,
                  opt.corpus ? opt.corpus->articles : 0);
  const auto groups = group_stories(stories, index, articles.size(), opt);       // 3. stories
  const auto vectors = weigh_claims(claims, index, groups, opt);                      //    tf-idf within each story
  auto links = candidate_links(claims, index, vectors, stories, groups, articles.size(), opt);   // 4. candidate links
  auto clusters = cluster_claims(std::move(links), claims, index, vectors, opt);              // 5. clusters
  return relate_clusters(std::move(clusters), claims, index, vectors, articles, opt);        // 6. relations
}

const std::string& note_word(const std::string& key) {
  static const std::unordered_map<std::string, std::string> words = [] {
    std::unordered_map<std::string, std::string> m;
    for (const char* file : {"concepts.txt", "polar_words.txt", "counted_nouns.txt"})
      detail::for_each_data_line(file, [&](const std::vector<std::string>& p) { m.emplace(p[0], p[1]); });
    return m;
  }();
  static const std::string none;
  const auto it = words.find(key);
  return it == words.end() ? none : it->second;
}

}  // namespace isnad::xref
