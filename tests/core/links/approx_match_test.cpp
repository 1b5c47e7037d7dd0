#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "isnad/links/approx_match.h"

using namespace isnad::links;

namespace {
// Reference: the best distance of the pattern ending at each text position (semi-global DP).
std::vector<int> dp_end_distances(std::u32string_view t, std::u32string_view p) {
  std::vector<int> col(p.size() + 1), out;
  for (std::size_t i = 0; i <= p.size(); ++i) col[i] = static_cast<int>(i);
  for (std::size_t j = 0; j < t.size(); ++j) {
    int diag = col[0];
    col[0] = 0;
    for (std::size_t i = 1; i <= p.size(); ++i) {
      const int up = col[i];
      col[i] = std::min({col[i] + 1, col[i - 1] + 1, diag + (p[i - 1] == t[j] ? 0 : 1)});
      diag = up;
    }
    out.push_back(col[p.size()]);
  }
  return out;
}
std::u32string random_text(std::mt19937& rng, std::size_t n, int alphabet) {
  std::u32string s;
  for (std::size_t i = 0; i < n; ++i) s.push_back(U'\u0627' + static_cast<char32_t>(rng() % alphabet));
  return s;
}
}  // namespace

TEST_SUITE("links") {
TEST_CASE("approx_match") {
  SUBCASE("an exact occurrence is found at distance 0 with its start") {
    auto hits = approx_find(U"قال المسؤول إن القوات ستغادر", U"القوات", 1);
    REQUIRE_FALSE(hits.empty());
    bool found = false;
    for (auto& h : hits) found |= (h.distance == 0 && h.start == 15 && h.end == 21);
    CHECK(found);
  }
  SUBCASE("a substituted, an inserted and a deleted letter each cost one") {
    CHECK(approx_find(U"xxابجدxx", U"ابخد", 1).at(0).distance == 1);
    CHECK(approx_find(U"xxابججدxx", U"ابجد", 1).at(0).distance == 1);
    CHECK(approx_find(U"xxابدxx", U"ابجد", 1).at(0).distance == 1);
    CHECK(approx_find(U"xxابدxx", U"ابجد", 0).empty());
  }
  SUBCASE("the blocked search agrees with dynamic programming, for patterns of 1 to 300 characters") {
    std::mt19937 rng(42);
    for (int round = 0; round < 60; ++round) {
      const std::size_t m = 1 + rng() % 300;
      auto text = random_text(rng, 400 + rng() % 400, 4);
      auto pat = random_text(rng, m, 4);
      const int k = static_cast<int>(m);   // every end qualifies: compare every column
      auto ref = dp_end_distances(text, pat);
      // approx_find keeps local minima; check each reported end against the reference.
      for (const auto& h : approx_find(text, pat, k, 100000)) {
        REQUIRE(h.end >= 1);
        CHECK(h.distance == ref[h.end - 1]);
        CHECK(h.start <= h.end);
      }
    }
  }
  SUBCASE("the minimum over the text equals the reference minimum") {
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
      auto text = random_text(rng, 300, 3);
      auto pat = random_text(rng, 1 + rng() % 150, 3);
      auto ref = dp_end_distances(text, pat);
      const int best = *std::min_element(ref.begin(), ref.end());
      auto hits = approx_find(text, pat, best, 100000);
      REQUIRE_FALSE(hits.empty());
      int got = hits[0].distance;
      for (auto& h : hits) got = std::min(got, h.distance);
      CHECK(got == best);
    }
  }
  SUBCASE("edit_distance is capped and symmetric") {
    CHECK(edit_distance(U"kitten", U"sitting", 10) == 3);
    CHECK(edit_distance(U"sitting", U"kitten", 10) == 3);
    CHECK(edit_distance(U"abc", U"xyzxyzxyz", 4) == 4);
    CHECK(edit_distance(U"", U"", 3) == 0);
  }
}
}
