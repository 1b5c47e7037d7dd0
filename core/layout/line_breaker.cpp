// layout/line_breaker.cpp — greedy breaking at ICU opportunities, with cluster cuts for overlong words.
#include "isnad/layout/line_breaker.h"

namespace isnad::layout {
namespace {

// Float sums of the same advances in a different order may differ in the last bit.
constexpr float kSlack = 1e-3f;

class Breaker {
 public:
  Breaker(const ClusterTable& t, float max_width) : t_(t), max_(max_width) {}

  std::vector<LineSpan> run() {
    const std::size_t n = t_.clusters.size();
    for (std::size_t i = 0; i < n;) {
      // The segment [i, j) ends at the next opportunity; [k, j) are its trailing spaces.
      std::size_t j = i;
      while (j < n && !t_.clusters[j].break_after) ++j;
      j = j < n ? j + 1 : n;
      std::size_t k = j;
      float spaces = 0;
      while (k > i && t_.clusters[k - 1].whitespace) spaces += t_.clusters[--k].advance;
      float content = 0;
      for (std::size_t p = i; p < k; ++p) content += t_.clusters[p].advance;

      if (start_ < i && width_ + pending_ + content > max_ + kSlack) emit(i, false);
      if (start_ == i && content > max_ + kSlack) {
        cut_overlong(i, k);
      } else {
        width_ += pending_ + content;
      }
      pending_ = spaces;
      if (t_.clusters[j - 1].hard_break_after && j < n) emit(j, true);
      i = j;
    }
    emit(n, true);
    return std::move(lines_);
  }

 private:
  // A segment wider than the box on an empty line: fill lines cluster by cluster.
  void cut_overlong(std::size_t from, std::size_t to) {
    float w = 0;
    for (std::size_t p = from; p < to; ++p) {
      const float a = t_.clusters[p].advance;
      if (p > start_ && w + a > max_ + kSlack) {
        width_ = w;
        emit(p, false);
        w = 0;
      }
      w += a;
    }
    width_ = w;
  }

  void emit(std::size_t end, bool last) {
    std::size_t content_end = end;
    while (content_end > start_ && t_.clusters[content_end - 1].whitespace) --content_end;
    lines_.push_back({{ClusterIndex(start_), ClusterIndex(end)}, ClusterIndex(content_end), width_, last});
    start_ = end;
    width_ = 0;
    pending_ = 0;
  }

  const ClusterTable& t_;
  const float max_;
  std::vector<LineSpan> lines_;
  std::size_t start_ = 0;  // first cluster of the line being filled
  float width_ = 0;        // its width so far, without trailing spaces
  float pending_ = 0;      // its trailing spaces, counted only if more content follows
};

}  // namespace

std::vector<LineSpan> break_lines(const ClusterTable& table, float max_width) {
  return Breaker(table, max_width).run();
}

}  // namespace isnad::layout
