// wasm/main.cpp — the web app's entry: start GLFW + WebGL2 + Dear ImGui, load the corpus, run the
// frame loop. A frame is drawn only when something asked for one (input, resize, loading):
// an idle page draws nothing.
#include <cstdint>
#include <cstdio>
#include <iterator>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app.h"
#include "fonts.h"
#include "glyph_renderer.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/icu_data.h"
#include "js_bridge.h"
#include "platform_html5.h"
#include "theme.h"
#include "ui.h"

namespace {

using namespace isnad::web;

GLFWwindow* g_window = nullptr;
Viewport g_viewport;
Fonts g_fonts;
float g_font_scale = 0;
bool g_ready_announced = false;   // isnad.ready resolves after the first drawn frame

// Input callbacks: forward to ImGui, then ask for a few frames.
void on_mouse_button(GLFWwindow* w, int b, int a, int m) {
  ImGui_ImplGlfw_MouseButtonCallback(w, b, a, m);
  if (b == GLFW_MOUSE_BUTTON_LEFT && a == GLFW_PRESS) {
    App::Press& p = app().press;
    const double now = glfwGetTime();
    p.series = (now - p.time < ImGui::GetIO().MouseDoubleClickTime && p.series < 3) ? p.series + 1 : 1;
    p.time = now;
    p.pending = true;
  }
  app().wake();
}
// Ctrl+wheel zooms the text; the plain wheel scrolls.
void on_wheel(float sx, float sy, bool ctrl) {
  if (ctrl) { if (sy != 0) app().zoom_by(sy > 0 ? 1.1f : 1 / 1.1f); }
  else { ImGuiIO& io = ImGui::GetIO(); io.MouseWheelH += sx; io.MouseWheel += sy; }
  app().wake();
}
// Keys are handled here, in the callback, not by polling in the frame: ImGui 1.86 polls key state
// once a frame and misses a press and release that land between two frames.
//   Ctrl + / - / 0: zoom · Ctrl+A, Ctrl+C, Ctrl+Shift+C: select, copy, copy a link · Ctrl+F: find
//   Enter / Shift+Enter (in the find field) and F3 / Shift+F3: next / previous hit
//   Tab / Shift+Tab: the next / previous highlight (its card opens) · Enter: follow the card's first
//   cross-reference · Esc: close the card, then find, then the second pane
//   arrows, Page Up/Down, Space, Home, End: scroll the article
//   F2: the side panel takes the keyboard (F2 or Esc gives it back); there ↑ ↓ Tab Shift+Tab Home End
//   move between its items, ← → between its tabs, Enter or Space acts as a click
// The side panel's keys while it has the keyboard; false for keys that are not the panel's.
bool panel_key(App& ap, int k, bool shift) {
  using K = App::PanelKey;
  const bool rtl = lang() == Lang::ar;   // the tabs run right to left in Arabic
  switch (k) {
    case GLFW_KEY_DOWN: return ap.panel_key(K::next);
    case GLFW_KEY_UP: return ap.panel_key(K::prev);
    case GLFW_KEY_TAB: return ap.panel_key(shift ? K::prev : K::next);
    case GLFW_KEY_HOME: return ap.panel_key(K::first);
    case GLFW_KEY_END: return ap.panel_key(K::last);
    case GLFW_KEY_LEFT: return ap.panel_key(rtl ? K::next_tab : K::prev_tab);
    case GLFW_KEY_RIGHT: return ap.panel_key(rtl ? K::prev_tab : K::next_tab);
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: case GLFW_KEY_SPACE: return ap.panel_key(K::activate);
    case GLFW_KEY_ESCAPE: return ap.panel_key(K::leave);
    default: return false;
  }
}
void on_key(GLFWwindow* w, int k, int s, int a, int m) {
  ImGui_ImplGlfw_KeyCallback(w, k, s, a, m);
  App& ap = app();
  const bool shift = m & GLFW_MOD_SHIFT;
  if (a != GLFW_RELEASE && (m & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER))) {
    if (k == GLFW_KEY_EQUAL || k == GLFW_KEY_KP_ADD) ap.zoom_by(1.1f);
    else if (k == GLFW_KEY_MINUS || k == GLFW_KEY_KP_SUBTRACT) ap.zoom_by(1 / 1.1f);
    else if (k == GLFW_KEY_0 || k == GLFW_KEY_KP_0) ap.zoom_by(1 / ap.zoom);
    else if (k == GLFW_KEY_A && !ap.find.input_active) ap.select_all_requested = true;
    else if (k == GLFW_KEY_C && shift) ap.copy_link_requested = true;
    else if (k == GLFW_KEY_C && !ap.find.input_active) ap.copy_requested = true;
    else if (k == GLFW_KEY_F) { ap.find.open = true; ap.find.focus_input = true; }
  } else if (a != GLFW_RELEASE) {
    using S = App::Scroll;
    const bool typing = ImGui::GetIO().WantTextInput || ap.find.input_active;
    if (k == GLFW_KEY_F2 && !typing) { ap.panel_key(App::PanelKey::toggle); ap.wake(); return; }
    if (!typing && ap.panel_nav.focused && panel_key(ap, k, shift)) { ap.wake(); return; }
    switch (k) {
      case GLFW_KEY_F3:
        if (ap.find.hits.empty()) { ap.find.open = true; ap.find.focus_input = true; }
        else ap.find_step(shift ? -1 : +1);
        break;
      case GLFW_KEY_ESCAPE: ap.escape(); break;
      case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER:
        if (ap.find.input_active) { ap.find_step(shift ? -1 : +1); ap.find.focus_input = true; }
        else ap.activate_requested = true;
        break;
      case GLFW_KEY_TAB: if (!typing) ap.focus_requests.push_back(shift ? -1 : +1); break;
      case GLFW_KEY_DOWN: if (!typing) ap.scroll_requests.push_back(S::LineDown); break;
      case GLFW_KEY_UP: if (!typing) ap.scroll_requests.push_back(S::LineUp); break;
      case GLFW_KEY_PAGE_DOWN: if (!typing) ap.scroll_requests.push_back(S::PageDown); break;
      case GLFW_KEY_SPACE: if (!typing) ap.scroll_requests.push_back(shift ? S::PageUp : S::PageDown); break;
      case GLFW_KEY_PAGE_UP: if (!typing) ap.scroll_requests.push_back(S::PageUp); break;
      case GLFW_KEY_HOME: if (!typing) ap.scroll_requests.push_back(S::Home); break;
      case GLFW_KEY_END: if (!typing) ap.scroll_requests.push_back(S::End); break;
      default: break;
    }
  }
  ap.wake();
}
void on_char(GLFWwindow* w, unsigned c) { ImGui_ImplGlfw_CharCallback(w, c); app().wake(); }
void on_cursor(GLFWwindow*, double, double) {
  if (!app().touch.active) app().touch.has_pos = false;   // the mouse is back (GLFW also calls this on touchmove)
  app().wake();
}
void on_enter(GLFWwindow* w, int e) { ImGui_ImplGlfw_CursorEnterCallback(w, e); app().wake(); }

