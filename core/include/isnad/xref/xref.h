// isnad/xref/xref.h — the same fact across articles: claims of different articles that report it,
// grouped into clusters, each with its relation (agree / disagree / partial).
//
// A claim is a weighted bag of terms: light stems of its content words, event concepts (انسحاب, رحيل
// and مغادرة are one), the entities it names (a capital counts as its country) and the values it
// states (2025-09, 2500 troops). Candidates come from an inverted index over the terms, weighted by
// rarity (idf) — never all pairs; each claim links to its best match in every other article when their
// cosine passes a threshold, and the links join claims into clusters by average linkage (strongest
// first, while a cluster's claims stay that similar on average): one cluster a claim at most.
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

// Two claims of a cluster that state different values for the same slot, or one that denies what
// the other states (a `fact` difference: they disagree); that differ in scope ("all" against
// "hundreds": partial); or that give the same statement to differently described sources ("a US
// official" against "a senior US official": a `source` difference, which leaves the relation as it is).
struct Difference {
  enum class Kind { fact, scope, source, status };   // status: awaited in one, done in the other
  ClaimRef a, b;
  Kind kind = Kind::fact;
  std::string what;                 // "2026-09 vs 2026-12", "not stop vs stop", "source: …"
  std::string a_said, b_said;       // each article's own words for the differing values ("سبتمبر 2026",
                                    // "نهاية العام التالي"), or its source; empty for a negation
};
const char* difference_kind_name(Difference::Kind k);

struct Cluster {
  std::vector<ClaimRef> claims;     // from at least two articles, in (article, claim) order
  Relation relation = Relation::agree;
  std::string note;                 // the first difference, for a reader ("2025-09 vs 2026-12")
  std::vector<Difference> differences;
};

struct CorpusStats;                // isnad/xref/archive.h

struct Options {
  double min_similarity = 0.18;     // tf-idf cosine over stems, event concepts, entities and values
  double same_story = 0.15;         // the same cosine between two whole articles, below which their
                                    // claims are never linked (different stories)
  const CorpusStats* corpus = nullptr;   // when set, an article's terms are weighed by their document
                                    // frequencies in this whole corpus (an archive's), not in the
                                    // articles given (one story of it); terms it lacks count as in those
};

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles,
                                     const analysis::Analysis& analysis, const Options& options = {});

// The Arabic word for an English key in a note (an event "stop", a unit "troop"): the first word of
// its line in core/data (concepts, polar words, counted nouns), or "" when it has none.
const std::string& note_word(const std::string& key);

// "clusters" and "discrepancies" of shared/ANALYSIS_FORMAT.md.
nlohmann::json clusters_json(const std::vector<Cluster>& clusters, const analysis::Analysis& analysis);
nlohmann::json discrepancies_json(const std::vector<Cluster>& clusters, const analysis::Analysis& analysis);

}  // namespace isnad::xref
