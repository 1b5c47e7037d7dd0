// The entities panel: each person, place and organisation with its mentions per article; clicking
// one walks through its mentions (each click the next, marked in the article).
#include <algorithm>
#include <numeric>
#include <string>

#include "highlight_style.h"
#include "i18n.h"
#include "panel_data.h"
#include "theme.h"
#include "ui.h"
#include "ui_panel_rows.h"

namespace isnad::web {

void ui_panel_entities(App& app, const Fonts& fonts, float width) {
  const float px = fonts.ui_px;
  const Palette& pal = palette();
  const auto& ents = app.analysis.entities;
  // Most mentioned first.
  std::vector<int> order(ents.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ents[a].mentions.size() > ents[b].mentions.size(); });
  for (int e : order) {
    const auto& ent = ents[e];
    const auto per = mentions_per_article(app, e);
    std::string head = std::string(anchor_type_label(ent.type)) + " · " + std::to_string(ent.mentions.size()) + tr(" ذكر", " mentions");
    if (app.entity_walk.entity == e)
      head += " · " + isolate_ltr(std::to_string(app.entity_walk.mention + 1) + " / " + std::to_string(ent.mentions.size()));
    std::string body = ent.canonical + " — ";
    bool first = true;
    for (std::size_t a = 0; a < per.size(); ++a) {
      if (!per[a]) continue;
      if (!first) body += tr("، ", ", ");
      body += app.outlet_name(a) + " " + std::to_string(per[a]);
      first = false;
    }
    if (ui_panel_row(app, "entity:" + std::to_string(e), head, body, px, width, pal.heading, app.entity_walk.entity == e))
      app.entity_step(e);
  }
  if (ents.empty()) ui_text(tr("لا كيانات", "No entities"), px, width, pal.muted);
}

}  // namespace isnad::web
