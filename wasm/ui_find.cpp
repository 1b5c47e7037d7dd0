// The find bar (Ctrl+F): a query field, the count, previous / next / close, and the results of every
// article listed with their context (the match marked). The field is ImGui's InputText with its own
// text hidden: the query is drawn shaped over it (ImGui cannot shape Arabic), the caret at its end.
// Enter / Shift+Enter / F3 step through the hits (the key callback queues them, main.cpp).
#include <algorithm>
#include <cstring>

#include "i18n.h"
#include "isnad/text/utf8.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {
namespace {

std::size_t cp_count(const std::string& utf8) { return text::decode_utf8(utf8).text.size(); }

void query_field(App& app, float px, float width, float h) {
  static char buf[512] = "";
  static int generation = 0;
  if (app.find.query != buf) {
    // Set from outside (isnad.find): an active field would write its own text back over it, so the
    // field starts afresh under a new id (keeping the keyboard if it had it).
    std::strncpy(buf, app.find.query.c_str(), sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    ++generation;
    if (app.find.input_active) app.find.focus_input = true;
  }
  ImGui::PushID(generation);
  if (app.find.focus_input) { ImGui::SetKeyboardFocusHere(); app.find.focus_input = false; }
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));   // ImGui's glyphs and selection stay hidden
  ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px * 0.4f, (h - ImGui::GetFontSize()) * 0.5f));
  ImGui::SetNextItemWidth(width);
  const bool edited = ImGui::InputText("##query", buf, sizeof buf);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  // The field keeps the keyboard across Enter (ImGui lets go of a field on Enter; it is taken back
  // next frame) until the reader clicks elsewhere or presses Esc.
  if (ImGui::IsItemActive()) app.find.input_active = true;
  else if (ImGui::IsMouseClicked(0) && !ImGui::IsItemHovered()) app.find.input_active = false;
  ImGui::PopID();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.find_input_rect = {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float inner_l = a.x + px * 0.4f, inner_r = b.x - px * 0.4f, ty = (a.y + b.y) * 0.5f - px * 0.75f;
  if (buf[0]) {
    shaped_text(dl, buf, px, inner_l, inner_r, ty, palette().text);
  } else {
    shaped_text(dl, tr("ابحث في كل المقالات", "Search all articles"), px, inner_l, inner_r, ty, palette().muted);
  }
  if (app.find.input_active) {   // the caret after the last letter typed (the left end of Arabic text)
    const float w = std::min(shaped_text_width(buf, px), inner_r - inner_l);
    const bool rtl = !buf[0] || static_cast<unsigned char>(buf[0]) >= 0xD8;
    const float cx = rtl ? inner_r - w - 1 : inner_l + w + 1;
    dl->AddLine(ImVec2(cx, a.y + h * 0.2f), ImVec2(cx, b.y - h * 0.2f), palette().text, std::max(1.f, px * 0.08f));
  }
  (void)at;
  if (edited) app.find_run(buf);
}

