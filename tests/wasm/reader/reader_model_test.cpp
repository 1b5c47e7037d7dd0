#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "reader/reader_model.h"
#include "test_support.h"

using namespace isnad;
using web::ReaderModel;

namespace {

corpus::Article article(const char* file, const char* outlet, const std::u32string& text) {
  corpus::ArticleMeta m{file};
  if (outlet) m.outlet = outlet;
  return corpus::make_article(m, text::to_utf8(text), nullptr);
}

// Three reports of one fact; the third gives another date, so the cluster disagrees.
std::vector<corpus::Article> reports() {
  return {article("a.txt", "صحيفة أ", U"ونقلت وكالة رويترز عن مسؤول أمريكي كبير أن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2025."),
          article("b.txt", "صحيفة ب", U"وذكرت وكالة رويترز أن القوات الأمريكية ستغادر قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025."),
          article("c.txt", nullptr, U"قال وزير الدفاع العراقي إن انسحاب القوات الأمريكية من قاعدة عين الأسد سيكتمل بحلول سبتمبر 2026.")};
}

std::string bundle_of(std::vector<corpus::Article> articles, const char* core = nullptr) {
  bundle::Bundle b = bundle::analyse(std::move(articles), {});
  b.name = "عينة";
  if (core) b.core = core;
  return bundle::write(b);
}

// What the page reads of a model, to compare two ways of filling it.
nlohmann::json seen(const ReaderModel& m) {
  nlohmann::json titles = nlohmann::json::array();
  for (std::size_t i = 0; i < m.articles.size(); ++i) titles.push_back({m.title(i), m.link(i), m.outlet(i)});
  return {{"analysis", analysis::to_json(m.analysis)}, {"clusters", xref::clusters_json(m.clusters, m.analysis)},
          {"claim_cluster", m.claim_cluster}, {"disputed", m.disputed_claims}, {"anchor_disputed", m.anchor_disputed},
          {"titles", titles}, {"analysed_chars", m.analysed_chars}, {"sources", m.sources.size()}};
}

}  // namespace