// What each task of the loading took, as a performance measure 'isnad-load-<name>' (main, each
// step, the first drawn frame), read by tests/bench/load_profile.mjs and browser_bench.mjs.
void measure_since(const char* name, double start_ms) {
  EM_ASM({ performance.measure('isnad-load-' + UTF8ToString($0), {start: $1, end: performance.now()}); }, name, start_ms);
}

// One frame of the interface built, not yet drawn: ImGui's widgets, the text engine's layouts and
// shaping (cached), and the glyphs they need rasterised into the atlas and uploaded.
void lay_out_frame(App& a, bool with_articles = true) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  platform_new_frame(g_viewport);
  ImGuiIO& io = ImGui::GetIO();
  if (a.touch.has_pos) io.MousePos = ImVec2(a.touch.x * a.dpr, a.touch.y * a.dpr);   // the finger, not the stale mouse
  if (io.DeltaTime <= 0) io.DeltaTime = 1e-4f;   // the clock can stand still (headless, virtual time)
  ImGui::NewFrame();
  TextEngine& engine = text_engine();
  engine.atlas.begin_frame();
  ui_draw(a, g_fonts, with_articles);
  engine.atlas.end_frame();
  a.atlas_width = engine.atlas.width();
  a.atlas_height = engine.atlas.height();
  a.atlas_glyphs = engine.atlas.glyph_count();
}

