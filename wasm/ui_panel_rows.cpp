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
  return clicked;
}

void ui_panel_heading(const std::string& text, float px, float width, ImU32 color) {
  ImGui::Dummy(ImVec2(0, px * 0.3f));
  ui_text(text.c_str(), px * 1.05f, width, color);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + width, p.y), palette().separator);
  ImGui::Dummy(ImVec2(0, px * 0.3f));
}

}  // namespace isnad::web
