// The article pane: the open article laid out by the text engine (core/layout: bidi, HarfBuzz
// shaping, ICU line breaks) and drawn glyph by glyph; selection with the mouse (drag, double-click
// a word, triple-click a paragraph), Ctrl+A and Ctrl+C; scrolling by wheel and keys. Layout is kept
// per paragraph and redone only when the article, the width or the text size changes.
#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "glyph_renderer.h"
#include "highlight_style.h"
#include "shaped_text.h"
#include "isnad/text/utf8.h"
#include "js_bridge.h"
#include "ui.h"

namespace isnad::web {
namespace {

struct ParaEntry {
  std::size_t start, end;                 // code points of the article
  std::unique_ptr<layout::Paragraph> p;
  float top = 0;                          // device pixels from the content's top
};

struct ArticleLayout {
  int article = -1;
  float width = 0, px = 0;
  std::vector<ParaEntry> paras;
  float height = 0;
};

void build(ArticleLayout& L, const corpus::Article& a, const layout::FontSet& fonts) {
  L.paras.clear();
  std::u32string_view text(a.text);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(U"\r\n\u2029", start);
    if (end == std::u32string_view::npos) end = text.size();
    if (end > start) L.paras.push_back({start, end, std::make_unique<layout::Paragraph>(std::u32string(text.substr(start, end - start)), fonts)});
    start = end + 1;
  }
}

void relayout(ArticleLayout& L, float px, float width) {
  float y = 0;
  for (auto& e : L.paras) {
    layout::ParagraphStyle st = e.p->style();
    st.font_size_px = px;
    st.line_spacing = 1.05f;
    e.p->set_style(st);
    e.p->layout(width);
    e.top = y;
    y += e.p->height() + px * 0.7f;
  }
  L.height = y;
}

// The paragraph under content-relative y (the nearest one in the gaps).
std::size_t para_at(const ArticleLayout& L, float y) {
  std::size_t i = 0;
  while (i + 1 < L.paras.size() && L.paras[i + 1].top <= y) ++i;
  return i;
}

std::size_t offset_at(const ArticleLayout& L, ImVec2 content_pos) {
  if (L.paras.empty()) return 0;
  const ParaEntry& e = L.paras[para_at(L, content_pos.y)];
  const auto hit = e.p->hit_test(content_pos.x, content_pos.y - e.top);
  return e.start + hit.offset.value();
}

std::string text_layer_model(const App& app, const ArticleLayout& L, const corpus::Article& a, ImVec2 pos,
                             ImVec2 size, float margin) {
  using nlohmann::json;
  const float d = app.dpr;
  json paras = json::array();
  for (const auto& e : L.paras)
    paras.push_back({{"text", text::to_utf8(std::u32string_view(a.text).substr(e.start, e.end - e.start))},
                     {"top", (e.top + margin) / d}, {"height", e.p->height() / d}});
  json m = {{"left", pos.x / d}, {"top", pos.y / d}, {"width", size.x / d}, {"height", size.y / d},
            {"content_height", (L.height + 2 * margin) / d}, {"title", a.first_line()},
            {"outlet", a.meta.outlet ? *a.meta.outlet : ""}, {"date", a.meta.date ? *a.meta.date : ""},
            {"scroll", app.scroll_y}, {"paragraphs", paras}};
  return m.dump(-1, ' ', false, json::error_handler_t::replace);
}

void apply_scroll_requests(App& app, float line, float page) {
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
}

// Mouse selection: press and drag, double-click a word, triple-click a paragraph.
void handle_selection(App& app, const ArticleLayout& L, ImVec2 content_origin, bool hovered) {
  static std::size_t anchor = 0;
  static bool dragging = false;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m(io.MousePos.x - content_origin.x, io.MousePos.y - content_origin.y);
  const bool pressed = app.press.pending;
  app.press.pending = false;
  if (hovered && pressed) {
    const int clicks = app.press.series;
    const std::size_t at = offset_at(L, m);
    App::Selection& s = app.selection;
    s.article = app.open;
    if (clicks == 1) { anchor = at; s.start = s.end = at; dragging = true; }
    else if (clicks == 2) {
      const ParaEntry& e = L.paras[para_at(L, m.y)];
      const auto w = e.p->word_at(layout::TextIndex(at - e.start));
      s.start = e.start + w.start.value(); s.end = e.start + w.end.value();
      dragging = false;
    } else {
      const ParaEntry& e = L.paras[para_at(L, m.y)];
      s.start = e.start; s.end = e.end; dragging = false;
    }
    app.wake();
  } else if (dragging && ImGui::IsMouseDown(0)) {
    const std::size_t at = offset_at(L, m);
    app.selection.start = std::min(anchor, at);
    app.selection.end = std::max(anchor, at);
    app.wake();
  } else if (!ImGui::IsMouseDown(0)) {
    dragging = false;
  }
}

// The open article's anchors of the shown types, under the text; attributions underlined.
void draw_highlights(App& app, const ParaEntry& e, ImVec2 origin) {
  if (app.open >= static_cast<int>(app.analysis.articles.size())) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto& anchors = app.analysis.articles[app.open].anchors;
  app.highlight_rects.resize(anchors.size());
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    const auto& a = anchors[i];
    if (!app.show_type[static_cast<int>(a.type)] || a.end <= e.start || a.start >= e.end) continue;
    const std::size_t s = std::max<std::size_t>(a.start, e.start) - e.start, t = std::min<std::size_t>(a.end, e.end) - e.start;
    const HighlightGroup& g = highlight_group(highlight_group_of(a.type));
    const auto rects = e.p->range_rects({layout::TextIndex(s), layout::TextIndex(t)});
    if (!rects.empty() && app.highlight_rects[i].w == 0) {   // the first piece, for automation
      const layout::Rect& r = rects.front();
      app.highlight_rects[i] = {(origin.x + r.left) / app.dpr, (origin.y + r.top) / app.dpr, (r.right - r.left) / app.dpr,
                                (r.bottom - r.top) / app.dpr};
    }
    for (const layout::Rect& r : rects) {
      if (g.underline) {
        const float h = std::max(1.5f, (r.bottom - r.top) * 0.06f);
        dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.bottom - h), ImVec2(origin.x + r.right, origin.y + r.bottom), g.color);
      } else {
        dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.top), ImVec2(origin.x + r.right, origin.y + r.bottom), g.color,
                          (r.bottom - r.top) * 0.15f);
      }
    }
  }
}

