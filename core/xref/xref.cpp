#include "isnad/xref/xref.h"

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "isnad/xref/archive.h"
#include "claim_features.h"
#include "stories.h"
#include "values.h"

namespace isnad::xref {
namespace {

using detail::ClaimFeatures;

// How much a term of each kind weighs against a plain stem: a shared value (2025-09, 2500 troops)
// says more about "the same fact" than a shared word; entities a little less than words, since a
// story names the same few places in every claim.
double kind_weight(const std::u32string& term) {
  switch (term.empty() ? 0 : term[0]) {
    case detail::kValueTag: return 2.0;
    case detail::kEntityTag: return 0.8;
    case detail::kConceptTag: return 1.2;
    default: return 1.0;
  }
}

// Each article's publication day (detail::day_number), or kNoDay when it has none.
std::vector<long> publication_days(const std::vector<corpus::Article>& articles) {
  std::vector<long> out;
  for (const auto& a : articles) out.push_back(a.meta.date ? detail::day_number(*a.meta.date) : detail::kNoDay);
  return out;
}

// Whether two publication days are both known and more than a day apart.
bool days_apart(long x, long y) { return x != detail::kNoDay && y != detail::kNoDay && std::labs(x - y) > 1; }

// Whether two articles are both known to be one outlet's: the same template sentence with other
// figures in two of its articles is a recurring report (a daily weather bulletin whose pages all
// carry the day they were collected), not two sources disagreeing.
bool same_outlet(const corpus::Article& a, const corpus::Article& b) {
  return a.meta.outlet && b.meta.outlet && !a.meta.outlet->empty() && *a.meta.outlet == *b.meta.outlet;
}

// The similarity of two claims from their dot product: cosine. (Tried on the seeds: the overlap
// coefficient, alone or mixed in, links short claims to long ones more often but no better overall;
// giving a short clause some of the previous clause's words made it worse, 0.43 against 0.46.)
double score(double dot, double na, double nb) {
  return dot / (na * nb + 1e-12);
}

// Cosine of two claims from their term vectors sorted by term id (a merge, no hashing).
double cosine(const std::vector<std::pair<std::uint32_t, double>>& a, double na,
              const std::vector<std::pair<std::uint32_t, double>>& b, double nb) {
  double dot = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  return score(dot, na, nb);
}

// Cosine of two claims over their words alone (values left out): how nearly they say the same thing
// whatever figures they give.
double words_cosine(const std::vector<std::pair<std::uint32_t, double>>& a, const std::vector<std::pair<std::uint32_t, double>>& b,
                    const std::vector<bool>& value_term) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [id, w] : a) if (!value_term[id]) na += w * w;
  for (const auto& [id, w] : b) if (!value_term[id]) nb += w * w;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else { if (!value_term[a[i].first]) dot += a[i].second * b[j].second; ++i; ++j; }
  }
  return dot / (std::sqrt(na * nb) + 1e-12);
}

// Whether both claims are about people and about none in common: "احتفل الشاب أحمد … بزواجه" and
// "احتفل الشاب عادل … بزفافه" are one template, two weddings. Who says it is left out (two officials
// may give one fact, or dispute it), and so is a reporter's byline. Such claims are never linked: on
// 6,190 SaudiNewsNet articles of two days this took 4,395 pairs of claims out of clusters, nearly all
// of different events (27 of 30 read), and left the seeds' clusters as they were. Names are compared
// by their words, so that one person named more or less fully ("عبدالله الثاني", "الملك عبدالله الثاني
// بن الحسين") is one; words of three letters or fewer (بن، آل) do not count.
bool other_people(const ClaimFeatures& x, const ClaimFeatures& y) {
  return !x.person_words.empty() && !y.person_words.empty() &&
         std::none_of(x.person_words.begin(), x.person_words.end(), [&](const std::u32string& w) { return y.person_words.count(w) > 0; });
}

}  // namespace

