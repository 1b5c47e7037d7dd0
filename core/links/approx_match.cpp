// Myers' bit-vector edit-distance search in blocks of 64 rows (the column step follows edlib's
// calculateBlock). Bits above a block's last row may hold garbage: carries and shifts only move
// upward, so they never reach the rows that count.
#include "isnad/links/approx_match.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace isnad::links {
namespace {

using Word = std::uint64_t;

struct Pattern {
  std::size_t m = 0, blocks = 0;
  std::unordered_map<char32_t, std::vector<Word>> peq;   // per character: a match mask per block
  std::vector<Word> zeros;
  explicit Pattern(std::u32string_view p) : m(p.size()), blocks((p.size() + 63) / 64), zeros(blocks, 0) {
    for (std::size_t i = 0; i < m; ++i) {
      auto& v = peq[p[i]];
      if (v.empty()) v.assign(blocks, 0);
      v[i / 64] |= Word{1} << (i % 64);
    }
  }
  const Word* eq(char32_t c) const {
    auto it = peq.find(c);
    return it == peq.end() ? zeros.data() : it->second.data();
  }
  Word high(std::size_t b) const { return Word{1} << ((b + 1 == blocks) ? (m - 1) % 64 : 63); }
};

// One column step for one block; hin/hout are the horizontal deltas (−1, 0, +1) at its top/bottom.
inline int step(Word& Pv, Word& Mv, Word Eq, int hin, Word high) {
  const Word hin_neg = hin < 0 ? 1 : 0;
  const Word Xv = Eq | Mv;
  Eq |= hin_neg;
  const Word Xh = (((Eq & Pv) + Pv) ^ Pv) | Eq;
  Word Ph = Mv | ~(Xh | Pv);
  Word Mh = Pv & Xh;
  int hout = (Ph & high) ? 1 : (Mh & high) ? -1 : 0;
  Ph <<= 1;
  Mh <<= 1;
  Mh |= hin_neg;
  if (hin > 0) Ph |= 1;
  Pv = Mh | ~(Xv | Ph);
  Mv = Ph & Xv;
  return hout;
}

// Distance of the pattern against text[0..j] for every j; `anchored` fixes the match's start at 0
// (top row j, not 0). Calls f(j, distance) per column.
template <class F>
void scan(const Pattern& P, std::u32string_view text, bool anchored, F&& f) {
  std::vector<Word> Pv(P.blocks, ~Word{0}), Mv(P.blocks, 0);
  int score = static_cast<int>(P.m);
  for (std::size_t j = 0; j < text.size(); ++j) {
    const Word* eq = P.eq(text[j]);
    int h = anchored ? 1 : 0;
    for (std::size_t b = 0; b < P.blocks; ++b) h = step(Pv[b], Mv[b], eq[b], h, P.high(b));
    score += h;
    if (!f(j, score)) return;
  }
}

}  // namespace

std::vector<ApproxHit> approx_find(std::u32string_view text, std::u32string_view pattern, int k, std::size_t max_hits) {
  std::vector<ApproxHit> hits;
  if (pattern.empty() || k < 0) return hits;
  const Pattern P(pattern);
  std::u32string rpat(pattern.rbegin(), pattern.rend());
  const Pattern R(rpat);

  // Ends: keep the best end of each run of columns within k.
  std::vector<std::pair<std::size_t, int>> ends;
  bool in_run = false;
  scan(P, text, false, [&](std::size_t j, int d) {
    if (d <= k) {
      if (!in_run || d < ends.back().second) {
        if (!in_run) ends.emplace_back(j, d); else ends.back() = {j, d};
      }
      in_run = true;
    } else {
      in_run = false;
    }
    return ends.size() < max_hits || in_run;
  });

  // Starts: the reversed text before each end against the reversed pattern, anchored at the end.
  for (auto [j, d] : ends) {
    const std::size_t e = j + 1;
    const std::size_t span = std::min(e, pattern.size() + static_cast<std::size_t>(k));
    std::u32string window(text.substr(e - span, span));
    std::reverse(window.begin(), window.end());
    std::size_t best_len = pattern.size() <= span ? pattern.size() : span;
    int best = -1;
    // Among equally good starts, the one that keeps the passage's length (a changed first
    // character is a substitution, not a deletion).
    const auto off = [&](std::size_t len) { return len > pattern.size() ? len - pattern.size() : pattern.size() - len; };
    scan(R, window, true, [&](std::size_t i, int dist) {
      if (best < 0 || dist < best || (dist == best && off(i + 1) < off(best_len))) { best = dist; best_len = i + 1; }
      return true;
    });
    hits.push_back({e - best_len, e, d});
  }
  return hits;
}

int edit_distance(std::u32string_view a, std::u32string_view b, int cap) {
  if (a.size() > b.size()) std::swap(a, b);
  if (static_cast<int>(b.size() - a.size()) >= cap) return cap;
  std::vector<int> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = static_cast<int>(i);
  for (std::size_t j = 1; j <= b.size(); ++j) {
    int diag = row[0];
    row[0] = static_cast<int>(j);
    int best = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      const int up = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      best = std::min(best, row[i]);
    }
    if (best >= cap) return cap;
  }
  return std::min(row[a.size()], cap);
}

}  // namespace isnad::links
