#include <algorithm>

#include "shaped_text.h"
#include "isnad/text/utf8.h"
#include "ui.h"

namespace isnad::web {

void ui_apply_theme(float dpr) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.FrameRounding = 4;
  style.ScrollbarSize = 12;
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0.99f, 0.98f, 0.96f, 1);
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_Header] = ImVec4(0.85f, 0.90f, 0.97f, 1);
  style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1);
  style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.87f, 0.96f, 1);
  style.ScaleAllSizes(dpr);
  ImGui::GetStyle() = style;
}

bool ui_button_rtl(const char* id, const char* utf8_label, float px, ImVec2 size) {
  const bool clicked = ImGui::InvisibleButton(id, size);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImGuiCol col = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, ImGui::GetColorU32(col), ImGui::GetStyle().FrameRounding);
  const float w = std::min(shaped_text_width(utf8_label, px), b.x - a.x - px * 0.5f);
  const float x = (a.x + b.x - w) * 0.5f;
  shaped_text(dl, utf8_label, px, x, x + w, (a.y + b.y) * 0.5f - px * 0.75f, ImGui::GetColorU32(ImGuiCol_Text));
  return clicked;
}

void ui_draw(App& app, const Fonts& fonts) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  // Right-to-left: the article list sits on the right, the article fills the rest.
  const float list_w = std::clamp(display.x * 0.28f, 220.f * app.dpr, 420.f * app.dpr);
  ui_article_list(app, fonts, ImVec2(display.x - list_w, 0), ImVec2(list_w, display.y));
  ui_article_view(app, fonts, ImVec2(0, 0), ImVec2(display.x - list_w, display.y));
}

}  // namespace isnad::web
