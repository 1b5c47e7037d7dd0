#include "ui_panel_rows.h"

#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {

bool ui_panel_row(App& app, const std::string& id, const std::string& head, const std::string& body, float px, float width,
                  ImU32 head_color, bool selected) {
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float h = body.empty() ? px * 1.6f : px * 3.0f;
  ImGui::PushID(id.c_str());
  const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(width, h));
  ImGui::PopID();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.panel_row_rects.push_back({a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr});
  app.panel_row_ids.push_back(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  shaped_text(dl, head.c_str(), px * 0.9f, top.x + px * 0.3f, top.x + width - px * 0.3f, top.y + px * 0.1f, head_color);
  if (!body.empty()) shaped_text(dl, body.c_str(), px, top.x + px * 0.3f, top.x + width - px * 0.3f, top.y + px * 1.4f, palette().text);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return ui_panel_nav_item(app) || clicked;
}

bool ui_panel_nav_item(App& app) {
  App::PanelNav& n = app.panel_nav;
  const int index = n.drawn++;
  if (!n.focused || index != n.item) return false;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), palette().accent, 3, 0, 2 * app.dpr);
  n.rect = {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
  if (n.scroll) {
    // Scrolled by the least that shows it; ImGui clamps a target to the last frame's extent, so
    // this is checked again over the next frames (a few at most) until the item is in view.
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    const float margin = ImGui::GetStyle().ItemSpacing.y * 2;
    const bool above = a.y < top - 0.5f, below = b.y > bottom + 0.5f;
    if (above) ImGui::SetScrollY(ImGui::GetScrollY() - (top - a.y) - margin);
    else if (below) ImGui::SetScrollY(ImGui::GetScrollY() + (b.y - bottom) + margin);
    if ((above || below) && ++n.scroll_tries < 6) { n.rect = {}; app.wake(3); }
    else { n.scroll = false; n.scroll_tries = 0; }
  }
  if (!n.activate) return false;
  n.activate = false;
  app.wake();
  return true;
}

void ui_panel_heading(const std::string& text, float px, float width, ImU32 color) {
  ImGui::Dummy(ImVec2(0, px * 0.3f));
  ui_text(text.c_str(), px * 1.05f, width, color);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + width, p.y), palette().separator);
  ImGui::Dummy(ImVec2(0, px * 0.3f));
}

}  // namespace isnad::web
