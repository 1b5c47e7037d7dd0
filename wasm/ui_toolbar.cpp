// The toolbar over the article panes: the legend (one chip per kind of content; clicking one shows
// or hides its highlights; its swatches follow the reading mode), and the reader's buttons: the
// reading mode (claims, everything, plain), copy a link to the selection, find, the interface
// language and the theme. The buttons wrap to a second row when the pane is narrow.
#include <algorithm>

#include "highlight_style.h"
#include "reading_mode.h"
#include "i18n.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {
namespace {

App::Rect css(const App& app) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
}

// The chips from the start edge: from `start_edge` leftwards in Arabic, rightwards in English.
void legend(App& app, float px, float start_edge, float y, float h) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = palette();
  const bool rtl = ui_rtl();
  float x = start_edge;
  app.legend_rects.clear();
  for (int g = 0; g < kHighlightGroups; ++g) {
    const HighlightGroup& hg = highlight_group(g);
    const char* label = highlight_group_label(g);
    const bool on = app.show_type[static_cast<int>(hg.types[0])];
    const float w = shaped_text_width(label, px) + px * 1.95f;
    if (rtl) x -= w;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushID(g);
    if (ImGui::InvisibleButton("##chip", ImVec2(w - px * 0.2f, h))) {
      for (int k = 0; k < hg.type_count; ++k) app.show_type[static_cast<int>(hg.types[k])] = !on;
      app.prefs_dirty = true;
    }
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    app.legend_rects.push_back(css(app));
    dl->AddRect(a, b, on ? pal.chip_on : pal.chip_off, h * 0.3f);
    // The swatch at the chip's start, its label after it.
    const float sw = px * 0.8f;
    const ImVec2 sq(rtl ? b.x - px * 0.4f - sw : a.x + px * 0.4f, (a.y + b.y - sw) * 0.5f);
    const ImU32 off = pal.chip_off;
    // The swatch shows how the reading mode draws the kind (outside disputed claims): filled,
    // underlined, a thin underline (names, in the claims mode), or nothing (the plain mode).
    const AnchorMark mark = anchor_mark(app.reading_mode, hg.types[0], on, false);
    if (mark == AnchorMark::underline) dl->AddRectFilled(ImVec2(sq.x, sq.y + sw * 0.75f), ImVec2(sq.x + sw, sq.y + sw), hg.color);
    else if (mark == AnchorMark::thin_underline) dl->AddRectFilled(ImVec2(sq.x, sq.y + sw - std::max(1.f, app.dpr)), ImVec2(sq.x + sw, sq.y + sw), hg.color);
    else if (mark == AnchorMark::fill) dl->AddRectFilled(sq, ImVec2(sq.x + sw, sq.y + sw), hg.color, sw * 0.2f);
    else dl->AddRect(sq, ImVec2(sq.x + sw, sq.y + sw), off, sw * 0.2f);
    if (rtl) shaped_text(dl, label, px, a.x + px * 0.1f, sq.x - px * 0.25f, (a.y + b.y) * 0.5f - px * 0.8f, on ? pal.text : pal.muted);
    else shaped_text(dl, label, px, sq.x + sw + px * 0.25f, b.x - px * 0.1f, (a.y + b.y) * 0.5f - px * 0.8f, on ? pal.text : pal.muted);
    x += rtl ? -px * 0.2f : w;
  }
}

float legend_width(float px) {
  float w = 0;
  for (int g = 0; g < kHighlightGroups; ++g) w += shaped_text_width(highlight_group_label(g), px) + px * 2.15f;
  return w;
}

}  // namespace

