// The article list: one entry per article — outlet, date (≈ when estimated), first line.
#include <string>

#include "ui.h"

namespace isnad::web {

void ui_article_list(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size) {
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.94f, 0.93f, 0.90f, 1));
  ImGui::Begin("##articles", nullptr, kFlags);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float px = fonts.ui ? fonts.ui->FontSize : ImGui::GetFontSize();
  ImFont* font = fonts.ui ? fonts.ui : ImGui::GetFont();
  const float pad = ImGui::GetStyle().WindowPadding.x;
  const float x_left = pos.x + pad, x_right = pos.x + size.x - pad;

  float y = ImGui::GetCursorScreenPos().y;
  ui_text_rtl(dl, font, px * 1.15f, x_left, x_right, y, IM_COL32(40, 40, 40, 255),
              app.corpus_name.empty() ? "المقالات" : app.corpus_name.c_str());
  ImGui::Dummy(ImVec2(0, px * 2.2f));

  const float item_h = px * 3.4f;
  app.article_list_rects.clear();
  for (int i = 0; i < static_cast<int>(app.articles.size()); ++i) {
    const auto& a = app.articles[i];
    ImGui::PushID(i);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##article", app.open == i, 0, ImVec2(0, item_h))) app.open_article(i);
    const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
    app.article_list_rects.push_back({r0.x / app.dpr, r0.y / app.dpr, (r1.x - r0.x) / app.dpr, (r1.y - r0.y) / app.dpr});
    std::string head = a.meta.outlet ? *a.meta.outlet : std::string("مصدر غير معروف");
    // The date is isolated left-to-right (LRI … PDI) so that "2024-09-09" keeps its order in RTL text.
    if (a.meta.date)
      head += std::string(" · ") + (a.meta.date_estimated ? "تقديرا " : "") + "\u2066" + *a.meta.date + "\u2069";
    ui_text_rtl(dl, font, px, x_left, x_right, top.y + px * 0.2f, IM_COL32(90, 70, 40, 255), head.c_str());
    ui_text_rtl(dl, font, px, x_left, x_right, top.y + px * 1.7f, IM_COL32(30, 30, 30, 255), a.first_line().c_str());
    ImGui::PopID();
  }
  for (const auto& w : app.warnings) ImGui::TextWrapped("%s", w.c_str());
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace isnad::web
