// isnad/xref/formulaic.h — formulaic sentences: prayers ("نسأل الله أن يحفظ بلادنا"), the set phrases of
// official statements, a paper's sign-off. They state no fact, and two outlets sharing one is no
// corroboration. Learned, not listed: shingles (four stems in a row) that SaudiNewsNet repeats in many
// articles of many outlets over many days (core/data/formulaic_shingles.txt, made by
// scripts/train_similarity); a claim most of whose shingles are such is formulaic.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace isnad::xref {

// The shingles of a text: a 32-bit hash of each run of four words as claim reading stems them.
std::vector<std::uint32_t> shingles(std::u32string_view text);

// Whether a shingle is formulaic (in the learned table).
bool formulaic_shingle(std::uint32_t shingle);

// Whether a text (a claim's) is formulaic: at least `share` of its shingles are, and it has one.
bool formulaic(std::u32string_view text, double share);

}  // namespace isnad::xref
