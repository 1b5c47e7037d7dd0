// An article pane: an article laid out by the text engine (core/layout: bidi, HarfBuzz shaping, ICU
// line breaks) and drawn glyph by glyph, with its highlights, dispute marks, find matches and the
// passage of a followed cross-reference. The primary pane (0) also has selection with the mouse
// (drag, double-click a word, triple-click a paragraph), Ctrl+A and Ctrl+C, keyboard scrolling and
// focus (Tab between highlights), share-link marks and the DOM text layer; the second pane (1)
// shows the other side of a cross-reference. Layout is kept per paragraph and per pane
// (article_layout.h): redone only when the article, the width or the text size changes, and for a
// huge article only where the reader looks.
#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "article_layout.h"
#include "card.h"
#include "glyph_renderer.h"
#include "highlight_style.h"
#include "i18n.h"
#include "shaped_text.h"
#include "theme.h"
#include "isnad/text/utf8.h"
#include "js_bridge.h"
#include "panel_data.h"
#include "range_rects.h"
#include "ui.h"

namespace isnad::web {
namespace {

std::size_t offset_at(ArticleLayout& L, ImVec2 content_pos) {
  if (L.paras.empty()) return 0;
  const std::size_t i = L.para_at(content_pos.y);
  const layout::Paragraph& p = L.at(i);
  const auto hit = p.hit_test(content_pos.x, content_pos.y - L.paras[i].top);
  return L.paras[i].start + hit.offset.value();
}

// The paragraphs [from, to) of the layout are the layer's (all of them, but for a huge article).
std::string text_layer_model(const App& app, const ArticleLayout& L, const corpus::Article& a, ImVec2 pos,
                             ImVec2 size, float margin, std::size_t from, std::size_t to) {
  using nlohmann::json;
  const float d = app.dpr;
  // Highlights become marked spans of the layer (code points from the paragraph's start), as the
  // reading mode marks them: the innermost kinds first; an attribution only where it overlaps
  // nothing already marked; in the plain mode, only the disputed claims.
  const analysis::ArticleAnalysis* an = app.open < static_cast<int>(app.analysis.articles.size()) ? &app.analysis.articles[app.open] : nullptr;
  json paras = json::array();
  std::size_t first = 0;   // anchors are in text order: the first that starts in this paragraph or after
  for (std::size_t i = from; i < to && i < L.paras.size(); ++i) {
    const auto& e = L.paras[i];
    json marks = json::array();
    if (an) {
      const auto& anchors = an->anchors;
      while (first < anchors.size() && anchors[first].start < e.start) ++first;
      std::vector<std::pair<std::size_t, std::size_t>> taken;
      for (int pass = 0; pass < 2; ++pass)
        for (std::size_t k = first; k < anchors.size() && anchors[k].start < e.end; ++k) {
          const auto& x = anchors[k];
          if ((x.type == analysis::AnchorType::attribution) != (pass == 1) || x.end > e.end) continue;
          const AnchorMark mark = app.mark_of(app.open, k);
          if (mark == AnchorMark::none) continue;
          bool overlaps = false;
          for (const auto& t : taken) overlaps |= x.start < t.second && t.first < x.end;
          if (overlaps) continue;
          taken.push_back({x.start, x.end});
          marks.push_back({{"start", x.start - e.start}, {"end", x.end - e.start}, {"type", analysis::anchor_type_name(x.type)},
                           {"label", anchor_type_label(x.type)}, {"mark", anchor_mark_name(mark)}});
        }
      if (app.reading_mode == ReadingMode::plain)
        for (std::size_t c = 0; c < an->claims.size(); ++c) {
          const auto& cl = an->claims[c];
          const int k = app.cluster_of(app.open, c);
          if (k < 0 || app.clusters[k].relation != xref::Relation::disagree || cl.start < e.start || cl.end > e.end) continue;
          marks.push_back({{"start", cl.start - e.start}, {"end", cl.end - e.start}, {"type", "disputed"},
                           {"label", tr("ادعاء موضع خلاف", "disputed claim")}, {"mark", "dispute"}});
        }
    }
    paras.push_back({{"text", text::to_utf8(std::u32string_view(a.text).substr(e.start, e.end - e.start))},
                     {"top", (e.top + margin) / d}, {"height", e.height / d}, {"marks", marks}});
  }
  json m = {{"left", pos.x / d}, {"top", pos.y / d}, {"width", size.x / d}, {"height", size.y / d},
            {"content_height", (L.height + 2 * margin) / d}, {"title", app.title(app.open)},
            {"outlet", a.meta.outlet ? *a.meta.outlet : app.open < static_cast<int>(app.headers.size()) ? app.headers[app.open].source : ""},
            {"date", a.meta.date ? *a.meta.date : ""},
            {"date_estimated", a.meta.date_estimated}, {"link", is_web_url(app.link(app.open)) ? app.link(app.open) : ""},
            {"mode", reading_mode_name(app.reading_mode)},
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
void handle_selection(App& app, ArticleLayout& L, ImVec2 content_origin, bool hovered) {
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
      const std::size_t i = L.para_at(m.y);
      const auto w = L.at(i).word_at(layout::TextIndex(at - L.paras[i].start));
      s.start = L.paras[i].start + w.start.value(); s.end = L.paras[i].start + w.end.value();
      dragging = false;
    } else {
      const ParaEntry& e = L.paras[L.para_at(m.y)];
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

// An article's anchors as the reading mode marks them (reading_mode.h), under the text: filled,
// underlined (attributions), or a thin underline (names outside check-worthy claims, in the claims
// mode). The primary pane records where each was drawn (state().highlights).
void draw_highlights(App& app, int article, bool primary, const ParaRects& cached, ImVec2 origin) {
  if (article >= static_cast<int>(app.analysis.articles.size())) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto& anchors = app.analysis.articles[article].anchors;
  if (primary) app.highlight_rects.resize(anchors.size());
  for (const RangeRects& x : cached.anchors) {
    const std::size_t i = x.index;
    const AnchorMark mark = app.mark_of(article, i);
    if (mark == AnchorMark::none) continue;
    const HighlightGroup& g = highlight_group(highlight_group_of(anchors[i].type));
    if (primary && app.highlight_rects[i].w == 0) {   // the first piece, for automation
      const layout::Rect& r = x.rects.front();
      app.highlight_rects[i] = {(origin.x + r.left) / app.dpr, (origin.y + r.top) / app.dpr, (r.right - r.left) / app.dpr,
                                (r.bottom - r.top) / app.dpr};
    }
    ImU32 color = g.color;
    if (palette().highlight_alpha != 1.f) {
      ImVec4 c = ImGui::ColorConvertU32ToFloat4(color);
      c.w = std::min(1.f, c.w * palette().highlight_alpha);
      color = ImGui::ColorConvertFloat4ToU32(c);
    }
    if (mark == AnchorMark::thin_underline) color = (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(0.9f * 255 + 0.5f) << IM_COL32_A_SHIFT);
    for (const layout::Rect& r : x.rects) {
      if (mark == AnchorMark::thin_underline) {
        const float h = std::max(1.f, app.dpr);
        dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.bottom - h), ImVec2(origin.x + r.right, origin.y + r.bottom), color);
      } else if (mark == AnchorMark::underline) {
        const float h = std::max(1.5f, (r.bottom - r.top) * 0.06f);
        dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.bottom - h), ImVec2(origin.x + r.right, origin.y + r.bottom), color);
      } else {
        dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.top), ImVec2(origin.x + r.right, origin.y + r.bottom), color,
                          (r.bottom - r.top) * 0.15f);
      }
    }
  }
}

