#include <doctest/doctest.h>

#include <string>

#include "isnad/search/search.h"

using namespace isnad::search;

namespace {
bool same(const SearchText& a, const SearchText& b) {
  if (a.text != b.text || a.to_orig != b.to_orig || a.words.size() != b.words.size()) return false;
  for (std::size_t i = 0; i < a.words.size(); ++i)
    if (a.words[i].begin != b.words[i].begin || a.words[i].end != b.words[i].end) return false;
  return true;
}

SearchText in_slices(std::u32string_view text, std::size_t max_chars, int* steps) {
  SearchTextBuilder b;
  *steps = 1;
  while (!b.step(text, max_chars)) ++*steps;
  return b.take();
}
}  // namespace

TEST_SUITE("search") {
TEST_CASE("search_text") {
  SUBCASE("folded a slice at a time, an article gives what folding it whole gives") {
    std::u32string text;
    for (int i = 0; i < 40; ++i)
      text += U"قالَ وزيرُ الخارجيّة إنّ «الانسحاب» سيتم خلال ٣ أيام، والمسؤولون ـــ في الرئاسة ــ لم يعلّقوا.\r\n"
              U"Reuters 2024 ﻻ ئ ؤ أإآ ى ة\n\n";
    for (std::size_t max : {1u, 7u, 50u, 333u, 4000u, 1000000u}) {
      int steps = 0;
      const SearchText t = in_slices(text, max, &steps);
      CHECK_MESSAGE(same(t, fold_for_search(text)), "slices of " << max);
      if (max < text.size()) CHECK(steps > 1);
    }
  }
  SUBCASE("a word longer than a slice is never cut, and an empty text is done at once") {
    const std::u32string text = std::u32string(3000, U'ب') + U" " + std::u32string(3000, U'ت') + U"\n" + std::u32string(100, U'ث');
    int steps = 0;
    const SearchText t = in_slices(text, 1000, &steps);
    CHECK(same(t, fold_for_search(text)));
    CHECK(t.words.size() == 3);
    CHECK(steps == 3);
    CHECK(same(in_slices(U"", 1000, &steps), fold_for_search(U"")));
    CHECK(steps == 1);
  }
  SUBCASE("done_chars says how far it has folded") {
    const std::u32string text = U"سطر أول\nسطر ثان\nسطر ثالث";
    SearchTextBuilder b;
    CHECK_FALSE(b.step(text, 10));
    CHECK(b.done_chars() > 0);
    CHECK(b.done_chars() < text.size());
    while (!b.step(text, 10)) {}
    CHECK(b.done_chars() == text.size());
  }
}
}
