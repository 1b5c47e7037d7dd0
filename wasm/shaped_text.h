// wasm/shaped_text.h — the ShapedText widget: one line of interface text (article list, buttons,
// popups) shaped and ordered by the same text engine as the articles, so every Arabic string in the
// UI is drawn correctly. Aligned to its own start (right for Arabic, left for Latin) and cut with an
// ellipsis at its logical end when it does not fit. Layouts are cached by (text, size).
#pragma once
#include <cstddef>

#include <imgui.h>

namespace isnad::web {

// Draws `utf8` in the box [x_left, x_right] with its line's top at y. Returns the line height.
float shaped_text(ImDrawList* dl, const char* utf8, float px, float x_left, float x_right, float y, ImU32 color);

// The same, with code points [mark_start, mark_end) of the text marked by `mark_color` under it
// (a find result's match in its context).
float shaped_text_marked(ImDrawList* dl, const char* utf8, float px, float x_left, float x_right, float y, ImU32 color,
                         std::size_t mark_start, std::size_t mark_end, ImU32 mark_color);

// The width the text needs on one line, in pixels.
float shaped_text_width(const char* utf8, float px);

}  // namespace isnad::web
