#include "card.h"

#include <algorithm>
#include <set>

#include "highlight_style.h"
#include "i18n.h"
#include "note_label.h"
#include "value_label.h"
#include "isnad/xref/sources.h"

namespace isnad::web {
namespace {

const char* relation_label(xref::Relation r) {
  switch (r) {
    case xref::Relation::agree: return tr("يتفق", "agrees");
    case xref::Relation::disagree: return tr("يختلف", "differs");
    case xref::Relation::partial: return tr("يتقاطع جزئيا", "partly overlaps");
    case xref::Relation::updated: return tr("يحدّث الرقم", "updates the figure");
  }
  return "";
}

// The clusters a claim belongs to, one a fact it states, in cluster order (app.cluster_of's first).
std::vector<int> clusters_of(const App& app, int article, int claim) {
  std::vector<int> out;
  if (claim < 0) return out;
  for (std::size_t k = 0; k < app.clusters.size(); ++k)
    for (const auto& ref : app.clusters[k].claims)
      if (ref.article == static_cast<std::size_t>(article) && ref.claim == static_cast<std::size_t>(claim)) { out.push_back(static_cast<int>(k)); break; }
  return out;
}

// An article's own words set into an interface line: quoted, and isolated so that their direction
// does not reorder the line around them.
std::string quoted(const std::string& words) {
  return std::string(tr("«", "\u201C")) + isolate(words.substr(0, 120)) + tr("»", "\u201D");
}

// The weightier of two relations: disagree, then partial, then updated, then agree.
xref::Relation weightier(xref::Relation a, xref::Relation b) {
  auto rank = [](xref::Relation r) {
    switch (r) {
      case xref::Relation::disagree: return 3;
      case xref::Relation::partial: return 2;
      case xref::Relation::updated: return 1;
      case xref::Relation::agree: break;
    }
    return 0;
  };
  return rank(b) > rank(a) ? b : a;
}

// The other sources of one fact (cluster k) of a claim, each with the pair's own relation; their
// outlets added to `outlets`.
CardFact other_sources(const App& app, int article, int claim, int cluster, std::set<std::string>& outlets) {
  CardFact fact;
  fact.cluster = cluster;
  const auto& k = app.clusters[cluster];
  std::set<std::size_t> seen = {static_cast<std::size_t>(article)};
  for (std::size_t m = 0; m < k.claims.size(); ++m) {
    const auto& ref = k.claims[m];
    if (ref.article == static_cast<std::size_t>(article) && ref.claim == static_cast<std::size_t>(claim)) fact.member = static_cast<int>(m);
    if (!seen.insert(ref.article).second) continue;
    outlets.insert(app.outlet_name(ref.article));
    // This pair's own relation (core/xref's pair_relation: the differences between this claim and
    // that article's alone), the weightiest where that article has several claims in the fact.
    const xref::ClaimRef mine{static_cast<std::size_t>(article), static_cast<std::size_t>(claim)};
    xref::Relation relation = xref::Relation::agree;
    for (const auto& theirs : k.claims)
      if (theirs.article == ref.article) relation = weightier(relation, xref::pair_relation(k, mine, theirs));
    std::string how = relation_label(relation);
    for (const auto& d : k.differences) {
      const bool mine_a = d.a.article == static_cast<std::size_t>(article) && d.a.claim == static_cast<std::size_t>(claim);
      const bool mine_b = d.b.article == static_cast<std::size_t>(article) && d.b.claim == static_cast<std::size_t>(claim);
      if ((mine_a && d.b.article == ref.article) || (mine_b && d.a.article == ref.article)) {
        // In the other article's own words where the difference has some ("يقول «نهاية عام 2026»").
        const std::string& theirs = mine_a ? d.b_said : d.a_said;
        if (d.kind == xref::Difference::Kind::source) {   // same statement, its source told differently
          how += std::string(tr("، وينسبه إلى ", ", attributed to ")) + quoted(theirs);
          continue;
        }
        if (d.kind == xref::Difference::Kind::status) {   // awaited in one, done in the other
          how += std::string(tr("، والحال مختلف: ", ", status differs: ")) + difference_label(d);
          continue;
        }
        how = std::string(relation_label(relation)) + ": " +
              (theirs.empty() ? difference_label(d) : std::string(tr("يقول ", "says ")) + quoted(theirs));
        break;
      }
    }
    fact.also.push_back({static_cast<int>(m), ref.article,
                         std::string(tr("ورد أيضا في ", "Also in ")) + app.outlet_name(ref.article) + " — " + how});
  }
  return fact;
}

}  // namespace

int anchor_at(const App& app, int article, std::size_t at) {
  if (article < 0 || article >= static_cast<int>(app.analysis.articles.size())) return -1;
  const auto& anchors = app.analysis.articles[article].anchors;
  int best = -1;
  auto rank = [](const analysis::Anchor& a) { return std::make_pair(a.type == analysis::AnchorType::attribution, a.end - a.start); };
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    const auto& a = anchors[i];
    if (app.mark_of(article, i) != AnchorMark::none && a.start <= at && at < a.end && (best < 0 || rank(a) < rank(anchors[best])))
      best = static_cast<int>(i);
  }
  return best;
}

