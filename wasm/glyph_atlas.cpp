#include "glyph_atlas.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <GLES3/gl3.h>

// stb_truetype as shipped with Dear ImGui; static here, so it does not clash with ImGui's own copy.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace isnad::web {
namespace {
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

void GlyphAtlas::clear() {
  map_.clear();
  shelf_x_ = shelf_y_ = shelf_h_ = 0;
  std::fill(pixels_.begin(), pixels_.end(), 0);
  dirty_ = true;
}

void GlyphAtlas::begin_frame() {
  if (height_ == 0) { height_ = 512; pixels_.assign(static_cast<std::size_t>(width_) * height_ * 4, 0); }
  if (!tex_) {   // the name must exist before the first quad records it in a draw list
    glGenTextures(1, &tex_);
    glBindTexture(GL_TEXTURE_2D, tex_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    dirty_ = true;
  }
  // Evict between frames only, so no quad drawn this frame points at a reused rect.
  if (evict_) { clear(); evict_ = false; }
}

bool GlyphAtlas::place(int w, int h, int* x, int* y) {
  if (w + kPad > width_) return false;
  if (shelf_x_ + w + kPad > width_) { shelf_y_ += shelf_h_; shelf_x_ = 0; shelf_h_ = 0; }
  while (shelf_y_ + h + kPad > height_) {
    if (height_ * 2 > kMaxHeight) { evict_ = true; return false; }
    height_ *= 2;   // grow: existing glyphs keep their pixel rects
    pixels_.resize(static_cast<std::size_t>(width_) * height_ * 4, 0);
    dirty_ = true;
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
    std::vector<unsigned char> cov(static_cast<std::size_t>(g.w) * g.h);
    stbtt_MakeGlyphBitmapSubpixel(fi, cov.data(), g.w, g.h, g.w, scale, scale, shift, 0, static_cast<int>(gid));
    for (int r = 0; r < g.h; ++r)
      for (int c = 0; c < g.w; ++c) {
        unsigned char* p = &pixels_[(static_cast<std::size_t>(g.y + r) * width_ + g.x + c) * 4];
        p[0] = p[1] = p[2] = 255;
        p[3] = cov[static_cast<std::size_t>(r) * g.w + c];
      }
    dirty_ = true;
  }
  ++rasterised_;
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
  if (!dirty_) return;
  dirty_ = false;
  glBindTexture(GL_TEXTURE_2D, tex_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  // Whole uploads keep this simple; the atlas changes only when new glyphs appear.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels_.data());
}

}  // namespace isnad::web
