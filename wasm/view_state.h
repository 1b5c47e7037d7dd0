// wasm/view_state.h — how the reader is looking at the corpus: the open article and its scroll, the
// panes, the side panel, find, the selection and the cards; the reader's choices (language, theme,
// zoom, reading mode); and the input that callbacks queue between frames. Plain data: the App's
// methods (app*.cpp) change it, the ui_*.cpp files draw from it. The corpus itself is ReaderModel.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "automation.h"
#include "isnad/search/search.h"
#include "reading_mode.h"

namespace isnad::web {

struct ViewState {
  using Rect = AutomationRecorder::Rect;
  // How much of the article is coloured (reading_mode.h), remembered with the other choices.
  ReadingMode reading_mode = ReadingMode::claims;
  bool show_type[9] = {true, true, true, true, true, true, true, true, true};   // per AnchorType: highlighted?
  std::vector<std::string> warnings;
  int open = 0;                  // index into articles of the article shown
  float scroll_y = 0;            // the article pane's scroll offset, in CSS pixels
  int wake_frames = 2;           // frames still to draw; input and resizes set it (idle = 0 frames)
  float dpr = 1;                 // device pixels per CSS pixel
  float zoom = 1;                // the reader's text zoom
  int width = 0, height = 0;     // canvas backing store, device pixels
  void wake(int frames = 4) { if (wake_frames < frames) wake_frames = frames; }

  struct Hover { bool shown = false; std::size_t start = 0, end = 0; const char* type = ""; nlohmann::json also, lines; };
  Hover hover;                             // the highlight whose card is showing
  // A card kept open (a click on a highlight, or keyboard focus): it holds links to the other sources.
  // x, y: device px, where the card hangs below the clicked line; y_above: that line's top (the card
  // goes above it near the bottom of the window), -1 when unknown.
  struct PinnedCard { int pane = -1, article = -1, anchor = -1; float x = 0, y = 0, y_above = -1; };
  PinnedCard pinned;
  // A click pins the card only once no second click follows (a double or triple click selects):
  // the card waits for the double-click time, the frames ticking until then.
  struct PendingPin { PinnedCard card; double press_time = -1; bool set = false; };
  PendingPin pending_pin;
  int focus_anchor = -1;                   // Tab focus: index into the open article's anchors, or -1
  std::vector<int> focus_requests;         // queued by the key callback: +1 Tab, -1 Shift+Tab
  bool activate_requested = false;         // Enter outside a text field: follow the focused card
  bool escape_requested = false;           // Esc: close the card, then the second pane, then find
  struct PaneInfo { int article = -1; Rect rect{}; };
  PaneInfo panes[2];                       // where each pane was drawn this frame (CSS px)

  // The reader's choices (app_prefs.cpp), kept in localStorage through the bridge: language, theme,
  // zoom, legend toggles, the open article and side-panel tab.
  bool prefs_dirty = false;        // saved after the frame
  bool theme_changed = false;      // ImGui's style is rebuilt before the next frame
  bool prefs_loaded = false;       // nothing is saved before the stored choices were applied
  // The article body ragged (start-aligned, the engine's Align::start) or justified (Align::justify).
  bool justify = false;
  // The remembered open article when it is not (yet) in the reader: a reader's own article comes
  // back from IndexedDB after the choices are applied, and is opened then. Its file name
  // ("reader:<storage id>") is stable. Saved as the open article until the reader opens another.
  std::string pending_open;

