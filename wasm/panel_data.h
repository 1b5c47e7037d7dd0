// wasm/panel_data.h — what the side panels list, computed from the analysis and the clusters the
// app holds. Small pure functions, so that richer data from core/xref (attribution chains,
// independent-source counts, a timeline or entity index) can replace them one by one.
#pragma once
#include <string>
#include <vector>

#include "app.h"

namespace isnad::web {

// The agencies, outlets and people an article cites: the speakers of its attributions, in order of
// first appearance, each with how often.
struct Cited { std::string name; int count = 0; };
std::vector<Cited> cited_sources(const App& app, std::size_t article);

// A claim's text, cut to `max_cp` code points (UTF-8, line breaks made spaces).
std::string claim_text(const App& app, std::size_t article, std::size_t claim, std::size_t max_cp = 140);

// Claims no other article reports: check-worthy claims outside every cluster.
struct ClaimRef { std::size_t article, claim; };
std::vector<ClaimRef> single_source_claims(const App& app);

// Dated claims: each claim with a resolved date (YYYY, YYYY-MM or YYYY-MM-DD), in date order.
struct Dated {
  std::string date;          // ISO, as precise as the text is
  std::string qualifier;     // "by", "before", … or ""
  std::size_t article, claim;
  std::uint32_t start, end;  // the date's words
  int cluster;               // the claim's cluster, or -1
};
std::vector<Dated> timeline(const App& app);

// Mentions of entity `e` per article, as counts indexed by article.
std::vector<int> mentions_per_article(const App& app, std::size_t entity);

// What the shown side panel lists, for automation (state().panel_data): sources with what they
// cite, the clusters shown by the claims filter in their order, entities with mentions per
// article, the timeline's dates in order.
nlohmann::json panel_json(const App& app);

// Whether an article's URL may be opened as a link: http: or https: only (a javascript:, data: or
// any other scheme is shown as text and never opened), with no spaces or control characters.
bool is_web_url(const std::string& url);

// The clusters the claims panel shows, in its order (filter and sort applied).
std::vector<int> shown_clusters(const App& app);

}  // namespace isnad::web
