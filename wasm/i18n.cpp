#include "i18n.h"

namespace isnad::web {
namespace {
Lang g_lang = Lang::ar;
}  // namespace

void set_lang(Lang l) { g_lang = l; }
Lang lang() { return g_lang; }
const char* lang_name(Lang l) { return l == Lang::en ? "en" : "ar"; }

}  // namespace isnad::web
