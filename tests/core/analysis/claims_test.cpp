#include <doctest/doctest.h>

#include "test_analysis.h"
#include "isnad/text/utf8.h"

using isnad::test::analyse;

namespace {
std::string claim_text(const std::string& utf8, const isnad::analysis::Claim& c) {
  auto t = isnad::text::decode_utf8(utf8).text;
  return isnad::text::to_utf8(std::u32string_view(t).substr(c.start, c.end - c.start));
}
}  // namespace

TEST_SUITE("analysis") {
TEST_CASE("claims") {
  SUBCASE("one claim a sentence, the final full stop left out") {
    std::string s = "وقالت وزارة الخارجية إن المحادثات بدأت في يناير 2024. وتنشر الولايات المتحدة 2500 جندي في العراق.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[0]) == "وقالت وزارة الخارجية إن المحادثات بدأت في يناير 2024");
    CHECK(a.claims[0].checkworthy);
    CHECK(a.claims[0].attributed_to == std::string("وزارة الخارجية"));
    CHECK(a.claims[0].id == "000:c1");
  }
  SUBCASE("a clause after a comma and an opener is its own claim with the same source") {
    std::string s = "وقال الوزير إن المرحلة الأولى تنتهي في سبتمبر 2025، مشيرا إلى أن الثانية تنتهي في سبتمبر 2026.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(a.claims[1].attributed_to == a.claims[0].attributed_to);
  }
  SUBCASE("without a comma, a subordinate clause is a claim of its own only with its own value or event") {
    // بعدما + a clause with its own year: two facts.
    std::string s = "وأعلن التحالف هزيمة التنظيم في العراق بعدما سيطر على مساحات شاسعة من البلاد في 2014.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[1]) == "بعدما سيطر على مساحات شاسعة من البلاد في 2014");
    CHECK(a.claims[1].attributed_to == a.claims[0].attributed_to);
    // قبل + the subject's own event (a verbal noun with its pronoun): the suspension is a second fact.
    s = "وقال المتحدث إن المحادثات بدأت في يناير 2024 قبل تعليقها بسبب التوترات في المنطقة.";
    a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[1]) == "قبل تعليقها بسبب التوترات في المنطقة");
    // قبل + a date is when, not a second fact: one claim.
    s = "وقال المتحدث إن المحادثات كانت جارية حتى قبل الهجوم على القاعدة في 7 أكتوبر 2023.";
    CHECK(analyse(s).claims.size() == 1);
    // بعدما + a clause without a value of its own stays in its sentence.
    s = "وقال المتحدث إن القوات غادرت القاعدة بعدما انتهت مهمتها هناك.";
    CHECK(analyse(s).claims.size() == 1);
  }
  SUBCASE("a predicate after أن and its subject, or a time after a comma, is no clause of its own") {
    // "أن الاتفاق من شأنه …": من شأنه is the predicate of the reported statement
    std::string s = "وأفادت وكالة رويترز أن الاتفاق من شأنه أن يشهد رحيل مئات القوات بحلول سبتمبر 2025.";
    CHECK(analyse(s).claims.size() == 1);
    // "…، أربيل، بعد عام آخر": when the withdrawal happens, not another fact
    s = "وسيغادر مئات الجنود قاعدة عين الأسد بحلول سبتمبر 2025، يليه انسحاب القوات المتبقية من عاصمة إقليم كردستان، أربيل، بعد عام آخر.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[1]) == "يليه انسحاب القوات المتبقية من عاصمة إقليم كردستان، أربيل، بعد عام آخر");
  }
  SUBCASE("a coordinated action (و + verbal noun) is a claim of its own when each side has its own time") {
    // two events, each with its date: two facts
    std::string s = "وقررت الحكومة تسليم المعبر في مارس المقبل وإغلاق المخيم بحلول يونيو 2026.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[1]) == "وإغلاق المخيم بحلول يونيو 2026");
    s = "وبدأت الشركة تشغيل المصنع في يناير 2024، وتوزيع منتجاته على الأسواق منذ مارس 2024.";
    a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[1]) == "وتوزيع منتجاته على الأسواق منذ مارس 2024");
    // items of a list without times of their own stay one claim, with a comma or not
    s = "وتشمل الخطة تطوير الطرق، وتحسين الخدمات، وتوفير فرص العمل للشباب في المنطقة.";
    CHECK(analyse(s).claims.size() == 1);
    // a name that reads like one ("منظمة … لغوث وتشغيل اللاجئين") is not cut, even with a date after it
    s = "وتجمع المئات أمام مكتب وكالة غوث وتشغيل اللاجئين في عمان يوم الأحد 5 يوليو 2015.";
    CHECK(analyse(s).claims.size() == 1);
    // a plural أفعال ("وأعضاء") or an imperfect verb ("وتتميز") is no verbal noun
    s = "والتقى الرئيس الوزراء في يناير 2024 وأعضاء البرلمان في فبراير 2024.";
    CHECK(analyse(s).claims.size() == 1);
  }
  SUBCASE("'and there will be' coordinates a second statement") {
    std::string s = "قال البيان إن المهمة العسكرية للتحالف ستنتهي بحلول سبتمبر 2025 وسيكون هناك انتقال إلى شراكات أمنية ثنائية.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(s, a.claims[1]) == "وسيكون هناك انتقال إلى شراكات أمنية ثنائية");
    CHECK(a.claims[1].attributed_to == a.claims[0].attributed_to);
    // a noun that starts with the same letters is no verb: "وسيلة"
    s = "قال البيان إن المهمة العسكرية للتحالف ستنتهي بحلول سبتمبر 2025 وسيلة للضغط على الحكومة العراقية.";
    CHECK(analyse(s).claims.size() == 1);
  }
  SUBCASE("وأضاف with no subject carries the previous source") {
    std::string s = "وقال وزير الخارجية فؤاد حسين إن المفاوضات مستمرة. وأضاف أن الاتفاق سيعلن في سبتمبر 2025.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    REQUIRE(a.claims[1].attributed_to);
    CHECK(*a.claims[1].attributed_to == "فؤاد حسين");
  }
  SUBCASE("an analyst's statements are views, and so are the ones he adds") {
    std::string s = "ويقول الباحث السياسي عبد الكريم الوزان إن الانسحاب سيغير المنطقة في عام 2025. وأضاف الوزان أن واشنطن ستخسر نفوذها في العراق.";
    auto a = analyse(s);
    REQUIRE(a.claims.size() == 2);
    CHECK_FALSE(a.claims[0].checkworthy);
    CHECK_FALSE(a.claims[1].checkworthy);
  }
  SUBCASE("the writer's own commentary is not check-worthy unless it states a number, a date or a source") {
    auto a = analyse("ويبقى مستقبل العراق بعد الانسحاب الأمريكي غير واضح. "
                     "ويعكس القرار تحولا في سياسة الولايات المتحدة منذ عام 2003.");
    REQUIRE(a.claims.size() == 2);
    CHECK_FALSE(a.claims[0].checkworthy);
    CHECK(a.claims[1].checkworthy);
  }
  SUBCASE("a question asks and states nothing to check; a statement before it, in its sentence, still does") {
    auto a = analyse("هل تتوقع أن يشارك الحكام السعوديون في نهائيات كأس العالم 2018 في روسيا؟ "
                     "وكيف تقيمون الوضع الأمني في عدن بعد 3 أشهر من المعارك؟ "
                     "وأعلنت الوزارة إغلاق 12 مدرسة في عدن، فيما تساءل الأهالي عن موعد فتحها في 2016؟");
    REQUIRE(a.claims.size() == 4);
    CHECK_FALSE(a.claims[0].checkworthy);
    CHECK_FALSE(a.claims[1].checkworthy);
    CHECK(a.claims[2].checkworthy);
    CHECK_FALSE(a.claims[3].checkworthy);
  }
  SUBCASE("boilerplate lines are not claims and opinions are not check-worthy") {
    std::string s = "شاركها.\nيبدو أن العلاقة بين واشنطن وبغداد تتغير في عام 2024.\nاترك تعليقاً";
    auto a = analyse(s);
    CHECK(a.boilerplate.size() == 2);
    REQUIRE(a.claims.size() == 1);
    CHECK_FALSE(a.claims[0].checkworthy);
  }
}
}
