#include <doctest/doctest.h>

#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"

using isnad::analysis::contains;
using isnad::analysis::word_set;

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
}
}
