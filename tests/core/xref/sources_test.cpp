#include <doctest/doctest.h>

#include "isnad/analysis/analysis.h"
#include "isnad/xref/sources.h"

using namespace isnad;

namespace {
corpus::Article article(const char* file, const char* outlet, const std::u32string& text) {
  corpus::ArticleMeta m{file};
  m.outlet = outlet;
  return corpus::make_article(m, text::to_utf8(text), nullptr);
}
}  // namespace

TEST_SUITE("xref") {
TEST_CASE("sources") {
  const std::vector<corpus::Article> arts = {
      article("a.txt", "صحيفة أ", U"ونقلت وكالة رويترز عن مسؤول أمريكي كبير أن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2025."),
      article("b.txt", "صحيفة ب", U"وذكرت وكالة رويترز أن القوات الأمريكية ستغادر قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025."),
      article("c.txt", "صحيفة ج", U"قال وزير الدفاع العراقي إن انسحاب القوات الأمريكية من قاعدة عين الأسد سيكتمل بحلول سبتمبر 2025.")};
  const auto an = analysis::analyze_corpus(arts, {});
  SUBCASE("a chain runs from the outlet through the agency to the person it quotes") {
    const auto chain = xref::attribution_chain(arts[0], an.articles[0], 0);
    REQUIRE(chain.size() == 3);
    CHECK(chain[0] == "صحيفة أ");
    CHECK(chain[1] == "رويترز");
    CHECK(chain[2] == "مسؤول أمريكي كبير");
    CHECK(xref::attribution_chain(arts[2], an.articles[2], 0).size() == 2);
  }
  SUBCASE("outlets citing the same agency are one source; an outlet with its own source is another") {
    const auto clusters = xref::cross_reference(arts, an);
    REQUIRE(clusters.size() == 1);
    const auto s = xref::cluster_sources(clusters[0], arts, an, xref::shared_wording(arts));
    CHECK(s.outlets == 3);
    REQUIRE(s.independent.size() == 2);
    bool reuters = false;
    for (const auto& g : s.independent) reuters |= g.source == "رويترز" && g.articles.size() == 2;
    CHECK(reuters);
  }
  SUBCASE("long runs of the same words make two articles one report") {
    const std::u32string wire = U"قال مسؤولون إن الاتفاق الجديد بين البلدين يشمل تبادل الأسرى وفتح المعابر الحدودية أمام حركة التجارة والمسافرين خلال الأشهر المقبلة دون قيود. ";
    const std::vector<corpus::Article> copies = {article("x.txt", "س", wire + U"وأضاف مصدر آخر."), article("y.txt", "ص", U"في خبر آخر، " + wire),
                                                 article("z.txt", "ع", U"أعلنت الحكومة خطة جديدة للنقل العام في العاصمة.")};
    const auto pairs = xref::shared_wording(copies);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0] == std::make_pair(std::size_t{0}, std::size_t{1}));
  }
  SUBCASE("the timeline lists dated claims in date order") {
    const auto t = xref::timeline_json(arts, an, xref::cross_reference(arts, an));
    REQUIRE(t.size() >= 3);
    for (std::size_t i = 1; i < t.size(); ++i) CHECK(t[i - 1]["date"].get<std::string>() <= t[i]["date"].get<std::string>());
  }
}
}