void frame() {
  App& a = app();
  if (platform_sync_canvas(&g_viewport)) {
    a.width = g_viewport.width; a.height = g_viewport.height; a.dpr = g_viewport.dpr;
    a.wake();
  }
  if (a.dpr * a.zoom != g_font_scale || a.theme_changed) {
    if (a.dpr * a.zoom != g_font_scale) { a.prefs_dirty = true; g_font_scale = a.dpr * a.zoom; fonts_build(g_font_scale, &g_fonts); }
    ui_apply_theme(a.dpr);
    a.theme_changed = false;
  }
  a.now = glfwGetTime();
  a.request_analysis();
  if (a.wake_frames <= 0) return;   // idle: nothing changed, draw nothing
  --a.wake_frames;
  const double t0 = js_now_ms();

  lay_out_frame(a);
  ImGui::Render();
  glViewport(0, 0, a.width, a.height);
  const ImVec4 bg = palette().clear;
  glClearColor(bg.x, bg.y, bg.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  a.record_frame(static_cast<float>(js_now_ms() - t0));
  if (a.prefs_dirty && a.prefs_loaded) { a.prefs_dirty = false; js_prefs_save(a.prefs_json().dump()); }
  if (!a.articles.empty()) js_first_frame();
  // Ready once a frame has laid the interface out: automation reads its rectangles from state()
  // (announced before the loop's first frame, a test could read none).
  if (!g_ready_announced) { g_ready_announced = true; measure_since("first-frame", t0); js_app_ready(); }
}

// Loading, one step a task (emscripten_async_call: a zero timeout, no wait for a frame), so that the
// browser can paint and handle input between them and no task before the first frame runs long:
// ICU's data, the fonts, the sample corpus's bundle (made by the build, `isnad bundle`: nothing is
// analysed here unless another core made it), the reader's choices, the first frame's text shaped,
// then its glyphs rasterised, and the frame loop.
struct LoadStep {
  const char* name;
  void (*run)(App&);
};
void load_icu(App& a) {
  std::string err;
  if (!isnad::text::icu_load_data_file("/isnad/icu.dat", &err) || !isnad::text::icu_selftest(&err)) a.warnings.push_back(err);
}
void load_fonts(App& a) {
  std::string err;
  if (!text_engine_init(&text_engine(), &err)) a.warnings.push_back("text engine: " + err);
}
void load_bundle(App& a) {
  std::string err;
  if (auto bytes = isnad::corpus::read_file("/isnad/sample.bundle", &err)) a.load_sample(*bytes);
  else a.warnings.push_back(err);
}
// The reader's choices, then what the first frame would otherwise build first: the canvas size, the
// interface font's atlas at that size and zoom, and the GL objects (shaders, the atlas texture).
void load_interface(App& a) {
  a.apply_prefs(js_prefs_load());
  a.prefs_loaded = true;
  a.prefs_dirty = false;
  if (platform_sync_canvas(&g_viewport)) { a.width = g_viewport.width; a.height = g_viewport.height; a.dpr = g_viewport.dpr; }
  // The backend's shaders first: creating them uploads whatever atlas there is, so with the interface's
  // atlas built before they would upload it twice (ImGui's default font is small).
  ImGui_ImplOpenGL3_NewFrame();
  g_font_scale = a.dpr * a.zoom;
  fonts_build(g_font_scale, &g_fonts);
  ui_apply_theme(a.dpr);
  a.theme_changed = false;
}
// The first frame built ahead, three times and not drawn, each in a task of its own: the
// interface's strings shaped (no glyph drawn, no article), then the open article laid out and
// shaped, then the glyphs of the first screen rasterised into the atlas and uploaded. The frame the
// loop draws first reads the caches.
void shape_frame(App& a, bool with_articles) {
  a.now = glfwGetTime();
  text_engine().shape_only = true;
  lay_out_frame(a, with_articles);
  text_engine().shape_only = false;
  ImGui::EndFrame();
}
void shape_interface(App& a) { shape_frame(a, false); }
void shape_article(App& a) { shape_frame(a, true); }
void rasterise_first_frame(App& a) {
  a.now = glfwGetTime();
  lay_out_frame(a);
  ImGui::EndFrame();
}
void start(App& a);
constexpr LoadStep kLoadSteps[] = {{"icu", load_icu},         {"fonts", load_fonts},
                                   {"bundle", load_bundle},   {"interface", load_interface},
                                   {"shape-interface", shape_interface}, {"shape-article", shape_article},
                                   {"rasterise", rasterise_first_frame},
                                   {"start", start}};

void load_step(void* arg) {
  const auto i = reinterpret_cast<std::uintptr_t>(arg);
  const double t0 = js_now_ms();
  kLoadSteps[i].run(app());
  measure_since(kLoadSteps[i].name, t0);
  if (i + 1 < std::size(kLoadSteps)) emscripten_async_call(load_step, reinterpret_cast<void*>(i + 1), 0);
}

// The last step: the page's callbacks, then the frame loop.
void start(App& a) {
  for (const auto& w : a.warnings) js_show_message(w);
  set_state_provider([] { return app().state_json(); });
  set_command_handler([](const std::string& command) { return app().command(command); });
  js_install_touch([](int phase, float x, float y) { app().touch_event(phase, x, y); });
  set_text_layer_scrolled([](float y) { app().scroll_to_css = y; app().wake(); });
  set_open_link_handler([](const std::string& fragment) { return app().open_link(fragment, glfwGetTime()); });
  set_add_article_handler([](const std::string& meta, const unsigned char* bytes, std::size_t len) {
    return app().add_reader_article(meta, std::string_view(reinterpret_cast<const char*>(bytes), len));
  });
  set_analysis_handler([](int generation, const unsigned char* bytes, std::size_t len, const std::string& error) {
    app().analysis_arrived(generation, std::string_view(reinterpret_cast<const char*>(bytes), len), error);
  });
  emscripten_set_main_loop(frame, 0, false);   // the one place the loop is started
}

}  // namespace

int main() {
  const double t0 = js_now_ms();
  if (!glfwInit()) { js_show_message(tr("تعذّر تشغيل GLFW", "GLFW could not start")); return 1; }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  g_window = glfwCreateWindow(800, 600, "Isnad", nullptr, nullptr);
  if (!g_window) { js_show_message(tr("تعذّر على هذا المتصفح تشغيل WebGL2.", "This browser could not start WebGL2.")); return 1; }
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;   // the reader's choices are saved by the app, not imgui.ini
  // The backend's cursor calls reach Emscripten's pointer-lock code; platform_html5 sets the CSS cursor.
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGui_ImplGlfw_InitForOpenGL(g_window, /*install_callbacks=*/false);
  glfwSetMouseButtonCallback(g_window, on_mouse_button);
  js_install_wheel(on_wheel);
  glfwSetKeyCallback(g_window, on_key);
  glfwSetCharCallback(g_window, on_char);
  glfwSetCursorPosCallback(g_window, on_cursor);
  glfwSetCursorEnterCallback(g_window, on_enter);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  measure_since("main", t0);
  emscripten_async_call(load_step, nullptr, 0);
  return 0;
}
