// xref_json.cpp — the cross-referencer's edge: relations, differences and clusters as the text and
// JSON of shared/ANALYSIS_FORMAT.md.
#include <set>
#include <tuple>

#include "isnad/xref/xref.h"

namespace isnad::xref {
namespace {

// A side of an event difference: "stop", "not stop", "pending approve".
std::string stance(Difference::Stance s, const std::string& concept) {
  switch (s) {
    case Difference::Stance::denies: return "not " + concept;
    case Difference::Stance::awaits: return "pending " + concept;
    case Difference::Stance::states: break;
  }
  return concept;
}

}  // namespace

const char* difference_kind_name(Difference::Kind k) {
  switch (k) {
    case Difference::Kind::fact: return "fact";
    case Difference::Kind::scope: return "scope";
    case Difference::Kind::update: return "update";
    case Difference::Kind::source: return "source";
    case Difference::Kind::status: return "status";
  }
  return "fact";
}

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::agree: return "agree";
    case Relation::disagree: return "disagree";
    case Relation::partial: return "partial";
    case Relation::updated: return "updated";
  }
  return "agree";
}

std::string describe(const Difference& d) {
  if (d.kind == Difference::Kind::update) {   // the earlier report first
    const bool a_first = d.a_day <= d.b_day;
    const auto& [v1, day1, v2, day2] = a_first ? std::tie(d.value_a, d.a_day, d.value_b, d.b_day) : std::tie(d.value_b, d.b_day, d.value_a, d.a_day);
    return v1 + " " + d.subject + " on " + day1 + " updated to " + v2 + " " + d.subject + " on " + day2;
  }
  switch (d.slot) {
    case Difference::Slot::count: return d.value_a + " " + d.subject + " vs " + d.value_b + " " + d.subject;
    case Difference::Slot::event: return stance(d.stance_a, d.subject) + " vs " + stance(d.stance_b, d.subject);
    case Difference::Slot::source: return "source: " + d.value_a + " vs " + d.value_b;
    case Difference::Slot::field: return "fields: " + d.value_a + " vs " + d.value_b;
    case Difference::Slot::date:
    case Difference::Slot::duration: break;
  }
  return d.value_a + " vs " + d.value_b;
}

nlohmann::json clusters_json(const std::vector<Cluster>& clusters, const analysis::Analysis& an) {
  nlohmann::json out = nlohmann::json::array();
  auto id = [&](const ClaimRef& c) { return an.articles[c.article].claims[c.claim].id; };
  int n = 0;
  for (const auto& k : clusters) {
    nlohmann::json ids = nlohmann::json::array(), diffs = nlohmann::json::array();
    for (const auto& c : k.claims) ids.push_back(id(c));
    for (const auto& d : k.differences) {
      nlohmann::json j = {{"claims", {id(d.a), id(d.b)}}, {"kind", difference_kind_name(d.kind)}, {"what", describe(d)}};
      if (!d.a_said.empty()) j["said"] = {d.a_said, d.b_said};
      if (!d.a_day.empty()) j["days"] = {d.a_day, d.b_day};
      diffs.push_back(std::move(j));
    }
    nlohmann::json j = {{"id", "k" + std::to_string(++n)}, {"claims", ids}, {"relation", relation_name(k.relation)}, {"note", k.note}};
    if (!diffs.empty()) j["differences"] = diffs;
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::json discrepancies_json(const std::vector<Cluster>& clusters, const analysis::Analysis& an) {
  nlohmann::json out = nlohmann::json::array();
  std::set<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> seen;   // one entry a pair
  for (const auto& k : clusters)
    for (const auto& d : k.differences)
      if (seen.insert({d.a.article, d.a.claim, d.b.article, d.b.claim}).second)
        out.push_back({{"claims", {an.articles[d.a.article].claims[d.a.claim].id, an.articles[d.b.article].claims[d.b.claim].id}},
                     {"kind", difference_kind_name(d.kind)}, {"note", describe(d)}});
  return out;
}

}  // namespace isnad::xref
