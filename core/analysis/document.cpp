// document.cpp — fold, segment into words and sentences, index tokens by sentence.
#include "isnad/analysis/document.h"

namespace isnad::analysis {

Document make_document(std::u32string_view original) {
  Document d;
  d.original = original;
  d.norm = text::normalize_for_matching(original);
  d.tokens = text::segment_words(d.norm);
  d.sentences = text::segment_sentences(d.norm, d.tokens);
  d.sentence_of.assign(d.tokens.size(), 0);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t i = d.sentences[s].begin; i < d.sentences[s].end; ++i) d.sentence_of[i] = s;
  return d;
}

}  // namespace isnad::analysis
