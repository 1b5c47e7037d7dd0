#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/utf8.h"
#include "test_support.h"

using namespace isnad;

namespace {
corpus::Article article(const std::string& file, const std::string& utf8) {
  corpus::Article a;
  a.meta.file = file;
  a.text = text::decode_utf8(utf8).text;
  return a;
}
}  // namespace

TEST_SUITE("analysis") {
TEST_CASE("analyze") {
  SUBCASE("entities group across articles with spelling variants and family names") {
    std::vector<corpus::Article> arts = {
        article("000_a.txt", "وأعلن رئيس الوزراء العراقي محمد شياع السوداني أن القوات الأمريكية ستغادر العراق."),
        article("001_b.txt", "وقال السوداني إن القوات الأميركية غادرت والعراق مستقر.")};
    auto an = analysis::analyze_corpus(arts, {});
    int sudani = 0, iraq = 0, forces = 0;
    for (auto& e : an.entities) {
      if (e.canonical == "محمد شياع السوداني") sudani = static_cast<int>(e.mentions.size());
      if (e.canonical == "العراق") iraq = static_cast<int>(e.mentions.size());
      if (e.type == analysis::AnchorType::organization && e.mentions.size() == 2) ++forces;
    }
    CHECK(sudani == 2);
    CHECK(iraq == 2);
    CHECK(forces == 1);
  }
  SUBCASE("claim ids are unique in a corpus even when two file names start with the same number") {
    std::vector<corpus::Article> arts = {article("7.txt", "قالت رويترز إن 2500 جندي سيغادرون بغداد."),
                                         article("7_update.txt", "قالت رويترز إن 3000 جندي سيغادرون بغداد."),
                                         article("notes.txt", "قالت رويترز إن 900 جندي سيغادرون دمشق.")};
    auto an = analysis::analyze_corpus(arts, {});
    std::set<std::string> ids;
    std::size_t claims = 0;
    for (const auto& a : an.articles)
      for (const auto& c : a.claims) { ids.insert(c.id); ++claims; }
    CHECK(claims >= 3);
    CHECK(ids.size() == claims);
    REQUIRE_FALSE(an.articles[0].claims.empty());
    CHECK(an.articles[0].claims[0].id == "7:c1");   // the first keeps its number
  }
  SUBCASE("the JSON has the contract's fields and every anchor's text is its slice") {
    std::string s = "قالت رويترز إن 2500 جندي سيغادرون بغداد بحلول سبتمبر 2025.";
    std::vector<corpus::Article> arts = {article("000_a.txt", s)};
    auto j = analysis::to_json(analysis::analyze_corpus(arts, {}));
    CHECK(j["version"] == 1);
    REQUIRE(j["articles"].size() == 1);
    auto t = text::decode_utf8(s).text;
    REQUIRE(j["articles"][0]["anchors"].size() >= 4);
    for (auto& a : j["articles"][0]["anchors"]) {
      std::size_t b = a["start"], e = a["end"];
      CHECK(a["text"] == text::to_utf8(std::u32string_view(t).substr(b, e - b)));
    }
    CHECK(j["articles"][0]["claims"][0]["id"] == "000:c1");
    CHECK(j.contains("entities"));
    CHECK(j.contains("clusters"));
  }
  SUBCASE("empty, replacement-character and non-Arabic texts do not break it") {
    std::vector<corpus::Article> arts = {article("a.txt", ""), article("b.txt", "\xff\xfe\xfd"), article("c.txt", "Hello 2024 world.")};
    auto an = analysis::analyze_corpus(arts, {});
    CHECK(an.articles.size() == 3);
  }
  SUBCASE("bidi controls inside numbers, names and dates neither split nor move anchors (issue 8)") {
    // Trojan Source: an override inside a number or a name, an isolate around a date. The anchors are
    // those of the text without the controls, in the same order, at the article's own offsets.
    const std::string plain = "قال المسؤول إن 2500 جندي سيغادرون بغداد بحلول سبتمبر 2025.";
    const std::string hostile =
        "\u202eقال المسؤول إن 25\u202e00 جندي سيغادرون بغ\u202dد\u200fاد بحلول \u2067سبتمبر 2025\u2069\u202c.";
    auto anchors = [](const std::string& s) {
      std::vector<corpus::Article> arts = {article("000_a.txt", s)};
      return analysis::analyze_corpus(arts, {}).articles[0].anchors;
    };
    const auto want = anchors(plain), got = anchors(hostile);
    REQUIRE(want.size() >= 4);
    REQUIRE(got.size() == want.size());
    const std::u32string t = text::decode_utf8(hostile).text;
    for (std::size_t i = 0; i < want.size(); ++i) {
      CAPTURE(want[i].text);
      CHECK(got[i].type == want[i].type);
      CHECK(analysis::value_json(got[i]) == analysis::value_json(want[i]));
      CHECK(got[i].text == text::to_utf8(std::u32string_view(t).substr(got[i].start, got[i].end - got[i].start)));
      std::string visible;  // the slice without its controls reads as the plain anchor
      for (char32_t c : std::u32string_view(t).substr(got[i].start, got[i].end - got[i].start))
        if (!(c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))) visible += text::to_utf8(std::u32string(1, c));
      CHECK(visible == want[i].text);
    }
  }
  SUBCASE("the seed articles meet the answer key's figures roughly (../shared)") {
    if (test::skip_without_shared("seed analysis against the answer key")) return;
    std::ifstream f(test::repo_path("web/corpus/000_64500c877a054f3f.txt"));
    std::stringstream ss;
    ss << f.rdbuf();
    auto a = analysis::analyze_article(article("000_64500c877a054f3f.txt", ss.str()), {});
    CHECK(a.anchors.size() > 40);
    CHECK(a.claims.size() > 10);
  }
}
}
