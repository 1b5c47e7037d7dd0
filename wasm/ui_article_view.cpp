// The article pane: the open article's paragraphs, right-aligned and wrapped, scrolled by the
// wheel. Layout is cached per (article, width, size) so idle frames and scrolling cost no shaping.
#include <algorithm>
#include <vector>

#include "interim_text.h"
#include "ui.h"

namespace isnad::web {
namespace {

struct PlacedLine { VisualLine line; float y; };
struct ArticleLayout {
  int article = -1;
  float width = 0, px = 0;
  std::vector<PlacedLine> lines;
  float height = 0;
};

void relayout(ArticleLayout& L, const corpus::Article& a, ImFont* font, float px, float width) {
  L.lines.clear();
  const float line_h = px * 1.7f, para_gap = px * 0.8f;
  float y = 0;
  std::u32string_view text(a.text);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(U"\r\n", start);
    if (end == std::u32string_view::npos) end = text.size();
    auto para = text.substr(start, end - start);
    if (!para.empty()) {
      for (auto& l : wrap_paragraph(para, font, px, width)) { L.lines.push_back({std::move(l), y}); y += line_h; }
      y += para_gap;
    }
    start = end + 1;
  }
  L.height = y;
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
  if (layout.article != app.open || layout.width != text_w || layout.px != px) {
    relayout(layout, a, font, px, text_w);
    layout.article = app.open; layout.width = text_w; layout.px = px;
    ImGui::SetScrollY(app.scroll_y * app.dpr);
  }
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
  app.scroll_y = ImGui::GetScrollY() / app.dpr;
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace isnad::web