// Claims another source contradicts: a red bar in the margin on the side the lines start, in every
// reading mode; in the plain mode, where nothing else is marked, their lines are underlined too. The
// primary pane records each bar (state().claims[i].mark).
void draw_dispute_marks(App& app, int article, bool primary, const ParaRects& cached, ImVec2 origin, float bar_x) {
  if (article >= static_cast<int>(app.analysis.articles.size())) return;
  for (const RangeRects& x : cached.claims) {
    const std::size_t i = x.index;
    const int k = app.cluster_of(article, i);
    if (k < 0 || app.clusters[k].relation != xref::Relation::disagree) continue;
    float top = x.rects.front().top, bottom = x.rects.front().bottom;
    for (const auto& r : x.rects) {
      top = std::min(top, r.top); bottom = std::max(bottom, r.bottom);
      if (app.reading_mode == ReadingMode::plain)
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.bottom - 2 * app.dpr),
                                                  ImVec2(origin.x + r.right, origin.y + r.bottom), palette().dispute);
    }
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(bar_x, origin.y + top), ImVec2(bar_x + 4 * app.dpr, origin.y + bottom),
                                              palette().dispute);
    if (primary && i < app.dispute_rects.size() && app.dispute_rects[i].w == 0)
      app.dispute_rects[i] = {bar_x / app.dpr, (origin.y + top) / app.dpr, 4, (bottom - top) / app.dpr};
  }
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