// Claims another source contradicts: a red bar in the margin on the side the lines start.
void draw_dispute_marks(const App& app, const ParaEntry& e, ImVec2 origin, float bar_x) {
  if (app.open >= static_cast<int>(app.analysis.articles.size())) return;
  const auto& claims = app.analysis.articles[app.open].claims;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].end <= e.start || claims[i].start >= e.end) continue;
    const int k = app.cluster_of(app.open, i);
    if (k < 0 || app.clusters[k].relation != xref::Relation::disagree) continue;
    const auto rects = e.p->range_rects({layout::TextIndex(std::max<std::size_t>(claims[i].start, e.start) - e.start),
                                         layout::TextIndex(std::min<std::size_t>(claims[i].end, e.end) - e.start)});
    if (rects.empty()) continue;
    float top = rects.front().top, bottom = rects.front().bottom;
    for (const auto& r : rects) { top = std::min(top, r.top); bottom = std::max(bottom, r.bottom); }
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(bar_x, origin.y + top), ImVec2(bar_x + 4 * app.dpr, origin.y + bottom),
                                              IM_COL32(220, 38, 38, 220));
  }
}

// The legend: one chip per kind of content; clicking one shows or hides its highlights.
void ui_legend(App& app, float px) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = ImGui::GetStyle().WindowPadding.x;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowSize().x - pad;
  float x = right_edge;
  const float y = ImGui::GetCursorScreenPos().y, h = px * 1.7f;
  app.legend_rects.clear();
  for (int g = 0; g < kHighlightGroups; ++g) {
    const HighlightGroup& hg = highlight_group(g);
    const bool on = app.show_type[static_cast<int>(hg.types[0])];
    const float w = shaped_text_width(hg.label, px) + px * 3.0f;
    x -= w;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::PushID(g);
    if (ImGui::InvisibleButton("##chip", ImVec2(w - px * 0.4f, h)))
      for (int k = 0; k < hg.type_count; ++k) app.show_type[static_cast<int>(hg.types[k])] = !on;
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    app.legend_rects.push_back({a.x / app.dpr, a.y / app.dpr, (b.x - a.x) / app.dpr, (b.y - a.y) / app.dpr});
    dl->AddRect(a, b, on ? IM_COL32(120, 110, 90, 200) : IM_COL32(200, 195, 185, 200), h * 0.3f);
    const float sw = px * 0.8f;
    const ImVec2 sq(b.x - px * 0.5f - sw, (a.y + b.y - sw) * 0.5f);
    if (hg.underline) dl->AddRectFilled(ImVec2(sq.x, sq.y + sw * 0.75f), ImVec2(sq.x + sw, sq.y + sw), on ? hg.color : IM_COL32(210, 210, 210, 255));
    else dl->AddRectFilled(sq, ImVec2(sq.x + sw, sq.y + sw), on ? hg.color : IM_COL32(230, 230, 230, 255), sw * 0.2f);
    shaped_text(dl, hg.label, px, a.x + px * 0.3f, sq.x - px * 0.3f, (a.y + b.y) * 0.5f - px * 0.8f,
                on ? IM_COL32(40, 40, 40, 255) : IM_COL32(150, 150, 150, 255));
    x -= px * 0.2f;
  }
  // Copy a link to the selected passage (also Ctrl+Shift+C).
  const bool has_sel = app.selection.article == app.open && app.selection.end > app.selection.start;
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + pad, y));
  ImGui::BeginDisabled(!has_sel);
  if (ui_button_rtl("##copy-link", "نسخ رابط", px, ImVec2(px * 6, h))) app.copy_link_requested = true;
  ImGui::EndDisabled();
  app.copy_link_rect = {ImGui::GetItemRectMin().x / app.dpr, ImGui::GetItemRectMin().y / app.dpr,
                        ImGui::GetItemRectSize().x / app.dpr, ImGui::GetItemRectSize().y / app.dpr};
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + pad, y + h + px * 0.3f));
}

