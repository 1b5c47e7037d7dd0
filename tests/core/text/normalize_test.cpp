#include <doctest/doctest.h>

#include "isnad/text/normalize.h"

using namespace isnad::text;

TEST_SUITE("text") {
TEST_CASE("normalize") {
  SUBCASE("hamza seats, alef maqsura, teh marbuta, tatweel and diacritics fold away") {
    CHECK(fold(U"أإآٱ") == U"اااا");
    CHECK(fold(U"مستشفى") == U"مستشفي");
    CHECK(fold(U"الحكومة") == U"الحكومه");
    CHECK(fold(U"انسحابًا") == U"انسحابا");
    CHECK(fold(U"الـعراق") == U"العراق");
  }
  SUBCASE("Arabic-Indic and Persian digits and separators become ASCII") {
    CHECK(fold(U"٢٥٠٠") == U"2500");
    CHECK(fold(U"۲۰۲۴") == U"2024");
    CHECK(fold(U"٢٫٥٪") == U"2.5%");
    CHECK(fold(U"١٬٠٠٠") == U"1,000");
  }
  SUBCASE("quotation marks and dashes have one form each") {
    CHECK(fold(U"“«»”") == U"\"\"\"\"");
    CHECK(fold(U"–—") == U"--");
  }
  SUBCASE("presentation forms go through NFKC") {
    CHECK(fold(U"\uFEFB") == U"لا");   // the lam-alef ligature
  }
  SUBCASE("every folded code point maps back to its original offset") {
    std::u32string s = U"قالَ «رويترز»";
    Normalized n = normalize_for_matching(s);
    CHECK(n.text == U"قال \"رويترز\"");
    REQUIRE(n.to_orig.size() == n.text.size() + 1);
    CHECK(n.to_orig[3] == 4);             // the space after the dropped fatha
    CHECK(n.to_orig[n.text.size()] == s.size());
  }
}
}
