// The article pane: the open article's paragraphs, right-aligned and wrapped, scrolled by the
// wheel. Layout is cached per (article, width, size) so idle frames and scrolling cost no shaping.
#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "interim_text.h"
#include "isnad/text/utf8.h"
#include "js_bridge.h"
#include "ui.h"

namespace isnad::web {
namespace {

struct PlacedLine { VisualLine line; float y; };
struct ParagraphBox { std::size_t start, end; float top, height; };   // device pixels, content coordinates
struct ArticleLayout {
  int article = -1;
  float width = 0, px = 0;
  std::vector<PlacedLine> lines;
  std::vector<ParagraphBox> paragraphs;
  float height = 0;
};

void relayout(ArticleLayout& L, const corpus::Article& a, ImFont* font, float px, float width) {
  L.lines.clear();
  L.paragraphs.clear();
  const float line_h = px * 1.7f, para_gap = px * 0.8f;
  float y = 0;
  std::u32string_view text(a.text);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(U"\r\n", start);
    if (end == std::u32string_view::npos) end = text.size();
    auto para = text.substr(start, end - start);
    if (!para.empty()) {
      const float top = y;
      for (auto& l : wrap_paragraph(para, font, px, width)) { L.lines.push_back({std::move(l), y}); y += line_h; }
      L.paragraphs.push_back({start, end, top, y - top});
      y += para_gap;
    }
    start = end + 1;
  }
  L.height = y;
}

// The DOM text layer's model: the pane's rectangle and each paragraph's text and box, in CSS pixels.
std::string text_layer_model(const App& app, const ArticleLayout& L, const corpus::Article& a, ImVec2 pos,
                             ImVec2 size, float margin) {
  using nlohmann::json;
  const float d = app.dpr;
  json paras = json::array();
  for (const auto& p : L.paragraphs)
    paras.push_back({{"text", text::to_utf8(std::u32string_view(a.text).substr(p.start, p.end - p.start))},
                     {"top", (p.top + margin) / d}, {"height", p.height / d}});
  json m = {{"left", pos.x / d}, {"top", pos.y / d}, {"width", size.x / d}, {"height", size.y / d},
            {"content_height", (L.height + 2 * margin) / d}, {"title", a.first_line()},
            {"outlet", a.meta.outlet ? *a.meta.outlet : ""}, {"date", a.meta.date ? *a.meta.date : ""},
            {"scroll", app.scroll_y}, {"paragraphs", paras}};
  return m.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

void ui_article_view(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size) {
  static ArticleLayout layout;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("##article", nullptr, kFlags);
  if (app.articles.empty()) {
    ImGui::TextUnformatted("No articles could be loaded.");
    ImGui::End();
    return;
  }
  const auto& a = app.articles[app.open];
  ImFont* font = fonts.body ? fonts.body : ImGui::GetFont();
  const float px = font->FontSize;
  const float margin = px * 1.5f;
  const float text_w = std::max(px * 4, size.x - 2 * margin - ImGui::GetStyle().ScrollbarSize);

  ImGui::BeginChild("##text", ImVec2(0, 0), false);
  static ImVec4 layer_rect;
  const ImVec2 pane_pos = ImGui::GetWindowPos(), pane_size = ImGui::GetWindowSize();
  const ImVec4 rect(pane_pos.x, pane_pos.y, pane_size.x, pane_size.y);
  if (layout.article != app.open || layout.width != text_w || layout.px != px) {
    relayout(layout, a, font, px, text_w);
    layout.article = app.open; layout.width = text_w; layout.px = px;
    ImGui::SetScrollY(app.scroll_y * app.dpr);
    layer_rect = ImVec4(-1, -1, -1, -1);
  }
  if (rect.x != layer_rect.x || rect.y != layer_rect.y || rect.z != layer_rect.z || rect.w != layer_rect.w) {
    layer_rect = rect;
    js_text_layer_set(text_layer_model(app, layout, a, pane_pos, pane_size, margin));
  }
  if (app.scroll_to_css >= 0) { ImGui::SetScrollY(app.scroll_to_css * app.dpr); app.scroll_to_css = -1; }
  // Keyboard scrolling: arrows by a line, Page keys and space by a screen, Home/End.
  const float line = px * 1.7f, page = size.y * 0.9f;
  for (App::Scroll r : app.scroll_requests) {
    float y = ImGui::GetScrollY();
    switch (r) {
      case App::Scroll::LineDown: y += line; break;
      case App::Scroll::LineUp: y -= line; break;
      case App::Scroll::PageDown: y += page; break;
      case App::Scroll::PageUp: y -= page; break;
      case App::Scroll::Home: y = 0; break;
      case App::Scroll::End: y = ImGui::GetScrollMaxY(); break;
    }
    ImGui::SetScrollY(std::clamp(y, 0.f, ImGui::GetScrollMaxY()));
  }
  app.scroll_requests.clear();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float right = origin.x + margin + text_w;
  const float top = ImGui::GetScrollY() - px * 2, bottom = ImGui::GetScrollY() + size.y + px * 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y0 = origin.y + margin;
  for (const auto& pl : layout.lines) {
    if (pl.y + margin < top || pl.y + margin > bottom) continue;   // off screen
    dl->AddText(font, px, ImVec2(right - pl.line.width, y0 + pl.y), IM_COL32(25, 25, 25, 255), pl.line.utf8.c_str());
  }
  ImGui::Dummy(ImVec2(text_w + 2 * margin, layout.height + 2 * margin));
  const float scroll_css = ImGui::GetScrollY() / app.dpr;
  if (scroll_css != app.scroll_y || layer_rect.x < 0) js_text_layer_scroll(scroll_css);
  app.scroll_y = scroll_css;
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace isnad::web
