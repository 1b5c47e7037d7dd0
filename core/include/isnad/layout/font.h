// isnad/layout/font.h — fonts loaded from bytes, as HarfBuzz sees them, and the set a paragraph uses.
//
// A Font owns a copy of the font file's bytes (the web app fetches them; native code reads files)
// and one hb_font at a scale of units-per-em, so shaping yields exact font units: the same numbers
// as `hb-shape`, independent of the pixel size. Pixel sizes are applied later by multiplying with
// px_per_unit(size). No rasteriser here: the renderer rasterises by glyph id on its own.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace isnad::layout {

// Vertical metrics in font units (ascent up, descent down, both positive).
struct FontMetrics {
  int units_per_em = 1000;
  int ascent = 0, descent = 0, line_gap = 0;
};

class Font {
 public:
  // nullptr and *error when HarfBuzz finds no glyphs in the bytes (not a font, or a broken one).
  static std::unique_ptr<Font> from_bytes(std::vector<std::uint8_t> bytes, std::string* error);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  hb_font_t* hb() const { return font_; }
  const FontMetrics& metrics() const { return metrics_; }
  bool has_glyph(char32_t cp) const;
  float px_per_unit(float size_px) const { return size_px / static_cast<float>(metrics_.units_per_em); }

 private:
  Font() = default;
  std::vector<std::uint8_t> bytes_;  // HarfBuzz reads the font in place: the bytes live as long as we do
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  FontMetrics metrics_;
};

// Which font of the set: a small id the renderer keys its glyph atlas by.
enum class FontId : std::uint8_t { arabic = 0, latin = 1 };
constexpr int kFontCount = 2;

// The fonts a paragraph draws with: an Arabic face, a Latin face (also used for digits), and
// fallback to whichever of them has a glyph for anything else.
struct FontSet {
  std::unique_ptr<Font> fonts[kFontCount];
  const Font& get(FontId id) const { return *fonts[static_cast<int>(id)]; }
  bool complete() const { return fonts[0] && fonts[1]; }
};

// Reads a whole file (native tools and tests; the wasm tests read through NODERAWFS).
std::unique_ptr<Font> font_from_file(const std::string& path, std::string* error);

}  // namespace isnad::layout
