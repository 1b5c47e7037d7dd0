// wasm/ui_panel_rows.h — the row every side panel lists: a heading line and a text line, shaped,
// clickable, its rectangle and id recorded for automation (state().ui.panel_rows).
#pragma once
#include <string>

#include "app.h"

namespace isnad::web {

bool ui_panel_row(App& app, const std::string& id, const std::string& head, const std::string& body, float px, float width,
                  ImU32 head_color, bool selected = false);
void ui_panel_heading(const std::string& text, float px, float width, ImU32 color);   // a section title

}  // namespace isnad::web
