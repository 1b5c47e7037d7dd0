// wasm/app_find.cpp — the reader's find: runs core/search over every article, keeps the hits and
// their context, and moves the primary pane from hit to hit (Enter / Shift+Enter / F3).
#include <nlohmann/json.hpp>

#include "app.h"
#include "isnad/text/utf8.h"

namespace isnad::web {

void App::find_run(const std::string& query) {
  find.open = true;
  find.query = query;
  find.hits = search::find(search_index, text::decode_utf8(query).text);
  find.contexts.clear();
  for (const auto& h : find.hits) find.contexts.push_back(search::context_of(articles[h.article].text, h));
  find.current = -1;
  // The first hit in the open article at or below what is on screen, else the first hit anywhere.
  for (std::size_t i = 0; i < find.hits.size() && find.current < 0; ++i)
    if (static_cast<int>(find.hits[i].article) == open) find.current = static_cast<int>(i);
  if (find.current < 0 && !find.hits.empty()) find.current = 0;
  if (find.current >= 0) find_go(find.current);
  wake();
}

void App::find_go(int index) {
  if (index < 0 || index >= static_cast<int>(find.hits.size())) return;
  find.current = index;
  const search::Hit& h = find.hits[index];
  if (static_cast<int>(h.article) == second) close_second();
  open_article(static_cast<int>(h.article));
  scroll_to_offset = h.start;
  find.scroll_list = true;
  wake();
}

void App::find_step(int delta) {
  if (find.hits.empty()) return;
  const int n = static_cast<int>(find.hits.size());
  find_go(((find.current < 0 ? (delta > 0 ? -1 : 0) : find.current) + delta + n) % n);
}

void App::find_close() {
  find = Find{};
  wake();
}

nlohmann::json App::find_json() const {
  if (!find.open) return nullptr;
  nlohmann::json results = nlohmann::json::array();
  for (std::size_t i = 0; i < find.hits.size(); ++i) {
    const auto& h = find.hits[i];
    const auto& c = find.contexts[i];
    results.push_back({{"article", h.article}, {"file", articles[h.article].meta.file}, {"start", h.start}, {"end", h.end},
                       {"text", text::to_utf8(std::u32string_view(articles[h.article].text).substr(h.start, h.end - h.start))},
                       {"before", c.before}, {"after", c.after}});
  }
  nlohmann::json marks = nlohmann::json::array();
  for (const auto& r : find_rects) marks.push_back({{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}});
  return {{"query", find.query}, {"count", find.hits.size()}, {"current", find.current}, {"results", results},
          {"input_active", find.input_active},
          {"current_rect", find_current_rect.w > 0 ? nlohmann::json{{"x", find_current_rect.x}, {"y", find_current_rect.y},
                                                                   {"w", find_current_rect.w}, {"h", find_current_rect.h}}
                                                 : nlohmann::json(nullptr)},
          {"marks_on_screen", marks.size()}};
}

}  // namespace isnad::web
