#include <algorithm>
#include <cfloat>
#include <string>
#include <unordered_map>

#include "interim_text.h"
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

namespace {

bool starts_rtl(std::u32string_view t) {
  for (char32_t c : t) {
    if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFEFC)) return true;
    if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c <= 0x24F)) return false;
  }
  return true;
}

// One line of UI text, shaped and cut to fit with an ellipsis at its logical end. Cached: the
// same strings come back every frame.
const VisualLine& fitted_line(const char* utf8, ImFont* font, float px, float width) {
  static std::unordered_map<std::string, VisualLine> cache;
  std::string key = std::to_string(px) + "|" + std::to_string(width) + "|" + utf8;
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() > 512) cache.clear();
  const std::u32string text = text::decode_utf8(utf8).text;
  const float ell_w = font->CalcTextSizeA(px, FLT_MAX, 0.f, "\u2026").x;
  VisualLine line;
  auto lines = wrap_paragraph(text, font, px, width);
  if (lines.size() > 1) {
    lines = wrap_paragraph(text, font, px, std::max(px, width - ell_w));
    line = lines.front();
    line.utf8 = starts_rtl(text) ? "\u2026" + line.utf8 : line.utf8 + "\u2026";
    line.width += ell_w;
  } else if (!lines.empty()) {
    line = lines.front();
  }
  return cache.emplace(std::move(key), std::move(line)).first->second;
}

}  // namespace

float ui_text_rtl(ImDrawList* dl, ImFont* font, float px, float x_left, float x_right, float y, ImU32 color,
                  const char* utf8_logical) {
  const VisualLine& v = fitted_line(utf8_logical, font, px, x_right - x_left);
  dl->PushClipRect(ImVec2(x_left, y), ImVec2(x_right, y + px * 2), true);
  dl->AddText(font, px, ImVec2(x_right - v.width, y), color, v.utf8.c_str());
  dl->PopClipRect();
  return px * 1.5f;
}

bool ui_button_rtl(const char* id, const char* utf8_label, ImFont* font, float px, ImVec2 size) {
  const bool clicked = ImGui::InvisibleButton(id, size);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImGuiCol col = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, ImGui::GetColorU32(col), ImGui::GetStyle().FrameRounding);
  const VisualLine& v = fitted_line(utf8_label, font, px, b.x - a.x - px * 0.5f);
  dl->AddText(font, px, ImVec2((a.x + b.x - v.width) * 0.5f, (a.y + b.y - px) * 0.5f - px * 0.1f),
              ImGui::GetColorU32(ImGuiCol_Text), v.utf8.c_str());
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
