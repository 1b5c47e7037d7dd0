// The header above an article pane's text: the article's title (its headline, else its first real
// sentence: core/analysis/title.h), then its outlet, its date (marked when estimated) and its link —
// a link that opens a new tab for http: and https: only, as the sources panel does; any other
// scheme is plain text. The "المصدر:" / "الرابط:" lines of a scraped text stand in for missing metadata.
#include <algorithm>
#include <string>

#include "i18n.h"
#include "js_bridge.h"
#include "panel_data.h"
#include "shaped_text.h"
#include "theme.h"
#include "ui.h"

namespace isnad::web {

float ui_article_header(App& app, const Fonts& fonts, int article, ImVec2 pos, float width) {
  if (article < 0 || article >= static_cast<int>(app.articles.size())) return 0;
  const float px = fonts.ui_px, pad = px * 0.5f;
  const Palette& pal = palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto& m = app.articles[article].meta;
  const float x0 = pos.x + px * 1.2f, x1 = pos.x + width - px * 1.2f;
  float y = pos.y + pad;
  y += shaped_text(dl, app.title(article).c_str(), px * 1.12f, x0, x1, y, pal.heading) + px * 0.15f;
  // Outlet · date · link; the header's own "المصدر:" line when the metadata names no outlet.
  std::string outlet = app.outlet_name(article);
  if (!m.outlet && article < static_cast<int>(app.headers.size()) && !app.headers[article].source.empty())
    outlet = app.headers[article].source;
  std::string line = isolate(outlet);
  if (m.date) line += std::string(" · ") + (m.date_estimated ? tr("تاريخ تقديري ", "date estimated ") : "") + isolate_ltr(*m.date);
  const std::string url = app.link(article);
  const float line_px = px * 0.85f;
  const float meta_w = shaped_text_width(line.c_str(), line_px) + px * 0.6f;
  const bool rtl = ui_rtl();
  const float gap = px * 0.8f;
  // The metadata from the start edge, the link after it in the room left (cut at its end when long).
  const float meta_x0 = rtl ? std::max(x0, x1 - meta_w) : x0, meta_x1 = rtl ? x1 : std::min(x1, x0 + meta_w);
  shaped_text(dl, line.c_str(), line_px, meta_x0, meta_x1, y, pal.muted);
  if (article == app.open) app.header_link_rect = {};
  if (!url.empty()) {
    const float lx0 = rtl ? x0 : meta_x1 + gap, lx1 = rtl ? meta_x0 - gap : x1;
    if (lx1 - lx0 > px * 3) {
      const float w = std::min(lx1 - lx0, shaped_text_width(url.c_str(), line_px));
      const float lx = rtl ? lx1 - w : lx0;
      if (is_web_url(url)) {
        ImGui::SetCursorScreenPos(ImVec2(lx, y));
        const bool clicked = ui_link_row(("##hdr-url" + std::to_string(article)).c_str(), url.c_str(), line_px, w, pal.accent);
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        dl->AddLine(ImVec2(a.x, y + line_px * 1.35f), ImVec2(b.x, y + line_px * 1.35f), pal.accent);
        if (article == app.open) app.header_link_rect = {a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr};
        if (clicked) js_open_url(url);
      } else {
        shaped_text(dl, url.c_str(), line_px, lx, lx + w, y, pal.muted);
      }
    }
  }
  y += line_px * 1.6f + pad * 0.6f;
  dl->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + width, y), pal.separator);
  return y + 1 - pos.y;
}

}  // namespace isnad::web