// The passages of an opened share link, marked; they pulse for a moment when the link arrives.
void draw_link_marks(App& app, const ParaEntry& e, ImVec2 origin, double now) {
  if (app.link_article != app.open) return;
  float alpha = 0.45f;
  if (now < app.flash_until) { alpha = 0.3f + 0.5f * static_cast<float>(0.5 + 0.5 * std::sin(now * 12.0)); app.wake(2); }
  for (const auto& m : app.link_marks) {
    if (m.end <= e.start || m.start >= e.end) continue;
    const std::size_t s = std::max(m.start, e.start) - e.start, t = std::min(m.end, e.end) - e.start;
    draw_range(ImGui::GetWindowDrawList(), *e.p, {layout::TextIndex(s), layout::TextIndex(t)}, origin,
               ImGui::GetColorU32(ImVec4(1.f, 0.6f, 0.1f, alpha)));
  }
}

// A card for the highlight under the mouse: what it is, its words, and its normalised value.
void hover_card(App& app, const ArticleLayout& L, ImVec2 content_origin, bool hovered, float px) {
  app.hover = {};
  if (!hovered || L.paras.empty() || app.open >= static_cast<int>(app.analysis.articles.size())) return;
  const ImVec2 m(ImGui::GetIO().MousePos.x - content_origin.x, ImGui::GetIO().MousePos.y - content_origin.y);
  const ParaEntry& e = L.paras[para_at(L, m.y)];
  if (m.y < e.top || m.y > e.top + e.p->height()) return;
  const std::size_t at = offset_at(L, m);
  // The innermost highlight under the mouse; an attribution only where nothing inside it is.
  const analysis::Anchor* best = nullptr;
  auto rank = [](const analysis::Anchor& a) {
    return std::make_pair(a.type == analysis::AnchorType::attribution, a.end - a.start);
  };
  for (const auto& a : app.analysis.articles[app.open].anchors)
    if (app.show_type[static_cast<int>(a.type)] && a.start <= at && at < a.end && (!best || rank(a) < rank(*best))) best = &a;
  if (!best) return;
  app.hover = {true, best->start, best->end, analysis::anchor_type_name(best->type), nlohmann::json::array()};
  // Where else this fact is reported: the claim it belongs to, its cluster, the other articles.
  std::vector<std::string> also;
  const int claim = app.claim_at(app.open, best->start);
  const int k = claim < 0 ? -1 : app.cluster_of(app.open, claim);
  if (k >= 0) {
    const auto& cl = app.clusters[k];
    const char* rel = cl.relation == xref::Relation::agree ? "يتفق" : cl.relation == xref::Relation::disagree ? "يختلف" : "يتقاطع جزئيا";
    std::set<std::size_t> seen;
    for (const auto& c : cl.claims) {
      if (c.article == static_cast<std::size_t>(app.open) || !seen.insert(c.article).second) continue;
      app.hover.also.push_back({{"article", c.article}, {"relation", xref::relation_name(cl.relation)}});
      also.push_back("ورد أيضا في " + app.outlet_name(c.article) + " — " + rel);
    }
    if (cl.relation == xref::Relation::disagree && !cl.note.empty()) also.push_back("الخلاف: " + cl.note);
  } else if (claim >= 0) {
    also.push_back("لم يرد في مصدر آخر");
  }
  std::string value = best->value.is_null() ? std::string() : best->value.is_string() ? best->value.get<std::string>()
                                                                                        : best->value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (value.size() > 200) value = value.substr(0, 200) + "…";
  std::vector<std::string> lines = {anchor_type_label(best->type), best->text.substr(0, 300), value};
  lines.insert(lines.end(), also.begin(), also.end());
  float w = px * 8;
  for (const auto& l : lines) w = std::max(w, std::min(px * 30, shaped_text_width(l.c_str(), px)));
  ImGui::BeginTooltip();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float y = p0.y;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    y += shaped_text(dl, lines[i].c_str(), px, p0.x, p0.x + w, y, i == 0 ? IM_COL32(110, 80, 30, 255) : IM_COL32(30, 30, 30, 255));
  }
  ImGui::Dummy(ImVec2(w, y - p0.y));
  ImGui::EndTooltip();
}

}  // namespace

