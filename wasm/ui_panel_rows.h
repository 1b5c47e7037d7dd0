// wasm/ui_panel_rows.h — the row every side panel lists: a heading line and a text line, shaped,
// clickable, its rectangle and id recorded for automation (state().ui.panel_rows).
#pragma once
#include <string>

#include "app.h"

namespace isnad::web {

bool ui_panel_row(App& app, const std::string& id, const std::string& head, const std::string& body, float px, float width,
                  ImU32 head_color, bool selected = false);
// Call after drawing an item of the side panel (a row, a button) that the keyboard can reach: counts
// it, rings it when it has the keyboard (scrolling it into view), and returns true when Enter
// activated it — the caller then does what a click does.
bool ui_panel_nav_item(App& app);
// The same after an item that reports its own click: true for the click or for Enter.
inline bool ui_panel_nav_or(App& app, bool clicked) { return ui_panel_nav_item(app) || clicked; }
void ui_panel_heading(const std::string& text, float px, float width, ImU32 color);   // a section title

}  // namespace isnad::web
