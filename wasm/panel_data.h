// wasm/panel_data.h — what the side panels list, from the analysis and the clusters the app holds:
// who each article cites and the timeline are core/xref's (sources.h: cited_sources, timeline); the
// rest is the panels' own filtering and order.
#pragma once
#include <string>
#include <vector>

#include "app.h"
#include "isnad/xref/sources.h"

namespace isnad::web {

// The agencies, outlets and people an article cites (xref::cited_sources: in order of first
// appearance, each with how often).
std::vector<xref::Cited> cited_sources(const App& app, std::size_t article);

// A claim's text, cut to `max_cp` code points (UTF-8, line breaks made spaces).
std::string claim_text(const App& app, std::size_t article, std::size_t claim, std::size_t max_cp = 140);

// Claims no other article reports: check-worthy claims outside every cluster.
struct ClaimRef { std::size_t article, claim; };
std::vector<ClaimRef> single_source_claims(const App& app);

// Dated check-worthy claims in date order (xref::timeline over the app's analysis and clusters).
std::vector<xref::Dated> timeline(const App& app);

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
