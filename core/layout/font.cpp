// layout/font.cpp — Font: bytes → hb_blob → hb_face → hb_font at units-per-em scale.
#include "isnad/layout/font.h"

#include <fstream>
#include <iterator>

#include <harfbuzz/hb.h>  // the wasm build puts only the folder above harfbuzz/ on the path

namespace isnad::layout {

std::unique_ptr<Font> Font::from_bytes(std::vector<std::uint8_t> bytes, std::string* error) {
  std::unique_ptr<Font> f(new Font());
  f->bytes_ = std::move(bytes);
  f->blob_ = hb_blob_create(reinterpret_cast<const char*>(f->bytes_.data()),
                            static_cast<unsigned>(f->bytes_.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  f->face_ = hb_face_create(f->blob_, 0);
  if (hb_face_get_glyph_count(f->face_) == 0) {
    if (error) *error = "not a usable font (no glyphs)";
    return nullptr;
  }
  f->font_ = hb_font_create(f->face_);
  FontMetrics& m = f->metrics_;
  m.units_per_em = static_cast<int>(hb_face_get_upem(f->face_));
  // Scale = upem: positions come out in font units, exactly as hb-shape prints them.
  hb_font_set_scale(f->font_, m.units_per_em, m.units_per_em);
  hb_font_extents_t ext{};
  hb_font_get_h_extents(f->font_, &ext);
  m.ascent = ext.ascender;
  m.descent = -ext.descender;
  m.line_gap = ext.line_gap;
  return f;
}

Font::~Font() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

bool Font::has_glyph(char32_t cp) const {
  hb_codepoint_t g = 0;
  return hb_font_get_nominal_glyph(font_, cp, &g) != 0;
}

std::unique_ptr<Font> font_from_file(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = "cannot open " + path;
    return nullptr;
  }
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return Font::from_bytes(std::move(bytes), error);
}

}  // namespace isnad::layout