Card make_card(const App& app, int article, int anchor) {
  Card c;
  c.article = article;
  c.anchor = anchor;
  const auto& art = app.analysis.articles[article];
  const analysis::Anchor& a = art.anchors[anchor];
  c.lines = {anchor_type_label(a.type), a.text.substr(0, 300), value_label(a)};
  c.claim = app.claim_at(article, a.start);
  c.cluster = c.claim < 0 ? -1 : app.cluster_of(article, c.claim);   // the first of its facts
  // The chain of attribution (core/xref/sources): the outlet, citing each source the claim names, in
  // the order written (نقلت رويترز عن مسؤول … → outlet, citing Reuters, citing the official).
  // Each name isolated: an Arabic name in the English line keeps its place ("Outlet, citing Reuters").
  std::string chain = isolate(app.outlet_name(article));
  if (c.claim >= 0 && static_cast<std::size_t>(article) < app.chains.size() && static_cast<std::size_t>(c.claim) < app.chains[article].size()) {
    const auto& links = app.chains[article][c.claim];   // computed with the analysis (core/bundle)
    for (std::size_t i = 1; i < links.size(); ++i) chain += tr("، نقلا عن ", ", citing ") + isolate(links[i]);
  }
  c.lines.push_back(std::string(tr("الإسناد: ", "Chain: ")) + chain);
  std::set<std::string> outlets = {app.outlet_name(article)};
  const auto homes = clusters_of(app, article, c.claim);
  for (std::size_t f = 0; f < homes.size(); ++f) {
    CardFact fact = other_sources(app, article, c.claim, homes[f], outlets);
    if (homes.size() > 1) {
      const auto& k = app.clusters[homes[f]];
      fact.heading = std::string(tr("الخبر ", "Fact ")) + std::to_string(f + 1) + tr(" من ", " of ") + std::to_string(homes.size()) + ": " +
                     relation_label(k.relation);
      if (!k.note.empty()) fact.heading += " (" + difference_label(k.differences.front()) + ")";
    }
    c.facts.push_back(std::move(fact));
  }
  if (!c.facts.empty()) {
    c.member = c.facts.front().member;
    c.also = c.facts.front().also;
  }
  if (c.cluster >= 0) {
    const auto& k = app.clusters[c.cluster];
    if (k.relation == xref::Relation::disagree && !k.differences.empty()) {
      const xref::Difference& first = k.differences.front();
      const std::string what = first.a_said.empty() ? difference_label(first)
                                                    : quoted(first.a_said) + tr(" مقابل ", " vs ") + quoted(first.b_said);
      c.lines.push_back(std::string(tr("الخلاف: ", "Differs: ")) + what);
    }
  } else if (c.claim >= 0) {
    // What the cross-referencer knows is that it matched the claim to no other article's, not that no
    // other source reports it (a report in other words may be missed): said as such.
    c.lines.push_back(tr("لم يُعثر عليه في مقال آخر", "Found in no other article"));
  }
  c.sources = static_cast<int>(outlets.size());
  if (c.cluster >= 0) {
    // Outlets that cite one agency, or carry one wire report word for word, count once.
    const auto& s = app.sources[c.cluster];
    std::string names;
    for (const auto& g : s.independent) {
      // core names an article without an outlet by its file; the reader by what the list shows
      const bool file = !g.articles.empty() && g.source == app.articles[g.articles.front()].meta.file;
      names += (names.empty() ? "" : tr("، ", ", ")) + isolate(file ? app.outlet_name(g.articles.front()) : g.source);
    }
    c.lines.push_back(std::string(tr("المصادر: ", "Sources: ")) + std::to_string(s.outlets) + tr(" منافذ، ", " outlets, ") +
                      std::to_string(s.independent.size()) + tr(" مستقلة (", " independent (") + names + ")");
    c.sources = static_cast<int>(s.independent.size());
  }
  return c;
}

}  // namespace isnad::web
