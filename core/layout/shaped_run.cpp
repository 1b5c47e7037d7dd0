// layout/shaped_run.cpp — itemisation (script, font fallback) and hb_shape per item.
#include "isnad/layout/shaped_run.h"

#include <memory>

#include <harfbuzz/hb.h>  // the wasm build puts only the folder above harfbuzz/ on the path
#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace isnad::layout {
namespace {

struct BufferCloser {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};

bool script_is_neutral(UScriptCode s) { return s == USCRIPT_COMMON || s == USCRIPT_INHERITED; }

// The font a character asks for before fallback; nullopt-like `neutral` for characters that take
// their neighbour's font (spaces, punctuation, combining marks).
enum class Want : std::uint8_t { arabic, latin, neutral };

Want wanted_font(char32_t cp, UScriptCode script) {
  if (script == USCRIPT_ARABIC) return Want::arabic;
  if (script == USCRIPT_LATIN) return Want::latin;
  // European digits are set in the Latin face even inside Arabic text (Arabic-Indic digits are
  // script Common too, but only the Arabic face has them: fallback below sends them there).
  if (cp >= U'0' && cp <= U'9') return Want::latin;
  if (script_is_neutral(script)) return Want::neutral;
  return Want::latin;  // other scripts: whichever face has the glyph, decided by fallback
}

struct Item {
  std::size_t start, end;
  FontId font;
  UScriptCode script;
  std::uint8_t level;
};

// Splits one bidi run into items of one font and one script. Neutral characters inherit from the
// previous character of the run, or the next when they open it.
void itemise(std::u32string_view text, const BidiRun& run, const FontSet& fonts, std::vector<UScriptCode>& scripts,
             std::vector<Item>& out) {
  const std::size_t s = run.text.start.value(), e = run.text.end.value();
  scripts.resize(e - s);
  for (std::size_t i = s; i < e; ++i) {
    UErrorCode st = U_ZERO_ERROR;
    scripts[i - s] = uscript_getScript(static_cast<UChar32>(text[i]), &st);
  }
  Want want = run.rtl() ? Want::arabic : Want::latin;
  for (std::size_t i = s; i < e; ++i) {
    const Want w = wanted_font(text[i], scripts[i - s]);
    if (w != Want::neutral) { want = w; break; }
  }
  UScriptCode script = USCRIPT_COMMON;
  for (UScriptCode sc : scripts) {
    if (!script_is_neutral(sc)) { script = sc; break; }
  }
  for (std::size_t i = s; i < e; ++i) {
    const char32_t cp = text[i];
    const UScriptCode sc = scripts[i - s];
    if (!script_is_neutral(sc)) script = sc;
    const Want w = wanted_font(cp, sc);
    if (w != Want::neutral) want = w;
    FontId font = want == Want::arabic ? FontId::arabic : FontId::latin;
    const FontId other = font == FontId::arabic ? FontId::latin : FontId::arabic;
    // Combining marks stay with their base's font whatever it covers: splitting them off would
    // detach them from the base glyph.
    const bool mark = sc == USCRIPT_INHERITED && !out.empty() && out.back().end == i;
    if (mark) font = out.back().font;
    else if (!fonts.get(font).has_glyph(cp) && fonts.get(other).has_glyph(cp)) font = other;
    if (!out.empty() && out.back().end == i && out.back().font == font && out.back().script == script &&
        out.back().level == run.level) {
      out.back().end = i + 1;
    } else {
      out.push_back({i, i + 1, font, script, run.level});
    }
  }
}

hb_script_t hb_script_of(UScriptCode s) {
  return hb_script_from_string(uscript_getShortName(s), -1);
}

}  // namespace

std::vector<ShapedRun> shaped_runs(std::u32string_view text, const BidiRuns& bidi, const FontSet& fonts) {
  std::vector<Item> items;
  std::vector<UScriptCode> scripts;  // scratch, reused across runs
  for (const BidiRun& r : bidi.runs) itemise(text, r, fonts, scripts, items);

  std::vector<ShapedRun> runs;
  runs.reserve(items.size());
  std::unique_ptr<hb_buffer_t, BufferCloser> buf(hb_buffer_create());
  for (const Item& it : items) {
    ShapedRun run;
    run.text = {TextIndex(it.start), TextIndex(it.end)};
    run.level = it.level;
    run.font = it.font;
    run.script = hb_script_of(it.script);
    run.language = it.font == FontId::arabic ? "ar" : "en";
    hb_buffer_clear_contents(buf.get());
    // The whole paragraph goes in as context so joining looks across run edges; the item is the
    // run. Cluster values are then code-point offsets into the paragraph.
    hb_buffer_add_utf32(buf.get(), reinterpret_cast<const std::uint32_t*>(text.data()), static_cast<int>(text.size()),
                        static_cast<unsigned>(it.start), static_cast<int>(it.end - it.start));
    hb_buffer_set_direction(buf.get(), run.rtl() ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf.get(), static_cast<hb_script_t>(run.script));
    hb_buffer_set_language(buf.get(), hb_language_from_string(run.language, -1));
    hb_shape(fonts.get(it.font).hb(), buf.get(), nullptr, 0);

    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf.get(), &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf.get(), &n);
    run.glyphs.resize(n);
    run.clusters.resize(n);
    run.x_advance.resize(n);
    run.x_offset.resize(n);
    run.y_offset.resize(n);
    for (unsigned g = 0; g < n; ++g) {
      run.glyphs[g] = info[g].codepoint;
      run.clusters[g] = TextIndex(info[g].cluster);
      run.x_advance[g] = pos[g].x_advance;
      run.x_offset[g] = pos[g].x_offset;
      run.y_offset[g] = pos[g].y_offset;
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

}  // namespace isnad::layout
