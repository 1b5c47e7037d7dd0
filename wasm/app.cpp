#include "app.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace isnad::web {

App& app() {
  static App instance;
  return instance;
}

void App::open_article(int index) {
  if (index < 0 || index >= static_cast<int>(articles.size()) || index == open) return;
  open = index;
  scroll_y = 0;
  wake();
}

void App::zoom_by(float factor) {
  const float z = std::clamp(zoom * factor, 0.5f, 3.f);
  if (z == zoom) return;
  zoom = z;
  wake();
}

void App::record_frame(float cpu_ms) {
  if (frame_cpu_ms.size() >= 256) frame_cpu_ms.erase(frame_cpu_ms.begin());
  frame_cpu_ms.push_back(cpu_ms);
  ++frames_drawn;
}

std::string App::state_json() const {
  using nlohmann::json;
  json arts = json::array();
  for (const auto& a : articles) {
    arts.push_back({{"file", a.meta.file},
                    {"outlet", a.meta.outlet ? json(*a.meta.outlet) : json(nullptr)},
                    {"date", a.meta.date ? json(*a.meta.date) : json(nullptr)},
                    {"date_estimated", a.meta.date_estimated},
                    {"title", a.first_line()},
                    {"chars", a.text.size()}});
  }
  json rects = json::array();
  for (const auto& r : article_list_rects) rects.push_back({{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}});
  json s = {{"corpus", corpus_name},
            {"articles", arts},
            {"open", articles.empty() ? json(nullptr) : json(open)},
            {"open_file", articles.empty() ? json(nullptr) : json(articles[open].meta.file)},
            {"scroll", scroll_y},
            {"frames_drawn", frames_drawn},
            {"frame_cpu_ms", frame_cpu_ms},
            {"viewport", {{"width", width}, {"height", height}, {"dpr", dpr}}},
            {"zoom", zoom},
            {"warnings", warnings},
            {"ui", {{"article_list", rects}}}};
  return s.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace isnad::web
