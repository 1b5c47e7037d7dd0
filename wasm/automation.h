// wasm/automation.h — what the page reports to automation and benchmarks (window.isnad.state().ui):
// where each control and highlight was drawn this frame, in CSS pixels, and what frames cost. The
// ui_*.cpp files write it while drawing; app.cpp's state_json reads it. Nothing in the reader acts on it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace isnad::web {

struct AutomationRecorder {
  struct Rect { float x, y, w, h; };   // CSS pixels
  std::uint64_t frames_drawn = 0;
  std::vector<float> frame_cpu_ms;     // CPU time of the last frames drawn (at most 256)
  int atlas_width = 0, atlas_height = 0;   // the glyph atlas
  std::size_t atlas_glyphs = 0;
  void record_frame(float cpu_ms);

  std::vector<Rect> mode_button_rects;        // the toolbar's reading-mode buttons
  Rect header_link_rect{};                    // the article header's link, when drawn
  std::vector<Rect> dispute_rects;            // per claim of the open article: its dispute bar, where drawn
  std::vector<Rect> article_list_rects;
  std::vector<Rect> remove_button_rects;      // per article; zero size for the sample corpus
  Rect add_button_rect{}, confirm_button_rect{};
  std::vector<Rect> legend_rects;             // per highlight group (highlight_style.h)
  Rect copy_link_rect{};
  std::vector<Rect> highlight_rects;          // per anchor of the open article, where drawn this frame
  Rect card_rect{};                           // the pinned card's window
  std::vector<Rect> card_link_rects;          // its links to other sources
  Rect focus_rect{};                          // the focused highlight's first rectangle
  Rect lang_button_rect{}, theme_button_rect{}, justify_button_rect{};
  // The primary pane's lines on screen this frame: each line's ink edges.
  struct LineEdge { float left, right, y; std::size_t paragraph; };
  std::vector<LineEdge> line_edges;
  std::vector<Rect> panel_tab_rects;
  std::vector<Rect> panel_row_rects;          // the rows of the shown panel
  std::vector<std::string> panel_row_ids;     // what each row is ("cluster:3:1", "entity:5", …)
  std::vector<Rect> claim_filter_rects;
  std::vector<Rect> find_rects;               // hits marked on screen this frame
  Rect find_current_rect{};                   // the current hit's first rectangle, when on screen
  Rect find_input_rect{}, find_close_rect{}, find_next_rect{}, find_prev_rect{}, find_button_rect{};
  std::vector<Rect> find_result_rects;
  Rect xref_close_rect{}, xref_next_rect{}, xref_prev_rect{};
  Rect xref_rects[2] = {};                    // per pane: the marked passage's first rectangle on screen
  Rect overview_csv_rect{}, overview_md_rect{};
  Rect export_button_rect{};
};

}  // namespace isnad::web
