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
#include "isnad/xref/options.h"

namespace isnad::xref {

// updated: the same evolving figure (a toll) given as of different days, no difference of fact.
enum class Relation { agree, disagree, partial, updated };
const char* relation_name(Relation r);

struct ClaimRef { std::size_t article = 0, claim = 0; };

// Two claims of a cluster that state different values for the same slot, or one that denies what
// the other states (a `fact` difference: they disagree); that differ in scope ("all" against
// "hundreds", or a figure one leaves unclear: partial); that say an event is awaited and has happened
// (`status`); or that give the same statement to differently described sources ("a US official"
// against "a senior US official": a `source` difference); or that give a toll as of different days
// (22 killed on the 21st, 151 on the 6th: an `update`, the same fact moved on, relation `updated`);
// or that give a relation or cooperation different fields ("political, economic and security" against
// "security": a `field` slot's difference of scope).
// Status and source leave the relation as it is.
// A difference is data: the page words it in its own language, and describe() writes it for a
// program ("2026-09 vs 2026-12", "not stop vs stop", "2+ troop vs 2 troop", "source: … vs …").
struct Difference {
  enum class Kind { fact, scope, source, status, update };   // update last: bundles store the index
  // What differs: a date, a count, a duration, an event (stated against denied, awaited against
  // done) or the source.
  enum class Slot { date, count, duration, event, source, field };   // field last: bundles store the index
  // How a claim stands to the event of an `event` difference.
  enum class Stance { states, denies, awaits };
  ClaimRef a, b;
  Kind kind = Kind::fact;
  Slot slot = Slot::date;
  std::string subject;              // count: its unit ("troop"); duration: its unit letter ("Y");
                                    // date: which date ("" when, "since", "since low"); event: the
                                    // concept's key ("stop", "approve"); source: ""
  std::string value_a, value_b;     // date: "2025-09"; count: "2500", "1.28", "2+" (two, or more),
                                    // "all", "hundreds"; duration: "P2Y"; source: its description;
                                    // event: ""
  Stance stance_a = Stance::states, stance_b = Stance::states;   // event only
  std::string a_said, b_said;       // each article's own words for the differing values ("سبتمبر 2026",
                                    // "نهاية العام التالي"), or its source; empty for an event
  std::string a_day, b_day;         // update only: each report's publication day ("2015-05-22")
};
const char* difference_kind_name(Difference::Kind k);

// A difference as a program reads it: the "what" of clusters_json, the "note" of discrepancies_json.
std::string describe(const Difference& d);

struct Cluster {
  std::vector<ClaimRef> claims;     // from at least two articles, in (article, claim) order
  Relation relation = Relation::agree;
  std::vector<Difference> differences;   // differences of fact first, then scope, source, status
  std::string note;                 // describe(differences.front()), or "" (kept for the side panels,
                                    // which show it as is; new code formats differences.front())
};

// How two claims of a cluster relate, from the differences found between those two alone (on the
// slots they share): one pair of a disagreeing cluster may agree ("next year" and "by September
// 2025", while two other reports differ on how many troops leave). A pair with none agrees.
Relation pair_relation(const Cluster& cluster, const ClaimRef& a, const ClaimRef& b);

// The weightiest of the differences' kinds as a relation: a difference of fact disagrees, of scope is
// partial, an update updated; source and status leave agreement as it is.
Relation relation_of(const std::vector<Difference>& differences);

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles,
                                     const analysis::Analysis& analysis, const Options& options = {});

// The Arabic word for an English key in a note (an event "stop", a unit "troop"): the first word of
// its line in core/data (concepts, polar words, counted nouns), or "" when it has none.
const std::string& note_word(const std::string& key);

// "clusters" and "discrepancies" of shared/ANALYSIS_FORMAT.md.
nlohmann::json clusters_json(const std::vector<Cluster>& clusters, const analysis::Analysis& analysis);
nlohmann::json discrepancies_json(const std::vector<Cluster>& clusters, const analysis::Analysis& analysis);

}  // namespace isnad::xref
