// term_index.h — stage 2 of cross_reference, the term index: every claim's terms interned as
// integers (the scoring loops never hash a string), with how many claims use each term and how much
// a term of its kind weighs. Internal to core/xref.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claim_features.h"
#include "isnad/xref/options.h"

namespace isnad::xref::detail {

struct TermIndex {
  std::vector<std::uint32_t> df;                  // term → claims with the term, corpus-wide
  std::vector<double> kind;                       // term → the weight of its kind (Options::*_weight)
  std::vector<bool> value_term;                   // term → a value (2025-09, 2500 troops), not a word
  std::vector<std::vector<std::uint32_t>> ids;    // claim → its term ids, in the order of its `terms`
  std::vector<std::vector<float>> tf;             // claim → each term's count, in the order of `ids`
                                                  // (the claims' own `terms` are released after indexing)
  std::vector<std::uint32_t> article_of;          // claim → its article
  std::unordered_map<std::u32string, std::uint32_t> term_id;   // term → its id
  // stem term → the stem terms of its learned neighbours (similar_stems), with their cosines; both
  // ways (u is near t when t is near u), sorted by term id
  std::vector<std::vector<std::pair<std::uint32_t, float>>> near;
  std::size_t terms() const { return df.size(); }
};

TermIndex index_terms(const std::vector<ClaimFeatures>& claims, const Options& options);

// More claims into the index, as rows after those it has (their terms interned after its own).
void index_more(TermIndex& index, const std::vector<ClaimFeatures>& more, const Options& options);

// The index's claim rows (ids, tf, article_of) put in a new order: row k is the old row order[k].
void reorder(TermIndex& index, const std::vector<std::uint32_t>& order);

// Puts rows in a new order in place (row k becomes the old row order[k]; `order` a permutation).
template <class T>
void permute(std::vector<T>& rows, const std::vector<std::uint32_t>& order) {
  std::vector<bool> done(rows.size(), false);
  for (std::size_t start = 0; start < rows.size(); ++start) {
    if (done[start]) continue;
    T first = std::move(rows[start]);
    std::size_t k = start;
    for (std::size_t from = order[k]; from != start; k = from, from = order[k]) {
      rows[k] = std::move(rows[from]);
      done[k] = true;
    }
    rows[k] = std::move(first);
    done[k] = true;
  }
}

}  // namespace isnad::xref::detail
