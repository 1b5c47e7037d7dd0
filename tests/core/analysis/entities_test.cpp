#include <doctest/doctest.h>

#include "test_analysis.h"

using isnad::analysis::AnchorType;
using isnad::test::analyse;
using isnad::test::anchor_value;
using isnad::test::find_anchor;
using isnad::test::list_anchors;
using isnad::test::sentences_with;

TEST_SUITE("analysis") {
TEST_CASE("entities") {
  SUBCASE("gazetteer names lose و/ب/ل but ل fused with ال keeps the whole word") {
    auto a = analyse("زار الوزير بغداد ولواشنطن علاقات مع العراق وللعراق حدود.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::place, "بغداد"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::place, "واشنطن"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::place, "للعراق"), list_anchors(a));
  }
  SUBCASE("a role then a name: the name is the person, the role's organisation is a mention") {
    auto a = analyse("نفت المتحدثة باسم وزارة الدفاع الأميركية سابرينا سينغ ذلك.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::person, "سابرينا سينغ"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "وزارة الدفاع الأميركية"), list_anchors(a));
  }
  SUBCASE("a family-name adjective after a name is part of the name") {
    auto a = analyse("وأعلن رئيس الوزراء العراقي محمد شياع السوداني تشكيل لجنة.");
    const auto p = anchor_value(a, AnchorType::person, "محمد شياع السوداني");
  }
  SUBCASE("the preposition على is not the name علي") {
    auto a = analyse("اتفق الطرفان على خطة جديدة.");
    for (auto& x : a.anchors) CHECK_MESSAGE(x.type != AnchorType::person, list_anchors(a));
  }
  SUBCASE("words that fold onto a given name are not people: أنا and إنا (آنا), كامل, حياة") {
    const std::string found = sentences_with(AnchorType::person, {"أنا زعلان منك كثيرا.", "إنا لله وإنا إليه راجعون.",
                                                                  "يقدم كامل خدمات التسويق للشركات.", "يستحق الناس حياة كريمة."});
    CHECK_MESSAGE(found.empty(), found);
  }
  SUBCASE("a head usually named by a proper noun takes an unknown name; a municipality's name is a place") {
    auto a = analyse("وقال رئيس بلدية طولكرم إن طلاب جامعة بيرزيت زاروا مستشفى رفيديا.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "بلدية طولكرم"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::place, "طولكرم"), list_anchors(a));
    auto n = analyse("شكوى مقدمة إلى رئيس بلدية نابلس.");
    CHECK_MESSAGE(find_anchor(n, AnchorType::organization, "بلدية نابلس"), list_anchors(n));
    CHECK_MESSAGE(find_anchor(n, AnchorType::place, "نابلس"), list_anchors(n));
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "جامعة بيرزيت"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "مستشفى رفيديا"), list_anchors(a));
    auto j = analyse("وكان نادي يوفنتوس التقى منافسه أمس.");
    CHECK_MESSAGE(find_anchor(j, AnchorType::organization, "نادي يوفنتوس"), list_anchors(j));   // not "… التقى"
    const std::string found = sentences_with(AnchorType::organization,
                                             {"أعلنت شركة ناشئة عن منتج.", "افتتح بنك جديد فرعا.", "نقل إلى مستشفى ميداني.",
                                              "ذكرت وكالة أنباء محلية ذلك.", "أسست شركة لتأجير السيارات.",
                                              "وقعت شركة مستحضرات التجميل عقدا."});
    CHECK_MESSAGE(found.empty(), found);
  }
  SUBCASE("a given name then a family name with ال (a nisba); a date word ends a name") {
    auto a = analyse("وقال مصطفى البرغوثي إن فايز نصار بتاريخ 5 أيار وصل.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::person, "مصطفى البرغوثي"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::person, "فايز نصار"), list_anchors(a));
    for (const char* t : {"وقال علي المدى الطويل مهم.", "التقى حسين الأسبوع الماضي بالوفد."}) {   // ى, and time words, are no nisba
      auto c = analyse(t);
      for (auto& x : c.anchors)
        CHECK_MESSAGE(!(x.type == AnchorType::person && (x.text.find("المدى") != std::string::npos || x.text.find("الماضي") != std::string::npos)),
                      t, "\n", list_anchors(c));
    }
    auto b = analyse("قال أحمد الذي حضر الاجتماع إنه راض.");
    for (auto& x : b.anchors) CHECK_MESSAGE(!(x.type == AnchorType::person && x.text.find("الذي") != std::string::npos), list_anchors(b));
  }
  SUBCASE("head words make organisations and places") {
    auto a = analyse("قالت وزارة الخارجية العراقية إن قاعدة حرير في محافظة أربيل آمنة.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "وزارة الخارجية العراقية"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::place, "قاعدة حرير"), list_anchors(a));
  }
  SUBCASE("who backs an armed group belongs to its mention, in parentheses or not") {
    auto a = analyse("هاجمت ميليشيات مدعومة من إيران القواعد، ورأت فصائل مسلحة (موالية لإيران) ذلك.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "ميليشيات مدعومة من إيران"), list_anchors(a));
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "فصائل مسلحة (موالية لإيران)"), list_anchors(a));
  }
  SUBCASE("a word with ل + ال is not the start of a name") {
    auto a = analyse("ونقلت الوكالة عن مستشار رئيس الوزراء للشؤون الخارجية أن المحادثات انتهت.");
    for (auto& x : a.anchors) CHECK_MESSAGE(x.type != AnchorType::person, list_anchors(a));
  }
  SUBCASE("forces named by a nationality are an organisation, generic forces are not") {
    auto a = analyse("وغادرت القوات الأمريكية بينما بقيت القوات المتبقية.");
    CHECK_MESSAGE(find_anchor(a, AnchorType::organization, "القوات الأمريكية"), list_anchors(a));
    CHECK_FALSE(find_anchor(a, AnchorType::organization, "القوات المتبقية"));
  }
}
}
