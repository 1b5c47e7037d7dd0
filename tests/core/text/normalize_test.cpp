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
  SUBCASE("bidi controls fold away, so they cannot split a word or a number (issue 8)") {
    CHECK(fold(U"25\u202E00 بغ\u202Dد\u200Fاد \u2067سبتمبر\u2069 \u061Cقال\u202A\u202B\u202C\u2066\u2068") ==
          U"2500 بغداد سبتمبر قال");
    const Normalized n = normalize_for_matching(U"25\u202E00");
    CHECK(n.to_orig == std::vector<std::uint32_t>{0, 1, 3, 4, 5});
  }
  SUBCASE("every folded code point maps back to its original offset") {
    std::u32string s = U"قالَ «رويترز»";
    Normalized n = normalize_for_matching(s);
    CHECK(n.text == U"قال \"رويترز\"");
    REQUIRE(n.to_orig.size() == n.text.size() + 1);
    CHECK(n.to_orig[3] == 4);             // the space after the dropped fatha
    CHECK(n.to_orig[n.text.size()] == s.size());
  }
  SUBCASE("one fold with an offset map, three rule sets") {
    const std::u32string s = U"مسؤول  شيء،";
    CHECK(fold_with_map(s, Fold::matching).text == normalize_for_matching(s).text);
    CHECK(fold_with_map(s, Fold::search).text == U"مسءول  شيء\u060C");    // ؤ meets ء
    const Normalized l = fold_with_map(s, Fold::share_link);
    CHECK(l.text == U"مسوول شي,");                                        // ؤ → و, ء dropped, one space
    REQUIRE(l.to_orig.size() == l.text.size() + 1);
    CHECK(l.to_orig[6] == 7);                                             // ش after the two spaces
    CHECK(l.to_orig.back() == s.size());
  }
}
}
