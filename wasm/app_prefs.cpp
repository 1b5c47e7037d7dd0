// wasm/app_prefs.cpp — the reader's choices as JSON (language, theme, zoom, legend toggles, the open
// article by file name — a reader's own by its storage id — the side-panel tab and the reading mode); js_bridge stores them in localStorage.
#include <nlohmann/json.hpp>

#include "app.h"

namespace isnad::web {
namespace {
const char* const kPanels[] = {"articles", "sources", "claims", "entities", "timeline", "overview"};
}  // namespace

void App::set_language(Lang l) {
  if (lang() == l) return;
  isnad::web::set_lang(l);
  prefs_dirty = true;
  wake();
}

void App::set_justify(bool on) {
  if (justify == on) return;
  justify = on;
  prefs_dirty = true;
  wake();
}

void App::set_reading_mode(ReadingMode m) {
  if (reading_mode == m) return;
  reading_mode = m;
  prefs_dirty = true;
  wake();
}

void App::set_theme(Theme t) {
  if (theme() == t) return;
  isnad::web::set_theme(t);
  theme_changed = true;
  prefs_dirty = true;
  wake();
}

nlohmann::json App::prefs_json() const {
  nlohmann::json shown = nlohmann::json::array();
  for (bool b : show_type) shown.push_back(b);
  return {{"lang", lang_name(lang())}, {"theme", theme_name(theme())}, {"zoom", zoom}, {"show", shown},
          {"open", !pending_open.empty() ? pending_open : articles.empty() ? "" : articles[open].meta.file}, {"panel", kPanels[static_cast<int>(panel)]},
          {"justify", justify}, {"mode", reading_mode_name(reading_mode)}};
}

void App::apply_prefs(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return;
  if (j.contains("lang") && j["lang"].is_string()) isnad::web::set_lang(j["lang"] == "en" ? Lang::en : Lang::ar);
  if (j.contains("theme") && j["theme"].is_string()) { isnad::web::set_theme(j["theme"] == "dark" ? Theme::dark : Theme::light); theme_changed = true; }
  if (j.contains("zoom") && j["zoom"].is_number()) zoom = std::clamp(j["zoom"].get<float>(), 0.5f, 3.f);
  if (j.contains("show") && j["show"].is_array() && j["show"].size() == 9)
    for (int i = 0; i < 9; ++i) if (j["show"][i].is_boolean()) show_type[i] = j["show"][i].get<bool>();
  if (j.contains("open") && j["open"].is_string()) {
    const std::string file = j["open"].get<std::string>();
    bool found = false;
    for (std::size_t i = 0; i < articles.size(); ++i)
      if (articles[i].meta.file == file) { open_article(static_cast<int>(i)); found = true; }
    // A reader's article may still be on its way from storage; the first article stays open meanwhile.
    if (!found && file.rfind("reader:", 0) == 0) pending_open = file;
  }
  if (j.contains("justify") && j["justify"].is_boolean()) justify = j["justify"].get<bool>();
  if (j.contains("mode") && j["mode"].is_string()) reading_mode_from_name(j["mode"].get<std::string>().c_str(), &reading_mode);
  if (j.contains("panel") && j["panel"].is_string())
    for (int i = 0; i < kPanelCount; ++i) if (j["panel"] == kPanels[i]) panel = static_cast<Panel>(i);
  wake();
}

}  // namespace isnad::web
