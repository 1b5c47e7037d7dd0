// The sources panel: each article's outlet, date and link, and the agencies and people it cites
// (the speakers of its attributions). Clicking an article opens it.
#include <algorithm>
#include <string>

#include "i18n.h"
#include "js_bridge.h"
#include "shaped_text.h"
#include "panel_data.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {

void ui_panel_sources(App& app, const Fonts& fonts, float width) {
  const float px = fonts.ui_px;
  const Palette& pal = palette();
  for (std::size_t i = 0; i < app.articles.size(); ++i) {
    const auto& m = app.articles[i].meta;
    std::string head = isolate(app.outlet_name(i));
    if (m.date) head += std::string(" · ") + (m.date_estimated ? tr("تقديرا ", "about ") : "") + isolate_ltr(*m.date);
    if (ui_panel_row(app, "source:" + std::to_string(i), head, app.title(i), px, width, pal.heading,
                     static_cast<int>(i) == app.open)) {
      app.open_article(static_cast<int>(i));
      app.prefs_dirty = true;
    }
    // The URL (left to right: cut at its end): a link that opens a new tab, for http: and https: only;
    // any other scheme is plain text.
    if (m.url && is_web_url(*m.url)) {
      const bool clicked = ui_link_row(("##url" + std::to_string(i)).c_str(), m.url->c_str(), px * 0.85f, width, pal.accent);
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y - 1), ImVec2(a.x + std::min(b.x - a.x, shaped_text_width(m.url->c_str(), px * 0.85f)), b.y - 1), pal.accent);
      app.panel_row_rects.push_back({a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr});
      app.panel_row_ids.push_back("url:" + std::to_string(i));
      if (ui_panel_nav_or(app, clicked)) js_open_url(*m.url);
    } else if (m.url) {
      ui_text(m.url->c_str(), px * 0.85f, width, pal.muted);
    }
    const auto cited = cited_sources(app, i);
    std::string line = tr("يستشهد بـ: ", "Cites: ");
    if (cited.empty()) line += tr("لا أحد بالاسم", "no one by name");
    for (std::size_t k = 0; k < cited.size(); ++k) {
      if (k) line += tr("، ", ", ");
      line += cited[k].name;
      if (cited[k].count > 1) line += " (" + std::to_string(cited[k].count) + ")";
    }
    // The list can be long: one line per few names, so nothing is cut.
    std::string chunk;
    int names = 0;
    for (std::size_t k = 0, start = 0; k <= line.size(); ++k) {
      if (k == line.size() || line.compare(k, 2, "\xD8\x8C") == 0 || line.compare(k, 2, ", ") == 0) {
        ++names;
        if (names % 3 == 0 || k == line.size()) {
          chunk = line.substr(start, k - start);
          ui_text(chunk.c_str(), px * 0.9f, width, pal.muted);
          start = k == line.size() ? k : k + 2;
          while (start < line.size() && line[start] == ' ') ++start;
        }
      }
    }
    ImGui::Dummy(ImVec2(0, px * 0.5f));
  }
}

}  // namespace isnad::web
