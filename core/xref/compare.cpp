#include "isnad/xref/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <sstream>

#include "claim_features.h"
#include "isnad/analysis/analysis.h"
#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/utf8.h"
#include "values.h"

namespace isnad::xref {
namespace {

using detail::ClaimFeatures;

constexpr std::size_t kDense = 12;
constexpr std::size_t kBuckets = 4096;
constexpr int kClasses = 3;

// A statement as one claim covering its whole text, with every anchor the analysis found in it.
ClaimFeatures statement_features(std::string_view utf8) {
  corpus::ArticleMeta meta;
  meta.file = "statement";
  std::vector<corpus::Article> arts = {corpus::make_article(meta, utf8, nullptr)};
  auto an = analysis::analyze_corpus(arts, {});
  auto& art = an.articles.front();
  analysis::Claim whole;
  whole.start = 0;
  whole.end = static_cast<std::uint32_t>(arts.front().text.size());
  for (std::uint32_t i = 0; i < art.anchors.size(); ++i) whole.anchors.push_back(i);
  art.claims = {whole};
  ClaimFeatures f = detail::claim_features(arts.front(), art, 0, 0);
  // Two headlines that share a polar concept ("ارتفاع" and "ارتفع") share a word; cross-referencing
  // leaves these out of its terms, where they would make unrelated claims alike.
  for (const auto& c : f.polar) f.terms[c] += 1;
  return f;
}

std::uint32_t bucket(std::u32string_view s, std::uint32_t salt) {
  return static_cast<std::uint32_t>(analysis::hash_append(analysis::kHashSeed ^ salt, s) % kBuckets);
}

struct Features { double dense[kDense] = {}; std::vector<std::uint32_t> sparse; std::string why; };

Features pair_features(const ClaimFeatures& a, const ClaimFeatures& b) {
  Features f;
  std::vector<std::u32string> only_a, only_b;
  std::size_t shared = 0, ents_a = 0, ents_b = 0;
  for (const auto& [t, w] : a.terms) {
    if (b.terms.count(t)) ++shared;
    else { only_a.push_back(t); ents_a += t[0] == detail::kEntityTag; }
  }
  for (const auto& [t, w] : b.terms) if (!a.terms.count(t)) { only_b.push_back(t); ents_b += t[0] == detail::kEntityTag; }
  std::sort(only_a.begin(), only_a.end());
  std::sort(only_b.begin(), only_b.end());
  const double na = static_cast<double>(a.terms.size()), nb = static_cast<double>(b.terms.size());
  const std::string values = detail::value_difference(a.values, b.values).what;
  const std::string negation = detail::negation_difference(a, b);
  const std::string opposite = detail::opposite_difference(a, b);
  bool numbers_a = false, numbers_b = false;
  for (const auto& v : a.values) numbers_a |= v.kind == detail::Value::count;
  for (const auto& v : b.values) numbers_b |= v.kind == detail::Value::count;
  f.dense[0] = 1;
  f.dense[1] = shared / std::max(1.0, na + nb - static_cast<double>(shared));                 // Jaccard
  f.dense[2] = shared / std::max(1.0, std::sqrt(na * nb));                                     // cosine (binary)
  f.dense[3] = static_cast<double>(only_a.size()) / std::max(1.0, na);
  f.dense[4] = static_cast<double>(only_b.size()) / std::max(1.0, nb);
  f.dense[5] = !values.empty() && !detail::is_scope_difference(values);
  f.dense[6] = !negation.empty();
  f.dense[7] = (a.negations > 0) != (b.negations > 0);
  f.dense[8] = numbers_a && numbers_b && !values.empty();
  f.dense[9] = ents_a > 0 && ents_b > 0;                                                      // different names on each side
  f.dense[10] = std::min(na, nb) / std::max(1.0, std::max(na, nb));
  f.dense[11] = !opposite.empty();                                                            // "rise" against "fall"
  f.why = !values.empty() ? values : !negation.empty() ? negation : opposite;
  // Words only one side has, and pairs of them (one from each side, in a fixed order).
  for (const auto& t : only_a) f.sparse.push_back(bucket(t, 1));
  for (const auto& t : only_b) f.sparse.push_back(bucket(t, 1));
  for (std::size_t i = 0; i < only_a.size() && i < 12; ++i)
    for (std::size_t j = 0; j < only_b.size() && j < 12; ++j) {
      const auto& x = std::min(only_a[i], only_b[j]);
      const auto& y = std::max(only_a[i], only_b[j]);
      f.sparse.push_back(bucket(x + U'|' + y, 2));
    }
  return f;
}

struct Model {
  double dense[kClasses][kDense] = {};
  std::vector<double> sparse[kClasses];
  bool loaded = false;
  Model() { for (auto& s : sparse) s.assign(kBuckets, 0.0); }

