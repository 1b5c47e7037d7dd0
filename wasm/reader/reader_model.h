// wasm/reader/reader_model.h — what the reader reads: the articles, their analysis, the same facts
// across them (clusters) with their independent sources, and the indexes the page looks things up
// in. Filled from a precomputed bundle (core/bundle: the sample corpus, the analysis worker's answer)
// or by analysing here. No ImGui, no Emscripten, no interface language: built natively and unit-tested
// (tests/wasm/reader). The view (what is open, scrolled, selected) is wasm/view_state.h.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/title.h"
#include "isnad/bundle/bundle.h"
#include "isnad/corpus/corpus.h"
#include "isnad/search/search.h"
#include "isnad/xref/sources.h"
#include "isnad/xref/xref.h"

namespace isnad::web {

struct ReaderModel {
  std::vector<corpus::Article> articles;
  std::vector<std::string> reader_ids;   // per article: the storage id of a reader's own article, or ""
  std::string corpus_name;

  // A huge article is analysed up to a bound, so that its anchors, claims and cross-references stay
  // within the page's heap and a few seconds of work: about 2 MB of Arabic, far beyond any news
  // article. The rest is shown, searchable and selectable, without highlights; the page says so.
  static constexpr std::size_t kAnalyseMaxChars = 1000000;
  std::size_t analyse_max_chars = kAnalyseMaxChars;
  std::vector<std::size_t> analysed_chars;   // per article: code points analysed (the text's size unless huge)
  // Of `articles`, one entry per article always (an article not analysed yet has an empty one), so
  // that the view can index it by article; analysed() says whether it is current.
  analysis::Analysis analysis;
  std::vector<xref::Cluster> clusters;       // the same facts across articles
  std::vector<xref::ClusterSources> sources; // [cluster] → outlets and independent sources

  // What the analysis gave beside it (core/bundle), and indexes read by every frame (index()).
  std::vector<std::vector<int>> claim_cluster;            // [article][claim] → index into clusters, or -1
  std::vector<int> disputed_claims;                       // per article: claims in a `disagree` cluster
  std::vector<std::vector<std::uint8_t>> anchor_disputed; // [article][anchor]: inside a disputed check-worthy claim
  std::vector<analysis::ArticleHeader> headers;           // per article: headline, "المصدر:" / "الرابط:" lines
  std::vector<std::vector<std::vector<std::string>>> chains;   // [article][claim] → outlet, cited sources (xref/sources.h)
  search::Index search_index;                             // of `articles` (whole texts; see index_some)

  // ---- filling it
  // The analysis is of the articles as they are (none was added or removed since).
  bool analysed() const { return current_; }
  // Analyses every article (up to analyse_max_chars) and cross-references them, here.
  void analyse();
  // Takes a bundle's result for the current `articles` (the same ones, in the same order).
  void adopt(bundle::Bundle&& result);
  // Replaces the corpus with a bundle's articles; takes its analysis too when this core made it.
  enum class Loaded { current, stale, unreadable };
  Loaded load_bundle(std::string_view bytes, std::string* error);
  // The analysis done elsewhere (the page's worker, wasm/worker): the request to send it (a bundle of
  // the articles, each only as far as it is analysed, no analysis), and its answer (no texts:
  // bundle::write_answer), taken when it is for these articles (the same ids, each analysed as far as
  // the request went); false and why otherwise, the model unchanged.
  std::string analysis_request() const;
  bool adopt_answer(std::string_view bytes, std::string* error);
  // The same a step at a time, for the page (a 10 MB article's answer holds tens of thousands of
  // anchors): begin_answer keeps the bytes, read_answer_some reads about `units` more values
  // (bundle::StepReader) and says whether it is still reading, took the answer, or refused it
  // (`error` says why, the model unchanged). Adding or removing an article meanwhile drops it.
  enum class AnswerRead { reading, adopted, refused };
  void begin_answer(std::string bytes);
  AnswerRead read_answer_some(std::size_t units, std::string* error);
  bool reading_answer() const { return answer_ != nullptr; }
  // A reader's article (`id`: its storage id) joins the corpus, not analysed; the others keep theirs.
  // Its search text is folded here up to kIndexAtOnceChars; a bigger one is folded by index_some,
  // a slice at a time (a 10 MB article's fold is hundreds of milliseconds), and find passes over it
  // until then.
  void add_article(corpus::Article article, const std::string& id);
  static constexpr std::size_t kIndexAtOnceChars = 200000;
  // Folds about `max_chars` more of an added article's search text; true when an article's entry
  // in search_index became complete (find should look again).
  bool index_some(std::size_t max_chars);
  bool indexing() const { return !pending_index_.empty(); }
  // Removes a reader's article (the clusters go with it until the next analysis); the sample corpus
  // stays. Returns its storage id, or "" when nothing was removed.
  std::string remove_article(int index);

  // ---- reading it
  int cluster_of(std::size_t article, std::size_t claim) const;   // -1 when reported by one article only
  int claim_at(std::size_t article, std::size_t offset) const;    // the claim covering an offset, or -1
  std::string title(std::size_t article) const;   // the title a reader gave, else the header's, else the first line
  std::string link(std::size_t article) const;    // the metadata URL, else the text's "الرابط:" line, or ""
  std::string outlet(std::size_t article) const;  // the metadata outlet, else its title, else ""

 private:
  bool current_ = false;
  std::unique_ptr<bundle::StepReader> answer_;   // an answer being read (begin_answer)
  struct PendingIndex { std::string file; search::SearchTextBuilder builder; };
  std::vector<PendingIndex> pending_index_;   // added articles whose search text is being folded, oldest first
  void index();         // the indexes above, from the analysis and clusters
  void index_texts();   // search_index, from the articles' texts
  void forget_analysis();   // empty entries for every article: nothing analysed
};

// The Arabic word of a unit or event key ("troop" → "جندي"), from the bundles the reader has adopted
// (the page has no copy of core/data), or "".
const std::string& note_word(const std::string& key);

// Per anchor of an article: whether it lies inside one of the claims flagged in `claims` (per claim:
// check-worthy and disputed).
std::vector<std::uint8_t> anchors_in_claims(const analysis::ArticleAnalysis& article, const std::vector<std::uint8_t>& claims);

}  // namespace isnad::web
