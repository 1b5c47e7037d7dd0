// wasm/glyph_atlas.h — glyph bitmaps for the text engine, keyed by (font, glyph id, pixel size,
// subpixel phase), rasterised on demand with stb_truetype (from the Dear ImGui sources) into one
// RGBA texture that ImGui's renderer samples (white, coverage in alpha).
//
// [x] rasterise on demand at the device pixel size (crisp at any DPR and zoom)
// [x] grows (doubles its height) without moving glyphs already placed: UVs are computed at draw time
// [x] evicts everything at the start of a frame when it is nearly full, never in the middle of one
// [x] one texture upload a frame, of the rows that frame's new glyphs touched; the texture's
//     storage is reallocated only when the atlas grows
// [ ] colour glyphs (emoji): drawn as .notdef boxes by the fonts we ship
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <imgui.h>

namespace isnad::web {

struct AtlasGlyph {
  int x = 0, y = 0, w = 0, h = 0;      // pixel rect in the atlas (w or h = 0: nothing to draw)
  float left = 0, top = 0;             // bitmap offset from the pen position, pixels (top: y down)
};

class GlyphAtlas {
 public:
  // Registers a font's bytes (kept alive by the caller) and returns its id.
  int add_font(std::string_view ttf_bytes);
  // Font `id` reads from other bytes: the full font for its subset. Glyph ids must mean the same
  // glyphs (a subset made with --retain-gids), so glyphs already in the atlas stay; false and
  // nothing changed when stb_truetype cannot read them.
  bool replace_font(int id, std::string_view ttf_bytes);

  // Call once per frame before drawing; may evict when nearly full.
  void begin_frame();
  // The glyph's bitmap, rasterised now if it was not there. nullptr when the atlas is full this
  // frame (the caller asks for another frame).
  const AtlasGlyph* glyph(int font, std::uint32_t glyph_id, float px, float subpixel_x);
  // Uploads the rows new glyphs touched (one upload); call after drawing, before rendering.
  void end_frame();

  // Draws a glyph with its pen at (x, y) on the baseline.
  bool draw(ImDrawList* dl, int font, std::uint32_t glyph_id, float px, float x, float y, ImU32 color);

  ImTextureID texture() const { return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(tex_)); }
  int width() const { return width_; }
  int height() const { return height_; }
  std::size_t glyph_count() const { return map_.size(); }
  int glyph_total(int font) const;                           // glyphs in a font (ids 0 … n-1)
  std::uint64_t rasterised() const { return rasterised_; }   // total since start (evictions included)

 private:
  struct Key {
    std::uint64_t v;
    bool operator==(const Key& o) const { return v == o.v; }
  };
  struct KeyHash { std::size_t operator()(const Key& k) const { return std::hash<std::uint64_t>()(k.v); } };
  bool place(int w, int h, int* x, int* y);
  void clear();
  void touch_rows(int y0, int y1) { dirty_y0_ = std::min(dirty_y0_, y0); dirty_y1_ = std::max(dirty_y1_, y1); }

  std::vector<std::vector<unsigned char>> font_info_;   // stbtt_fontinfo storage per font
  std::unordered_map<Key, AtlasGlyph, KeyHash> map_;
  std::vector<unsigned char> pixels_;                   // RGBA, width_ × height_
  std::vector<unsigned char> coverage_;                 // one glyph's coverage, reused
  int width_ = 1024, height_ = 0;
  int shelf_x_ = 0, shelf_y_ = 0, shelf_h_ = 0;
  unsigned tex_ = 0;
  int tex_height_ = 0;                                  // the texture's allocated height
  int dirty_y0_ = 1 << 30, dirty_y1_ = 0;               // rows to upload at the end of the frame
  bool evict_ = false;
  std::uint64_t rasterised_ = 0;
  struct FrameCost { double start_ms = 0, raster_ms = 0, upload_ms = 0, upload_bytes = 0; int glyphs = 0, uploads = 0; };
  FrameCost frame_;                                     // this frame's, for the 'isnad-glyphs' measure
};

}  // namespace isnad::web
