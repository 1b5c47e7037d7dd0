// wasm/i18n.h — the interface language: Arabic by default, English on request. Every interface
// string is written once in each language at its point of use, tr("…", "…"), and drawn through
// the ShapedText widget whichever language is chosen. Article text is never translated.
#pragma once
#include <string>

namespace isnad::web {

enum class Lang { ar, en };
void set_lang(Lang l);               // and the page's <html lang>, which web/boot.js tr reads
Lang lang();
inline const char* tr(const char* ar, const char* en) { return lang() == Lang::en ? en : ar; }
const char* lang_name(Lang l);      // "ar" / "en"

// Text of either direction set into a line of the other (a cluster's note "2025-09 vs 2026-12"
// in Arabic), to be kept in its own order. The ShapedText widget shows every bidi control it is
// given (visible_controls.h: an article's title must not reorder the interface), so the interface's
// own isolate is marked with two noncharacters, which are for a program's internal use and which
// the widget alone turns into FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE and obeys. Marks
// already in `s` are taken out, so a piece of article text cannot open or close one.
inline constexpr char kIsolateOpen[] = "\uFDD0";     // → FSI: direction from the first strong letter
inline constexpr char kIsolateOpenLtr[] = "\uFDD2";  // → LRI: left to right (dates, "3 / 14")
inline constexpr char kIsolateClose[] = "\uFDD1";    // → PDI
std::string isolate(const std::string& s);
std::string isolate_ltr(const std::string& s);
// `s` without those marks: the text as a reader reads it (for state() and anything leaving the app).
std::string without_isolates(const std::string& s);

}  // namespace isnad::web
