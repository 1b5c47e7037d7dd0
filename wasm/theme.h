// wasm/theme.h — the reader's two themes (light, dark): the colours every panel draws with, so no
// panel hard-codes one. ui_apply_theme (ui_main.cpp) sets ImGui's own style from the same palette.
#pragma once
#include <imgui.h>

namespace isnad::web {

struct Palette {
  bool dark;
  ImVec4 window_bg, sidebar_bg, clear;   // the article panes, the side panel, the GL clear colour
  ImU32 text, muted, heading, accent;    // body text, secondary text, headings and labels, links
  ImU32 selection, find_mark, find_current, xref_mark, focus_ring, dispute, agree, partial;
  ImU32 chip_on, chip_off, separator;
  float highlight_alpha;                 // highlight colours are multiplied by this (dark: stronger)
};

enum class Theme { light, dark };
void set_theme(Theme t);
Theme theme();
const Palette& palette();
const char* theme_name(Theme t);   // "light" / "dark"

}  // namespace isnad::web
