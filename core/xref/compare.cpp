#include "isnad/xref/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <random>
#include <sstream>

#include "compare_features.h"
#include "isnad/analysis/analysis.h"
#include "isnad/analysis/embedded_data.h"

namespace isnad::xref {
namespace {

using detail::Features;
using detail::kDense;
using detail::pair_features;
using detail::statement_features;

constexpr int kClasses = 3;
constexpr int kModelVersion = 3;

struct Model {
  unsigned groups = 0;
  std::size_t buckets = 0;
  double dense[kClasses][kDense] = {};
  std::vector<double> sparse[kClasses];
  bool loaded = false;
  explicit Model(std::size_t nb = 4096, unsigned g = ~0u) : groups(g), buckets(nb) { for (auto& s : sparse) s.assign(nb, 0.0); }

  void scores(const Features& f, double out[kClasses]) const {
    double mx = -1e300;
    for (int c = 0; c < kClasses; ++c) {
      double z = 0;
      for (std::size_t i = 0; i < kDense; ++i) z += dense[c][i] * f.dense[i];
      for (auto b : f.sparse) z += sparse[c][b % buckets];
      if (c != 2 || !f.words_not_other)
        for (auto b : f.words) z += sparse[c][b % buckets];
      out[c] = z;
      mx = std::max(mx, z);
    }
    double sum = 0;
    for (int c = 0; c < kClasses; ++c) sum += out[c] = std::exp(out[c] - mx);
    for (int c = 0; c < kClasses; ++c) out[c] /= sum;
  }

  // "isnad-compare-model 3 <dense> <buckets> <groups>", then per class "d <class> w…" (dense weights)
  // and "q <class> <scale> <hex>": the bucket weights quantised to one signed byte each (w = byte × scale),
  // or, for a row of few weights, "z <class> <scale> <bucket>:<hex>…".
  std::string save() const {
    std::ostringstream o;
    o << "# compare_model.txt — written by `isnad compare --train` (see isnad/xref/compare.h); do not edit.\n";
    o << "isnad-compare-model " << kModelVersion << ' ' << kDense << ' ' << buckets << ' ' << groups << '\n';
    o.precision(5);
    for (int c = 0; c < kClasses; ++c) {
      o << "d " << c;
      for (double w : dense[c]) o << ' ' << w;
      o << '\n';
    }
    static const char* hex = "0123456789abcdef";
    for (int c = 0; c < kClasses; ++c) {
      double mx = 1e-9;
      for (double w : sparse[c]) mx = std::max(mx, std::fabs(w));
      const double scale = mx / 127;
      auto byte = [&](double w) { return static_cast<std::uint8_t>(static_cast<std::int8_t>(std::lround(w / scale))); };
      std::size_t nonzero = 0;
      for (double w : sparse[c]) nonzero += byte(w) != 0;
      if (nonzero < buckets / 8) {   // a row of few weights (the binned figures of "other"): index:byte
        o << "z " << c << ' ' << scale;
        for (std::size_t b = 0; b < buckets; ++b)
          if (const auto q = byte(sparse[c][b])) o << ' ' << b << ':' << hex[q >> 4] << hex[q & 15];
        o << '\n';
        continue;
      }
      o << "q " << c << ' ' << scale << ' ';
      for (double w : sparse[c]) {
        const auto q = byte(w);
        o << hex[q >> 4] << hex[q & 15];
      }
      o << '\n';
    }
    return o.str();
  }

