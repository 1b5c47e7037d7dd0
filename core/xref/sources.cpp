#include "isnad/xref/sources.h"

#include "claim_features.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "isnad/analysis/lexicon.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::xref {
namespace {

using analysis::AnchorType;

std::string outlet_of(const corpus::Article& a) {
  if (a.meta.outlet && !a.meta.outlet->empty()) return *a.meta.outlet;
  return a.meta.file;
}

// The part of an attribution phrase after "عن" (نقلت رويترز عن مسؤول كبير → مسؤول كبير), as written.
std::string inner_source(const analysis::Anchor& a) {
  const std::u32string t = text::decode_utf8(a.text).text;
  for (std::size_t i = 0; i + 3 < t.size(); ++i)
    if ((i == 0 || t[i - 1] == U' ' || t[i - 1] == U'،' || t[i - 1] == U',') && t[i] == U'ع' && t[i + 1] == U'ن' && t[i + 2] == U' ') {
      std::u32string rest = t.substr(i + 3);
      if (auto cut = rest.find_first_of(U"،,:؛"); cut != std::u32string::npos) rest.resize(cut);
      while (!rest.empty() && (rest.back() == U' ' || rest.back() == U'"' || rest.back() == U'”')) rest.pop_back();
      while (!rest.empty() && (rest.front() == U' ' || rest.front() == U'"' || rest.front() == U'“')) rest.erase(rest.begin());
      return text::to_utf8(rest);
    }
  return {};
}

// The organisation a claim cites first (an agency or paper), folded, or "".
std::string cited_organisation(const analysis::ArticleAnalysis& an, const analysis::Claim& c) {
  for (auto i : c.anchors) {
    if (i >= an.anchors.size() || an.anchors[i].type != AnchorType::attribution) continue;
    const auto& at = an.anchors[i];
    for (const auto& e : an.anchors)
      if (e.type == AnchorType::organization && e.start >= at.start && e.end <= at.end && !e.canonical.empty())
        return e.canonical;
  }
  return {};
}

struct UnionFind {
  std::vector<std::size_t> p;
  explicit UnionFind(std::size_t n) : p(n) { std::iota(p.begin(), p.end(), 0); }
  std::size_t find(std::size_t x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }
  void join(std::size_t a, std::size_t b) { p[find(a)] = find(b); }
};

}  // namespace

std::vector<std::string> attribution_chain(const corpus::Article& article, const analysis::ArticleAnalysis& an,
                                           std::size_t claim) {
  std::vector<std::string> chain = {outlet_of(article)};
  if (claim >= an.claims.size()) return chain;
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(chain.begin(), chain.end(), s) == chain.end()) chain.push_back(s);
  };
  for (auto i : an.claims[claim].anchors) {
    if (i >= an.anchors.size() || an.anchors[i].type != AnchorType::attribution) continue;
    const auto& a = an.anchors[i];
    const std::string& speaker = a.canonical;
    add(speaker);
    // "نقلت رويترز عن مسؤول" adds the official; "تقرير صادر عن رويترز" only says Reuters again
    const std::string inner = inner_source(a);
    if (speaker.empty() || text::fold(text::decode_utf8(inner).text).rfind(text::fold(text::decode_utf8(speaker).text), 0) != 0)
      add(inner);
  }
  return chain;
}

std::vector<std::pair<std::size_t, std::size_t>> shared_wording(const std::vector<corpus::Article>& articles,
                                                                std::size_t min_runs) {
  constexpr std::size_t kRun = 8;
  // Every run of 8 words → the articles it occurs in (hashed; a run common to many articles is
  // boilerplate, not a shared report, and is skipped).
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> runs;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const auto w = detail::words_of(articles[a].text);
    std::set<std::uint64_t> seen;
    for (std::size_t i = 0; i + kRun <= w.size(); ++i) {
      std::uint64_t h = analysis::kHashSeed;
      for (std::size_t k = i; k < i + kRun; ++k) h = analysis::hash_step(analysis::hash_append(h, w[k]), U' ');
      if (seen.insert(h).second) runs[h].push_back(a);
    }
  }
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> count;
  for (const auto& [h, arts] : runs)
    if (arts.size() >= 2 && arts.size() <= 8)
      for (std::size_t x = 0; x < arts.size(); ++x)
        for (std::size_t y = x + 1; y < arts.size(); ++y) ++count[{arts[x], arts[y]}];
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& [p, n] : count) if (n >= min_runs) out.push_back(p);
  return out;
}

