// name_document.h — the name tagger's non-local features: what a first pass over the whole document
// found for the same word elsewhere.
//
// A name is often plain in one sentence ("قال الرئيس الكيني موسى مودافادي") and bare in another
// ("وأضاف مودافادي"). The tagger first tags the document without these features, then again with
// them (name_tagger.cpp); training reads a first pass made out of fold (name_training.cpp), so that
// the second model learns how far to trust a first pass on text it has not seen.
//   Dy  the kind the word (its clitic stem) was tagged as elsewhere, most often ("O": seen, never a name)
//   Ds  that kind and how often: in all, most or some of its other occurrences
//   Dt  the tag it had most often elsewhere (B-PER, I-PER …)
//   DF / DL  the first / last word of a name of that kind of several words elsewhere
//   D-1 / D+1  the previous / next token's Dy
#pragma once
#include <cstdint>
#include <vector>

#include "isnad/analysis/document.h"
#include "name_features.h"

namespace isnad::analysis {

class DocumentNames {
 public:
  // first_tags: the first pass's tag of each token of d (0, O, outside sentences).
  DocumentNames(const Document& d, const std::vector<int>& first_tags);
  void features(std::size_t i, FeatureSink& out) const;   // token i of d
  // Whether any token has a feature (a document without a repeated word needs no second pass).
  bool any() const { return any_; }

 private:
  struct Elsewhere {
    std::int8_t kind = -1;     // -1: the word is nowhere else; 0: elsewhere, never a name; 1…4: a name type + 1
    std::int8_t tag = 0;       // the commonest name tag elsewhere
    std::int8_t share = 0;     // 0 all, 1 most, 2 some of its other occurrences tagged as that kind
    std::int8_t first = -1, last = -1;   // type + 1 of a longer name it begins / ends elsewhere
  };
  const Document& d_;
  std::vector<Elsewhere> at_;
  bool any_ = false;
};

}  // namespace isnad::analysis
