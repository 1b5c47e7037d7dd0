#include <doctest/doctest.h>

#include <string>

#include "isnad/layout/paragraph_ranges.h"
#include "isnad/text/boundary.h"

using isnad::text::cut_point;

TEST_SUITE("text") {
TEST_CASE("cut points for bounded pieces") {
  SUBCASE("the rest fits: the end of the text") {
    CHECK(cut_point(U"قال المسؤول", 0, 100) == 11);
    CHECK(cut_point(U"abc", 3, 10) == 3);
    CHECK(cut_point(U"", 0, 10) == 0);
  }
  SUBCASE("a sentence end in reach wins over a nearer space") {
    const std::u32string t = U"أ ب ج. د ه و ز ح ط ي";   // ". " at 5–6
    CHECK(cut_point(t, 0, 10) == 7);                      // after "ج. "
  }
  SUBCASE("a line break wins over a sentence end") {
    const std::u32string t = U"ab\ncd. efghij";
    CHECK(cut_point(t, 0, 8) == 7);   // no break within reach [4, 8]: the sentence end after "cd. "
    CHECK(cut_point(U"abcd\nef. ghijk", 0, 9) == 5);   // the sentence end (cut 9) and the \n (cut 5) are both in reach: the \n
  }
  SUBCASE("no space: between grapheme clusters, never before a combining mark or after ZWJ") {
    std::u32string t = U"ب";
    for (int i = 0; i < 20; ++i) t += U"\u064e";   // 20 fathas on one letter
    t += U"بب";
    const std::size_t c = cut_point(t, 0, 12);
    CHECK(c == 12);   // nothing better in reach: one grapheme longer than the window is cut anyway
    const std::u32string z = U"abcdefg\u200dhijklmnop";
    const std::size_t cz = cut_point(z, 0, 8);
    CHECK(cz != 8);   // not after the ZWJ at 7
    CHECK(cz >= 4);
    CHECK(cz <= 8);
  }
  SUBCASE("pieces cover the text, never longer than the bound, never shorter than half unless at the end") {
    std::u32string t;
    for (int i = 0; i < 3000; ++i) t += (i % 7 == 0) ? U"جملة. " : U"كلمة ";
    std::size_t at = 0, pieces = 0;
    while (at < t.size()) {
      const std::size_t c = cut_point(t, at, 500);
      REQUIRE(c > at);
      CHECK(c - at <= 500);
      if (c < t.size()) CHECK(c - at >= 250);
      at = c;
      ++pieces;
    }
    CHECK(at == t.size());
    CHECK(pieces >= t.size() / 500);
  }
}

TEST_CASE("paragraph ranges") {
  using isnad::layout::paragraph_ranges;
  SUBCASE("hard breaks; empty lines dropped") {
    const auto r = paragraph_ranges(U"ab\r\ncd\n\nef\u2029g");
    REQUIRE(r.size() == 4);
    CHECK(r[0].start == 0); CHECK(r[0].end == 2);
    CHECK(r[1].start == 4); CHECK(r[1].end == 6);
    CHECK(r[2].start == 8); CHECK(r[2].end == 10);
    CHECK(r[3].start == 11); CHECK(r[3].end == 12);
  }
  SUBCASE("a 1 MB line becomes bounded pieces in order, at spaces, covering every letter") {
    std::u32string t;
    while (t.size() < 1000000) t += U"قال المسؤول إن 2500 جندي سيغادرون بغداد بحلول سبتمبر 2025. ";
    t += U"\nسطر أخير";
    const auto r = paragraph_ranges(t, 4000);
    REQUIRE(r.size() > 250);
    std::size_t covered = 0;
    for (std::size_t i = 0; i < r.size(); ++i) {
      CHECK(r[i].end - r[i].start <= 4000);
      if (i) CHECK(r[i].start >= r[i - 1].end);
      covered += r[i].end - r[i].start;
      if (i + 2 < r.size()) CHECK(t[r[i].end - 1] == U' ');   // cut after a space (a sentence end here)
    }
    CHECK(covered == t.size() - 1);   // all but the one line break
    CHECK(r.back().end == t.size());
  }
}
}
