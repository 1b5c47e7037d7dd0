// The timeline panel: dated claims in date order, each with its source; a claim that another source
// contradicts is marked in red with what differs, so disagreements show at a glance. Clicking one
// opens the article at that date.
#include <string>

#include "i18n.h"
#include "panel_data.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {

void ui_panel_timeline(App& app, const Fonts& fonts, float width) {
  const float px = fonts.ui_px;
  const Palette& pal = palette();
  const auto items = timeline(app);
  std::string last;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Dated& d = items[i];
    if (d.date != last) { ui_panel_heading("\u2066" + d.date + "\u2069", px, width, pal.heading); last = d.date; }
    const bool disputed = d.cluster >= 0 && app.clusters[d.cluster].relation == xref::Relation::disagree;
    std::string head = app.outlet_name(d.article);
    if (d.qualifier == "by") head += tr(" · بحلول", " · by");
    else if (!d.qualifier.empty()) head += " · " + d.qualifier;
    if (disputed) head += std::string(" · ") + tr("خلاف: ", "disputed: ") + app.clusters[d.cluster].note;
    else if (d.cluster >= 0) head += tr(" · ورد في مصادر أخرى", " · also reported elsewhere");
    const bool here = app.spot.article == static_cast<int>(d.article) && app.spot.start == d.start;
    if (ui_panel_row(app, "date:" + std::to_string(i), head, claim_text(app, d.article, d.claim), px, width,
                     disputed ? pal.dispute : pal.muted, here))
      app.show_spot(static_cast<int>(d.article), d.start, d.end);
  }
  if (items.empty()) ui_text(tr("لا ادعاءات مؤرخة", "No dated claims"), px, width, pal.muted);
}

}  // namespace isnad::web
