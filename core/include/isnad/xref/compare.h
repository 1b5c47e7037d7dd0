// isnad/xref/compare.h — do two statements of (possibly) the same fact agree, disagree, or neither?
//
// `isnad compare A B` and the reader's "also in" judgements of headline-sized statements. Each
// statement goes through the analysis (anchors: dates, counts, entities) and becomes the same terms
// the cross-referencer uses; a pair becomes features — overlap, conflicting values, a negation on one
// side, the words only one side has and the pairs of such words (so "ارتفاع" against "انخفاض" is
// learned, not listed) — scored by a small multinomial logistic regression. Its weights are a data
// file (core/data/compare_model.txt) that `isnad compare --train pairs.csv` writes from labelled pairs;
// the model is a few thousand numbers and runs in the page.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace isnad::xref {

enum class Stance { agree, disagree, other };
const char* stance_name(Stance s);

struct Judgement {
  Stance stance = Stance::other;
  double probability[3] = {0, 0, 0};   // agree, disagree, other
  std::string why;                     // the decisive difference when one is known ("2025 vs 2026")
};

// Judges a pair with the built-in model.
Judgement compare(std::string_view a_utf8, std::string_view b_utf8);

struct LabelledPair { std::string a, b; Stance stance; };

// Trains a model on labelled pairs and returns it in the model file's format.
std::string train_compare_model(const std::vector<LabelledPair>& pairs);

}  // namespace isnad::xref
