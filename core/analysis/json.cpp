// json.cpp — the analysis as shared/ANALYSIS_FORMAT.md JSON.
#include <string>

#include "isnad/analysis/analysis.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {

nlohmann::json to_json(const Analysis& an) {
  using nlohmann::json;
  json arts = json::array();
  for (const ArticleAnalysis& a : an.articles) {
    json anchors = json::array();
    for (const Anchor& x : a.anchors) {
      json j = {{"type", anchor_type_name(x.type)}, {"start", x.start}, {"end", x.end}, {"text", x.text}};
      j["value"] = x.value;
      anchors.push_back(std::move(j));
    }
    json claims = json::array();
    for (const Claim& c : a.claims) {
      claims.push_back({{"id", c.id}, {"start", c.start}, {"end", c.end},
                        {"attributed_to", c.attributed_to ? json(*c.attributed_to) : json(nullptr)},
                        {"anchors", c.anchors}, {"checkworthy", c.checkworthy}});
    }
    json boiler = json::array();
    for (const Span& s : a.boilerplate) boiler.push_back({{"start", s.start}, {"end", s.end}});
    arts.push_back({{"file", a.file}, {"outlet", a.outlet ? json(*a.outlet) : json(nullptr)},
                    {"date", a.date ? json(*a.date) : json(nullptr)}, {"anchors", std::move(anchors)},
                    {"claims", std::move(claims)}, {"boilerplate", std::move(boiler)}});
  }
  json ents = json::array();
  for (const Entity& e : an.entities) {
    json ms = json::array();
    for (const EntityMention& m : e.mentions)
      ms.push_back({{"file", an.articles[m.article].file}, {"start", m.start}, {"end", m.end}});
    ents.push_back({{"canonical", e.canonical}, {"type", anchor_type_name(e.type)}, {"aliases", e.aliases},
                    {"mentions", std::move(ms)}});
  }
  return {{"version", 1}, {"articles", std::move(arts)}, {"clusters", json::array()},
          {"discrepancies", json::array()}, {"entities", std::move(ents)}};
}

}  // namespace isnad::analysis
