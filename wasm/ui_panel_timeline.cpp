// The timeline panel: dated claims in date order, each with its source; a claim that another source
// contradicts is marked in red with what differs, so disagreements show at a glance. Clicking one
// opens the article at that date.
#include <string>

#include "i18n.h"
#include "note_label.h"
#include "panel_data.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {
namespace {

// The analysis' date qualifiers in the interface language ("in" says nothing more than the date).
const char* qualifier_label(const std::string& q) {
  if (q == "by") return tr("بحلول", "by");
  if (q == "before") return tr("قبل", "before");
  if (q == "after") return tr("بعد", "after");
  if (q == "since") return tr("منذ", "since");
  if (q == "until") return tr("حتى", "until");
  if (q == "approx" || q == "about") return tr("نحو", "about");
  if (q == "in") return tr("في", "in");
  if (q == "from") return tr("من", "from");
  if (q == "during") return tr("خلال", "during");
  return q.c_str();
}

}  // namespace

void ui_panel_timeline(App& app, const Fonts& fonts, float width) {
  const float px = fonts.ui_px;
  const Palette& pal = palette();
  const auto items = timeline(app);
  std::string last;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const xref::Dated& d = items[i];
    if (d.date != last) { ui_panel_heading(isolate_ltr(d.date), px, width, pal.heading); last = d.date; }
    std::string head = isolate(app.outlet_name(d.article));
    if (!d.qualifier.empty()) head += std::string(" · ") + qualifier_label(d.qualifier);
    if (d.disputed) {
      head += std::string(" · ") + tr("خلاف", "disputed");
      if (app.clusters[d.cluster].relation == xref::Relation::disagree) head += tr(": ", ": ") + cluster_note_label(app.clusters[d.cluster]);
    }
    else if (d.cluster >= 0) head += tr(" · ورد في مصادر أخرى", " · also reported elsewhere");
    const bool here = app.spot.article == static_cast<int>(d.article) && app.spot.start == d.start;
    if (ui_panel_row(app, "date:" + std::to_string(i), head, claim_text(app, d.article, d.claim), px, width,
                     d.disputed ? pal.dispute : pal.muted, here))
      app.show_spot(static_cast<int>(d.article), d.start, d.end);
  }
  if (items.empty()) ui_text(tr("لا ادعاءات مؤرخة", "No dated claims"), px, width, pal.muted);
}

}  // namespace isnad::web
