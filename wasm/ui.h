// wasm/ui.h — the reader's panels, drawn with Dear ImGui each frame that something changed.
// ui_draw lays out the window in the interface's direction; in Arabic, right to left: the side panel
// (articles, sources, claims, entities, timeline, overview) on the right; on the left the toolbar (legend,
// find, language, theme), the find bar when open, and one article pane, or two when a
// cross-reference was followed (the first on the right). English mirrors it. Each panel lives in its own ui_<panel>.cpp.
#pragma once
#include <imgui.h>

#include "app.h"
#include "card.h"
#include "fonts.h"
#include "i18n.h"

namespace isnad::web {

// The interface's direction: right to left in Arabic, left to right in English (the article text
// keeps its own direction either way). Layouts mirror on it.
inline bool ui_rtl() { return lang() == Lang::ar; }

void ui_apply_theme(float dpr);
// with_articles false: the side panel, toolbar and find bar only (a loading step shapes the
// interface's strings in a task before the one that lays out the article).
void ui_draw(App& app, const Fonts& fonts, bool with_articles = true);
float ui_toolbar(App& app, const Fonts& fonts, ImVec2 pos, float width);     // returns its height
float ui_find_bar(App& app, const Fonts& fonts, ImVec2 pos, float width);    // returns its height (0 when closed)
float ui_pane_header(App& app, const Fonts& fonts, ImVec2 pos, float width); // the second pane's header
float ui_article_pane(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size, int pane);
void ui_side_panel(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size);
void ui_article_list(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size);
void ui_panel_sources(App& app, const Fonts& fonts, float width);
void ui_panel_claims(App& app, const Fonts& fonts, float width);
void ui_panel_entities(App& app, const Fonts& fonts, float width);
void ui_panel_timeline(App& app, const Fonts& fonts, float width);
void ui_panel_overview(App& app, const Fonts& fonts, float width);
struct Overview;
void ui_overview_layer(App& app, const Overview* o);   // the overview's table in the DOM text layer (nullptr: none)
// Above an article pane's text: its title, outlet, date (marked when estimated) and link. Returns its height.
float ui_article_header(App& app, const Fonts& fonts, int article, ImVec2 pos, float width);

// The body of a highlight's card (inside a tooltip or a window). Interactive: the other sources
// are links that open the cross-reference beside the article.
void ui_card_body(App& app, const Card& card, float px, bool interactive);
void ui_pinned_card(App& app, const Fonts& fonts);   // the card kept open by a click or by focus

// A button whose label is shaped (ImGui's own cannot draw Arabic). Returns true when clicked.
bool ui_button_rtl(const char* id, const char* utf8_label, float px, ImVec2 size);
// A square button with a drawn icon (no font needed).
enum class Icon { search, theme, download, justify };
bool ui_icon_button(const char* id, Icon icon, ImVec2 size);
// A button with a triangle pointing left or right (previous / next).
bool ui_arrow_button(const char* id, bool left, ImVec2 size);
// A line of shaped text as a clickable row filling the width; returns true when clicked.
bool ui_link_row(const char* id, const char* utf8, float px, float width, ImU32 color);
// A line of shaped text at the cursor, right-aligned in Arabic; advances the cursor.
void ui_text(const char* utf8, float px, float width, ImU32 color);

}  // namespace isnad::web
