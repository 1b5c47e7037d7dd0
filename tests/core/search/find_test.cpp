#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "isnad/search/search.h"
#include "isnad/text/utf8.h"

using namespace isnad::search;

namespace {
// The original text of each hit, for readable checks.
std::vector<std::u32string> found(const std::vector<std::u32string>& texts, std::u32string_view query) {
  std::vector<std::u32string_view> views(texts.begin(), texts.end());
  const Index index = build_index(views);
  std::vector<std::u32string> out;
  for (const Hit& h : find(index, query)) out.push_back(texts[h.article].substr(h.start, h.end - h.start));
  return out;
}
}  // namespace

TEST_SUITE("search") {
TEST_CASE("find") {
  SUBCASE("the article, a conjunction and none at all: الانسحاب finds انسحاب and والانسحاب") {
    const std::vector<std::u32string> texts = {U"بدأ الانسحاب أمس. وقال إن انسحاب القوات يتم على مراحل",
                                               U"والانسحاب سيكتمل، وللانسحاب شروط، وبعد انسحابها"};
    CHECK(found(texts, U"الانسحاب") ==
          std::vector<std::u32string>{U"الانسحاب", U"انسحاب", U"والانسحاب", U"وللانسحاب", U"انسحابها"});
    CHECK(found(texts, U"انسحاب") == found(texts, U"الانسحاب"));
    CHECK(found(texts, U"والانسحاب") == found(texts, U"الانسحاب"));
  }
  SUBCASE("hamza seats and diacritics do not matter, in the query or the text") {
    const std::vector<std::u32string> texts = {U"أعلنَ المسؤولُ عن إنهاء المهمة، وقال مسئول آخر"};
    CHECK(found(texts, U"اعلن") == std::vector<std::u32string>{U"أعلنَ"});
    CHECK(found(texts, U"انهاء").size() == 1);
    CHECK(found(texts, U"إنْهَاء").size() == 1);
    CHECK(found(texts, U"مسؤول").size() == 2);   // مسؤول and مسئول meet
  }
  SUBCASE("teh marbuta, alef maqsura and a suffix") {
    const std::vector<std::u32string> texts = {U"قالت الحكومه إن حكومتها ستبقى، وأكد مصطفى"};
    CHECK(found(texts, U"الحكومة").size() == 2);
    CHECK(found(texts, U"مصطفي").size() == 1);
  }
  SUBCASE("whole words only: no match inside another word") {
    const std::vector<std::u32string> texts = {U"الانسحابية ليست كلمة، والمنسحب ليس انسحابا بل تراجع"};
    CHECK(found(texts, U"انسحاب") == std::vector<std::u32string>{U"انسحابا"});
    CHECK(found(texts, U"حاب").empty());
    CHECK(found(texts, U"الانسحابية").size() == 1);   // the nisba is its own word, found as such
    CHECK(found(texts, U"وزير").empty());
  }
  SUBCASE("a conjunction that belongs to the word stays: وزير is not و + زير") {
    CHECK(query_words(U"وزير") == std::vector<std::u32string>{U"وزير"});
    CHECK(query_words(U"والوزير") == std::vector<std::u32string>{U"وزير"});
    CHECK(word_matches(U"والوزير", U"وزير"));
    CHECK(word_matches(U"للوزير", U"وزير"));
    CHECK(word_matches(U"بالوزير", U"وزير"));
    CHECK_FALSE(word_matches(U"زير", U"وزير"));
  }
  SUBCASE("several words match consecutive words, across punctuation and line breaks") {
    const std::vector<std::u32string> texts = {U"انسحاب قوات التحالف\nوانسحاب القوات، الأمريكية"};
    CHECK(found(texts, U"انسحاب القوات") == std::vector<std::u32string>{U"انسحاب قوات", U"وانسحاب القوات"});
    CHECK(found(texts, U"القوات الامريكية") == std::vector<std::u32string>{U"القوات، الأمريكية"});
  }
  SUBCASE("offsets are the article's own code points; hits are listed by article then position") {
    const std::vector<std::u32string> texts = {U"لا شيء هنا", U"في عام ٢٠٢٦ و2026"};
    std::vector<std::u32string_view> views(texts.begin(), texts.end());
    const auto hits = find(build_index(views), U"2026");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].article == 1);
    CHECK(hits[0].start == 7);
    CHECK(hits[0].end == 11);
    CHECK(hits[1].start < hits[1].end);
    CHECK(hits[0].start < hits[1].start);
  }
  SUBCASE("an empty or punctuation-only query finds nothing; the limit holds") {
    const std::vector<std::u32string> texts = {U"قال قال قال قال"};
    CHECK(found(texts, U"").empty());
    CHECK(found(texts, U" ،. ").empty());
    std::vector<std::u32string_view> views(texts.begin(), texts.end());
    CHECK(find(build_index(views), U"قال", 2).size() == 2);
  }
}

TEST_CASE("context") {
  SUBCASE("words around the hit, cut at spaces, within its paragraph") {
    const std::u32string t = U"سطر أول\nقال المتحدث إن الانسحاب سيكتمل بحلول نهاية العام المقبل بحسب الخطة\nسطر آخر";
    std::vector<std::u32string_view> views{t};
    const auto hits = find(build_index(views), U"الانسحاب");
    REQUIRE(hits.size() == 1);
    const Context c = context_of(t, hits[0], 20);
    CHECK(c.match == "الانسحاب");
    CHECK(c.before == "قال المتحدث إن ");
    CHECK(c.after.rfind(" سيكتمل", 0) == 0);
    CHECK(c.after.find("سطر") == std::string::npos);
    CHECK(c.after.size() > 5);
  }
}
}
