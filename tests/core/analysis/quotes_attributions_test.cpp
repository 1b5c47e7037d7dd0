#include <doctest/doctest.h>

#include "test_analysis.h"

using isnad::analysis::AnchorType;
using isnad::test::analyse;
using isnad::test::anchor_value;
using isnad::test::find_anchor;
using isnad::test::list_anchors;

TEST_SUITE("analysis") {
TEST_CASE("quotes") {
  SUBCASE("the words between the marks, without the marks, in every style") {
    auto a = analyse("وقال: “هذا ليس انسحابا” وأضاف «المسألة مسألة وقت» ثم \"انتهى الأمر\".");
    CHECK_MESSAGE(find_anchor(a, AnchorType::quote, "هذا ليس انسحابا"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::quote, "المسألة مسألة وقت"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::quote, "انتهى الأمر"), list_anchors(a));
  }
  SUBCASE("quotation marks around a name are not a quote") {
    auto a = analyse("ونقلت صحيفة “الواشنطن بوست” عن مسؤول قوله ذلك.");
    for (auto& x : a.anchors) CHECK_MESSAGE(x.type != AnchorType::quote, list_anchors(a));
  }
}
TEST_CASE("attributions") {
  SUBCASE("a reporting verb and its subject up to إن/أن") {
    auto a = analyse("وقالت وزارة الخارجية العراقية إن المحادثات مستمرة.");
    const auto x = anchor_value(a, AnchorType::attribution, "وقالت وزارة الخارجية العراقية");
    CHECK(x["speaker"] == "وزارة الخارجية العراقية");
  }
  SUBCASE("نقلت … عن keeps the source after a comma") {
    auto a = analyse("ونقلت رويترز، عن مسؤول أميركي كبير أن الاتفاق تم.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::attribution, "ونقلت رويترز، عن مسؤول أميركي كبير"), list_anchors(a));
  }
  SUBCASE("prepositional sources need a source, not any وفق") {
    auto a = analyse("وفقا لمسؤولين أميركيين، تغادر القوات وفق صيغة مرضية.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::attribution, "وفقا لمسؤولين أميركيين"), list_anchors(a));
    CHECK_FALSE(find_anchor(a, AnchorType::attribution, "وفق صيغة مرضية"));
  }
}
}
