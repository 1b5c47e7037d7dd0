#include "compare_features.h"

#include <algorithm>
#include <cctype>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"
#include "relation_rules.h"
#include "values.h"

namespace isnad::xref::detail {
namespace {

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
  ClaimFeatures f = detail::claim_features(detail::ArticleText(arts.front()), art, 0, 0);
  // Two headlines that share a polar concept ("ارتفاع" and "ارتفع") share a word; cross-referencing
  // leaves these out of its terms, where they would make unrelated claims alike.
  for (const auto& c : f.polar) f.terms[c] += 1;
  return f;
}

bool word_char(char32_t c) {
  return text::is_arabic_letter(c) || text::is_digit(c) || (c < 128 && std::isalpha(static_cast<int>(c)));
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

// One word replaced by another: the pair (in a fixed order) and each word alone.
void substitution(Features& f, const std::u32string& p, const std::u32string& q, std::uint32_t pair_salt, std::uint32_t word_salt) {
  const auto& x = std::min(p, q);
  const auto& y = std::max(p, q);
  f.words.push_back(hashed(x + U'|' + y, pair_salt));
  f.words.push_back(hashed(x, word_salt));
  f.words.push_back(hashed(y, word_salt));
}

// What the analysis sees: terms in common and on one side, values that conflict, a negation, opposite
// events (dense 0–11, and the one-sided terms with kClaimSparse).
void claim_figures(const ClaimFeatures& a, const ClaimFeatures& b, unsigned groups, Features& f) {
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
  const auto values = detail::value_difference(a.values, b.values);
  const auto negation = detail::negation_difference(a, b);
  const std::string opposite = detail::opposite_difference(a, b);
  bool numbers_a = false, numbers_b = false;
  for (const auto& v : a.values) numbers_a |= v.kind == detail::Value::count;
  for (const auto& v : b.values) numbers_b |= v.kind == detail::Value::count;
  f.dense[0] = 1;
  f.dense[1] = shared / std::max(1.0, na + nb - static_cast<double>(shared));                 // Jaccard
  f.dense[2] = shared / std::max(1.0, std::sqrt(na * nb));                                     // cosine (binary)
  f.dense[3] = static_cast<double>(only_a.size()) / std::max(1.0, na);
  f.dense[4] = static_cast<double>(only_b.size()) / std::max(1.0, nb);
  f.dense[5] = values && values->kind != Difference::Kind::scope;
  f.dense[6] = negation.has_value();
  f.dense[7] = (a.negations > 0) != (b.negations > 0);
  f.dense[8] = numbers_a && numbers_b && values.has_value();
  f.dense[9] = ents_a > 0 && ents_b > 0;                                                      // different names on each side
  f.dense[10] = std::min(na, nb) / std::max(1.0, std::max(na, nb));
  f.dense[11] = !opposite.empty();                                                            // "rise" against "fall"
  f.why = values ? describe(*values) : negation ? describe(*negation) : opposite;
  if (groups & kClaimSparse) one_sided(only_a, only_b, 1, 12, &f);
}

// The surface of a pair: light stems with stopwords (لا، أكثر، أقل carry the stance), character n-grams.
struct Surface {
  std::set<std::u32string> stems_a, stems_b;
  std::vector<std::u32string> sonly_a, sonly_b;   // stems only one side has
  double oa = 0, ob = 0;                           // how many
  double stem_j = 0, g3 = 0, g4 = 0, g3c = 0;      // Jaccard of stems, 3-grams, 4-grams; containment of 3-grams
};

Surface surface_of(const Statement& sa, const Statement& sb) {
  Surface s;
  s.stems_a = std::set<std::u32string>(sa.stems.begin(), sa.stems.end());
  s.stems_b = std::set<std::u32string>(sb.stems.begin(), sb.stems.end());
  for (const auto& t : s.stems_a) if (!s.stems_b.count(t)) s.sonly_a.push_back(t);
  for (const auto& t : s.stems_b) if (!s.stems_a.count(t)) s.sonly_b.push_back(t);
  s.oa = static_cast<double>(s.sonly_a.size());
  s.ob = static_cast<double>(s.sonly_b.size());
  s.stem_j = jaccard(s.stems_a, s.stems_b);
  s.g3 = jaccard(sa.grams3, sb.grams3);
  s.g4 = jaccard(sa.grams4, sb.grams4);
  s.g3c = containment(sa.grams3, sb.grams3);
  return s;
}

// kSurfaceDense: dense 12–25.
void surface_figures(const Statement& sa, const Statement& sb, const Surface& s, Features& f) {
  const auto &sonly_a = s.sonly_a, &sonly_b = s.sonly_b;
  const double oa = s.oa, ob = s.ob, stem_j = s.stem_j, g3 = s.g3, g4 = s.g4, g3c = s.g3c;
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

// kBins: the overlap figures, binned.
void binned_figures(const Surface& s, Features& f) {
  const double oa = s.oa, ob = s.ob, stem_j = s.stem_j, g3 = s.g3, g4 = s.g4, g3c = s.g3c;
  const double figures[] = {f.dense[1], stem_j, g3, g4, g3c};
  for (std::size_t i = 0; i < std::size(figures); ++i) {
    const int bin = std::min(9, static_cast<int>(figures[i] * 10));
    f.sparse.push_back(hashed(std::u32string{U'#', static_cast<char32_t>('a' + i), static_cast<char32_t>('0' + bin)}, 5));
  }
  const int ca = std::min(6, static_cast<int>(oa)), cb = std::min(6, static_cast<int>(ob));
  f.sparse.push_back(hashed(std::u32string{U'#', U'n', static_cast<char32_t>('0' + std::min(ca, cb)), static_cast<char32_t>('0' + std::max(ca, cb))}, 5));
}

// kSoft, kSoftWords (and kSoftPair, kJoint, kOrder's and kGrams' parts): one-sided words matched to a
// word of the same skeleton on the other side, and what is left unmatched.
void soft_figures(const Surface& s, unsigned groups, Features& f) {
  const auto &sonly_a = s.sonly_a, &sonly_b = s.sonly_b;
  const auto &stems_a = s.stems_a, &stems_b = s.stems_b;
  const double oa = s.oa, ob = s.ob, g3 = s.g3;
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
  if ((groups & kSoftPair) && na2 == 1 && nb2 == 1) substitution(f, ua[0], ub[0], 13, 14);
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

// kConcepts: event and polar concepts one side states, or states negated (dense 36–39).
void concept_figures(const ClaimFeatures& a, const ClaimFeatures& b, Features& f) {
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

}  // namespace

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

Features pair_features(const Statement& sa, const Statement& sb, unsigned groups) {
  Features f;
  f.words_not_other = groups & kWordsNotOther;
  claim_figures(sa.claim, sb.claim, groups, f);
  const Surface s = surface_of(sa, sb);
  if (groups & kSurfaceDense) surface_figures(sa, sb, s, f);
  if (groups & kSurfaceSparse) one_sided(s.sonly_a, s.sonly_b, 3, 10, &f);
  if (groups & kBins) binned_figures(s, f);
  if (groups & kDirected) {
    for (const auto& t : s.sonly_a) f.words.push_back(hashed(t, 6));
    for (const auto& t : s.sonly_b) f.words.push_back(hashed(t, 7));
  }
  if (groups & (kSoft | kSoftWords)) soft_figures(s, groups, f);
  if (groups & kConcepts) concept_figures(sa.claim, sb.claim, f);
  if (groups & kOrder) {
    f.dense[32] = lcs(sa.stems, sb.stems) / std::max(1.0, static_cast<double>(std::min(sa.stems.size(), sb.stems.size())));
    f.dense[33] = !sa.stems.empty() && !sb.stems.empty() && sa.stems.front() == sb.stems.front();
  }
  if ((groups & kSubstitution) && s.oa == 1 && s.ob == 1) substitution(f, s.sonly_a[0], s.sonly_b[0], 8, 9);
  return f;
}

}  // namespace isnad::xref::detail
