// wasm/overview_data.h — the story at a glance: the story's facts (clusters) against its outlets.
// A row per cluster of the open article's story (the articles its clusters link, transitively),
// disputed first, then by how many outlets report the fact; a column per article of the story; a
// cell holds the words that article gives for the fact ("سبتمبر 2025", "نهاية العام التالي") and
// whether it agrees, differs, differs in scope, or is silent. Also the table as CSV and Markdown
// (the overview's export) and as JSON (state().overview, the text layer's table).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app.h"

namespace isnad::web {

enum class CellRelation { agree, differ, partial, silent };
const char* cell_relation_name(CellRelation r);   // "agree", "differ", "partial", "silent"

struct OverviewCell {
  CellRelation relation = CellRelation::silent;
  int member = -1;            // index into the cluster's claims (this article's first), -1 when silent
  std::string value;          // UTF-8: the article's words for the fact, "" when silent
};

struct OverviewRow {
  int cluster = -1;
  xref::Relation relation = xref::Relation::agree;
  int outlets = 0;                         // distinct outlets that report it
  std::vector<std::string> independent;    // the independent sources behind it (core/xref/sources)
  std::string fact;                        // UTF-8: the fact in the first source's words, cut
  std::string note;                        // the cluster's first difference ("2025-09 vs 2026-12"), or ""
  std::vector<OverviewCell> cells;         // one per column
};

struct Overview {
  std::vector<int> columns;                // article indices, in corpus order
  std::vector<OverviewRow> rows;
};

Overview story_overview(const App& app);

// "م إ م" for "ميدل إيست مونيتور": the first letter of each word (at most three), for narrow columns.
std::string outlet_initials(const std::string& outlet);

// "3 outlets, 1 source: Reuters" in the interface language.
std::string sources_line(const OverviewRow& row);

std::string overview_csv(const App& app, const Overview& o);        // RFC 4180, UTF-8 with a BOM
std::string overview_markdown(const App& app, const Overview& o);   // a GitHub table
nlohmann::json overview_json(const App& app, const Overview& o);

}  // namespace isnad::web