void ui_article_view(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size) {
  static ArticleLayout layout;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("##article", nullptr, kFlags);
  TextEngine& engine = text_engine();
  if (app.articles.empty() || !engine.ready()) {
    ImGui::TextUnformatted(app.articles.empty() ? "No articles could be loaded." : "The fonts could not be loaded.");
    ImGui::End();
    return;
  }
  const auto& a = app.articles[app.open];
  const float px = fonts.body_px;
  const float margin = px * 1.5f;
  const float text_w = std::max(px * 4, size.x - 2 * margin - ImGui::GetStyle().ScrollbarSize);

  ui_legend(app, fonts.ui_px);
  ImGui::BeginChild("##text", ImVec2(0, 0), false);
  static ImVec4 layer_rect;
  const ImVec2 pane_pos = ImGui::GetWindowPos(), pane_size = ImGui::GetWindowSize();
  const ImVec4 rect(pane_pos.x, pane_pos.y, pane_size.x, pane_size.y);
  if (layout.article != app.open) { build(layout, a, engine.fonts); layout.width = -1; layout.article = app.open; }
  if (layout.width != text_w || layout.px != px) {
    relayout(layout, px, text_w);
    layout.width = text_w; layout.px = px;
    ImGui::SetScrollY(app.scroll_y * app.dpr);
    layer_rect = ImVec4(-1, -1, -1, -1);
  }
  if (rect.x != layer_rect.x || rect.y != layer_rect.y || rect.z != layer_rect.z || rect.w != layer_rect.w) {
    layer_rect = rect;
    js_text_layer_set(text_layer_model(app, layout, a, pane_pos, pane_size, margin));
  }
  if (app.scroll_to_css >= 0) { ImGui::SetScrollY(app.scroll_to_css * app.dpr); app.scroll_to_css = -1; }
  apply_scroll_requests(app, px * 1.6f, size.y * 0.9f);
  if (app.scroll_to_offset != static_cast<std::size_t>(-1)) {   // a share link's passage, a third down the pane
    for (const auto& e : layout.paras)
      if (app.scroll_to_offset >= e.start && app.scroll_to_offset <= e.end) {
        const layout::Caret c = e.p->caret(layout::TextIndex(app.scroll_to_offset - e.start));
        ImGui::SetScrollY(std::max(0.f, margin + e.top + c.top - pane_size.y * 0.3f));
        break;
      }
    app.scroll_to_offset = static_cast<std::size_t>(-1);
  }
  if (app.select_all_requested) {
    app.selection = {app.open, 0, a.text.size()};
    app.select_all_requested = false;
  }

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 content(origin.x + margin, origin.y + margin);
  const float clip_top = pane_pos.y - px * 2, clip_bottom = pane_pos.y + pane_size.y + px * 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  app.highlight_rects.assign(app.highlight_rects.size(), App::Rect{});
  const bool has_sel = app.selection.article == app.open && app.selection.end > app.selection.start;
  bool complete = true;
  for (const auto& e : layout.paras) {
    const float top = content.y + e.top;
    if (top + e.p->height() < clip_top || top > clip_bottom) continue;   // off screen
    draw_link_marks(app, e, ImVec2(content.x, top), app.now);
    draw_dispute_marks(app, e, ImVec2(content.x, top), content.x + text_w + margin * 0.45f);
    draw_highlights(app, e, ImVec2(content.x, top));
    if (has_sel && app.selection.start < e.end && e.start < app.selection.end) {
      const std::size_t s = std::max(app.selection.start, e.start) - e.start, t = std::min(app.selection.end, e.end) - e.start;
      draw_range(dl, *e.p, {layout::TextIndex(s), layout::TextIndex(t)}, ImVec2(content.x, top), IM_COL32(150, 190, 250, 140));
    }
    complete &= draw_paragraph(engine, dl, *e.p, ImVec2(content.x, top), IM_COL32(25, 25, 25, 255), clip_top, clip_bottom);
  }
  if (!complete) app.wake(2);   // the atlas was full: it is cleared between frames, draw again
  ImGui::Dummy(ImVec2(text_w + 2 * margin, layout.height + 2 * margin));
  handle_selection(app, layout, content, ImGui::IsWindowHovered());
  hover_card(app, layout, content, ImGui::IsWindowHovered(), fonts.ui_px);
  if (ImGui::IsWindowHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  if (app.copy_link_requested) {
    app.copy_link_requested = false;
    const std::string fragment = app.selection_link();
    if (!fragment.empty()) js_copy_link(fragment);
  }
  if (app.copy_requested) {
    app.copy_requested = false;
    if (has_sel) js_copy_text(text::to_utf8(std::u32string_view(a.text).substr(app.selection.start, app.selection.end - app.selection.start)));
  }
  const float scroll_css = ImGui::GetScrollY() / app.dpr;
  if (scroll_css != app.scroll_y) js_text_layer_scroll(scroll_css);
  app.scroll_y = scroll_css;
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace isnad::web
