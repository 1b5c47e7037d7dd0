#include "isnad/xref/xref.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <tuple>
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

// Once indexed, a claim's terms are freed (the index holds them as ids).
void free_terms(std::vector<detail::ClaimFeatures>& claims) {
  for (auto& f : claims) decltype(f.terms)().swap(f.terms);
}

// After indexing, a claim's terms are read only by scope_restriction (does this claim name the part
// another is said of alone?): each claim keeps the hashes of those of its terms (`named`).
void name_restricted(std::vector<detail::ClaimFeatures>& claims, const detail::TermIndex& index) {
  std::unordered_map<std::uint32_t, std::size_t> asked;   // term id → its hash
  const std::hash<std::u32string> hash;
  for (const auto& f : claims)
    for (const auto& w : f.restricted)
      if (const auto it = index.term_id.find(w); it != index.term_id.end()) asked.emplace(it->second, hash(w));
  if (asked.empty()) return;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto& named = claims[i].named;
    for (auto id : index.ids[i])
      if (const auto it = asked.find(id); it != asked.end()) named.push_back(it->second);
    std::sort(named.begin(), named.end());
  }
}

// The claims that are not check-worthy (Options::other_claims), read only in articles with a story
// partner (an article alone in its story links none of its claims), indexed and put in among the
// others in (article, claim) order. The stories stay those of the check-worthy claims.
void add_other_claims(const std::vector<corpus::Article>& articles, const analysis::Analysis& an, const Options& opt,
                      detail::StoryGroups& groups, std::vector<detail::ClaimFeatures>& claims, detail::TermIndex& index) {
  using namespace detail;
  std::vector<std::uint32_t> story_size(articles.size(), 0);
  for (auto s : groups.story_of) ++story_size[s];
  std::vector<bool> partnered(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) partnered[a] = story_size[groups.story_of[a]] >= 2;
  auto others = read_claims(articles, an, opt, ClaimKind::other, &partnered);
  if (others.empty()) return;
  index_more(index, others, opt);
  free_terms(others);
  const std::size_t checkworthy = claims.size();
  claims.insert(claims.end(), std::make_move_iterator(others.begin()), std::make_move_iterator(others.end()));
  decltype(others)().swap(others);
  std::vector<std::uint32_t> order(claims.size());
  auto before = [&](std::uint32_t x, std::uint32_t y) {
    return std::tie(claims[x].article, claims[x].claim) < std::tie(claims[y].article, claims[y].claim);
  };
  std::iota(order.begin(), order.end(), 0);
  std::inplace_merge(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(checkworthy), order.end(), before);
  permute(claims, order);
  reorder(index, order);
  groups = claims_by_story(std::move(groups.story_of), index, groups.gated);
}

}  // namespace

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                                     const Options& opt) {
  using namespace detail;
  auto claims = read_claims(articles, an, opt);                                  // 1. claim reading (check-worthy)
  auto index = index_terms(claims, opt);                                         // 2. term index
  free_terms(claims);                                                            //    (the index holds them)
  std::vector<double> corpus_df;                                                 // Options::corpus
  if (opt.corpus) corpus_df = corpus_document_frequencies(*opt.corpus, index.term_id);
  Stories stories(articles.size(), index.terms(), index.ids, index.article_of, opt, opt.corpus ? &corpus_df : nullptr,
                  opt.corpus ? opt.corpus->articles : 0);
  decltype(corpus_df)().swap(corpus_df);
  auto groups = group_stories(stories, index, articles.size(), opt);             // 3. stories
  if (opt.other_claims > 0) add_other_claims(articles, an, opt, groups, claims, index);   // 1, 2 for the others
  name_restricted(claims, index);
  const auto vectors = weigh_claims(claims, index, groups, opt);                 //    tf-idf within each story
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
