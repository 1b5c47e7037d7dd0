// isnad/layout/visible_controls.h — explicit bidi formatting characters shown, not obeyed.
//
// An article from anywhere can hide an override (RLO, LRO), an embedding (RLE, LRE, PDF), an isolate
// (RLI, LRI, FSI, PDI) or a mark (LRM, RLM, ALM) that makes text appear in an order other than the
// one it is read and analysed in (the "Trojan Source" attack, CVE-2021-42574). The paragraph lays
// out a copy of its text in which each of them is one visible, bidi-neutral placeholder (U+25CC
// DOTTED CIRCLE: class ON, drawn by both of Isnad's fonts): one code point for one, so every offset,
// cluster and highlight still refers to the article's own text.
#pragma once
#include <string>
#include <string_view>

namespace isnad::layout {

// What the layout draws in place of a bidi control.
inline constexpr char32_t kControlPlaceholder = U'\u25CC';

// U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C.
bool is_bidi_control(char32_t cp);

// `text` with every bidi control replaced by kControlPlaceholder, or an empty string when it has
// none (the caller then lays out `text` itself: no copy for ordinary text).
std::u32string with_visible_controls(std::u32string_view text);

}  // namespace isnad::layout
