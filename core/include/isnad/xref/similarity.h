// isnad/xref/similarity.h — learned word similarity: the stems claim reading keys a claim's words by,
// and for the commonest of them their nearest stems in skip-gram vectors trained on SaudiNewsNet
// (core/data/similar_stems.txt, made by scripts/train_similarity). "محادثات" meets "مفاوضات",
// "صفق" meets "اتفاق" without a hand list of synonyms.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace isnad::xref {

// The stem claim reading gives a folded word: the alif of an indefinite accusative dropped, then the
// light stem (isnad/text/stem.h).
std::u32string term_stem(std::u32string_view folded_word);

struct SimilarStem {
  std::u32string stem;
  double cosine = 0;   // of the two stems' vectors, quantised to hundredths
};

// The nearest stems of a stem, nearest first (empty for a stem the table does not have).
const std::vector<SimilarStem>& similar_stems(const std::u32string& stem);

}  // namespace isnad::xref
