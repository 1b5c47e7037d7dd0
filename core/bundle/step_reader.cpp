// step_reader.cpp — read() and read_answer() a value at a time (bundle::StepReader), for a page
// that draws between steps: the file is walked first (cbor_scan.h), then each value is handed to
// nlohmann alone and read by the same readers as the whole file (reading.h), in the same order, so
// that the result and the first problem found are read()'s. A 10 MB article's answer holds tens of
// thousands of anchors; its DOM alone was a long task, and freeing it another.
#include <map>
#include <utility>

#include "bundle/cbor_scan.h"
#include "bundle/reading.h"

namespace isnad::bundle {

using namespace detail;

namespace {
// The top level's arrays read an element at a time, in reading order.
enum class Stage { start, analysis, words, entities, clusters, sources, timeline, done };
constexpr const char* kStepped[] = {"analysis", "entities", "clusters", "sources", "timeline"};

struct Items {   // an array being read: its next element at `pos`
  std::size_t pos = 0, n = 0, i = 0;
};
}  // namespace

struct StepReader::State {
  State(std::string b, std::vector<std::u32string_view> t, bool answer) : bytes(std::move(b)), texts(std::move(t)), answer(answer), scan(bytes) {}
  const std::string bytes;
  const std::vector<std::u32string_view> texts;
  const bool answer;
  CborScan scan;
  Reader r;
  Bundle b;
  std::optional<Bundle> whole;   // read whole instead (what the scan does not take: see cbor_scan.h)
  Stage stage = Stage::start;
  json top = json::object();     // the top level, its stepped arrays empty
  std::map<std::string, Items> arrays;
  Items items;                   // of the stage's array
  // analysis[items.i], when it is an object: its values but the anchors, which are read one at a time.
  bool in_article = false;
  std::size_t article_end = 0;
  json rest;
  Items anchors;

