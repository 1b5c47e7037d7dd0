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
