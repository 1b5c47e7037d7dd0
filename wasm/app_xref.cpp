// wasm/app_xref.cpp — two panes: a cross-reference followed from a card or the claims panel opens
// the other article beside the first, scrolled to its passage; both passages are marked, and the
// reader walks the cluster's other sources one by one.
#include <nlohmann/json.hpp>

#include "app.h"

namespace isnad::web {

bool App::open_xref(int cluster, int to_member, int from_member) {
  if (cluster < 0 || cluster >= static_cast<int>(clusters.size())) return false;
  const auto& members = clusters[cluster].claims;
  const int n = static_cast<int>(members.size());
  if (to_member < 0 || to_member >= n || from_member >= n) return false;
  if (from_member >= 0) {
    open_article(static_cast<int>(members[from_member].article));
    scroll_to_offset = analysis.articles[open].claims[members[from_member].claim].start;
  } else {   // the member shown in the primary pane, if the open article has one
    for (int m = 0; m < n && from_member < 0; ++m)
      if (static_cast<int>(members[m].article) == open && m != to_member) from_member = m;
  }
  xref = {cluster, from_member, to_member};
  second = static_cast<int>(members[to_member].article);
  second_scroll_y = 0;
  second_scroll_to = analysis.articles[second].claims[members[to_member].claim].start;
  wake();
  return true;
}

bool App::xref_step(int delta) {
  if (xref.cluster < 0) return false;
  const int n = static_cast<int>(clusters[xref.cluster].claims.size());
  int m = xref.to;
  for (int tries = 0; tries < n; ++tries) {
    m = (m + delta + n) % n;
    if (m != xref.from) return open_xref(xref.cluster, m, xref.from);
  }
  return false;
}

void App::close_second() {
  second = -1;
  xref = {};
  xref_rects[0] = xref_rects[1] = {};
  wake();
}

nlohmann::json App::xref_json() const {
  using nlohmann::json;
  if (xref.cluster < 0 || second < 0) return nullptr;
  const auto& k = clusters[xref.cluster];
  auto member = [&](int m) -> json {
    if (m < 0) return nullptr;
    const auto& c = k.claims[m];
    const auto& cl = analysis.articles[c.article].claims[c.claim];
    return {{"member", m}, {"article", c.article}, {"claim", c.claim}, {"start", cl.start}, {"end", cl.end}};
  };
  auto rect = [](const Rect& r) -> json {
    if (r.w <= 0) return nullptr;
    return {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
  };
  return {{"cluster", xref.cluster}, {"relation", xref::relation_name(k.relation)}, {"note", k.note},
          {"members", k.claims.size()}, {"from", member(xref.from)}, {"to", member(xref.to)},
          {"rects", {rect(xref_rects[0]), rect(xref_rects[1])}}};
}

void App::show_spot(int article, std::size_t start, std::size_t end) {
  if (article < 0 || article >= static_cast<int>(articles.size())) return;
  open_article(article);
  spot = {article, start, end};
  scroll_to_offset = start;
  wake();
}

void App::entity_step(int entity) {
  if (entity < 0 || entity >= static_cast<int>(analysis.entities.size())) return;
  const auto& mentions = analysis.entities[entity].mentions;
  if (mentions.empty()) return;
  const int m = entity_walk.entity == entity ? (entity_walk.mention + 1) % static_cast<int>(mentions.size()) : 0;
  entity_walk = {entity, m};
  show_spot(static_cast<int>(mentions[m].article), mentions[m].start, mentions[m].end);
}

}  // namespace isnad::web
