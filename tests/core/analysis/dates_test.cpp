#include <doctest/doctest.h>

#include "test_analysis.h"

using isnad::analysis::AnchorType;
using isnad::test::analyse;
using isnad::test::anchor_value;
using isnad::test::find_anchor;
using isnad::test::list_anchors;

TEST_SUITE("analysis") {
TEST_CASE("dates") {
  SUBCASE("month pairs in both calendars' names normalise alike, the preposition is a qualifier") {
    auto a = analyse("تغادر القوات بحلول سبتمبر/أيلول 2025 والبقية بحلول ايلول/ سبتمبر 2026.");
    auto d1 = find_anchor(a, AnchorType::date, "سبتمبر/أيلول 2025");
    auto d2 = find_anchor(a, AnchorType::date, "ايلول/ سبتمبر 2026");
    REQUIRE_MESSAGE(d1, list_anchors(a));
    REQUIRE_MESSAGE(d2, list_anchors(a));
    const auto& v1 = std::get<isnad::analysis::DateValue>(d1->value);
    CHECK(v1.iso == "2025-09");
    CHECK(v1.qualifier == "by");
    CHECK(std::get<isnad::analysis::DateValue>(d2->value).iso == "2026-09");
    // and the analysis JSON writes the same
    CHECK(isnad::analysis::value_json(*d1) == nlohmann::json{{"value", "2025-09"}, {"qualifier", "by"}});
  }
  SUBCASE("days written as ordinals and years with عام") {
    auto a = analyse("ومنذ السابع من أكتوبر 2023 وقعت هجمات، وتشكل التحالف في عام 2014.");
    const auto d = anchor_value(a, AnchorType::date, "السابع من أكتوبر 2023");
    CHECK(d["value"] == "2023-10-07");
    const auto y = anchor_value(a, AnchorType::date, "عام 2014");
    CHECK(y["value"] == "2014");
  }
  SUBCASE("relative dates resolve against the article's date when it is known") {
    auto a = analyse("ويتوقع الإعلان العام المقبل، كما قال أمس.", std::string("2024-09-09"));
    const auto y = anchor_value(a, AnchorType::date, "العام المقبل");
    CHECK(y["value"] == "2025");
    const auto d = anchor_value(a, AnchorType::date, "أمس");
    CHECK(d["value"] == "2024-09-08");
  }
  SUBCASE("'the following year' and 'another year' count from the date the text gave last") {
    auto a = analyse("تغادر القوات بحلول سبتمبر 2025، والبقية بحلول نهاية العام التالي، ثم تغلق القاعدة بعد عام آخر.",
                     std::string("2024-09-07"));
    const auto y = anchor_value(a, AnchorType::date, "نهاية العام التالي");
    CHECK(y["value"] == "2026-12");
    const auto n = anchor_value(a, AnchorType::date, "عام آخر");
    CHECK(n["value"] == "2027-12");
  }
  SUBCASE("without a date they stay relative") {
    auto a = analyse("ويتوقع الإعلان هذا الشهر.");
    const auto m = anchor_value(a, AnchorType::date, "هذا الشهر");
    CHECK(m["value"]["relative"] == "this month");
  }
  SUBCASE("numeric dates take the noun بتاريخ with them") {
    auto a = analyse("صدر القرار بتاريخ 29/12/2011.");
    const auto d = anchor_value(a, AnchorType::date, "بتاريخ 29/12/2011");
    CHECK(d["value"] == "2011-12-29");
  }
  SUBCASE("durations carry ISO periods") {
    auto a = analyse("تنسحب القوات خلال العامين المقبلين بعد أكثر من 6 أشهر من المحادثات.");
    const auto p = anchor_value(a, AnchorType::duration, "خلال العامين المقبلين");
    CHECK(p["value"] == "P2Y");
    const auto m = anchor_value(a, AnchorType::duration, "أكثر من 6 أشهر");
    CHECK(m["value"] == "P6M");
  }
  SUBCASE("minutes are a time period, never months; hours ago too") {
    auto a = analyse("انفجرت العبوة بعد 20 دقيقة من وصول الدورية، وكانت قد رصدت قبل 3 ساعات.");
    CHECK(anchor_value(a, AnchorType::duration, "20 دقيقة")["value"] == "PT20M");
    CHECK(anchor_value(a, AnchorType::date, "قبل 3 ساعات")["relative"] == "-PT3H");
    auto b = analyse("استمر الاجتماع عشر دقائق.");
    CHECK(anchor_value(b, AnchorType::duration, "عشر دقائق")["value"] == "PT10M");
  }
  SUBCASE("one month under its two names without a slash, as Reuters writes it") {
    auto a = analyse("وهو أدنى سعر له منذ فبراير شباط 2010، وأدنى مستوى منذ مارس آذار 2009.");
    const auto f = anchor_value(a, AnchorType::date, "فبراير شباط 2010");
    CHECK(f["value"] == "2010-02");
    CHECK(f["qualifier"] == "since");
    // مارس alone needs context: the pair is enough
    CHECK(anchor_value(a, AnchorType::date, "مارس آذار 2009")["value"] == "2009-03");
  }
  SUBCASE("a month without its year: the latest one, marked as assumed; two months 'next' together") {
    auto a = analyse("حددت اللجنة 26 فبراير موعدا للانتخابات، وتقام البطولة بين ديسمبر ويناير المقبلين.", std::string("2015-08-06"));
    const auto f = anchor_value(a, AnchorType::date, "26 فبراير");
    CHECK(f["value"] == "2015-02-26");
    CHECK(f["year_assumed"] == true);
    const auto d = anchor_value(a, AnchorType::date, "ديسمبر");
    CHECK(d["value"] == "2015-12");
    CHECK_FALSE(d.contains("year_assumed"));
    const auto j = anchor_value(a, AnchorType::date, "يناير المقبلين");
    CHECK(j["value"] == "2016-01");
  }
  SUBCASE("numbers of resolutions are not years: 'القرارات 1696 و1737 و1803'") {
    auto a = analyse("وتلغى القرارات 1696 و1737 و1803 التي اتخذها مجلس الأمن منذ 2006.");
    CHECK_FALSE(find_anchor(a, AnchorType::date, "1803"));
    CHECK_FALSE(find_anchor(a, AnchorType::date, "1737"));
    const auto y = anchor_value(a, AnchorType::date, "2006");
    CHECK(y["value"] == "2006");
  }
  SUBCASE("an ambiguous month word needs date context") {
    auto a = analyse("مارس الرياضة يوميا.");
    CHECK_MESSAGE(a.anchors.empty(), list_anchors(a));
  }
}
}
