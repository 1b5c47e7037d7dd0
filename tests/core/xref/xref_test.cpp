#include <doctest/doctest.h>

#include "isnad/analysis/analysis.h"
#include "isnad/xref/xref.h"
#include "test_support.h"

using namespace isnad;

namespace {
corpus::Article article(const char* file, const std::u32string& text) {
  return corpus::make_article({file}, text::to_utf8(text), nullptr);
}
// Two stories, two articles each: an attack in Nigeria (a, b), a football match (c, d); each article
// closes with a short "on a related note" line, and two of those lines (prices of food, prices of
// tickets) share their rarest words.
std::vector<corpus::Article> two_stories() {
  return {
      article("a.txt", U"قتل ثلاثون شخصا في تفجير انتحاري استهدف سوقا شعبية في مدينة مايدوغوري شمال نيجيريا.\n"
                       U"وتبنت جماعة بوكو حرام الهجوم في بيان نشرته على الإنترنت.\n"
                       U"وعلى صعيد متصل، ارتفعت أسعار المواد الغذائية في الأسواق."),
      article("b.txt", U"أسفر تفجير انتحاري في سوق شعبية بمدينة مايدوغوري في شمال نيجيريا عن مقتل ثلاثين شخصا.\n"
                       U"وأعلنت جماعة بوكو حرام مسؤوليتها عن الهجوم.\n"
                       U"وعلى صعيد متصل، قررت الحكومة إغلاق الأسواق في ولاية بورنو."),
      article("c.txt", U"فاز نادي الهلال على نادي النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين.\n"
                       U"وسجل المهاجم هدف الفوز في الدقيقة الأخيرة من المباراة.\n"
                       U"وعلى صعيد متصل، ارتفعت أسعار تذاكر المباريات."),
      article("d.txt", U"تغلب الهلال على النصر بهدفين لهدف في الجولة الخامسة من الدوري السعودي للمحترفين.\n"
                       U"وجاء هدف الفوز للهلال في الدقيقة الأخيرة.\n"
                       U"وعلى صعيد متصل، أعلن النادي موعد المباراة المقبلة.")};
}
// The clusters of the first `n` articles among `with` are `alone`'s, claim for claim and relation for
// relation (clusters are in order of their first claim, so those of the first articles come first).
void check_same_clusters(const std::vector<xref::Cluster>& alone, const std::vector<xref::Cluster>& with, std::size_t n) {
  std::vector<xref::Cluster> mixed;
  for (const auto& k : with)
    if (k.claims.front().article < n) mixed.push_back(k);
  REQUIRE(alone.size() == mixed.size());
  for (std::size_t k = 0; k < alone.size(); ++k) {
    CHECK(alone[k].relation == mixed[k].relation);
    REQUIRE(alone[k].claims.size() == mixed[k].claims.size());
    for (std::size_t c = 0; c < alone[k].claims.size(); ++c) {
      CHECK(alone[k].claims[c].article == mixed[k].claims[c].article);
      CHECK(alone[k].claims[c].claim == mixed[k].claims[c].claim);
    }
  }
}
// The relation of the one cluster two claims make (failing the test when they make none or more).
xref::Relation one_relation(const std::vector<xref::Cluster>& k) {
  REQUIRE(k.size() == 1);
  return k[0].relation;
}
bool no_disagreement(const std::vector<xref::Cluster>& k) {
  for (const auto& c : k)
    if (c.relation == xref::Relation::disagree) return false;
  return true;
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
    // each difference also carries the words each article uses for the value
    REQUIRE_FALSE(clusters[0].differences.empty());
    for (const auto& diff : clusters[0].differences) {
      const std::string a_said = diff.a_said, b_said = diff.b_said;
      CHECK(a_said != b_said);
      CHECK(((a_said.find("سبتمبر 2025") != std::string::npos && b_said.find("سبتمبر 2026") != std::string::npos) ||
             (a_said.find("سبتمبر 2026") != std::string::npos && b_said.find("سبتمبر 2025") != std::string::npos)));
    }
    CHECK(xref::clusters_json(clusters, an)[0]["differences"][0]["said"].size() == 2);
    // one entry per pair of claims that differ: a–b and b–c; a and c agree
    const auto d = xref::discrepancies_json(clusters, an);
    CHECK(d.size() == 2);
    for (const auto& e : d) CHECK((e["claims"][0] == "001:c1" || e["claims"][1] == "001:c1"));
  }
  SUBCASE("the JSON names clusters by claim ids") {
    const auto j = xref::clusters_json(clusters, an);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["relation"] == "disagree");
    CHECK(j[0]["claims"].size() == 3);
  }
}

