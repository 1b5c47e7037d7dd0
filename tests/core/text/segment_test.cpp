#include <doctest/doctest.h>

#include "isnad/text/segment.h"

using namespace isnad::text;

namespace {
std::vector<std::u32string> words_of(const Normalized& n, const std::vector<Token>& t) {
  std::vector<std::u32string> out;
  for (auto& k : t) out.emplace_back(token_text(n, k));
  return out;
}
}  // namespace

TEST_SUITE("text") {
TEST_CASE("segment") {
  SUBCASE("letters glued to digits are separate words") {
    auto n = normalize_for_matching(U"في العراق و900 في سوريا");
    auto w = words_of(n, segment_words(n));
    CHECK(w == std::vector<std::u32string>{U"في", U"العراق", U"و", U"900", U"في", U"سوريا"});
  }
  SUBCASE("numbers keep their separators and punctuation is one token per mark") {
    auto n = normalize_for_matching(U"نحو 2,500 جندي، و2.5%.");
    auto w = words_of(n, segment_words(n));
    CHECK(w == std::vector<std::u32string>{U"نحو", U"2,500", U"جندي", U"،", U"و", U"2.5", U"%", U"."});
  }
  SUBCASE("original offsets of words include trailing diacritics") {
    std::u32string s = U"رسمياً اليوم";
    auto n = normalize_for_matching(s);
    auto t = segment_words(n);
    REQUIRE(t.size() == 2);
    CHECK(t[0].ob == 0);
    CHECK(t[0].oe == 6);
    CHECK(t[1].ob == 7);
  }
  SUBCASE("sentences end at . ؟ ؛ and line breaks but not inside a quotation") {
    auto n = normalize_for_matching(U"قال: “هذا ليس انسحابا. هذا انتقال”. ثم غادر؛ وانتهى\nعنوان");
    auto t = segment_words(n);
    auto s = segment_sentences(n, t);
    REQUIRE(s.size() == 4);
    CHECK(token_text(n, t[s[1].begin]) == U"ثم");
    CHECK(token_text(n, t[s[2].begin]) == U"وانتهي");
    CHECK(token_text(n, t[s[3].begin]) == U"عنوان");
  }
}
}