// A range of the article in this paragraph: its rectangles at `origin`.
std::vector<layout::Rect> rects_in(const ParaEntry& e, std::size_t start, std::size_t end) {
  if (end <= e.start || start >= e.end) return {};
  return e.p->range_rects({layout::TextIndex(std::max(start, e.start) - e.start), layout::TextIndex(std::min(end, e.end) - e.start)});
}

App::Rect css_rect(const App& app, ImVec2 origin, const layout::Rect& r) {
  return {(origin.x + r.left) / app.dpr, (origin.y + r.top) / app.dpr, (r.right - r.left) / app.dpr, (r.bottom - r.top) / app.dpr};
}

// Find matches in this article: all of them tinted, the current one stronger and outlined.
void draw_find_marks(App& app, int article, bool primary, const ParaEntry& e, ImVec2 origin) {
  if (!app.find.open) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < app.find.hits.size(); ++i) {
    const auto& h = app.find.hits[i];
    if (static_cast<int>(h.article) != article) continue;
    const bool current = static_cast<int>(i) == app.find.current;
    const auto rects = rects_in(e, h.start, h.end);
    for (const auto& r : rects) {
      const ImVec2 a(origin.x + r.left, origin.y + r.top), b(origin.x + r.right, origin.y + r.bottom);
      // Outlined, so a match never passes for a highlight of the same tint.
      dl->AddRectFilled(a, b, current ? palette().find_current : palette().find_mark, 3 * app.dpr);
      dl->AddRect(a, b, current ? palette().dispute : palette().find_current, 3 * app.dpr, 0, (current ? 2.f : 1.2f) * app.dpr);
    }
    if (primary && !rects.empty()) {
      app.find_rects.push_back(css_rect(app, origin, rects.front()));
      if (current) app.find_current_rect = app.find_rects.back();
    }
  }
}

