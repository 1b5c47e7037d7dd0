// rules/source_variant.cpp — the same statement given to differently described sources: a difference of source.
#include "../relation_rules.h"
#include <algorithm>
#include <set>

namespace isnad::xref::detail {
namespace {

// Whether two claims give their statement to differently described sources, one description
// narrowing the other ("مسؤول أميركي" against "مسؤول أميركي كبير"): the same source told two ways,
// a detail of the chain of attribution a reader should see. Sources with nothing in common are
// just different sources, and the same words are the same source.
bool source_variant(const ClaimFeatures& x, const ClaimFeatures& y) {
  // An unnamed source: an official, a source, a diplomat, an officer (not "the official" of the
  // sentence before). A named one told more or less fully ("وزارة الداخلية" and "وزارة الداخلية
  // السعودية") is the same source, not a detail that differs.
  static const auto& unnamed = word_set("unnamed_sources");
  if (x.source_words.empty() || y.source_words.empty() || x.source_words == y.source_words) return false;
  const auto& small = x.source_words.size() < y.source_words.size() ? x.source_words : y.source_words;
  const auto& big = &small == &x.source_words ? y.source_words : x.source_words;
  if (small.size() < 2 || big.size() > small.size() + 2) return false;   // "sources" alone says too little
  if (std::none_of(small.begin(), small.end(), [](const std::u32string& w) { return unnamed.count(w) > 0; })) return false;
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

std::optional<Difference> source(const ClaimPair& p) {
  if (!source_variant(p.x, p.y)) return std::nullopt;
  Difference d;
  d.kind = Difference::Kind::source;
  d.slot = Difference::Slot::source;
  d.value_a = d.a_said = p.x.source;
  d.value_b = d.b_said = p.y.source;
  return d;
}

}  // namespace

const RelationRule kSourceVariant = [] {
  RelationRule r{"source variant"};
  r.detail = source;
  return r;
}();

}  // namespace isnad::xref::detail
