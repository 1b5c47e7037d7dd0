// libFuzzer target: core/layout with the real fonts (Noto Naskh Arabic + Noto Sans, as the layout
// tests load them). Input: two bytes of box width, one byte of style (alignment, direction, font
// size), then the paragraph as UTF-8. The paragraph is laid out (bidi, shaping, clusters, line
// breaking, visual order) and queried: carets at every cluster boundary, hit tests on a grid of
// points, range rectangles, words.
// Invariants: never crashes; lines cover the text in order, on the line grid; ink stays inside the
// box (one overlong cluster excepted); every bidi control is drawn (its cluster takes room); every
// caret → hit test → caret comes back to the offset or to the same place; every returned offset
// lies in the text; rectangles lie on their line and inside its boxes; word_at contains its offset;
// a relayout at another width and back gives the same lines. The text cut into bounded paragraphs
// (paragraph_ranges, with a bound from the style byte): pieces in order, within the bound, never
// empty, each a piece of one line, covering every code point but the line breaks.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "../core/layout/layout_fixtures.h"
#include "isnad/layout/paragraph.h"
#include "isnad/layout/paragraph_ranges.h"
#include "isnad/layout/visible_controls.h"
#include "isnad/text/utf8.h"

using namespace isnad::layout;

namespace {

constexpr float kEps = 1e-2f;

// A broken invariant: says which, then aborts (libFuzzer saves the input).
#define FUZZ_CHECK(ok) \
  do { \
    if (!(ok)) { std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #ok); std::abort(); } \
  } while (0)

const FontSet& fonts() {
  static FontSet* set = [] {
    auto* s = new FontSet();
    std::string err;
    for (FontId id : {FontId::arabic, FontId::latin}) s->fonts[static_cast<int>(id)] = font_from_file(isnad::test::font_path(id), &err);
    if (!s->complete()) std::abort();  // the fonts come from Debian's fonts-noto-core: a set-up error, not a finding
    return s;
  }();
  return *set;
}

void check_lines(const Paragraph& p, float width) {
  const auto& lines = p.lines();
  FUZZ_CHECK(!lines.empty());
  TextIndex next(0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    FUZZ_CHECK(l.text.start == next && l.text.start <= l.text.end && l.index == LineIndex(i));
    FUZZ_CHECK(std::fabs(l.top - static_cast<float>(i) * p.line_height()) < kEps);
    next = l.text.end;
    // Ink wider than the box is one overlong cluster (with only zero-width ones beside it).
    float widest = 0;
    for (const ClusterBox& b : l.boxes) widest = std::max(widest, b.right - b.left);
    const bool overflows = l.content_left < -kEps || l.content_right > width + kEps;
    FUZZ_CHECK(!overflows || l.content_right - l.content_left <= widest + kEps);
    FUZZ_CHECK(l.boxes.size() == l.clusters.size());
    for (std::size_t b = 1; b < l.boxes.size(); ++b) FUZZ_CHECK(l.boxes[b].left >= l.boxes[b - 1].right - kEps);
  }
  FUZZ_CHECK(next == TextIndex(p.text().size()));
}

// Bidi controls are drawn, never obeyed: each sits in a cluster that takes room.
void check_visible_controls(const Paragraph& p) {
  for (std::size_t i = 0; i < p.text().size(); ++i) {
    if (is_bidi_control(p.text()[i])) FUZZ_CHECK(p.clusters()[p.clusters().at(TextIndex(i))].advance > 0);
  }
}

void check_carets(const Paragraph& p) {
  const ClusterTable& t = p.clusters();
  const std::size_t n = std::min<std::size_t>(t.clusters.size(), 400);  // enough boundaries, bounded time
  for (std::size_t c = 0; c <= n; ++c) {
    const TextIndex off = c < t.clusters.size() ? t.clusters[c].text.start : TextIndex(p.text().size());
    for (Affinity a : {Affinity::downstream, Affinity::upstream}) {
      const Caret k = p.caret(off, a);
      FUZZ_CHECK(std::isfinite(k.x) && k.line.value() < p.lines().size());
      const HitResult h = p.hit_test(k.x, (k.top + k.bottom) / 2);
      FUZZ_CHECK(h.offset.value() <= p.text().size());
      const Caret back = p.caret(h.offset, h.affinity);
      FUZZ_CHECK(h.offset == off || (std::fabs(back.x - k.x) < kEps && back.line == k.line));
    }
  }
}

void check_hits(const Paragraph& p, float width) {
  const float xs[] = {-50, 0, width / 3, width / 2, width - 1, width, width + 50};
  std::vector<float> ys = {-20, p.height() + 20};
  for (std::size_t i = 0; i < std::min<std::size_t>(p.lines().size(), 50); ++i) ys.push_back((i + 0.5f) * p.line_height());
  for (float y : ys) {
    for (float x : xs) {
      const HitResult h = p.hit_test(x, y);
      FUZZ_CHECK(h.offset.value() <= p.text().size());
    }
  }
}

void check_rects(const Paragraph& p, TextRange r) {
  for (const Rect& q : p.range_rects(r)) {
    FUZZ_CHECK(q.left <= q.right + kEps && q.top < q.bottom);
    const auto& lines = p.lines();
    auto l = std::find_if(lines.begin(), lines.end(), [&](const TextLine& x) { return std::fabs(x.top - q.top) < kEps; });
    FUZZ_CHECK(l != lines.end() && std::fabs(l->top + l->height - q.bottom) < kEps && !l->boxes.empty());
    FUZZ_CHECK(q.left >= l->boxes.front().left - kEps && q.right <= l->boxes.back().right + kEps);
  }
}

void check_paragraph_ranges(std::u32string_view text, std::size_t max_len) {
  const auto hard = [](char32_t c) { return c == U'\r' || c == U'\n' || c == U'\u2029'; };
  std::size_t at = 0, covered = 0;
  for (const ParagraphRange& r : paragraph_ranges(text, max_len)) {
    FUZZ_CHECK(r.start >= at && r.start < r.end && r.end <= text.size() && r.end - r.start <= max_len);
    for (std::size_t i = at; i < r.start; ++i) FUZZ_CHECK(hard(text[i]));      // only line breaks skipped
    for (std::size_t i = r.start; i < r.end; ++i) FUZZ_CHECK(!hard(text[i]));  // a piece of one line
    covered += r.end - r.start;
    at = r.end;
  }
  for (std::size_t i = at; i < text.size(); ++i) FUZZ_CHECK(hard(text[i]));
  FUZZ_CHECK(covered == text.size() - static_cast<std::size_t>(std::count_if(text.begin(), text.end(), hard)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  const float width = 8.0f + static_cast<float>(((data[0] << 8) | data[1]) % 1200);
  const std::uint8_t s = data[2];
  ParagraphStyle style;
  style.align = static_cast<Align>(s & 3);
  style.direction = static_cast<BaseDirection>((s >> 2) & 3);
  style.font_size_px = std::array<float, 4>{20, 8, 14.5f, 37}[(s >> 4) & 3];
  style.line_spacing = (s & 0x40) ? 1.5f : 1.0f;
  const std::u32string text =
      isnad::text::decode_utf8(std::string_view(reinterpret_cast<const char*>(data + 3), size - 3)).text;

  check_paragraph_ranges(text, 2 + (s >> 4) * 7);

  Paragraph p(text, fonts(), style);
  p.layout(width);
  check_lines(p, width);
  check_visible_controls(p);
  check_carets(p);
  check_hits(p, width);
  const std::size_t n = text.size();
  check_rects(p, {TextIndex(n / 4), TextIndex(n - n / 4)});
  for (std::size_t a = 0; a < n; a += std::max<std::size_t>(1, n / 16)) {
    const TextRange w = p.word_at(TextIndex(a));
    FUZZ_CHECK(w.start <= TextIndex(a) && TextIndex(a) < w.end && w.end.value() <= n);
    check_rects(p, w);
  }

  // The stage cache: another width (and back) gives the same lines as before.
  const std::vector<TextLine> before = p.lines();
  p.layout(width * 0.5f + 1);
  check_lines(p, width * 0.5f + 1);
  p.layout(width);
  FUZZ_CHECK(p.lines().size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) FUZZ_CHECK(p.lines()[i].text == before[i].text);
  return 0;
}
