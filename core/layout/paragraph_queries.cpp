// layout/paragraph_queries.cpp — carets, hit tests, selection rectangles and words, all read off the
// cluster boxes of the laid-out lines (the same numbers the renderer draws with).
//
// Inside a cluster of several code points (a ligature such as lam-alef) the cluster's width is
// shared evenly between them, so each offset still has its own caret.
#include <algorithm>
#include <cmath>
#include <memory>

#include <unicode/brkiter.h>

#include "isnad/layout/paragraph.h"

namespace isnad::layout {
namespace {

// x of the boundary `k` code points into a cluster's box (k = 0: its leading edge).
float x_in_box(const ClusterBox& b, std::size_t k, std::size_t n) {
  const float f = n ? static_cast<float>(k) / static_cast<float>(n) : 0;
  const float w = b.right - b.left;
  return b.rtl ? b.right - f * w : b.left + f * w;
}

// The offset and affinity of a point at `x` inside box `b`: the nearest code-point boundary.
HitResult hit_in_box(const ClusterBox& b, const Cluster& cl, float x) {
  const float w = b.right - b.left;
  const std::size_t n = cl.text.size();
  float f = w > 0 ? (b.rtl ? b.right - x : x - b.left) / w : 0;
  f = std::clamp(f, 0.0f, 1.0f);
  const std::size_t k = static_cast<std::size_t>(std::lround(f * static_cast<float>(n)));
  const TextIndex off(cl.text.start.value() + k);
  return {off, k == n ? Affinity::upstream : Affinity::downstream};
}

icu::BreakIterator* word_iterator() {
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
    if (U_FAILURE(st)) b.reset();
    return b;
  }();
  return it.get();
}

}  // namespace

LineIndex Paragraph::line_of(TextIndex offset, Affinity affinity) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                             [](TextIndex t, const TextLine& l) { return t < l.text.start; });
  std::size_t i = it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
  if (affinity == Affinity::upstream && i > 0 && offset == lines_[i].text.start) --i;
  return LineIndex(i);
}

Caret Paragraph::caret(TextIndex offset, Affinity affinity) const {
  if (lines_.empty()) return {0, 0, 0, LineIndex(0)};
  offset = std::min(offset, TextIndex(text_.size()));
  const TextLine& l = lines_[line_of(offset, affinity).value()];
  Caret c{l.content_left, l.top, l.top + l.height, l.index};
  if (l.boxes.empty()) {
    if (!(bidi_.paragraph_level & 1)) c.x = l.content_left;
    else c.x = l.content_right;
    return c;
  }
  // The caret hangs on the character after the offset, or on the one before it when asked for
  // (upstream) or when there is none on this line.
  const bool before = offset >= l.text.end || (affinity == Affinity::upstream && offset > l.text.start);
  const ClusterIndex ci = table_.at(before ? TextIndex(offset.value() - 1) : offset);
  const Cluster& cl = table_[ci];
  c.x = x_in_box(l.box(ci), offset.value() - cl.text.start.value(), cl.text.size());
  return c;
}

HitResult Paragraph::hit_test(float x, float y) const {
  if (lines_.empty()) return {TextIndex(0), Affinity::downstream};
  const float row = line_height_ > 0 ? std::floor(y / line_height_) : 0;
  const std::size_t li = static_cast<std::size_t>(std::clamp(row, 0.0f, static_cast<float>(lines_.size() - 1)));
  const TextLine& l = lines_[li];
  if (l.boxes.empty()) return {l.text.start, Affinity::downstream};
  auto it = std::upper_bound(l.boxes.begin(), l.boxes.end(), x, [](float v, const ClusterBox& b) { return v < b.left; });
  if (it == l.boxes.begin()) return hit_in_box(*it, table_[it->cluster], x);
  const ClusterBox& b = *(it - 1);
  HitResult h = hit_in_box(b, table_[b.cluster], x);
  // On the shared edge of two boxes, prefer whichever side makes it a leading edge (downstream):
  // that is where caret() puts an offset, so offset → caret → hit test comes back to the offset.
  if (x == b.left && it - 1 != l.boxes.begin() && h.affinity == Affinity::upstream) {
    const ClusterBox& a = *(it - 2);
    const HitResult other = hit_in_box(a, table_[a.cluster], x);
    if (other.affinity == Affinity::downstream) h = other;
  }
  return h;
}

std::vector<Rect> Paragraph::range_rects(TextRange range) const {
  std::vector<Rect> out;
  if (range.empty() || lines_.empty()) return out;
  for (std::size_t li = line_of(range.start, Affinity::downstream).value();
       li < lines_.size() && lines_[li].text.start < range.end; ++li) {
    const TextLine& l = lines_[li];
    const std::size_t first = out.size();
    for (const ClusterBox& b : l.boxes) {
      const Cluster& cl = table_[b.cluster];
      if (!cl.text.intersects(range)) continue;
      const std::size_t n = cl.text.size();
      const std::size_t k0 = std::max(cl.text.start, range.start).value() - cl.text.start.value();
      const std::size_t k1 = std::min(cl.text.end, range.end).value() - cl.text.start.value();
      const float a = x_in_box(b, k0, n), z = x_in_box(b, k1, n);
      const float left = std::min(a, z), right = std::max(a, z);
      // Boxes that touch merge: one rectangle per visually contiguous stretch.
      if (out.size() > first && std::fabs(out.back().right - left) < 1e-3f) out.back().right = right;
      else out.push_back({left, l.top, right, l.top + l.height});
    }
  }
  return out;
}

TextRange Paragraph::word_at(TextIndex offset) const {
  if (text_.empty()) return {TextIndex(0), TextIndex(0)};
  offset = std::min(offset, TextIndex(text_.size() - 1));
  icu::BreakIterator* it = word_iterator();
  if (!it || utf16_.to_cp.empty()) return {offset, offset.next()};
  icu::UnicodeString s(false, utf16_.utf16.data(), static_cast<int32_t>(utf16_.utf16.size()));
  it->setText(s);
  // The UTF-16 index of the code point at `offset`: first unit mapping to it.
  const auto u = std::lower_bound(utf16_.to_cp.begin(), utf16_.to_cp.end(), offset.value()) - utf16_.to_cp.begin();
  const int32_t end = it->following(static_cast<int32_t>(u));
  const int32_t start = it->preceding(end);
  return {TextIndex(utf16_.to_cp[static_cast<std::size_t>(start)]), TextIndex(utf16_.to_cp[static_cast<std::size_t>(end)])};
}

}  // namespace isnad::layout
