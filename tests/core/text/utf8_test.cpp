#include <doctest/doctest.h>

#include "isnad/text/utf8.h"

using namespace isnad::text;

TEST_SUITE("text") {
TEST_CASE("utf8") {
  SUBCASE("valid Arabic, Latin and astral text decodes to code points and back") {
    const std::string s = u8"بغداد 2500 Reuters 😀";
    auto d = decode_utf8(s);
    CHECK(d.replaced == 0);
    CHECK(d.text.size() == 20);
    CHECK(d.text[0] == U'\u0628');
    CHECK(d.text.back() == U'\U0001F600');
    CHECK(to_utf8(d.text) == s);
  }
  SUBCASE("each maximal ill-formed subpart becomes one U+FFFD") {
    // Unicode 15 §3.9 table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 → a FFFD FFFD FFFD b FFFD c FFFD FFFD d
    const std::string s = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
    auto d = decode_utf8(s);
    CHECK(d.text == U"a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd");
    CHECK(d.replaced == 6);
    CHECK(d.first_bad_byte == 1);
  }
  SUBCASE("overlongs, surrogates and values past U+10FFFF are rejected") {
    CHECK(decode_utf8("\xC0\xAF").text == U"\uFFFD\uFFFD");
    CHECK(decode_utf8("\xED\xA0\x80").text == U"\uFFFD\uFFFD\uFFFD");
    CHECK(decode_utf8("\xF4\x90\x80\x80").text == U"\uFFFD\uFFFD\uFFFD\uFFFD");
    CHECK(decode_utf8("\xE0\x9F\x80").replaced == 3);
  }
  SUBCASE("a truncated sequence at the end is one U+FFFD") {
    CHECK(decode_utf8("ab\xE2\x82").text == U"ab\uFFFD");
  }
  SUBCASE("a BOM is kept as read and reported") {
    auto d = decode_utf8("\xEF\xBB\xBFx");
    CHECK(d.had_bom);
    CHECK(d.text == U"\uFEFFx");
  }
  SUBCASE("NUL is an ordinary code point") {
    CHECK(decode_utf8(std::string("a\0b", 3)).text.size() == 3);
  }
  SUBCASE("UTF-16 conversion maps every unit back to its code point") {
    auto m = to_utf16(U"a😀b");
    CHECK(m.utf16.size() == 4);
    CHECK(m.to_cp == std::vector<std::size_t>{0, 1, 1, 2, 3});
  }
}
}
