// The window's layout, the theme, and the small shaped widgets every panel uses.
#include <algorithm>
#include <cmath>

#include "i18n.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {

void ui_apply_theme(float dpr) {
  const Palette& p = palette();
  ImGuiStyle style;
  if (p.dark) ImGui::StyleColorsDark(&style); else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.FrameRounding = 4;
  style.ScrollbarSize = 12;
  style.Colors[ImGuiCol_WindowBg] = p.window_bg;
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  if (p.dark) {
    style.Colors[ImGuiCol_Header] = ImVec4(0.22f, 0.30f, 0.45f, 1);
    style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.20f, 0.25f, 0.35f, 1);
    style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.25f, 0.33f, 0.50f, 1);
    style.Colors[ImGuiCol_PopupBg] = ImVec4(0.17f, 0.17f, 0.19f, 0.98f);
    style.Colors[ImGuiCol_Button] = ImVec4(0.24f, 0.24f, 0.27f, 1);
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.20f, 0.20f, 0.23f, 1);
  } else {
    style.Colors[ImGuiCol_Header] = ImVec4(0.85f, 0.90f, 0.97f, 1);
    style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1);
    style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.87f, 0.96f, 1);
    style.Colors[ImGuiCol_PopupBg] = ImVec4(1.f, 0.99f, 0.97f, 0.98f);
  }
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
  // A pixel of slack each side: the label's measured width must not count as too wide by rounding.
  shaped_text(dl, utf8_label, px, x - 1, x + w + 1, (a.y + b.y) * 0.5f - px * 0.75f, ImGui::GetColorU32(ImGuiCol_Text));
  return clicked;
}

bool ui_arrow_button(const char* id, bool left, ImVec2 size) {
  const bool clicked = ImGui::InvisibleButton(id, size);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImGuiCol col = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, ImGui::GetColorU32(col), ImGui::GetStyle().FrameRounding);
  const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  const float r = std::min(b.x - a.x, b.y - a.y) * 0.22f, s = left ? -1.f : 1.f;
  dl->AddTriangleFilled(ImVec2(c.x + s * r, c.y), ImVec2(c.x - s * r * 0.7f, c.y - r), ImVec2(c.x - s * r * 0.7f, c.y + r),
                        ImGui::GetColorU32(ImGuiCol_Text));
  return clicked;
}

bool ui_icon_button(const char* id, Icon icon, ImVec2 size) {
  const bool clicked = ImGui::InvisibleButton(id, size);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImGuiCol col = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, ImGui::GetColorU32(col), ImGui::GetStyle().FrameRounding);
  const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  const float r = std::min(b.x - a.x, b.y - a.y) * 0.26f;
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  switch (icon) {
    case Icon::search:   // a lens and its handle
      dl->AddCircle(ImVec2(c.x - r * 0.25f, c.y - r * 0.25f), r * 0.75f, ink, 20, std::max(1.5f, r * 0.22f));
      dl->AddLine(ImVec2(c.x + r * 0.3f, c.y + r * 0.3f), ImVec2(c.x + r, c.y + r), ink, std::max(2.f, r * 0.3f));
      break;
    case Icon::theme:    // a disc, half dark
      dl->AddCircle(c, r, ink, 24, std::max(1.5f, r * 0.18f));
      dl->PathArcTo(c, r, 3.14159265f * 0.5f, 3.14159265f * 1.5f, 16);
      dl->PathFillConvex(ink);
      break;
    case Icon::justify: {   // four lines of text, flush both sides
      const float t = std::max(1.5f, r * 0.18f);
      for (int i = 0; i < 4; ++i) {
        const float y = c.y - r * 0.9f + i * r * 0.6f;
        dl->AddLine(ImVec2(c.x - r, y), ImVec2(c.x + r, y), ink, t);
      }
      break;
    }
    case Icon::download: {   // an arrow down onto a tray
      const float t = std::max(1.5f, r * 0.2f);
      dl->AddLine(ImVec2(c.x, c.y - r), ImVec2(c.x, c.y + r * 0.35f), ink, t);
      dl->AddTriangleFilled(ImVec2(c.x - r * 0.55f, c.y - r * 0.05f), ImVec2(c.x + r * 0.55f, c.y - r * 0.05f), ImVec2(c.x, c.y + r * 0.6f), ink);
      dl->AddLine(ImVec2(c.x - r, c.y + r * 0.95f), ImVec2(c.x + r, c.y + r * 0.95f), ink, t);
      break;
    }
  }
  return clicked;
}

bool ui_link_row(const char* id, const char* utf8, float px, float width, ImU32 color) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton(id, ImVec2(width, px * 1.5f));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (ImGui::IsItemHovered()) {
    dl->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetColorU32(ImGuiCol_HeaderHovered), 3);
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  shaped_text(dl, utf8, px, at.x, at.x + width, at.y, color);
  return clicked;
}

void ui_text(const char* utf8, float px, float width, ImU32 color) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = shaped_text(ImGui::GetWindowDrawList(), utf8, px, at.x, at.x + width, at.y, color);
  ImGui::Dummy(ImVec2(width, h));
}

void ui_draw(App& app, const Fonts& fonts, bool with_articles) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  app.card_rect = {};
  app.card_link_rects.clear();
  app.hover = {};   // set again below while the mouse is over a highlight
  if (app.activate_requested) app.activate();
  if (app.pending_pin.set) {   // see App::PendingPin
    if (app.press.time != app.pending_pin.press_time) app.pending_pin = {};
    else if (app.now - app.press.time >= ImGui::GetIO().MouseDoubleClickTime) { app.pinned = app.pending_pin.card; app.pending_pin = {}; }
    app.wake(2);
  }
  // In reading order: the side panel first (on the right in Arabic, on the left in English), the
  // articles beside it.
  const bool rtl = ui_rtl();
  // The overview is a table of the story's facts against its outlets: its panel takes more room.
  const float side_w = app.panel == App::Panel::overview ? std::floor(display.x * 0.55f)
                                                         : std::clamp(display.x * 0.28f, 220.f * app.dpr, 420.f * app.dpr);
  const float area_w = display.x - side_w, area_x = rtl ? 0 : side_w;
  ui_side_panel(app, fonts, ImVec2(rtl ? area_w : 0, 0), ImVec2(side_w, display.y));
  float y = ui_toolbar(app, fonts, ImVec2(area_x, 0), area_w);
  y += ui_find_bar(app, fonts, ImVec2(area_x, y), area_w);
  if (!with_articles) return;
  if (app.second >= 0) {
    // Two panes: the first article read first (on the right in Arabic), the cross-reference beside it.
    const float half = std::floor(area_w * 0.5f);
    const float first_x = rtl ? area_x + half : area_x, second_x = rtl ? area_x : area_x + area_w - half;
    const float hh = ui_pane_header(app, fonts, ImVec2(second_x, y), half);
    ui_article_pane(app, fonts, ImVec2(first_x, y), ImVec2(area_w - half, display.y - y), 0);
    ui_article_pane(app, fonts, ImVec2(second_x, y + hh), ImVec2(half, display.y - y - hh), 1);
    const float split = rtl ? area_x + half : area_x + area_w - half;
    ImGui::GetForegroundDrawList()->AddLine(ImVec2(split, y), ImVec2(split, display.y), palette().separator, 2 * app.dpr);
  } else {
    app.panes[1] = {};
    ui_article_pane(app, fonts, ImVec2(area_x, y), ImVec2(area_w, display.y - y), 0);
  }
  ui_pinned_card(app, fonts);
}

}  // namespace isnad::web