TEST_CASE("claims of two different stories are not linked, whatever words they share") {
  // Linking by claims alone joins the two stories; the articles as wholes tell two stories, so
  // only each story's own claims are linked.
  const auto arts = two_stories();
  const auto an = analysis::analyze_corpus(arts, {});
  auto crosses_stories = [](const std::vector<xref::Cluster>& clusters) {
    for (const auto& k : clusters) {
      bool nigeria = false, football = false;
      for (const auto& c : k.claims) (c.article < 2 ? nigeria : football) = true;
      if (nigeria && football) return true;
    }
    return false;
  };
  xref::Options no_gate;
  no_gate.same_story = 0;
  CHECK(crosses_stories(xref::cross_reference(arts, an, no_gate)));   // the case the gate is for
  const auto clusters = xref::cross_reference(arts, an);
  CHECK_FALSE(crosses_stories(clusters));
  CHECK(clusters.size() >= 2);   // each story's own facts are still linked
  // A story's clusters are the same with or without the other story in the corpus: its words are
  // weighed by rarity within the story.
  const std::vector<corpus::Article> nigeria(arts.begin(), arts.begin() + 2);
  const auto alone = xref::cross_reference(nigeria, analysis::analyze_corpus(nigeria, {}));
  check_same_clusters(alone, clusters, 2);
}

TEST_CASE("the sample corpus's clusters are the same with articles of other stories beside it") {
  auto sample = corpus::load_corpus_folder(test::repo_path("web/corpus")).articles;
  REQUIRE(sample.size() == 5);
  const auto alone = xref::cross_reference(sample, analysis::analyze_corpus(sample, {}));
  auto more = sample;
  for (auto& a : two_stories()) more.push_back(std::move(a));
  const auto with = xref::cross_reference(more, analysis::analyze_corpus(more, {}));
  check_same_clusters(alone, with, 5);
}

TEST_CASE("note words: an event or unit key of a note in Arabic, from core/data") {
  CHECK(xref::note_word("stop") == "توقف");
  CHECK(xref::note_word("troop") == "جندي");
  CHECK(xref::note_word("rise") == "ارتفاع");
  CHECK(xref::note_word("no such key").empty());
}

