// claims.cpp — the checkable statements of an article: one claim per sentence (the final full stop
// left out), boilerplate lines (sharing widgets, bylines, comment forms, sub-headings) set aside,
// each claim given its anchors, the source it is attributed to, and whether it is check-worthy.
// "وأضاف" / "وتابع" with no subject of their own carry the previous claim's source.
#include <string>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/text/normalize.h"
#include "claims.h"

namespace isnad::analysis {

namespace {

using text::fold_literal;

bool is_boilerplate_line(const Document& d, std::size_t b, std::size_t e) {
  const Lexicon& lx = Lexicon::get();
  LexMatch m;
  if (lx.longest_at(d, b, kBoilerplate, &m)) {
    // the phrase is the line, or the line is "المصدر: …" / "الرابط: …" metadata
    if (b + m.words >= e || d.is_punct(b + m.words, ':') || e - b <= 6) return true;
  }
  return false;
}

std::size_t word_count(const Document& d, std::size_t b, std::size_t e) {
  std::size_t n = 0;
  for (std::size_t k = b; k < e; ++k) n += d.is_word(k) || d.is_number(k);
  return n;
}

// Words of opinion, forecast and impression: such sentences are not check-worthy.
bool opinion(const Document& d, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    if (!d.is_word(k)) continue;
    auto w = d.word(k);
    if (w.size() > 3 && (w[0] == U'\u0648' || w[0] == U'\u0641')) w = w.substr(1);
    for (const char32_t* o : {U"يبدو", U"ربما", U"يجب", U"ينبغي", U"لعل", U"أعتقد", U"نعتقد", U"يعتقد", U"أرى", U"نرى",
                              U"حتما", U"المرجح", U"يتوقع", U"نتوقع", U"يحذر", U"قد", U"أتمنى", U"نأمل"})
      if (w == fold_literal(o)) return true;
  }
  return false;
}

bool carries_previous_source(const Document& d, std::size_t b, std::size_t e) {
  if (b >= e || !d.is_word(b)) return false;
  auto w = d.word(b);
  for (const char32_t* v : {U"وأضاف", U"وأضافت", U"وتابع", U"وتابعت", U"وأردف", U"واستطرد", U"وأوضح", U"وأوضحت",
                            U"وأشار", U"وأشارت", U"ولفت", U"ولفتت", U"مضيفا", U"مضيفة", U"وختم", U"وشدد", U"وأكد", U"وأكدت"})
    if (w == fold_literal(v)) {
      // no subject of its own: the next word is إن/أن, a comma, a dash or a quotation
      std::size_t k = b + 1;
      if (k >= e) return true;
      if (!d.is_word(k)) return true;
      auto x = d.word(k);
      for (const char32_t* c : {U"أن", U"إن", U"أنه", U"إنه", U"بأن", U"قائلا", U"في"})
        if (x == fold_literal(c)) return true;
      return false;
    }
  return false;
}

}  // namespace

void build_claims(const Document& d, const std::string& id_prefix, ArticleAnalysis& art) {
  std::optional<std::string> previous_source;
  int n = 0;
  for (const text::TokenRange& s : d.sentences) {
    std::size_t b = s.begin, e = s.end;
    // leave out the final full stop and other trailing punctuation
    while (e > b && d.tokens[e - 1].kind == text::TokenKind::punct && !d.is_punct(e - 1, '"') && !d.is_punct(e - 1, ')')) --e;
    while (b < e && d.tokens[b].kind == text::TokenKind::punct && !d.is_punct(b, '"') && !d.is_punct(b, '(')) ++b;
    if (b >= e) continue;
    std::uint32_t start = d.tokens[b].ob, end = d.tokens[e - 1].oe;
    std::size_t words = word_count(d, b, e);
    if (is_boilerplate_line(d, b, e)) { art.boilerplate.push_back({start, end}); continue; }
    Claim c;
    c.id = id_prefix + ":c" + std::to_string(++n);
    c.start = start;
    c.end = end;
    bool hard = false, attributed = false;
    std::size_t entities = 0;
    for (std::uint32_t k = 0; k < art.anchors.size(); ++k) {
      const Anchor& a = art.anchors[k];
      if (a.start < start || a.end > end) continue;
      c.anchors.push_back(k);
      if (a.type == AnchorType::attribution && !attributed) { c.attributed_to = a.canonical; attributed = true; }
      if (is_entity(a.type)) ++entities;
      else if (a.type != AnchorType::attribution) hard = true;
    }
    if (!attributed && carries_previous_source(d, b, e) && previous_source) c.attributed_to = previous_source;
    // a short line without a verb-like shape (a heading, a byline) is not check-worthy
    bool heading = d.tokens[b].newline_before && (e == d.size() || d.tokens[e].newline_before) && words <= 8 &&
                   !d.is_punct(s.end - 1, '.');
    if (b == 0 && words <= 4) heading = true;
    c.checkworthy = !heading && words >= 4 && (hard || entities > 0 || attributed) && !opinion(d, b, e);
    if (c.attributed_to) previous_source = c.attributed_to;
    else previous_source.reset();
    art.claims.push_back(std::move(c));
  }
}

}  // namespace isnad::analysis