  static Model load(const std::string& text) {
    Model m(1);
    std::istringstream in(text);
    std::string line;
    bool header = false;
    auto nibble = [](char h) { return h >= 'a' ? h - 'a' + 10 : h - '0'; };
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream ls(line);
      std::string tag;
      ls >> tag;
      if (tag == "isnad-compare-model") {
        int version = 0; std::size_t nd = 0, nb = 0; unsigned g = 0;
        ls >> version >> nd >> nb >> g;
        header = version == kModelVersion && nd == kDense && nb > 0 && nb <= (1u << 20);
        if (!header) return Model(1);
        m = Model(nb, g);
      } else if (tag == "d" && header) {
        int c = -1; ls >> c;
        if (c < 0 || c >= kClasses) return Model(1);
        for (auto& w : m.dense[c]) ls >> w;
      } else if (tag == "q" && header) {
        int c = -1; double scale = 0; std::string hexes;
        ls >> c >> scale >> hexes;
        if (c < 0 || c >= kClasses || hexes.size() != 2 * m.buckets) return Model(1);
        for (std::size_t b = 0; b < m.buckets; ++b)
          m.sparse[c][b] = static_cast<std::int8_t>(nibble(hexes[2 * b]) << 4 | nibble(hexes[2 * b + 1])) * scale;
      } else if (tag == "z" && header) {
        int c = -1; double scale = 0; std::string entry;
        ls >> c >> scale;
        if (c < 0 || c >= kClasses) return Model(1);
        while (ls >> entry) {
          const auto colon = entry.find(':');
          if (colon == std::string::npos || entry.size() != colon + 3) return Model(1);
          const std::size_t b = std::strtoul(entry.c_str(), nullptr, 10);
          if (b >= m.buckets) return Model(1);
          m.sparse[c][b] = static_cast<std::int8_t>(nibble(entry[colon + 1]) << 4 | nibble(entry[colon + 2])) * scale;
        }
      }
    }
    m.loaded = header;
    return m;
  }
};

const Model& builtin_model() {
  static const Model m = Model::load(std::string(analysis::embedded_data("compare_model.txt")));
  return m;
}

Model fit(const std::vector<Features>& xs, const std::vector<int>& ys, const std::vector<std::size_t>& rows,
          const TrainOptions& o) {
  int count[kClasses] = {};
  for (auto i : rows) ++count[ys[i]];
  // Classes weighted by a power of their inverse frequency: "other" is rare but counts in a
  // macro-averaged score.
  double cw[kClasses];
  for (int c = 0; c < kClasses; ++c)
    cw[c] = count[c] ? std::pow(static_cast<double>(rows.size()) / (kClasses * count[c]), o.class_weight_power) : 0;
  Model m(o.buckets, o.groups);
  // Averaged SGD: `u` accumulates t × each update, so the average of the weights over all steps is
  // w − u / t without touching every weight at every step.
  double udense[kClasses][kDense] = {};
  std::vector<double> usparse[kClasses];
  for (auto& s : usparse) s.assign(o.buckets, 0.0);
  std::vector<std::size_t> order = rows;
  std::mt19937 rng(o.seed);
  double t = 1;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const double lr = o.learning_rate / (1 + epoch * o.decay);
    for (auto i : order) {
      double p[kClasses];
      m.scores(xs[i], p);
      for (int c = 0; c < kClasses; ++c) {
        const double g = cw[ys[i]] * (p[c] - (c == ys[i] ? 1.0 : 0.0));
        for (std::size_t d = 0; d < kDense; ++d) {
          const double delta = -lr * (g * xs[i].dense[d] + o.l2 * m.dense[c][d]);
          m.dense[c][d] += delta;
          udense[c][d] += t * delta;
        }
        for (auto b : xs[i].sparse) {
          const std::size_t k = b % o.buckets;
          const double delta = -lr * (g + o.l2 * m.sparse[c][k]);
          m.sparse[c][k] += delta;
          usparse[c][k] += t * delta;
        }
        if (c != 2 || !xs[i].words_not_other)
          for (auto b : xs[i].words) {
            const std::size_t k = b % o.buckets;
            const double delta = -lr * (g + o.l2 * m.sparse[c][k]);
            m.sparse[c][k] += delta;
            usparse[c][k] += t * delta;
          }
      }
      t += 1;
    }
  }
  if (o.average) {
    for (int c = 0; c < kClasses; ++c) {
      for (std::size_t d = 0; d < kDense; ++d) m.dense[c][d] -= udense[c][d] / t;
      for (std::size_t k = 0; k < o.buckets; ++k) m.sparse[c][k] -= usparse[c][k] / t;
    }
  }
  m.loaded = true;
  return m;
}

}  // namespace

const char* stance_name(Stance s) {
  switch (s) {
    case Stance::agree: return "agree";
    case Stance::disagree: return "disagree";
    case Stance::other: return "other";
  }
  return "other";
}

