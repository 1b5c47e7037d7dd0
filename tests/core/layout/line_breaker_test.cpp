// tests/core/layout/line_breaker_test.cpp — breaking at ICU opportunities, overlong words, and speed.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>

#include "isnad/layout/paragraph.h"
#include "isnad/text/utf8.h"
#include "layout_fixtures.h"

using namespace isnad::layout;

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The widest line made of more than one cluster (a single cluster may be wider than any box).
float widest(const std::vector<LineSpan>& lines) {
  float w = 0;
  for (const LineSpan& l : lines) if (l.clusters.size() > 1) w = std::max(w, l.width);
  return w;
}

}  // namespace

TEST_SUITE("layout") {
TEST_CASE("line_breaker") {
  const FontSet& fonts = isnad::test::test_fonts();
  REQUIRE(fonts.complete());

  SUBCASE("lines end after spaces; trailing spaces hang and are not counted") {
    Paragraph p(isnad::text::decode_utf8("قال المتحدث باسم الوزارة إن الاتفاق سيوقع غدا").text, fonts);
    p.layout(150);
    REQUIRE(p.lines().size() > 1);
    for (std::size_t i = 0; i + 1 < p.lines().size(); ++i) {
      const TextLine& l = p.lines()[i];
      CHECK(p.text()[l.text.end.value() - 1] == U' ');
      CHECK(l.content_right - l.content_left <= 150.001f);
    }
  }

  SUBCASE("a word wider than the box is cut between clusters, and every line fits") {
    std::u32string word;
    for (int i = 0; i < 200; ++i) word += U"\u0628\u0633\u0645";
    Paragraph p(U"\u0642\u0627\u0644 " + word + U" \u0642\u0627\u0644", fonts);
    p.layout(200);
    CHECK(p.lines().size() > 5);
    CHECK(p.lines()[0].text.end == TextIndex(4));  // "قال " stays alone before the long word
    for (const TextLine& l : p.lines()) CHECK(l.content_right - l.content_left <= 200.001f);
  }

  SUBCASE("a newline inside the paragraph is a hard break") {
    Paragraph p(U"abc\ndef", fonts);
    p.layout(1000);
    REQUIRE(p.lines().size() == 2);
    CHECK(p.lines()[1].text.start == TextIndex(4));
  }

  SUBCASE("a 10,000-word article and a 100,000-character line without spaces lay out (times printed)") {
    // The sample corpus repeated until it has 10,000 words.
    std::vector<std::u32string> article;
    std::size_t words = 0;
    while (words < 10000) {
      for (const std::u32string& para : isnad::test::corpus_paragraphs()) {
        article.push_back(para);
        for (char32_t c : para) words += c == U' ';
      }
    }
    // Fresh Paragraphs each time (nothing cached); the best of three, as the machine is shared.
    std::size_t chars = 0, lines = 0;
    std::vector<Paragraph> laid;
    double full = 1e9;
    for (int attempt = 0; attempt < 3; ++attempt) {
      laid.clear();
      laid.reserve(article.size());
      chars = lines = 0;
      const auto t0 = std::chrono::steady_clock::now();
      for (const std::u32string& para : article) {
        laid.emplace_back(para, fonts);
        laid.back().layout(720);
        chars += para.size();
        lines += laid.back().lines().size();
      }
      full = std::min(full, ms_since(t0));
    }
    auto t0 = std::chrono::steady_clock::now();
    for (Paragraph& p : laid) p.layout(500);
    const double rewrap = ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    for (Paragraph& p : laid) p.layout(500);
    const double cached = ms_since(t0);
    std::printf("speed: %zu words, %zu paragraphs, %zu code points, %zu lines: layout %.1f ms (best of 3), "
                "re-wrap at a new width %.1f ms, unchanged width %.3f ms\n",
                words, article.size(), chars, lines, full, rewrap, cached);
    // Times are printed, not asserted: speed is measured by scripts/bench, not by a test that a
    // loaded machine or a sanitizer build would fail.
    CHECK(lines > article.size());

    std::u32string line;
    for (int i = 0; i < 100000 / 5; ++i) line += U"\u0628\u0633\u0645ab";
    t0 = std::chrono::steady_clock::now();
    Paragraph p(line, fonts);
    p.layout(720);
    const double longest = ms_since(t0);
    std::printf("speed: 100,000 code points without a space: %zu lines in %.1f ms\n", p.lines().size(), longest);
    const std::vector<LineSpan> spans = break_lines(p.clusters(), 720);
    CHECK(widest(spans) <= 720.001f);
    CHECK(p.lines().size() > 100);
  }
}
}
