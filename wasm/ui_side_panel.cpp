// The side panel, on the right (on the left in English): tabs for the articles, their sources, the claims across articles,
// the entities, the timeline and the story overview (drawn wider: ui_main.cpp); the chosen tab's panel scrolls below them.
#include <algorithm>

#include "i18n.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {

void ui_side_panel(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size) {
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette().sidebar_bg);
  ImGui::Begin("##side", nullptr, kFlags);
  const float px = fonts.ui_px, h = px * 1.8f, tab_px = px * 0.92f;
  const float pad = ImGui::GetStyle().WindowPadding.x;
  const char* labels[] = {tr("المقالات", "Articles"), tr("المصادر", "Sources"), tr("الادعاءات", "Claims"),
                          tr("الكيانات", "Entities"), tr("الخط الزمني", "Timeline"), tr("نظرة عامة", "Overview")};
  // Tabs from the start edge (the right in Arabic, the left in English); a second row when they do not fit.
  const bool rtl = ui_rtl();
  app.panel_tab_rects.clear();
  const float start = rtl ? pos.x + size.x - pad : pos.x + pad;
  float x = start, y = ImGui::GetCursorScreenPos().y;
  for (int i = 0; i < App::kPanelCount; ++i) {
    const float w = shaped_text_width(labels[i], tab_px) + px * 0.8f;
    if (rtl ? x - w < pos.x + pad : x + w > pos.x + size.x - pad) { x = start; y += h + px * 0.2f; }
    if (rtl) x -= w;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushID(i);
    const bool on = static_cast<int>(app.panel) == i;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    if (ui_button_rtl("##tab", labels[i], tab_px, ImVec2(w - px * 0.15f, h)) && !on) {
      app.panel = static_cast<App::Panel>(i);
      app.prefs_dirty = true;
      app.wake();
    }
    if (on) {
      ImGui::PopStyleColor();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y - 2 * app.dpr),
                                                ImGui::GetItemRectMax(), palette().accent);
    }
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (on && app.panel_nav.focused)   // the panel has the keyboard: its tab is ringed too
      ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), palette().accent, 3, 0, 2 * app.dpr);
    app.panel_tab_rects.push_back({a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr});
    ImGui::PopID();
    x += rtl ? -px * 0.15f : w;
  }
  ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, y + h + px * 0.5f));
  ImGui::BeginChild("##panel", ImVec2(0, 0), false);
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  app.panel_row_rects.clear();
  app.panel_row_ids.clear();
  App::PanelNav& nav = app.panel_nav;
  nav.drawn = 0;
  nav.rect = {};
  switch (app.panel) {
    case App::Panel::articles: ui_article_list(app, fonts, ImGui::GetCursorScreenPos(), ImVec2(width, 0)); break;
    case App::Panel::sources: ui_panel_sources(app, fonts, width); break;
    case App::Panel::claims: ui_panel_claims(app, fonts, width); break;
    case App::Panel::entities: ui_panel_entities(app, fonts, width); break;
    case App::Panel::timeline: ui_panel_timeline(app, fonts, width); break;
    case App::Panel::overview: ui_panel_overview(app, fonts, width); break;
  }
  if (app.panel != App::Panel::overview) ui_overview_layer(app, nullptr);
  // The keyboard's item, kept among those drawn (a tab or a filter changes their number).
  nav.count = nav.drawn;
  if (nav.item >= nav.count) { nav.item = std::max(0, nav.count - 1); nav.scroll = true; app.wake(); }
  nav.activate = false;
  ImGui::EndChild();
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace isnad::web
