// archive.cpp — `isnad analyze --jsonl` and `isnad xref --jsonl`, the two steps of an archive run
// (scripts/archive) that need the core.
//
// Input, both: one article a line, {"id", "text", "outlet", "date", "title", "url"} (SaudiNewsNet's
// "source" and "date_extracted" are read too); "-" or no file is stdin. A line that is not such an
// object is reported on stderr with its line number ("isnad: line 7: …") and skipped; blank lines are
// skipped silently. The exit status is 0 even then: a malformed line is never fatal.
//
// analyze --jsonl: each article is analysed on its own and written at once, one line
//   {"line": N, "id": …, "outlet": …, "date": …, "terms": {term: claims using it}, "analysis": {…}}
//   where "analysis" is shared/ANALYSIS_FORMAT.md's object for that one article (without the
//   cross-article parts) and "terms" are xref::article_terms. Memory is one article's.
// xref --jsonl: the articles of one story, analysed together and cross-referenced; with --df, terms
//   are weighed by their document frequencies in the whole archive ({"articles": N, "df": {term: n}},
//   as the driver reduces them) instead of in the story alone. Prints one story bundle:
//   {"format": "isnad-story", "version": 1, "articles": [{id, title, outlet, date, url, text}],
//    "analysis": {… the object `isnad analyze --json` prints, clusters and timeline included}}.
//   --max-story N: xref::Options::max_story (0: stories are never cut); --stories: print only the
//   stories, {"format": "isnad-stories", "version": 1, "max_story": N, "stories": [[article id, …], …]}.
#include "archive.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <optional>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/archive.h"
#include "isnad/xref/sources.h"
#include "isnad/xref/xref.h"

namespace isnad::cli {
namespace {

using nlohmann::json;

std::optional<std::string> string_field(const json& j, const char* a, const char* b = nullptr) {
  for (const char* k : {a, b}) {
    if (!k) continue;
    auto it = j.find(k);
    if (it != j.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) return it->get<std::string>();
  }
  return std::nullopt;
}

// One input line as an article, or an error message.
std::optional<corpus::Article> parse_article(const std::string& line, std::string* err) {
  json j = json::parse(line, nullptr, false);
  if (j.is_discarded()) { *err = "not JSON"; return std::nullopt; }
  if (!j.is_object()) { *err = "not a JSON object"; return std::nullopt; }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) { *err = "no \"text\" string"; return std::nullopt; }
  corpus::ArticleMeta m;
  auto id = j.find("id");
  if (id == j.end() || !(id->is_string() || id->is_number_integer())) { *err = "no \"id\" (string or integer)"; return std::nullopt; }
  m.file = id->is_string() ? id->get<std::string>() : id->dump();
  m.outlet = string_field(j, "outlet", "source");
  if (auto d = string_field(j, "date", "date_extracted"); d && d->size() >= 10 && corpus::is_iso_date(d->substr(0, 10)))
    m.date = d->substr(0, 10);
  m.title = string_field(j, "title");
  m.url = string_field(j, "url");
  std::vector<std::string> warnings;
  return corpus::make_article(std::move(m), text->get_ref<const std::string&>(), &warnings);
}

// Reads articles from `path` ("-": stdin), calling `each(article, line number)` for each good one.
int each_article(const std::string& path, const std::function<void(corpus::Article&&, std::size_t)>& each) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) { std::fprintf(stderr, "isnad: cannot open %s\n", path.c_str()); return 1; }
    in = &file;
  }
  std::string line, err;
  std::size_t n = 0, bad = 0;
  while (std::getline(*in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto a = parse_article(line, &err);
    if (!a) { std::fprintf(stderr, "isnad: line %zu: %s, skipped\n", n, err.c_str()); ++bad; continue; }
    each(std::move(*a), n);
  }
  if (bad) std::fprintf(stderr, "isnad: %zu malformed line%s of %zu skipped\n", bad, bad == 1 ? "" : "s", n);
  return 0;
}

json article_json(const corpus::Article& a) {
  json j = json::object();
  j["id"] = a.meta.file;
  for (auto [k, v] : {std::pair{"title", &a.meta.title}, {"outlet", &a.meta.outlet}, {"date", &a.meta.date}, {"url", &a.meta.url}})
    if (*v) j[k] = **v;
  return j;
}

