#include "isnad/xref/xref.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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

// The links less those with a formulaic claim (prayers, set phrases: they state no fact, and sharing
// one is no corroboration). Asked only of linked claims, each once: most claims are never linked.
std::vector<detail::Link> without_formulaic(std::vector<detail::Link> links, const std::vector<detail::ClaimFeatures>& claims,
                                            const std::vector<corpus::Article>& articles, const analysis::Analysis& an, const Options& opt) {
  if (opt.formulaic_share <= 0) return links;
  std::vector<signed char> known(claims.size(), -1);
  auto formulaic_claim = [&](std::uint32_t i) {
    if (known[i] < 0) {
      const auto& f = claims[i];
      const auto& cl = an.articles[f.article].claims[f.claim];
      known[i] = formulaic(std::u32string_view(articles[f.article].text).substr(cl.start, cl.end - cl.start), opt.formulaic_share);
    }
    return known[i] == 1;
  };
  links.erase(std::remove_if(links.begin(), links.end(), [&](const detail::Link& e) { return formulaic_claim(e.a) || formulaic_claim(e.b); }),
              links.end());
  return links;
}

// After indexing, a claim's terms are read only by scope_restriction (does this claim name the part
// another is said of alone?): each claim keeps the hashes of those words (`named`), and its terms are
// freed (the index holds them).
void free_terms(std::vector<detail::ClaimFeatures>& claims) {
  std::unordered_set<std::u32string> asked;
  for (const auto& f : claims) asked.insert(f.restricted.begin(), f.restricted.end());
  const std::hash<std::u32string> hash;
  for (auto& f : claims) {
    for (const auto& t : f.terms)
      if (asked.count(t.first)) f.named.push_back(hash(t.first));
    std::sort(f.named.begin(), f.named.end());
    decltype(f.terms)().swap(f.terms);
  }
}

}  // namespace

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                                     const Options& opt) {
  using namespace detail;
  auto claims = read_claims(articles, an, opt);                                  // 1. claim reading
  const auto index = index_terms(claims, opt);                                   // 2. term index
  free_terms(claims);                                                            //    (the index holds them)
  std::vector<double> corpus_df;                                                 // Options::corpus
  if (opt.corpus) corpus_df = corpus_document_frequencies(*opt.corpus, index.term_id);
  Stories stories = [&] {   // the gate reads the check-worthy claims' terms only
    const auto story_terms = checkworthy_terms(claims, index);
    return Stories(articles.size(), index.terms(), story_terms.empty() ? index.ids : story_terms, index.article_of, opt,
                   opt.corpus ? &corpus_df : nullptr, opt.corpus ? opt.corpus->articles : 0);
  }();
  const auto groups = group_stories(stories, index, articles.size(), opt);       // 3. stories
  const auto vectors = weigh_claims(claims, index, groups, opt);                      //    tf-idf within each story
  auto links = without_formulaic(candidate_links(claims, index, vectors, stories, groups, articles.size(), opt), claims, articles, an, opt);   // 4. candidate links
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
