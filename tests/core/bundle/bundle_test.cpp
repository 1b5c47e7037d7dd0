#include <doctest/doctest.h>

#include <optional>

#include <nlohmann/json.hpp>

#include "isnad/bundle/bundle.h"
#include "test_support.h"

using namespace isnad;
using nlohmann::json;

namespace {

corpus::Article article(const char* file, const char* outlet, const std::u32string& text) {
  corpus::ArticleMeta m{file};
  m.outlet = outlet;
  return corpus::make_article(m, text::to_utf8(text), nullptr);
}

// Three short reports of one fact, two of them citing the same agency, one with another date.
std::vector<corpus::Article> reports() {
  return {article("a.txt", "صحيفة أ", U"ونقلت وكالة رويترز عن مسؤول أمريكي كبير أن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2025."),
          article("b.txt", "صحيفة ب", U"وذكرت وكالة رويترز أن القوات الأمريكية ستغادر قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025."),
          article("c.txt", "صحيفة ج", U"قال وزير الدفاع العراقي إن انسحاب القوات الأمريكية من قاعدة عين الأسد سيكتمل بحلول سبتمبر 2026.")};
}

json sources_as_json(const std::vector<xref::ClusterSources>& s) {
  json out = json::array();
  for (const auto& c : s) {
    json groups = json::array();
    for (const auto& g : c.independent) groups.push_back({g.source, g.articles});
    out.push_back({c.outlets, groups});
  }
  return out;
}

// Everything a bundle says, as JSON, to compare two bundles whole.
json everything(const bundle::Bundle& b) {
  json arts = json::array();
  for (std::size_t i = 0; i < b.articles.size(); ++i) {
    const auto& m = b.articles[i].meta;
    arts.push_back({m.file, text::to_utf8(b.articles[i].text), b.articles[i].replaced, b.analysed_chars[i],
                    m.outlet.value_or("-"), m.date.value_or("-"), m.title.value_or("-"), m.url.value_or("-"),
                    m.outlet_en.value_or("-"), m.outlet_estimated, m.date_estimated});
  }
  json anchors = json::array();   // what to_json leaves out
  for (const auto& a : b.analysis.articles)
    for (const auto& x : a.anchors) anchors.push_back({x.tb, x.te, x.canonical, x.by_role, x.role});
  json diffs = json::array();
  for (const auto& k : b.clusters)
    for (const auto& d : k.differences)
      diffs.push_back({d.a.article, d.a.claim, d.b.article, d.b.claim, static_cast<int>(d.kind), static_cast<int>(d.slot),
                       d.subject, d.value_a, d.value_b, static_cast<int>(d.stance_a), static_cast<int>(d.stance_b), d.a_said, d.b_said});
  json headers = json::array();
  for (const auto& h : b.headers)
    headers.push_back({static_cast<int>(h.kind), h.title, h.title_start, h.title_end, h.cut, h.source, h.link});
  return {{"headers", headers}, {"chains", b.chains}, {"words", b.words}, {"core", b.core}, {"name", b.name}, {"articles", arts}, {"analysis", analysis::to_json(b.analysis)},
          {"anchors", anchors}, {"clusters", xref::clusters_json(b.clusters, b.analysis)}, {"differences", diffs},
          {"sources", sources_as_json(b.sources)}, {"timeline", b.timeline}};
}

std::string rewritten(const std::string& bytes, void (*edit)(json&)) {
  json j = json::from_cbor(bytes);
  edit(j);
  const auto out = json::to_cbor(j);
  return std::string(out.begin(), out.end());
}

// The stepped reader, `units` values a step; `steps` counts them.
std::optional<bundle::Bundle> stepped(bundle::StepReader reader, std::size_t units, std::string* error, int* steps = nullptr) {
  int n = 1;
  while (!reader.step(units)) ++n;
  if (steps) *steps = n;
  return reader.take(error);
}

// read()'s answer, checked to be the stepped reader's too (a value a step, and 7).
std::string why_not(const std::string& bytes) {
  std::string err;
  const auto b = bundle::read(bytes, &err);
  const std::string whole = b ? std::string("read") : err;
  for (std::size_t units : {std::size_t{1}, std::size_t{7}}) {
    std::string serr;
    const auto s = stepped(bundle::StepReader(bytes), units, &serr);
    CHECK((s ? std::string("read") : serr) == whole);
    if (b && s) CHECK(everything(*s) == everything(*b));
  }
  return whole;
}

}  // namespace

