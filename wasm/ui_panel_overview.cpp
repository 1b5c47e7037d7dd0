// The story overview panel: the story's facts against its outlets (overview_data.h). Each fact is a
// heading (its relation and "3 outlets, 1 independent source: Reuters"), its words, then one cell
// per outlet with that outlet's value, tinted agree / differ / partial, "—" when silent. Columns
// shrink to the outlets' initials (full name in a tooltip) when many. A cell opens its passage: beside
// the open article (two panes) when that article reports the fact too, else in the article pane.
// The table exports as CSV or Markdown (the same download as the annotations).
#include <algorithm>
#include <string>

#include "i18n.h"
#include "js_bridge.h"
#include "note_label.h"
#include "overview_data.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {
namespace {

ImU32 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w = a;
  return ImGui::ColorConvertFloat4ToU32(v);
}

ImU32 cell_color(CellRelation r) {
  const Palette& p = palette();
  switch (r) {
    case CellRelation::agree: return with_alpha(p.agree, 0.22f);
    case CellRelation::differ: return with_alpha(p.dispute, 0.28f);
    case CellRelation::partial: return with_alpha(p.partial, 0.25f);
    case CellRelation::silent: return 0;
  }
  return 0;
}

ImU32 relation_color(xref::Relation r) {
  const Palette& p = palette();
  return r == xref::Relation::disagree ? p.dispute : r == xref::Relation::agree ? p.agree : p.partial;
}

const char* relation_label(xref::Relation r) {
  if (r == xref::Relation::updated) return tr("تحديث", "Updated");
  return r == xref::Relation::disagree ? tr("خلاف", "Disputed") : r == xref::Relation::partial ? tr("تقاطع جزئي", "Partial") : tr("اتفاق", "Agreed");
}

const char* cell_label(CellRelation r) {
  switch (r) {
    case CellRelation::agree: return tr("يتفق", "agrees");
    case CellRelation::differ: return tr("يختلف", "differs");
    case CellRelation::partial: return tr("يختلف في النطاق", "differs in scope");
    case CellRelation::silent: return tr("لا يذكره", "silent");
  }
  return "";
}

App::Rect css(const App& app) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
}

// Opens a cell's passage: beside the open article when it reports the fact too (two panes), else alone.
void open_cell(App& app, const OverviewRow& row, const OverviewCell& cell, int article) {
  const auto& cl = app.clusters[row.cluster];
  bool open_has = false;
  for (const auto& c : cl.claims) open_has |= static_cast<int>(c.article) == app.open;
  if (article != app.open && open_has) {
    app.open_xref(row.cluster, cell.member, -1);
  } else {
    const auto& claim = app.analysis.articles[article].claims[cl.claims[cell.member].claim];
    app.show_spot(article, claim.start, claim.end);
    app.prefs_dirty = true;
  }
}

// A line of text, drawn only when on screen: a story of many articles has thousands of cells, and
// glyphs drawn off screen still fill the panel's draw list, whose 16-bit indices wrap past 65,536
// vertices under WebGL (scribbles over the panel).
void line(const std::string& text, float px, float width, ImU32 color) {
  if (ImGui::IsRectVisible(ImVec2(width, px * 1.5f))) ui_text(text.c_str(), px, width, color);
  else ImGui::Dummy(ImVec2(width, px * 1.5f));
}

void tooltip(const std::string& text, float px) {
  ImGui::BeginTooltip();
  ui_text(text.c_str(), px, std::min(px * 22, shaped_text_width(text.c_str(), px) + px), palette().text);
  ImGui::EndTooltip();
}

}  // namespace