// The passage of a followed cross-reference in this pane: tinted, with a bar in the margin.
void draw_xref_mark(App& app, int pane, int article, const ParaEntry& e, ImVec2 origin, float bar_x) {
  if (app.xref.cluster < 0) return;
  const int m = pane == 0 ? app.xref.from : app.xref.to;
  if (m < 0) return;
  const auto& ref = app.clusters[app.xref.cluster].claims[m];
  if (static_cast<int>(ref.article) != article) return;
  const auto& claim = app.analysis.articles[article].claims[ref.claim];
  const auto rects = rects_in(e, claim.start, claim.end);
  if (rects.empty()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float top = rects.front().top, bottom = rects.front().bottom;
  for (const auto& r : rects) {
    dl->AddRectFilled(ImVec2(origin.x + r.left, origin.y + r.top), ImVec2(origin.x + r.right, origin.y + r.bottom), palette().xref_mark);
    top = std::min(top, r.top); bottom = std::max(bottom, r.bottom);
  }
  dl->AddRectFilled(ImVec2(bar_x - 3 * app.dpr, origin.y + top), ImVec2(bar_x + 3 * app.dpr, origin.y + bottom), palette().find_current);
  if (app.xref_rects[pane].w == 0) app.xref_rects[pane] = css_rect(app, origin, rects.front());
}

// A passage a side panel points at (a mention, a dated claim): tinted and outlined.
void draw_spot(App& app, int article, const ParaEntry& e, ImVec2 origin) {
  if (app.spot.article != article) return;
  for (const auto& r : rects_in(e, app.spot.start, app.spot.end)) {
    const ImVec2 a(origin.x + r.left, origin.y + r.top), b(origin.x + r.right, origin.y + r.bottom);
    ImGui::GetWindowDrawList()->AddRectFilled(a, b, palette().xref_mark, 3 * app.dpr);
    ImGui::GetWindowDrawList()->AddRect(a, b, palette().find_current, 3 * app.dpr, 0, 2 * app.dpr);
  }
}

// The focused highlight (Tab): a ring around each of its rectangles.
void draw_focus_ring(App& app, const ParaEntry& e, ImVec2 origin) {
  if (app.focus_anchor < 0 || app.open >= static_cast<int>(app.analysis.articles.size())) return;
  const auto& anchors = app.analysis.articles[app.open].anchors;
  if (app.focus_anchor >= static_cast<int>(anchors.size())) return;
  const auto& a = anchors[app.focus_anchor];
  const auto rects = rects_in(e, a.start, a.end);
  const float g = 2 * app.dpr;
  for (const auto& r : rects)
    ImGui::GetWindowDrawList()->AddRect(ImVec2(origin.x + r.left - g, origin.y + r.top - g), ImVec2(origin.x + r.right + g, origin.y + r.bottom + g),
                                        palette().focus_ring, 3 * app.dpr, 0, 2 * app.dpr);
  if (!rects.empty() && app.focus_rect.w == 0) app.focus_rect = css_rect(app, origin, rects.front());
}

// Scrolls so that code point `offset` sits a third down the pane.
void scroll_to_offset(ArticleLayout& L, std::size_t offset, float margin, float pane_h) {
  if (L.paras.empty()) return;
  const std::size_t i = L.para_of(offset);
  const ParaEntry& e = L.paras[i];
  const layout::Caret c = L.at(i).caret(layout::TextIndex(std::min(offset, e.end) - std::min(offset, e.start) ));
  ImGui::SetScrollY(std::max(0.f, margin + e.top + c.top - pane_h * 0.3f));
}

// Tab / Shift+Tab: the next or previous shown highlight of the open article; its card opens.
void apply_focus_requests(App& app, ArticleLayout& L, float margin, float pane_h) {
  if (app.focus_requests.empty() || app.open >= static_cast<int>(app.analysis.articles.size())) { app.focus_requests.clear(); return; }
  const auto& anchors = app.analysis.articles[app.open].anchors;
  const int n = static_cast<int>(anchors.size());
  for (int d : app.focus_requests) {
    int i = app.focus_anchor;
    for (int tries = 0; tries < n; ++tries) {
      i = i < 0 ? (d > 0 ? 0 : n - 1) : (i + d + n) % n;
      if (app.mark_of(app.open, i) != AnchorMark::none) break;
    }
    if (n > 0) app.focus_anchor = i;
  }
  app.focus_requests.clear();
  if (app.focus_anchor < 0 || app.focus_anchor >= n) return;
  // Bring it into view when it is not (comfortably) on screen.
  const auto& a = anchors[app.focus_anchor];
  if (!L.paras.empty()) {
    const std::size_t i = L.para_of(a.start);
    const ParaEntry& e = L.paras[i];
    const layout::Caret c = L.at(i).caret(layout::TextIndex(std::min<std::size_t>(a.start, e.end) - std::min<std::size_t>(a.start, e.start)));
    const float y = margin + e.top + c.top - ImGui::GetScrollY();
    if (y < pane_h * 0.1f || y > pane_h * 0.8f) scroll_to_offset(L, a.start, margin, pane_h);
  }
  app.pinned = {0, app.open, app.focus_anchor, -1, -1};
  app.wake();
}

// The hover card for the highlight under the mouse (not when a card is pinned for it).
void hover_card(App& app, int pane, int article, ArticleLayout& L, ImVec2 content_origin, bool hovered, float px) {
  if (!hovered || L.paras.empty()) return;
  const ImVec2 m(ImGui::GetIO().MousePos.x - content_origin.x, ImGui::GetIO().MousePos.y - content_origin.y);
  const std::size_t pi = L.para_at(m.y);
  L.at(pi);
  const ParaEntry& e = L.paras[pi];
  if (m.y < e.top || m.y > e.top + e.height) return;
  const int best = anchor_at(app, article, offset_at(L, m));
  if (best < 0) return;
  const Card card = make_card(app, article, best);
  if (pane == 0) {
    const auto& a = app.analysis.articles[article].anchors[best];
    app.hover = {true, a.start, a.end, analysis::anchor_type_name(a.type), nlohmann::json::array(), card.lines};
    for (const auto& x : card.also)
      app.hover.also.push_back({{"article", x.article}, {"relation", xref::relation_name(app.clusters[card.cluster].relation)},
                                {"outlet", app.outlet_name(x.article)}});
  }
  if (app.pinned.article == article && app.pinned.anchor == best) return;
  ImGui::BeginTooltip();
  ui_card_body(app, card, px, /*interactive=*/false);
  ImGui::EndTooltip();
  // A click (not a drag) on a highlight pins its card, with links to the other sources.
  // The card opens under the highlight's line, so it never covers the words just clicked (a
  // double or triple click goes on selecting a word or a paragraph).
  if (ImGui::IsMouseReleased(0) && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 16 * app.dpr * app.dpr) {
    const auto& an = app.analysis.articles[article].anchors[best];
    float below = ImGui::GetIO().MousePos.y + px * 1.2f, above = -1;
    for (const auto& r : rects_in(e, an.start, an.end))
      if (m.y - e.top >= r.top && m.y - e.top <= r.bottom) {
        below = content_origin.y + e.top + r.bottom + 2 * app.dpr;
        above = content_origin.y + e.top + r.top - 2 * app.dpr;
      }
    app.pending_pin = {{pane, article, best, ImGui::GetIO().MousePos.x, below, above}, app.press.time, true};
    app.wake();
  }
}

// The text layer's paragraphs moved (a huge article measured further): their new tops and heights.
std::string text_layer_positions(const App& app, const ArticleLayout& L, float margin, std::size_t from, std::size_t to) {
  nlohmann::json ps = nlohmann::json::array();
  for (std::size_t i = from; i < to && i < L.paras.size(); ++i) ps.push_back({(L.paras[i].top + margin) / app.dpr, L.paras[i].height / app.dpr});
  return nlohmann::json{{"content_height", (L.height + 2 * margin) / app.dpr}, {"paragraphs", ps}}.dump();
}

// Each pane's layout, and what the measuring between frames needs of it: the text it was last bound
// to in a frame (to know it is still there) and the view's top then; the shift it found, for the
// next frame to scroll by.
struct PaneLayout {
  ArticleLayout layout;
  const char32_t* text = nullptr;
  std::size_t text_size = 0;
  float view_top = 0, pending_shift = 0;
};
PaneLayout g_panes[2];

// A huge article's paragraphs off screen are measured between frames (App::between_frames, each
// tick of the main loop), not in frames drawn for it: such a frame shows nothing new and costs the
// page a whole frame's drawing, and compositing — a long task on a slow machine while the worker
// analyses. A frame is asked for only when the view has to move with the text, or when all is
// measured.
void measure_between_frames(App& app, double budget_ms) {
  for (PaneLayout& p : g_panes) {
    ArticleLayout& L = p.layout;
    if (L.complete() || L.article < 0 || L.article >= static_cast<int>(app.articles.size()) ||
        L.fonts_generation != text_engine().generation)
      continue;
    const std::u32string& text = app.articles[L.article].text;
    if (text.data() != p.text || text.size() != p.text_size) continue;   // moved or gone: the next frame binds it again
    const float shift = L.measure_some(budget_ms, p.view_top);
    p.pending_shift += shift;
    p.view_top += shift;
    if (shift != 0 || L.complete()) app.wake();
  }
}

}  // namespace

