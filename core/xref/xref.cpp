#include "isnad/xref/xref.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"

namespace isnad::xref {
namespace {

using analysis::AnchorType;

// Function words that carry no fact (general Arabic, folded).
const std::unordered_set<std::u32string>& stopwords() {
  static const std::unordered_set<std::u32string> s = [] {
    std::unordered_set<std::u32string> out;
    for (const char32_t* w : {U"في", U"من", U"علي", U"الي", U"عن", U"ان", U"او", U"ثم", U"قد", U"لا", U"ما", U"لم", U"لن",
                              U"هذا", U"هذه", U"ذلك", U"تلك", U"التي", U"الذي", U"الذين", U"كان", U"كانت", U"مع", U"بين",
                              U"حتي", U"منذ", U"بعد", U"قبل", U"عند", U"كما", U"اي", U"كل", U"بعض", U"هو", U"هي", U"هم",
                              U"انه", U"انها", U"لكن", U"حيث", U"وقد", U"قال", U"قالت", U"اليوم", U"يوم", U"ايضا", U"نحو", U"خلال"})
      out.insert(text::fold(w));
    return out;
  }();
  return s;
}

struct ClaimText {
  std::size_t article, claim;
  std::unordered_map<std::u32string, double> tf;   // stem → weight
  std::set<std::string> entities;                  // canonical names of the entities it mentions
  double norm = 0;
};

std::vector<std::u32string> content_stems(std::u32string_view original) {
  std::vector<std::u32string> out;
  const std::u32string f = text::fold(original);
  std::u32string word;
  auto flush = [&] {
    if (word.size() >= 2 && !stopwords().count(word)) {
      const std::u32string stem(text::light_stem(word));
      if (stem.size() >= 2 && !stopwords().count(stem)) out.push_back(stem);
    }
    word.clear();
  };
  for (char32_t c : f) {
    if (text::is_arabic_letter(c) || text::is_digit(c) || (c >= U'a' && c <= U'z')) word.push_back(c);
    else flush();
  }
  flush();
  return out;
}

// A comparable value of an anchor: ISO dates keep their string, counts their number.
struct Value { AnchorType type; std::string text; double number = 0; bool approx = false; std::string unit; };

std::vector<Value> values_of(const analysis::ArticleAnalysis& a, const analysis::Claim& c) {
  std::vector<Value> out;
  for (auto i : c.anchors) {
    if (i >= a.anchors.size()) continue;
    const auto& an = a.anchors[i];
    if (!an.value.is_object()) continue;
    if (an.type == AnchorType::date && an.value.contains("value") && an.value["value"].is_string())
      out.push_back({an.type, an.value["value"].get<std::string>(), 0, false, {}});
    else if (an.type == AnchorType::quantity && an.value.contains("value") && an.value["value"].is_number())
      out.push_back({an.type, "", an.value["value"].get<double>(), an.value.value("approx", false),
                     an.value.value("unit", std::string())});
  }
  return out;
}

// Two ISO-like dates are compatible when one is a prefix of the other ("2025" and "2025-09").
bool dates_compatible(const std::string& a, const std::string& b) {
  return a.compare(0, std::min(a.size(), b.size()), b, 0, std::min(a.size(), b.size())) == 0;
}

// What differs between two claims' values, or "" when nothing does.
std::string difference(const std::vector<Value>& x, const std::vector<Value>& y) {
  std::vector<std::string> dx, dy;
  for (const auto& v : x) if (v.type == AnchorType::date && v.text.size() >= 4 && std::isdigit(static_cast<unsigned char>(v.text[0]))) dx.push_back(v.text);
  for (const auto& v : y) if (v.type == AnchorType::date && v.text.size() >= 4 && std::isdigit(static_cast<unsigned char>(v.text[0]))) dy.push_back(v.text);
  if (!dx.empty() && !dy.empty()) {
    bool any = false;
    for (const auto& a : dx) for (const auto& b : dy) any |= dates_compatible(a, b);
    if (!any) return dx.front() + " vs " + dy.front();
  }
  for (const auto& a : x)
    for (const auto& b : y)
      if (a.type == AnchorType::quantity && b.type == AnchorType::quantity && !a.unit.empty() && a.unit == b.unit &&
          !a.approx && !b.approx && std::fabs(a.number - b.number) > 0.1 * std::max(a.number, b.number))
        return std::to_string(static_cast<long long>(a.number)) + " vs " + std::to_string(static_cast<long long>(b.number)) + " " + a.unit;
  return {};
}

struct UnionFind {
  std::vector<std::size_t> p;
  explicit UnionFind(std::size_t n) : p(n) { std::iota(p.begin(), p.end(), 0); }
  std::size_t find(std::size_t x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }
  void join(std::size_t a, std::size_t b) { p[find(a)] = find(b); }
};

}  // namespace

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::agree: return "agree";
    case Relation::disagree: return "disagree";
    case Relation::partial: return "partial";
  }
  return "agree";
}

