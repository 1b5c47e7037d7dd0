// tests/bench/atlas_bench.cpp — the glyph atlas (wasm/glyph_atlas.cpp) natively, without a GPU:
// the GL calls are counted, not made. Rasterises every glyph of a font at a body text size and
// four subpixel phases, a few glyphs per frame as a screen of text does, and prints one JSON object:
// CPU microseconds per glyph, the texture uploads and the bytes they sent.
// Built by CMake in native builds when the Dear ImGui sources are set up (scripts/setup).
// usage: atlas_bench FONT.ttf [PX] [GLYPHS_PER_FRAME]
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <GLES3/gl3.h>

#include "glyph_atlas.h"   // wasm/

namespace {
int g_uploads = 0;
double g_upload_bytes = 0;
int bytes_per_pixel(GLenum format) { return format == GL_RGBA ? 4 : format == GL_LUMINANCE_ALPHA ? 2 : 1; }
}  // namespace

extern "C" {
void glGenTextures(GLsizei n, GLuint* t) { for (GLsizei i = 0; i < n; ++i) t[i] = 1 + i; }
void glBindTexture(GLenum, GLuint) {}
void glTexParameteri(GLenum, GLenum, GLint) {}
void glPixelStorei(GLenum, GLint) {}
void glTexImage2D(GLenum, GLint, GLint, GLsizei w, GLsizei h, GLint, GLenum format, GLenum, const void* pixels) {
  if (pixels) { ++g_uploads; g_upload_bytes += static_cast<double>(w) * h * bytes_per_pixel(format); }
}
void glTexSubImage2D(GLenum, GLint, GLint, GLint, GLsizei w, GLsizei h, GLenum format, GLenum, const void*) {
  ++g_uploads;
  g_upload_bytes += static_cast<double>(w) * h * bytes_per_pixel(format);
}
}

int main(int argc, char** argv) {
  if (argc < 2) { std::fprintf(stderr, "usage: atlas_bench FONT.ttf [PX] [GLYPHS_PER_FRAME]\n"); return 2; }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) { std::fprintf(stderr, "atlas_bench: cannot read %s\n", argv[1]); return 1; }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string ttf = ss.str();
  const float px = argc > 2 ? std::strtof(argv[2], nullptr) : 22.f;
  const int per_frame = argc > 3 ? std::atoi(argv[3]) : 600;
  isnad::web::GlyphAtlas atlas;
  const int font = atlas.add_font(ttf);
  if (font < 0) { std::fprintf(stderr, "atlas_bench: %s is not a font stb_truetype reads\n", argv[1]); return 1; }
  const int glyphs = atlas.glyph_total(font);

  // CPU time, not wall time: the figure holds on a machine other jobs share.
  const std::clock_t t0 = std::clock();
  int drawn = 0, frames = 0, missed = 0;
  for (int phase = 0; phase < 4; ++phase)
    for (int g = 0; g < glyphs;) {
      atlas.begin_frame();
      for (int k = 0; k < per_frame && g < glyphs; ++k, ++g, ++drawn)
        if (!atlas.glyph(font, static_cast<std::uint32_t>(g), px, phase * 0.25f)) ++missed;
      atlas.end_frame();
      ++frames;
    }
  const double ms = 1000.0 * static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
  std::printf("{\"font\": \"%s\", \"px\": %.1f, \"glyphs\": %d, \"frames\": %d, \"missed\": %d, \"total_ms\": %.2f, "
              "\"us_per_glyph\": %.2f, \"uploads\": %d, \"upload_mb\": %.2f, \"atlas\": [%d, %d]}\n",
              argv[1], px, drawn, frames, missed, ms, ms * 1000 / drawn, g_uploads, g_upload_bytes / 1e6, atlas.width(),
              atlas.height());
  return 0;
}
