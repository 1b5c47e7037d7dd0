// wasm/app_commands.cpp — what window.isnad can ask of the app (web/boot.js → js_bridge → here):
// one JSON command in, one JSON answer out. Tests drive the reader with these; a person uses the
// same actions through the interface. Also the keyboard's Esc / Enter and touch scrolling.
#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "app.h"
#include "card.h"

namespace isnad::web {
namespace {
const char* const kPanels[] = {"articles", "sources", "claims", "entities", "timeline", "overview"};
}  // namespace

void App::escape() {
  if (pinned.article >= 0 || focus_anchor >= 0) { pinned = {}; focus_anchor = -1; }
  else if (find.open) find_close();
  else if (second >= 0) close_second();
  else if (spot.article >= 0) spot = {};
  wake();
}

bool App::panel_key(PanelKey k) {
  PanelNav& n = panel_nav;
  if (k == PanelKey::toggle) {
    n.focused = !n.focused;
    n.activate = false;
    n.scroll = n.focused;
    if (n.focused) { pinned = {}; focus_anchor = -1; }   // the keyboard leaves the article's highlights
    wake();
    return true;
  }
  if (!n.focused) return false;
  const int last = std::max(0, n.count - 1);
  switch (k) {
    case PanelKey::next: n.item = n.item >= last ? 0 : n.item + 1; break;
    case PanelKey::prev: n.item = n.item <= 0 ? last : n.item - 1; break;
    case PanelKey::first: n.item = 0; break;
    case PanelKey::last: n.item = last; break;
    case PanelKey::next_tab: case PanelKey::prev_tab: {
      const int t = (static_cast<int>(panel) + (k == PanelKey::next_tab ? 1 : kPanelCount - 1)) % kPanelCount;
      panel = static_cast<Panel>(t);
      prefs_dirty = true;
      n.item = 0;
      break;
    }
    case PanelKey::activate: n.activate = true; break;
    case PanelKey::leave: n.focused = false; n.activate = false; break;
    case PanelKey::toggle: break;
  }
  n.scroll = true;
  n.scroll_tries = 0;
  wake(4);
  return true;
}

void App::activate() {
  activate_requested = false;
  if (pinned.article < 0) return;
  const Card card = make_card(*this, pinned.article, pinned.anchor);
  if (card.also.empty()) return;
  open_xref(card.cluster, card.also.front().member, card.member);
  pinned = {};
  focus_anchor = -1;
}

void App::touch_event(int phase, float x, float y) {
  touch.x = x;
  touch.y = y;
  touch.has_pos = true;
  if (phase == 0) { touch.active = true; touch.moved = false; touch.last_y = y; touch.pending_dy = 0; }
  else if (phase == 1 && touch.active) {
    touch.pending_dy += y - touch.last_y;
    touch.last_y = y;
    if (std::abs(touch.pending_dy) > 3) touch.moved = true;
  } else {
    touch.active = false;
  }
  wake();
}

std::string App::command(const std::string& text) {
  using nlohmann::json;
  const json c = json::parse(text, nullptr, false);
  json answer = {{"ok", false}};
  if (!c.is_object() || !c.contains("cmd") || !c["cmd"].is_string()) { answer["error"] = "not a command"; return answer.dump(); }
  const std::string cmd = c["cmd"];
  auto num = [&](const char* k, int fallback) { return c.contains(k) && c[k].is_number_integer() ? c[k].get<int>() : fallback; };
  auto str = [&](const char* k) { return c.contains(k) && c[k].is_string() ? c[k].get<std::string>() : std::string(); };
  if (cmd == "find") {
    find_run(str("query"));
    answer = find_json();
    answer["ok"] = true;
  } else if (cmd == "find_step") {
    find_step(num("delta", 1));
    answer = {{"ok", !find.hits.empty()}, {"current", find.current}};
  } else if (cmd == "find_close") {
    find_close();
    answer["ok"] = true;
  } else if (cmd == "open_article") {
    const int i = num("index", -1);
    answer["ok"] = i >= 0 && i < static_cast<int>(articles.size());
    open_article(i);
  } else if (cmd == "open_xref") {
    int k = num("cluster", -1), to = num("to", -1), from = num("from", -1);
    if (c.contains("article") && c.contains("claim")) {   // a claim: its cluster, seen from that claim
      const int a = num("article", -1), cl = num("claim", -1);
      k = a >= 0 && cl >= 0 ? cluster_of(a, cl) : -1;
      if (k >= 0) {
        const auto& members = clusters[k].claims;
        for (std::size_t m = 0; m < members.size(); ++m) {
          if (static_cast<int>(members[m].article) == a && static_cast<int>(members[m].claim) == cl) from = static_cast<int>(m);
          else if (to < 0 && static_cast<int>(members[m].article) != a) to = static_cast<int>(m);
        }
      }
    }
    answer["ok"] = open_xref(k, to, from);
    if (!answer["ok"]) answer["error"] = "no such cross-reference";
  } else if (cmd == "xref_step") {
    answer["ok"] = xref_step(num("delta", 1));
  } else if (cmd == "export_annotations") {
    answer = export_annotations();
  } else if (cmd == "export_overview") {
    answer = export_overview(str("format").empty() ? "csv" : str("format"));
  } else if (cmd == "reading_mode") {
    ReadingMode m;
    answer["ok"] = reading_mode_from_name(str("name").c_str(), &m);
    if (answer["ok"]) set_reading_mode(m);
  } else if (cmd == "close_pane") {
    close_second();
    answer["ok"] = true;
  } else if (cmd == "panel") {
    for (int i = 0; i < kPanelCount; ++i)
      if (str("name") == kPanels[i]) { panel = static_cast<Panel>(i); prefs_dirty = true; answer["ok"] = true; }
  } else if (cmd == "theme") {
    set_theme(str("name") == "dark" ? Theme::dark : Theme::light);
    answer["ok"] = true;
  } else if (cmd == "justify") {
    set_justify(c.contains("on") && c["on"].is_boolean() && c["on"].get<bool>());
    answer["ok"] = true;
  } else if (cmd == "lang") {
    set_language(str("name") == "en" ? Lang::en : Lang::ar);
    answer["ok"] = true;
  } else if (cmd == "claim_filter") {
    const std::string f = str("name");
    const char* const names[] = {"all", "disagree", "agree", "partial", "single"};
    for (int i = 0; i < 5; ++i) if (f == names[i]) { claim_filter = static_cast<ClaimFilter>(i); answer["ok"] = true; }
  } else {
    answer["error"] = "unknown command: " + cmd;
  }
  wake();
  return answer.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace isnad::web