TEST_SUITE("bundle") {
TEST_CASE("the core version is fixed by the build and stamped on what it analyses") {
  const std::string v = bundle::core_version();
  CHECK(v.size() == 16);
  CHECK(v.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(bundle::analyse(reports(), {}).core == v);
}

TEST_CASE("a bundle reads back as it was written") {
  bundle::Bundle b = bundle::analyse(reports(), {});
  b.name = "اختبار";
  b.articles[0].meta.title = "عنوان";
  b.articles[1].meta.url = "https://example.com/b";
  b.articles[2].meta.date = "2025-01-02";
  b.articles[2].meta.date_estimated = true;
  REQUIRE(b.clusters.size() == 1);
  REQUIRE(b.sources.size() == 1);
  CHECK(b.clusters[0].relation == xref::Relation::disagree);
  CHECK(!b.timeline.empty());
  std::string err;
  const auto back = bundle::read(bundle::write(b), &err);
  REQUIRE_MESSAGE(back, err);
  CHECK(everything(*back) == everything(b));
  int steps = 0;
  const auto in_steps = stepped(bundle::StepReader(bundle::write(b)), 1, &err, &steps);
  REQUIRE_MESSAGE(in_steps, err);
  CHECK(everything(*in_steps) == everything(b));
  std::size_t anchors = 0;
  for (const auto& a : b.analysis.articles) anchors += a.anchors.size();
  CHECK(steps > static_cast<int>(anchors));   // an anchor a step, at least
}

TEST_CASE("a bundle carries what the page shows beside the analysis: headers, chains of attribution, words") {
  const bundle::Bundle b = bundle::analyse(reports(), {});
  REQUIRE(b.headers.size() == 3);
  CHECK(b.headers[0].kind != analysis::ArticleHeader::Kind::none);
  REQUIRE(b.chains.size() == 3);
  REQUIRE(b.chains[0].size() == b.analysis.articles[0].claims.size());
  REQUIRE(b.chains[0][0].size() == 3);   // the outlet, Reuters, the official it quotes
  CHECK(b.chains[0][0][1] == "رويترز");
  for (const auto& [key, word] : b.words) CHECK(word == xref::note_word(key));
}

TEST_CASE("an answer carries no texts and reads back against the texts asked about") {
  const bundle::Bundle b = bundle::analyse(reports(), {});
  std::vector<std::u32string_view> texts;
  for (const auto& a : b.articles) texts.emplace_back(a.text);
  const std::string answer = bundle::write_answer(b);
  CHECK(answer.size() < bundle::write(b).size());
  std::string err;
  const auto back = bundle::read_answer(answer, texts, &err);
  REQUIRE_MESSAGE(back, err);
  CHECK(everything(*back) == everything(b));
  for (std::size_t units : {std::size_t{1}, std::size_t{5}, std::size_t{1000}}) {
    const auto in_steps = stepped(bundle::StepReader(answer, texts), units, &err);
    REQUIRE_MESSAGE(in_steps, err);
    CHECK(everything(*in_steps) == everything(b));
  }
  CHECK(!stepped(bundle::StepReader(answer), 3, &err));
  CHECK(err == "articles[0].text: missing");
  CHECK(!bundle::read(answer, &err));   // without the texts it is no bundle
  texts.pop_back();
  CHECK(!bundle::read_answer(answer, texts, &err));
  CHECK(err.find("3 articles, 2 asked for") != std::string::npos);
  CHECK(!stepped(bundle::StepReader(answer, texts), 1, &err));
  CHECK(err.find("3 articles, 2 asked for") != std::string::npos);
  texts.emplace_back(U"قصير");   // shorter than its analysis
  CHECK(!bundle::read_answer(answer, texts, &err));
  CHECK(err.find("articles[2]") != std::string::npos);
  CHECK(!stepped(bundle::StepReader(answer, texts), 1, &err));
  CHECK(err.find("articles[2]") != std::string::npos);
  texts.back() = b.articles[2].text;
  CHECK(!bundle::read_answer(bundle::write(b), texts, &err));   // the texts carried back after all
  CHECK(err.find("carries no text") != std::string::npos);
  CHECK(!stepped(bundle::StepReader(bundle::write(b), texts), 1, &err));
  CHECK(err.find("carries no text") != std::string::npos);
}

TEST_CASE("a request (articles, no analysis) reads back as one") {
  bundle::Bundle q;
  q.core = bundle::core_version();
  q.articles = reports();
  std::string err;
  const auto back = bundle::read(bundle::write(q), &err);
  REQUIRE_MESSAGE(back, err);
  CHECK(back->articles.size() == 3);
  CHECK(back->analysis.articles.empty());
  CHECK(back->headers.empty());
  CHECK(back->analysed_chars[2] == q.articles[2].text.size());
}

TEST_CASE("the sample corpus reads back whole, in fewer bytes than its analysis JSON") {
  auto loaded = corpus::load_corpus_folder(test::repo_path("web/corpus"));
  REQUIRE(loaded.articles.size() == 5);
  const bundle::Bundle b = bundle::analyse(std::move(loaded.articles), {});
  const std::string bytes = bundle::write(b);
  std::string err;
  const auto back = bundle::read(bytes, &err);
  REQUIRE_MESSAGE(back, err);
  CHECK(everything(*back) == everything(b));
  CHECK(bytes.size() < analysis::to_json(b.analysis).dump().size());
  const auto in_steps = stepped(bundle::StepReader(bytes), 16, &err);
  REQUIRE_MESSAGE(in_steps, err);
  CHECK(everything(*in_steps) == everything(b));
}

TEST_CASE("a huge article is analysed up to max_chars, cut at a boundary") {
  std::u32string text;
  while (text.size() < 5000) text += U"قال الوزير إن 300 جندي غادروا بغداد يوم الأحد. ";
  bundle::Options o;
  o.max_chars = 1000;
  const auto b = bundle::analyse({article("big.txt", "صحيفة", text)}, o);
  REQUIRE(b.analysed_chars.size() == 1);
  CHECK(b.analysed_chars[0] <= 1000);
  CHECK(b.analysed_chars[0] > 500);
  CHECK(b.articles[0].text.size() == text.size());   // the whole text is kept
  REQUIRE(!b.analysis.articles[0].anchors.empty());
  CHECK(b.analysis.articles[0].anchors.back().end <= b.analysed_chars[0]);
  CHECK(why_not(bundle::write(b)) == "read");   // whole and in steps, the same
}

TEST_CASE("a bad bundle is refused with where it is wrong, never a crash") {
  const std::string good = bundle::write(bundle::analyse(reports(), {}));
  CHECK(why_not("") == "bundle: not a CBOR file, or cut short");
  CHECK(why_not("\xff\xfe") == "bundle: not a CBOR file, or cut short");
  CHECK(why_not(std::string("\x63") + "abc") == "bundle: not an object");   // CBOR, but a string
  for (std::size_t n : {std::size_t{1}, good.size() / 3, good.size() / 2, good.size() - 1})
    CHECK(why_not(good.substr(0, n)) != "read");
  CHECK(why_not(rewritten(good, [](json& j) { j["format"] = "other"; })) == "bundle: not an Isnad bundle");
  CHECK(why_not(rewritten(good, [](json& j) { j["format_version"] = 99; })) == "bundle: format version 99, this reader reads 1");
  CHECK(why_not(rewritten(good, [](json& j) { j.erase("clusters"); })) == "bundle.clusters: missing");
  CHECK(why_not(rewritten(good, [](json& j) { j["articles"][1]["text"] = 7; })) == "articles[1].text: not a string");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][0]["anchors"][0][2] = 100000; })) ==
        "analysis[0].anchors[0]: offsets outside the analysed text");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][0]["anchors"][0][0] = 9; })) ==
        "analysis[0].anchors[0][0]: not a count in range");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][0]["claims"][0][3] = {1000}; })) ==
        "analysis[0].claims[0][3][0]: not a count in range");
  CHECK(why_not(rewritten(good, [](json& j) { j["clusters"][0]["claims"][0] = {0, 50}; })) == "clusters[0].claims[0]: no such claim");
  CHECK(why_not(rewritten(good, [](json& j) { j["sources"].clear(); })) == "bundle.sources: not one per cluster");
  CHECK(why_not(rewritten(good, [](json& j) { j["articles"][0]["analysed_chars"] = 1u << 30; })) ==
        "articles[0].analysed_chars: beyond the text");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"].clear(); })) == "bundle.analysis: not one per article");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][1]["chains"] = json::array({json::array(), json::array(), json::array()}); })) == "analysis[1].chains: not one per claim");
  CHECK(why_not(rewritten(good, [](json& j) { j["articles"][0]["header"][3] = 1u << 30; })) == "articles[0].header: offsets outside the text");
  CHECK(why_not(rewritten(good, [](json& j) { j["words"] = {{"troop", 3}}; })) == "bundle.words.troop: not a string");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][2] = 4; })) == "analysis[2]: not an object");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][0]["anchors"] = 4; })) == "analysis[0].anchors: not an array");
  CHECK(why_not(rewritten(good, [](json& j) { j["analysis"][0].erase("claims"); })) == "analysis[0].claims: missing");
  CHECK(why_not(rewritten(good, [](json& j) { j["entities"] = json::object(); })) == "bundle.entities: not an array");
  CHECK(why_not(rewritten(good, [](json& j) { j["timeline"].push_back(json::array({1, 2})); })) == "read");
  CHECK(why_not(rewritten(good, [](json& j) { j["entities"][0]["mentions"][0][2] = 1u << 30; })) ==
        "entities[0].mentions[0]: offsets outside the analysed text");
  CHECK(why_not(good + "\x01") == "bundle: not a CBOR file, or cut short");   // a value after the bundle
  for (std::size_t n = 1; n < good.size(); n += 97) CHECK(why_not(good.substr(0, n)) != "read");
}

TEST_CASE("what write() never writes is read whole by the stepped reader, as read() reads it") {
  const std::string good = bundle::write(bundle::analyse(reports(), {}));
  // The top map with an indefinite length (0xbf … 0xff), which nlohmann reads and the walk does not take.
  REQUIRE(static_cast<unsigned char>(good[0]) == 0xa0 + 12);
  const std::string indefinite = "\xbf" + good.substr(1) + "\xff";
  CHECK(why_not(indefinite) == "read");
  CHECK(why_not("\xc1" + good) != "read");   // a tag
}

TEST_CASE("a bundle from another core still reads; the reader decides what to do") {
  const std::string other = rewritten(bundle::write(bundle::analyse(reports(), {})), [](json& j) { j["core"] = "0000000000000000"; });
  std::string err;
  const auto b = bundle::read(other, &err);
  REQUIRE_MESSAGE(b, err);
  CHECK(b->core != bundle::core_version());
}
}