void print(const json& j) {
  std::string out = j.dump(-1, ' ', false, json::error_handler_t::replace);
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

int analyze_jsonl(int argc, char** argv) {
  std::string path = "-";
  analysis::Options opt;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--jsonl") continue;
    if (a == "--date" && i + 1 < argc) { opt.date = argv[++i]; continue; }
    if (a.rfind("--", 0) == 0) { std::fprintf(stderr, "isnad: analyze --jsonl: unknown option %s\n", a.c_str()); return 2; }
    path = a;
  }
  return each_article(path, [&](corpus::Article&& a, std::size_t line) {
    std::vector<corpus::Article> one;
    one.push_back(std::move(a));
    const auto an = analysis::analyze_corpus(one, opt);
    json j{{"line", line}, {"id", one[0].meta.file}};
    if (one[0].meta.outlet) j["outlet"] = *one[0].meta.outlet;
    if (one[0].meta.date) j["date"] = *one[0].meta.date;
    json terms = json::object();
    if (!an.articles.empty())
      for (const auto& [t, n] : xref::article_terms(one[0], an.articles[0])) terms[t] = n;
    j["terms"] = std::move(terms);
    j["analysis"] = analysis::to_json(an);
    print(j);
    std::fflush(stdout);
  });
}

int xref_jsonl(int argc, char** argv) {
  std::string path = "-", df_path;
  xref::Options xopt;
  bool stories_only = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--jsonl") continue;
    if (a == "--df" && i + 1 < argc) { df_path = argv[++i]; continue; }
    if (a == "--link-threshold" && i + 1 < argc) { xopt.min_similarity = std::strtod(argv[++i], nullptr); continue; }
    if (a == "--max-story" && i + 1 < argc) {
      char* end = nullptr;
      const char* arg = argv[++i];
      const long n = std::strtol(arg, &end, 10);
      if (end == arg || *end || n < 0) { std::fprintf(stderr, "isnad: xref: --max-story wants a number of articles (0: never cut)\n"); return 2; }
      xopt.max_story = static_cast<std::size_t>(n);
      continue;
    }
    if (a == "--stories") { stories_only = true; continue; }
    if (a.rfind("--", 0) == 0) { std::fprintf(stderr, "isnad: xref: unknown option %s\n", a.c_str()); return 2; }
    path = a;
  }
  xref::CorpusStats stats;
  if (!df_path.empty()) {
    std::ifstream in(df_path, std::ios::binary);
    json d = json::parse(in, nullptr, false);
    if (d.is_discarded() || !d.is_object() || !d.contains("articles") || !d["articles"].is_number() ||
        !d.contains("df") || !d["df"].is_object()) {
      std::fprintf(stderr, "isnad: %s: not a {\"articles\": N, \"df\": {…}} file\n", df_path.c_str());
      return 1;
    }
    stats.articles = d["articles"].get<double>();
    for (const auto& [k, v] : d["df"].items())
      if (v.is_number_unsigned()) stats.df[k] = v.get<std::uint32_t>();
    xopt.corpus = &stats;
  }
  std::vector<corpus::Article> articles;
  if (int rc = each_article(path, [&](corpus::Article&& a, std::size_t) { articles.push_back(std::move(a)); })) return rc;
  const auto an = analysis::analyze_corpus(articles, {});
  if (stories_only) {
    const auto story = xref::stories_of(articles, an, xopt);
    json groups = json::array();
    for (std::size_t a = 0; a < articles.size(); ++a) {
      if (story[a] >= groups.size()) groups.push_back(json::array());
      groups[story[a]].push_back(articles[a].meta.file);
    }
    print(json{{"format", "isnad-stories"}, {"version", 1}, {"max_story", xopt.max_story}, {"stories", std::move(groups)}});
    return 0;
  }
  json j = analysis::to_json(an);
  const auto clusters = xref::cross_reference(articles, an, xopt);
  j["clusters"] = xref::clusters_json(clusters, an);
  j["discrepancies"] = xref::discrepancies_json(clusters, an);
  j["sources"] = xref::sources_json(clusters, articles, an);
  j["chains"] = xref::chains_json(articles, an);
  j["timeline"] = xref::timeline_json(articles, an, clusters);
  json arts = json::array();
  for (const auto& a : articles) {
    json o = article_json(a);
    o["text"] = text::to_utf8(a.text);
    arts.push_back(std::move(o));
  }
  print(json{{"format", "isnad-story"}, {"version", 1}, {"articles", std::move(arts)}, {"analysis", std::move(j)}});
  return 0;
}

}  // namespace isnad::cli
