#include "glyph_atlas.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include <GLES3/gl3.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

// stb_truetype as shipped with Dear ImGui; static here, so it does not clash with ImGui's own copy.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace isnad::web {
namespace {
#ifdef __EMSCRIPTEN__
// A frame that rasterised or uploaded glyphs leaves a user-timing measure (tests/bench/frame_bench.mjs).
EM_JS(void, isnad_js_glyph_measure, (double start, int glyphs, double raster_ms, double upload_ms, int uploads, double bytes), {
  performance.measure('isnad-glyphs', {start: start, end: performance.now(),
    detail: {glyphs: glyphs, raster_ms: raster_ms, upload_ms: upload_ms, uploads: uploads, upload_bytes: bytes}});
});
double now_ms() { return emscripten_get_now(); }
#else
void isnad_js_glyph_measure(double, int, double, double, int, double) {}
double now_ms() { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
#endif
constexpr int kMaxHeight = 4096;
constexpr int kPad = 1;
constexpr int kSubpixelSteps = 4;   // quarter-pixel horizontal positions
}  // namespace

int GlyphAtlas::add_font(std::string_view ttf) {
  std::vector<unsigned char> info(sizeof(stbtt_fontinfo));
  auto* fi = reinterpret_cast<stbtt_fontinfo*>(info.data());
  const auto* data = reinterpret_cast<const unsigned char*>(ttf.data());
  if (ttf.empty() || !stbtt_InitFont(fi, data, stbtt_GetFontOffsetForIndex(data, 0))) return -1;
  font_info_.push_back(std::move(info));
  return static_cast<int>(font_info_.size()) - 1;
}

bool GlyphAtlas::replace_font(int id, std::string_view ttf) {
  if (id < 0 || id >= static_cast<int>(font_info_.size())) return false;
  stbtt_fontinfo fi;
  const auto* data = reinterpret_cast<const unsigned char*>(ttf.data());
  if (ttf.empty() || !stbtt_InitFont(&fi, data, stbtt_GetFontOffsetForIndex(data, 0))) return false;
  *reinterpret_cast<stbtt_fontinfo*>(font_info_[id].data()) = fi;
  // The subset's notdef boxes were keyed by glyph 0 like the full font's; everything else is the same glyph.
  return true;
}

int GlyphAtlas::glyph_total(int font) const {
  if (font < 0 || font >= static_cast<int>(font_info_.size())) return 0;
  return reinterpret_cast<const stbtt_fontinfo*>(font_info_[font].data())->numGlyphs;
}

void GlyphAtlas::clear() {
  map_.clear();
  // Nothing points at the old rects any more, but new glyphs land among them: send the used rows again.
  touch_rows(0, shelf_y_ + shelf_h_);
  shelf_x_ = shelf_y_ = shelf_h_ = 0;
  std::fill(pixels_.begin(), pixels_.end(), 0);
}

void GlyphAtlas::begin_frame() {
  if (height_ == 0) {
    height_ = 512;
    pixels_.assign(static_cast<std::size_t>(width_) * height_ * 4, 0);
    map_.reserve(2048);   // a first screen's glyphs and phases without rehashing (a profile showed it)
  }
  if (!tex_) {   // the name must exist before the first quad records it in a draw list
    glGenTextures(1, &tex_);
    glBindTexture(GL_TEXTURE_2D, tex_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  // Evict between frames only, so no quad drawn this frame points at a reused rect.
  if (evict_) { clear(); evict_ = false; }
  frame_ = {};
  frame_.start_ms = now_ms();
}

bool GlyphAtlas::place(int w, int h, int* x, int* y) {
  if (w + kPad > width_) return false;
  if (shelf_x_ + w + kPad > width_) { shelf_y_ += shelf_h_; shelf_x_ = 0; shelf_h_ = 0; }
  while (shelf_y_ + h + kPad > height_) {
    if (height_ * 2 > kMaxHeight) { evict_ = true; return false; }
    height_ *= 2;   // grow: existing glyphs keep their pixel rects (end_frame reallocates the texture)
    pixels_.resize(static_cast<std::size_t>(width_) * height_ * 4, 0);
  }
  *x = shelf_x_; *y = shelf_y_;
  shelf_x_ += w + kPad;
  shelf_h_ = std::max(shelf_h_, h + kPad);
  return true;
}

const AtlasGlyph* GlyphAtlas::glyph(int font, std::uint32_t gid, float px, float subpixel_x) {
  if (font < 0 || font >= static_cast<int>(font_info_.size())) return nullptr;
  const int phase = std::clamp(static_cast<int>(subpixel_x * kSubpixelSteps), 0, kSubpixelSteps - 1);
  const auto size_q = static_cast<std::uint64_t>(std::lround(px * 4));   // quarter-pixel sizes
  const Key key{(static_cast<std::uint64_t>(font) << 56) | (size_q << 36) | (static_cast<std::uint64_t>(phase) << 32) | gid};
  if (auto it = map_.find(key); it != map_.end()) return &it->second;

  const double t0 = now_ms();
  auto* fi = reinterpret_cast<stbtt_fontinfo*>(font_info_[font].data());
  const float scale = stbtt_ScaleForMappingEmToPixels(fi, px);
  const float shift = static_cast<float>(phase) / kSubpixelSteps;
  int x0, y0, x1, y1;
  stbtt_GetGlyphBitmapBoxSubpixel(fi, static_cast<int>(gid), scale, scale, shift, 0, &x0, &y0, &x1, &y1);
  AtlasGlyph g;
  g.w = std::max(0, x1 - x0); g.h = std::max(0, y1 - y0);
  g.left = static_cast<float>(x0); g.top = static_cast<float>(y0);
  if (g.w > 0 && g.h > 0) {
    if (!place(g.w, g.h, &g.x, &g.y)) return nullptr;
    coverage_.resize(static_cast<std::size_t>(g.w) * g.h);
    stbtt_MakeGlyphBitmapSubpixel(fi, coverage_.data(), g.w, g.h, g.w, scale, scale, shift, 0, static_cast<int>(gid));
    const unsigned char* cov = coverage_.data();
    for (int r = 0; r < g.h; ++r) {
      unsigned char* p = &pixels_[(static_cast<std::size_t>(g.y + r) * width_ + g.x) * 4];
      for (int c = 0; c < g.w; ++c, p += 4, ++cov) {
        p[0] = p[1] = p[2] = 255;
        p[3] = *cov;
      }
    }
    touch_rows(g.y, g.y + g.h);
  }
  ++rasterised_;
  ++frame_.glyphs;
  frame_.raster_ms += now_ms() - t0;
  return &map_.emplace(key, g).first->second;
}

bool GlyphAtlas::draw(ImDrawList* dl, int font, std::uint32_t gid, float px, float x, float y, ImU32 color) {
  const float fx = std::floor(x);
  const AtlasGlyph* g = glyph(font, gid, px, x - fx);
  if (!g) return false;
  if (g->w == 0) return true;
  const float X = fx + g->left, Y = std::round(y) + g->top;
  const float iw = 1.f / width_, ih = 1.f / height_;
  dl->AddImage(texture(), ImVec2(X, Y), ImVec2(X + g->w, Y + g->h),
               ImVec2(g->x * iw, g->y * ih), ImVec2((g->x + g->w) * iw, (g->y + g->h) * ih), color);
  return true;
}

void GlyphAtlas::end_frame() {
  const bool realloc = tex_height_ != height_;
  if (realloc || dirty_y1_ > dirty_y0_) {
    const double t0 = now_ms();
    glBindTexture(GL_TEXTURE_2D, tex_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (realloc) {   // new storage (zeroed): every row in use goes up again
      glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
      tex_height_ = height_;
      touch_rows(0, shelf_y_ + shelf_h_);
    }
    // Whole rows are contiguous in pixels_: one upload of the band the new glyphs touched.
    const int y0 = std::max(0, dirty_y0_), y1 = std::min(height_, dirty_y1_);
    if (y1 > y0) {
      glTexSubImage2D(GL_TEXTURE_2D, 0, 0, y0, width_, y1 - y0, GL_RGBA, GL_UNSIGNED_BYTE,
                      &pixels_[static_cast<std::size_t>(y0) * width_ * 4]);
      ++frame_.uploads;
      frame_.upload_bytes += static_cast<double>(width_) * (y1 - y0) * 4;
    }
    frame_.upload_ms += now_ms() - t0;
    dirty_y0_ = 1 << 30;
    dirty_y1_ = 0;
  }
  if (frame_.glyphs || frame_.uploads)
    isnad_js_glyph_measure(frame_.start_ms, frame_.glyphs, frame_.raster_ms, frame_.upload_ms, frame_.uploads, frame_.upload_bytes);
}

}  // namespace isnad::web
