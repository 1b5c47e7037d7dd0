#include <doctest/doctest.h>

#include <vector>

#include "isnad/text/stem.h"

using namespace isnad::text;

namespace {
std::vector<std::u32string> readings(std::u32string_view w) {
  CliticStrip c[4];
  int n = clitic_candidates(w, c);
  std::vector<std::u32string> out;
  std::u32string buf;
  for (int i = 0; i < n; ++i) out.emplace_back(apply_strip(w, c[i], buf));
  return out;
}
}  // namespace

TEST_SUITE("text") {
TEST_CASE("stem") {
  SUBCASE("و and ف come off, then ب ك ل") {
    CHECK(readings(U"والعراق") == std::vector<std::u32string>{U"والعراق", U"العراق"});
    CHECK(readings(U"وبغداد") == std::vector<std::u32string>{U"وبغداد", U"بغداد", U"غداد"});
    CHECK(readings(U"لواشنطن") == std::vector<std::u32string>{U"لواشنطن", U"واشنطن"});
  }
  SUBCASE("لل gets its article back") {
    CHECK(readings(U"للعراق") == std::vector<std::u32string>{U"للعراق", U"العراق"});
    CliticStrip c[4];
    REQUIRE(clitic_candidates(U"وللعراق", c) == 3);
    CHECK(c[2].restore_al);
    CHECK(c[2].conj == 1);
  }
  SUBCASE("short words are left alone") {
    CHECK(readings(U"وفي").size() == 1);
  }
  SUBCASE("light stems meet across clitics, the article and suffixes") {
    CHECK(light_stem(U"والولايات") == light_stem(U"الولايات"));
    CHECK(light_stem(U"العراقيه") == light_stem(U"عراقي"));
    // a feminine dual meets its singular: القيادتين (the two leaderships) and قياده
    CHECK(light_stem(U"القيادتين") == light_stem(U"قياده"));
    CHECK(light_stem(U"دولتان") == light_stem(U"دوله"));
  }
  SUBCASE("one proclitic letter off a word longer than the floor") {
    std::uint32_t skip = 9;
    CHECK(strip_proclitic(U"وأضاف", kConjunctions, 3, &skip) == U"أضاف");
    CHECK(skip == 1);
    CHECK(strip_proclitic(U"بحسب", kConjunctions) == U"بحسب");      // ب is no conjunction
    CHECK(strip_proclitic(U"بحسب", kProclitics) == U"حسب");
    CHECK(strip_proclitic(U"وفق", kConjunctions, 3, &skip) == U"وفق");   // too short: the word itself
    CHECK(skip == 0);
    CHECK(strip_proclitic(U"وفق", kConjunctions, 2) == U"فق");
  }
}
}
