// wasm/js_bridge.h — the only door between the C++ app and the page's JavaScript.
//
// Names say the direction: js_* are C→JS calls (EM_JS, into hooks that web/boot.js defines on
// Module); isnad_js_* are JS→C exports (EMSCRIPTEN_KEEPALIVE) that only check and forward.
// Text crosses as UTF-8. The bridge decides nothing the core could decide.
#pragma once
#include <cstddef>
#include <string>

namespace isnad::web {

struct CanvasSize { double css_w = 0, css_h = 0, dpr = 1; };

CanvasSize js_canvas_size();                 // CSS size of the canvas and window.devicePixelRatio
void js_set_canvas_backing(int w, int h);    // canvas.width/height (the backing store, device pixels)
void js_set_cursor(const char* css_cursor);  // canvas.style.cursor ("default", "pointer", "text", …)
void js_app_ready();                         // resolves window.isnad.ready, hides the loading screen
void js_first_frame();                       // performance.mark('isnad-first-frame'), once
void js_show_message(const std::string& m);  // a visible message on the page (errors, warnings)
void js_set_page_language(const char* name);  // <html lang>: the page's own messages follow it (web/boot.js tr)
double js_now_ms();
void js_copy_text(const std::string& utf8);  // navigator.clipboard.writeText (the logical text)                          // performance.now()

// Wheel events, read by the bridge itself: Emscripten 3.1.6's GLFW passes the browser's deltaY in
// pixels and with the wrong sign. The handler gets steps (positive = away from the reader, i.e.
// scroll up, GLFW's convention) and whether Ctrl/Cmd was held.
using WheelHandler = void (*)(float steps_x, float steps_y, bool ctrl);
void js_install_wheel(WheelHandler h);

// The DOM text layer (web/text_layer.js): its content and geometry as JSON, and its scroll offset
// (CSS pixels). When the browser scrolls it (find in page), the handler gets the new offset.
void js_text_layer_set(const std::string& model_json);
// New geometry for the same paragraphs: {"content_height", "paragraphs": [[top, height], …]} (a huge
// article's paragraphs are measured a few at a time after the first frame).
void js_text_layer_positions(const std::string& json);
void js_text_layer_scroll(float css_y);
// The story overview's table in the text layer (overview_data.h's JSON with a caption), or "" to
// remove it; the JSON is parsed into a JS object here, the caller keeps its bytes.
void js_overview_layer_set(const std::string& model_json);
using TextLayerScrolled = void (*)(float css_y);
void set_text_layer_scrolled(TextLayerScrolled h);

// The reader's own articles (web/library.js): JS hands over bytes and metadata JSON; the handler
// answers with JSON {ok, file, warnings[], error}. C++ asks JS to open the dialog, remove a stored
// article, export or import the library.
using AddArticleHandler = std::string (*)(const std::string& meta_json, const unsigned char* bytes, std::size_t len);
void set_add_article_handler(AddArticleHandler h);
void js_library_open_dialog();
void js_library_remove(const std::string& id);
void js_library_export();
void js_library_import();

// Share links: JS hands over a URL fragment (on load and on hashchange); the handler answers with
// JSON {ok, error, placements}. C++ asks JS to put a link to a fragment on the clipboard.
using OpenLinkHandler = std::string (*)(const std::string& fragment);
void set_open_link_handler(OpenLinkHandler h);
void js_copy_link(const std::string& fragment);

// A file for the reader to save: JS makes a Blob of `text` and clicks an <a download> made for it
// (no HTML is parsed). The caller keeps ownership of its strings.
// Opens an http: or https: URL in a new tab with noopener (the page cannot reach back); JS checks
// the scheme again and opens nothing else. The caller keeps ownership of the string.
void js_open_url(const std::string& url);
void js_download(const std::string& file_name, const std::string& mime, const std::string& text);

// The analysis worker (web/analyser.js): a request (core/bundle bytes of the articles) goes out
// with its generation; the answer comes back to the handler with the same generation, the bytes
// owned by JS for the call, or an error ("" when there is none).
void js_analysis_request(int generation, const std::string& request, double max_chars, int articles);
using AnalysisHandler = void (*)(int generation, const unsigned char* bytes, std::size_t len, const std::string& error);
void set_analysis_handler(AnalysisHandler h);

// window.isnad's commands (find, open a cross-reference, switch panel, theme, language): JSON in,
// JSON out; the answer is owned by C++ until the next call.
using CommandHandler = std::string (*)(const std::string& json);
void set_command_handler(CommandHandler h);

// The reader's choices, as JSON in localStorage ("isnad.prefs"); "" when none are stored or
// storage is unavailable.
std::string js_prefs_load();
void js_prefs_save(const std::string& json);

// Touches on the canvas (Emscripten's GLFW turns them into mouse events, so a drag would select
// text): phase 0 start, 1 move, 2 end, with the first finger's CSS position.
using TouchHandler = void (*)(int phase, float x, float y);
void js_install_touch(TouchHandler h);

// The JSON that window.isnad.state() returns; the app fills it in (see app.cpp).
using StateProvider = std::string (*)();
void set_state_provider(StateProvider p);

}  // namespace isnad::web
