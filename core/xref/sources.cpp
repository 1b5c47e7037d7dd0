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

std::vector<std::string> cited_by(const analysis::Anchor& a) {
  std::vector<std::string> out;
  const std::string& speaker = a.canonical;
  if (!speaker.empty()) out.push_back(speaker);
  // "نقلت رويترز عن مسؤول" adds the official; "تقرير صادر عن رويترز" only says Reuters again
  const std::string inner = inner_source(a);
  if (!inner.empty() && (speaker.empty() || text::fold(text::decode_utf8(inner).text).rfind(text::fold(text::decode_utf8(speaker).text), 0) != 0))
    out.push_back(inner);
  return out;
}

std::vector<Cited> cited_sources(const analysis::ArticleAnalysis& an) {
  std::vector<Cited> out;
  for (const auto& a : an.anchors) {
    if (a.type != AnchorType::attribution) continue;
    for (const std::string& name : cited_by(a)) {
      auto it = std::find_if(out.begin(), out.end(), [&](const Cited& c) { return c.name == name; });
      if (it == out.end()) out.push_back({name, 1}); else ++it->count;
    }
  }
  return out;
}

std::vector<std::string> attribution_chain(const corpus::Article& article, const analysis::ArticleAnalysis& an,
                                           std::size_t claim) {
  std::vector<std::string> chain = {outlet_of(article)};
  if (claim >= an.claims.size()) return chain;
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(chain.begin(), chain.end(), s) == chain.end()) chain.push_back(s);
  };
  for (auto i : an.claims[claim].anchors) {
    if (i >= an.anchors.size() || an.anchors[i].type != AnchorType::attribution) continue;
    for (const std::string& name : cited_by(an.anchors[i])) add(name);
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

std::vector<Dated> timeline(const analysis::Analysis& an, const std::vector<Cluster>& clusters) {
  // claim → the first cluster it is in, and whether one of its clusters disagrees
  std::map<std::pair<std::size_t, std::size_t>, std::pair<int, bool>> in_cluster;
  for (std::size_t i = 0; i < clusters.size(); ++i)
    for (const auto& c : clusters[i].claims) {
      auto [e, fresh] = in_cluster.try_emplace({c.article, c.claim}, static_cast<int>(i), false);
      e->second.second |= clusters[i].relation == Relation::disagree;
    }
  std::vector<Dated> out;
  for (std::size_t a = 0; a < an.articles.size(); ++a) {
    const auto& art = an.articles[a];
    for (std::size_t c = 0; c < art.claims.size(); ++c) {
      if (!art.claims[c].checkworthy) continue;
      for (auto i : art.claims[c].anchors) {
        if (i >= art.anchors.size() || art.anchors[i].type != AnchorType::date) continue;
        const auto* v = std::get_if<analysis::DateValue>(&art.anchors[i].value);
        if (!v || v->iso.size() < 4 || !std::isdigit(static_cast<unsigned char>(v->iso[0]))) continue;
        Dated d{v->iso, v->qualifier, a, c, i, art.anchors[i].start, art.anchors[i].end};
        if (auto e = in_cluster.find({a, c}); e != in_cluster.end()) { d.cluster = e->second.first; d.disputed = e->second.second; }
        out.push_back(std::move(d));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Dated& x, const Dated& y) { return x.date < y.date; });
  return out;
}

nlohmann::json timeline_json(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                             const std::vector<Cluster>& clusters) {
  nlohmann::json out = nlohmann::json::array();
  for (const Dated& d : timeline(an, clusters)) {
    if (d.article >= articles.size()) continue;
    const auto& art = an.articles[d.article];
    nlohmann::json j = {{"date", d.date}, {"claim", art.claims[d.claim].id}, {"file", art.file},
                        {"outlet", outlet_of(articles[d.article])}, {"text", art.anchors[d.anchor].text}};
    if (!d.qualifier.empty()) j["qualifier"] = d.qualifier;
    if (d.cluster >= 0) { j["cluster"] = "k" + std::to_string(d.cluster + 1); j["disputed"] = d.disputed; }
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace isnad::xref
