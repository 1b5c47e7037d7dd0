// wasm/app.h — the reader's state: the corpus, what is open, and what the page reports.
// Plain data plus a few helpers; drawing lives in ui_*.cpp, platform glue in platform_html5.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/title.h"
#include "isnad/xref/sources.h"
#include "isnad/corpus/corpus.h"
#include "isnad/search/search.h"
#include "isnad/xref/xref.h"
#include "i18n.h"
#include "reading_mode.h"
#include "theme.h"

namespace isnad::web {

struct App {
  std::vector<corpus::Article> articles;
  std::vector<std::string> reader_ids;   // per article: the storage id of a reader's own article, or ""
  analysis::Analysis analysis;           // of `articles`, redone whenever the corpus changes
  // A huge article is analysed up to a bound, so that its anchors, claims and cross-references stay
  // within the page's heap and a few seconds of work: about 2 MB of Arabic, far beyond any news
  // article. The rest is shown, searchable and selectable, without highlights; the page says so.
  static constexpr std::size_t kAnalyseMaxChars = 1000000;
  std::vector<std::size_t> analysed_chars;   // per article: code points analysed (the text's size unless huge)
  std::vector<xref::Cluster> clusters;   // the same facts across articles
  std::vector<std::vector<int>> claim_cluster;   // [article][claim] → index into clusters, or -1
  std::vector<xref::ClusterSources> sources;     // [cluster] → outlets and independent sources, once per analysis
  std::vector<int> disputed_claims;              // per article: claims in a `disagree` cluster
  int cluster_of(std::size_t article, std::size_t claim) const;   // -1 when reported by one article only
  int claim_at(std::size_t article, std::size_t offset) const;    // the claim covering an offset, or -1
  std::string outlet_name(std::size_t article) const;
  // Per article: its headline or first real sentence, and its "المصدر:" / "الرابط:" lines
  // (core/analysis/title.h), read once per analysis.
  std::vector<analysis::ArticleHeader> headers;
  std::string title(std::size_t article) const;      // the title a reader gave, else the header's, else the first line
  std::string link(std::size_t article) const;       // the metadata URL, else the text's "الرابط:" line, or ""
  // How much of the article is coloured (reading_mode.h), remembered with the other choices.
  ReadingMode reading_mode = ReadingMode::claims;
  void set_reading_mode(ReadingMode m);
  std::vector<std::vector<std::uint8_t>> anchor_disputed;      // [article][anchor]: inside a disputed check-worthy claim
  AnchorMark mark_of(std::size_t article, std::size_t anchor) const;
  bool show_type[9] = {true, true, true, true, true, true, true, true, true};   // per AnchorType: highlighted?
  std::vector<std::string> warnings;
  std::string corpus_name;
  int open = 0;                  // index into articles of the article shown
  float scroll_y = 0;            // the article pane's scroll offset, in CSS pixels
  std::uint64_t frames_drawn = 0;
  std::vector<float> frame_cpu_ms;
  int atlas_width = 0, atlas_height = 0;   // the glyph atlas, for state() and benchmarks
  std::size_t atlas_glyphs = 0;   // CPU time of the last frames drawn (at most 256), for benchmarks
  int wake_frames = 2;           // frames still to draw; input and resizes set it (idle = 0 frames)
  float dpr = 1;                 // device pixels per CSS pixel
  float zoom = 1;                // the reader's text zoom
  int width = 0, height = 0;     // canvas backing store, device pixels

  struct Rect { float x, y, w, h; };   // CSS pixels, for automation (state().ui)
  std::vector<Rect> mode_button_rects;                          // the toolbar's reading-mode buttons
  Rect header_link_rect{};                                      // the article header's link, when drawn
  std::vector<Rect> dispute_rects;                              // per claim of the open article: its dispute bar, where drawn
  std::vector<Rect> article_list_rects;
  std::vector<Rect> remove_button_rects;   // per article; zero size for the sample corpus
  Rect add_button_rect{}, confirm_button_rect{};
  std::vector<Rect> legend_rects;
  Rect copy_link_rect{};
  std::vector<Rect> highlight_rects;        // per anchor of the open article, where drawn this frame          // per highlight group (highlight_style.h)
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
  Rect card_rect{};                        // the pinned card's window (CSS px), for automation
  std::vector<Rect> card_link_rects;       // its links to other sources
  Rect focus_rect{};                       // the focused highlight's first rectangle (CSS px)
  struct PaneInfo { int article = -1; Rect rect{}; };
  PaneInfo panes[2];                       // where each pane was drawn this frame