float ui_article_pane(App& app, const Fonts& fonts, ImVec2 pos, ImVec2 size, int pane) {
  static RangeRectCache rect_caches[2];
  PaneLayout& pl = g_panes[pane];
  ArticleLayout& layout = pl.layout;
  app.between_frames = measure_between_frames;
  RangeRectCache& rect_cache = rect_caches[pane];
  const bool primary = pane == 0;
  const int article = primary ? app.open : app.second;
  float& scroll_css_ref = primary ? app.scroll_y : app.second_scroll_y;
  std::size_t& scroll_to = primary ? app.scroll_to_offset : app.second_scroll_to;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin(primary ? "##article" : "##article2", nullptr, kFlags);
  ImGui::PopStyleVar();
  app.panes[pane] = {article, {pos.x / app.dpr, pos.y / app.dpr, size.x / app.dpr, size.y / app.dpr}};
  TextEngine& engine = text_engine();
  if (app.articles.empty() || !engine.ready() || article < 0 || article >= static_cast<int>(app.articles.size())) {
    ImGui::TextUnformatted(app.articles.empty() ? "No articles could be loaded." : "The fonts could not be loaded.");
    ImGui::End();
    return 0;
  }
  const auto& a = app.articles[article];
  const float px = fonts.body_px;
  const float margin = px * 1.5f;
  const float text_w = std::max(px * 4, size.x - 2 * margin - ImGui::GetStyle().ScrollbarSize);

  // The article's header (title, outlet, date, link) stays put above the scrolling text.
  const float header_h = ui_article_header(app, fonts, article, pos, size.x);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + header_h));
  ImGui::BeginChild("##text", ImVec2(0, 0), false);
  static ImVec4 layer_rect;
  static ReadingMode layer_mode = ReadingMode::claims;   // the layer's marks follow the reading mode
  if (primary && layer_mode != app.reading_mode) { layer_mode = app.reading_mode; layer_rect = ImVec4(-1, -1, -1, -1); }
  const ImVec2 pane_pos = ImGui::GetWindowPos(), pane_size = ImGui::GetWindowSize();
  const ImVec4 rect(pane_pos.x, pane_pos.y, pane_size.x, pane_size.y);
  static std::uint64_t layer_version = 0;   // the geometry the text layer has
  static double layer_sent = 0;
  if (layout.article != article || layout.fonts_generation != engine.generation) {   // new article, or full fonts arrived
    layout.build(article, a.text, engine.fonts);
    layout.fonts_generation = engine.generation;
    pl.pending_shift = 0;
    if (primary) layer_rect = ImVec4(-1, -1, -1, -1);
  }
  layout.bind(a.text);
  pl.text = a.text.data();
  pl.text_size = a.text.size();
  if (layout.width != text_w || layout.px != px || layout.justify != app.justify) {
    layout.relayout(px, text_w, app.justify);
    pl.pending_shift = 0;
    ImGui::SetScrollY(scroll_css_ref * app.dpr);
    if (primary) layer_rect = ImVec4(-1, -1, -1, -1);
  }
  // A huge article: lay out what is on screen; the rest is measured between frames
  // (measure_between_frames), which keeps the view where it is while the tops above it move.
  const float shift = std::exchange(pl.pending_shift, 0.f);
  {
    if (shift != 0) ImGui::SetScrollY(ImGui::GetScrollY() + shift);   // applied next frame; this one draws at it
    const float view_top = ImGui::GetScrollY() + shift - margin;
    layout.settle(view_top - px * 2, view_top + pane_size.y + px * 2);
    pl.view_top = std::max(0.f, view_top);
    layout.trim();
  }
  // A huge article's text layer holds only the paragraphs within two screens of the view, sent again
  // when the view comes within a screen of its edge: the whole text as DOM cost the browser seconds
  // of style and layout in one task, and again each time the paragraphs moved.
  static std::size_t layer_from = 0, layer_to = 0;
  if (primary && a.text.size() > ArticleLayout::kEagerChars) {
    const float view_top = ImGui::GetScrollY() - margin, h = pane_size.y;
    const bool near_top = layer_from > 0 && layout.para_at(view_top - h) < layer_from;
    const bool near_end = layer_to < layout.paras.size() && layout.para_at(view_top + 2 * h) >= layer_to;
    if (near_top || near_end || layer_to > layout.paras.size()) layer_rect = ImVec4(-1, -1, -1, -1);
    if (layer_rect.x < 0) {
      layer_from = layout.para_at(view_top - 2 * h);
      layer_to = std::min(layout.paras.size(), layout.para_at(view_top + 3 * h) + 1);
    }
  } else if (primary) {
    layer_from = 0;
    layer_to = layout.paras.size();
  }
  if (primary && (rect.x != layer_rect.x || rect.y != layer_rect.y || rect.z != layer_rect.z || rect.w != layer_rect.w)) {
    layer_rect = rect;
    js_text_layer_set(text_layer_model(app, layout, a, pane_pos, pane_size, margin, layer_from, layer_to));
    layer_version = layout.geometry_version();
    layer_sent = app.now;
  } else if (primary && layer_version != layout.geometry_version() && (layout.complete() || app.now - layer_sent > 0.5)) {
    js_text_layer_positions(text_layer_positions(app, layout, margin, layer_from, layer_to));
    layer_version = layout.geometry_version();
    layer_sent = app.now;
  }
  if (primary) {
    if (app.scroll_to_css >= 0) { ImGui::SetScrollY(app.scroll_to_css * app.dpr); app.scroll_to_css = -1; }
    if (ImGui::IsWindowHovered() || !ImGui::GetIO().WantTextInput) apply_scroll_requests(app, px * 1.6f, size.y * 0.9f);
    apply_focus_requests(app, layout, margin, pane_size.y);
  }
  if (scroll_to != static_cast<std::size_t>(-1)) {   // a share link's, a hit's or a cross-reference's passage
    scroll_to_offset(layout, scroll_to, margin, pane_size.y);
    scroll_to = static_cast<std::size_t>(-1);
  }
  if (primary && app.select_all_requested) {
    app.selection = {app.open, 0, a.text.size()};
    app.select_all_requested = false;
  }

  // This frame already draws at the scroll the shift asked for (ImGui applies it next frame).
  const ImVec2 origin(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y - shift);
  const ImVec2 content(origin.x + margin, origin.y + margin);
  const float clip_top = pane_pos.y - px * 2, clip_bottom = pane_pos.y + pane_size.y + px * 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (primary) {
    app.highlight_rects.assign(app.highlight_rects.size(), App::Rect{});
    app.dispute_rects.assign(article < static_cast<int>(app.analysis.articles.size()) ? app.analysis.articles[article].claims.size() : 0, App::Rect{});
    app.find_rects.clear();
    app.find_current_rect = {};
    app.focus_rect = {};
    app.line_edges.clear();
  }
  app.xref_rects[pane] = {};
  const bool has_sel = primary && app.selection.article == app.open && app.selection.end > app.selection.start;
  bool complete = true;
  const float bar_x = content.x + text_w + margin * 0.45f;
  rect_cache.sync(layout, article < static_cast<int>(app.analysis.articles.size()) ? &app.analysis.articles[article] : nullptr);
  // Marks under the text in one channel, glyphs in another: merged, the pane draws with about two
  // draw calls (ImGui's white texture, then the glyph atlas), not two for each paragraph.
  dl->ChannelsSplit(2);
  for (std::size_t pi = 0; pi < layout.paras.size(); ++pi) {
    const ParaEntry& e = layout.paras[pi];
    const float top = content.y + e.top;
    if (top + e.height < clip_top || top > clip_bottom) continue;   // off screen
    if (!e.p) { app.wake(2); continue; }   // scrolled to this frame: laid out on the next
    const ImVec2 o(content.x, top);
    const ParaRects& cached = rect_cache.at(layout, pi);
    dl->ChannelsSetCurrent(0);
    if (primary)
      for (const auto& line : e.p->lines())
        app.line_edges.push_back({(o.x + line.content_left) / app.dpr, (o.x + line.content_right) / app.dpr,
                                  (o.y + line.top) / app.dpr, pi});
    if (primary) draw_link_marks(app, e, o, app.now);
    if (primary) draw_spot(app, article, e, o);
    draw_xref_mark(app, pane, article, e, o, bar_x);
    draw_dispute_marks(app, article, primary, cached, o, bar_x);
    draw_highlights(app, article, primary, cached, o);
    draw_find_marks(app, article, primary, e, o);
    if (has_sel && app.selection.start < e.end && e.start < app.selection.end)
      for (const layout::Rect& r : rect_cache.selection(layout, pi, app.selection.start, app.selection.end))
        dl->AddRectFilled(ImVec2(o.x + r.left, o.y + r.top), ImVec2(o.x + r.right, o.y + r.bottom), palette().selection);
    if (primary) draw_focus_ring(app, e, o);
    dl->ChannelsSetCurrent(1);
    complete &= draw_paragraph(engine, dl, *e.p, o, palette().text, clip_top, clip_bottom);
  }
  dl->ChannelsMerge();
  if (!complete) app.wake(2);   // the atlas was full: it is cleared between frames, draw again
  ImGui::Dummy(ImVec2(text_w + 2 * margin, layout.height + 2 * margin));
  const bool hovered = ImGui::IsWindowHovered();
  if (app.touch.active || app.touch.pending_dy != 0) {
    // A finger drags the text: scroll the pane under it, and select nothing.
    if (primary) app.press.pending = false;
    if (hovered && app.touch.pending_dy != 0) {
      ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - app.touch.pending_dy * app.dpr, 0.f, ImGui::GetScrollMaxY()));
      app.touch.pending_dy = 0;
      app.wake(2);
    }
  } else if (primary) {
    handle_selection(app, layout, content, hovered);
  }
  hover_card(app, pane, article, layout, content, hovered, fonts.ui_px);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  if (hovered && ImGui::IsMouseReleased(0) && app.pinned.article >= 0 && anchor_at(app, article, offset_at(layout, ImVec2(ImGui::GetIO().MousePos.x - content.x, ImGui::GetIO().MousePos.y - content.y))) < 0) {
    app.pinned = {};   // a click beside any highlight closes a pinned card
    app.focus_anchor = -1;
    app.wake();
  }
  if (primary && app.copy_link_requested) {
    app.copy_link_requested = false;
    const std::string fragment = app.selection_link();
    if (!fragment.empty()) js_copy_link(fragment);
  }
  if (primary && app.copy_requested) {
    app.copy_requested = false;
    if (has_sel) js_copy_text(text::to_utf8(std::u32string_view(a.text).substr(app.selection.start, app.selection.end - app.selection.start)));
  }
  const float scroll_css = ImGui::GetScrollY() / app.dpr;
  if (primary && scroll_css != scroll_css_ref) js_text_layer_scroll(scroll_css);
  scroll_css_ref = scroll_css;
  ImGui::EndChild();
  ImGui::End();
  return size.y;
}

}  // namespace isnad::web
