// tests/core/layout/visible_controls_test.cpp — bidi controls are shown, never obeyed ("Trojan
// Source", CVE-2021-42574): overrides, embeddings, isolates and marks, balanced or not, leave the
// other characters in the visual order they have without them; each control is drawn as a visible
// glyph; offsets, carets and highlights keep referring to the article's own text.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include <harfbuzz/hb.h>

#include "isnad/layout/paragraph.h"
#include "isnad/layout/visible_controls.h"
#include "isnad/text/utf8.h"
#include "layout_fixtures.h"

using namespace isnad::layout;

namespace {

std::u32string u32(const char* s) { return isnad::text::decode_utf8(s).text; }

std::u32string without_controls(std::u32string_view t) {
  std::u32string out;
  for (char32_t c : t)
    if (!is_bidi_control(c)) out += c;
  return out;
}

// One line's characters as they appear on screen: cluster boxes left to right, bidi controls (and,
// when asked, spaces) left out. A cluster's own code points stay in logical order.
std::u32string visual_order(const Paragraph& p, const TextLine& l, bool spaces = true) {
  std::u32string out;
  for (const ClusterBox& b : l.boxes) {
    const TextRange r = p.clusters()[b.cluster].text;
    for (std::size_t i = r.start.value(); i < r.end.value(); ++i)
      if (!is_bidi_control(p.text()[i]) && (spaces || p.text()[i] != U' ')) out += p.text()[i];
  }
  return out;
}

// The whole paragraph: lines top to bottom.
std::u32string visual_order(const Paragraph& p) {
  std::u32string out;
  for (const TextLine& l : p.lines()) out += visual_order(p, l);
  return out;
}

std::u32string visual_order_of(const std::u32string& text, float width = 2000) {
  Paragraph p(text, isnad::test::test_fonts());
  p.layout(width);
  return visual_order(p);
}

// Carets at every cluster boundary come back through a hit test to the offset or to the same place.
std::size_t round_trip_failures(const Paragraph& p) {
  std::size_t failed = 0;
  const ClusterTable& t = p.clusters();
  for (std::size_t c = 0; c <= t.clusters.size(); ++c) {
    const TextIndex off = c < t.clusters.size() ? t.clusters[c].text.start : TextIndex(p.text().size());
    for (Affinity a : {Affinity::downstream, Affinity::upstream}) {
      const Caret k = p.caret(off, a);
      const HitResult h = p.hit_test(k.x, (k.top + k.bottom) / 2);
      const Caret back = p.caret(h.offset, h.affinity);
      failed += h.offset != off && !(std::fabs(back.x - k.x) < 1e-3f && back.line == k.line);
    }
  }
  return failed;
}

// Each case hides controls where they would reorder text if obeyed; the surrounding spaces keep the
// placeholder itself from changing how its neighbours resolve.
const char* const kCases[] = {
    "قال \u202Eabc def\u202C اليوم",                        // RLO … PDF: would show "fed cba"
    "\u202Dقال المسؤول\u202C إن 2500 جندي",                  // LRO: would show the Arabic left to right
    "abc \u2067def ghi\u2069 jkl",                           // RLI … PDI: would show "ghi def"
    "abc \u2068قال اليوم\u2069 def",                         // FSI … PDI
    "قال \u202Aabc \u202Bمضمن\u202C def\u202C اليوم",        // LRE, RLE nested
    "abc \u202E def ghi",                                    // RLO never closed
    "\u202B\u202B\u202B قال 2500 جندي \u2069\u2069\u202C",   // unbalanced: pushes never popped, pops never pushed
    "\u2069 \u202C abc \u2066 def",                          // PDI and PDF first, LRI never closed
    "\u200F abc def \u200E",                                 // RLM would make the paragraph right-to-left
    "قال \u061C abc \u200E def",                             // ALM, LRM
};

}  // namespace

