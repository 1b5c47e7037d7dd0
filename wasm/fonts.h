// wasm/fonts.h — the ImGui font atlas: Noto Sans (Latin) merged with Noto Naskh Arabic (Arabic
// and its presentation forms), at two sizes, rasterised at the device pixel ratio.
#pragma once

struct ImFont;

namespace isnad::web {

struct Fonts { ImFont* ui = nullptr; ImFont* body = nullptr; };

// Reads the font files once, (re)builds the atlas for `scale` (dpr × zoom). Returns false and
// leaves ImGui's default font when the files are missing.
bool fonts_build(float scale, Fonts* out);

}  // namespace isnad::web
