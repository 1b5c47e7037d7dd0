#include <doctest/doctest.h>

#include "../../../core/xref/stories.h"

using isnad::xref::detail::dense_stories;
using isnad::xref::detail::StoryPair;

TEST_SUITE("xref") {
TEST_CASE("stories: a chain is cut into its dense parts") {
  // Two tight groups {0,1,2} and {3,4,5} (cosine 0.5) chained by one weak pair 2–3 (0.16).
  const std::vector<StoryPair> pairs = {{0, 1, 0.5}, {1, 2, 0.5}, {0, 2, 0.5}, {2, 3, 0.16},
                                        {3, 4, 0.5}, {4, 5, 0.5}, {3, 5, 0.5}};
  SUBCASE("uncut, the chain is one story") {
    const auto s = dense_stories(7, pairs, 0.15, 0, 0.05);
    CHECK(s == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 0, 1});
  }
  SUBCASE("at most 4 articles a story: the weak link goes, each group stays whole") {
    const auto s = dense_stories(7, pairs, 0.15, 4, 0.05);
    CHECK(s == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1, 2});
  }
  SUBCASE("a group that fits is never cut, however weak its pairs") {
    const auto s = dense_stories(4, {{0, 1, 0.15}, {1, 2, 0.15}, {2, 3, 0.9}}, 0.15, 4, 0.05);
    CHECK(s == std::vector<std::uint32_t>{0, 0, 0, 0});
  }
  SUBCASE("articles left without a strong enough pair become stories of one") {
    const auto s = dense_stories(4, {{0, 1, 0.2}, {1, 2, 0.2}, {2, 3, 0.9}}, 0.15, 2, 0.05);
    CHECK(s == std::vector<std::uint32_t>{0, 1, 2, 2});
  }
  SUBCASE("cuts end at cosine 1: a group of near-copies larger than the cap stays") {
    const auto s = dense_stories(3, {{0, 1, 1.0}, {1, 2, 1.0}}, 0.15, 2, 0.05);
    CHECK(s == std::vector<std::uint32_t>{0, 0, 0});
  }
}
}
