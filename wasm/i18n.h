// wasm/i18n.h — the interface language: Arabic by default, English on request. Every interface
// string is written once in each language at its point of use, tr("…", "…"), and drawn through
// the ShapedText widget whichever language is chosen. Article text is never translated.
#pragma once

namespace isnad::web {

enum class Lang { ar, en };
void set_lang(Lang l);
Lang lang();
inline const char* tr(const char* ar, const char* en) { return lang() == Lang::en ? en : ar; }
const char* lang_name(Lang l);      // "ar" / "en"

}  // namespace isnad::web
