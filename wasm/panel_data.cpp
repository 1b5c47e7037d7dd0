#include "panel_data.h"

#include "note_label.h"

#include <algorithm>
#include <map>

#include "isnad/text/utf8.h"

namespace isnad::web {

std::vector<xref::Cited> cited_sources(const App& app, std::size_t article) {
  if (article >= app.analysis.articles.size()) return {};
  return xref::cited_sources(app.analysis.articles[article]);
}

std::string claim_text(const App& app, std::size_t article, std::size_t claim, std::size_t max_cp) {
  const auto& c = app.analysis.articles[article].claims[claim];
  std::u32string t = app.articles[article].text.substr(c.start, c.end - c.start);
  for (char32_t& ch : t) if (ch == U'\n' || ch == U'\r') ch = U' ';
  if (t.size() > max_cp) { t.resize(max_cp); t += U"…"; }
  return text::to_utf8(t);
}

std::vector<ClaimRef> single_source_claims(const App& app) {
  std::vector<ClaimRef> out;
  for (std::size_t a = 0; a < app.analysis.articles.size(); ++a)
    for (std::size_t c = 0; c < app.analysis.articles[a].claims.size(); ++c)
      if (app.analysis.articles[a].claims[c].checkworthy && app.cluster_of(a, c) < 0) out.push_back({a, c});
  return out;
}

std::vector<xref::Dated> timeline(const App& app) { return xref::timeline(app.analysis, app.clusters); }

std::vector<int> mentions_per_article(const App& app, std::size_t entity) {
  std::vector<int> out(app.articles.size(), 0);
  for (const auto& m : app.analysis.entities[entity].mentions)
    if (m.article < out.size()) ++out[m.article];
  return out;
}

namespace {
int outlets_in(const App& app, const xref::Cluster& k) {
  std::vector<std::string> s;
  for (const auto& c : k.claims) s.push_back(app.outlet_name(c.article));
  std::sort(s.begin(), s.end());
  return static_cast<int>(std::unique(s.begin(), s.end()) - s.begin());
}
}  // namespace

std::vector<int> shown_clusters(const App& app) {
  using F = App::ClaimFilter;
  std::vector<int> order;
  if (app.claim_filter == F::single) return order;
  for (int k = 0; k < static_cast<int>(app.clusters.size()); ++k) {
    const auto r = app.clusters[k].relation;
    if ((app.claim_filter == F::disagree && r != xref::Relation::disagree) || (app.claim_filter == F::agree && r != xref::Relation::agree) ||
        (app.claim_filter == F::partial && r != xref::Relation::partial))
      continue;
    order.push_back(k);
  }
  auto rank = [](xref::Relation r) { return r == xref::Relation::disagree ? 0 : r == xref::Relation::partial ? 1 : 2; };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const auto &x = app.clusters[a], &y = app.clusters[b];
    if (app.claims_by_size) return outlets_in(app, x) > outlets_in(app, y);
    return rank(x.relation) < rank(y.relation);
  });
  return order;
}

bool is_web_url(const std::string& url) {
  std::string scheme;
  for (char c : url.substr(0, 8)) scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (scheme.rfind("http://", 0) != 0 && scheme.rfind("https://", 0) != 0) return false;
  for (unsigned char c : url) if (c <= 0x20 || c == 0x7f) return false;
  return url.size() > 8;
}

// The most rows of one panel that state() writes out (a huge article must not exhaust the heap).
constexpr std::size_t kPanelStateMax = 5000;

nlohmann::json panel_json(const App& app) {
  using nlohmann::json;
  json out = json::object();
  switch (app.panel) {
    case App::Panel::articles: case App::Panel::overview: break;   // the overview: state().overview
    case App::Panel::sources: {
      json list = json::array();
      for (std::size_t i = 0; i < app.articles.size(); ++i) {
        json cites = json::array();
        for (const auto& c : cited_sources(app, i)) cites.push_back({{"name", c.name}, {"count", c.count}});
        const auto& m = app.articles[i].meta;
        list.push_back({{"outlet", app.outlet_name(i)}, {"date", m.date ? json(*m.date) : json(nullptr)},
                        {"url", m.url ? json(*m.url) : json(nullptr)}, {"url_is_link", m.url && is_web_url(*m.url)},
                        {"cites", cites}});
      }
      out["sources"] = list;
      break;
    }
    case App::Panel::claims: {
      json list = json::array();
      for (int k : shown_clusters(app))
        list.push_back({{"cluster", k}, {"relation", xref::relation_name(app.clusters[k].relation)},
                        {"sources", outlets_in(app, app.clusters[k])}, {"note", app.clusters[k].note},
                        {"note_shown", without_isolates(cluster_note_label(app.clusters[k]))}});
      out["clusters"] = list;
      const bool singles = app.claim_filter == App::ClaimFilter::all || app.claim_filter == App::ClaimFilter::single;
      out["single_source"] = singles ? single_source_claims(app).size() : 0;
      break;
    }
    case App::Panel::entities: {
      json list = json::array();
      for (std::size_t e = 0; e < std::min<std::size_t>(app.analysis.entities.size(), kPanelStateMax); ++e)
        list.push_back({{"name", app.analysis.entities[e].canonical}, {"per_article", mentions_per_article(app, e)}});
      out["entities"] = list;
      out["walk"] = {{"entity", app.entity_walk.entity}, {"mention", app.entity_walk.mention}};
      break;
    }
    case App::Panel::timeline: {
      json list = json::array();
      for (const auto& d : timeline(app))
        if (list.size() < kPanelStateMax) list.push_back({{"date", d.date}, {"article", d.article}, {"claim", d.claim}, {"start", d.start}, {"end", d.end},
                        {"disputed", d.disputed}});
      out["timeline"] = list;
      break;
    }
  }
  return out;
}

}  // namespace isnad::web
