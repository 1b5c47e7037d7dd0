// isnad/bundle/bundle.h — a corpus with everything the reader shows about it, computed once: the
// articles (id, text, outlet, date, title, url), their analysis, the clusters of the same fact
// across them, each cluster's independent sources, and the timeline. The build writes the sample
// corpus's bundle (`isnad bundle`), so that the page opens without analysing; the analysis worker
// answers the page with one; an archive story can be one.
//
//   Bundle b = isnad::bundle::analyse(articles, {});        // the analysis pipeline, end to end
//   std::string bytes = isnad::bundle::write(b);             // CBOR, docs/bundle.md
//   auto back = isnad::bundle::read(bytes, &error);          // checked: offsets, indexes, types
//   if (back && back->core != isnad::bundle::core_version()) …   // made by another core: analyse again
//
// No exceptions (the page is built without them): a bad file is nullopt and a message.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/title.h"
#include "isnad/corpus/corpus.h"
#include "isnad/xref/sources.h"
#include "isnad/xref/xref.h"

namespace isnad::bundle {

// The layout of the file; a reader refuses another.
inline constexpr int kFormatVersion = 1;

// The core this build was made from: a hash of core/ (sources, headers and data files), computed by
// the build (cmake/core_version.cmake writes this function). Two builds of the same core give the same analysis.
const char* core_version();

struct Bundle {
  std::string core;                            // core_version() of the core that made it
  std::string name, name_en;                   // the corpus (or story), for the page's title
  std::vector<corpus::Article> articles;       // meta.file is the article's id
  std::vector<std::size_t> analysed_chars;     // per article: code points analysed (the text's size unless huge)
  analysis::Analysis analysis;                 // of the analysed prefixes; none in a request (articles to analyse)
  std::vector<xref::Cluster> clusters;
  std::vector<xref::ClusterSources> sources;   // per cluster
  nlohmann::json timeline = nlohmann::json::array();   // xref::timeline_json, for programs reading the file
  // What the page shows beside the analysis, so that it needs none of the analysis code or data:
  std::vector<analysis::ArticleHeader> headers;               // per article (analysis/title.h)
  std::vector<std::vector<std::vector<std::string>>> chains;  // [article][claim] → xref::attribution_chain
  std::map<std::string, std::string> words;   // the Arabic word (xref::note_word) of each unit and event key used
};

struct Options {
  // Each article is analysed up to this many code points, cut at a line, sentence or word end
  // (text::cut_point); offsets are the same in the prefix and the whole text.
  std::size_t max_chars = static_cast<std::size_t>(-1);
  xref::Options xref;
};

// Analyses `articles` and cross-references them: the whole pipeline the reader needs.
Bundle analyse(std::vector<corpus::Article> articles, const Options& options);

std::string write(const Bundle& bundle);
// A request: the articles alone, for an analysis done elsewhere (the page's worker); the same as
// write() of a bundle holding only them, without copying them into one.
std::string write_request(const std::vector<corpus::Article>& articles, const std::string& name);
std::optional<Bundle> read(std::string_view bytes, std::string* error);
// An answer to a request (the page's worker): the bundle without the articles' texts, which the asker
// has (a 10 MB article's analysed megabytes are not carried back); read_answer reads it against the
// texts asked about (texts[i]: article i's, at least as far as it was analysed), checked as read() checks.
std::string write_answer(const Bundle& bundle);
std::optional<Bundle> read_answer(std::string_view bytes, const std::vector<std::u32string_view>& texts, std::string* error);

// read() and read_answer() a step at a time, for a page that draws between steps (a 10 MB article's
// answer holds tens of thousands of anchors: read whole, its DOM and then freeing it were long
// tasks). The file is walked first, then each value goes through read()'s checks alone, in read()'s
// order: the result, or the first problem found, is read()'s. What write() never writes (indefinite
// lengths, tags, a top level that is no map) is read whole, by read().
//
//   bundle::StepReader reader(std::move(bytes), texts);
//   while (!reader.step(64)) { /* draw a frame */ }
//   auto b = reader.take(&error);
class StepReader {
 public:
  explicit StepReader(std::string bytes);                              // as read()
  StepReader(std::string bytes, std::vector<std::u32string_view> texts);   // as read_answer(); the texts outlive the reader
  ~StepReader();
  StepReader(StepReader&&) noexcept;
  StepReader& operator=(StepReader&&) noexcept;
  // Reads about `units` more values (an anchor, an entity, a cluster, …; the first unit walks the
  // file and reads its top level); true when finished.
  bool step(std::size_t units);
  bool done() const;
  // The bundle, or nullopt and why; reads what is left first. Once.
  std::optional<Bundle> take(std::string* error);

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace isnad::bundle
