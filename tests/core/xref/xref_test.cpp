#include <doctest/doctest.h>

#include "isnad/analysis/analysis.h"
#include "isnad/xref/xref.h"

using namespace isnad;

namespace {
corpus::Article article(const char* file, const std::u32string& text) {
  return corpus::make_article({file}, text::to_utf8(text), nullptr);
}
}  // namespace

TEST_SUITE("xref") {
TEST_CASE("xref") {
  const std::vector<corpus::Article> arts = {
      article("a.txt", U"قالت وزارة الدفاع الأميركية إن القوات الأمريكية ستنسحب من قاعدة عين الأسد في العراق بحلول سبتمبر 2025.\n"
                       U"وافتتح متحف جديد للفنون في باريس يوم الأحد."),
      article("b.txt", U"أعلنت وزارة الدفاع الأميركية أن القوات الأمريكية ستنسحب من قاعدة عين الأسد في العراق بحلول سبتمبر 2026.\n"
                       U"وسجلت أسعار القمح ارتفاعا في الأسواق العالمية."),
      article("c.txt", U"ستنسحب القوات الأمريكية من قاعدة عين الأسد في العراق بحلول سبتمبر 2025 وفق وزارة الدفاع الأميركية.")};
  const auto an = analysis::analyze_corpus(arts, {});
  const auto clusters = xref::cross_reference(arts, an);
  SUBCASE("the claims that report the same withdrawal are one cluster; unrelated claims are in none") {
    REQUIRE(clusters.size() == 1);
    CHECK(clusters[0].claims.size() == 3);
    for (const auto& c : clusters[0].claims) CHECK(c.claim == 0);
  }
  SUBCASE("different years for the same slot make the cluster a disagreement, and say which") {
    REQUIRE_FALSE(clusters.empty());
    CHECK(clusters[0].relation == xref::Relation::disagree);
    CHECK(clusters[0].note.find("2026") != std::string::npos);
    CHECK(xref::discrepancies_json(clusters, an).size() == 1);
  }
  SUBCASE("the JSON names clusters by claim ids") {
    const auto j = xref::clusters_json(clusters, an);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["relation"] == "disagree");
    CHECK(j[0]["claims"].size() == 3);
  }
}
}
