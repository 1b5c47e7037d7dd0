#include "i18n.h"

#include "js_bridge.h"

namespace isnad::web {
namespace {
Lang g_lang = Lang::ar;
}  // namespace

// The page's own text (web/boot.js tr) follows <html lang>.
void set_lang(Lang l) {
  g_lang = l;
  js_set_page_language(lang_name(l));
}
Lang lang() { return g_lang; }
const char* lang_name(Lang l) { return l == Lang::en ? "en" : "ar"; }

std::string without_isolates(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, kIsolateOpen) == 0 || s.compare(i, 3, kIsolateOpenLtr) == 0 ||
        s.compare(i, 3, kIsolateClose) == 0) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

std::string isolate(const std::string& s) { return kIsolateOpen + without_isolates(s) + kIsolateClose; }
std::string isolate_ltr(const std::string& s) { return kIsolateOpenLtr + without_isolates(s) + kIsolateClose; }

}  // namespace isnad::web
