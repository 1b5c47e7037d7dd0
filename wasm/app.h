// wasm/app.h — the reader's state: the corpus, what is open, and what the page reports.
// Plain data plus a few helpers; drawing lives in ui_*.cpp, platform glue in platform_html5.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/xref/xref.h"
#include "isnad/corpus/corpus.h"

namespace isnad::web {

struct App {
  std::vector<corpus::Article> articles;
  std::vector<std::string> reader_ids;   // per article: the storage id of a reader's own article, or ""
  analysis::Analysis analysis;           // of `articles`, redone whenever the corpus changes
  std::vector<xref::Cluster> clusters;   // the same facts across articles
  std::vector<std::vector<int>> claim_cluster;   // [article][claim] → index into clusters, or -1
  std::vector<int> disputed_claims;              // per article: claims in a `disagree` cluster
  int cluster_of(std::size_t article, std::size_t claim) const;   // -1 when reported by one article only
  int claim_at(std::size_t article, std::size_t offset) const;    // the claim covering an offset, or -1
  std::string outlet_name(std::size_t article) const;
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
  std::vector<Rect> article_list_rects;
  std::vector<Rect> remove_button_rects;   // per article; zero size for the sample corpus
  Rect add_button_rect{}, confirm_button_rect{};
  std::vector<Rect> legend_rects;
  Rect copy_link_rect{};
  std::vector<Rect> highlight_rects;        // per anchor of the open article, where drawn this frame          // per highlight group (highlight_style.h)
  struct Hover { bool shown = false; std::size_t start = 0, end = 0; const char* type = ""; nlohmann::json also; };
  Hover hover;                             // the highlight whose card is showing

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