const char* difference_kind_name(Difference::Kind k) {
  switch (k) {
    case Difference::Kind::fact: return "fact";
    case Difference::Kind::scope: return "scope";
    case Difference::Kind::source: return "source";
    case Difference::Kind::status: return "status";
  }
  return "fact";
}

const std::string& note_word(const std::string& key) {
  static const std::unordered_map<std::string, std::string> words = [] {
    std::unordered_map<std::string, std::string> m;
    for (const char* file : {"concepts.txt", "polar_words.txt", "counted_nouns.txt"})
      detail::for_each_data_line(file, [&](const std::vector<std::string>& p) { m.emplace(p[0], p[1]); });
    return m;
  }();
  static const std::string none;
  const auto it = words.find(key);
  return it == words.end() ? none : it->second;
}

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
  // 1. Each check-worthy claim as weighted terms.
  std::vector<ClaimFeatures> claims;
  for (std::size_t a = 0; a < an.articles.size() && a < articles.size(); ++a) {
    const auto& art = an.articles[a];
    for (std::size_t c = 0; c < art.claims.size(); ++c) {
      const auto& cl = art.claims[c];
      if (!cl.checkworthy || cl.end <= cl.start || cl.end > articles[a].text.size()) continue;
      auto f = detail::claim_features(articles[a], art, a, c);
      if (!f.terms.empty()) claims.push_back(std::move(f));
    }
  }
  // 2. Terms interned as integers (the scoring loop never hashes a string); the articles grouped
  //    into stories (stories.h); tf-idf weights with the idf of each claim's story; an inverted
  //    index from term to (claim, weight).
  std::unordered_map<std::u32string, std::uint32_t> term_id;
  std::vector<std::uint32_t> df;            // claims with the term, corpus-wide
  std::vector<double> term_kind;            // kind_weight of each term
  std::vector<bool> value_term;             // a value (2025-09, 2500 troops), not a word
  std::vector<std::vector<std::uint32_t>> ids(claims.size());
  std::vector<std::uint32_t> article_of(claims.size());
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    article_of[i] = static_cast<std::uint32_t>(claims[i].article);
    for (const auto& [t, n] : claims[i].terms) {
      auto [it, fresh] = term_id.emplace(t, static_cast<std::uint32_t>(df.size()));
      if (fresh) { df.push_back(0); term_kind.push_back(kind_weight(t)); value_term.push_back(!t.empty() && t[0] == detail::kValueTag); }
      ++df[it->second];
      ids[i].push_back(it->second);
    }
  }
  // Claims linked only within a story (cosine of the whole articles ≥ same_story). Without this, in
  // 300 articles of one paper and one day, a rare word or phrase shared by two short claims
  // ("مواعيد", "وعلى صعيد متصل") linked unrelated stories: 1,002 clusters, nearly all false.
  std::vector<double> corpus_df;   // Options::corpus: each term's articles in the whole corpus
  if (opt.corpus) corpus_df = detail::corpus_document_frequencies(*opt.corpus, term_id);
  detail::Stories stories(articles.size(), df.size(), ids, article_of, opt.same_story,
                          opt.corpus ? &corpus_df : nullptr, opt.corpus ? opt.corpus->articles : 0);
  const auto story_of = opt.same_story > 0 ? stories.groups() : std::vector<std::uint32_t>(articles.size(), 0);
  auto one_story = [&](std::uint32_t a, std::uint32_t b) { return opt.same_story <= 0 || stories.one_story(a, b); };
  std::vector<std::vector<std::pair<std::uint32_t, double>>> vec(claims.size());    // claim → (term, weight)
  std::vector<std::uint32_t> order(claims.size());                                  // claims by story
  std::vector<std::pair<std::size_t, std::size_t>> runs;                            // each story's range of `order`
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) { return story_of[article_of[x]] < story_of[article_of[y]]; });
  for (std::size_t b = 0; b < order.size();) {
    std::size_t e = b;
    while (e < order.size() && story_of[article_of[order[e]]] == story_of[article_of[order[b]]]) ++e;
    runs.push_back({b, e});
    b = e;
  }
  {
    std::vector<std::uint32_t> story_df(df.size(), 0);
    for (const auto& [b, e] : runs) {
      for (std::size_t k = b; k < e; ++k)
        for (auto id : ids[order[k]]) ++story_df[id];
      const double N = static_cast<double>(e - b);
      for (std::size_t k = b; k < e; ++k) {
        const std::uint32_t i = order[k];
        double s = 0;
        std::size_t t = 0;
        for (const auto& [term, tf] : claims[i].terms) {   // the order ids[i] was filled in
          const std::uint32_t id = ids[i][t++];
          const double w = (1 + std::log(std::max(tf, 1.0))) * std::log(1 + N / story_df[id]) * term_kind[id];
          s += w * w;
          vec[i].push_back({id, w});
        }
        claims[i].norm = std::sqrt(s);
        std::sort(vec[i].begin(), vec[i].end());
      }
      for (std::size_t k = b; k < e; ++k)
        for (auto id : ids[order[k]]) story_df[id] = 0;
    }
  }
  // 3. One story at a time, an inverted index from term to (claim, weight) and, for each claim, its
  //    best match in every other article among the claims sharing a term that is not too common in
  //    the story (the postings of very common terms are skipped: they never decide a match), in an
  //    article that tells the same story. Postings are capped so that the work per claim is bounded
  //    whatever the corpus size (linear overall), and each claim keeps its best match in at most
  //    `kMaxLinks` other articles: in a story of thousands of articles a claim's best match "in
  //    every other article" is mostly noise.
  constexpr std::size_t kMaxLinks = 8;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> postings(df.size());   // term → (claim, weight)
  struct Edge { double score; std::uint32_t a, b; };
  std::vector<Edge> edges;
  // Dense scratch arrays (dot products per claim, best match per article) with lists of what was
  // touched, and the claims' articles and norms in flat arrays: the inner loop stays in cache.
  std::vector<double> norm_of(claims.size());
  for (std::uint32_t i = 0; i < claims.size(); ++i) norm_of[i] = claims[i].norm;
  std::vector<double> acc(claims.size(), 0.0);
  std::vector<std::uint32_t> touched, touched_articles;
  std::vector<std::pair<double, std::uint32_t>> best(articles.size(), {-1.0, 0});   // article → (score, claim)
  std::vector<std::pair<double, std::uint32_t>> top;
  for (const auto& [b, e] : runs) {
    if (article_of[order[b]] == article_of[order[e - 1]]) continue;   // one article: nothing to link
    for (std::size_t k = b; k < e; ++k)
      for (const auto& [id, w] : vec[order[k]]) postings[id].push_back({order[k], w});
    const std::size_t common = std::clamp<std::size_t>((e - b) / 20, 50, 200);
    for (std::size_t k = b; k < e; ++k) {
      const std::uint32_t i = order[k];
      touched.clear();
      const std::uint32_t ai = article_of[i];
      for (auto& [id, x] : vec[i]) {
        const auto& post = postings[id];
        if (post.size() > common) continue;
        for (auto& [j, w] : post) {
          if (article_of[j] == ai) continue;
          if (acc[j] == 0) touched.push_back(j);
          acc[j] += x * w;
        }
      }
      touched_articles.clear();
      for (auto j : touched) {
        double s = score(acc[j], norm_of[i], norm_of[j]);
        acc[j] = 0;
        auto& m = best[article_of[j]];
        if (m.first < 0) touched_articles.push_back(article_of[j]);
        // (asked only of a candidate that would be linked and would be the article's best)
        if (s > m.first && s >= opt.min_similarity && other_people(claims[i], claims[j])) s = 0;
        if (s > m.first) m = {s, j};
      }
      top.clear();
      for (auto a : touched_articles) {
        if (best[a].first >= opt.min_similarity && one_story(ai, a)) top.push_back(best[a]);
        best[a] = {-1.0, 0};
      }
      if (top.size() > kMaxLinks) {
        std::partial_sort(top.begin(), top.begin() + kMaxLinks, top.end(), [](auto& x, auto& y) { return x.first > y.first; });
        top.resize(kMaxLinks);
      }
      for (auto& [score, j] : top) edges.push_back({score, i, j});
    }
    for (std::size_t k = b; k < e; ++k)
      for (const auto& [id, w] : vec[order[k]]) postings[id].clear();
  }
  // 4. Clusters by average linkage: the links taken strongest first, each joining two clusters when
  //    the claims of one are, on average over every pair from different articles, as similar to the
  //    other's as a link must be (min_similarity). A claim is in one cluster at most, and A~B, B~C
  //    does not bring in C when C has little in common with A (single linkage's chains: tried, one
  //    component of 2,202 claims in 300 unrelated articles). The earlier stars (each claim with its
  //    links) overlapped, so one claim sat in several clusters with different relations.
  //    Clusters stop growing at kMaxClusterClaims, which bounds the work of a merge.
  constexpr std::size_t kMaxClusterClaims = 64;
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  std::vector<std::uint32_t> parent(claims.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::vector<std::uint32_t>> members(claims.size());
  for (std::uint32_t i = 0; i < claims.size(); ++i) members[i] = {i};
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const auto& e : edges) {
    std::uint32_t a = find(e.a), b = find(e.b);
    if (a == b || members[a].size() + members[b].size() > kMaxClusterClaims) continue;
    double sum = 0;
    std::size_t pairs = 0;
    for (auto x : members[a])
      for (auto y : members[b])
        if (article_of[x] != article_of[y]) {
          if (!other_people(claims[x], claims[y])) sum += cosine(vec[x], norm_of[x], vec[y], norm_of[y]);
          ++pairs;
        }
    if (pairs == 0 || sum < opt.min_similarity * static_cast<double>(pairs)) continue;
    if (members[a].size() < members[b].size()) std::swap(a, b);
    parent[b] = a;
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    std::vector<std::uint32_t>().swap(members[b]);
  }
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t i = 0; i < claims.size(); ++i)
    if (parent[i] == i && members[i].size() >= 2) groups.push_back(std::move(members[i]));
  // 5. Each cluster of at least two articles with its relation: claims of different articles that are
  //    close enough to be about one slot and state incompatible values (or one denies the other)
  //    disagree; "all" against "hundreds" is partial (a difference of scope); otherwise they agree.
  //    (Making any value of a kind the other lacks partial was tried: relation accuracy 0.687 → 0.578.)
  //    A source told two ways is noted and changes nothing.
  // Claims this alike in their words (values left out) say nearly the same thing: the same wire
  // sentence in two outlets, where a different figure is a discrepancy whatever its unit — when the
  // articles appeared within a day of each other: the same sentence in reports days apart is a
  // recurring one (a weather bulletin's wind speeds, a market report's prices) about another day —
  // and between two outlets: one outlet's template sentence with other figures is its recurring report.
  // A market's move ("Brent rose 36 cents to $50.35") is one moment's quote: two quotes are compared
  // only when both name the same time of day. A figure told as risen or fallen to ("the toll rose to
  // 22") is as of its day: counts of articles days apart are updates, not a conflict.
  constexpr double kParaphrase = 0.6;
  // Two dates are of one event only when the claims have some words in common besides it (cosine over
  // words, values left out): May's count of payment terminals and July's US jobs data share "rise"
  // and little else (0.06); the seeds' conflicting schedules share 0.17–0.37.
  constexpr double kDatedAlike = 0.1;
  const std::vector<long> published = publication_days(articles);
  std::vector<Cluster> out;
  for (auto& members : groups) {
    std::set<std::size_t> arts;
    for (auto m : members) arts.insert(claims[m].article);
    if (arts.size() < 2) continue;
    std::sort(members.begin(), members.end(), [&](auto x, auto y) {
      return std::tie(claims[x].article, claims[x].claim) < std::tie(claims[y].article, claims[y].claim);
    });
    Cluster k;
    bool disagree = false, partial = false;
    for (auto m : members) k.claims.push_back({claims[m].article, claims[m].claim});
    for (std::size_t x = 0; x < members.size(); ++x)
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const auto& cx = claims[members[x]];
        const auto& cy = claims[members[y]];
        if (cx.article == cy.article) continue;
        const double sim = cosine(vec[members[x]], cx.norm, vec[members[y]], cy.norm);
        if (sim < opt.min_similarity) continue;
        // Values differ for one slot only when both claims state one event (a concept in common,
        // neither negating it): "appointed in 2012" and "ran in 2003" are two facts, not a conflict.
        detail::ValueConflict d;
        if (detail::share_event(cx, cy)) {
          const bool apart = days_apart(published[cx.article], published[cy.article]);
          const double words = words_cosine(vec[members[x]], vec[members[y]], value_term);
          detail::Compared compared;
          compared.generic_units = words >= kParaphrase && !apart && !same_outlet(articles[cx.article], articles[cy.article]) &&
                                   ((!cx.quote && !cy.quote) || (cx.time_of_day >= 0 && cx.time_of_day == cy.time_of_day));
          compared.counts = !(apart && (cx.moving || cy.moving));
          compared.dates = words >= kDatedAlike;
          d = detail::value_difference(cx.values, cy.values, compared);
        }
        if (d.what.empty() && detail::same_scope(cx, cy) && !detail::deictic_days_apart(cx, cy))
          d.what = detail::negation_difference(cx, cy);
        bool unclear = false;   // a figure one leaves unclear: a detail, as a difference of scope
        if (d.what.empty()) unclear = !(d = detail::unclear_count(cx.values, cy.values)).what.empty();
        if (!d.what.empty()) {
          const bool scope = unclear || detail::is_scope_difference(d.what);
          k.differences.push_back({{cx.article, cx.claim}, {cy.article, cy.claim}, scope ? Difference::Kind::scope : Difference::Kind::fact,
                                   d.what, d.x_said, d.y_said});
          (scope ? partial : disagree) = true;
        }
        if (auto s = detail::status_difference(cx, cy); !s.empty())
          k.differences.push_back({{cx.article, cx.claim}, {cy.article, cy.claim}, Difference::Kind::status, s, {}, {}});
        if (detail::source_variant(cx, cy))
          k.differences.push_back({{cx.article, cx.claim}, {cy.article, cy.claim}, Difference::Kind::source,
                                   "source: " + cx.source + " vs " + cy.source, cx.source, cy.source});
      }
    // Differences of fact first, then of scope, then of source: the note names the weightiest.
    std::stable_sort(k.differences.begin(), k.differences.end(), [](const Difference& x, const Difference& y) { return x.kind < y.kind; });
    if (!k.differences.empty()) k.note = k.differences.front().what;
    k.relation = disagree ? Relation::disagree : partial ? Relation::partial : Relation::agree;
    out.push_back(std::move(k));
  }
  std::sort(out.begin(), out.end(), [](const Cluster& a, const Cluster& b) {
    return std::tie(a.claims.front().article, a.claims.front().claim) < std::tie(b.claims.front().article, b.claims.front().claim);
  });
  return out;
}

nlohmann::json clusters_json(const std::vector<Cluster>& clusters, const analysis::Analysis& an) {
  nlohmann::json out = nlohmann::json::array();
  auto id = [&](const ClaimRef& c) { return an.articles[c.article].claims[c.claim].id; };
  int n = 0;
  for (const auto& k : clusters) {
    nlohmann::json ids = nlohmann::json::array(), diffs = nlohmann::json::array();
    for (const auto& c : k.claims) ids.push_back(id(c));
    for (const auto& d : k.differences) {
      nlohmann::json j = {{"claims", {id(d.a), id(d.b)}}, {"kind", difference_kind_name(d.kind)}, {"what", d.what}};
      if (!d.a_said.empty()) j["said"] = {d.a_said, d.b_said};
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
                     {"kind", difference_kind_name(d.kind)}, {"note", d.what}});
  return out;
}

}  // namespace isnad::xref
