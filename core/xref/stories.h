// stories.h — stage 3 of cross_reference, stories: which articles tell one story. Each article is the sum of its claims' terms, weighted
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

#include "isnad/xref/options.h"
#include "term_index.h"

namespace isnad::xref::detail {

// Options::corpus as a vector by term id (0 where the corpus does not have the term); archive.cpp.
std::vector<double> corpus_document_frequencies(const CorpusStats& stats,
                                                const std::unordered_map<std::u32string, std::uint32_t>& term_id);

// Two articles of one story and the cosine of their whole vectors.
struct StoryPair {
  std::uint32_t a, b;
  double cosine;
};

// The story of each article from its pairs (cosine >= threshold): groups joined through pairs, a
// group of more than max_story articles cut again with its pairs at threshold + step, + 2 step, ...
// until every part fits (Options::max_story, story_step; 0: never cut). Stories are numbered by their
// first article. scripts/lib/archive.py's stories() applies the same rule to the archive's pairs.
std::vector<std::uint32_t> dense_stories(std::size_t articles, std::vector<StoryPair> pairs, double threshold,
                                         std::size_t max_story, double step);

class Stories {
 public:
  // `claim_terms[i]`: the term ids of claim i, each once; `claim_article[i]`: its article. Term ids
  // are below `terms`, articles below `articles`.
  Stories(std::size_t articles, std::size_t terms, const std::vector<std::vector<std::uint32_t>>& claim_terms,
          const std::vector<std::uint32_t>& claim_article, const Options& options,
          const std::vector<double>* corpus_df = nullptr, double corpus_articles = 0);

  // Whether two articles tell one story (computed once a pair, then remembered).
  bool one_story(std::uint32_t a, std::uint32_t b);
  double similarity(std::uint32_t a, std::uint32_t b);

  // The story of each article: articles joined, directly or through others, by one_story among each
  // article's nearest candidates (those sharing its most telling words). Linear in the corpus: each
  // article looks at a bounded number of candidates. Joined through others, a story can chain (a
  // year of one region's news, 23,843 of 31,030 articles in one group): dense_stories cuts such a
  // group at higher cosines until each part holds at most Options::max_story articles.
  std::vector<std::uint32_t> groups();

 private:
  double cosine(std::uint32_t a, std::uint32_t b) const;

  std::vector<std::vector<std::pair<std::uint32_t, float>>> vec_;   // article → (term, weight), by term
  std::vector<double> norm_;
  std::size_t terms_;
  double threshold_;
  std::size_t signature_, common_, candidates_, max_story_;   // Options::story_*, max_story
  double step_;
  std::unordered_map<std::uint64_t, double> same_;   // pair → cosine
};

// The claims grouped by story: the story of each article, and the claims in story order with each
// story's run of that order.
struct StoryGroups {
  std::vector<std::uint32_t> story_of;                       // article → story
  std::vector<std::uint32_t> order;                          // claims by story (stable: (article, claim) order within)
  std::vector<std::pair<std::size_t, std::size_t>> runs;     // each story's [begin, end) of `order`
  bool gated = true;                                         // Options::same_story > 0
};

// Stage 3: the stories of the corpus (Stories::groups(), or one story when the gate is off).
StoryGroups group_stories(Stories& stories, const TermIndex& index, std::size_t articles, const Options& options);

// The index's claims grouped by the stories of their articles (`order`, `runs` made again once more
// claims are indexed).
StoryGroups claims_by_story(std::vector<std::uint32_t> story_of, const TermIndex& index, bool gated);

// Whether two articles may have their claims linked: one story, or the gate off.
inline bool one_story(Stories& stories, const StoryGroups& groups, std::uint32_t a, std::uint32_t b) {
  return !groups.gated || stories.one_story(a, b);
}

}  // namespace isnad::xref::detail
