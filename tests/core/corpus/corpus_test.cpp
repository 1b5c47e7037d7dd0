#include <doctest/doctest.h>

#include "isnad/corpus/corpus.h"
#include "test_support.h"

using namespace isnad::corpus;

TEST_SUITE("corpus") {
TEST_CASE("corpus") {
  SUBCASE("the sample corpus loads: five articles with outlets, estimated dates and text") {
    auto r = load_corpus_folder(isnad::test::repo_path("web/corpus"));
    CHECK(r.warnings.empty());
    REQUIRE(r.articles.size() == 5);
    for (const auto& a : r.articles) {
      CHECK(a.text.size() > 1000);
      CHECK(a.replaced == 0);
      CHECK(a.meta.date_estimated);
      CHECK(is_iso_date(*a.meta.date));
      CHECK_FALSE(a.first_line().empty());
    }
  }
  SUBCASE("broken, truncated and hostile JSON is a message, never a crash") {
    std::string err;
    CHECK_FALSE(parse_corpus_meta("{\"articles\": [", &err));
    CHECK(err == "corpus metadata is not valid JSON");
    CHECK_FALSE(parse_corpus_meta("[]", &err));
    CHECK_FALSE(parse_corpus_meta("{}", &err));
    CHECK(err.find("articles") != std::string::npos);
    CHECK_FALSE(parse_corpus_meta(std::string(100000, '[') + std::string(100000, ']'), &err));
    CHECK(err.find("nested") != std::string::npos);
    CHECK_FALSE(parse_corpus_meta("{\"articles\":[{\"file\":\"../../etc/passwd\"}]}", &err));
    CHECK_FALSE(parse_corpus_meta("{\"articles\":[42]}", &err));
  }
  SUBCASE("unknown fields are ignored; wrong types and bad dates are dropped") {
    std::string err;
    auto m = parse_corpus_meta(R"({"articles":[{"file":"a.txt","outlet":7,"date":"2024-13-01","extra":{"x":1}}]})", &err);
    REQUIRE(m);
    CHECK(m->articles[0].file == "a.txt");
    CHECK_FALSE(m->articles[0].outlet);
    CHECK_FALSE(m->articles[0].date);
  }
  SUBCASE("invalid UTF-8 in an article is replaced and reported") {
    std::vector<std::string> w;
    auto a = make_article(ArticleMeta{"x.txt"}, "\xD8\xA8\xFF\n", &w);
    CHECK(a.text == U"\u0628\uFFFD\n");
    REQUIRE(w.size() == 1);
    CHECK(w[0].find("x.txt: invalid UTF-8") == 0);
  }
  SUBCASE("an unreadable corpus folder is a warning") {
    auto r = load_corpus_folder("/nonexistent");
    CHECK(r.articles.empty());
    CHECK(r.warnings.size() == 1);
  }
}
}