TEST_SUITE("reader model") {
TEST_CASE("analysing indexes claims, clusters and disputes for the frame loop") {
  ReaderModel m;
  m.articles = reports();
  CHECK(!m.analysed());
  m.analyse();
  REQUIRE(m.analysed());
  REQUIRE(m.clusters.size() == 1);
  CHECK(m.clusters[0].relation == xref::Relation::disagree);
  CHECK(m.sources.size() == 1);
  for (std::size_t a = 0; a < 3; ++a) {
    CHECK(m.cluster_of(a, 0) == 0);
    CHECK(m.disputed_claims[a] == 1);
    CHECK(m.claim_at(a, 5) == 0);
    CHECK(m.analysed_chars[a] == m.articles[a].text.size());
  }
  CHECK(m.cluster_of(7, 0) == -1);
  CHECK(m.cluster_of(0, 9) == -1);
  CHECK(m.claim_at(0, 100000) == -1);
  // The disputed claim's date is marked; the anchors of a claim no one contradicts would not be.
  bool date_marked = false;
  const auto& an = m.analysis.articles[2];
  for (std::size_t i = 0; i < an.anchors.size(); ++i)
    if (an.anchors[i].type == analysis::AnchorType::date) date_marked |= m.anchor_disputed[2][i] == 1;
  CHECK(date_marked);
  CHECK(m.outlet(0) == "صحيفة أ");
  CHECK(m.outlet(2).empty());
  CHECK(!m.title(0).empty());
  CHECK(search::find(m.search_index, U"عين الأسد").size() == 3);
}

TEST_CASE("a bundle from this core fills the model as analysing would") {
  ReaderModel analysed, loaded;
  analysed.articles = reports();
  analysed.analyse();
  std::string err;
  REQUIRE(loaded.load_bundle(bundle_of(reports()), &err) == ReaderModel::Loaded::current);
  CHECK(loaded.corpus_name == "عينة");
  CHECK(loaded.analysed());
  CHECK(seen(loaded) == seen(analysed));
  CHECK(loaded.reader_ids == std::vector<std::string>(3, ""));
}

TEST_CASE("a bundle from another core gives its articles, to be analysed again") {
  ReaderModel m;
  std::string err;
  REQUIRE(m.load_bundle(bundle_of(reports(), "0000000000000000"), &err) == ReaderModel::Loaded::stale);
  CHECK(err.find("0000000000000000") != std::string::npos);
  CHECK(m.articles.size() == 3);
  CHECK(!m.analysed());
  CHECK(m.clusters.empty());
  CHECK(m.cluster_of(0, 0) == -1);
  CHECK(m.claim_at(0, 5) == -1);
  m.analyse();
  CHECK(m.analysed());
  CHECK(m.clusters.size() == 1);
}

TEST_CASE("an unreadable bundle leaves the model as it was") {
  ReaderModel m;
  m.articles = reports();
  m.analyse();
  const auto before = seen(m);
  std::string err;
  CHECK(m.load_bundle("garbage", &err) == ReaderModel::Loaded::unreadable);
  CHECK(!err.empty());
  CHECK(seen(m) == before);
}

TEST_CASE("a reader's article joins and leaves; the sample corpus stays") {
  ReaderModel m;
  std::string err;
  auto sample = reports();
  sample.pop_back();
  REQUIRE(m.load_bundle(bundle_of(sample), &err) == ReaderModel::Loaded::current);
  CHECK(m.clusters.size() == 1);
  CHECK(m.disputed_claims == std::vector<int>{0, 0});
  m.add_article(reports()[2], "r1");
  CHECK(!m.analysed());
  m.analyse();
  CHECK(m.disputed_claims == std::vector<int>{1, 1, 1});
  CHECK(m.reader_ids.back() == "r1");
  CHECK(m.remove_article(0).empty());   // a sample article
  CHECK(m.remove_article(7).empty());
  CHECK(m.remove_article(2) == "r1");
  CHECK(m.articles.size() == 2);
  m.analyse();
  CHECK(m.disputed_claims == std::vector<int>{0, 0});
}

TEST_CASE("an analysis done elsewhere is taken only for the articles it was asked for") {
  ReaderModel asked, here;
  asked.articles = reports();
  here.articles = reports();
  here.analyse();
  const std::string request = asked.analysis_request();
  std::string err;
  const auto q = bundle::read(request, &err);
  REQUIRE_MESSAGE(q, err);
  CHECK(q->articles.size() == 3);
  CHECK(q->analysis.articles.empty());
  // What the worker does with it (wasm/worker/analysis_worker.cpp).
  const std::string answer = bundle::write_answer(bundle::analyse(q->articles, {}));
  ReaderModel changed;
  changed.articles = asked.articles;
  changed.add_article(reports()[0], "r1");
  CHECK(!changed.adopt_answer(answer, &err));   // the reader added an article meanwhile
  CHECK(err.find("4") != std::string::npos);
  CHECK(!changed.analysed());
  REQUIRE_MESSAGE(asked.adopt_answer(answer, &err), err);
  CHECK(seen(asked) == seen(here));
  REQUIRE(asked.chains.size() == 3);
  CHECK(asked.chains[0][0][1] == "رويترز");
  CHECK(!asked.adopt_answer("junk", &err));
  CHECK(!asked.adopt_answer(bundle::write(bundle::analyse(q->articles, {})), &err));   // texts carried back
  CHECK(err.find("carries no text") != std::string::npos);
  CHECK(asked.analysed());
}

TEST_CASE("a huge article is analysed up to the model's bound") {
  ReaderModel m;
  std::u32string text;
  while (text.size() < 4000) text += U"قال الوزير إن 300 جندي غادروا بغداد يوم الأحد. ";
  m.articles = {article("big.txt", "صحيفة", text)};
  m.analyse_max_chars = 1000;
  m.analyse();
  CHECK(m.analysed_chars[0] <= 1000);
  CHECK(m.claim_at(0, 3000) == -1);
  CHECK(search::find(m.search_index, U"بغداد").size() > 50);   // the whole text is searchable
}

TEST_CASE("a huge article goes to the worker and comes back only as far as it is analysed") {
  std::u32string text;
  while (text.size() < 4000) text += U"قال الوزير إن 300 جندي غادروا بغداد يوم الأحد. ";
  ReaderModel asked, here;
  asked.articles = here.articles = {reports()[0], article("big.txt", "صحيفة", text)};
  asked.analyse_max_chars = here.analyse_max_chars = 1000;
  here.analyse();
  std::string err;
  const auto q = bundle::read(asked.analysis_request(), &err);
  REQUIRE_MESSAGE(q, err);
  CHECK(q->articles[0].text == asked.articles[0].text);
  CHECK(q->articles[1].text.size() == here.analysed_chars[1]);
  CHECK(q->articles[1].text.size() < text.size());
  bundle::Options options;
  options.max_chars = 1000;
  const std::string answer = bundle::write_answer(bundle::analyse(q->articles, options));
  CHECK(answer.size() < bundle::write(bundle::analyse(q->articles, options)).size());   // no text carried back
  REQUIRE_MESSAGE(asked.adopt_answer(answer, &err), err);
  CHECK(asked.articles[1].text == text);   // the reader keeps the whole text
  CHECK(seen(asked) == seen(here));
  // An answer analysed to another bound than the reader asked for is refused.
  options.max_chars = 500;
  ReaderModel fresh;
  fresh.articles = asked.articles;
  fresh.analyse_max_chars = 1000;
  CHECK(!fresh.adopt_answer(bundle::write_answer(bundle::analyse(q->articles, options)), &err));
  CHECK(err.find("big.txt") != std::string::npos);
}

TEST_CASE("the sample corpus loads from its bundle with every index in place") {
  auto loaded = corpus::load_corpus_folder(test::repo_path("web/corpus"));
  REQUIRE(loaded.articles.size() == 5);
  ReaderModel m;
  std::string err;
  REQUIRE(m.load_bundle(bundle_of(std::move(loaded.articles)), &err) == ReaderModel::Loaded::current);
  CHECK(m.headers.size() == 5);
  CHECK(m.claim_cluster.size() == 5);
  CHECK(m.anchor_disputed.size() == 5);
  CHECK(!m.clusters.empty());
}
}

