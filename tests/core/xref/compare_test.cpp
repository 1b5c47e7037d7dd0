#include <doctest/doctest.h>

#include "isnad/xref/compare.h"

using namespace isnad;

TEST_SUITE("xref") {
TEST_CASE("compare") {
  SUBCASE("a statement agrees with itself") {
    const auto j = xref::compare("انسحاب القوات الأمريكية من قاعدة عين الأسد بحلول سبتمبر 2025",
                                 "انسحاب القوات الأمريكية من قاعدة عين الأسد بحلول سبتمبر 2025");
    CHECK(j.stance == xref::Stance::agree);
    CHECK(j.why.empty());
  }
  SUBCASE("the same event in different years: a disagreement, and it says which values") {
    const auto j = xref::compare("انسحاب القوات الأمريكية من قاعدة عين الأسد بحلول سبتمبر 2025",
                                 "انسحاب القوات الأمريكية من قاعدة عين الأسد بحلول سبتمبر 2026");
    CHECK(j.stance == xref::Stance::disagree);
    CHECK(j.why == "2025-09 vs 2026-09");
  }
  SUBCASE("opposite events (rose / fell, opened / closed) are a disagreement, and it says which") {
    auto j = xref::compare("ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية");
    CHECK(j.stance == xref::Stance::disagree);
    CHECK(j.why == "rise vs fall");
    j = xref::compare("السلطات تغلق معبر رفح أمام المسافرين", "السلطات تفتح معبر رفح أمام المسافرين");
    CHECK(j.why == "close vs open");
    // both sides in one statement is not taking a side
    j = xref::compare("ارتفعت أسعار النفط ثم تراجعت في يوم واحد", "انخفاض أسعار النفط في يوم واحد");
    CHECK(j.why.empty());
  }
  SUBCASE("probabilities sum to one; empty and hostile input is judged, not thrown") {
    for (auto [a, b] : {std::pair<const char*, const char*>{"", ""}, {"\xff\xfe", "\xe2\x80\xae abc"}, {"123", "ارتفاع"}}) {
      const auto j = xref::compare(a, b);
      CHECK(j.probability[0] + j.probability[1] + j.probability[2] == doctest::Approx(1.0));
    }
  }
  SUBCASE("a model trained here reads back and judges like the rules on clear cases") {
    std::vector<xref::LabelledPair> pairs;
    for (int i = 0; i < 20; ++i) {
      const std::string y = std::to_string(2000 + i);
      pairs.push_back({"فاز الفريق بالبطولة عام " + y, "فاز الفريق بالبطولة عام " + y, xref::Stance::agree});
      pairs.push_back({"فاز الفريق بالبطولة عام " + y, "فاز الفريق بالبطولة عام " + std::to_string(2030 + i), xref::Stance::disagree});
    }
    const std::string model = xref::train_compare_model(pairs);
    CHECK(model.find("isnad-compare-model 3") != std::string::npos);
    CHECK((model.find("\nq 2 ") != std::string::npos || model.find("\nz 2 ") != std::string::npos));
    // held out, the same pairs are judged right: a changed year is learned as a disagreement
    const auto cv = xref::cross_validate_compare_model(pairs, 4, 2, {xref::TrainOptions{}});
    REQUIRE(cv.results.size() == 1);
    CHECK(cv.results[0].accuracy == doctest::Approx(1.0));
    CHECK(cv.results[0].f1[0] == doctest::Approx(1.0));
    CHECK(cv.results[0].f1[1] == doctest::Approx(1.0));
  }
  SUBCASE("the built-in model: a paraphrase agrees, an unrelated headline is other, a negation disagrees") {
    CHECK(xref::compare("محكمة العدل الأوروبية تستثني الصحراء الغربية من اتفاق الصيد مع المغرب",
                        "الصحراء الغربية تستبعد من اتفاق الصيد مع المغرب بقرار محكمة العدل الأوروبية").stance == xref::Stance::agree);
    CHECK(xref::compare("وفاة مبتكر الرجل العنكبوت عن عمر 90 عاما",
                        "دراسة مثيرة عن علاقة معدل الخصوبة بالركود الاقتصادي").stance == xref::Stance::other);
    CHECK(xref::compare("الحكومة توافق على زيادة رواتب المعلمين",
                        "الحكومة لا توافق على زيادة رواتب المعلمين").stance == xref::Stance::disagree);
  }
  SUBCASE("words of one family (a verb and its noun) match; one word replaced is a disagreement") {
    // يسيطر / سيطرة, بعد / عقب: headlines not in the training pairs
    CHECK(xref::compare("الجيش يسيطر على مطار المدينة بعد معارك عنيفة",
                        "سيطرة الجيش على مطار المدينة عقب معارك عنيفة").stance == xref::Stance::agree);
    CHECK(xref::compare("الرئيس الفرنسي يصل إلى القاهرة في زيارة رسمية",
                        "الرئيس الفرنسي يصل إلى الرياض في زيارة رسمية").stance == xref::Stance::disagree);
  }
}
}
