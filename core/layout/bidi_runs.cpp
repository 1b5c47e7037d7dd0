// layout/bidi_runs.cpp — ICU ubidi for a paragraph, and rules L1/L2 for a line.
#include "isnad/layout/bidi_runs.h"

#include <memory>

#include <unicode/ubidi.h>
#include <unicode/uchar.h>

namespace isnad::layout {
namespace {

struct UBiDiCloser {
  void operator()(UBiDi* b) const { ubidi_close(b); }
};

UBiDiLevel icu_para_level(BaseDirection dir) {
  switch (dir) {
    case BaseDirection::auto_rtl: return UBIDI_DEFAULT_RTL;
    case BaseDirection::auto_ltr: return UBIDI_DEFAULT_LTR;
    case BaseDirection::ltr: return 0;
    case BaseDirection::rtl: return 1;
  }
  return UBIDI_DEFAULT_RTL;
}

// Characters rule L1 resets at the end of a line: whitespace, isolate controls, and the
// embedding controls / boundary neutrals that rule X9 removed from among them.
bool resets_at_line_end(char32_t cp) {
  switch (u_charDirection(static_cast<UChar32>(cp))) {
    case U_WHITE_SPACE_NEUTRAL: case U_FIRST_STRONG_ISOLATE: case U_LEFT_TO_RIGHT_ISOLATE:
    case U_RIGHT_TO_LEFT_ISOLATE: case U_POP_DIRECTIONAL_ISOLATE: case U_BOUNDARY_NEUTRAL:
    case U_LEFT_TO_RIGHT_EMBEDDING: case U_RIGHT_TO_LEFT_EMBEDDING: case U_LEFT_TO_RIGHT_OVERRIDE:
    case U_RIGHT_TO_LEFT_OVERRIDE: case U_POP_DIRECTIONAL_FORMAT:
      return true;
    default:
      return false;
  }
}

}  // namespace

BidiRuns bidi_runs(std::u32string_view text, const text::Utf16Mapped& utf16, BaseDirection dir) {
  BidiRuns out;
  out.levels.assign(text.size(), 0);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, UBiDiCloser> bidi(ubidi_open());
  if (bidi) {
    ubidi_setPara(bidi.get(), utf16.utf16.data(), static_cast<int32_t>(utf16.utf16.size()),
                  icu_para_level(dir), nullptr, &status);
  }
  const UBiDiLevel* levels16 = nullptr;
  if (bidi && U_SUCCESS(status)) {
    out.paragraph_level = ubidi_getParaLevel(bidi.get());
    if (!utf16.utf16.empty()) levels16 = ubidi_getLevels(bidi.get(), &status);
  }
  if (levels16 && U_SUCCESS(status)) {
    // ICU counts UTF-16 units; a surrogate pair shares one level, so each code point takes the
    // level of its first unit.
    for (std::size_t i = 0; i < utf16.utf16.size(); ++i) {
      if (i == 0 || utf16.to_cp[i] != utf16.to_cp[i - 1]) out.levels[utf16.to_cp[i]] = levels16[i];
    }
  }
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i + 1;
    while (j < text.size() && out.levels[j] == out.levels[i]) ++j;
    out.runs.push_back({{TextIndex(i), TextIndex(j)}, out.levels[i]});
    i = j;
  }
  return out;
}

std::vector<std::uint8_t> line_levels(std::u32string_view text, const std::vector<std::uint8_t>& levels,
                                      TextRange line, std::uint8_t paragraph_level) {
  std::vector<std::uint8_t> out(levels.begin() + line.start.value(), levels.begin() + line.end.value());
  for (std::size_t i = out.size(); i > 0 && resets_at_line_end(text[line.start.value() + i - 1]); --i) {
    out[i - 1] = paragraph_level;
  }
  return out;
}

std::vector<std::uint32_t> visual_run_order(const std::vector<std::uint8_t>& run_levels) {
  std::vector<std::int32_t> map(run_levels.size());
  if (!run_levels.empty()) {
    ubidi_reorderVisual(run_levels.data(), static_cast<int32_t>(run_levels.size()), map.data());
  }
  return std::vector<std::uint32_t>(map.begin(), map.end());
}

}  // namespace isnad::layout
