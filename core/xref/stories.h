// stories.h — which articles tell one story. Each article is the sum of its claims' terms, weighted
// by rarity among articles (tf-idf); two articles tell one story when their cosine reaches a
// threshold. The cross-referencer links claims of one story only, and weighs a claim's words by
// rarity within its story: in a corpus of many stories, the words every article of one story uses
// ("الانسحاب", "التحالف") are rare overall and would make any two of its claims look alike.
// Internal to core/xref.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace isnad::xref { struct CorpusStats; }

namespace isnad::xref::detail {

// Options::corpus as a vector by term id (0 where the corpus does not have the term); archive.cpp.
std::vector<double> corpus_document_frequencies(const CorpusStats& stats,
                                                const std::unordered_map<std::u32string, std::uint32_t>& term_id);

class Stories {
 public:
  // `claim_terms[i]`: the term ids of claim i, each once; `claim_article[i]`: its article. Term ids
  // are below `terms`, articles below `articles`.
  Stories(std::size_t articles, std::size_t terms, const std::vector<std::vector<std::uint32_t>>& claim_terms,
          const std::vector<std::uint32_t>& claim_article, double threshold,
          const std::vector<double>* corpus_df = nullptr, double corpus_articles = 0);

  // Whether two articles tell one story (computed once a pair, then remembered).
  bool one_story(std::uint32_t a, std::uint32_t b);

  // The story of each article: articles joined, directly or through others, by one_story among each
  // article's nearest candidates (those sharing its most telling words). Linear in the corpus: each
  // article looks at a bounded number of candidates. Joined through others, a story can chain: in
  // all 31,030 SaudiNewsNet articles one group holds 23,843 of them (a year of one region's news);
  // for a reader's corpus of a few stories, each is its own group.
  std::vector<std::uint32_t> groups();

 private:
  double cosine(std::uint32_t a, std::uint32_t b) const;

  std::vector<std::vector<std::pair<std::uint32_t, float>>> vec_;   // article → (term, weight), by term
  std::vector<double> norm_;
  std::size_t terms_;
  double threshold_;
  std::unordered_map<std::uint64_t, bool> same_;
};

}  // namespace isnad::xref::detail
