#include "theme.h"

namespace isnad::web {
namespace {

const Palette kLight = {
    false, ImVec4(0.99f, 0.98f, 0.96f, 1), ImVec4(0.94f, 0.93f, 0.90f, 1), ImVec4(0.99f, 0.98f, 0.96f, 1),
    IM_COL32(25, 25, 25, 255), IM_COL32(100, 90, 75, 255), IM_COL32(90, 70, 40, 255), IM_COL32(30, 90, 170, 255),
    IM_COL32(150, 190, 250, 140), IM_COL32(255, 120, 0, 60), IM_COL32(255, 140, 0, 200), IM_COL32(255, 150, 40, 90),
    IM_COL32(30, 90, 200, 255), IM_COL32(220, 38, 38, 220), IM_COL32(22, 150, 70, 255), IM_COL32(180, 120, 20, 255),
    IM_COL32(120, 110, 90, 200), IM_COL32(200, 195, 185, 200), IM_COL32(215, 208, 195, 255), 1.f};
const Palette kDark = {
    true, ImVec4(0.11f, 0.11f, 0.12f, 1), ImVec4(0.15f, 0.15f, 0.17f, 1), ImVec4(0.11f, 0.11f, 0.12f, 1),
    IM_COL32(232, 230, 225, 255), IM_COL32(170, 165, 155, 255), IM_COL32(230, 200, 140, 255), IM_COL32(120, 180, 255, 255),
    IM_COL32(70, 110, 190, 150), IM_COL32(255, 120, 0, 70), IM_COL32(255, 140, 0, 200), IM_COL32(255, 150, 40, 90),
    IM_COL32(120, 180, 255, 255), IM_COL32(248, 80, 80, 230), IM_COL32(80, 200, 120, 255), IM_COL32(230, 170, 60, 255),
    IM_COL32(170, 160, 140, 220), IM_COL32(90, 88, 84, 220), IM_COL32(60, 60, 64, 255), 0.75f};

Theme g_theme = Theme::light;

}  // namespace

void set_theme(Theme t) { g_theme = t; }
Theme theme() { return g_theme; }
const Palette& palette() { return g_theme == Theme::dark ? kDark : kLight; }
const char* theme_name(Theme t) { return t == Theme::dark ? "dark" : "light"; }

}  // namespace isnad::web
