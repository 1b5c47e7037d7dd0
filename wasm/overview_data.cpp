#include "overview_data.h"

#include <algorithm>
#include <map>
#include <set>

#include "i18n.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include "panel_data.h"

namespace isnad::web {
namespace {

// What one side of a difference gives, for telling which articles give the same: its value ("2025-09",
// "2500"), its stance to an event (states / denies / awaits), else its own words.
std::string difference_value(const xref::Difference& d, bool first) {
  const std::string& v = first ? d.value_a : d.value_b;
  if (!v.empty()) return d.subject.empty() ? v : v + " " + d.subject;
  if (d.slot == xref::Difference::Slot::event) return std::to_string(static_cast<int>(first ? d.stance_a : d.stance_b));
  return first ? d.a_said : d.b_said;
}

// The articles of the open article's story: those its clusters link to it, and so on.
std::vector<int> story_articles(const App& app) {
  const int n = static_cast<int>(app.articles.size());
  std::vector<int> group(n);
  for (int i = 0; i < n; ++i) group[i] = i;
  auto find = [&](int x) { while (group[x] != x) x = group[x] = group[group[x]]; return x; };
  for (const auto& k : app.clusters)
    for (std::size_t m = 1; m < k.claims.size(); ++m) {
      const int a = find(static_cast<int>(k.claims[0].article)), b = find(static_cast<int>(k.claims[m].article));
      if (a != b) group[std::max(a, b)] = std::min(a, b);
    }
  std::vector<int> out;
  if (app.open < 0 || app.open >= n) return out;
  const int root = find(app.open);
  for (int i = 0; i < n; ++i) if (find(i) == root) out.push_back(i);
  return out;
}

std::string cut_words(std::string utf8, std::size_t max_cp) {
  std::u32string t = text::decode_utf8(utf8).text;
  for (char32_t& c : t) if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
  if (t.size() > max_cp) {
    std::size_t cut = t.rfind(U' ', max_cp);
    if (cut == std::u32string::npos || cut < max_cp / 2) cut = max_cp;
    t.resize(cut);
    t += U"…";
  }
  return text::to_utf8(t);
}

// The article's words for a fact it states without a difference: the dates and figures of its
// claim (the first two), else the claim's opening words.
std::string claim_value(const App& app, const xref::ClaimRef& ref) {
  const auto& art = app.analysis.articles[ref.article];
  const auto& claim = art.claims[ref.claim];
  using T = analysis::AnchorType;
  std::string out;
  int taken = 0;
  for (T want : {T::date, T::duration, T::quantity, T::number})
    for (std::uint32_t ai : claim.anchors) {
      if (taken == 2 || ai >= art.anchors.size() || art.anchors[ai].type != want) continue;
      if (!out.empty()) out += " · ";
      out += art.anchors[ai].text;
      ++taken;
    }
  return out.empty() ? claim_text(app, ref.article, ref.claim, 40) : cut_words(out, 60);
}

int distinct_outlets(const App& app, const xref::Cluster& k) {
  std::set<std::string> s;
  for (const auto& c : k.claims) s.insert(app.outlet_name(c.article));
  return static_cast<int>(s.size());
}

OverviewRow make_row(const App& app, int k, const std::vector<int>& columns) {
  const xref::Cluster& cl = app.clusters[k];
  OverviewRow row;
  row.cluster = k;
  row.relation = cl.relation;
  row.outlets = distinct_outlets(app, cl);
  // A group's source is an agency's or outlet's name, or the file of an article with no outlet.
  if (k < static_cast<int>(app.sources.size()))
    for (const auto& g : app.sources[k].independent) {
      std::string name = g.source;
      for (std::size_t a = 0; a < app.articles.size(); ++a)
        if (app.articles[a].meta.file == g.source) name = app.outlet_name(a);
      row.independent.push_back(name);
    }
  row.fact = claim_text(app, cl.claims[0].article, cl.claims[0].claim, 90);
  row.note = cl.note;
  // Each article's own words where a difference names them, and the value they stand for ("2026-12"
  // of "2026-09 vs 2026-12"): the value most of those articles give agrees, the others differ.
  std::map<std::size_t, std::string> said, value;
  std::set<std::size_t> scoped;
  for (const auto& d : cl.differences) {
    if (d.kind == xref::Difference::Kind::fact) {
      const std::string va = difference_value(d, true), vb = difference_value(d, false);
      said.emplace(d.a.article, d.a_said);
      said.emplace(d.b.article, d.b_said);
      value.emplace(d.a.article, va);
      value.emplace(d.b.article, vb);
    } else if (d.kind == xref::Difference::Kind::scope) {
      scoped.insert(d.a.article);
      scoped.insert(d.b.article);
    }
  }
  std::map<std::string, int> votes;
  for (const auto& [a, v] : value) ++votes[v];
  int best = 0, best_count = 0;
  for (const auto& [v, n] : votes) { if (n > best) { best = n; best_count = 1; } else if (n == best) ++best_count; }
  for (int a : columns) {
    OverviewCell cell;
    for (std::size_t m = 0; m < cl.claims.size() && cell.member < 0; ++m)
      if (static_cast<int>(cl.claims[m].article) == a) cell.member = static_cast<int>(m);
    if (cell.member >= 0) {
      const auto it = said.find(static_cast<std::size_t>(a));
      if (it != said.end()) {
        cell.value = it->second.empty() ? claim_text(app, a, cl.claims[cell.member].claim, 40) : it->second;
        const bool majority = best_count == 1 && best > 1 && votes[value[static_cast<std::size_t>(a)]] == best;
        cell.relation = majority ? CellRelation::agree : CellRelation::differ;
      } else {
        cell.value = claim_value(app, cl.claims[cell.member]);
        cell.relation = scoped.count(static_cast<std::size_t>(a)) ? CellRelation::partial : CellRelation::agree;
      }
    }
    row.cells.push_back(std::move(cell));
  }
  return row;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) { if (c == '"') out += '"'; out += c; }
  return out + "\"";
}

std::string md_cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string cell_text(const OverviewCell& c) { return c.relation == CellRelation::silent ? "—" : c.value; }

const char* relation_word(xref::Relation r) {
  if (r == xref::Relation::updated) return tr("تحديث", "updated");
  return r == xref::Relation::disagree ? tr("خلاف", "disagree") : r == xref::Relation::partial ? tr("جزئي", "partial") : tr("اتفاق", "agree");
}

}  // namespace

