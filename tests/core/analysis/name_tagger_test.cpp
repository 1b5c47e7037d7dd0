#include <doctest/doctest.h>

#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/name_tagger.h"
#include "isnad/text/utf8.h"
#include "test_analysis.h"

using namespace isnad::analysis;
using isnad::test::analyse;
using isnad::test::find_anchor;
using isnad::test::list_anchors;

namespace {

LabelledSentence sentence(std::initializer_list<std::pair<const char*, const char*>> words) {
  LabelledSentence s;
  for (auto& [w, t] : words) { s.tokens.push_back(w); s.labels.push_back(t); }
  return s;
}

// Made-up sentences in one pattern: a reporting verb, a title, a person's two names.
std::vector<LabelledSentence> toy_corpus() {
  const char* given[] = {"سامر", "رامي", "نادر", "فادي", "باسل", "ماهر"};
  const char* family[] = {"خوري", "حداد", "نصار", "عيسى", "شاهين", "سلوم"};
  std::vector<LabelledSentence> out;
  for (int i = 0; i < 6; ++i)
    for (int j = 0; j < 6; ++j)
      if ((i + j) % 2 == 0)
        out.push_back(sentence({{"وقال", "O"}, {"المهندس", "O"}, {given[i], "B-PERS"}, {family[j], "I-PERS"},
                                {"في", "O"}, {"بيروت", "B-LOC"}, {"إن", "O"}, {"العمل", "O"}, {"مستمر", "O"}, {".", "O"}}));
  return out;
}

}  // namespace

