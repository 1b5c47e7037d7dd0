// isnad/analysis/name_tagger.h — a learned tagger for people, places and organisations.
//
// A first-order linear model over BIO tags (an averaged structured perceptron, decoded with Viterbi
// under the BIO constraints), reading the analysis's own Document: the folded word and its clitic
// stem, prefixes and suffixes, shape, the gazetteers as features, unsupervised word classes, and a
// window of two words each side. The same code tags natively and in the page; the weights are
// core/data/name_model.txt (quantised, pruned), written by `isnad train ner`.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/analysis/document.h"

namespace isnad::analysis {

// The tag set: O, then B-/I- of each name type. MISC is learned (it keeps events, titles of works and
// nationalities out of the other three) but no anchor is made of it.
enum class NameType : std::uint8_t { person, place, organization, misc };
constexpr int kNameTypes = 4;
constexpr int kNameTags = 1 + 2 * kNameTypes;   // O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC
const char* name_tag_label(int tag);            // "O", "B-PER", …
int name_tag_of(std::string_view label);        // the tag of "B-PERS", "I-LOC", "B-GPE" …; 0 (O) when unknown

struct NameSpan {
  std::uint32_t tb = 0, te = 0;   // Document tokens [tb, te)
  NameType type = NameType::person;
};

class NameModel;

// The model compiled in (core/data/name_model.txt), loaded on first use.
const NameModel& default_name_model();

// Tags one article. Spans are in token order, never overlapping, never crossing a sentence end.
std::vector<NameSpan> tag_names(const Document& d, const NameModel& model);
std::vector<NameSpan> tag_names(const Document& d);   // with the default model

// ---- training (`isnad train ner`) -------------------------------------------------------------

// A gold sentence: its tokens as written, and one BIO label each ("B-PERS", "I-LOC", "O", …).
struct LabelledSentence {
  std::vector<std::string> tokens;   // UTF-8
  std::vector<std::string> labels;
};

struct NameTrainingOptions {
  int epochs = 12;
  std::uint64_t seed = 1;            // the order sentences are visited in, per epoch
  std::size_t min_count = 1;         // features seen fewer times in training are left out
  double word_dropout = 0.0;         // the share of tokens whose own word's features are hidden, each epoch
  double prune_below = 0.0;          // drop features whose largest |averaged weight| is below this
  int quant_levels = 127;            // weights stored as integers in [-quant_levels, quant_levels]
  // The non-local features (a second pass over the document reads what the first found for the same
  // words elsewhere): 0 leaves them out; N reads N consecutive sentences as one document. Their
  // first pass on the training data comes from `jackknife` models, each trained without the part it tags.
  std::size_t doc_block = 0;
  int jackknife = 2;
};

// Consecutive sentences joined into one, `block` at a time (ANERcorp's and AQMAR's follow each other),
// so that a document's names meet.
std::vector<LabelledSentence> join_sentences(const std::vector<LabelledSentence>& sentences, std::size_t block);

// Trains on the sentences and returns the model file's text (without its provenance header).
std::string train_name_model(const std::vector<LabelledSentence>& sentences, const NameTrainingOptions& options,
                             std::string* report = nullptr);

// Parses a model file's text; on failure returns nullptr and says why in *error.
std::shared_ptr<const NameModel> load_name_model(std::string_view text, std::string* error);

// Gold and predicted spans of a labelled sentence, in its own token indices (for scoring).
struct SentenceSpans {
  std::vector<NameSpan> gold, predicted;   // tb/te index LabelledSentence::tokens
};
SentenceSpans tag_labelled(const LabelledSentence& sentence, const NameModel& model);

// ---- the self-trained name list (core/data/name_auto.txt; `isnad train auto-names`) ---------------

// How often each word (its clitic stem) of unlabelled articles was tagged as each kind of name.
class AutoNameCounter {
 public:
  void add(const Document& d, const NameModel& model);   // tags d with the model and counts
  // "<stem>\t<kind>" lines for the stems tagged as one kind at least min_count times and in at least
  // min_share of their occurrences.
  std::string list_text(std::size_t min_count, double min_share, std::size_t* kept = nullptr) const;

 private:
  std::unordered_map<std::u32string, std::array<std::uint32_t, 4>> counts_;   // all, person, place, org
};

// Replaces the list the tagger's features read (training and cross-validation: "" is none); false on
// a malformed list, said in *error.
bool use_auto_names(std::string_view list_text, std::string* error);

}  // namespace isnad::analysis
