#include "full_fonts.h"

#include <cstdlib>
#include <string>

#include <emscripten.h>

#include "app.h"
#include "glyph_renderer.h"
#include "i18n.h"
#include "js_bridge.h"

namespace isnad::web {
namespace {

bool g_requested = false, g_failed = false;
int g_loaded = 0;

// The site publishes the full fonts with hashed names (scripts/lib/publish_site.mjs) and lists them
// in boot.js's data-assets: {"fonts": ["…Naskh….ttf", "…Sans….ttf"]}, in FontId order.
EM_JS(void, isnad_js_fetch_full_fonts, (), {
  let fonts = null;
  try { fonts = JSON.parse(document.querySelector('script[data-assets]').dataset.assets).fonts; } catch (e) { fonts = null; }
  if (!Array.isArray(fonts)) { _isnad_full_font_arrived(-1, 0, 0); return; }
  fonts.forEach((url, i) => {
    fetch(url).then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); }).then((buf) => {
      const bytes = new Uint8Array(buf);
      const p = _malloc(bytes.length);
      HEAPU8.set(bytes, p);
      _isnad_full_font_arrived(i, p, bytes.length);
    }).catch(() => _isnad_full_font_arrived(-1, 0, 0));
  });
});

}  // namespace

void full_fonts_check(const layout::Paragraph& p) {
  if (g_requested) return;
  for (const layout::TextLine& line : p.lines())
    for (const layout::PositionedGlyph& g : line.glyphs)
      if (g.glyph == 0) {
        g_requested = true;
        isnad_js_fetch_full_fonts();
        return;
      }
}

bool full_fonts_requested() { return g_requested; }
int full_fonts_loaded() { return g_loaded; }

}  // namespace isnad::web

// Called by the fetch above (font -1: the fonts could not be fetched: the boxes stay, and a message says why).
extern "C" EMSCRIPTEN_KEEPALIVE void isnad_full_font_arrived(int font, unsigned char* bytes, int len) {
  using namespace isnad::web;
  App& a = app();
  std::string error;
  if (font >= 0 && bytes) {
    std::string data(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(len));
    std::free(bytes);
    if (text_engine_replace_font(&text_engine(), font, std::move(data), &error)) ++g_loaded;
  } else {
    error = "fetch failed";
  }
  if (!error.empty() && !g_failed) {
    g_failed = true;
    js_show_message(tr("تعذّر تحميل الخطوط الكاملة: قد تظهر بعض الحروف مربعات", "The full fonts could not be loaded: some letters may show as boxes"));
  }
  a.wake();
}