ClusterSources cluster_sources(const Cluster& k, const std::vector<corpus::Article>& articles,
                               const analysis::Analysis& an, const std::vector<std::pair<std::size_t, std::size_t>>& wording) {
  ClusterSources out;
  std::vector<std::size_t> arts;
  std::map<std::size_t, std::string> cites;   // article → the organisation it cites for this fact
  for (const auto& c : k.claims) {
    if (std::find(arts.begin(), arts.end(), c.article) == arts.end()) arts.push_back(c.article);
    const std::string org = cited_organisation(an.articles[c.article], an.articles[c.article].claims[c.claim]);
    if (!org.empty() && !cites.count(c.article)) cites[c.article] = org;
  }
  out.outlets = arts.size();
  UnionFind uf(arts.size());
  for (std::size_t x = 0; x < arts.size(); ++x)
    for (std::size_t y = x + 1; y < arts.size(); ++y) {
      const auto cx = cites.find(arts[x]), cy = cites.find(arts[y]);
      const bool same_agency = cx != cites.end() && cy != cites.end() && cx->second == cy->second;
      const bool same_words = std::find(wording.begin(), wording.end(), std::make_pair(std::min(arts[x], arts[y]), std::max(arts[x], arts[y]))) != wording.end();
      if (same_agency || same_words) uf.join(x, y);
    }
  std::map<std::size_t, SourceGroup> groups;
  for (std::size_t x = 0; x < arts.size(); ++x) groups[uf.find(x)].articles.push_back(arts[x]);
  for (auto& [root, g] : groups) {
    for (auto a : g.articles) if (auto c = cites.find(a); c != cites.end()) { g.source = c->second; break; }
    if (g.source.empty()) g.source = outlet_of(articles[g.articles.front()]);
    out.independent.push_back(std::move(g));
  }
  return out;
}

nlohmann::json chains_json(const std::vector<corpus::Article>& articles, const analysis::Analysis& an) {
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t a = 0; a < an.articles.size() && a < articles.size(); ++a)
    for (std::size_t c = 0; c < an.articles[a].claims.size(); ++c)
      out[an.articles[a].claims[c].id] = attribution_chain(articles[a], an.articles[a], c);
  return out;
}

nlohmann::json sources_json(const std::vector<Cluster>& clusters, const std::vector<corpus::Article>& articles,
                            const analysis::Analysis& an) {
  const auto wording = shared_wording(articles);
  nlohmann::json out = nlohmann::json::array();
  int n = 0;
  for (const auto& k : clusters) {
    const auto s = cluster_sources(k, articles, an, wording);
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : s.independent) {
      nlohmann::json files = nlohmann::json::array();
      for (auto a : g.articles) files.push_back(an.articles[a].file);
      groups.push_back({{"source", g.source}, {"files", files}});
    }
    out.push_back({{"cluster", "k" + std::to_string(++n)}, {"outlets", s.outlets}, {"independent", s.independent.size()}, {"groups", groups}});
  }
  return out;
}

nlohmann::json timeline_json(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                             const std::vector<Cluster>& clusters) {
  // claim → the clusters it is in, and whether one of them disagrees
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::string, bool>> in_cluster;
  for (std::size_t i = 0; i < clusters.size(); ++i)
    for (const auto& c : clusters[i].claims) {
      auto& e = in_cluster[{c.article, c.claim}];
      if (e.first.empty()) e.first = "k" + std::to_string(i + 1);
      e.second |= clusters[i].relation == Relation::disagree;
    }
  struct Row { std::string date; nlohmann::json j; };
  std::vector<Row> rows;
  for (std::size_t a = 0; a < an.articles.size() && a < articles.size(); ++a) {
    const auto& art = an.articles[a];
    for (std::size_t c = 0; c < art.claims.size(); ++c) {
      if (!art.claims[c].checkworthy) continue;
      for (auto i : art.claims[c].anchors) {
        if (i >= art.anchors.size() || art.anchors[i].type != AnchorType::date) continue;
        const auto* v = std::get_if<analysis::DateValue>(&art.anchors[i].value);
        if (!v || v->iso.size() < 4 || !std::isdigit(static_cast<unsigned char>(v->iso[0]))) continue;
        const std::string& d = v->iso;
        nlohmann::json j = {{"date", d}, {"claim", art.claims[c].id}, {"file", art.file}, {"outlet", outlet_of(articles[a])},
                            {"text", art.anchors[i].text}};
        if (!v->qualifier.empty()) j["qualifier"] = v->qualifier;
        if (auto e = in_cluster.find({a, c}); e != in_cluster.end()) { j["cluster"] = e->second.first; j["disputed"] = e->second.second; }
        rows.push_back({d, std::move(j)});
      }
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.date < y.date; });
  nlohmann::json out = nlohmann::json::array();
  for (auto& r : rows) out.push_back(std::move(r.j));
  return out;
}

}  // namespace isnad::xref
