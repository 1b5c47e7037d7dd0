// isnad/xref/options.h — every threshold and weight of the cross-referencer, in one place, each
// with the stage that reads it. The defaults are the tuned values; `isnad analyze --link-threshold`
// sets min_similarity, tests set same_story to 0 to turn the story gate off.
#pragma once
#include <cstddef>

namespace isnad::xref {

struct CorpusStats;   // isnad/xref/archive.h

struct Options {
  // ---- claim reading ----------------------------------------------------------------------------
  // A nationality adjective counts as its country at this weight (a term of its own would be 1);
  // a month date also names its year, at this weight.
  double nationality_weight = 0.5, year_weight = 0.5;
  // An approximate figure ("about 500", "نحو 500") allows this range of its value.
  double approx_low = 0.8, approx_high = 1.2;
  // How many words after "بشأن / حول / طلب" an event is only what something is about; after "يحتاج /
  // ينتظر" awaited, after "حاز / تم" done; after "بالنسبة إلى" what the claim is said of alone.
  int topic_reach = 2, status_reach = 3, restricted_words = 2;
  // The people a claim is about are compared by the words of their names of at least this many
  // letters (بن، آل do not count).
  std::size_t person_word_letters = 4;
  // A claim at least this share of whose shingles are formulaic (isnad/xref/formulaic.h) states no
  // fact and is never linked; 0 turns the test off.
  double formulaic_share = 0.75;
  // A claim the analysis does not call check-worthy (no figure, entity or source of its own: "the
  // festival's other events go on", a quote's second half) still states a fact other outlets copy or
  // reword: it is read too, and links at this cosine (a near copy), while the term weights and the
  // story gate stay those of the check-worthy claims. 0: only check-worthy claims are read.
  double other_claims = 0.4;
  // ---- candidate links and clusters -------------------------------------------------------------
  // Two claims link when the tf-idf cosine of their terms (stems, event concepts, entities, values)
  // reaches this; a cluster grows while its claims stay this similar on average.
  double min_similarity = 0.18;
  // ---- stories ----------------------------------------------------------------------------------
  // The same cosine between two whole articles, below which their claims are never linked
  // (different stories); 0 turns the gate off (every article one story).
  double same_story = 0.15;
  // Candidates for "one story": articles sharing one of an article's `story_signature` weightiest
  // terms (a term of more than `story_common` articles' signatures is no evidence), ranked by the
  // dot product over signatures; the best `story_candidates` are checked with the whole vectors.
  std::size_t story_signature = 32, story_common = 256, story_candidates = 16;
  // A story is a dense group, not a chain: a group of more than `max_story` articles joined through
  // others is cut again with only its pairs at a cosine `story_step` higher, until every part fits
  // (a year of one region's news otherwise chains into one group). 0: never cut.
  std::size_t max_story = 200;
  double story_step = 0.05;
  // ---- term index -------------------------------------------------------------------------------
  // How much a term of each kind weighs against a plain stem (1): a shared value (2025-09, 2500
  // troops) says more about "the same fact" than a shared word; entities a little less than words,
  // since a story names the same few places in every claim.
  double value_weight = 2.0, entity_weight = 0.8, concept_weight = 1.2;
  // Learned similarity (isnad/xref/similarity.h): a stem meets a stem of the other claim among its
  // neighbours of cosine ≥ `similar_min` at `similar_weight` × that cosine of an exact match. Off (0)
  // while core/data has no neighbour table: the one tried (SaudiNewsNet word vectors summed per
  // stem) linked topical neighbours, not paraphrases.
  double similar_weight = 0, similar_min = 0.9;
  // ---- candidate links --------------------------------------------------------------------------
  // Each claim keeps its best match in at most `max_links` other articles (in a story of thousands
  // of articles a claim's best match "in every other article" is mostly noise).
  std::size_t max_links = 8;
  // Postings of a term used by more than (claims of the story / `common_divisor`, clamped to
  // [common_min, common_max]) claims are skipped: such a term never decides a match, and the cap
  // bounds the work per claim.
  std::size_t common_divisor = 20, common_min = 50, common_max = 200;
  // ---- clusters ---------------------------------------------------------------------------------
  // Clusters stop growing at this many claims, which bounds the work of a merge.
  std::size_t max_cluster_claims = 64;
  // A claim belongs to at most this many clusters (one a fact it states; 1: one home a claim).
  std::size_t max_facts = 2;
  // A claim joins a further cluster when it is at least this similar to each of its claims on average.
  double fact_similarity = 0.4;
  // ---- relations --------------------------------------------------------------------------------
  // Claims this alike in their words (cosine with values left out) say nearly the same thing: the
  // same wire sentence in two outlets, where a different percentage or sum of money is a conflict.
  double paraphrase = 0.6;
  // Two dates are of one event only when the claims have at least this much in common besides them
  // (cosine over words, values left out).
  double dated_alike = 0.1;
  // ---- an archive's story (isnad xref --df) -----------------------------------------------------
  // When set, the story gate weighs an article's terms by their document frequencies in this whole
  // corpus (an archive's), not in the articles given (one story of it); terms it lacks count as in those.
  const CorpusStats* corpus = nullptr;
};

}  // namespace isnad::xref
