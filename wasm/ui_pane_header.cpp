// The second pane's header: which source of the cluster it shows ("2 / 4"), that source's outlet,
// the cluster's relation and what differs; previous / next source, and close.
#include <string>

#include "i18n.h"
#include "note_label.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {

float ui_pane_header(App& app, const Fonts& fonts, ImVec2 pos, float width) {
  if (app.xref.cluster < 0 || app.second < 0) return 0;
  const float px = fonts.ui_px, h = px * 1.7f, pad = 6 * app.dpr;
  const float height = pad * 2 + h * 2;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette().sidebar_bg);
  ImGui::Begin("##panehead", nullptr, kFlags);
  const auto& k = app.clusters[app.xref.cluster];
  const int n = static_cast<int>(k.claims.size());
  const Palette& pal = palette();
  const char* rel = k.relation == xref::Relation::agree ? tr("يتفق", "agrees")
                    : k.relation == xref::Relation::disagree ? tr("يختلف", "differs") : tr("يتقاطع جزئيا", "partly overlaps");
  std::string line1 = app.outlet_name(app.second) + " — " + rel + " · " + tr("المصدر ", "source ") +
                      isolate_ltr(std::to_string(app.xref.to + 1) + " / " + std::to_string(n));
  const float bw = px * 2.2f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // The buttons at the end edge (the left in Arabic, the right in English), the text before them.
  const bool rtl = ui_rtl();
  const float buttons = 3 * (bw + px * 0.3f);
  shaped_text(dl, line1.c_str(), px, pos.x + pad + (rtl ? buttons : 0), pos.x + width - pad - (rtl ? 0 : buttons), pos.y + pad, pal.heading);
  std::string line2 = k.note.empty() ? std::string(tr("الفقرتان معلّمتان في المقالين", "Both passages are marked")) : std::string(note_heading(k.relation)) + cluster_note_label(k);
  shaped_text(dl, line2.c_str(), px * 0.9f, pos.x + pad, pos.x + width - pad, pos.y + pad + h, k.relation == xref::Relation::disagree ? pal.dispute : pal.muted);
  float x = pos.x + pad;
  auto button = [&](const char* id, const char* label, App::Rect* r) {
    ImGui::SetCursorScreenPos(ImVec2(rtl ? x : 2 * pos.x + width - x - bw, pos.y + pad));
    const bool c = label[0] == '<' || label[0] == '>' ? ui_arrow_button(id, label[0] == '<', ImVec2(bw, h * 0.95f))
                                                      : ui_button_rtl(id, label, px, ImVec2(bw, h * 0.95f));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    *r = {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
    x += bw + px * 0.3f;
    return c;
  };
  if (button("##xclose", "×", &app.xref_close_rect)) app.close_second();
  if (button("##xnext", rtl ? "<" : ">", &app.xref_next_rect)) app.xref_step(+1);
  if (button("##xprev", rtl ? ">" : "<", &app.xref_prev_rect)) app.xref_step(-1);
  ImGui::End();
  ImGui::PopStyleColor();
  return height;
}

}  // namespace isnad::web
