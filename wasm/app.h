// wasm/app.h — the reader: its model (reader/reader_model.h: the corpus and what the analysis says),
// its view (view_state.h: what is open, the choices, queued input) and what it reports to
// automation (automation.h), with the actions that change them. Drawing lives in ui_*.cpp, platform
// glue in platform_html5.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "automation.h"
#include "isnad/text/utf8.h"
#include "i18n.h"
#include "reader/reader_model.h"
#include "reading_mode.h"
#include "theme.h"
#include "view_state.h"

namespace isnad::web {

struct App : ReaderModel, ViewState, AutomationRecorder {
  using Rect = AutomationRecorder::Rect;

  // The corpus changed (an article added or removed) or its analysis arrived: ask the analysis
  // worker for what is not analysed, and let the view follow (find again, close the second pane,
  // whose indexes changed).
  void corpus_changed();
  void view_follows_corpus();
  // The sample corpus, from the bundle the build made (its analysis included when this core made
  // it); false when the bundle could not be read.
  bool load_sample(std::string_view bundle_bytes);
  // Sends the analysis worker the articles, when the corpus changed since the last request: once a
  // frame at most, so that articles added together (an import, the stored ones on load) go as one.
  // Each tick of the main loop (drawn or idle) it first does a few milliseconds of the work that
  // waits between frames (work_between_frames).
  void request_analysis();
  // A slice of the worker's answer read, a slice of a huge added article's search text folded (find
  // looks again when it is complete), then between_frames: the article pane measures its huge article's paragraphs off screen
  // (ui_article_view.cpp). No frame is drawn for it unless the view changes.
  void work_between_frames();
  void (*between_frames)(App& app, double budget_ms) = nullptr;
  // The analysis worker's answer to request `generation` (web/analyser.js), or why it failed. The
  // answer is read between frames (work_between_frames: a 10 MB article's is tens of thousands of
  // anchors), then taken or refused (analysis_read); `analysing` stays true until then.
  void analysis_arrived(int generation, std::string_view answer, const std::string& error);
  void analysis_read(bool adopted, std::string why);
  int analysis_generation = 0;     // of the last request sent
  bool analysis_wanted = false;    // the corpus changed: a request goes out before the next frame
  bool analysing = false;          // a request is wanted or out: the articles are shown, their highlights to come

  std::string outlet_name(std::size_t article) const;   // the outlet, else "unknown source" in the interface language
  AnchorMark mark_of(std::size_t article, std::size_t anchor) const;
  void set_reading_mode(ReadingMode m);
  void set_language(Lang l);
  void set_theme(Theme t);
  void set_justify(bool on);
  nlohmann::json prefs_json() const;
  void apply_prefs(const std::string& json);   // ignores what it does not understand
  void show_spot(int article, std::size_t start, std::size_t end);
  void entity_step(int entity);
  bool panel_key(PanelKey k);  // false when the key is not the panel's (it is not focused)
  // window.isnad's commands (app_commands.cpp): JSON in, JSON out.
  std::string command(const std::string& json);
  void escape();                   // Esc
  void activate();                 // Enter on a focused or pinned card: follow its first cross-reference
  void touch_event(int phase, float x_css, float y_css);   // 0 start, 1 move, 2 end
  void open_article(int index);
  void zoom_by(float factor);

  void find_run(const std::string& query);   // searches and moves to the first hit (in the open article, if any)
  void find_step(int delta);       // next (+1) / previous (-1), wrapping
  void find_go(int index);         // shows hit `index`
  void find_close();
  nlohmann::json find_json() const;

  // Opens claim `claim` of `article` (a member of a cluster) beside the primary pane; `from` is the
  // member the reader came from (shown in the primary pane), -1 to keep the primary article.
  bool open_xref(int cluster, int to_member, int from_member = -1);
  bool xref_step(int delta);       // the next / previous source of the cluster in the second pane
  void close_second();
  nlohmann::json xref_json() const;

  // Share links (core/links): open one from a URL fragment, or make one for the selection.
  std::string open_link(const std::string& fragment, double now);   // JSON {ok, error, placements}
  std::string selection_link() const;      // the fragment for the selection, or "" without one
  // The open article's highlights and claims as W3C Web Annotations (core/links/web_annotation),
  // saved by the browser as "<article>.annotations.json". Returns {ok, file, total} or {ok, error}.
  nlohmann::json export_annotations();
  // The story overview (overview_data.h) as "<corpus>.overview.csv" or ".overview.md", through the
  // same download. Returns {ok, file, rows, text} or {ok, error}.
  nlohmann::json export_overview(const std::string& format);
  // A reader's article: metadata JSON {id, title, outlet, date, url, open} and the file's bytes
  // (the last of them, after parts sent with {part: true}, decoded as they came). Returns
  // {ok, file, warnings, error} as JSON; never throws.
  std::string add_reader_article(const std::string& meta_json, std::string_view bytes);
  void remove_article(int index);   // a reader's article only; also removes it from storage

  // What window.isnad.state() returns.
  std::string state_json() const;
  nlohmann::json selection_json() const;
  nlohmann::json highlights_json() const;   // the open article's anchors
  nlohmann::json link_json() const;         // the open link's marks, if it is in the open article
  nlohmann::json clusters_summary() const;

 private:
  void add_decoded_part(std::string_view bytes);
  text::Utf8Decoded reader_parts_;        // the parts of a big article decoded so far
  std::size_t reader_part_bytes_ = 0;
};

App& app();  // the one instance (the Emscripten main loop is a plain C callback)

}  // namespace isnad::web
