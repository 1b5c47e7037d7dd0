// isnad/xref/compare.h — do two statements of (possibly) the same fact agree, disagree, or neither?
//
// `isnad compare A B` and the reader's "also in" judgements of headline-sized statements. Each
// statement goes through the analysis (anchors: dates, counts, entities) and becomes the same terms
// the cross-referencer uses, and its surface words (light stems, character n-grams); a pair becomes
// features — overlap of terms, stems and n-grams, conflicting values, a negation on one side, the
// words only one side has once words of one family (يسيطر / سيطرة) are matched, how many are left on
// each side, and, hashed, those words and the pairs of them (so "ارتفاع" against "انخفاض" is learned,
// not listed) — scored by a multinomial logistic regression. Its weights are a data file
// (core/data/compare_model.txt, about 70 KB) that `isnad compare --train pairs.csv` writes from
// labelled pairs, and `isnad compare --cv pairs.csv` cross-validates; it runs in the page.
#pragma once
#include <cstddef>
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

// How a model is trained: averaged SGD over the pairs with L2, classes weighted by
// (n / (classes × count))^class_weight_power, and which feature groups the pairs become (a bit set; see
// compare.cpp). The defaults are what built the shipped model (chosen by cross-validation on the ANS
// training pairs).
struct TrainOptions {
  int epochs = 10;
  double learning_rate = 0.03;
  double decay = 0.1;              // learning rate / (1 + epoch × decay)
  double l2 = 1e-4;
  double class_weight_power = 0.5;
  bool average = true;
  std::size_t buckets = 16384;     // hashed sparse features
  unsigned groups = 1787;          // see compare.cpp; the groups left out did not help in cross-validation
  unsigned seed = 12345;
};

// Trains a model on labelled pairs and returns it in the model file's format.
std::string train_compare_model(const std::vector<LabelledPair>& pairs, const TrainOptions& options = {});

// k-fold cross-validation (stratified), repeated on `repeats` shufflings, of each set of options, on
// the same folds; F1 counts every held-out prediction. The pairs become features once, with the first
// options' groups.
struct CrossValidation {
  struct Result {
    TrainOptions options;
    double macro_f1 = 0, accuracy = 0;
    double f1[3] = {0, 0, 0};
    std::vector<Stance> held_out;   // each pair's held-out judgement in the first repeat
  };
  std::vector<Result> results;
};
CrossValidation cross_validate_compare_model(const std::vector<LabelledPair>& pairs, int folds, int repeats,
                                             const std::vector<TrainOptions>& options);

}  // namespace isnad::xref