  // The reader's choices (app_prefs.cpp), kept in localStorage through the bridge: language, theme,
  // zoom, legend toggles, the open article and side-panel tab.
  bool prefs_dirty = false;        // saved after the frame
  bool theme_changed = false;      // ImGui's style is rebuilt before the next frame
  void set_language(Lang l);
  void set_theme(Theme t);
  nlohmann::json prefs_json() const;
  void apply_prefs(const std::string& json);   // ignores what it does not understand
  Rect lang_button_rect{}, theme_button_rect{};
  // The article body ragged (start-aligned, the engine's Align::start) or justified (Align::justify).
  bool justify = false;
  Rect justify_button_rect{};
  void set_justify(bool on);
  // The primary pane's lines on screen this frame (CSS px): each line's ink edges, for automation.
  struct LineEdge { float left, right, y; std::size_t paragraph; };
  std::vector<LineEdge> line_edges;
  // The side panel's tab (ui_side_panel.cpp).
  enum class Panel { articles, sources, claims, entities, timeline, overview };
  static constexpr int kPanelCount = 6;
  Panel panel = Panel::articles;
  std::vector<Rect> panel_tab_rects;
  std::vector<Rect> panel_row_rects;       // the rows of the shown panel (CSS px), for automation
  std::vector<std::string> panel_row_ids;  // what each row is ("cluster:3:1", "entity:5", …)
  // A passage the panels point at (a mention, a dated claim, a single-source claim), marked in the
  // primary pane.
  struct Spot { int article = -1; std::size_t start = 0, end = 0; };
  Spot spot;
  void show_spot(int article, std::size_t start, std::size_t end);
  struct EntityWalk { int entity = -1, mention = -1; };
  EntityWalk entity_walk;                  // clicking an entity walks through its mentions
  void entity_step(int entity);
  enum class ClaimFilter { all, disagree, agree, partial, single };
  ClaimFilter claim_filter = ClaimFilter::all;
  std::vector<Rect> claim_filter_rects;
  bool claims_by_size = false;             // sort clusters by number of sources (else disputes first)
  // The side panel by keyboard (F6 enters and leaves it): the focused item among those the shown
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
  bool panel_key(PanelKey k);  // false when the key is not the panel's (it is not focused)

  bool prefs_loaded = false;       // nothing is saved before the stored choices were applied
  // The remembered open article when it is not (yet) in the reader: a reader's own article comes
  // back from IndexedDB after the choices are applied, and is opened then. Its file name
  // ("reader:<storage id>") is stable. Saved as the open article until the reader opens another.
  std::string pending_open;
  // window.isnad's commands (app_commands.cpp): JSON in, JSON out.
  std::string command(const std::string& json);
  void escape();                   // Esc
  void activate();                 // Enter on a focused or pinned card: follow its first cross-reference
  // Touch: a one-finger drag scrolls the pane under it (the page gets touches from GLFW as a mouse).
  // Emscripten 3.1.6's GLFW turns a touch into a press and release at the last *mouse* position
  // and never moves the cursor with the finger, so the finger's position is kept here and given
  // to ImGui as the mouse position (main.cpp) until the mouse moves again.
  struct Touch { bool active = false, moved = false, has_pos = false; float x = 0, y = 0, last_y = 0, pending_dy = 0; };
  Touch touch;
  void touch_event(int phase, float x_css, float y_css);   // 0 start, 1 move, 2 end

