// bundle.cpp — the pipeline end to end (analyse), and the bundle as CBOR (write; reading it back is
// read.cpp, or step_reader.cpp a value at a time). The layout is docs/bundle.md; anchors and claims
// are arrays (they are most of the file), the rest objects. An anchor's text is not stored: it is its slice of the article, cut again on reading.
#include "isnad/bundle/bundle.h"

#include <cstdint>
#include <utility>

#include "isnad/text/boundary.h"
#include "isnad/text/utf8.h"

namespace isnad::bundle {

using nlohmann::json;

Bundle analyse(std::vector<corpus::Article> articles, const Options& options) {
  Bundle b;
  b.core = core_version();
  std::vector<corpus::Article> scope;
  scope.reserve(articles.size());
  for (const auto& a : articles) {
    const std::size_t n = text::cut_point(a.text, 0, options.max_chars);
    b.analysed_chars.push_back(n);
    scope.push_back(n == a.text.size() ? a : corpus::Article{a.meta, a.text.substr(0, n), a.replaced});
  }
  b.analysis = analysis::analyze_corpus(scope, {});
  b.clusters = xref::cross_reference(scope, b.analysis, options.xref);
  const auto wording = xref::shared_wording(scope);
  for (const auto& k : b.clusters) b.sources.push_back(xref::cluster_sources(k, scope, b.analysis, wording));
  b.timeline = xref::timeline_json(scope, b.analysis, b.clusters);
  for (std::size_t a = 0; a < scope.size(); ++a) {
    b.headers.push_back(analysis::article_header(articles[a].text));
    auto& chains = b.chains.emplace_back();
    for (std::size_t c = 0; c < b.analysis.articles[a].claims.size(); ++c)
      chains.push_back(xref::attribution_chain(scope[a], b.analysis.articles[a], c));
  }
  auto word = [&](const std::string& key) {
    if (key.empty() || b.words.count(key)) return;
    if (const std::string& w = xref::note_word(key); !w.empty()) b.words[key] = w;
  };
  for (const auto& a : b.analysis.articles)
    for (const auto& x : a.anchors)
      if (const auto* count = std::get_if<analysis::CountValue>(&x.value)) word(count->unit);
  for (const auto& k : b.clusters)
    for (const auto& d : k.differences) word(d.subject);
  b.articles = std::move(articles);
  return b;
}

// ---- writing ------------------------------------------------------------------------------------

namespace {

json optional_string(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json header_json(const analysis::ArticleHeader& h) {
  return {static_cast<int>(h.kind), h.title, h.title_start, h.title_end, h.cut, h.source, h.link};
}

// `with_text` false: an answer's article, whose text the asker has (write_answer).
json article_json(const corpus::Article& a, std::size_t analysed, bool with_text = true) {
  const auto& m = a.meta;
  json j = {{"id", m.file}, {"replaced", a.replaced}, {"analysed_chars", analysed},
            {"outlet", optional_string(m.outlet)}, {"outlet_en", optional_string(m.outlet_en)},
            {"date", optional_string(m.date)}, {"url", optional_string(m.url)}, {"title", optional_string(m.title)},
            {"outlet_estimated", m.outlet_estimated}, {"date_estimated", m.date_estimated}};
  if (with_text) j["text"] = text::to_utf8(a.text);
  return j;
}

// An anchor's typed value as a tuple led by its kind: null, ["count", …], ["date", …], ["duration", …]
// (the fields in value.h's order; flags as booleans).
json value_tuple(const analysis::AnchorValue& value) {
  if (const auto* c = std::get_if<analysis::CountValue>(&value))
    return {"count", c->number, c->vague, c->range_min, c->range_max, c->unit, c->nationality, c->qualifier,
            c->approx, c->ordinal, c->ambiguous, c->after_noun};
  if (const auto* d = std::get_if<analysis::DateValue>(&value))
    return {"date", d->iso, d->relative, d->named_period, d->month, d->weekday, d->part, d->qualifier, d->offset,
            d->from_article_date, d->year_assumed};
  if (const auto* u = std::get_if<analysis::DurationValue>(&value))
    return {"duration", u->iso, u->amount, std::string(1, u->unit ? u->unit : ' '), u->qualifier};
  return nullptr;
}

json analysis_json(const analysis::ArticleAnalysis& a) {
  json anchors = json::array(), claims = json::array(), boiler = json::array();
  for (const auto& x : a.anchors)
    anchors.push_back({static_cast<int>(x.type), x.start, x.end, x.tb, x.te, value_tuple(x.value), x.canonical, x.by_role, x.role});
  for (const auto& c : a.claims)
    claims.push_back({c.id, c.start, c.end, c.anchors, optional_string(c.attributed_to), c.checkworthy});
  for (const auto& s : a.boilerplate) boiler.push_back({s.start, s.end});
  return {{"outlet", optional_string(a.outlet)}, {"date", optional_string(a.date)},
          {"anchors", std::move(anchors)}, {"claims", std::move(claims)}, {"boilerplate", std::move(boiler)}};
}

json entity_json(const analysis::Entity& e) {
  json mentions = json::array();
  for (const auto& m : e.mentions) mentions.push_back({m.article, m.start, m.end});
  return {{"canonical", e.canonical}, {"type", static_cast<int>(e.type)}, {"aliases", e.aliases}, {"mentions", std::move(mentions)}};
}

json cluster_json(const xref::Cluster& k) {
  json claims = json::array(), diffs = json::array();
  for (const auto& c : k.claims) claims.push_back({c.article, c.claim});
  for (const auto& d : k.differences)
    diffs.push_back({{"a", {d.a.article, d.a.claim}}, {"b", {d.b.article, d.b.claim}},
                     {"kind", static_cast<int>(d.kind)}, {"slot", static_cast<int>(d.slot)}, {"subject", d.subject},
                     {"values", {d.value_a, d.value_b}}, {"stances", {static_cast<int>(d.stance_a), static_cast<int>(d.stance_b)}},
                     {"said", {d.a_said, d.b_said}}});
  for (std::size_t i = 0; i < k.differences.size(); ++i)
    if (!k.differences[i].a_day.empty()) diffs[i]["days"] = {k.differences[i].a_day, k.differences[i].b_day};
  return {{"claims", std::move(claims)}, {"relation", static_cast<int>(k.relation)}, {"differences", std::move(diffs)}, {"note", k.note}};
}

json sources_json(const xref::ClusterSources& s) {
  json groups = json::array();
  for (const auto& g : s.independent) groups.push_back({{"source", g.source}, {"articles", g.articles}});
  return {{"outlets", s.outlets}, {"independent", std::move(groups)}};
}

std::string write_bundle(const Bundle& b, bool with_texts) {
  json articles = json::array(), analyses = json::array(), entities = json::array(), clusters = json::array(), sources = json::array();
  for (std::size_t i = 0; i < b.articles.size(); ++i) {
    articles.push_back(article_json(b.articles[i], i < b.analysed_chars.size() ? b.analysed_chars[i] : b.articles[i].text.size(), with_texts));
    if (i < b.headers.size()) articles.back()["header"] = header_json(b.headers[i]);
  }
  for (std::size_t i = 0; i < b.analysis.articles.size(); ++i) {
    analyses.push_back(analysis_json(b.analysis.articles[i]));
    analyses.back()["chains"] = i < b.chains.size() ? json(b.chains[i]) : json::array();
  }
  for (const auto& e : b.analysis.entities) entities.push_back(entity_json(e));
  for (const auto& k : b.clusters) clusters.push_back(cluster_json(k));
  for (const auto& s : b.sources) sources.push_back(sources_json(s));
  const json j = {{"format", "isnad-bundle"}, {"format_version", kFormatVersion}, {"core", b.core},
                  {"name", b.name}, {"name_en", b.name_en}, {"articles", std::move(articles)},
                  {"analysis", std::move(analyses)}, {"entities", std::move(entities)},
                  {"clusters", std::move(clusters)}, {"sources", std::move(sources)}, {"timeline", b.timeline},
                  {"words", b.words}};
  const std::vector<std::uint8_t> bytes = json::to_cbor(j);
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

std::string write(const Bundle& b) { return write_bundle(b, true); }
std::string write_answer(const Bundle& b) { return write_bundle(b, false); }

std::string write_request(const std::vector<corpus::Article>& articles, const std::string& name) {
  json list = json::array();
  for (const auto& a : articles) list.push_back(article_json(a, a.text.size()));
  const json j = {{"format", "isnad-bundle"}, {"format_version", kFormatVersion}, {"core", core_version()},
                  {"name", name}, {"name_en", ""}, {"articles", std::move(list)}, {"analysis", json::array()},
                  {"entities", json::array()}, {"clusters", json::array()}, {"sources", json::array()},
                  {"timeline", json::array()}, {"words", json::object()}};
  const std::vector<std::uint8_t> bytes = json::to_cbor(j);
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace isnad::bundle
