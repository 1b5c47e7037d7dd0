// wasm/fonts.h — the text sizes of the interface, and ImGui's own font atlas (Noto Sans, Latin only)
// for the few strings ImGui draws itself (messages). Arabic and every article and interface string
// go through the text engine (glyph_renderer, shaped_text), never through this atlas.
#pragma once

struct ImFont;

namespace isnad::web {

struct Fonts {
  ImFont* ui = nullptr;     // ImGui's font, at the interface size
  float ui_px = 16;         // interface text, device pixels
  float body_px = 22;       // article text, device pixels
};

// Reads the font files once, (re)builds the atlas for `scale` (dpr × zoom). Returns false and
// leaves ImGui's default font when the files are missing.
bool fonts_build(float scale, Fonts* out);

}  // namespace isnad::web
