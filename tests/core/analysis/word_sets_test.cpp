#include <doctest/doctest.h>

#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"

using isnad::analysis::contains;
using isnad::analysis::word_set;
using isnad::analysis::word_table;

TEST_SUITE("analysis") {
TEST_CASE("word_sets") {
  SUBCASE("a set of a core/data file, folded on load") {
    const auto& q = word_set("claim_cues.txt", "interrogatives");
    CHECK(contains(q, isnad::text::fold(U"هل")));
    CHECK(contains(q, isnad::text::fold(U"أين")));   // written with its hamza, found folded
    CHECK_FALSE(contains(q, isnad::text::fold(U"من")));
    CHECK(contains(word_set("claim_words.txt", "negations"), isnad::text::fold(U"لم")));
  }
  SUBCASE("has() answers as the set's own count(), for every word of a text and every word of the set") {
    const auto& openers = word_set("claim_cues.txt", "clause_openers");
    REQUIRE(openers.size() > 3);
    for (const std::u32string& w : openers) {
      CHECK(openers.has(w));
      // the same length, first and last letters, one letter in the middle changed: passes the filter
      if (w.size() >= 3) {
        std::u32string near = w;
        near[1] = near[1] == U'\u0633' ? U'\u0634' : U'\u0633';
        CHECK(openers.has(near) == (openers.count(near) > 0));
      }
      CHECK(openers.has(w + U"\u0627") == (openers.count(w + U"\u0627") > 0));
    }
    for (const char32_t* w : {U"", U"\u0641\u064A", U"\u0641\u064A\u0645\u0627", U"abc", U"\u0627\u0644\u0630\u064A"}) {
      const std::u32string folded = isnad::text::fold(w);
      CHECK(openers.has(folded) == (openers.count(folded) > 0));
    }
  }
  SUBCASE("the filter turns away only what no word added has") {
    isnad::analysis::WordFilter f;
    CHECK_FALSE(f.may_have(U""));
    CHECK_FALSE(f.may_have(U"\u0645\u0646"));
    f.add(U"\u0645\u0646");                        // من
    CHECK(f.may_have(U"\u0645\u0646"));
    CHECK(f.may_have(U"\u0645\u0646"));
    CHECK_FALSE(f.may_have(U"\u0645\u0646\u0646"));    // another length
    CHECK_FALSE(f.may_have(U"\u0639\u0646"));          // another first letter
    CHECK_FALSE(f.may_have(U"\u0645\u0627"));          // another last letter
    CHECK_FALSE(f.may_have(U""));
    f.add(U"");
    CHECK(f.may_have(U""));
    f.add(std::u32string(80, U'a'));                   // 63 letters and more share a bit
    CHECK(f.may_have(std::u32string(70, U'a')));
  }
  SUBCASE("the same set is read once") {
    CHECK(&word_set("claim_cues.txt", "clause_openers") == &word_set("claim_cues.txt", "clause_openers"));
  }
  SUBCASE("a table: each value with its words, folded, in file order") {
    const auto& months = word_table("date_words.txt", "month");
    REQUIRE(months.size() == 12);
    CHECK(months[0].value == "1");
    CHECK(months[11].value == "12");
    const auto& april = months[3].words;
    CHECK(april.size() == 3);
    CHECK(april[0] == isnad::text::fold(U"أبريل"));
    CHECK(april[0] == U"\u0627\u0628\u0631\u064A\u0644");   // ابريل: the hamza seat folded on load
    const auto& vague = word_table("number_words.txt", "vague");
    REQUIRE_FALSE(vague.empty());
    CHECK(vague.front().value == "hundreds");
    CHECK(&word_table("date_words.txt", "month") == &months);
  }
  SUBCASE("a phrase keeps its spaces") {
    bool found = false;
    for (const auto& row : word_table("number_words.txt", "approximator"))
      for (const auto& w : row.words) found |= row.value == "at least" && w == isnad::text::fold(U"ما لا يقل عن");
    CHECK(found);
  }
}
}