std::vector<Cluster> cross_reference(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                                     const Options& opt) {
  // 1. Each check-worthy claim as a bag of stems, and the entities it names.
  std::vector<ClaimText> claims;
  for (std::size_t a = 0; a < an.articles.size() && a < articles.size(); ++a) {
    const auto& art = an.articles[a];
    for (std::size_t c = 0; c < art.claims.size(); ++c) {
      const auto& cl = art.claims[c];
      if (!cl.checkworthy || cl.end <= cl.start || cl.end > articles[a].text.size()) continue;
      ClaimText t{a, c, {}, {}, 0};
      for (auto& s : content_stems(std::u32string_view(articles[a].text).substr(cl.start, cl.end - cl.start))) t.tf[s] += 1;
      for (auto i : cl.anchors)
        if (i < art.anchors.size() && analysis::is_entity(art.anchors[i].type) && !art.anchors[i].canonical.empty())
          t.entities.insert(art.anchors[i].canonical);
      if (!t.tf.empty()) claims.push_back(std::move(t));
    }
  }
  // 2. idf over claims; an inverted index from stem to claims.
  std::unordered_map<std::u32string, std::vector<std::uint32_t>> index;
  for (std::uint32_t i = 0; i < claims.size(); ++i) for (auto& [w, n] : claims[i].tf) index[w].push_back(i);
  const double N = static_cast<double>(std::max<std::size_t>(1, claims.size()));
  std::unordered_map<std::u32string, double> idf;
  for (auto& [w, list] : index) idf[w] = std::log(1 + N / static_cast<double>(list.size()));
  for (auto& t : claims) {
    for (auto& [w, n] : t.tf) n = (1 + std::log(n)) * idf[w];
    double s = 0;
    for (auto& [w, n] : t.tf) s += n * n;
    t.norm = std::sqrt(s);
  }
  // 3. For each claim, its best match in every other article, among claims sharing a stem that is
  //    not too common (the postings of very common stems are skipped: they never decide a match).
  const std::size_t common = std::max<std::size_t>(50, claims.size() / 10);
  UnionFind uf(claims.size());
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    std::unordered_map<std::uint32_t, double> dot;
    for (auto& [w, x] : claims[i].tf) {
      const auto& post = index[w];
      if (post.size() > common) continue;
      for (auto j : post) if (j != i && claims[j].article != claims[i].article) dot[j] += x * claims[j].tf.at(w);
    }
    std::unordered_map<std::size_t, std::pair<double, std::uint32_t>> best;   // article → (score, claim)
    for (auto& [j, d] : dot) {
      double s = d / (claims[i].norm * claims[j].norm + 1e-9);
      std::size_t shared = 0;
      for (const auto& e : claims[i].entities) shared += claims[j].entities.count(e);
      s += 0.05 * static_cast<double>(std::min<std::size_t>(shared, 3));
      auto& b = best[claims[j].article];
      if (s > b.first) b = {s, j};
    }
    for (auto& [art, b] : best) if (b.first >= opt.min_similarity) uf.join(i, b.second);
  }
  // 4. Clusters of claims from at least two articles, with their relation.
  std::unordered_map<std::size_t, std::vector<std::uint32_t>> groups;
  for (std::uint32_t i = 0; i < claims.size(); ++i) groups[uf.find(i)].push_back(i);
  std::vector<Cluster> out;
  for (auto& [root, members] : groups) {
    std::set<std::size_t> arts;
    for (auto m : members) arts.insert(claims[m].article);
    if (arts.size() < 2) continue;
    Cluster k;
    for (auto m : members) k.claims.push_back({claims[m].article, claims[m].claim});
    std::sort(k.claims.begin(), k.claims.end(), [](auto& a, auto& b) { return std::tie(a.article, a.claim) < std::tie(b.article, b.claim); });
    bool partial = false;
    for (std::size_t x = 0; x < members.size() && k.relation != Relation::disagree; ++x)
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const auto& cx = claims[members[x]]; const auto& cy = claims[members[y]];
        if (cx.article == cy.article) continue;
        const auto vx = values_of(an.articles[cx.article], an.articles[cx.article].claims[cx.claim]);
        const auto vy = values_of(an.articles[cy.article], an.articles[cy.article].claims[cy.claim]);
        const std::string d = difference(vx, vy);
        if (!d.empty()) { k.relation = Relation::disagree; k.note = d; break; }
        if (vx.size() != vy.size()) partial = true;
      }
    if (k.relation != Relation::disagree && partial) k.relation = Relation::partial;
    out.push_back(std::move(k));
  }
  std::sort(out.begin(), out.end(), [](const Cluster& a, const Cluster& b) {
    return std::tie(a.claims.front().article, a.claims.front().claim) < std::tie(b.claims.front().article, b.claims.front().claim);
  });
  return out;
}

nlohmann::json clusters_json(const std::vector<Cluster>& clusters, const analysis::Analysis& an) {
  nlohmann::json out = nlohmann::json::array();
  int n = 0;
  for (const auto& k : clusters) {
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& c : k.claims) ids.push_back(an.articles[c.article].claims[c.claim].id);
    out.push_back({{"id", "k" + std::to_string(++n)}, {"claims", ids}, {"relation", relation_name(k.relation)}, {"note", k.note}});
  }
  return out;
}

nlohmann::json discrepancies_json(const std::vector<Cluster>& clusters, const analysis::Analysis& an) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& k : clusters) {
    if (k.relation != Relation::disagree) continue;
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& c : k.claims) ids.push_back(an.articles[c.article].claims[c.claim].id);
    out.push_back({{"claims", ids}, {"note", k.note}});
  }
  return out;
}

}  // namespace isnad::xref
