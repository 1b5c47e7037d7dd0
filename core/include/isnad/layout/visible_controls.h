// isnad/layout/visible_controls.h — explicit bidi formatting characters shown, not obeyed.
//
// An article from anywhere can hide an override (RLO, LRO), an embedding (RLE, LRE, PDF), an isolate
// (RLI, LRI, FSI, PDI) or a mark (LRM, RLM, ALM) that makes text appear in an order other than the
// one it is read and analysed in (the "Trojan Source" attack, CVE-2021-42574). The paragraph lays
// out a copy of its text in which each of them is one visible, bidi-neutral placeholder (U+25CC
// DOTTED CIRCLE: class ON, drawn by both of Isnad's fonts): one code point for one, so every offset,
// cluster and highlight still refers to the article's own text.
//
// The one exception is an isolate the application itself set around a piece of its interface text
// (FSI … PDI round "2025-09 vs 2026-12" inside an Arabic line): the caller names those positions and
// they are obeyed. An isolate can only keep its content in its own order; it cannot reorder the text
// around it, and the controls inside it are still shown.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace isnad::layout {

// What the layout draws in place of a bidi control.
inline constexpr char32_t kControlPlaceholder = U'\u25CC';

// U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C.
bool is_bidi_control(char32_t cp);

// U+2066–U+2069: LRI, RLI, FSI, PDI.
bool is_isolate_control(char32_t cp);

// `text` with every bidi control replaced by kControlPlaceholder, or an empty string when it has
// none (the caller then lays out `text` itself: no copy for ordinary text). Positions listed in
// `obeyed` (ascending) that hold an isolate control are left as they are.
std::u32string with_visible_controls(std::u32string_view text, const std::vector<std::size_t>& obeyed = {});

}  // namespace isnad::layout