TEST_SUITE("layout") {
TEST_CASE("visible_controls") {
  const FontSet& fonts = isnad::test::test_fonts();
  REQUIRE(fonts.complete());

  SUBCASE("every bidi control, and only they, is replaced one for one by the placeholder") {
    const std::u32string all = U"a\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061Cب";
    const std::u32string shown = with_visible_controls(all);
    REQUIRE(shown.size() == all.size());
    CHECK(shown == U"a" + std::u32string(12, kControlPlaceholder) + U"ب");
    CHECK(with_visible_controls(U"\u200C\u200D\u2029\u061B abc قال").empty());  // ZWNJ, ZWJ and others untouched: no copy
  }

  SUBCASE("overrides, embeddings, isolates and marks leave the visual order as it is without them") {
    for (const char* c : kCases) {
      const std::u32string text = u32(c);
      CAPTURE(isnad::text::to_utf8(without_controls(text)));
      CHECK(visual_order_of(text) == visual_order_of(without_controls(text)));
    }
  }

  SUBCASE("broken into lines, each line shows its characters in the order they have without the controls") {
    // The placeholders take room, so lines break elsewhere than without them: each line is compared
    // with its own text, controls removed, laid out alone in the paragraph's direction (spaces
    // aside: a control after a line's last space keeps that space from hanging).
    for (const char* c : kCases) {
      const std::u32string text = u32(c);
      Paragraph p(text, fonts);
      p.layout(90);
      ParagraphStyle alone;
      alone.direction = (p.bidi().paragraph_level & 1) ? BaseDirection::rtl : BaseDirection::ltr;
      for (const TextLine& l : p.lines()) {
        const std::u32string part = without_controls(text.substr(l.text.start.value(), l.text.size()));
        Paragraph q(part, fonts, alone);
        q.layout(2000);
        REQUIRE(q.lines().size() == 1);
        CAPTURE(isnad::text::to_utf8(part));
        CHECK(visual_order(p, l, false) == visual_order(q, q.lines()[0], false));
      }
    }
  }

  SUBCASE("an override does not turn Latin around: a, b, c stay left to right, in one highlight rectangle") {
    Paragraph p(u32("قال \u202Eabc\u202C اليوم"), fonts);
    p.layout(1000);
    const float a = p.caret(TextIndex(5)).x, b = p.caret(TextIndex(6)).x, c = p.caret(TextIndex(7)).x;
    CHECK(a < b);
    CHECK(b < c);
    CHECK(p.range_rects({TextIndex(5), TextIndex(8)}).size() == 1);
    // Obeyed, RLO would have run "abc" right to left: its level would be odd.
    CHECK((p.bidi().levels[5] & 1) == 0);
  }

  SUBCASE("each control is drawn with the placeholder's glyph and takes room, so a highlight can show it") {
    // (Both fonts have a glyph for the placeholder: not .notdef, checked below per glyph.)
    for (const char* c : kCases) {
      Paragraph p(u32(c), fonts);
      p.layout(2000);
      for (std::size_t i = 0; i < p.text().size(); ++i) {
        if (!is_bidi_control(p.text()[i])) continue;
        const Cluster& cl = p.clusters()[p.clusters().at(TextIndex(i))];
        CHECK(cl.text == TextRange{TextIndex(i), TextIndex(i + 1)});
        CHECK(cl.advance > 1);
        bool drawn = false;
        for (const PositionedGlyph& g : p.lines()[0].glyphs) {
          hb_codepoint_t expected = 0;
          hb_font_get_nominal_glyph(fonts.get(g.font).hb(), kControlPlaceholder, &expected);
          drawn |= g.cluster == cl.text && g.glyph == expected && expected != 0;
        }
        CHECK(drawn);
        const auto rects = p.range_rects({TextIndex(i), TextIndex(i + 1)});
        REQUIRE(rects.size() == 1);
        CHECK(rects[0].right - rects[0].left > 1);
      }
    }
  }

  SUBCASE("the application's own isolates are obeyed; controls inside them and unlisted ones stay visible") {
    // "الخلاف: ⁨2024-08 vs 2025-09⁩": the interface isolates a Latin note inside an Arabic line.
    const std::u32string note = u32("الخلاف: \u20682024-08 vs 2025-09\u2069 تم");
    const std::size_t fsi = note.find(U'\u2068'), pdi = note.find(U'\u2069');
    CHECK(with_visible_controls(note, {fsi, pdi}).empty());          // nothing left to show: no copy
    CHECK(with_visible_controls(note, {fsi}) == note.substr(0, pdi) + kControlPlaceholder + note.substr(pdi + 1));
    // Only isolates can be obeyed: a listed override is shown all the same.
    const std::u32string rlo = u32("abc \u202Edef\u202C");
    CHECK(with_visible_controls(rlo, {4, 8}) == u32("abc \u25CCdef\u25CC"));

    Paragraph p(note, fonts, {}, {fsi, pdi});
    p.layout(2000);
    REQUIRE(p.lines().size() == 1);
    CHECK((p.bidi().paragraph_level & 1) == 1);
    // Obeyed, the isolate keeps the note left to right as a whole: "2024-08" left of "vs" left of
    // "2025-09", all of it one LTR island (even levels) inside the RTL line.
    const std::size_t first = note.find(U"2024"), vs = note.find(U"vs"), second = note.find(U"2025");
    CHECK(p.caret(TextIndex(first)).x < p.caret(TextIndex(vs)).x);
    CHECK(p.caret(TextIndex(vs)).x < p.caret(TextIndex(second)).x);
    CHECK((p.bidi().levels[vs] & 1) == 0);
    // The obeyed controls take no room: no placeholder glyph is drawn for them.
    for (const PositionedGlyph& g : p.lines()[0].glyphs) {
      hb_codepoint_t placeholder = 0;
      hb_font_get_nominal_glyph(fonts.get(g.font).hb(), kControlPlaceholder, &placeholder);
      CHECK(g.glyph != placeholder);
    }
    // Not listed, the same isolate is shown and the note's parts fall into the RTL order of the line.
    Paragraph shown(note, fonts);
    shown.layout(2000);
    CHECK(shown.caret(TextIndex(first)).x > shown.caret(TextIndex(second)).x);
    CHECK(round_trip_failures(p) == 0);
  }

  SUBCASE("offsets stay the article's own: the text is kept, carets round-trip, clusters cover it") {
    for (const char* c : kCases) {
      const std::u32string text = u32(c);
      Paragraph p(text, fonts);
      for (float w : {60.0f, 200.0f, 2000.0f}) {
        p.layout(w);
        CHECK(p.text() == text);
        CHECK(round_trip_failures(p) == 0);
        CHECK(p.clusters().of_text.size() == text.size() + 1);
        CHECK(p.lines().back().text.end == TextIndex(text.size()));
      }
    }
  }
}
}