TEST_CASE("a huge added article is searchable once index_some has folded it, a slice at a time") {
  ReaderModel m;
  std::string err;
  REQUIRE(m.load_bundle(bundle_of(reports()), &err) == ReaderModel::Loaded::current);
  std::u32string text;
  while (text.size() <= ReaderModel::kIndexAtOnceChars) text += U"قال الوزير إن 300 جندي غادروا بغداد يوم الأحد.\n";
  text += U"خاتمة المقال.";
  m.add_article(article("reader:big", nullptr, text), "big");
  m.add_article(article("reader:small", nullptr, U"خاتمة قصيرة."), "small");
  CHECK(m.indexing());
  CHECK(search::find(m.search_index, U"خاتمة").size() == 1);   // the small one, folded at once
  CHECK(search::find(m.search_index, U"عين الأسد").size() == 3);
  int steps = 0;
  while (!m.index_some(20000)) REQUIRE(++steps < 100);
  CHECK(steps > 5);
  CHECK(!m.indexing());
  const auto hits = search::find(m.search_index, U"خاتمة");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].article == 3);
  CHECK(hits[0].start == text.size() - 13);
  CHECK(search::find(m.search_index, U"بغداد", 100000).size() > 4000);
}

TEST_CASE("an article removed while it is being indexed leaves the index whole") {
  ReaderModel m;
  std::string err;
  REQUIRE(m.load_bundle(bundle_of(reports()), &err) == ReaderModel::Loaded::current);
  std::u32string text;
  while (text.size() <= ReaderModel::kIndexAtOnceChars) text += U"غادروا بغداد يوم الأحد.\n";
  m.add_article(article("reader:big", nullptr, text), "big");
  m.add_article(article("reader:small", nullptr, U"بغداد"), "small");
  CHECK_FALSE(m.index_some(1000));
  CHECK(m.remove_article(3) == "big");
  CHECK_FALSE(m.index_some(1000));
  CHECK(!m.indexing());
  REQUIRE(m.search_index.articles.size() == 4);
  const auto hits = search::find(m.search_index, U"بغداد");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].article == 3);
}

TEST_CASE("an answer read a step at a time is taken once read, and dropped when the corpus changes meanwhile") {
  ReaderModel asked, here;
  asked.articles = here.articles = reports();
  here.analyse();
  const std::string answer = bundle::write_answer(bundle::analyse(reports(), {}));   // the worker's
  asked.begin_answer(answer);
  std::string err;
  int steps = 0;
  ReaderModel::AnswerRead read;
  while ((read = asked.read_answer_some(1, &err)) == ReaderModel::AnswerRead::reading) {
    ++steps;
    CHECK(!asked.analysed());
  }
  REQUIRE_MESSAGE(read == ReaderModel::AnswerRead::adopted, err);
  CHECK(steps > 20);   // an anchor or an element a step
  CHECK(!asked.reading_answer());
  CHECK(seen(asked) == seen(here));

  ReaderModel changed;
  changed.articles = reports();
  changed.begin_answer(answer);
  CHECK(changed.read_answer_some(3, &err) == ReaderModel::AnswerRead::reading);
  changed.add_article(reports()[0], "r1");
  CHECK(!changed.reading_answer());
  CHECK(changed.read_answer_some(1, &err) == ReaderModel::AnswerRead::refused);
  CHECK(!changed.analysed());

  ReaderModel bad;
  bad.articles = reports();
  bad.begin_answer(answer.substr(0, answer.size() / 2));
  err.clear();
  while ((read = bad.read_answer_some(1, &err)) == ReaderModel::AnswerRead::reading) {}
  CHECK(read == ReaderModel::AnswerRead::refused);
  CHECK(err == "bundle: not a CBOR file, or cut short");
  CHECK(!bad.analysed());
}
