// json.cpp — the analysis as shared/ANALYSIS_FORMAT.md JSON.
#include <string>
#include <type_traits>
#include <variant>

#include "isnad/analysis/analysis.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {

nlohmann::json to_json(const CountValue& v) {
  nlohmann::json j;
  if (!v.vague.empty()) {
    j["value"] = v.vague;
    if (v.range_min > 0) { j["range_min"] = v.range_min; j["range_max"] = v.range_max; }
  } else {
    j["value"] = v.number;
  }
  if (!v.unit.empty()) j["unit"] = v.unit;
  if (!v.nationality.empty()) j["nationality"] = v.nationality;
  if (!v.qualifier.empty()) j["qualifier"] = v.qualifier;
  if (v.approx) j["approx"] = true;
  if (v.ordinal) j["ordinal"] = true;
  if (v.ambiguous) j["ambiguous"] = true;
  if (v.after_noun) j["vague"] = true;
  return j;
}

nlohmann::json to_json(const DateValue& v) {
  nlohmann::json j = nlohmann::json::object();
  if (v.resolved()) {
    j["value"] = v.iso;
  } else if (v.named_period) {
    j["value"] = {{"relative", v.relative}};
    if (v.month) j["value"]["month"] = v.month;
  } else {
    j["relative"] = v.relative;
    if (v.weekday) j["weekday"] = v.weekday;
  }
  if (!v.part.empty()) j["part"] = v.part;
  if (!v.qualifier.empty()) j["qualifier"] = v.qualifier;
  if (!v.offset.empty()) j["offset"] = v.offset;
  if (v.from_article_date) j["resolution"] = "context";
  if (v.year_assumed) j["year_assumed"] = true;
  return j;
}

nlohmann::json to_json(const DurationValue& v) {
  nlohmann::json j = {{"value", v.iso}};
  if (v.vague()) j["vague"] = true;
  if (!v.qualifier.empty()) j["qualifier"] = v.qualifier;
  return j;
}

nlohmann::json value_json(const Anchor& a) {
  if (is_entity(a.type)) return a.canonical;
  if (a.type == AnchorType::attribution) return {{"speaker", a.canonical}};
  if (a.type == AnchorType::quote) return nlohmann::json::object();
  return std::visit([](const auto& v) -> nlohmann::json {
    if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>) return nullptr;
    else return to_json(v);
  }, a.value);
}

nlohmann::json to_json(const Analysis& an) {
  using nlohmann::json;
  json arts = json::array();
  for (const ArticleAnalysis& a : an.articles) {
    json anchors = json::array();
    for (const Anchor& x : a.anchors) {
      json j = {{"type", anchor_type_name(x.type)}, {"start", x.start}, {"end", x.end}, {"text", x.text}};
      j["value"] = value_json(x);
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