TEST_CASE("relations") {
  auto run = [](const std::u32string& a, const std::u32string& b) {
    const std::vector<corpus::Article> arts = {article("a.txt", a), article("b.txt", b)};
    const auto an = analysis::analyze_corpus(arts, {});
    return xref::cross_reference(arts, an);
  };
  SUBCASE("words of one event meet: withdrawal is انسحاب in one article and رحيل in the other") {
    CHECK(one_relation(run(U"أعلن الجيش الأمريكي انسحاب قواته من قاعدة حرير في أربيل بحلول مارس 2026.",
                           U"قال مسؤولون إن رحيل القوات الأمريكية عن قاعدة حرير في أربيل سيكتمل بحلول مارس 2026.")) == xref::Relation::agree);
  }
  SUBCASE("one article denies what the other states: a disagreement") {
    const auto k = run(U"قالت وزارة الخارجية إن مفاوضات الانسحاب مع واشنطن توقفت بسبب التصعيد في المنطقة.",
                       U"قالت وزارة الخارجية إن مفاوضات الانسحاب مع واشنطن لم تتوقف رغم التصعيد في المنطقة.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::disagree);
    CHECK(k[0].note.find("stop") != std::string::npos);
    REQUIRE(k[0].differences.size() == 1);
    CHECK(k[0].differences[0].a_said.empty());   // a negation has no value words of its own
  }
  SUBCASE("hundreds agrees with 500; all against hundreds is a difference of scope") {
    CHECK(one_relation(run(U"سيغادر 500 جندي أمريكي قاعدة عين الأسد في الأنبار الشهر المقبل وفق البنتاغون.",
                           U"سيغادر مئات الجنود الأمريكيين قاعدة عين الأسد في الأنبار الشهر المقبل وفق البنتاغون.")) == xref::Relation::agree);
    const auto scope = run(U"سيغادر جميع الجنود الأمريكيين قاعدة عين الأسد في الأنبار الشهر المقبل وفق البنتاغون.",
                           U"سيغادر مئات الجنود الأمريكيين قاعدة عين الأسد في الأنبار الشهر المقبل وفق البنتاغون.");
    REQUIRE(scope.size() == 1);
    CHECK(scope[0].relation == xref::Relation::partial);
    REQUIRE(scope[0].differences.size() == 1);
    CHECK(scope[0].differences[0].kind == xref::Difference::Kind::scope);
  }
  SUBCASE("a figure one report gives and the other leaves unclear (a dual-or-plural) is a detail, not a conflict") {
    const auto k = run(U"وقال مصدر أمني إن الهجوم أسفر عن إصابة 4 جنود فرنسيين، وجنديين من القوات المحلية، و6 جنود أمريكيين.",
                       U"وأفاد المصدر الأمني بأن الهجوم أسفر عن إصابة أربعة جنود فرنسيين، وجنديين اثنين من القوات المحلية، وستة جنود أمريكيين.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::partial);
    REQUIRE(k[0].differences.size() == 1);
    CHECK(k[0].differences[0].kind == xref::Difference::Kind::scope);
    const auto& d = k[0].differences[0];
    CHECK(d.slot == xref::Difference::Slot::count);
    CHECK(d.subject == "troop");
    CHECK(d.value_a == "2+");   // two, or more
    CHECK(d.value_b == "2");
    CHECK(xref::describe(d) == "2+ troop vs 2 troop");
    // the same list, both figures exact: they agree
    CHECK(one_relation(run(U"وقال مصدر أمني إن الهجوم أسفر عن إصابة 4 جنود فرنسيين، و6 جنود أمريكيين.",
                           U"وأفاد المصدر الأمني بأن الهجوم أسفر عن إصابة أربعة جنود فرنسيين، وستة جنود أمريكيين.")) == xref::Relation::agree);
  }
  SUBCASE("one template about two people is two facts; one person named more or less fully is one") {
    CHECK(run(U"احتفل الشاب أحمد صالح باسليمان بزواجه في قاعة المراسيم بمكة المكرمة وسط حضور كبير من الأهل والأصدقاء.",
              U"احتفل الشاب عادل مسعد الذكري بزواجه في قاعة المراسيم بمكة المكرمة وسط حضور كبير من الأهل والأصدقاء.")
              .empty());
    CHECK(one_relation(run(U"أشاد الملك عبدالله الثاني بدعم المملكة العربية السعودية للأردن على مدى العقود الماضية.",
                           U"أشاد العاهل الأردني الملك عبدالله الثاني بن الحسين بدعم السعودية للأردن على مدى العقود الماضية.")) ==
          xref::Relation::agree);
    // two speakers disputing one fact are still one cluster: who says it is not what it is about
    const auto k = run(U"قال وزير الخارجية فؤاد حسين إن مفاوضات الانسحاب مع واشنطن لم تتوقف رغم التصعيد في المنطقة.",
                       U"قال المتحدث باسم الحكومة باسم العوادي إن مفاوضات الانسحاب مع واشنطن توقفت بسبب التصعيد في المنطقة.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::disagree);
  }
  SUBCASE("different years of two different events are no disagreement") {
    const auto k = run(U"وعين حاكم ولاية كاليفورنيا الشاعر خوان فيليبي هيريرا شاعرا فخريا لولاية كاليفورنيا في عام 2012.",
                       U"وترشح الشاعر خوان فيليبي هيريرا لمنصب حاكم ولاية كاليفورنيا في عام 2003.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::agree);
    CHECK(k[0].differences.empty());
  }
  SUBCASE("a count with a fraction keeps it: 1.2 and 1.28 per cent differ, and say so") {
    const auto k = run(U"وارتفعت تكاليف العمالة في منطقة اليورو بنسبة 1.2 في المائة في الربع الأول وفق مكتب الإحصاء الأوروبي.",
                       U"وارتفعت تكاليف العمالة في منطقة اليورو بنسبة 1.28 في المائة في الربع الأول وفق مكتب الإحصاء الأوروبي.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::disagree);
    CHECK(k[0].note == "1.2 percent vs 1.28 percent");
  }
  SUBCASE("the date of a statement's lead-in is when it was said, not a value of what it says") {
    const auto k = run(U"وقالت وزارة الخارجية العراقية، شهر آب الماضي، إن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2025.",
                       U"وقالت وزارة الخارجية العراقية يوم الجمعة إن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2025.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::agree);
    CHECK(k[0].differences.empty());
    // …while a date after the إن is compared
    CHECK(one_relation(run(U"وقالت وزارة الخارجية العراقية، شهر آب الماضي، إن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2025.",
                           U"وقالت وزارة الخارجية العراقية، شهر آب الماضي، إن القوات الأمريكية ستغادر قاعدة عين الأسد بحلول سبتمبر 2026.")) == xref::Relation::disagree);
  }
  SUBCASE("'لا تزال' is 'still', and 'غير' negates one word: neither makes a negation difference") {
    const auto still = run(U"وقال مسؤولون إن الولايات المتحدة لا تزال تحتفظ بقوات في قاعدة عين الأسد.",
                           U"وقال مسؤولون إن الولايات المتحدة تحتفظ بقوات في قاعدة عين الأسد.");
    REQUIRE(still.size() == 1);
    CHECK(still[0].relation == xref::Relation::agree);
    CHECK(still[0].differences.empty());
    CHECK(one_relation(run(U"قال الاتحاد الدولي لكرة القدم إنه تقرر عقد الاجتماع غير العادي لانتخاب رئيس جديد للفيفا في زيورخ.",
                           U"قال الاتحاد الدولي لكرة القدم إنه تقرر عقد الاجتماع لانتخاب رئيس جديد للفيفا في زيورخ.")) == xref::Relation::agree);
    // …while "لا" before a verb still negates it
    CHECK(one_relation(run(U"وقال مسؤولون إن الولايات المتحدة لا تحتفظ بقوات في قاعدة عين الأسد.",
                           U"وقال مسؤولون إن الولايات المتحدة تحتفظ بقوات في قاعدة عين الأسد.")) == xref::Relation::disagree);
  }
  SUBCASE("a bound is a range: 'more than 25' and '26 at least' agree") {
    CHECK(one_relation(run(U"فجر انتحاري نفسه في مسجد الإمام الصادق في الكويت مخلفا أكثر من 25 قتيلا.",
                           U"ووصل عدد الضحايا في تفجير مسجد الإمام الصادق في الكويت إلى 26 قتيلا على الأقل.")) == xref::Relation::agree);
    CHECK(one_relation(run(U"فجر انتحاري نفسه في مسجد الإمام الصادق في الكويت مخلفا أقل من 25 قتيلا.",
                           U"ووصل عدد الضحايا في تفجير مسجد الإمام الصادق في الكويت إلى 26 قتيلا على الأقل.")) == xref::Relation::disagree);
  }
  SUBCASE("a figure stands for what rounds to it; the same sentence with another percentage disagrees") {
    CHECK(one_relation(run(U"وصلت قيمة الصفقات العقارية التي أبرمها السعوديون في دبي خلال النصف الأول من العام إلى 3.2 مليار درهم.",
                           U"وبلغت قيمة الصفقات العقارية التي أبرمها السعوديون في دبي خلال النصف الأول من العام 3.174 مليار درهم.")) == xref::Relation::agree);
    CHECK(one_relation(run(U"وبلغت تسديدات القروض خلال العام الماضي 4.5 مليارات ريال بارتفاع بنسبة 29.7% مقارنة بعام 2013.",
                           U"وبلغت تسديدات القروض خلال العام الماضي 4.5 مليارات ريال بارتفاع بنسبة 3.3% مقارنة بعام 2013.")) == xref::Relation::disagree);
  }
  SUBCASE("percentages of claims that say different things are not compared: a percentage names no slot") {
    CHECK(no_disagreement(run(U"وتراجع سعر البلاتين 0.7 في المائة إلى 945 دولارا للأوقية مقتربا من أدنى مستوى له منذ فبراير 2009.",
                              U"وفقد البلاتين ما يصل إلى خمسة بالمئة في تعاملات الأسبوع وهو أدنى مستوى منذ فبراير 2009.")));
  }
  SUBCASE("a negation in a condition, 'كيلا' and 'كي لا', four days and four years: no difference") {
    const auto cond = run(U"وهدد التنظيم بإعدام الرهينة خلال 48 ساعة إذا لم تطلق الحكومة المصرية سراح المعتقلات.",
                          U"وطالب التنظيم الحكومة المصرية بإطلاق سراح المعتقلات خلال 48 ساعة مقابل الرهينة.");
    for (const auto& c : cond) CHECK(c.differences.empty());
    const auto lest = run(U"وقال رئيس البنك إن الأمر سيتطلب تدهورا كبيرا في الاقتصاد كيلا يؤيد رفع أسعار الفائدة في سبتمبر.",
                          U"وقال رئيس البنك إن الأمر سيتطلب تدهورا كبيرا في الاقتصاد كي لا يؤيد رفع أسعار الفائدة في سبتمبر.");
    REQUIRE(lest.size() == 1);
    CHECK(lest[0].differences.empty());
    const auto days = run(U"واستقال بلاتر من رئاسة الفيفا بعد أيام على إعادة انتخابه لولاية خامسة من 4 سنوات.",
                          U"واضطر بلاتر إلى تقديم استقالته من رئاسة الفيفا بعد أربعة أيام على انتخابه لولاية خامسة.");
    REQUIRE(days.size() == 1);
    CHECK(days[0].differences.empty());
  }
  SUBCASE("a negation reaches its verb, not the verb's object: 'لا يهدد الحوار' does not deny talks") {
    const auto k = run(U"ودعا الاتحاد الأوروبي تركيا إلى رد متكافئ على أعمال العنف لا يهدد الحوار السياسي مع الأكراد.",
                       U"وطالب الاتحاد الأوروبي تركيا بأن يكون الرد متناسبا ولا يشكل خطرا على الحوار السياسي مع الأكراد.");
    for (const auto& c : k) CHECK(c.differences.empty());
    CHECK(one_relation(run(U"قالت وزارة الخارجية إن مفاوضات الانسحاب مع واشنطن لم يتم تعليقها رغم التصعيد في المنطقة.",
                           U"قالت وزارة الخارجية إن مفاوضات الانسحاب مع واشنطن تم تعليقها بسبب التصعيد في المنطقة.")) == xref::Relation::disagree);   // through a light verb it still does
  }
  SUBCASE("prices at two times of day are two moments, not two accounts") {
    CHECK(one_relation(run(U"وارتفعت عقود برنت تسليم سبتمبر 36 سنتا إلى 50.35 دولار للبرميل بحلول الساعة 0515 بتوقيت جرينتش.",
                           U"وارتفعت عقود برنت تسليم سبتمبر 46 سنتا إلى 50.45 دولار للبرميل بحلول الساعة 1045 بتوقيت جرينتش.")) == xref::Relation::agree);
    CHECK(one_relation(run(U"وارتفعت عقود برنت تسليم سبتمبر 36 سنتا إلى 50.35 دولار للبرميل بحلول الساعة 15ر05 بتوقيت جرينتش.",
                           U"وارتفعت عقود برنت تسليم سبتمبر 46 سنتا إلى 50.45 دولار للبرميل بحلول الساعة 05:15 بتوقيت جرينتش.")) == xref::Relation::disagree);   // the same moment, written two ways
    // a market's move with no time of day: one moment's quote against another's, not a conflict
    CHECK(one_relation(run(U"وارتفعت عقود برنت تسليم سبتمبر 36 سنتا إلى 50.35 دولار للبرميل في التعاملات الآسيوية.",
                           U"وارتفعت عقود برنت تسليم سبتمبر 46 سنتا إلى 50.45 دولار للبرميل في التعاملات الآسيوية.")) == xref::Relation::agree);
  }
  SUBCASE("when a period begins and when it ends are two dates, not two accounts of one") {
    CHECK(no_disagreement(run(U"وقال مدير البرنامج إن فعاليات مهرجان الجنادرية تنطلق في الرياض يوم 20 أكتوبر 2025.",
                              U"وقال مدير البرنامج إن مهرجان الجنادرية يختتم فعالياته في الرياض يوم 30 أكتوبر 2025.")));
    CHECK(one_relation(run(U"وقال مدير البرنامج إن فعاليات مهرجان الجنادرية تنطلق في الرياض يوم 20 أكتوبر 2025.",
                           U"وقال مدير البرنامج إن فعاليات مهرجان الجنادرية تبدأ في الرياض يوم 25 أكتوبر 2025.")) == xref::Relation::disagree);   // two starts: a conflict
  }
  SUBCASE("awaited in one, done in the other: a difference of status, still agreeing") {
    const auto k = run(U"وقال مسؤول عراقي إن الاتفاق على انسحاب القوات لا يزال يحتاج إلى الموافقة النهائية من البرلمان العراقي.",
                       U"وقال مسؤول عراقي إن الاتفاق على انسحاب القوات حاز على موافقة البرلمان العراقي.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::agree);
    REQUIRE(k[0].differences.size() == 1);
    CHECK(k[0].differences[0].kind == xref::Difference::Kind::status);
    const auto& d = k[0].differences[0];
    CHECK(d.slot == xref::Difference::Slot::event);
    CHECK(d.subject == "approve");
    CHECK(d.stance_a == xref::Difference::Stance::awaits);
    CHECK(d.stance_b == xref::Difference::Stance::states);
    CHECK(xref::describe(d) == "pending approve vs approve");
  }
  SUBCASE("counts of events in different places are two events, not a conflict") {
    CHECK(one_relation(run(U"وقال سكان إن طيران التحالف شن ثلاث غارات جوية على منزل في مديرية سنحان بصنعاء.",
                           U"وقال سكان إن طيران التحالف شن خمس غارات جوية على معسكر في مديرية يريم بمحافظة إب.")) == xref::Relation::agree);
    CHECK(one_relation(run(U"وقال سكان إن طيران التحالف شن ثلاث غارات جوية على منزل في مديرية سنحان بصنعاء.",
                           U"وقال سكان إن طيران التحالف شن خمس غارات جوية على منزل في مديرية سنحان بصنعاء.")) == xref::Relation::disagree);
  }
  SUBCASE("said of a part alone: a tax unchanged for hotels says nothing of the tax on food") {
    CHECK(no_disagreement(run(U"وقالت الحكومة اليونانية إن ضريبة القيمة المضافة قفزت على الغذاء والنقل العام إلى 23 في المائة.",
                              U"وقالت الحكومة اليونانية إن ضريبة القيمة المضافة تبقى بدون زيادة بالنسبة إلى الفنادق عند 13 في المائة.")));
    CHECK(one_relation(run(U"وقالت الحكومة اليونانية إن ضريبة القيمة المضافة قفزت على الفنادق والنقل العام إلى 23 في المائة.",
                           U"وقالت الحكومة اليونانية إن ضريبة القيمة المضافة تبقى بدون زيادة بالنسبة إلى الفنادق عند 13 في المائة.")) == xref::Relation::disagree);   // both of hotels: a conflict
  }
  SUBCASE("'did not fall by as much' is a degree, and 'a request about allowing' states no allowing") {
    CHECK(no_disagreement(run(U"وقال التقرير إن أسعار أسهم شركات الاتصالات تراجعت في نهاية عام 2014 بنسبة كبيرة.",
                              U"وقال التقرير إن أسعار أسهم شركات الاتصالات في نهاية عام 2014 لم تتراجع بنفس المقدار.")));
    CHECK(no_disagreement(run(U"وقال نائب رئيس لجنة الانضباط إن اللجنة تلقت خطابين من الناديين بشأن السماح بمشاركة اللاعبين الموقوفين في مباراة السوبر.",
                              U"وقال نائب رئيس لجنة الانضباط إن اللجنة قررت عدم السماح بمشاركة اللاعبين الموقوفين في مباراة السوبر.")));
    CHECK(one_relation(run(U"وقال نائب رئيس لجنة الانضباط إن اللجنة قررت السماح بمشاركة اللاعبين الموقوفين في مباراة السوبر.",
                           U"وقال نائب رئيس لجنة الانضباط إن اللجنة قررت عدم السماح بمشاركة اللاعبين الموقوفين في مباراة السوبر.")) == xref::Relation::disagree);
  }
  SUBCASE("a negation in a purpose states nothing: 'it would take a downturn for him not to back a rise'") {
    CHECK(no_disagreement(run(U"وقال لوكهارت إن الأمر سيتطلب تدهورا كبيرا في الاقتصاد الأمريكي كي لا يؤيد رفع أسعار الفائدة في سبتمبر.",
                              U"وصعد الدولار بعد أن عبر لوكهارت عن تأييده لرفع أسعار الفائدة الأمريكية في سبتمبر.")));
  }
  SUBCASE("since when and when are two slots: a record 'since February 2009' is no date of the fall") {
    CHECK(no_disagreement(run(U"وهبط البلاتين يوم 3 أغسطس 2015 إلى 940 دولارا للأوقية في المعاملات الفورية.",
                              U"وهبط البلاتين إلى 940 دولارا للأوقية في المعاملات الفورية وهو أدنى مستوى منذ فبراير شباط 2009.")));
    CHECK(one_relation(run(U"وهبط البلاتين إلى 940 دولارا للأوقية في المعاملات الفورية وهو أدنى مستوى منذ يناير كانون الثاني 2009.",
                           U"وهبط البلاتين إلى 940 دولارا للأوقية في المعاملات الفورية وهو أدنى مستوى منذ فبراير شباط 2009.")) == xref::Relation::disagree);   // two "since"s of one record: a conflict
    // the lowest level since one month and the biggest fall since another are two records
    const auto r = run(U"وقالت الوزارة إن صادرات النفط السعودية انخفضت في مايو إلى أدنى مستوى لها منذ ديسمبر كانون الأول 2014.",
                       U"وقالت الوزارة إن صادرات النفط السعودية انخفضت في مايو في أكبر تراجع لها منذ أبريل نيسان 2014.");
    REQUIRE(r.size() == 1);
    CHECK(r[0].relation != xref::Relation::disagree);
  }
  SUBCASE("the same statement given to 'a US official' and to 'a senior US official': a source difference, still agreeing") {
    const auto k = run(U"ونقلت رويترز عن مسؤول أمريكي قوله إن الاتفاق على انسحاب القوات من العراق ينتظر الموافقة النهائية.",
                       U"ونقلت رويترز عن مسؤول أميركي كبير قوله إن الاتفاق على انسحاب القوات من العراق ينتظر الموافقة النهائية.");
    REQUIRE(k.size() == 1);
    CHECK(k[0].relation == xref::Relation::agree);
    REQUIRE(k[0].differences.size() == 1);
    CHECK(k[0].differences[0].kind == xref::Difference::Kind::source);
    CHECK(k[0].differences[0].b_said == "مسؤول أميركي كبير");
    // sources with nothing in common are different sources, not a variant
    const auto other = run(U"ونقلت رويترز عن وزير الدفاع قوله إن الاتفاق على انسحاب القوات من العراق ينتظر الموافقة النهائية.",
                           U"ونقلت رويترز عن مسؤول أميركي كبير قوله إن الاتفاق على انسحاب القوات من العراق ينتظر الموافقة النهائية.");
    REQUIRE(other.size() == 1);
    CHECK(other[0].differences.empty());
  }
}
}

TEST_SUITE("xref") {
// Relative dates are resolved against each article's publication date, which for real newswire is
// itself approximate (a crawl time, a print edition dated the morning after).
TEST_CASE("a pair's relation is decided on what the two claims share, not on the cluster's") {
  // Two reports give other years for the talks' end; the third gives no year: it disagrees with
  // neither, while the cluster disagrees.
  const std::vector<corpus::Article> arts = {
      article("a.txt", U"قال وزير الخارجية إن المحادثات بين البلدين حول الحدود البحرية ستنتهي في عام 2026."),
      article("b.txt", U"قال وزير الخارجية إن المحادثات بين البلدين حول الحدود البحرية ستنتهي في عام 2027."),
      article("c.txt", U"قال وزير الخارجية إن المحادثات بين البلدين حول الحدود البحرية ستنتهي قريبا.")};
  const auto k = xref::cross_reference(arts, analysis::analyze_corpus(arts, {}));
  REQUIRE(k.size() == 1);
  REQUIRE(k[0].claims.size() == 3);
  CHECK(k[0].relation == xref::Relation::disagree);
  const auto &a = k[0].claims[0], &b = k[0].claims[1], &c = k[0].claims[2];
  CHECK(xref::pair_relation(k[0], a, b) == xref::Relation::disagree);
  CHECK(xref::pair_relation(k[0], b, a) == xref::Relation::disagree);
  CHECK(xref::pair_relation(k[0], a, c) == xref::Relation::agree);
  CHECK(xref::pair_relation(k[0], c, b) == xref::Relation::agree);
}

TEST_CASE("relations of articles with their publication dates") {
  auto run = [](const char* date_a, const std::u32string& a, const char* date_b, const std::u32string& b) {
    std::vector<corpus::Article> arts = {article("a.txt", a), article("b.txt", b)};
    arts[0].meta.date = date_a;
    arts[1].meta.date = date_b;
    const auto an = analysis::analyze_corpus(arts, {});
    return xref::cross_reference(arts, an);
  };
  SUBCASE("'today' in one outlet and 'yesterday' in another of the same date are a day apart at most: agree") {
    CHECK(one_relation(run("2015-08-06", U"انسحبت اليوم القوات الأمريكية من قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.",
                           "2015-08-06", U"انسحبت أمس القوات الأمريكية من قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.")) == xref::Relation::agree);
    CHECK(one_relation(run("2015-08-06", U"انسحبت اليوم القوات الأمريكية من قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.",
                           "2015-08-06", U"انسحبت يوم 1 أغسطس 2015 القوات الأمريكية من قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.")) == xref::Relation::disagree);   // a day told in full, five days before: a conflict
  }
  SUBCASE("a recurring bulletin's sentence a fortnight apart tells of two days, not a conflict") {
    const std::u32string first = U"وتوقعت هيئة الأرصاد في تقريرها عن حالة الطقس لهذا اليوم الثلاثاء أن تكون الرياح على البحر الأحمر شمالية غربية بسرعة 18 - 38 كم/ساعة وارتفاع الموج من متر إلى متر ونصف.";
    const std::u32string second = U"وتوقعت هيئة الأرصاد في تقريرها عن حالة الطقس لهذا اليوم الخميس أن تكون الرياح على البحر الأحمر شمالية غربية بسرعة 22 - 42 كم/ساعة وارتفاع الموج من متر إلى متر ونصف.";
    CHECK(no_disagreement(run("2015-07-21", first, "2015-08-06", second)));
    CHECK(one_relation(run("2015-08-06", U"وتوقعت هيئة الأرصاد في تقريرها عن حالة الطقس أن تكون الرياح على البحر الأحمر شمالية غربية بسرعة 18 - 38 كم/ساعة وارتفاع الموج من متر إلى متر ونصف.",
                           "2015-08-06", U"وتوقعت هيئة الأرصاد في تقريرها عن حالة الطقس أن تكون الرياح على البحر الأحمر شمالية غربية بسرعة 22 - 42 كم/ساعة وارتفاع الموج من متر إلى متر ونصف.")) == xref::Relation::disagree);   // one day's bulletin told two ways
  }
  SUBCASE("one outlet's template sentence with other figures is its recurring report, another outlet's a discrepancy") {
    const std::u32string a = U"وتوقعت هيئة الأرصاد أن تكون الرياح على البحر الأحمر شمالية غربية بسرعة 18 - 38 كم/ساعة وارتفاع الموج من متر إلى متر ونصف.";
    const std::u32string b = U"وتوقعت هيئة الأرصاد أن تكون الرياح على البحر الأحمر شمالية غربية بسرعة 22 - 42 كم/ساعة وارتفاع الموج من متر إلى متر ونصف.";
    for (const char* second : {"الوئام", "المدينة"}) {
      std::vector<corpus::Article> arts = {article("a.txt", a), article("b.txt", b)};
      arts[0].meta.outlet = "الوئام";
      arts[1].meta.outlet = second;
      const auto k = xref::cross_reference(arts, analysis::analyze_corpus(arts, {}));
      CHECK(one_relation(k) == (std::string(second) == "الوئام" ? xref::Relation::agree : xref::Relation::disagree));
    }
  }
  SUBCASE("today's news and a date months from it are two events of the story, not two dates of one") {
    CHECK(no_disagreement(run("2015-07-21", U"وتجتمع اللجنة التنفيذية للفيفا اليوم في زيوريخ لتحديد موعد الجمعية العمومية لانتخاب رئيس جديد خلفا لبلاتر.",
                              "2015-07-21", U"وقررت اللجنة التنفيذية للفيفا في زيوريخ عقد الجمعية العمومية لانتخاب رئيس جديد خلفا لبلاتر في 26 فبراير 2016.")));
    // a year against a day given in full is still compared
    CHECK(one_relation(run("2015-07-21", U"وقال المتحدث إن الغارات الجوية للتحالف الدولي على تنظيم داعش بدأت في عام 2014 بقيادة الولايات المتحدة.",
                           "2015-07-21", U"وقال المتحدث إن الغارات الجوية للتحالف الدولي على تنظيم داعش بدأت في 10 سبتمبر 2015 بقيادة الولايات المتحدة.")) == xref::Relation::disagree);
  }
  SUBCASE("a toll told as risen to a figure is as of its day: a fortnight later it is an update") {
    CHECK(one_relation(run("2015-07-21", U"ارتفعت حصيلة ضحايا الفيضانات الموسمية في باكستان إلى 22 حالة وفاة وفقا للهيئة الوطنية لإدارة الكوارث.",
                           "2015-08-06", U"ارتفعت حصيلة ضحايا الفيضانات الموسمية في باكستان إلى 151 حالة وفاة وفقا للهيئة الوطنية لإدارة الكوارث.")) == xref::Relation::updated);
    CHECK(one_relation(run("2015-08-06", U"ارتفعت حصيلة ضحايا الفيضانات الموسمية في باكستان إلى 22 حالة وفاة وفقا للهيئة الوطنية لإدارة الكوارث.",
                           "2015-08-06", U"ارتفعت حصيلة ضحايا الفيضانات الموسمية في باكستان إلى 151 حالة وفاة وفقا للهيئة الوطنية لإدارة الكوارث.")) == xref::Relation::disagree);   // the same day: a conflict
  }
  SUBCASE("a negation of a report verb does not reach past it") {
    CHECK(no_disagreement(run("2015-08-06", U"وقال الوزير إن خطة الدائنين الجديدة لا تؤكد بعد على الإعفاء من الديون اليونانية.",
                              "2015-08-06", U"وقال الوزير إن خطة الدائنين الجديدة تتضمن الإعفاء من الديون اليونانية.")));
  }
  SUBCASE("a contract's delivery month names the contract: gold for December and for August delivery") {
    CHECK(one_relation(run("2015-08-06", U"وتراجع سعر الذهب في العقود الأمريكية الآجلة لتسليم ديسمبر 0.5 في المائة إلى 1089 دولارا للأوقية.",
                           "2015-08-06", U"وتراجع سعر الذهب في العقود الأمريكية الآجلة تسليم أغسطس 0.5 في المائة إلى 1089 دولارا للأوقية.")) == xref::Relation::agree);
  }
  SUBCASE("a month named without its year may be the next one: '26 February' agrees with '26 February 2016'") {
    CHECK(one_relation(run("2015-07-21", U"وحددت اللجنة التنفيذية للفيفا 26 فبراير موعدا للجمعية العمومية غير العادية لانتخاب رئيس جديد.",
                           "2015-07-21", U"وحددت اللجنة التنفيذية للفيفا 26 فبراير 2016 موعدا للجمعية العمومية غير العادية لانتخاب رئيس جديد.")) == xref::Relation::agree);
    CHECK(one_relation(run("2015-07-21", U"وحددت اللجنة التنفيذية للفيفا 26 فبراير موعدا للجمعية العمومية غير العادية لانتخاب رئيس جديد.",
                           "2015-07-21", U"وحددت اللجنة التنفيذية للفيفا 27 فبراير 2016 موعدا للجمعية العمومية غير العادية لانتخاب رئيس جديد.")) == xref::Relation::disagree);
  }
}

TEST_CASE("xref: counts beyond a long long (issue 8, found by fuzz_analysis)") {
  // The note wrote each count through llround to long long: an unspecified value for 22 digits.
  const std::vector<corpus::Article> arts = {
      article("a.txt", U"قال المسؤول إن 4444444444444444444444 جندي سيغادرون قاعدة عين الأسد في العراق بحلول سبتمبر 2025."),
      article("b.txt", U"قال المسؤول إن 2500 جندي سيغادرون قاعدة عين الأسد في العراق بحلول سبتمبر 2025.")};
  const auto an = analysis::analyze_corpus(arts, {});
  const auto clusters = xref::cross_reference(arts, an);
  REQUIRE(clusters.size() == 1);
  CHECK(clusters[0].relation == xref::Relation::disagree);
  CHECK(clusters[0].note == "4.44444e+21 troop vs 2500 troop");
}

TEST_CASE("xref: a claim that is not check-worthy links as a near copy only (Options::other_claims)") {
  // The second line of each article names no figure, entity or source (not check-worthy) and is
  // copied; the third lines share a few words and are not the same fact.
  const std::vector<corpus::Article> arts = {
      article("a.txt", U"أعلنت أمانة منطقة عسير تعليق حفل مهرجان أبها يجمعنا مساء اليوم.\n"
                       U"وستستمر الفعاليات الأخرى المصاحبة من محاضرات وندوات ثقافية واجتماعية كالمعتاد.\n"
                       U"ويحضر الفعاليات الأخرى عادة عدد كبير من العائلات والشباب."),
      article("b.txt", U"علقت أمانة منطقة عسير حفل مهرجان أبها يجمعنا الذي كان مقررا الليلة.\n"
                       U"وستستمر الفعاليات الأخرى المصاحبة من محاضرات وندوات ثقافية واجتماعية.\n"
                       U"وتجتذب الفعاليات المسائية العائلات والأطفال من داخل المنطقة وخارجها.")};
  const auto an = analysis::analyze_corpus(arts, {});
  for (const auto& a : an.articles) {
    REQUIRE(a.claims.size() == 3);
    REQUIRE(!a.claims[1].checkworthy);
    REQUIRE(!a.claims[2].checkworthy);
  }
  auto linked = [](const std::vector<xref::Cluster>& clusters, std::size_t claim) {
    for (const auto& k : clusters) {
      bool a = false, b = false;
      for (const auto& c : k.claims) (c.article == 0 ? a : b) |= c.claim == claim;
      if (a && b) return true;
    }
    return false;
  };
  const auto clusters = xref::cross_reference(arts, an);
  CHECK(linked(clusters, 0));
  CHECK(linked(clusters, 1));
  CHECK(!linked(clusters, 2));
  xref::Options checkworthy_only;
  checkworthy_only.other_claims = 0;
  const auto before = xref::cross_reference(arts, an, checkworthy_only);
  CHECK(linked(before, 0));
  CHECK(!linked(before, 1));
  xref::Options any_likeness;   // the third lines are alike enough for two check-worthy claims
  any_likeness.other_claims = any_likeness.min_similarity;
  CHECK(linked(xref::cross_reference(arts, an, any_likeness), 2));
}
}
