// The claims panel: clusters of the same fact across articles with their relation (agree /
// disagree / partial), their sources and what differs; then the claims only one source makes.
// Filter by relation or single-source, sort disputes first or by number of sources. Clicking a
// source of a cluster opens it beside another source of the same cluster (two panes).
#include <algorithm>
#include <numeric>
#include <set>
#include <string>

#include "i18n.h"
#include "note_label.h"
#include "panel_data.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {
namespace {

const char* relation_label(xref::Relation r) {
  switch (r) {
    case xref::Relation::agree: return tr("اتفاق", "agree");
    case xref::Relation::disagree: return tr("خلاف", "disagree");
    case xref::Relation::partial: return tr("تقاطع جزئي", "partial");
    case xref::Relation::updated: return tr("تحديث", "updated");
  }
  return "";
}

ImU32 relation_color(xref::Relation r) {
  const Palette& p = palette();
  return r == xref::Relation::disagree ? p.dispute : r == xref::Relation::agree ? p.agree : p.partial;
}

int outlets_in(const App& app, const xref::Cluster& k) {
  std::set<std::string> s;
  for (const auto& c : k.claims) s.insert(app.outlet_name(c.article));
  return static_cast<int>(s.size());
}

void filters(App& app, float px, float width) {
  using F = App::ClaimFilter;
  const std::pair<F, const char*> items[] = {{F::all, tr("الكل", "All")}, {F::disagree, tr("خلاف", "Disagree")},
                                             {F::agree, tr("اتفاق", "Agree")}, {F::partial, tr("جزئي", "Partial")},
                                             {F::single, tr("مصدر واحد", "One source")}};
  const float h = px * 1.6f;
  const bool rtl = ui_rtl();   // from the start edge
  const float x0 = ImGui::GetCursorScreenPos().x, start = rtl ? x0 + width : x0;
  float x = start;
  float y = ImGui::GetCursorScreenPos().y;
  app.claim_filter_rects.clear();
  for (const auto& [f, label] : items) {
    const float w = shaped_text_width(label, px * 0.9f) + px;
    if (rtl ? x - w < x0 : x + w > x0 + width) { x = start; y += h + px * 0.2f; }
    if (rtl) x -= w;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushID(static_cast<int>(f));
    const bool on = app.claim_filter == f;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    if (ui_panel_nav_or(app, ui_button_rtl("##f", label, px * 0.9f, ImVec2(w - px * 0.2f, h)))) { app.claim_filter = f; app.wake(); }
    if (on) ImGui::PopStyleColor();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    app.claim_filter_rects.push_back({a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr});
    ImGui::PopID();
    x += rtl ? -px * 0.2f : w;
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + h + px * 0.3f));
  const char* sort = app.claims_by_size ? tr("الترتيب: بعدد المصادر", "Sorted by number of sources")
                                        : tr("الترتيب: الخلاف أولا", "Sorted: disputes first");
  if (ui_panel_nav_or(app, ui_link_row("##sort", sort, px * 0.9f, width, palette().accent))) { app.claims_by_size = !app.claims_by_size; app.wake(); }
}

}  // namespace

void ui_panel_claims(App& app, const Fonts& fonts, float width) {
  const float px = fonts.ui_px;
  const Palette& pal = palette();
  filters(app, px, width);
  using F = App::ClaimFilter;
  if (app.claim_filter != F::single) {
    const std::vector<int> order = shown_clusters(app);
    int shown = 0;
    for (int k : order) {
      const auto& cl = app.clusters[k];
      ++shown;
      std::string head = std::string(relation_label(cl.relation)) + " · " + std::to_string(outlets_in(app, cl)) + tr(" مصادر", " sources");
      ui_panel_heading(head, px, width, relation_color(cl.relation));
      if (!cl.note.empty())
        ui_text((std::string(note_heading(cl.relation)) + cluster_note_label(cl)).c_str(), px * 0.9f, width,
                cl.relation == xref::Relation::disagree ? pal.dispute : pal.muted);
      for (std::size_t m = 0; m < cl.claims.size(); ++m) {
        const auto& ref = cl.claims[m];
        const bool current = app.xref.cluster == k && (app.xref.to == static_cast<int>(m) || app.xref.from == static_cast<int>(m));
        if (ui_panel_row(app, "cluster:" + std::to_string(k) + ":" + std::to_string(m), app.outlet_name(ref.article),
                         claim_text(app, ref.article, ref.claim), px, width, pal.heading, current)) {
          // Beside it, the first source of the cluster in another article.
          int from = -1;
          for (std::size_t o = 0; o < cl.claims.size() && from < 0; ++o)
            if (cl.claims[o].article != ref.article) from = static_cast<int>(o);
          app.open_xref(k, static_cast<int>(m), from);
        }
      }
    }
    if (!shown) ui_text(tr("لا مجموعات بهذا التصنيف", "No clusters with this relation"), px, width, pal.muted);
  }
  if (app.claim_filter == F::all || app.claim_filter == F::single) {
    const auto singles = single_source_claims(app);
    ui_panel_heading(std::string(tr("ادعاءات لم يُعثر عليها في مقال آخر", "Claims found in no other article")) + " · " + std::to_string(singles.size()), px,
                     width, pal.heading);
    for (const auto& s : singles) {
      const auto& c = app.analysis.articles[s.article].claims[s.claim];
      if (ui_panel_row(app, "single:" + std::to_string(s.article) + ":" + std::to_string(s.claim), app.outlet_name(s.article),
                       claim_text(app, s.article, s.claim), px, width, pal.muted))
        app.show_spot(static_cast<int>(s.article), c.start, c.end);
    }
  }
}

}  // namespace isnad::web