// The table in the DOM text layer, sent when it changes (o == nullptr: the panel is not shown).
void ui_overview_layer(App& app, const Overview* o) {
  static std::string sent;
  std::string model;
  if (o) {
    nlohmann::json j = overview_json(app, *o);
    j["caption"] = tr("نظرة عامة على القصة: الوقائع والمصادر", "Story overview: facts and outlets");
    j["fact_heading"] = tr("الواقعة", "Fact");
    model = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  if (model == sent) return;
  sent = model;
  js_overview_layer_set(model);
}

void ui_panel_overview(App& app, const Fonts& fonts, float width) {
  const float px = fonts.ui_px;
  const Palette& pal = palette();
  const bool rtl = ui_rtl();
  const Overview o = story_overview(app);
  const int n = static_cast<int>(o.columns.size());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ui_overview_layer(app, &o);

  // The export buttons, then what the table holds.
  {
    const float bh = px * 1.7f, bw = std::min(width * 0.5f - px * 0.2f, px * 9.5f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(rtl ? at.x + width - bw : at.x, at.y));
    if (ui_panel_nav_or(app, ui_button_rtl("##ov-csv", tr("تصدير CSV", "Export CSV"), px * 0.9f, ImVec2(bw, bh)))) app.export_overview("csv");
    app.overview_csv_rect = css(app);
    ImGui::SetCursorScreenPos(ImVec2(rtl ? at.x + width - 2 * bw - px * 0.3f : at.x + bw + px * 0.3f, at.y));
    if (ui_panel_nav_or(app, ui_button_rtl("##ov-md", tr("تصدير Markdown", "Export Markdown"), px * 0.9f, ImVec2(bw, bh)))) app.export_overview("md");
    app.overview_md_rect = css(app);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + bh + px * 0.3f));
  }
  if (o.rows.empty() || n < 2) {
    ui_text(tr("لا وقائع ترويها مصادر عدة في هذه القصة", "No fact of this story is told by more than one source"), px, width, pal.muted);
    return;
  }
  ui_text((std::to_string(o.rows.size()) + tr(" واقعة في ", " facts across ") + std::to_string(n) + tr(" مقالات · الخلاف أولا", " articles · disputes first")).c_str(),
          px * 0.9f, width, pal.muted);

  // Columns from the start edge; narrow ones show the outlets' initials.
  const float cell_w = std::max(px * 2.f, width / n);   // 20 articles still fit a 1280-pixel window
  const bool narrow = cell_w < px * 6.5f;
  app.overview_narrow = narrow;
  const float x0 = ImGui::GetCursorScreenPos().x;
  auto col_x = [&](int c) { return rtl ? x0 + width - (c + 1) * cell_w : x0 + c * cell_w; };
  {
    const float y = ImGui::GetCursorScreenPos().y, h = px * 1.6f;
    for (int c = 0; c < n; ++c) {
      const std::string name = app.outlet_name(o.columns[c]);
      const std::string head = narrow ? outlet_initials(name) : name;
      ImGui::SetCursorScreenPos(ImVec2(col_x(c), y));
      ImGui::PushID(c);
      ImGui::InvisibleButton("##colhead", ImVec2(cell_w - px * 0.15f, h));
      ImGui::PopID();
      if (ImGui::IsItemHovered()) tooltip(name + " — " + app.title(o.columns[c]), px * 0.9f);
      const float inset = narrow ? 1.f : px * 0.2f;
      shaped_text(dl, head.c_str(), narrow ? px * 0.75f : px * 0.85f, col_x(c) + inset, col_x(c) + cell_w - inset - px * 0.15f, y + px * 0.15f, pal.heading);
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y + h));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + width, p.y), pal.separator);
    ImGui::Dummy(ImVec2(0, px * 0.2f));
  }

  for (const auto& row : o.rows) {
    ImGui::Dummy(ImVec2(0, px * 0.25f));
    std::string head = std::string(relation_label(row.relation)) + " · " + sources_line(row);
    line(head, px * 0.9f, width, relation_color(row.relation));
    line(row.fact, px * 0.95f, width, pal.text);
    if (!row.note.empty() && row.relation == xref::Relation::disagree)
      line(std::string(note_heading(row.relation)) + cluster_note_label(app.clusters[row.cluster]), px * 0.85f, width, pal.dispute);
    const float y = ImGui::GetCursorScreenPos().y, h = px * 1.9f;
    for (int c = 0; c < n; ++c) {
      const OverviewCell& cell = row.cells[c];
      const int article = o.columns[c];
      ImGui::SetCursorScreenPos(ImVec2(col_x(c), y));
      ImGui::PushID(row.cluster * 4096 + c);
      const bool current = (app.spot.article == article || app.second == article) && cell.member >= 0 &&
                           (app.xref.cluster == row.cluster || app.spot.article == article);
      bool clicked = false;
      if (cell.member >= 0) clicked = ImGui::Selectable("##cell", current, 0, ImVec2(cell_w - px * 0.15f, h));
      else ImGui::InvisibleButton("##silent", ImVec2(cell_w - px * 0.15f, h));
      ImGui::PopID();
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      app.panel_row_rects.push_back(css(app));
      app.panel_row_ids.push_back("cell:" + std::to_string(row.cluster) + ":" + std::to_string(article));
      if (cell.member >= 0) clicked = ui_panel_nav_item(app) || clicked;
      if (clicked && cell.member >= 0) open_cell(app, row, cell, article);
      if (!ImGui::IsItemVisible()) continue;   // off screen: nothing drawn (see line())
      if (const ImU32 bg = cell_color(cell.relation)) dl->AddRectFilled(a, b, bg, px * 0.2f);
      if (cell.relation == CellRelation::differ) dl->AddRect(a, b, pal.dispute, px * 0.2f, 0, 1.5f * app.dpr);
      const std::string value = cell.relation == CellRelation::silent ? "—" : cell.value;
      shaped_text(dl, value.c_str(), px * 0.85f, a.x + px * 0.25f, b.x - px * 0.25f, a.y + px * 0.25f,
                  cell.relation == CellRelation::silent ? pal.muted : pal.text);
      if (ImGui::IsItemHovered()) {
        if (cell.member >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        tooltip(app.outlet_name(article) + " — " + cell_label(cell.relation) + (cell.member >= 0 ? ": " + value : std::string()), px * 0.9f);
      }
    }
    ImGui::SetCursorScreenPos(ImVec2(x0, y + h + px * 0.2f));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + width, p.y), pal.separator);
    ImGui::Dummy(ImVec2(0, px * 0.1f));
  }
}

}  // namespace isnad::web
