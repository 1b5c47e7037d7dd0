#include "js_bridge.h"

#include <cstdlib>

#include <emscripten.h>

// ---- C → JS ---------------------------------------------------------------------------------------
EM_JS(void, isnad_js_canvas_size, (double* out), {
  const c = Module['canvas'];
  const r = c.getBoundingClientRect();
  HEAPF64[out >> 3] = r.width;
  HEAPF64[(out >> 3) + 1] = r.height;
  HEAPF64[(out >> 3) + 2] = window.devicePixelRatio || 1;
});
EM_JS(void, isnad_js_set_canvas_backing, (int w, int h), {
  const c = Module['canvas'];
  if (c.width !== w) c.width = w;
  if (c.height !== h) c.height = h;
});
EM_JS(void, isnad_js_set_cursor, (const char* css), { Module['canvas'].style.cursor = UTF8ToString(css); });
EM_JS(void, isnad_js_app_ready, (), { if (Module['onIsnadReady']) Module['onIsnadReady'](); });
EM_JS(void, isnad_js_first_frame, (), {
  performance.mark('isnad-first-frame');
  if (Module['onIsnadFirstFrame']) Module['onIsnadFirstFrame']();
});
// The message is copied into a JS string here; the caller keeps ownership of its bytes.
EM_JS(void, isnad_js_show_message, (const char* utf8), {
  if (Module['onIsnadMessage']) Module['onIsnadMessage'](UTF8ToString(utf8));
});
EM_JS(void, isnad_js_install_wheel, (), {
  Module['canvas'].addEventListener('wheel', (e) => {
    e.preventDefault();
    // deltaMode: 0 pixels (100 make a step), 1 lines (3 make a step), 2 pages.
    const k = e.deltaMode === 0 ? 1 / 100 : e.deltaMode === 1 ? 1 / 3 : 1;
    Module['_isnad_js_wheel'](-e.deltaX * k, -e.deltaY * k, (e.ctrlKey || e.metaKey) ? 1 : 0);
  }, { passive: false });
});
// The JSON is parsed into a JS object here; the caller keeps ownership of its bytes.
EM_JS(void, isnad_js_text_layer_set, (const char* json), {
  if (window.IsnadTextLayer) window.IsnadTextLayer.set(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, isnad_js_text_layer_positions, (const char* json), {
  if (window.IsnadTextLayer) window.IsnadTextLayer.positions(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, isnad_js_overview_layer_set, (const char* json), {
  const s = UTF8ToString(json);
  if (window.IsnadTextLayer) window.IsnadTextLayer.setOverview(s ? JSON.parse(s) : null);
});
EM_JS(void, isnad_js_text_layer_scroll, (float y), { if (window.IsnadTextLayer) window.IsnadTextLayer.scrollTo(y); });
EM_JS(void, isnad_js_library_open_dialog, (), { window.IsnadLibrary.openDialog(); });
EM_JS(void, isnad_js_library_remove, (const char* id), { window.IsnadLibrary.remove(UTF8ToString(id)); });
EM_JS(void, isnad_js_library_export, (), { window.IsnadLibrary.exportAll(); });
EM_JS(void, isnad_js_library_import, (), { window.IsnadLibrary.openImport(); });
EM_JS(void, isnad_js_copy_text, (const char* utf8), {
  const text = UTF8ToString(utf8);
  if (navigator.clipboard && navigator.clipboard.writeText)
    navigator.clipboard.writeText(text).catch((e) => Module['onIsnadMessage']('Copying failed: ' + e.message));
});
EM_JS(void, isnad_js_copy_link, (const char* fragment), {
  const url = location.href.split('#')[0] + '#' + UTF8ToString(fragment);
  window.IsnadLinks.copied(url);
  if (navigator.clipboard && navigator.clipboard.writeText)
    navigator.clipboard.writeText(url).catch((e) => Module['onIsnadMessage']('Copying the link failed: ' + e.message));
});
// The strings are copied into JS here; the caller keeps ownership of their bytes. The object URL
// is revoked once the click has been handled.
EM_JS(void, isnad_js_download, (const char* name, const char* mime, const char* text), {
  const blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  a.rel = 'noopener';
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});
EM_JS(void, isnad_js_open_url, (const char* url), {
  let u;
  try { u = new URL(UTF8ToString(url)); } catch (e) { return; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return;
  window.open(u.href, '_blank', 'noopener,noreferrer');
});
// The request is copied out of the heap here; the caller keeps ownership of its bytes.
EM_JS(void, isnad_js_analysis_request, (int generation, const unsigned char* bytes, int len, double max_chars, int articles), {
  const request = HEAPU8.slice(bytes, bytes + len);
  if (window.IsnadAnalyser) window.IsnadAnalyser.request(generation, request, max_chars, articles);
  else Module['onIsnadMessage']('analyser.js is missing: the articles cannot be analysed');
});
EM_JS(void, isnad_js_set_page_language, (const char* name), { document.documentElement.lang = UTF8ToString(name); });
EM_JS(double, isnad_js_now_ms, (), { return performance.now(); });
// Returns a UTF-8 copy on the C heap (malloc); the caller frees it.
EM_JS(char*, isnad_js_prefs_load, (), {
  let s = '';
  try { s = localStorage.getItem('isnad.prefs') || ''; } catch (e) { s = ''; }
  const n = lengthBytesUTF8(s) + 1;
  const p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
// The JSON is copied into a JS string here; the caller keeps ownership of its bytes.
EM_JS(void, isnad_js_prefs_save, (const char* json), {
  try { localStorage.setItem('isnad.prefs', UTF8ToString(json)); } catch (e) { /* private mode: choices last this visit */ }
});
EM_JS(void, isnad_js_install_touch, (), {
  const c = Module['canvas'];
  const send = (phase, e) => {
    const t = (e.touches && e.touches[0]) || (e.changedTouches && e.changedTouches[0]);
    if (!t) return;
    const r = c.getBoundingClientRect();
    Module['_isnad_js_touch'](phase, t.clientX - r.left, t.clientY - r.top, e.touches ? e.touches.length : 0);
  };
  c.addEventListener('touchstart', (e) => send(0, e), { passive: true });
  c.addEventListener('touchmove', (e) => send(1, e), { passive: true });
  c.addEventListener('touchend', (e) => send(2, e), { passive: true });
  c.addEventListener('touchcancel', (e) => send(2, e), { passive: true });
});

namespace isnad::web {

namespace {
StateProvider g_state_provider = nullptr;
CommandHandler g_command = nullptr;
TouchHandler g_touch = nullptr;
WheelHandler g_wheel = nullptr;
TextLayerScrolled g_text_layer_scrolled = nullptr;
AddArticleHandler g_add_article = nullptr;
OpenLinkHandler g_open_link = nullptr;
AnalysisHandler g_analysis = nullptr;
}  // namespace

void js_analysis_request(int generation, const std::string& request, double max_chars, int articles) {
  isnad_js_analysis_request(generation, reinterpret_cast<const unsigned char*>(request.data()), static_cast<int>(request.size()),
                            max_chars, articles);
}
void set_analysis_handler(AnalysisHandler h) { g_analysis = h; }

void set_open_link_handler(OpenLinkHandler h) { g_open_link = h; }
void js_copy_link(const std::string& fragment) { isnad_js_copy_link(fragment.c_str()); }
void js_open_url(const std::string& url) { isnad_js_open_url(url.c_str()); }
void js_download(const std::string& file_name, const std::string& mime, const std::string& text) {
  isnad_js_download(file_name.c_str(), mime.c_str(), text.c_str());
}

void set_add_article_handler(AddArticleHandler h) { g_add_article = h; }
void js_library_open_dialog() { isnad_js_library_open_dialog(); }
void js_library_remove(const std::string& id) { isnad_js_library_remove(id.c_str()); }
void js_library_export() { isnad_js_library_export(); }
void js_library_import() { isnad_js_library_import(); }

void js_text_layer_set(const std::string& model_json) { isnad_js_text_layer_set(model_json.c_str()); }
void js_text_layer_positions(const std::string& json) { isnad_js_text_layer_positions(json.c_str()); }
void js_text_layer_scroll(float css_y) { isnad_js_text_layer_scroll(css_y); }
void js_overview_layer_set(const std::string& model_json) { isnad_js_overview_layer_set(model_json.c_str()); }
void set_text_layer_scrolled(TextLayerScrolled h) { g_text_layer_scrolled = h; }

void js_install_wheel(WheelHandler h) { g_wheel = h; isnad_js_install_wheel(); }

CanvasSize js_canvas_size() {
  double v[3];
  isnad_js_canvas_size(v);
  return {v[0], v[1], v[2] > 0 ? v[2] : 1};
}
void js_set_canvas_backing(int w, int h) { isnad_js_set_canvas_backing(w, h); }
void js_copy_text(const std::string& utf8) { isnad_js_copy_text(utf8.c_str()); }
void js_set_cursor(const char* css_cursor) { isnad_js_set_cursor(css_cursor); }
void js_app_ready() { isnad_js_app_ready(); }
void js_first_frame() {
  static bool done = false;
  if (!done) { done = true; isnad_js_first_frame(); }
}
void js_show_message(const std::string& m) { isnad_js_show_message(m.c_str()); }
void js_set_page_language(const char* name) { isnad_js_set_page_language(name); }
double js_now_ms() { return isnad_js_now_ms(); }
void set_state_provider(StateProvider p) { g_state_provider = p; }
void set_command_handler(CommandHandler h) { g_command = h; }
void js_install_touch(TouchHandler h) { g_touch = h; isnad_js_install_touch(); }
std::string js_prefs_load() {
  char* p = isnad_js_prefs_load();
  std::string s = p ? p : "";
  free(p);
  return s;
}
void js_prefs_save(const std::string& json) { isnad_js_prefs_save(json.c_str()); }

}  // namespace isnad::web

// ---- JS → C ---------------------------------------------------------------------------------------
extern "C" {
// window.isnad.state(): returns UTF-8 JSON owned by C++, valid until the next call (JS copies it).
// A wheel event from the canvas (see js_install_wheel).
EMSCRIPTEN_KEEPALIVE void isnad_js_wheel(double sx, double sy, int ctrl) {
  if (isnad::web::g_wheel) isnad::web::g_wheel(static_cast<float>(sx), static_cast<float>(sy), ctrl != 0);
}

// The text layer was scrolled by the browser (find in page): the canvas follows.
EMSCRIPTEN_KEEPALIVE void isnad_js_text_layer_scrolled(double css_y) {
  if (isnad::web::g_text_layer_scrolled) isnad::web::g_text_layer_scrolled(static_cast<float>(css_y));
}

// An article from the reader (web/library.js). JS owns `bytes` and frees it after the call; the
// returned JSON is owned by C++ and valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* isnad_js_add_article(const char* meta_json, const unsigned char* bytes, int len) {
  static std::string answer;
  answer = isnad::web::g_add_article ? isnad::web::g_add_article(meta_json ? meta_json : "", bytes, len > 0 ? len : 0)
                                     : std::string(R"({"ok":false,"error":"the app is not ready","warnings":[]})");
  return answer.c_str();
}

// The analysis worker's answer (web/analyser.js): JS owns `bytes` and frees it after the call.
EMSCRIPTEN_KEEPALIVE void isnad_js_analysis_done(int generation, const unsigned char* bytes, int len, const char* error) {
  if (isnad::web::g_analysis) isnad::web::g_analysis(generation, bytes, len > 0 ? static_cast<std::size_t>(len) : 0, error ? error : "");
}

// A share link's fragment (without '#'); the answer is owned by C++ until the next call.
EMSCRIPTEN_KEEPALIVE const char* isnad_js_open_link(const char* fragment) {
  static std::string answer;
  answer = isnad::web::g_open_link ? isnad::web::g_open_link(fragment ? fragment : "")
                                   : std::string(R"({"ok":false,"error":"the app is not ready"})");
  return answer.c_str();
}

// A command from window.isnad (JSON); the answer is owned by C++ until the next call.
EMSCRIPTEN_KEEPALIVE const char* isnad_js_command(const char* json) {
  static std::string answer;
  answer = isnad::web::g_command ? isnad::web::g_command(json ? json : "")
                                 : std::string(R"({"ok":false,"error":"the app is not ready"})");
  return answer.c_str();
}

// A touch on the canvas (see js_install_touch): one finger's CSS position; more fingers are ignored.
EMSCRIPTEN_KEEPALIVE void isnad_js_touch(int phase, double x, double y, int fingers) {
  if (isnad::web::g_touch && (fingers <= 1 || phase == 2)) isnad::web::g_touch(phase, static_cast<float>(x), static_cast<float>(y));
}

EMSCRIPTEN_KEEPALIVE const char* isnad_js_state() {
  static std::string json;
  json = isnad::web::g_state_provider ? isnad::web::g_state_provider() : std::string("{}");
  return json.c_str();
}
}