float ui_toolbar(App& app, const Fonts& fonts, ImVec2 pos, float width) {
  const float px = fonts.ui_px, h = px * 1.7f;
  const float pad = 8 * app.dpr;
  const char* lang_label = lang() == Lang::ar ? "EN" : "ع";
  const char* link_label = tr("نسخ رابط", "Copy link");
  auto bw = [&](const char* s) { return s[0] ? std::max(h, shaped_text_width(s, px) + px * 0.9f) : h; };
  float modes_w = px * 0.6f;
  for (int m = 0; m < kReadingModes; ++m) modes_w += bw(reading_mode_label(static_cast<ReadingMode>(m))) + px * 0.4f;
  const float buttons_w = modes_w + bw(link_label) + 5 * h + px * 2.4f;
  const bool wrap = legend_width(px) + buttons_w + 2 * pad > width;
  const float height = pad + h + (wrap ? h + px * 0.3f : 0) + px * 0.3f;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::Begin("##toolbar", nullptr, kFlags);
  const float y = pos.y + pad;
  // The legend from the start edge, the buttons at the end (on the left in Arabic, the right in English).
  const bool rtl = ui_rtl();
  legend(app, px, rtl ? pos.x + width - pad : pos.x + pad, y, h);
  float x = rtl ? pos.x + pad : pos.x + width - pad - buttons_w + px * 0.4f;
  const float by = wrap ? y + h + px * 0.3f : y;
  // A text button, or an icon button when `label` is empty.
  auto button = [&](const char* id, const char* label, App::Rect* rect, Icon icon = Icon::search) {
    ImGui::SetCursorScreenPos(ImVec2(x, by));
    const float w = bw(label);
    const bool clicked = label[0] ? ui_button_rtl(id, label, px, ImVec2(w, h)) : ui_icon_button(id, icon, ImVec2(w, h));
    if (ImGui::IsItemHovered() && !label[0]) {
      ImGui::BeginTooltip();
      ui_text(icon == Icon::search     ? tr("بحث في كل المقالات (Ctrl+F)", "Find in all articles (Ctrl+F)")
              : icon == Icon::justify  ? (app.justify ? tr("النص مضبوط الحافتين؛ انقر لمحاذاته إلى اليمين", "Text justified; click for ragged")
                                                      : tr("النص محاذى إلى اليمين؛ انقر لضبط الحافتين", "Text ragged; click to justify"))
              : icon == Icon::download ? tr("تصدير تعليقات المقال (Web Annotation JSON)", "Export the article's annotations (Web Annotation JSON)")
                                       : tr("الوضع الداكن أو الفاتح", "Dark or light theme"), px, px * 16, palette().text);
      ImGui::EndTooltip();
    }
    if (rect) *rect = css(app);
    x += w + px * 0.4f;
    return clicked;
  };
  // The reading mode: claims (the default), everything, plain; the chosen one shown pressed.
  app.mode_button_rects.clear();
  for (int m = 0; m < kReadingModes; ++m) {
    const ReadingMode mode = static_cast<ReadingMode>(m);
    const bool on = app.reading_mode == mode;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::PushID(m);
    const bool clicked = button("##mode", reading_mode_label(mode), nullptr);
    ImGui::PopID();
    app.mode_button_rects.push_back(css(app));
    if (on) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ui_text(mode == ReadingMode::claims ? tr("يلوّن ما يُتحقق منه: الأرقام والتواريخ والاقتباسات والإسناد والأسماء في الادعاءات موضع الخلاف",
                                               "Colours what a fact-checker checks: numbers, dates, quotes, attributions, names in disputed claims")
              : mode == ReadingMode::everything ? tr("يلوّن كل ما حُلّل", "Colours everything the analysis found")
                                                : tr("النص وحده، مع الادعاءات موضع الخلاف", "The text alone, with the disputed claims marked"),
              px, px * 18, palette().text);
      ImGui::EndTooltip();
    }
    if (clicked) app.set_reading_mode(mode);
  }
  x += px * 0.6f;
  // Copy a link to the selected passage (also Ctrl+Shift+C).
  const bool has_sel = app.selection.article == app.open && app.selection.end > app.selection.start;
  ImGui::BeginDisabled(!has_sel);
  if (button("##copy-link", link_label, &app.copy_link_rect)) app.copy_link_requested = true;
  ImGui::EndDisabled();
  // The open article's highlights and claims as W3C Web Annotation JSON (a download).
  if (button("##export", "", &app.export_button_rect, Icon::download)) app.export_annotations();
  // Ragged or justified article text (shown pressed when justified).
  if (app.justify) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
  const bool justify_clicked = button("##justify", "", &app.justify_button_rect, Icon::justify);
  if (app.justify) ImGui::PopStyleColor();
  if (justify_clicked) app.set_justify(!app.justify);
  if (button("##find", "", &app.find_button_rect, Icon::search)) { app.find.open = !app.find.open; app.find.focus_input = app.find.open; }
  if (button("##lang", lang_label, &app.lang_button_rect)) app.set_language(lang() == Lang::ar ? Lang::en : Lang::ar);
  if (button("##theme", "", &app.theme_button_rect, Icon::theme)) app.set_theme(theme() == Theme::dark ? Theme::light : Theme::dark);
  ImGui::End();
  return height;
}

}  // namespace isnad::web
