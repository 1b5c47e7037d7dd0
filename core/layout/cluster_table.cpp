// layout/cluster_table.cpp — group HarfBuzz glyphs into clusters and mark ICU line-break opportunities.
#include "isnad/layout/cluster_table.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

namespace isnad::layout {
namespace {

// One line break iterator for the process, re-pointed at each paragraph: creating one costs far
// more than laying out a paragraph. (The core is single-threaded by design.)
icu::BreakIterator* line_iterator() {
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), st));
    if (U_FAILURE(st)) b.reset();
    return b;
  }();
  return it.get();
}

bool is_space(char32_t cp) { return cp == U'\t' || u_charType(static_cast<UChar32>(cp)) == U_SPACE_SEPARATOR; }

// Appends the clusters of one run in logical order (a right-to-left run is walked backwards).
void add_run_clusters(std::u32string_view text, const ShapedRun& run, RunIndex ri, float scale, ClusterTable& t) {
  const std::size_t n = run.glyphs.size();
  const std::size_t first = t.clusters.size();
  for (std::size_t k = 0; k < n;) {
    const std::size_t g = run.rtl() ? n - 1 - k : k;
    const TextIndex c = run.clusters[g];
    std::size_t lo = g, hi = g + 1;  // glyph range [lo, hi) with this cluster value
    float adv = 0;
    while (k < n && run.clusters[run.rtl() ? n - 1 - k : k] == c) {
      const std::size_t gg = run.rtl() ? n - 1 - k : k;
      lo = std::min(lo, gg);
      hi = std::max(hi, gg + 1);
      adv += static_cast<float>(run.x_advance[gg]) * scale;
      ++k;
    }
    Cluster cl;
    cl.text = {c, c};  // end fixed below, once the next cluster's start is known
    cl.run = ri;
    cl.glyphs = {GlyphIndex(lo), GlyphIndex(hi)};
    cl.advance = adv;
    cl.rtl = run.rtl();
    t.clusters.push_back(cl);
  }
  for (std::size_t i = first; i < t.clusters.size(); ++i) {
    Cluster& cl = t.clusters[i];
    cl.text.end = i + 1 < t.clusters.size() ? t.clusters[i + 1].text.start : run.text.end;
    cl.whitespace = true;
    for (std::size_t p = cl.text.start.value(); p < cl.text.end.value(); ++p) cl.whitespace &= is_space(text[p]);
  }
}

void mark_line_breaks(const text::Utf16Mapped& utf16, ClusterTable& t) {
  icu::BreakIterator* it = line_iterator();
  if (!it || t.clusters.empty()) return;
  icu::UnicodeString s(false, utf16.utf16.data(), static_cast<int32_t>(utf16.utf16.size()));  // aliases, no copy
  it->setText(s);
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const std::size_t cp = utf16.to_cp[static_cast<std::size_t>(b)];
    if (cp == 0) continue;
    const ClusterIndex before = t.of_text[cp - 1];
    // An opportunity inside a cluster (never seen in practice) cannot be taken: glyphs do not split.
    if (t[before].text.end.value() != cp) continue;
    Cluster& c = t.clusters[before.value()];
    c.break_after = true;
    const int32_t status = it->getRuleStatus();
    c.hard_break_after = status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT;
  }
}

}  // namespace

ClusterTable cluster_table(std::u32string_view text, const text::Utf16Mapped& utf16,
                           const std::vector<ShapedRun>& runs, const FontSet& fonts, float size_px) {
  ClusterTable t;
  std::size_t glyphs = 0;
  for (const ShapedRun& r : runs) glyphs += r.glyphs.size();
  t.clusters.reserve(glyphs);  // at most one cluster per glyph
  for (std::size_t r = 0; r < runs.size(); ++r) {
    add_run_clusters(text, runs[r], RunIndex(r), fonts.get(runs[r].font).px_per_unit(size_px), t);
  }
  t.of_text.resize(text.size() + 1, ClusterIndex(t.clusters.size()));
  for (std::size_t c = 0; c < t.clusters.size(); ++c) {
    for (std::size_t p = t.clusters[c].text.start.value(); p < t.clusters[c].text.end.value(); ++p) {
      t.of_text[p] = ClusterIndex(c);
    }
  }
  mark_line_breaks(utf16, t);
  return t;
}

}  // namespace isnad::layout