void results(App& app, float px, float width) {
  const float row_h = px * 2.9f;
  const float list_h = std::min(static_cast<float>(app.find.hits.size()), 3.5f) * row_h;
  if (list_h <= 0) return;
  ImGui::BeginChild("##results", ImVec2(width, list_h), false);
  app.find_result_rects.clear();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float x0 = ImGui::GetCursorScreenPos().x;
  for (int i = 0; i < static_cast<int>(app.find.hits.size()); ++i) {
    const auto& h = app.find.hits[i];
    const auto& c = app.find.contexts[i];
    ImGui::PushID(i);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##hit", i == app.find.current, 0, ImVec2(width - ImGui::GetStyle().ScrollbarSize, row_h - ImGui::GetStyle().ItemSpacing.y)))
      app.find_go(i);
    if (i == app.find.current && app.find.scroll_list) { ImGui::SetScrollHereY(0.3f); app.find.scroll_list = false; }
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    // The part of the row in view (zero when scrolled out of the list), for automation.
    const float vt = std::max(a.y, ImGui::GetWindowPos().y), vb = std::min(b.y, ImGui::GetWindowPos().y + ImGui::GetWindowSize().y);
    if (vb > vt) app.find_result_rects.push_back({a.x / app.dpr, vt / app.dpr, (b.x - a.x) / app.dpr, (vb - vt) / app.dpr});
    else app.find_result_rects.push_back({0, 0, 0, 0});
    const std::string head = app.outlet_name(h.article) + " · " + std::to_string(i + 1);
    const float xr = x0 + width - ImGui::GetStyle().ScrollbarSize - px * 0.5f;
    shaped_text(dl, head.c_str(), px * 0.85f, x0 + px * 0.5f, xr, top.y + px * 0.1f, palette().heading);
    const std::string line = c.before + c.match + c.after;
    const std::size_t ms = cp_count(c.before), me = ms + cp_count(c.match);
    shaped_text_marked(dl, line.c_str(), px, x0 + px * 0.5f, xr, top.y + px * 1.25f, palette().text, ms, me, palette().find_current);
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace

float ui_find_bar(App& app, const Fonts& fonts, ImVec2 pos, float width) {
  if (!app.find.open) { app.find.input_active = false; app.find_result_rects.clear(); return 0; }
  const float px = fonts.ui_px, h = px * 1.8f, pad = 8 * app.dpr;
  const float rows = std::min(static_cast<float>(app.find.hits.size()), 3.5f) * px * 2.9f;
  const float height = pad * 2 + h + (rows > 0 ? rows + px * 0.4f : 0) + px * 0.2f;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette().sidebar_bg);
  ImGui::Begin("##findbar", nullptr, kFlags);
  // In Arabic, right to left: the field on the right, then the count, previous, next and close on the
  // left; English mirrors it.
  const bool rtl = ui_rtl();
  const float bw = px * 2.2f, gap = px * 0.4f;
  const float field_w = std::max(px * 8, width - 2 * pad - 4 * (bw + gap) - px * 6);
  ImGui::SetCursorScreenPos(ImVec2(rtl ? pos.x + width - pad - field_w : pos.x + pad, pos.y + pad));
  query_field(app, px, field_w, h);
  float x = pos.x + pad;   // from the end edge, in the order close, next, previous
  auto button = [&](const char* id, const char* label, App::Rect* r) {
    ImGui::SetCursorScreenPos(ImVec2(rtl ? x : 2 * pos.x + width - x - bw, pos.y + pad));
    const bool clicked = label[0] == '<' || label[0] == '>' ? ui_arrow_button(id, label[0] == '<', ImVec2(bw, h))
                                                            : ui_button_rtl(id, label, px, ImVec2(bw, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (r) *r = {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
    x += bw + gap;
    return clicked;
  };
  if (button("##close", "×", &app.find_close_rect)) app.find_close();
  // In right-to-left reading "next" points left.
  if (button("##next", rtl ? "<" : ">", &app.find_next_rect)) app.find_step(+1);
  if (button("##prev", rtl ? ">" : "<", &app.find_prev_rect)) app.find_step(-1);
  std::string count;
  if (app.find.query.empty()) count = "";
  else if (app.find.hits.empty()) count = tr("لا نتائج", "No results");
  // Isolated left to right: "3 / 12" would read "12 / 3" in a right-to-left line.
  else count = isolate_ltr(std::to_string(app.find.current + 1) + " / " + std::to_string(app.find.hits.size()));
  ImGui::GetWindowDrawList();
  const float count_l = rtl ? x : pos.x + pad + field_w + gap, count_r = rtl ? pos.x + width - pad - field_w - gap : 2 * pos.x + width - x;
  shaped_text(ImGui::GetWindowDrawList(), count.c_str(), px, count_l, count_r, pos.y + pad + h * 0.5f - px * 0.75f,
              app.find.hits.empty() ? palette().dispute : palette().muted);
  if (app.find.open) {
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, pos.y + pad + h + px * 0.4f));
    results(app, px, width - 2 * pad);
  }
  ImGui::End();
  ImGui::PopStyleColor();
  return height;
}

}  // namespace isnad::web
