// isnad/xref/archive.h — what an archive run (scripts/archive, a Dask driver over millions of
// articles) needs from the cross-referencer, one article or one story at a time:
//   - article_terms: an article's weighted terms (each term of its check-worthy claims, counted once
//     a claim) — the vector stories are found with; the driver reduces them into document frequencies
//     and hashes them into MinHash/LSH keys;
//   - stories_of: the stories the single-process tool finds, to compare the archive's with;
//   - CorpusStats: those document frequencies given back, so that one story's cross-referencing
//     (Options::corpus) weighs its articles' terms by their rarity in the whole archive, as the
//     single-process tool does over the whole corpus.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/xref/options.h"

namespace isnad::xref {

// Terms are UTF-8; a concept, entity or value term starts with U+0001, U+0002 or U+0003.
std::vector<std::pair<std::string, std::uint32_t>> article_terms(const corpus::Article& article,
                                                                 const analysis::ArticleAnalysis& analysis);

// The story of each article as cross_reference finds them (its stages 1–3: claims, terms, stories),
// numbered by their first article; `isnad xref --jsonl --stories` prints them.
std::vector<std::uint32_t> stories_of(const std::vector<corpus::Article>& articles, const analysis::Analysis& analysis,
                                      const Options& options);

struct CorpusStats {
  double articles = 0;                                  // articles with at least one term
  std::unordered_map<std::string, std::uint32_t> df;    // term → articles using it
};

}  // namespace isnad::xref
