// tests/core/layout/paragraph_test.cpp — the laid-out paragraph: widths, carets, hit tests, selection
// rectangles and words, on every paragraph of the sample corpus at several widths.
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdio>

#include "isnad/layout/paragraph.h"
#include "isnad/text/utf8.h"
#include "layout_fixtures.h"

using namespace isnad::layout;

namespace {

std::u32string u32(const char* s) { return isnad::text::decode_utf8(s).text; }

const float kWidths[] = {120, 333, 720};
const Align kAligns[] = {Align::start, Align::justify};

struct RoundTrip {
  std::size_t exact = 0, same_x = 0, failed = 0;
  std::size_t downstream = 0, downstream_exact = 0;
};

// Every cluster boundary: offset → caret → hit test. Where two boundaries share one x (a bidi
// boundary, a zero-width cluster) the hit test can only name one of them: then its caret must at
// least be at the same place.
void check_round_trips(const Paragraph& p, RoundTrip& rt) {
  const ClusterTable& t = p.clusters();
  for (std::size_t c = 0; c <= t.clusters.size(); ++c) {
    const TextIndex off = c < t.clusters.size() ? t.clusters[c].text.start : TextIndex(p.text().size());
    for (Affinity a : {Affinity::downstream, Affinity::upstream}) {
      const Caret k = p.caret(off, a);
      const HitResult h = p.hit_test(k.x, (k.top + k.bottom) / 2);
      const Caret back = p.caret(h.offset, h.affinity);
      if (a == Affinity::downstream) {
        ++rt.downstream;
        rt.downstream_exact += h.offset == off;
      }
      if (h.offset == off) ++rt.exact;
      else if (std::fabs(back.x - k.x) < 1e-3f && back.line == k.line) ++rt.same_x;
      else if (++rt.failed <= 3) {
        MESSAGE("round trip: offset " << off.value() << " → x " << k.x << " line " << k.line.value() << " → offset "
                                      << h.offset.value());
      }
    }
  }
}

// The rectangles of [a, b) contain the middle of every glyph box of that range and of no other; a
// ligature cut by the range gets a part of its box.
bool rects_cover_exactly(const Paragraph& p, TextRange r) {
  const std::vector<Rect> rects = p.range_rects(r);
  for (const TextLine& l : p.lines()) {
    for (const ClusterBox& b : l.boxes) {
      if (b.right - b.left < 0.01f) continue;
      const TextRange ct = p.clusters()[b.cluster].text;
      const float y = l.top + l.height / 2;
      if (!ct.intersects(r) || (r.start <= ct.start && ct.end <= r.end)) {
        const float x = (b.left + b.right) / 2;
        bool covered = false;
        for (const Rect& q : rects) covered |= q.left <= x && x <= q.right && q.top <= y && y <= q.bottom;
        if (covered != ct.intersects(r)) return false;
      } else {
        // Part of a ligature: its share of the box, strictly inside the box.
        bool partly = false;
        for (const Rect& q : rects) {
          partly |= q.top <= y && y <= q.bottom && q.left < b.right && b.left < q.right && q.right - q.left > 0.01f;
        }
        if (!partly) return false;
      }
    }
  }
  return true;
}

}  // namespace

