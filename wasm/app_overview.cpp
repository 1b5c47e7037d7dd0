// wasm/app_overview.cpp — the story overview's export: the table of overview_data.h as CSV or as a
// Markdown table, saved by the browser through the same download as the annotations export.
#include <nlohmann/json.hpp>

#include "app.h"
#include "js_bridge.h"
#include "overview_data.h"

namespace isnad::web {

nlohmann::json App::export_overview(const std::string& format) {
  if (format != "csv" && format != "md") return {{"ok", false}, {"error", "format is csv or md"}};
  if (open < 0 || open >= static_cast<int>(articles.size())) return {{"ok", false}, {"error", "no article is open"}};
  const Overview o = story_overview(*this);
  const std::string text = format == "csv" ? overview_csv(*this, o) : overview_markdown(*this, o);
  // The story's file name: its first article's, "000_….txt" → "000_….overview.csv".
  std::string base = o.columns.empty() ? "story" : articles[o.columns.front()].meta.file;
  if (base.rfind("reader:", 0) == 0) base = "story-" + base.substr(7);
  if (base.size() > 4 && base.compare(base.size() - 4, 4, ".txt") == 0) base.resize(base.size() - 4);
  for (char& ch : base)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.')) ch = '_';
  const std::string file = base + ".overview." + format;
  js_download(file, format == "csv" ? "text/csv;charset=utf-8" : "text/markdown;charset=utf-8", text);
  return {{"ok", true}, {"file", file}, {"rows", o.rows.size()}, {"columns", o.columns.size()}};
}

}  // namespace isnad::web