TEST_SUITE("analysis") {
TEST_CASE("name tagger") {
  SUBCASE("tag labels: the data sets' names of one type meet") {
    CHECK(name_tag_of("B-PERS") == name_tag_of("B-PER"));
    CHECK(name_tag_of("I-GPE") == name_tag_of("I-LOC"));
    CHECK(name_tag_of("B-MIS") == name_tag_of("B-MISC"));
    CHECK(name_tag_of("B-DATE") == 0);
    CHECK(name_tag_of("O") == 0);
    CHECK(std::string(name_tag_label(name_tag_of("I-ORG"))) == "I-ORG");
  }
  SUBCASE("a malformed model file is refused with its line") {
    std::string error;
    CHECK_FALSE(load_name_model("scale 0\n", &error));
    CHECK(error.find("line 1") != std::string::npos);
    CHECK_FALSE(load_name_model("scale 1\nf w\tx\t12:3\n", &error));
    CHECK(error.find("line 2") != std::string::npos);
    CHECK_FALSE(load_name_model("hello\n", &error));
    CHECK(load_name_model("# a comment\nscale 0.5\nt 9 1 0 0 0 0 0 0 0 0\nf w\tx\t1:3 0:-2\n", &error));
  }
  SUBCASE("training learns the pattern and tags names it never saw; the same data give the same file") {
    NameTrainingOptions opt;
    opt.epochs = 5;
    std::string text = train_name_model(toy_corpus(), opt);
    CHECK(text == train_name_model(toy_corpus(), opt));
    std::string error;
    auto model = load_name_model(text, &error);
    REQUIRE_MESSAGE(model, error);
    auto got = tag_labelled(sentence({{"وقال", "O"}, {"المهندس", "O"}, {"سامر", "B-PERS"}, {"سلوم", "I-PERS"}, {"في", "O"},
                                      {"بيروت", "B-LOC"}, {"إن", "O"}, {"العمل", "O"}, {"مستمر", "O"}, {".", "O"}}),
                            *model);
    REQUIRE(got.gold.size() == 2);
    REQUIRE(got.predicted.size() == 2);
    CHECK(got.predicted[0].tb == 2);
    CHECK(got.predicted[0].te == 4);
    CHECK(got.predicted[0].type == NameType::person);
    CHECK(got.predicted[1].type == NameType::place);
  }
  SUBCASE("the self-trained list: words tagged as one kind often enough and in a clear majority") {
    std::string error;
    CHECK_FALSE(use_auto_names("# header\nخوري\tperson\nحداد\n", &error));
    CHECK(error.find("line 3") != std::string::npos);
    REQUIRE(use_auto_names("", &error));
    NameTrainingOptions opt;
    opt.epochs = 5;
    auto model = load_name_model(train_name_model(toy_corpus(), opt), &error);
    REQUIRE_MESSAGE(model, error);
    std::u32string text = isnad::text::decode_utf8("وقال المهندس سامر خوري في بيروت إن العمل مستمر.").text;
    AutoNameCounter counter;
    for (int k = 0; k < 3; ++k) counter.add(make_document(text), *model);
    const std::string list = counter.list_text(3, 0.8);
    CHECK(list.find("خوري\tperson\n") != std::string::npos);
    CHECK(list.find("عمل\t") == std::string::npos);   // a word of every sentence, never a name
    CHECK(counter.list_text(4, 0.8).empty());            // tagged three times only
    CHECK(use_auto_names(list, &error));
    CHECK(use_auto_names(embedded_data("name_auto.txt"), &error));   // the shipped list again
  }
  SUBCASE("a list of people joined by و is several names when the lists know the given name") {
    std::string error;
    // a hand-written model: every word of a list of two people tagged as one person
    auto model = load_name_model("scale 1\nf w\tقال\t0:10\nf w\tسامر\t1:10\nf w\tخوري\t2:10\n"
                                 "f w\tوسعيد\t2:10\nf w\tحداد\t2:10\nf w\tوليد\t2:10\n", &error);
    REQUIRE_MESSAGE(model, error);
    auto spans_of = [&](const char* utf8) {
      std::u32string text = isnad::text::decode_utf8(utf8).text;
      return tag_names(make_document(text), *model);
    };
    auto two = spans_of("قال سامر خوري وسعيد حداد");
    REQUIRE(two.size() == 2);
    CHECK(two[0].tb == 1);
    CHECK(two[0].te == 3);
    CHECK(two[1].tb == 3);
    CHECK(two[1].te == 5);
    // "وليد" is a given name itself, not و on one
    CHECK(spans_of("قال سامر خوري وليد حداد").size() == 1);
  }
  SUBCASE("document features: trained on a jackknifed first pass, deterministic, read in a second pass") {
    NameTrainingOptions opt;
    opt.epochs = 5;
    opt.doc_block = 4;
    std::string text = train_name_model(toy_corpus(), opt);
    CHECK(text.find("\nf Dy\t") != std::string::npos);
    CHECK(text == train_name_model(toy_corpus(), opt));
    std::string error;
    auto model = load_name_model(text, &error);
    REQUIRE_MESSAGE(model, error);
    std::u32string doc = isnad::text::decode_utf8("وقال المهندس سامر خوري في بيروت إن العمل مستمر. وقال المهندس نادر خوري في بيروت إن العمل مستمر.").text;
    auto spans = tag_names(make_document(doc), *model);
    REQUIRE(spans.size() == 4);
    CHECK(spans[0].type == NameType::person);
    CHECK(spans[2].type == NameType::person);
    CHECK(join_sentences(toy_corpus(), 4).size() == (toy_corpus().size() + 3) / 4);
  }
  SUBCASE("decoding keeps to BIO: a name never starts with I-, and spans stay inside a sentence") {
    std::u32string text = isnad::text::decode_utf8("وقال المهندس سامر خوري إن العمل مستمر. وأكد نادر حداد ذلك.").text;
    Document d = make_document(text);
    for (const NameSpan& s : tag_names(d)) {
      CHECK(s.te > s.tb);
      CHECK(d.same_sentence(s.tb, s.te - 1));
    }
  }
}

TEST_CASE("the shipped tagger finds names that no list knows") {
  // Family names in none of core/data's lists (the self-trained name_auto.txt included), in newswire
  // sentences.
  auto a = analyse("وقال المتحدث باسم الشركة رفيق الطنبوري إن مصنع الشركة في مدينة ينبع سيفتتح الشهر المقبل.");
  CHECK_MESSAGE(find_anchor(a, AnchorType::person, "رفيق الطنبوري"), list_anchors(a));
  // after a title, the tagger says where the name ends (the title rule alone ran on into "بأن")
  auto b = analyse("وصرح مدير المستشفى الدكتور صفوان الزريقات بأن حالة المصابين مستقرة.");
  CHECK_MESSAGE(find_anchor(b, AnchorType::person, "صفوان الزريقات"), list_anchors(b));
}
}
