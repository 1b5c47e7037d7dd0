#include "reader_model.h"

#include <map>
#include <string_view>
#include <utility>

#include "isnad/text/boundary.h"

namespace isnad::web {
namespace {
std::map<std::string, std::string>& words() {
  static std::map<std::string, std::string> w;
  return w;
}
}  // namespace

const std::string& note_word(const std::string& key) {
  static const std::string none;
  const auto it = words().find(key);
  return it == words().end() ? none : it->second;
}

void ReaderModel::analyse() {
  answer_.reset();
  index_texts();
  bundle::Options options;
  options.max_chars = analyse_max_chars;
  adopt(bundle::analyse(articles, options));
}

void ReaderModel::adopt(bundle::Bundle&& result) {
  analysed_chars = std::move(result.analysed_chars);
  analysis = std::move(result.analysis);
  clusters = std::move(result.clusters);
  sources = std::move(result.sources);
  headers = std::move(result.headers);
  chains = std::move(result.chains);
  for (auto& [key, word] : result.words) words()[key] = std::move(word);
  current_ = true;
  index();
}

void ReaderModel::forget_analysis() {
  analysis = {};
  for (const auto& a : articles) analysis.articles.push_back({a.meta.file, a.meta.outlet, a.meta.date, {}, {}, {}});
  analysed_chars.assign(articles.size(), 0);
  clusters.clear();
  sources.clear();
  headers.clear();
  chains.clear();
  current_ = false;
  index();
}

ReaderModel::Loaded ReaderModel::load_bundle(std::string_view bytes, std::string* error) {
  auto b = bundle::read(bytes, error);
  if (!b) return Loaded::unreadable;
  answer_.reset();
  const bool current = b->core == bundle::core_version();
  articles = std::move(b->articles);
  reader_ids.assign(articles.size(), "");
  corpus_name = b->name;
  index_texts();
  if (!current) {
    if (error) *error = "the bundle was made by core " + b->core + ", this is " + bundle::core_version();
    forget_analysis();
    return Loaded::stale;
  }
  b->articles.clear();
  adopt(std::move(*b));
  return Loaded::current;
}

// Each article goes only as far as the worker will analyse it (the cut core/bundle makes), so that a
// 10 MB article is neither encoded whole here nor carried back whole in the answer.
std::string ReaderModel::analysis_request() const {
  std::vector<corpus::Article> scope;
  scope.reserve(articles.size());
  for (const auto& a : articles) {
    const std::size_t n = text::cut_point(a.text, 0, analyse_max_chars);
    scope.push_back(n == a.text.size() ? a : corpus::Article{a.meta, a.text.substr(0, n), a.replaced});
  }
  return bundle::write_request(scope, corpus_name);
}

// The answer carries no texts (bundle::write_answer): it is read against the texts asked about.
bool ReaderModel::adopt_answer(std::string_view bytes, std::string* error) {
  begin_answer(std::string(bytes));
  return read_answer_some(static_cast<std::size_t>(-1), error) == AnswerRead::adopted;
}

void ReaderModel::begin_answer(std::string bytes) {
  std::vector<std::u32string_view> asked;
  asked.reserve(articles.size());
  for (const auto& a : articles) asked.push_back(std::u32string_view(a.text).substr(0, text::cut_point(a.text, 0, analyse_max_chars)));
  answer_ = std::make_unique<bundle::StepReader>(std::move(bytes), std::move(asked));
}

ReaderModel::AnswerRead ReaderModel::read_answer_some(std::size_t units, std::string* error) {
  if (!answer_) return AnswerRead::refused;
  if (!answer_->step(units)) return AnswerRead::reading;
  auto b = answer_->take(error);
  answer_.reset();
  if (!b) return AnswerRead::refused;
  auto refuse = [&](const std::string& why) { if (error) *error = why; return AnswerRead::refused; };
  if (b->core != bundle::core_version()) return refuse("the analysis was made by core " + b->core + ", this is " + bundle::core_version());
  if (b->analysis.articles.size() != articles.size())
    return refuse("the analysis is of " + std::to_string(b->analysis.articles.size()) + " articles, the reader has " + std::to_string(articles.size()));
  for (std::size_t i = 0; i < articles.size(); ++i)
    if (b->articles[i].meta.file != articles[i].meta.file || b->analysed_chars[i] != text::cut_point(articles[i].text, 0, analyse_max_chars))
      return refuse("the analysis is of other articles (" + b->articles[i].meta.file + ")");
  b->articles.clear();   // the reader's own copies stay
  adopt(std::move(*b));
  return AnswerRead::adopted;
}

void ReaderModel::add_article(corpus::Article article, const std::string& id) {
  answer_.reset();   // its texts were these articles'
  reader_ids.resize(articles.size());
  analysis.articles.push_back({article.meta.file, article.meta.outlet, article.meta.date, {}, {}, {}});
  analysed_chars.resize(articles.size());
  analysed_chars.push_back(0);
  articles.push_back(std::move(article));
  reader_ids.push_back(id);
  current_ = false;
  search_index.articles.resize(articles.size() - 1);
  if (articles.back().text.size() <= kIndexAtOnceChars) {
    search_index.articles.push_back(search::fold_for_search(articles.back().text));
  } else {
    search_index.articles.emplace_back();
    pending_index_.push_back({articles.back().meta.file, {}});
  }
  index();
}

bool ReaderModel::index_some(std::size_t max_chars) {
  while (!pending_index_.empty()) {
    PendingIndex& p = pending_index_.front();
    std::size_t i = 0;
    while (i < articles.size() && articles[i].meta.file != p.file) ++i;
    if (i == articles.size()) { pending_index_.erase(pending_index_.begin()); continue; }   // removed meanwhile
    if (!p.builder.step(articles[i].text, max_chars)) return false;
    search_index.articles[i] = p.builder.take();
    pending_index_.erase(pending_index_.begin());
    return true;
  }
  return false;
}

std::string ReaderModel::remove_article(int index) {
  if (index < 0 || index >= static_cast<int>(articles.size())) return {};
  reader_ids.resize(articles.size());
  std::string id = reader_ids[index];
  if (id.empty()) return {};   // the sample corpus is not removable
  answer_.reset();
  auto erase = [index](auto& v) { if (index < static_cast<int>(v.size())) v.erase(v.begin() + index); };
  erase(articles);
  erase(search_index.articles);
  erase(reader_ids);
  erase(analysis.articles);
  erase(analysed_chars);
  erase(headers);
  erase(chains);
  // Clusters, sources and entities count articles by index: they wait for the next analysis.
  clusters.clear();
  sources.clear();
  analysis.entities.clear();
  current_ = false;
  this->index();
  return id;
}

void ReaderModel::index_texts() {
  pending_index_.clear();
  std::vector<std::u32string_view> texts;
  for (const auto& a : articles) texts.emplace_back(a.text);
  search_index = search::build_index(texts);
}

void ReaderModel::index() {
  const std::size_t n = analysis.articles.size();
  claim_cluster.assign(n, {});
  disputed_claims.assign(articles.size(), 0);
  for (std::size_t a = 0; a < n; ++a) claim_cluster[a].assign(analysis.articles[a].claims.size(), -1);
  // Clusters overlap (a claim can report two facts): a claim's card shows the biggest one it is in.
  for (std::size_t k = 0; k < clusters.size(); ++k)
    for (const auto& c : clusters[k].claims) {
      int& mine = claim_cluster[c.article][c.claim];
      if (mine < 0 || clusters[k].claims.size() > clusters[mine].claims.size()) mine = static_cast<int>(k);
    }
  for (std::size_t a = 0; a < n; ++a)
    for (int k : claim_cluster[a])
      if (k >= 0 && clusters[k].relation == xref::Relation::disagree) ++disputed_claims[a];
  // The claims another source contradicts (a claim may be in several clusters), and their anchors.
  std::vector<std::vector<std::uint8_t>> disputed(n);
  for (std::size_t a = 0; a < n; ++a) disputed[a].assign(analysis.articles[a].claims.size(), 0);
  for (const auto& k : clusters)
    if (k.relation == xref::Relation::disagree)
      for (const auto& c : k.claims) disputed[c.article][c.claim] = 1;
  anchor_disputed.clear();
  for (std::size_t a = 0; a < n; ++a) anchor_disputed.push_back(anchors_in_claims(analysis.articles[a], disputed[a]));
}

int ReaderModel::cluster_of(std::size_t article, std::size_t claim) const {
  if (article >= claim_cluster.size() || claim >= claim_cluster[article].size()) return -1;
  return claim_cluster[article][claim];
}

int ReaderModel::claim_at(std::size_t article, std::size_t offset) const {
  if (article >= analysis.articles.size()) return -1;
  const auto& cl = analysis.articles[article].claims;
  for (std::size_t i = 0; i < cl.size(); ++i)
    if (cl[i].start <= offset && offset < cl[i].end) return static_cast<int>(i);
  return -1;
}

std::string ReaderModel::title(std::size_t article) const {
  if (article >= articles.size()) return {};
  const auto& m = articles[article].meta;
  if (m.title && !m.title->empty()) return *m.title;
  if (article < headers.size() && !headers[article].title.empty()) return headers[article].title;
  return articles[article].first_line();
}

std::string ReaderModel::link(std::size_t article) const {
  if (article >= articles.size()) return {};
  if (articles[article].meta.url) return *articles[article].meta.url;
  return article < headers.size() ? headers[article].link : std::string();
}

std::string ReaderModel::outlet(std::size_t article) const {
  if (article >= articles.size()) return {};
  const auto& m = articles[article].meta;
  if (m.outlet) return *m.outlet;
  if (m.title) return *m.title;
  return {};
}

std::vector<std::uint8_t> anchors_in_claims(const analysis::ArticleAnalysis& article, const std::vector<std::uint8_t>& claims) {
  std::vector<std::uint8_t> out(article.anchors.size(), 0);
  for (std::size_t c = 0; c < article.claims.size() && c < claims.size(); ++c)
    if (claims[c] && article.claims[c].checkworthy)
      for (std::uint32_t a : article.claims[c].anchors) if (a < out.size()) out[a] = 1;
  return out;
}

}  // namespace isnad::web
