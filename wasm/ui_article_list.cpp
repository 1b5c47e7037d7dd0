// The article list: one entry per article — outlet, date (≈ when estimated), first line.
#include <string>

#include "js_bridge.h"
#include "shaped_text.h"

#include "ui.h"

namespace isnad::web {
namespace {
App::Rect rect_css(const App& app) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
}
}  // namespace

void ui_article_list(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size) {
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.94f, 0.93f, 0.90f, 1));
  ImGui::Begin("##articles", nullptr, kFlags);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float px = fonts.ui_px;
  const float pad = ImGui::GetStyle().WindowPadding.x;
  const float x_left = pos.x + pad, x_right = pos.x + size.x - pad;

  float y = ImGui::GetCursorScreenPos().y;
  shaped_text(dl, app.corpus_name.empty() ? "المقالات" : app.corpus_name.c_str(), px * 1.15f, x_left, x_right, y,
              IM_COL32(40, 40, 40, 255));
  ImGui::Dummy(ImVec2(0, px * 2.2f));

  // The reader's own articles: add, export, import (web/library.js does the storing).
  const float gap = ImGui::GetStyle().ItemSpacing.x, bw = (size.x - 2 * pad - 2 * gap) / 3, bh = px * 1.8f;
  ImGui::SetCursorPosX(pad);
  if (ui_button_rtl("##import", "استيراد", px, ImVec2(bw, bh))) js_library_import();
  ImGui::SameLine();
  if (ui_button_rtl("##export", "تصدير", px, ImVec2(bw, bh))) js_library_export();
  ImGui::SameLine();
  if (ui_button_rtl("##add", "+ أضف مقالا", px, ImVec2(bw, bh))) js_library_open_dialog();
  app.add_button_rect = rect_css(app);
  ImGui::Dummy(ImVec2(0, px * 0.4f));

  const float item_h = px * 3.4f;
  app.article_list_rects.clear();
  app.remove_button_rects.assign(app.articles.size(), App::Rect{});
  app.confirm_button_rect = {};
  for (int i = 0; i < static_cast<int>(app.articles.size()); ++i) {
    const auto& a = app.articles[i];
    ImGui::PushID(i);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const bool mine = i < static_cast<int>(app.reader_ids.size()) && !app.reader_ids[i].empty();
    // A reader's own article keeps a strip on the left for its remove button, outside the entry.
    const float strip = mine ? px * 1.8f : 0.f;
    ImGui::SetCursorScreenPos(ImVec2(top.x + strip, top.y));
    if (ImGui::Selectable("##article", app.open == i, 0, ImVec2(size.x - 2 * pad - strip, item_h))) app.open_article(i);
    app.article_list_rects.push_back(rect_css(app));
    std::string head = a.meta.outlet ? *a.meta.outlet : std::string("مصدر غير معروف");
    // The date is isolated left-to-right (LRI … PDI) so that "2024-09-09" keeps its order in RTL text.
    if (i < static_cast<int>(app.analysis.articles.size())) {   // claims, and how many another source disputes
      head += " · " + std::to_string(app.analysis.articles[i].claims.size()) + " ادعاء";
      if (app.disputed_claims[i]) head += "، " + std::to_string(app.disputed_claims[i]) + " موضع خلاف";
    }
    if (a.meta.date)
      head += std::string(" · ") + (a.meta.date_estimated ? "تقديرا " : "") + "\u2066" + *a.meta.date + "\u2069";
    shaped_text(dl, head.c_str(), px, x_left + strip, x_right, top.y + px * 0.2f, IM_COL32(90, 70, 40, 255));
    shaped_text(dl, a.first_line().c_str(), px, x_left + strip, x_right, top.y + px * 1.7f, IM_COL32(30, 30, 30, 255));
    if (mine) {
      // Remove (with a confirmation): only the reader's own articles.
      ImGui::SetCursorScreenPos(ImVec2(x_left, top.y + px * 0.2f));
      if (ui_button_rtl("##remove", "×", px, ImVec2(px * 1.4f, px * 1.4f))) ImGui::OpenPopup("##confirm-remove");
      app.remove_button_rects[i] = rect_css(app);
      if (ImGui::BeginPopup("##confirm-remove")) {
        ImGui::Dummy(ImVec2(px * 12, 0));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        shaped_text(ImGui::GetWindowDrawList(), "أتحذف هذا المقال من مكتبتك؟", px, at.x, at.x + px * 12, at.y,
                    ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(0, px * 1.6f));
        if (ui_button_rtl("##yes", "احذف", px, ImVec2(px * 5.8f, px * 1.8f))) { app.remove_article(i); ImGui::CloseCurrentPopup(); }
        app.confirm_button_rect = rect_css(app);
        ImGui::SameLine();
        if (ui_button_rtl("##no", "إلغاء", px, ImVec2(px * 5.8f, px * 1.8f))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
      }
      ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + item_h + ImGui::GetStyle().ItemSpacing.y));
    }
    ImGui::PopID();
  }
  for (const auto& w : app.warnings) ImGui::TextWrapped("%s", w.c_str());
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace isnad::web
