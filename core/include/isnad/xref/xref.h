// isnad/xref/xref.h — the same fact across articles: claims of different articles that report it,
// grouped into clusters, each with its relation (agree / disagree / partial).
//
// Candidates come from an inverted index over the claims' stemmed content words, weighted by rarity
// (idf) — never all pairs — and are scored by tf-idf cosine plus the entities and values they share.
// A relation compares the dated and counted values of the clustered claims: "September 2025" and
// "by September 2025" agree, "2025-09" and "2026-09" disagree, an approximation is not a contradiction.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"

namespace isnad::xref {

enum class Relation { agree, disagree, partial };
const char* relation_name(Relation r);

struct ClaimRef { std::size_t article = 0, claim = 0; };

struct Cluster {
  std::vector<ClaimRef> claims;     // from at least two articles
  Relation relation = Relation::agree;
  std::string note;                 // what differs, for a reader ("2025-09 vs 2026-12")
};

struct Options {
  double min_similarity = 0.25;     // tf-idf cosine (with shared-anchor bonus) to link two claims
};

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles,
                                     const analysis::Analysis& analysis, const Options& options = {});

// "clusters" and "discrepancies" of shared/ANALYSIS_FORMAT.md.
nlohmann::json clusters_json(const std::vector<Cluster>& clusters, const analysis::Analysis& analysis);
nlohmann::json discrepancies_json(const std::vector<Cluster>& clusters, const analysis::Analysis& analysis);

}  // namespace isnad::xref
