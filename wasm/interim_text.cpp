#include "interim_text.h"

#include <cfloat>
#include <memory>

#include <imgui.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>

#include "isnad/text/utf8.h"

namespace isnad::web {

std::string visual_order(std::u32string_view logical) {
  if (logical.empty()) return {};
  const std::u16string src = text::to_utf16(logical).utf16;
  const int32_t n = static_cast<int32_t>(src.size());
  std::u16string shaped(n * 2 + 8, u'\0');
  UErrorCode st = U_ZERO_ERROR;
  int32_t len = u_shapeArabic(reinterpret_cast<const UChar*>(src.data()), n,
                              reinterpret_cast<UChar*>(shaped.data()), static_cast<int32_t>(shaped.size()),
                              U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL, &st);
  if (U_FAILURE(st)) { shaped = src; len = n; st = U_ZERO_ERROR; }
  shaped.resize(len);

  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), ubidi_close);
  ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(shaped.data()), len, UBIDI_DEFAULT_RTL, nullptr, &st);
  std::u16string visual(len + 8, u'\0');
  int32_t vlen = ubidi_writeReordered(bidi.get(), reinterpret_cast<UChar*>(visual.data()),
                                      static_cast<int32_t>(visual.size()),
                                      UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &st);
  if (U_FAILURE(st)) return text::to_utf8(logical);
  visual.resize(vlen);

  std::string out;
  out.reserve(vlen * 2);
  for (int32_t i = 0; i < vlen; ++i) {
    char32_t c = visual[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < vlen) c = 0x10000 + ((c - 0xD800) << 10) + (visual[++i] - 0xDC00);
    text::append_utf8(out, c);
  }
  return out;
}

std::vector<VisualLine> wrap_paragraph(std::u32string_view para, ImFont* font, float px, float max_width) {
  std::vector<VisualLine> lines;
  auto measure = [&](const std::string& s) { return font->CalcTextSizeA(px, FLT_MAX, 0.f, s.c_str()).x; };
  std::size_t start = 0;
  while (start < para.size()) {
    while (start < para.size() && para[start] == U' ') ++start;
    if (start >= para.size()) break;
    // Greedy: extend word by word while the line still fits.
    std::size_t end = para.find(U' ', start);
    if (end == std::u32string_view::npos) end = para.size();
    VisualLine best{visual_order(para.substr(start, end - start)), 0};
    best.width = measure(best.utf8);
    while (end < para.size()) {
      std::size_t next = para.find(U' ', end + 1);
      if (next == std::u32string_view::npos) next = para.size();
      VisualLine cand{visual_order(para.substr(start, next - start)), 0};
      cand.width = measure(cand.utf8);
      if (cand.width > max_width) break;
      best = std::move(cand);
      end = next;
    }
    lines.push_back(std::move(best));
    start = end;
  }
  return lines;
}

}  // namespace isnad::web
