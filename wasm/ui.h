// wasm/ui.h — the reader's panels, drawn with Dear ImGui each frame that something changed.
// ui_draw lays out the window (right to left: article list on the right, article on the left);
// each panel lives in its own ui_<panel>.cpp.
#pragma once
#include <imgui.h>

#include "app.h"
#include "fonts.h"

namespace isnad::web {

void ui_apply_theme(float dpr);
void ui_draw(App& app, const Fonts& fonts);
void ui_article_list(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size);
void ui_article_view(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size);

// A button whose label is shaped (ImGui's own cannot draw Arabic). Returns true when clicked.
bool ui_button_rtl(const char* id, const char* utf8_label, float px, ImVec2 size);

}  // namespace isnad::web