Judgement compare(std::string_view a, std::string_view b) {
  const Model& m = builtin_model();
  const Features f = pair_features(statement_features(a), statement_features(b), m.loaded ? m.groups : 0);
  Judgement j;
  j.why = f.why;
  if (!m.loaded) {   // no model built in: the rules alone
    j.stance = f.dense[5] || f.dense[6] || f.dense[11] ? Stance::disagree : f.dense[1] >= 0.2 ? Stance::agree : Stance::other;
    j.probability[static_cast<int>(j.stance)] = 1;
    return j;
  }
  m.scores(f, j.probability);
  j.stance = static_cast<Stance>(std::max_element(j.probability, j.probability + kClasses) - j.probability);
  return j;
}

namespace {

void featurise(const std::vector<LabelledPair>& pairs, unsigned groups, std::vector<Features>* xs, std::vector<int>* ys) {
  for (const auto& p : pairs) {
    xs->push_back(pair_features(statement_features(p.a), statement_features(p.b), groups));
    ys->push_back(static_cast<int>(p.stance));
  }
}

}  // namespace

std::string train_compare_model(const std::vector<LabelledPair>& pairs, const TrainOptions& options) {
  std::vector<Features> xs;
  std::vector<int> ys;
  featurise(pairs, options.groups, &xs, &ys);
  std::vector<std::size_t> rows(xs.size());
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
  return fit(xs, ys, rows, options).save();
}

CrossValidation cross_validate_compare_model(const std::vector<LabelledPair>& pairs, int folds, int repeats,
                                             const std::vector<TrainOptions>& options) {
  CrossValidation cv;
  if (options.empty() || folds < 2) return cv;
  std::vector<Features> xs;
  std::vector<int> ys;
  featurise(pairs, options.front().groups, &xs, &ys);
  // Stratified folds: each class dealt round-robin after a shuffle; each repeat shuffles anew, and
  // the scores count the held-out predictions of every repeat.
  std::vector<std::vector<int>> fold_of(static_cast<std::size_t>(std::max(1, repeats)), std::vector<int>(xs.size()));
  std::mt19937 rng(777);
  for (auto& folding : fold_of)
    for (int c = 0; c < kClasses; ++c) {
      std::vector<std::size_t> idx;
      for (std::size_t i = 0; i < ys.size(); ++i) if (ys[i] == c) idx.push_back(i);
      std::shuffle(idx.begin(), idx.end(), rng);
      for (std::size_t k = 0; k < idx.size(); ++k) folding[idx[k]] = static_cast<int>(k % folds);
    }
  for (const auto& o : options) {
    CrossValidation::Result r;
    r.options = o;
    r.held_out.assign(xs.size(), Stance::other);
    int tp[kClasses] = {}, fp[kClasses] = {}, fn[kClasses] = {}, right = 0, seen = 0;
    for (const auto& folding : fold_of)
      for (int k = 0; k < folds; ++k) {
        std::vector<std::size_t> train;
        for (std::size_t i = 0; i < xs.size(); ++i) if (folding[i] != k) train.push_back(i);
        const Model m = fit(xs, ys, train, o);
        for (std::size_t i = 0; i < xs.size(); ++i) {
          if (folding[i] != k) continue;
          double p[kClasses];
          m.scores(xs[i], p);
          const int predicted = static_cast<int>(std::max_element(p, p + kClasses) - p);
          if (&folding == &fold_of.front()) r.held_out[i] = static_cast<Stance>(predicted);
          ++seen;
          right += predicted == ys[i];
          if (predicted == ys[i]) ++tp[ys[i]];
          else { ++fp[predicted]; ++fn[ys[i]]; }
        }
      }
    for (int c = 0; c < kClasses; ++c) {
      const double prec = tp[c] ? tp[c] / static_cast<double>(tp[c] + fp[c]) : 0;
      const double rec = tp[c] ? tp[c] / static_cast<double>(tp[c] + fn[c]) : 0;
      r.f1[c] = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
      r.macro_f1 += r.f1[c] / kClasses;
    }
    r.accuracy = right / std::max(1.0, static_cast<double>(seen));
    cv.results.push_back(r);
  }
  return cv;
}

}  // namespace isnad::xref
