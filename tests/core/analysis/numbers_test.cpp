#include <doctest/doctest.h>

#include "test_analysis.h"

using isnad::analysis::AnchorType;
using isnad::test::analyse;
using isnad::test::anchor_value;
using isnad::test::find_anchor;
using isnad::test::list_anchors;

TEST_SUITE("analysis") {
TEST_CASE("numbers") {
  SUBCASE("a number with its counted noun and approximator is one quantity") {
    auto a = analyse("تحتفظ الولايات المتحدة بحوالي 2500 جندي في العراق و900 في سوريا.");
    const auto q = anchor_value(a, AnchorType::quantity, "حوالي 2500 جندي");
    CHECK(q["value"] == 2500);
    CHECK(q["unit"] == "troop");
    CHECK(q["approx"] == true);
    const auto n = anchor_value(a, AnchorType::number, "900");
    CHECK(n["value"] == 900);
  }
  SUBCASE("a count of people or things has no fraction: a dot before three digits groups thousands") {
    auto a = analyse("ومنذ نهاية العام الماضي، تقتصر مهمة 12.500 جندي أجنبي على التدريب، وارتفعت الأسعار 1.500 في المائة.");
    const auto q = anchor_value(a, AnchorType::quantity, "12.500 جندي");
    CHECK(q["value"] == 12500);
    // a percentage can have a fraction
    const auto p = anchor_value(a, AnchorType::quantity, "1.500 في المائة");
    CHECK(p["value"] == doctest::Approx(1.5));
    // and a count with a fraction that is no grouping stays as written
    auto b = analyse("وصل 2.5 مليون لاجئ.");
    bool millions = false;
    for (auto& x : b.anchors) {
      const auto* count = std::get_if<isnad::analysis::CountValue>(&x.value);
      millions = millions || (count && count->vague.empty() && count->number == 2500000);
    }
    CHECK_MESSAGE(millions, list_anchors(b));
  }
  SUBCASE("Arabic-Indic digits and number words are read") {
    auto a = analyse("قتل ٢٥ شخصا وأصيب خمسة آلاف.");
    const auto q = anchor_value(a, AnchorType::quantity, "٢٥ شخصا");
    CHECK(q["value"] == 25);
    bool five_thousand = false;
    for (auto& x : a.anchors) {
      const auto* count = std::get_if<isnad::analysis::CountValue>(&x.value);
      five_thousand = five_thousand || (count && count->vague.empty() && count->number == 5000);
    }
    CHECK_MESSAGE(five_thousand, list_anchors(a));
  }
  SUBCASE("11 to 19 in words are one number: أحد عشر is 11, خمسة عشر 15, not 10 or 5") {
    auto a = analyse("قتل أحد عشر شخصا وأصيب خمسة عشر جنديا واعتقلت ثلاث عشرة امرأة واثنا عشر طفلا، ووصل أحد المسؤولين.");
    const std::pair<const char*, int> want[] = {{"أحد عشر شخصا", 11}, {"خمسة عشر جنديا", 15}, {"ثلاث عشرة امرأة", 13}, {"اثنا عشر طفلا", 12}};
    for (const auto& w : want) {
      const char* text = w.first;
      const int value = w.second;
      auto q = find_anchor(a, AnchorType::quantity, text);
      REQUIRE_MESSAGE(q, text << "\n" << list_anchors(a));
      CHECK(std::get<isnad::analysis::CountValue>(q->value).number == value);
    }
    CHECK(std::get<isnad::analysis::CountValue>(find_anchor(a, AnchorType::quantity, "خمسة عشر جنديا")->value).unit == "troop");   // accusative singular
    for (auto& x : a.anchors) CHECK_MESSAGE(x.text.find("أحد المسؤولين") == std::string::npos, list_anchors(a));   // "one of": no count
  }
  SUBCASE("'2ر13 مليار' is 13.2 billion (the Saudi Press Agency's way); '(3462) مليون' is 3,462 million") {
    auto a = analyse("ليكون العائد 2ر13 مليار دولار مقابل 3ر5 مليار دولار، وقدم البنك قروضا بقيمة (3462) مليون ريال.");
    const auto x = anchor_value(a, AnchorType::quantity, "2ر13 مليار دولار");
    CHECK(x["value"] == doctest::Approx(13.2e9));
    const auto y = anchor_value(a, AnchorType::quantity, "3ر5 مليار دولار");
    CHECK(y["value"] == doctest::Approx(5.3e9));
    const auto loans = anchor_value(a, AnchorType::quantity, "(3462) مليون ريال");
    CHECK(loans["value"] == doctest::Approx(3462e6));
  }
  SUBCASE("a right-to-left mark after the point: the parts were typed in reverse ('5.<RLM>0' is 0.5)") {
    auto a = analyse("وارتفع سعر الذهب 5.\u200f0 في المائة إلى 06.\u200f1091 دولار للأوقية.");
    const auto p = anchor_value(a, AnchorType::quantity, "5.\u200f0 في المائة");
    CHECK(p["value"] == doctest::Approx(0.5));
    const auto m = anchor_value(a, AnchorType::quantity, "06.\u200f1091 دولار");
    CHECK(m["value"] == doctest::Approx(1091.06));
    // three digits after the point are not a thousands group when the mark says they were reversed
    auto b = analyse("وهبط البلاتين إلى 50.\u200f940 دولار للأوقية.");
    const auto pt = anchor_value(b, AnchorType::quantity, "50.\u200f940 دولار");
    CHECK(pt["value"] == doctest::Approx(940.5));
  }
  SUBCASE("a dual noun counts two and a vague amount is a range") {
    auto a = analyse("وقال مسؤولان إن مئات القوات ستغادر.");
    const auto d = anchor_value(a, AnchorType::quantity, "مسؤولان");
    CHECK(d["value"] == 2);
    const auto h = anchor_value(a, AnchorType::quantity, "مئات القوات");
    CHECK(h["value"] == "hundreds");
    CHECK(h["range_min"] == 200);
  }
  SUBCASE("a bare dual-or-plural between counts of the same noun is 2, marked ambiguous; elsewhere no count") {
    auto a = analyse("وأصيب في الحادث 4 جنود فرنسيين، وجنديين من القوات المحلية، و6 جنود أمريكيين.");
    const auto d = anchor_value(a, AnchorType::quantity, "جنديين من القوات المحلية");
    CHECK(d["value"] == 2);
    CHECK(d["ambiguous"] == true);
    CHECK(d["unit"] == anchor_value(a, AnchorType::quantity, "4 جنود فرنسيين")["unit"]);
    // with its count after it ("ومصابين اثنين") it is an exact 2; with no count of its noun nearby, no count
    auto b = analyse("وتوفي شخص وأصيب 5 مصابين بجروح خطيرة ومصابين اثنين بجروح متوسطة.");
    const auto two = anchor_value(b, AnchorType::quantity, "مصابين اثنين");
    CHECK(two["value"] == 2);
    CHECK_FALSE(two.contains("ambiguous"));
    for (const auto& an : analyse("والتقى الوزير بمسؤولين من وزارة الدفاع ومسؤولين من وزارة الخارجية.").anchors)
      CHECK_FALSE((std::holds_alternative<isnad::analysis::CountValue>(an.value) && std::get<isnad::analysis::CountValue>(an.value).ambiguous));
  }
  SUBCASE("percentages and bounds") {
    auto a = analyse("ارتفع التضخم بنسبة 4.5% وتعرضت القواعد لما لا يقل عن 70 هجوما.");
    const auto p = anchor_value(a, AnchorType::quantity, "4.5%");
    CHECK(p["unit"] == "percent");
    const auto b = anchor_value(a, AnchorType::quantity, "ما لا يقل عن 70 هجوما");
    CHECK(b["qualifier"] == "at least");
    // a bound after the count is its value's; the span stays the count
    auto c = analyse("ووصل عدد الضحايا إلى 26 قتيلا على الأقل.");
    const auto q = anchor_value(c, AnchorType::quantity, "26 قتيلا");
    CHECK(q["qualifier"] == "at least");
  }
  SUBCASE("digits inside a link are not numbers") {
    auto a = analyse("الرابط: https://example.com/news-13052838");
    CHECK_MESSAGE(a.anchors.empty(), list_anchors(a));
  }
}
}
