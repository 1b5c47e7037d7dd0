// wasm/i18n.h — the interface language: Arabic by default, English on request. Every interface
// string is written once in each language at its point of use, tr("…", "…"), and drawn through
// the ShapedText widget whichever language is chosen. Article text is never translated.
#pragma once
#include <string>

namespace isnad::web {

enum class Lang { ar, en };
void set_lang(Lang l);
Lang lang();
inline const char* tr(const char* ar, const char* en) { return lang() == Lang::en ? en : ar; }
const char* lang_name(Lang l);      // "ar" / "en"

// Text of either direction set into a line of the other (a cluster's note "2025-09 vs 2026-12"
// in Arabic): wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so it keeps its own order.
inline std::string isolate(const std::string& s) { return "\u2068" + s + "\u2069"; }

}  // namespace isnad::web
