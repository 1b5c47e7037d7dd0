// The article list: one entry per article — outlet, date (≈ when estimated), its title (the headline, else
// the first real sentence: core/analysis/title.h).
#include <string>

#include "js_bridge.h"
#include "i18n.h"
#include "shaped_text.h"
#include "theme.h"

#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {
namespace {
App::Rect rect_css(const App& app) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
}
}  // namespace

// Drawn inside the side panel's scrolling child, from `pos`, `size.x` wide.
void ui_article_list(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float px = fonts.ui_px;
  const float pad = 0;
  const float x_left = pos.x, x_right = pos.x + size.x;
  const Palette& pal = palette();

  float y = ImGui::GetCursorScreenPos().y;
  shaped_text(dl, app.corpus_name.empty() ? tr("المقالات", "Articles") : app.corpus_name.c_str(), px * 1.15f, x_left, x_right, y,
              pal.text);
  ImGui::Dummy(ImVec2(0, px * 2.2f));

  // The reader's own articles: add, export, import (web/library.js does the storing).
  const float gap = ImGui::GetStyle().ItemSpacing.x, bw = (size.x - 2 * pad - 2 * gap) / 3, bh = px * 1.8f;
  ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
  // In reading order, which is also the keyboard's (ui_panel_nav_item): add, export, import, then
  // the articles; from the right in Arabic, from the left in English.
  ImVec2 button_pos[3];
  const float by = ImGui::GetCursorScreenPos().y;
  for (int b = 0; b < 3; ++b) button_pos[b] = ImVec2(ui_rtl() ? pos.x + (2 - b) * (bw + gap) : pos.x + b * (bw + gap), by);
  ImGui::SetCursorScreenPos(button_pos[0]);
  if (ui_panel_nav_or(app, ui_button_rtl("##add", tr("+ أضف مقالا", "+ Add article"), px, ImVec2(bw, bh)))) js_library_open_dialog();
  app.add_button_rect = rect_css(app);
  ImGui::SetCursorScreenPos(button_pos[1]);
  if (ui_panel_nav_or(app, ui_button_rtl("##export", tr("تصدير", "Export"), px, ImVec2(bw, bh)))) js_library_export();
  ImGui::SetCursorScreenPos(button_pos[2]);
  if (ui_panel_nav_or(app, ui_button_rtl("##import", tr("استيراد", "Import"), px, ImVec2(bw, bh)))) js_library_import();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, button_pos[0].y + bh + ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(0, px * 0.4f));

  const float item_h = px * 4.6f;
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
    if (ui_panel_nav_or(app, ImGui::Selectable("##article", app.open == i, 0, ImVec2(size.x - 2 * pad - strip, item_h)))) {
      app.open_article(i);
      app.prefs_dirty = true;
    }
    app.article_list_rects.push_back(rect_css(app));
    // Three lines: outlet and date; the claims and how many another source disputes; the first line.
    // The date is isolated left-to-right (LRI … PDI) so that "2024-09-09" keeps its order in RTL text.
    std::string head = isolate(app.outlet_name(i));
    if (a.meta.date)
      head += std::string(" · ") + (a.meta.date_estimated ? tr("تقديرا ", "about ") : "") + isolate_ltr(*a.meta.date);
    std::string counts;
    if (i < static_cast<int>(app.analysis.articles.size())) {
      counts = std::to_string(app.analysis.articles[i].claims.size()) + tr(" ادعاء", " claims");
      if (app.disputed_claims[i]) counts += tr("، ", ", ") + std::to_string(app.disputed_claims[i]) + tr(" موضع خلاف", " disputed");
    }
    shaped_text(dl, head.c_str(), px, x_left + strip, x_right, top.y + px * 0.2f, pal.heading);
    shaped_text(dl, counts.c_str(), px * 0.9f, x_left + strip, x_right, top.y + px * 1.6f,
                i < static_cast<int>(app.disputed_claims.size()) && app.disputed_claims[i] ? pal.dispute : pal.muted);
    shaped_text(dl, app.title(i).c_str(), px, x_left + strip, x_right, top.y + px * 2.9f, pal.text);
    if (mine) {
      // Remove (with a confirmation): only the reader's own articles.
      ImGui::SetCursorScreenPos(ImVec2(x_left, top.y + px * 0.2f));
      if (ui_button_rtl("##remove", "×", px, ImVec2(px * 1.4f, px * 1.4f))) ImGui::OpenPopup("##confirm-remove");
      app.remove_button_rects[i] = rect_css(app);
      if (ImGui::BeginPopup("##confirm-remove")) {
        ImGui::Dummy(ImVec2(px * 12, 0));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        shaped_text(ImGui::GetWindowDrawList(), tr("أتحذف هذا المقال من مكتبتك؟", "Remove this article from your library?"), px, at.x, at.x + px * 12, at.y,
                    ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(0, px * 1.6f));
        if (ui_button_rtl("##yes", tr("احذف", "Remove"), px, ImVec2(px * 5.8f, px * 1.8f))) { app.remove_article(i); ImGui::CloseCurrentPopup(); }
        app.confirm_button_rect = rect_css(app);
        ImGui::SameLine();
        if (ui_button_rtl("##no", tr("إلغاء", "Cancel"), px, ImVec2(px * 5.8f, px * 1.8f))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
      }
      ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + item_h + ImGui::GetStyle().ItemSpacing.y));
    }
    ImGui::PopID();
  }
  for (const auto& w : app.warnings) ImGui::TextWrapped("%s", w.c_str());
}

}  // namespace isnad::web