const char* cell_relation_name(CellRelation r) {
  switch (r) {
    case CellRelation::agree: return "agree";
    case CellRelation::differ: return "differ";
    case CellRelation::partial: return "partial";
    case CellRelation::silent: return "silent";
  }
  return "silent";
}

Overview story_overview(const App& app) {
  Overview o;
  o.columns = story_articles(app);
  std::set<int> in_story(o.columns.begin(), o.columns.end());
  for (int k = 0; k < static_cast<int>(app.clusters.size()); ++k)
    if (!app.clusters[k].claims.empty() && in_story.count(static_cast<int>(app.clusters[k].claims[0].article)))
      o.rows.push_back(make_row(app, k, o.columns));
  auto rank = [](xref::Relation r) { return r == xref::Relation::disagree ? 0 : r == xref::Relation::partial ? 1 : 2; };
  std::stable_sort(o.rows.begin(), o.rows.end(), [&](const OverviewRow& a, const OverviewRow& b) {
    if (rank(a.relation) != rank(b.relation)) return rank(a.relation) < rank(b.relation);
    return a.outlets > b.outlets;
  });
  return o;
}

std::string outlet_initials(const std::string& outlet) {
  const std::u32string t = text::decode_utf8(outlet).text;
  std::u32string out;
  bool start = true;
  int n = 0;
  for (char32_t c : t) {
    const bool space = c == U' ' || c == U'(' || c == U')' || c == U'-';
    if (start && !space && n < 3) { if (!out.empty()) out += U' '; out += c; ++n; }
    start = space;
  }
  return text::to_utf8(out);
}

std::string sources_line(const OverviewRow& row) {
  std::string s = std::to_string(row.outlets) + (row.outlets == 1 ? tr(" منفذ", " outlet") : tr(" منافذ", " outlets"));
  const std::size_t n = row.independent.size();
  s += tr("، ", ", ") + std::to_string(n) + (n == 1 ? tr(" مصدر مستقل", " independent source") : tr(" مصادر مستقلة", " independent sources"));
  if (n) {
    s += ": ";
    for (std::size_t i = 0; i < n; ++i) s += (i ? tr("، ", ", ") : "") + isolate(row.independent[i]);
  }
  return s;
}

std::string overview_csv(const App& app, const Overview& o) {
  std::string out = "\xEF\xBB\xBF";   // a BOM: spreadsheets then read the Arabic as UTF-8
  out += "fact,relation,outlets,independent_sources";
  for (int a : o.columns) out += "," + csv_field(app.outlet_name(a) + " (" + app.articles[a].meta.file + ")");
  out += "\r\n";
  for (const auto& r : o.rows) {
    std::string sources;
    for (std::size_t i = 0; i < r.independent.size(); ++i) sources += (i ? "; " : "") + r.independent[i];
    out += csv_field(r.fact) + "," + xref::relation_name(r.relation) + "," + std::to_string(r.outlets) + "," + csv_field(sources);
    for (const auto& c : r.cells) out += "," + csv_field(cell_text(c));
    out += "\r\n";
  }
  return out;
}

std::string overview_markdown(const App& app, const Overview& o) {
  std::string out = std::string("| ") + tr("الواقعة", "Fact") + " | " + tr("العلاقة", "Relation") + " | " + tr("المصادر", "Sources");
  for (int a : o.columns) out += " | " + md_cell(app.outlet_name(a));
  out += " |\n|---|---|---";
  for (std::size_t i = 0; i < o.columns.size(); ++i) out += "|---";
  out += "|\n";
  for (const auto& r : o.rows) {
    out += "| " + md_cell(r.fact) + " | " + relation_word(r.relation) + " | " + md_cell(without_isolates(sources_line(r)));
    for (const auto& c : r.cells) {
      std::string t = md_cell(cell_text(c));
      if (c.relation == CellRelation::differ) t = "**" + t + "**";
      out += " | " + t;
    }
    out += " |\n";
  }
  return out;
}

nlohmann::json overview_json(const App& app, const Overview& o) {
  using nlohmann::json;
  json cols = json::array();
  for (int a : o.columns)
    cols.push_back({{"article", a}, {"file", app.articles[a].meta.file}, {"outlet", app.outlet_name(a)}, {"initials", outlet_initials(app.outlet_name(a))}});
  json rows = json::array();
  for (const auto& r : o.rows) {
    json cells = json::array();
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      const auto& c = r.cells[i];
      cells.push_back({{"article", o.columns[i]}, {"relation", cell_relation_name(c.relation)}, {"value", cell_text(c)}, {"member", c.member}});
    }
    rows.push_back({{"cluster", r.cluster}, {"relation", xref::relation_name(r.relation)}, {"fact", r.fact}, {"note", r.note},
                    {"outlets", r.outlets}, {"independent", r.independent}, {"sources_line", without_isolates(sources_line(r))}, {"cells", cells}});
  }
  return {{"columns", cols}, {"rows", rows}};
}

}  // namespace isnad::web