  void scores(const Features& f, double out[kClasses]) const {
    double mx = -1e300;
    for (int c = 0; c < kClasses; ++c) {
      double z = 0;
      for (std::size_t i = 0; i < kDense; ++i) z += dense[c][i] * f.dense[i];
      for (auto b : f.sparse) z += sparse[c][b];
      out[c] = z;
      mx = std::max(mx, z);
    }
    double sum = 0;
    for (int c = 0; c < kClasses; ++c) sum += out[c] = std::exp(out[c] - mx);
    for (int c = 0; c < kClasses; ++c) out[c] /= sum;
  }

  // "isnad-compare-model 2 <dense> <buckets>", then per class "d <class> w…" (dense weights) and
  // "q <class> <scale> <hex>": the bucket weights quantised to one signed byte each (w = byte × scale).
  std::string save() const {
    std::ostringstream o;
    o << "# compare_model.txt — written by `isnad compare --train` (see isnad/xref/compare.h); do not edit.\n";
    o << "isnad-compare-model 2 " << kDense << ' ' << kBuckets << '\n';
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
      o << "q " << c << ' ' << scale << ' ';
      for (double w : sparse[c]) {
        const auto q = static_cast<std::uint8_t>(static_cast<std::int8_t>(std::lround(w / scale)));
        o << hex[q >> 4] << hex[q & 15];
      }
      o << '\n';
    }
    return o.str();
  }

  static Model load(const std::string& text) {
    Model m;
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
        int version = 0; std::size_t nd = 0, nb = 0;
        ls >> version >> nd >> nb;
        header = version == 2 && nd == kDense && nb == kBuckets;
        if (!header) return Model{};
      } else if (tag == "d" && header) {
        int c = -1; ls >> c;
        if (c < 0 || c >= kClasses) return Model{};
        for (auto& w : m.dense[c]) ls >> w;
      } else if (tag == "q" && header) {
        int c = -1; double scale = 0; std::string hexes;
        ls >> c >> scale >> hexes;
        if (c < 0 || c >= kClasses || hexes.size() != 2 * kBuckets) return Model{};
        for (std::size_t b = 0; b < kBuckets; ++b)
          m.sparse[c][b] = static_cast<std::int8_t>(nibble(hexes[2 * b]) << 4 | nibble(hexes[2 * b + 1])) * scale;
      }
    }
    m.loaded = header;
    return m;
  }
};

const Model& builtin_model() {
  static const Model m = Model::load(analysis::embedded_file("compare_model.txt"));
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
  const Features f = pair_features(statement_features(a), statement_features(b));
  Judgement j;
  j.why = f.why;
  const Model& m = builtin_model();
  if (!m.loaded) {   // no model built in: the rules alone
    j.stance = f.dense[5] || f.dense[6] || f.dense[11] ? Stance::disagree : f.dense[1] >= 0.2 ? Stance::agree : Stance::other;
    j.probability[static_cast<int>(j.stance)] = 1;
    return j;
  }
  m.scores(f, j.probability);
  j.stance = static_cast<Stance>(std::max_element(j.probability, j.probability + kClasses) - j.probability);
  return j;
}

std::string train_compare_model(const std::vector<LabelledPair>& pairs) {
  std::vector<Features> xs;
  std::vector<int> ys;
  int count[kClasses] = {};
  for (const auto& p : pairs) {
    xs.push_back(pair_features(statement_features(p.a), statement_features(p.b)));
    ys.push_back(static_cast<int>(p.stance));
    ++count[ys.back()];
  }
  // Classes weighted by the inverse square root of their frequency: "other" is rare but counts in a
  // macro-averaged score.
  double cw[kClasses];
  for (int c = 0; c < kClasses; ++c) cw[c] = count[c] ? std::sqrt(static_cast<double>(pairs.size()) / (kClasses * count[c])) : 0;
  Model m;
  std::vector<std::size_t> order(xs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(12345);
  const double l2 = 1e-4;
  for (int epoch = 0; epoch < 15; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const double lr = 0.2 / (1 + epoch * 0.3);
    for (auto i : order) {
      double p[kClasses];
      m.scores(xs[i], p);
      for (int c = 0; c < kClasses; ++c) {
        const double g = cw[ys[i]] * (p[c] - (c == ys[i] ? 1.0 : 0.0));
        for (std::size_t d = 0; d < kDense; ++d) m.dense[c][d] -= lr * (g * xs[i].dense[d] + l2 * m.dense[c][d]);
        for (auto b : xs[i].sparse) m.sparse[c][b] -= lr * (g + l2 * m.sparse[c][b]);
      }
    }
  }
  return m.save();
}

}  // namespace isnad::xref
