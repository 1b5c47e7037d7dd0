// quotes.cpp — direct quotations: the words between “…”, «…» or "…" (the marks left out).
// Quotation marks around a name (“الواشنطن بوست”, "رويترز", a short title after صحيفة/وكالة/بـ)
// do not make a quote.
#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "recognizers.h"

namespace isnad::analysis {

namespace {

enum class Mark { none, open, close, both };

Mark mark_of(char32_t c) {
  switch (c) {
    case U'\u201C': case U'\u00AB': case U'\u201E': case U'\u2039': return Mark::open;
    case U'\u201D': case U'\u00BB': case U'\u203A': return Mark::close;
    case U'"': case U'\u2033': case U'\uFF02': return Mark::both;
    default: return Mark::none;
  }
}

// A word in front of the marks that says the quoted words are a name.
bool naming_word_before(const Document& d, std::size_t i) {
  if (i == 0 || !d.is_word(i - 1)) return false;
  static const WordSet& names = word_set("entity_words.txt", "quote_names");
  const auto w = d.word(i - 1);
  return contains(names, w) || (!w.empty() && contains(names, w.substr(1)));
}

}  // namespace

void find_quotes(const Document& d, const std::vector<Anchor>& entities, std::vector<Anchor>& out) {
  const Lexicon& lx = Lexicon::get();
  std::size_t open = d.size();   // token index of the pending opening mark
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (d.tokens[i].kind != text::TokenKind::punct) continue;
    Mark m = mark_of(d.original[d.tokens[i].ob]);
    if (m == Mark::none) continue;
    if (open < d.size() && d.tokens[i].newline_before) open = d.size();   // never across paragraphs
    bool pending = open < d.size();
    if (m == Mark::open || (m == Mark::both && !pending)) { open = i; continue; }
    if (!pending) continue;   // a closing mark with no opening one (kept as it is in the source)
    std::size_t b = open + 1, e = i;
    open = d.size();
    if (b >= e) continue;
    std::size_t words = 0;
    for (std::size_t k = b; k < e; ++k) words += d.is_word(k) || d.is_number(k);
    if (words == 0) continue;
    // a whole name between the marks
    LexMatch lm;
    if (lx.longest_at(d, b, kPlace | kOrganization | kPerson, &lm) && b + lm.words == e) continue;
    bool entity_only = false;
    for (const Anchor& a : entities)
      if (a.tb == b && a.te == e) entity_only = true;
    if (entity_only) continue;
    if (words <= 4 && naming_word_before(d, b - 1)) continue;
    Anchor a = make_anchor(d, AnchorType::quote, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
    out.push_back(std::move(a));
  }
}

}  // namespace isnad::analysis
