#include "isnad/xref/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cctype>
#include <iterator>
#include <random>
#include <set>
#include <sstream>

#include "claim_features.h"
#include "isnad/analysis/analysis.h"
#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"
#include "values.h"

namespace isnad::xref {
namespace {

using detail::ClaimFeatures;

constexpr std::size_t kDense = 40;
constexpr int kClasses = 3;
constexpr int kModelVersion = 3;

// Feature groups (a model file records which it was trained with; --cv switches them for ablation).
enum : unsigned {
  kClaimSparse = 1,     // terms only one side has, and cross pairs of them
  kSurfaceDense = 2,    // overlap of light stems (stopwords included) and of character n-grams
  kSurfaceSparse = 4,   // light stems only one side has, and cross pairs of them
  kBins = 8,            // the overlap figures, binned (a similarity is not linear in its evidence)
  kDirected = 16,       // light stems only in the first / only in the second statement
  kSubstitution = 32,   // the one word that differs, when one word differs
  kWordsNotOther = 64,  // the hashed words weigh for agree and disagree only
  kSoft = 128,          // one-sided words matched to a word of the same skeleton on the other side
  kSoftWords = 256,     // the words still unmatched then, and pairs of them
  kOrder = 512,         // how much of the word order the two share; function words among the unmatched
  kGrams = 1024,        // character 4-grams of the unmatched words
  kSoftPair = 2048,     // the unmatched word on each side, when one word is left on each side
  kConcepts = 4096,     // event and polar concepts one side states, or states negated
  kJoint = 8192,        // two overlap figures binned together
};

// A statement: the analysis's view (anchors, concepts, entities) and the surface words.
struct Statement {
  ClaimFeatures claim;
  std::vector<std::u32string> words;        // folded words (letters and digits), in order
  std::vector<std::u32string> stems;        // their light stems, stopwords included
  std::set<std::u32string> grams3, grams4;  // character n-grams of the words, padded with spaces
};

// A statement as one claim covering its whole text, with every anchor the analysis found in it.
ClaimFeatures claim_of(std::string_view utf8) {
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

bool word_char(char32_t c) {
  return text::is_arabic_letter(c) || text::is_digit(c) || (c < 128 && std::isalpha(static_cast<int>(c)));
}

Statement statement_features(std::string_view utf8) {
  Statement s;
  s.claim = claim_of(utf8);
  const std::u32string folded = text::fold(text::decode_utf8(utf8).text);
  std::u32string w;
  auto flush = [&] {
    if (w.empty()) return;
    for (auto& c : w) if (c < 128) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    s.words.push_back(w);
    s.stems.emplace_back(text::light_stem(w));
    const std::u32string padded = U" " + w + U" ";
    for (std::size_t i = 0; i + 3 <= padded.size(); ++i) s.grams3.insert(padded.substr(i, 3));
    for (std::size_t i = 0; i + 4 <= padded.size(); ++i) s.grams4.insert(padded.substr(i, 4));
    w.clear();
  };
  for (char32_t c : folded) {
    if (word_char(c)) w += c;
    else flush();
  }
  flush();
  return s;
}

template <class Set>
double jaccard(const Set& a, const Set& b) {
  std::size_t shared = 0;
  for (const auto& x : a) shared += b.count(x);
  return shared / std::max(1.0, static_cast<double>(a.size() + b.size() - shared));
}

template <class Set>
double containment(const Set& a, const Set& b) {
  std::size_t shared = 0;
  for (const auto& x : a) shared += b.count(x);
  return shared / std::max(1.0, static_cast<double>(std::min(a.size(), b.size())));
}

bool has_digit(std::u32string_view w) {
  return std::any_of(w.begin(), w.end(), [](char32_t c) { return text::is_digit(c); });
}

bool negation_word(const std::u32string& w) {
  for (const char32_t* x : {U"لم", U"لن", U"لا", U"ليس", U"ليست", U"غير", U"عدم", U"دون", U"بدون", U"ينفي", U"تنفي", U"نفي", U"ينفى", U"تنفى"})
    if (w == text::fold_literal(x)) return true;
  return false;
}

// A word's letters without alef, waw, yeh and hamza seats: "خسائر" and "تخسر" keep خسر, "فرار" فرر.
std::u32string skeleton(std::u32string_view stem) {
  std::u32string out;
  for (char32_t c : stem)
    if (c != U'ا' && c != U'و' && c != U'ي' && c != U'ء' && c != U'ئ' && c != U'ؤ') out += c;
  return out;
}

// Two words of one family (a derived form, a plural, a verb and its noun): their skeletons share
// most letter pairs, or one holds the other.
bool related(const std::u32string& x, const std::u32string& y) {
  if (x.size() < 2 || y.size() < 2) return x == y;
  if (x.size() >= 3 && y.size() >= 3 && (x.find(y) != std::u32string::npos || y.find(x) != std::u32string::npos)) return true;
  std::set<std::u32string> bx, by;
  for (std::size_t i = 0; i + 2 <= x.size(); ++i) bx.insert(x.substr(i, 2));
  for (std::size_t i = 0; i + 2 <= y.size(); ++i) by.insert(y.substr(i, 2));
  std::size_t shared = 0;
  for (const auto& g : bx) shared += by.count(g);
  return 2.0 * shared / static_cast<double>(bx.size() + by.size()) >= 0.5;
}

// The one-sided words of `mine` that have no relative among the other side's words.
std::vector<std::u32string> unmatched(const std::vector<std::u32string>& mine, const std::set<std::u32string>& theirs) {
  std::vector<std::u32string> skeletons, out;
  for (const auto& t : theirs) skeletons.push_back(skeleton(t));
  for (const auto& w : mine) {
    const std::u32string sk = skeleton(w);
    if (std::none_of(skeletons.begin(), skeletons.end(), [&](const std::u32string& o) { return related(sk, o); })) out.push_back(w);
  }
  return out;
}

// Longest common subsequence of two word sequences.
std::size_t lcs(const std::vector<std::u32string>& a, const std::vector<std::u32string>& b) {
  std::vector<std::size_t> row(b.size() + 1, 0), prev(b.size() + 1, 0);
  for (const auto& x : a) {
    std::swap(row, prev);
    for (std::size_t j = 0; j < b.size(); ++j) row[j + 1] = x == b[j] ? prev[j] + 1 : std::max(prev[j + 1], row[j]);
  }
  return row[b.size()];
}

// Function words (the gazetteer's stopwords), as light stems.
bool function_word(const std::u32string& stem) {
  static const std::set<std::u32string> words = [] {
    std::set<std::u32string> out;
    detail::for_each_data_line("stopwords.txt", [&](const std::vector<std::string>& f) {
      if (!f.empty() && !f[0].empty()) out.emplace(text::light_stem(text::fold(text::decode_utf8(f[0]).text)));
    });
    return out;
  }();
  return words.count(stem) > 0;
}

std::uint32_t hashed(std::u32string_view s, std::uint32_t salt) {
  std::uint64_t h = analysis::hash_append(analysis::kHashSeed ^ (salt * 0x9e3779b97f4a7c15ull), s);
  h ^= h >> 33; h *= 0xff51afd7ed558ccdull; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ull; h ^= h >> 33;   // mixed
  return static_cast<std::uint32_t>(h);
}

// Dense figures; hashed sparse features for every class (binned figures); hashed words, which weigh
// for every class or (kWordsNotOther) for agree and disagree only: "other" is rare, and the words of
// an unrelated pair say little about it beyond how few they share.
struct Features {
  double dense[kDense] = {};
  std::vector<std::uint32_t> sparse, words;
  bool words_not_other = false;
  std::string why;
};

// Words only one side has, and the pairs of such words (one from each side, in a fixed order).
void one_sided(const std::vector<std::u32string>& only_a, const std::vector<std::u32string>& only_b,
               std::uint32_t salt, std::size_t cap, Features* f) {
  for (const auto& t : only_a) f->words.push_back(hashed(t, salt));
  for (const auto& t : only_b) f->words.push_back(hashed(t, salt));
  for (std::size_t i = 0; i < only_a.size() && i < cap; ++i)
    for (std::size_t j = 0; j < only_b.size() && j < cap; ++j) {
      const auto& x = std::min(only_a[i], only_b[j]);
      const auto& y = std::max(only_a[i], only_b[j]);
      f->words.push_back(hashed(x + U'|' + y, salt + 1));
    }
}

Features pair_features(const Statement& sa, const Statement& sb, unsigned groups) {
  const ClaimFeatures& a = sa.claim;
  const ClaimFeatures& b = sb.claim;
  Features f;
  f.words_not_other = groups & kWordsNotOther;
  // One word replaced by another: the pair (in a fixed order) and each word alone.
  auto substitution = [&f](const std::u32string& p, const std::u32string& q, std::uint32_t pair_salt, std::uint32_t word_salt) {
    const auto& x = std::min(p, q);
    const auto& y = std::max(p, q);
    f.words.push_back(hashed(x + U'|' + y, pair_salt));
    f.words.push_back(hashed(x, word_salt));
    f.words.push_back(hashed(y, word_salt));
  };
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
  if (groups & kClaimSparse) one_sided(only_a, only_b, 1, 12, &f);

  // The surface: light stems with stopwords (لا، أكثر، أقل carry the stance), character n-grams.
  const std::set<std::u32string> stems_a(sa.stems.begin(), sa.stems.end()), stems_b(sb.stems.begin(), sb.stems.end());
  std::vector<std::u32string> sonly_a, sonly_b;
  for (const auto& t : stems_a) if (!stems_b.count(t)) sonly_a.push_back(t);
  for (const auto& t : stems_b) if (!stems_a.count(t)) sonly_b.push_back(t);
  const double oa = static_cast<double>(sonly_a.size()), ob = static_cast<double>(sonly_b.size());
  const double stem_j = jaccard(stems_a, stems_b), g3 = jaccard(sa.grams3, sb.grams3), g4 = jaccard(sa.grams4, sb.grams4);
  const double g3c = containment(sa.grams3, sb.grams3);
  if (groups & kSurfaceDense) {
    f.dense[12] = stem_j;
    f.dense[13] = g3;
    f.dense[14] = g4;
    f.dense[15] = g3c;
    f.dense[16] = std::min(2.0, std::min(oa, ob) / 4);
    f.dense[17] = std::min(2.0, std::max(oa, ob) / 4);
    f.dense[18] = oa == 1 && ob == 1;                                                          // one word replaced
    f.dense[19] = (oa == 0) != (ob == 0);                                                       // words only added
    f.dense[20] = oa == 0 && ob == 0;
    bool digits_a = false, digits_b = false, neg_a = false, neg_b = false;
    for (const auto& t : sonly_a) { digits_a |= has_digit(t); neg_a |= negation_word(t); }
    for (const auto& t : sonly_b) { digits_b |= has_digit(t); neg_b |= negation_word(t); }
    f.dense[21] = digits_a && digits_b;                                                         // a number replaced
    f.dense[22] = digits_a != digits_b;
    f.dense[23] = neg_a != neg_b;                                                               // "لا" on one side
    const double wa = static_cast<double>(sa.words.size()), wb = static_cast<double>(sb.words.size());
    f.dense[24] = std::min(wa, wb) / std::max(1.0, std::max(wa, wb));
    f.dense[25] = std::log1p(std::fabs(wa - wb)) / 3;
  }
  if (groups & kSurfaceSparse) one_sided(sonly_a, sonly_b, 3, 10, &f);
  if (groups & kBins) {
    const double figures[] = {f.dense[1], stem_j, g3, g4, g3c};
    for (std::size_t i = 0; i < std::size(figures); ++i) {
      const int bin = std::min(9, static_cast<int>(figures[i] * 10));
      f.sparse.push_back(hashed(std::u32string{U'#', static_cast<char32_t>('a' + i), static_cast<char32_t>('0' + bin)}, 5));
    }
    const int ca = std::min(6, static_cast<int>(oa)), cb = std::min(6, static_cast<int>(ob));
    f.sparse.push_back(hashed(std::u32string{U'#', U'n', static_cast<char32_t>('0' + std::min(ca, cb)), static_cast<char32_t>('0' + std::max(ca, cb))}, 5));
  }
  if (groups & kDirected) {
    for (const auto& t : sonly_a) f.words.push_back(hashed(t, 6));
    for (const auto& t : sonly_b) f.words.push_back(hashed(t, 7));
  }
  if (groups & (kSoft | kSoftWords)) {
    const auto ua = unmatched(sonly_a, stems_b), ub = unmatched(sonly_b, stems_a);
    const double na2 = static_cast<double>(ua.size()), nb2 = static_cast<double>(ub.size());
    bool neg = false;
    for (const auto& t : sonly_a) neg ^= negation_word(t);
    for (const auto& t : sonly_b) neg ^= negation_word(t);
    if (groups & kSoft) {
      f.dense[26] = std::min(2.0, std::min(na2, nb2) / 4);
      f.dense[27] = std::min(2.0, std::max(na2, nb2) / 4);
      f.dense[28] = na2 == 1 && nb2 == 1;                                                       // one word replaced
      f.dense[29] = na2 == 0 && nb2 == 0;                                                       // every word has a relative
      f.dense[30] = (oa + ob - na2 - nb2) / std::max(1.0, oa + ob);
      f.dense[31] = neg && na2 + nb2 <= 2;                                                      // a negation, the rest the same
    }
    if (groups & kSoftWords) one_sided(ua, ub, 10, 8, &f);
    if ((groups & kSoftPair) && na2 == 1 && nb2 == 1) substitution(ua[0], ub[0], 13, 14);
    if (groups & kJoint) {
      const int x = std::min(4, static_cast<int>(g3 * 5)), y = std::min(4, static_cast<int>(na2 + nb2));
      f.sparse.push_back(hashed(std::u32string{U'#', U'j', static_cast<char32_t>('0' + x), static_cast<char32_t>('0' + y)}, 5));
    }
    if (groups & kOrder) {
      std::size_t function = 0;
      for (const auto& t : ua) function += function_word(t);
      for (const auto& t : ub) function += function_word(t);
      f.dense[34] = function / std::max(1.0, na2 + nb2);
      f.dense[35] = na2 + nb2 > 0 && function == ua.size() + ub.size();                       // only function words differ
    }
    if (groups & kGrams) {
      std::set<std::u32string> grams_a, grams_b;
      for (const auto& t : ua) { const std::u32string p = U" " + t + U" "; for (std::size_t i = 0; i + 4 <= p.size(); ++i) grams_a.insert(p.substr(i, 4)); }
      for (const auto& t : ub) { const std::u32string p = U" " + t + U" "; for (std::size_t i = 0; i + 4 <= p.size(); ++i) grams_b.insert(p.substr(i, 4)); }
      for (const auto& g : grams_a) if (!grams_b.count(g)) f.words.push_back(hashed(g, 12));
      for (const auto& g : grams_b) if (!grams_a.count(g)) f.words.push_back(hashed(g, 12));
    }
  }
  if (groups & kConcepts) {
    std::size_t ca = 0, cb = 0, neg = 0;
    for (const auto& c : a.concepts) ca += !b.concepts.count(c);
    for (const auto& c : b.concepts) cb += !a.concepts.count(c);
    for (const auto& c : a.negated) neg += !b.negated.count(c);
    for (const auto& c : b.negated) neg += !a.negated.count(c);
    std::size_t pa = 0, pb = 0;
    for (const auto& c : a.polar) pa += !b.polar.count(c);
    for (const auto& c : b.polar) pb += !a.polar.count(c);
    f.dense[36] = ca > 0 && cb > 0;                 // a different event on each side
    f.dense[37] = neg > 0;                          // an event negated on one side only
    f.dense[38] = pa > 0 && pb > 0;                 // a different polar concept on each side
    f.dense[39] = (pa > 0) != (pb > 0);
  }
  if (groups & kOrder) {
    f.dense[32] = lcs(sa.stems, sb.stems) / std::max(1.0, static_cast<double>(std::min(sa.stems.size(), sb.stems.size())));
    f.dense[33] = !sa.stems.empty() && !sb.stems.empty() && sa.stems.front() == sb.stems.front();
  }
  if ((groups & kSubstitution) && oa == 1 && ob == 1) substitution(sonly_a[0], sonly_b[0], 8, 9);
  return f;
}

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
  static const Model m = Model::load(analysis::embedded_file("compare_model.txt"));
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
