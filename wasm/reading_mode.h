// wasm/reading_mode.h — how much of an article is coloured. "claims" (the default) colours what a
// fact-checker checks: numbers, dates, quotes, attributions, and the people, places and
// organisations named inside the claims that need checking — check-worthy claims another source
// contradicts; other names get only a thin underline. (The analysis marks nearly every sentence of a
// news article check-worthy: 20 of 22 claims in the seed 000, whose first screen names 26 people,
// places and organisations; colouring them all would leave the view as it was.)
// "everything" colours every highlight (the legend's kinds); "plain" shows the text with only the
// disputed claims marked. The legend's toggles apply in every mode.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "isnad/analysis/analysis.h"

namespace isnad::web {

enum class ReadingMode { claims, everything, plain };
constexpr int kReadingModes = 3;
const char* reading_mode_name(ReadingMode m);    // "claims", "everything", "plain"
const char* reading_mode_label(ReadingMode m);   // in the interface language
bool reading_mode_from_name(const char* name, ReadingMode* out);

enum class AnchorMark { none, fill, underline, thin_underline };
const char* anchor_mark_name(AnchorMark m);      // "none", "fill", "underline", "thin"

// Which anchors are inside disputed check-worthy claims: anchors_in_claims (reader/reader_model.h).

// How an anchor is drawn: `shown` is the legend's toggle for its kind, `in_disputed` from above.
AnchorMark anchor_mark(ReadingMode mode, analysis::AnchorType type, bool shown, bool in_disputed);

}  // namespace isnad::web