TEST_SUITE("layout") {
TEST_CASE("paragraph") {
  const FontSet& fonts = isnad::test::test_fonts();
  REQUIRE(fonts.complete());

  SUBCASE("on every corpus paragraph: no line wider than the box, carets round-trip, rectangles cover exactly") {
    RoundTrip rt;
    std::size_t layouts = 0, lines = 0, too_wide = 0, ranges = 0, bad_ranges = 0;
    for (const std::u32string& text : isnad::test::corpus_paragraphs()) {
      Paragraph p(text, fonts);
      for (Align align : kAligns) {
        ParagraphStyle s;
        s.align = align;
        p.set_style(s);
        for (float w : kWidths) {
          p.layout(w);
          ++layouts;
          for (const TextLine& l : p.lines()) {
            ++lines;
            // Ink (not hanging spaces) stays inside the box, with a single overlong cluster the only exception.
            const bool one_cluster = l.clusters.size() == 1;
            if (!one_cluster && (l.content_left < -1e-3f || l.content_right > w + 1e-3f)) ++too_wide;
          }
          check_round_trips(p, rt);
          // Ranges: each word, and a stretch across lines and bidi runs.
          const std::size_t n = text.size();
          for (std::size_t a = 0; a < n; a += 7) {
            const TextRange word = p.word_at(TextIndex(a));
            const TextRange wide{TextIndex(a), TextIndex(std::min(n, a + 40))};
            for (TextRange r : {word, wide}) {
              ++ranges;
              bad_ranges += !rects_cover_exactly(p, r);
            }
          }
        }
      }
    }
    std::printf("paragraph: %zu layouts, %zu lines, %zu wider than the box; carets: %zu exact round trips, "
                "%zu to the same place via another offset, %zu failed (downstream: %zu of %zu exact); "
                "%zu ranges, %zu not covered exactly\n",
                layouts, lines, too_wide, rt.exact, rt.same_x, rt.failed, rt.downstream_exact, rt.downstream, ranges,
                bad_ranges);
    CHECK(too_wide == 0);
    CHECK(rt.failed == 0);
    CHECK(bad_ranges == 0);
    CHECK(rt.exact > 10 * rt.same_x);
  }

  SUBCASE("edge cases keep the same guarantees") {
    const char* cases[] = {
        "المصدر: https://www.reuters.com/world/middle-east/iraq-us-2024-09-06/ وفق الوكالة",
        "   مسافات في البداية والنهاية   ",
        "English first, then عربي في النهاية",
        "\t\tجدول\ttab\t123",
        "لا إله إلا الله ﷺ ١٢٣٤ (قوسان [متداخلان])",
        "\u200Fabc\u200E \u202Bمضمن\u202C z",
        "     ",
    };
    RoundTrip rt;
    std::size_t bad_ranges = 0, too_wide = 0;
    for (const char* c : cases) {
      Paragraph p(u32(c), fonts);
      for (Align align : {Align::start, Align::end, Align::center, Align::justify}) {
        p.set_style(ParagraphStyle{20, 1.2f, align});
        for (float w : {60.0f, 150.0f, 2000.0f}) {
          p.layout(w);
          for (const TextLine& l : p.lines()) {
            if (l.clusters.size() > 1 && (l.content_left < -1e-3f || l.content_right > w + 1e-3f)) ++too_wide;
          }
          check_round_trips(p, rt);
          for (std::size_t a = 0; a < p.text().size(); ++a) {
            bad_ranges += !rects_cover_exactly(p, {TextIndex(a), TextIndex(std::min(p.text().size(), a + 5))});
          }
        }
      }
    }
    CHECK(too_wide == 0);
    CHECK(rt.failed == 0);
    CHECK(bad_ranges == 0);
  }

  SUBCASE("an RTL paragraph starts at the right; its Latin and digits read left to right") {
    Paragraph p(u32("قال 2500 جندي"), fonts);
    p.layout(1000);
    REQUIRE(p.lines().size() == 1);
    const TextLine& l = p.lines()[0];
    CHECK(l.content_right == doctest::Approx(1000));
    // The first letter (offset 0) is rightmost; "2" (offset 4) left of "5" (offset 5).
    CHECK(p.caret(TextIndex(0)).x == doctest::Approx(1000));
    CHECK(p.caret(TextIndex(4)).x < p.caret(TextIndex(5)).x);
    CHECK(p.caret(TextIndex(0)).x > p.caret(TextIndex(4)).x);
  }

  SUBCASE("at a bidi boundary the two affinities give the two edges") {
    Paragraph p(u32("قال Reuters اليوم"), fonts);
    p.layout(1000);
    // Offset 4 starts "Reuters": downstream = left edge of R, upstream = left edge of the space
    // after قال, which is right of "Reuters".
    const float down = p.caret(TextIndex(4), Affinity::downstream).x;
    const float up = p.caret(TextIndex(4), Affinity::upstream).x;
    CHECK(down < up);
    const HitResult h = p.hit_test(down + 0.01f, 5);
    CHECK(h.offset == TextIndex(4));
  }

  SUBCASE("range rectangles split across bidi runs: an Arabic+Latin selection is two boxes") {
    Paragraph p(u32("قال Reuters اليوم"), fonts);
    p.layout(1000);
    const std::vector<Rect> r = p.range_rects({TextIndex(2), TextIndex(6)});  // "ل Re"
    CHECK(r.size() == 2);
  }

  SUBCASE("justified lines fill the box except the last") {
    Paragraph p(isnad::test::corpus_paragraphs()[1], fonts, ParagraphStyle{20, 1, Align::justify});
    p.layout(300);
    REQUIRE(p.lines().size() > 2);
    for (std::size_t i = 0; i + 1 < p.lines().size(); ++i) {
      const TextLine& l = p.lines()[i];
      CHECK(l.content_right - l.content_left == doctest::Approx(300).epsilon(0.001));
    }
  }

  SUBCASE("word_at follows ICU word boundaries") {
    Paragraph p(u32("قال رويترز: 2500"), fonts);
    p.layout(500);
    CHECK(p.word_at(TextIndex(5)) == TextRange{TextIndex(4), TextIndex(10)});
    CHECK(p.word_at(TextIndex(13)) == TextRange{TextIndex(12), TextIndex(16)});
    CHECK(p.word_at(TextIndex(16)) == TextRange{TextIndex(12), TextIndex(16)});
  }

  SUBCASE("layout is cached per width and style") {
    Paragraph p(isnad::test::corpus_paragraphs()[0], fonts);
    p.layout(400);
    const TextLine* first = &p.lines()[0];
    p.layout(400);
    CHECK(&p.lines()[0] == first);  // nothing rebuilt
    const std::size_t n400 = p.lines().size();
    p.layout(200);
    CHECK(p.lines().size() > n400);
    ParagraphStyle big;
    big.font_size_px = 40;
    p.set_style(big);
    p.layout(200);
    CHECK(p.lines().size() > n400);
  }

  SUBCASE("empty paragraph: one empty line, carets at the start side") {
    Paragraph p(U"", fonts);
    p.layout(300);
    REQUIRE(p.lines().size() == 1);
    CHECK(p.caret(TextIndex(0)).x == doctest::Approx(300));
    CHECK(p.hit_test(10, 10).offset == TextIndex(0));
    CHECK(p.range_rects({TextIndex(0), TextIndex(0)}).empty());
  }
}
}