  // The side panel's tab (ui_side_panel.cpp).
  enum class Panel { articles, sources, claims, entities, timeline, overview };
  static constexpr int kPanelCount = 6;
  Panel panel = Panel::articles;
  // A passage the panels point at (a mention, a dated claim, a single-source claim), marked in the
  // primary pane.
  struct Spot { int article = -1; std::size_t start = 0, end = 0; };
  Spot spot;
  struct EntityWalk { int entity = -1, mention = -1; };
  EntityWalk entity_walk;                  // clicking an entity walks through its mentions
  enum class ClaimFilter { all, disagree, agree, partial, single };
  ClaimFilter claim_filter = ClaimFilter::all;
  bool claims_by_size = false;             // sort clusters by number of sources (else disputes first)
  // The side panel by keyboard (F2 enters and leaves it): the focused item among those the shown
  // panel drew last frame (its rows, and its buttons such as the claims' filters), in drawing order;
  // Enter does what a click does. ui_panel_nav_item (ui_panel_rows.h) draws the ring and reports Enter.
  struct PanelNav {
    bool focused = false;
    int item = 0;              // index of the focused item
    int count = 0;             // items the panel drew last frame
    int drawn = 0;             // items drawn so far this frame
    bool activate = false;     // Enter: the focused item acts this frame
    bool scroll = false;       // bring the focused item into view
    int scroll_tries = 0;
    Rect rect{};               // the focused item on screen (CSS px), for automation
  };
  PanelNav panel_nav;
  enum class PanelKey { next, prev, first, last, next_tab, prev_tab, activate, toggle, leave };
  bool overview_narrow = false;            // the overview's columns show the outlets' initials (many articles)

  // Touch: a one-finger drag scrolls the pane under it (the page gets touches from GLFW as a mouse).
  // Emscripten 3.1.6's GLFW turns a touch into a press and release at the last *mouse* position
  // and never moves the cursor with the finger, so the finger's position is kept here and given
  // to ImGui as the mouse position (main.cpp) until the mouse moves again.
  struct Touch { bool active = false, moved = false, has_pos = false; float x = 0, y = 0, last_y = 0, pending_dy = 0; };
  Touch touch;
  // Keyboard scrolling, queued by the key callback: ImGui 1.86 polls key state once a frame and
  // misses a press and release that land between two frames.
  enum class Scroll { LineDown, LineUp, PageDown, PageUp, Home, End };
  std::vector<Scroll> scroll_requests;
  float scroll_to_css = -1;        // an absolute scroll request (the text layer followed find), or -1
  struct Selection { int article = -1; std::size_t start = 0, end = 0; };   // code points of the article
  Selection selection;
  bool select_all_requested = false, copy_requested = false;   // Ctrl+A, Ctrl+C (from the key callback)
  // Presses of the left button counted in the GLFW callback: a double-click can fall inside one
  // frame, where ImGui 1.86's polling sees a single press. series: 1, 2 or 3 (word, paragraph).
  struct Press { bool pending = false; int series = 0; double time = -1; };
  Press press;

  // Find (Ctrl+F, app_find.cpp): every article searched with core/search; the current hit is shown
  // in the primary pane, every hit of the shown articles is marked.
  struct Find {
    bool open = false;             // the find bar is shown
    bool focus_input = false;      // give the query field the keyboard next frame
    std::string query;             // UTF-8
    std::vector<search::Hit> hits;
    std::vector<search::Context> contexts;
    int current = -1;              // index into hits
    bool scroll_list = false;      // bring the current result into view in the list
    bool input_active = false;     // the query field has the keyboard (Enter steps, arrows edit), until a click elsewhere
  };
  Find find;

  // Two panes (app_xref.cpp): following a cross-reference opens the other article beside the
  // first, both passages marked; the reader walks the cluster source by source.
  struct Xref {
    int cluster = -1;              // index into clusters, or -1 when one pane is shown
    int from = -1;                 // the member (index into clusters[cluster].claims) in the primary pane
    int to = -1;                   // the member in the second pane
  };
  Xref xref;
  int second = -1;                 // the article in the second pane, or -1
  float second_scroll_y = 0;       // its scroll offset, CSS pixels
  std::size_t second_scroll_to = static_cast<std::size_t>(-1);

  // Share links (core/links): the open link's passages, in the open article.
  struct LinkMark { std::size_t start, end; const char* how; };
  std::vector<LinkMark> link_marks;
  int link_article = -1;
  double flash_until = 0;                  // seconds (on `now`'s clock): the marks flash once on arrival
  double now = 0;                          // seconds since start, set at the top of each frame
  std::size_t scroll_to_offset = static_cast<std::size_t>(-1);   // bring this code point into view
  bool copy_link_requested = false;        // Ctrl+Shift+C
};

}  // namespace isnad::web