  void wake(int frames = 4) { if (wake_frames < frames) wake_frames = frames; }
  // Keyboard scrolling, queued by the key callback: ImGui 1.86 polls key state once a frame and
  // misses a press and release that land between two frames.
  enum class Scroll { LineDown, LineUp, PageDown, PageUp, Home, End };
  std::vector<Scroll> scroll_requests;
  float scroll_to_css = -1;
  struct Selection { int article = -1; std::size_t start = 0, end = 0; };   // code points of the article
  Selection selection;
  bool select_all_requested = false, copy_requested = false;
  // Presses of the left button counted in the GLFW callback: a double-click can fall inside one
  // frame, where ImGui 1.86's polling sees a single press. series: 1, 2 or 3 (word, paragraph).
  struct Press { bool pending = false; int series = 0; double time = -1; };
  Press press;   // Ctrl+A, Ctrl+C (from the key callback)      // an absolute scroll request (the text layer followed find), or -1

  void open_article(int index);
  void analyse();                  // runs the analysis core over all articles

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
  search::Index search_index;      // of `articles`, rebuilt with the analysis
  void find_run(const std::string& query);   // searches and moves to the first hit (in the open article, if any)
  void find_step(int delta);       // next (+1) / previous (-1), wrapping
  void find_go(int index);         // shows hit `index`
  void find_close();
  nlohmann::json find_json() const;
  std::vector<Rect> find_rects;    // hits marked on screen this frame (CSS px), for automation
  Rect find_current_rect{};        // the current hit's first rectangle, when on screen
  Rect find_input_rect{}, find_close_rect{}, find_next_rect{}, find_prev_rect{}, find_button_rect{};
  std::vector<Rect> find_result_rects;

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
  // Opens claim `claim` of `article` (a member of a cluster) beside the primary pane; `from` is the
  // member the reader came from (shown in the primary pane), -1 to keep the primary article.
  bool open_xref(int cluster, int to_member, int from_member = -1);
  bool xref_step(int delta);       // the next / previous source of the cluster in the second pane
  void close_second();
  nlohmann::json xref_json() const;
  Rect xref_close_rect{}, xref_next_rect{}, xref_prev_rect{};
  Rect xref_rects[2] = {};         // per pane: the marked passage's first rectangle on screen (CSS px)

  // Share links (core/links): open one from a URL fragment, or make one for the selection.
  struct LinkMark { std::size_t start, end; const char* how; };
  std::vector<LinkMark> link_marks;        // passages of the open link, in the open article
  int link_article = -1;
  double flash_until = 0;                  // seconds (on `now`'s clock): the marks flash once on arrival
  double now = 0;                          // seconds since start, set at the top of each frame
  std::size_t scroll_to_offset = static_cast<std::size_t>(-1);   // bring this code point into view
  std::string open_link(const std::string& fragment, double now);   // JSON {ok, error, placements}
  std::string selection_link() const;      // the fragment for the selection, or "" without one
  bool copy_link_requested = false;        // Ctrl+Shift+C
  // The open article's highlights and claims as W3C Web Annotations (core/links/web_annotation),
  // saved by the browser as "<article>.annotations.json". Returns {ok, file, total} or {ok, error}.
  nlohmann::json export_annotations();
  // The story overview (overview_data.h) as "<corpus>.overview.csv" or ".overview.md", through the
  // same download. Returns {ok, file, rows, text} or {ok, error}.
  nlohmann::json export_overview(const std::string& format);
  Rect overview_csv_rect{}, overview_md_rect{};
  bool overview_narrow = false;            // the overview's columns show the outlets' initials (many articles)
  Rect export_button_rect{};
  // A reader's article: metadata JSON {id, title, outlet, date, url, open} and the file's bytes.
  // Returns {ok, file, warnings, error} as JSON; never throws.
  std::string add_reader_article(const std::string& meta_json, std::string_view bytes);
  void remove_article(int index);   // a reader's article only; also removes it from storage
  void zoom_by(float factor);
  void record_frame(float cpu_ms);      // clamped to 50%–300%
  std::string state_json() const;
  nlohmann::json selection_json() const;
  nlohmann::json highlights_json() const;   // the open article's anchors
  nlohmann::json link_json() const;
  nlohmann::json clusters_summary() const;         // the open link's marks, if it is in the open article  // what window.isnad.state() returns
};

App& app();  // the one instance (the Emscripten main loop is a plain C callback)

}  // namespace isnad::web