  // The file was walked whole before anything is read (start), so these are for what nlohmann refuses.
  bool broken() {
    if (r.error.empty()) r.error = kNotCbor;
    return false;
  }
  bool parse(std::size_t from, std::size_t to, json* out) {
    return parse_cbor(std::string_view(bytes).substr(from, to - from), out) || broken();
  }
  // The value at items.pos, moving past it.
  bool next(json* out) {
    std::size_t end = items.pos;
    if (!scan.skip(&end)) return broken();
    if (!parse(items.pos, end, out)) return false;
    items.pos = end;
    ++items.i;
    return true;
  }
  void read_whole() {
    std::string error;
    whole = answer ? read_answer(bytes, texts, &error) : read(bytes, &error);
    if (!whole) r.error = error;
    stage = Stage::done;
  }
  bool start();
  bool article();
  bool one();
  void begin(Stage s, const char* key) {
    stage = s;
    items = key && arrays.count(key) ? arrays[key] : Items{};
  }
};

bool StepReader::State::start() {
  std::size_t pos = 0;
  CborHead h;
  if (!scan.head(&pos, &h) || h.major != 5) { read_whole(); return true; }
  for (std::uint64_t k = 0; k < h.arg; ++k) {
    std::string_view key;
    if (!scan.text(&pos, &key)) { read_whole(); return true; }
    const std::size_t from = pos;
    if (!scan.skip(&pos)) { read_whole(); return true; }
    const std::string name(key);
    arrays.erase(name);
    CborHead v;
    std::size_t first = from;
    bool stepped = false;
    for (const char* s : kStepped) stepped |= name == s;
    if (stepped && scan.head(&first, &v) && v.major == 4) {
      arrays[name] = {first, static_cast<std::size_t>(v.arg), 0};
      top[name] = json::array();
    } else if (!parse(from, pos, &top[name])) {
      return false;
    }
  }
  if (pos != bytes.size()) { read_whole(); return true; }
  Sizes sizes;
  sizes.analyses = arrays.count("analysis") ? arrays["analysis"].n : 0;
  sizes.entities = arrays.count("entities") ? arrays["entities"].n : 0;
  sizes.clusters = arrays.count("clusters") ? arrays["clusters"].n : 0;
  sizes.sources = arrays.count("sources") ? arrays["sources"].n : 0;
  if (!read_front(r, top, &sizes, answer ? &texts : nullptr, &b)) return false;
  begin(Stage::analysis, "analysis");
  return true;
}

// One part of analysis[items.i]: its values but the anchors, then an anchor, then the rest.
bool StepReader::State::article() {
  const std::size_t i = items.i;
  const std::string w = at("analysis", i);
  const corpus::Article& article = b.articles[i];
  const std::size_t analysed = b.analysed_chars[i];
  if (!in_article) {
    std::size_t pos = items.pos;
    CborHead h;
    if (!scan.head(&pos, &h) || h.major != 5) {   // not an object: read whole, for its error
      json one;
      return next(&one) && read_article_analysis(r, one, w, article, analysed, &b.analysis.articles[i], &b.chains[i]);
    }
    rest = json::object();
    anchors = {};
    for (std::uint64_t k = 0; k < h.arg; ++k) {
      std::string_view key;
      if (!scan.text(&pos, &key)) return broken();
      const std::size_t from = pos;
      if (!scan.skip(&pos)) return broken();
      CborHead v;
      std::size_t first = from;
      if (key == "anchors" && scan.head(&first, &v) && v.major == 4) {
        anchors = {first, static_cast<std::size_t>(v.arg), 0};
        rest["anchors"] = json::array();
      } else {
        if (key == "anchors") anchors = {};
        if (!parse(from, pos, &rest[std::string(key)])) return false;
      }
    }
    if (!read_analysis_head(r, rest, w, article, anchors.n, &b.analysis.articles[i])) return false;
    in_article = true;
    article_end = pos;
    return true;
  }
  if (anchors.i < anchors.n) {
    std::size_t end = anchors.pos;
    json one;
    if (!scan.skip(&end)) return broken();
    if (!parse(anchors.pos, end, &one)) return false;
    const std::u32string_view text = std::u32string_view(article.text).substr(0, analysed);
    if (!read_anchor(r, one, at(w + ".anchors", anchors.i), text, &b.analysis.articles[i].anchors[anchors.i])) return false;
    anchors.pos = end;
    ++anchors.i;
    return true;
  }
  if (!read_analysis_rest(r, rest, w, analysed, &b.analysis.articles[i], &b.chains[i])) return false;
  in_article = false;
  rest = json();
  items.pos = article_end;
  ++items.i;
  return true;
}

// One unit of work: the walk and the top level, a part of an article's analysis, or an element.
bool StepReader::State::one() {
  json v;
  switch (stage) {
    case Stage::start: return start();
    case Stage::analysis:
      if (items.i < items.n) return article();
      begin(Stage::words, nullptr);
      return true;
    case Stage::words:
      if (!read_words(r, top, &b)) return false;
      begin(Stage::entities, "entities");
      return true;
    case Stage::entities:
      if (items.i == items.n) { begin(Stage::clusters, "clusters"); return true; }
      return next(&v) && read_entity(r, v, at("entities", items.i - 1), b.analysed_chars, &b.analysis.entities[items.i - 1]);
    case Stage::clusters:
      if (items.i == items.n) { begin(Stage::sources, "sources"); return true; }
      return next(&v) && read_cluster(r, v, at("clusters", items.i - 1), b.analysis, &b.clusters[items.i - 1]);
    case Stage::sources:
      if (items.i == items.n) { begin(Stage::timeline, "timeline"); return true; }
      return next(&v) && read_sources(r, v, at("sources", items.i - 1), b.articles.size(), &b.sources[items.i - 1]);
    case Stage::timeline:
      if (items.i == items.n) { stage = Stage::done; return true; }
      if (!next(&v)) return false;
      b.timeline.push_back(std::move(v));
      return true;
    case Stage::done: return true;
  }
  return true;
}

StepReader::StepReader(std::string bytes) : s_(std::make_unique<State>(std::move(bytes), std::vector<std::u32string_view>{}, false)) {}
StepReader::StepReader(std::string bytes, std::vector<std::u32string_view> texts)
    : s_(std::make_unique<State>(std::move(bytes), std::move(texts), true)) {}
StepReader::~StepReader() = default;
StepReader::StepReader(StepReader&&) noexcept = default;
StepReader& StepReader::operator=(StepReader&&) noexcept = default;

bool StepReader::step(std::size_t units) {
  for (; units > 0 && s_->stage != Stage::done; --units)
    if (!s_->one()) s_->stage = Stage::done;
  return done();
}

bool StepReader::done() const { return s_->stage == Stage::done; }

std::optional<Bundle> StepReader::take(std::string* error) {
  if (!done()) step(static_cast<std::size_t>(-1));
  if (!s_->r.ok()) {
    if (error) *error = s_->r.error;
    return std::nullopt;
  }
  if (s_->whole) return std::move(s_->whole);
  return std::move(s_->b);
}

}  // namespace isnad::bundle
