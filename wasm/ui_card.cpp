// The card of a highlight: as a tooltip while hovering, or pinned (a click, or Tab focus) with its
// other sources as links: following one opens that article beside this one (two panes). A claim
// stating several facts lists each under its own heading.
#include <algorithm>

#include "i18n.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {

void ui_card_body(App& app, const Card& card, float px, bool interactive) {
  std::vector<std::string> lines = card.lines;
  float w = px * 10;
  for (const auto& l : lines) w = std::max(w, std::min(px * 30, shaped_text_width(l.c_str(), px)));
  for (const auto& f : card.facts) {
    w = std::max(w, std::min(px * 30, shaped_text_width(f.heading.c_str(), px)));
    for (const auto& x : f.also) w = std::max(w, std::min(px * 30, shaped_text_width(x.label.c_str(), px) + px));
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    ui_text(lines[i].c_str(), px, w, i == 0 ? palette().heading : palette().text);
  }
  int id = 0;
  for (const auto& f : card.facts) {
    if (!f.heading.empty()) ui_text(f.heading.c_str(), px, w, palette().heading);
    for (const auto& x : f.also) {
      if (!interactive) { ui_text(x.label.c_str(), px, w, palette().accent); continue; }
      ImGui::PushID(id++);
      const bool clicked = ui_link_row("##also", x.label.c_str(), px, w, palette().accent);
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      app.card_link_rects.push_back({a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr});
      if (clicked) {
        app.open_xref(f.cluster, x.member, f.member);
        app.pinned = {};
        app.focus_anchor = -1;
      }
      ImGui::PopID();
    }
  }
}

void ui_pinned_card(App& app, const Fonts& fonts) {
  App::PinnedCard& p = app.pinned;
  if (p.article < 0 || p.article >= static_cast<int>(app.analysis.articles.size()) ||
      p.anchor >= static_cast<int>(app.analysis.articles[p.article].anchors.size())) { p = {}; return; }
  if (p.pane == 0 && p.article != app.open) { p = {}; return; }
  if (p.pane == 1 && p.article != app.second) { p = {}; return; }
  const Card card = make_card(app, p.article, p.anchor);
  ImVec2 at(p.x, p.y);
  float above = p.y_above;
  if (at.x < 0) {   // focused with the keyboard: under the focused highlight
    at = ImVec2(app.focus_rect.x * app.dpr, (app.focus_rect.y + app.focus_rect.h) * app.dpr + 4 * app.dpr);
    above = app.focus_rect.y * app.dpr - 4 * app.dpr;
    if (app.focus_rect.w == 0) return;   // not on screen yet
  }
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  // Near the bottom the card goes above the line instead of below it, never over it.
  const bool up = at.y > display.y * 0.6f && above >= 0;
  if (up) at.y = above;
  ImGui::SetNextWindowPos(ImVec2(std::clamp(at.x, 0.f, display.x), std::clamp(at.y, 0.f, display.y)), ImGuiCond_Always,
                          ImVec2(at.x > display.x * 0.5f ? 1.f : 0.f, up ? 1.f : 0.f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_PopupBg));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.f);
  ImGui::Begin("##card", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ui_card_body(app, card, fonts.ui_px, true);
  if (ImGui::IsWindowAppearing()) {
    // Its first frame only measures it (its place depends on its size): report it from the next.
    app.card_link_rects.clear();
    app.wake(2);
  } else {
    const ImVec2 a = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    app.card_rect = {a.x / app.dpr, a.y / app.dpr, s.x / app.dpr, s.y / app.dpr};
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace isnad::web
