// isnad/xref/sources.h — who said it to whom, and how many independent sources stand behind a
// cluster: the isnad the product is named after.
//
// A claim's chain runs from the outlet that printed it through the agencies and people it cites:
// "ذا صن ← رويترز ← مسؤول أمريكي كبير" (read from the claim's attribution phrases: "نقلت X عن Y",
// "وفقا لـ X", "قال Y"). Outlets are not independent confirmations of each other when they cite the
// same agency or paper for the claim, or when their articles share long runs of wording (they carry
// one wire report); a cluster's independent sources are the groups left after joining those.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/xref/xref.h"

namespace isnad::xref {

// Whom an attribution phrase cites: its speaker, then the source after "عن" when that is someone else
// ("نقلت رويترز عن مسؤول كبير" → رويترز, مسؤول كبير). UTF-8; empty names left out.
std::vector<std::string> cited_by(const analysis::Anchor& attribution);

// The sources an article cites, in order of first appearance, each with how often (every attribution
// phrase's cited_by).
struct Cited { std::string name; int count = 0; };
std::vector<Cited> cited_sources(const analysis::ArticleAnalysis& analysis);

// The chain of one claim: [outlet, cited source, the source's source, …] (UTF-8), at least the outlet.
std::vector<std::string> attribution_chain(const corpus::Article& article, const analysis::ArticleAnalysis& analysis,
                                           std::size_t claim);

// Pairs of articles that share long runs of wording (at least `min_runs` runs of 8 folded words in common).
std::vector<std::pair<std::size_t, std::size_t>> shared_wording(const std::vector<corpus::Article>& articles,
                                                                std::size_t min_runs = 3);

struct SourceGroup {
  std::string source;                 // the agency or paper they share, or the outlet when on its own
  std::vector<std::size_t> articles;
};

struct ClusterSources {
  std::size_t outlets = 0;            // articles in the cluster
  std::vector<SourceGroup> independent;
};

ClusterSources cluster_sources(const Cluster& cluster, const std::vector<corpus::Article>& articles,
                               const analysis::Analysis& analysis,
                               const std::vector<std::pair<std::size_t, std::size_t>>& wording);

// One entry of the timeline: a check-worthy claim's date, resolved to an ISO date.
struct Dated {
  std::string date;                   // ISO, as precise as the text is: "2025", "2025-09", "2025-09-27"
  std::string qualifier;              // the preposition in front ("by", "since", …) or ""
  std::size_t article = 0, claim = 0, anchor = 0;
  std::uint32_t start = 0, end = 0;   // the date anchor's words (code points)
  int cluster = -1;                   // the first cluster the claim is in, or -1
  bool disputed = false;              // one of the claim's clusters disagrees
};

// Every absolutely dated check-worthy claim, in date order (text order within a date).
std::vector<Dated> timeline(const analysis::Analysis& analysis, const std::vector<Cluster>& clusters);

// {"chains": {claim id: [..]}, "sources": [per cluster {outlets, independent, groups}]} and a timeline
// ([{date, claim, file, outlet, text, qualifier}] of every absolutely dated claim, in date order).
nlohmann::json chains_json(const std::vector<corpus::Article>& articles, const analysis::Analysis& analysis);
nlohmann::json sources_json(const std::vector<Cluster>& clusters, const std::vector<corpus::Article>& articles,
                            const analysis::Analysis& analysis);
nlohmann::json timeline_json(const std::vector<corpus::Article>& articles, const analysis::Analysis& analysis,
                             const std::vector<Cluster>& clusters);

}  // namespace isnad::xref
