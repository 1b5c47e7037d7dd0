#include <doctest/doctest.h>

#include "isnad/analysis/analysis.h"
#include "isnad/links/web_annotation.h"
#include "isnad/text/utf8.h"

using namespace isnad;

TEST_SUITE("links") {
TEST_CASE("web annotations") {
  // An emoji (outside the BMP) before the anchors: positions count code points, not UTF-16 units.
  corpus::ArticleMeta m{"a.txt"};
  m.url = "https://example.org/news/1";
  const auto art = corpus::make_article(m, "خبر 😀 عاجل: قالت وزارة الدفاع إن 2500 جندي سيغادرون العراق بحلول سبتمبر 2025.", nullptr);
  const auto an = analysis::analyze_corpus({art}, {});
  const auto j = links::web_annotations(art, an.articles[0]);
  SUBCASE("a collection of annotations, one per anchor and per claim") {
    CHECK(j["@context"] == "http://www.w3.org/ns/anno.jsonld");
    CHECK(j["type"] == "AnnotationCollection");
    CHECK(j["total"] == an.articles[0].anchors.size() + an.articles[0].claims.size());
    CHECK(j["first"]["items"].size() == j["total"].get<std::size_t>());
  }
  SUBCASE("each target's quote is the text at its position, with context, on the article's URL") {
    for (const auto& a : j["first"]["items"]) {
      const auto& t = a["target"];
      CHECK(t["source"] == "https://example.org/news/1");
      const auto& quote = t["selector"][0];
      const auto& pos = t["selector"][1];
      REQUIRE(quote["type"] == "TextQuoteSelector");
      REQUIRE(pos["type"] == "TextPositionSelector");
      const std::size_t s = pos["start"], e = pos["end"];
      const std::u32string slice = art.text.substr(s, e - s);
      CHECK(quote["exact"] == text::to_utf8(slice));
      const std::u32string before = text::decode_utf8(quote["prefix"].get<std::string>()).text;
      CHECK(before == art.text.substr(s - before.size(), before.size()));
    }
  }
  SUBCASE("anchors are tagged with their type") {
    bool quantity = false;
    for (const auto& a : j["first"]["items"]) quantity |= a["body"][0]["value"] == "quantity";
    CHECK(quantity);
  }
}
}
