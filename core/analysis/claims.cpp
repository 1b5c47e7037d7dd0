// claims.cpp — the checkable statements of an article: one claim per sentence (the final full stop
// left out), boilerplate lines (sharing widgets, bylines, comment forms, sub-headings) set aside,
// each claim given its anchors, the source it is attributed to, and whether it is check-worthy.
// "وأضاف" / "وتابع" with no subject of their own carry the previous claim's source.
#include <algorithm>
#include <string>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "claims.h"

namespace isnad::analysis {

namespace {

using text::fold_literal;

constexpr const char* kCues = "claim_cues.txt";

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

// Sources whose statements are views, not facts: analysts, researchers, experts; "يرى" (holds that).
bool view_source(const Document& d, std::size_t b, std::size_t e) {
  static const WordSet& view_sources = word_set(kCues, "view_sources");
  for (std::size_t k = b; k < e; ++k) {
    if (!d.is_word(k)) continue;
    auto w = d.word(k);
    w = text::strip_proclitic(w, text::kConjunctions);
    if (contains(view_sources, w)) return true;
  }
  return false;
}

// Words of opinion, forecast and impression: such sentences are not check-worthy.
bool opinion(const Document& d, std::size_t b, std::size_t e) {
  static const WordSet& opinion_words = word_set(kCues, "opinion");
  if (view_source(d, b, e)) return true;
  for (std::size_t k = b; k < e; ++k) {
    if (!d.is_word(k)) continue;
    auto w = d.word(k);
    w = text::strip_proclitic(w, text::kConjunctions);
    if (contains(opinion_words, w)) return true;
  }
  return false;
}

// Words of the writer's own analysis: what something "reflects", "will mark", its "importance", the
// "challenges" ahead, a future "not clear". The outlet's unattributed sentences that use them and
// state no number, date or quote are commentary, not checkable claims.
bool analysis_prose(const Document& d, std::size_t b, std::size_t e) {
  static const WordSet& commentary = word_set(kCues, "commentary");
  for (std::size_t k = b; k < e; ++k) {
    if (!d.is_word(k)) continue;
    auto w = d.word(k);
    w = text::strip_proclitic(w, text::kConjunctions);
    if (contains(commentary, w)) return true;
    if (d.word(k) == fold_literal(U"واضح")) {   // "غير واضح" (its و is not a conjunction)
      std::size_t p = k;
      while (p > b && !d.is_word(p - 1) && !d.is_number(p - 1)) --p;
      if (p > b && d.word(p - 1) == fold_literal(U"غير")) return true;
    }
  }
  return false;
}

bool carries_previous_source(const Document& d, std::size_t b, std::size_t e) {
  static const WordSet& continuations = word_set(kCues, "continuations");
  static const WordSet& no_subject = word_set(kCues, "continuation_without_subject");
  if (b >= e || !d.is_word(b)) return false;
  auto w = d.word(b);
  if (!contains(continuations, w)) return false;
  // no subject of its own: the next word is إن/أن, a comma, a dash or a quotation
  const std::size_t k = b + 1;
  return k >= e || !d.is_word(k) || contains(no_subject, d.word(k));
}

// Words k and k + 1 as one phrase, a space between, as a set of claim_cues.txt holds a pair.
std::u32string pair_at(const Document& d, std::size_t k) {
  std::u32string p(d.word(k));
  p += U' ';
  p += d.word(k + 1);
  return p;
}

// A comma followed by one of these words starts a new, separately checkable clause:
// "…، يليه انسحاب …", "…، مشيرا إلى أن …", "…، فيما أشار …", "…، الذي تشكل في عام 2014".
bool clause_opener(const Document& d, std::size_t k) {
  static const WordSet& openers = word_set(kCues, "clause_openers");
  static const WordSet& pairs = word_set(kCues, "clause_opener_pairs");
  static const WordSet& second_statements = word_set(kCues, "second_statements");
  if (!d.is_word(k)) return false;
  auto w = d.word(k);
  return contains(openers, w) || contains(second_statements, w) || (d.is_word(k + 1) && contains(pairs, pair_at(d, k)));
}

// The verbal noun of a derived verb, second form تفعيل or fourth form إفعال ("تحويل", "توزيع", "إنهاء",
// "إرسال"), as folded: not an imperfect verb (تتفعّل: "تتميز"), a noun in ة or ه ("تقنية"), a word with the
// article ("الماء"), nor a plural أفعال or a verb ("أعضاء", "اختار"): the original writes إ.
bool verbal_noun(const Document& d, std::size_t k, std::u32string_view n) {
  if (n.size() != 5) return false;
  if (n[0] == U'\u062A') return n[3] == U'\u064A' && n[1] != U'\u062A' && n[4] != U'\u0647';   // ت__ي_, ة folded to ه
  if (n[0] != U'\u0627' || n[3] != U'\u0627' || n[1] == U'\u0644') return false;               // ا__ا_
  const text::Token& t = d.tokens[k];
  const std::uint32_t at = t.ob + static_cast<std::uint32_t>(d.word(k).size() - n.size());
  return at < t.oe && d.original[at] == U'\u0625';
}

// و and a verbal noun ("وتحويل", "وإنهاء"): a second action governed by the verb before it, unless the
// word before is a verbal noun too ("تطوير وتحسين": one action told twice).
bool coordinated_action(const Document& d, std::size_t k) {
  if (!d.is_word(k)) return false;
  const auto w = d.word(k);
  if (w.size() != 6 || w[0] != U'\u0648' || !verbal_noun(d, k, w.substr(1))) return false;
  return !(k > 0 && d.is_word(k - 1) && verbal_noun(d, k - 1, d.word(k - 1)));
}

// Whether tokens [b, e) hold the whole of a date or duration anchor.
bool has_time(const Document& d, const std::vector<Anchor>& anchors, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  const std::uint32_t start = d.tokens[b].ob, end = d.tokens[e - 1].oe;
  auto it = std::lower_bound(anchors.begin(), anchors.end(), start, [](const Anchor& a, std::uint32_t s) { return a.start < s; });
  for (; it != anchors.end() && it->start < end; ++it)
    if (it->end <= end && (it->type == AnchorType::date || it->type == AnchorType::duration)) return true;
  return false;
}

// Without a comma, a subordinate clause is its own claim only when it opens with one of these and
// carries a date or a number of its own: "… بعدما سيطر على مساحات شاسعة في 2014", "… يليه انسحاب
// البقية في 2026", "… من شأنه أن يؤدي إلى انسحاب مئات الجنود بحلول 2025".
bool bare_clause_opener(const Document& d, std::size_t k) {
  static const WordSet& openers = word_set(kCues, "bare_clause_openers");
  static const WordSet& pairs = word_set(kCues, "bare_clause_opener_pairs");
  if (!d.is_word(k)) return false;
  auto w = d.word(k);
  return contains(openers, w) || (d.is_word(k + 1) && contains(pairs, pair_at(d, k)));
}

// "… ستنتهي بحلول 2025 وسيكون هناك انتقال …": "and there will be", "and it will become" coordinate a
// second statement of its own, with or without a value.
bool future_clause_opener(const Document& d, std::size_t k) {
  static const WordSet& openers = word_set(kCues, "future_clause_openers");
  if (!d.is_word(k)) return false;
  const auto w = d.word(k);
  return contains(openers, w);
}

// Whether the words just before token k are a complementiser and its subject ("أن الاتفاق"): what
// follows is their predicate ("… أن الاتفاق من شأنه أن …"), not a clause of its own.
bool after_complementiser(const Document& d, std::size_t b, std::size_t k) {
  static const WordSet& complementisers = word_set(kCues, "complementisers");
  for (std::size_t back = 1; back <= 2 && k >= b + back; ++back) {
    if (!d.is_word(k - back)) continue;
    const auto w = d.word(k - back);
    if (contains(complementisers, w)) return true;
  }
  return false;
}

// Whether tokens [b, e) are an opener and then only a date or duration ("، بعد عام آخر"): a time
// adverbial of the clause before, not a clause of its own.
bool only_time_after_opener(const Document& d, const std::vector<Anchor>& anchors, std::size_t b, std::size_t e) {
  if (b + 1 >= e || word_count(d, b, e) > 4) return false;
  const std::uint32_t start = d.tokens[b + 1].ob, end = d.tokens[e - 1].oe;
  // anchors are sorted by start: the few starting at or before `start` are the only candidates
  auto it = std::upper_bound(anchors.begin(), anchors.end(), start, [](std::uint32_t s, const Anchor& a) { return s < a.start; });
  for (int n = 0; it != anchors.begin() && n < 4; ++n) {
    const Anchor& a = *--it;
    if ((a.type == AnchorType::date || a.type == AnchorType::duration) && a.end >= end) return true;
  }
  return false;
}

// "قبل تعليقها …", "بعد انسحابهم …": before or after an event of the sentence's own subject, named by a
// verbal noun with its pronoun; a second event, checkable of its own even without a value.
bool event_of_subject(const Document& d, std::size_t k) {
  if (!d.is_word(k) || !d.is_word(k + 1)) return false;
  static const WordSet& before_after = word_set(kCues, "before_after");
  if (!contains(before_after, d.word(k))) return false;
  const auto w = d.word(k + 1);
  if (w.size() < 6) return false;
  for (const char32_t* suffix : {U"ها", U"هم", U"هما"})
    if (w.size() > std::char_traits<char32_t>::length(suffix) && w.substr(w.size() - std::char_traits<char32_t>::length(suffix)) == suffix) return true;
  return false;
}

// Whether tokens [b, e) hold the whole of a date, duration, number or quantity anchor.
bool has_value(const Document& d, const std::vector<Anchor>& anchors, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  const std::uint32_t start = d.tokens[b].ob, end = d.tokens[e - 1].oe;
  auto it = std::lower_bound(anchors.begin(), anchors.end(), start, [](const Anchor& a, std::uint32_t s) { return a.start < s; });
  for (; it != anchors.end() && it->start < end; ++it)
    if (it->end <= end && (it->type == AnchorType::date || it->type == AnchorType::duration ||
                           it->type == AnchorType::number || it->type == AnchorType::quantity))
      return true;
  return false;
}

// The clauses of sentence [b, e): cut before a comma + opener when both sides keep three words, and
// before a bare opener when, besides, the clause it opens (up to the next cut) states a value; before
// a coordinated action (with a comma or not) when each side has a time of its own ("… الانسحاب في
// سبتمبر المقبل وإنهاء عمل التحالف بحلول سبتمبر 2025": two events, each checkable by its date).
std::vector<text::TokenRange> clauses(const Document& d, const std::vector<Anchor>& anchors, std::size_t b, std::size_t e) {
  std::vector<std::size_t> cuts;   // first token of each later clause
  for (std::size_t k = b + 1; k + 1 < e; ++k) {
    const bool comma = d.is_punct(k, ',') || d.is_punct(k, U'\u060C');
    if (comma && (clause_opener(d, k + 1) || coordinated_action(d, k + 1))) cuts.push_back(k + 1);
    else if (!comma && (d.is_word(k - 1) || d.is_number(k - 1)) && !after_complementiser(d, b, k) &&
             (bare_clause_opener(d, k) || event_of_subject(d, k) || future_clause_opener(d, k) || coordinated_action(d, k)))
      cuts.push_back(k);
  }
  std::vector<text::TokenRange> out;
  std::size_t start = b;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const std::size_t k = cuts[i];
    const bool comma = d.is_punct(k - 1, ',') || d.is_punct(k - 1, U'\u060C');
    const std::size_t clause_end = i + 1 < cuts.size() ? cuts[i + 1] : e;
    if (word_count(d, start, k) < 3 || word_count(d, k, e) < 3) continue;
    if (coordinated_action(d, k) && !(has_time(d, anchors, start, k) && has_time(d, anchors, k, clause_end))) continue;
    if (!comma && !event_of_subject(d, k) && !future_clause_opener(d, k) && !has_value(d, anchors, k, clause_end)) continue;
    if (comma && only_time_after_opener(d, anchors, k, clause_end)) continue;
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(comma ? k - 1 : k)});
    start = k;
  }
  out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e)});
  return out;
}

// Whether the unit opens with a question word (after و or ف): هل، كيف، لماذا، ماذا، متى، أين.
// (ما and من are also "what" and "from": left out.)
bool interrogative(const Document& d, std::size_t b) {
  if (!d.is_word(b)) return false;
  static const WordSet& words = word_set(kCues, "interrogatives");
  std::u32string_view w = d.word(b);
  auto is_one = [&](std::u32string_view x) { return contains(words, x); };
  return is_one(w) || is_one(text::strip_proclitic(w, text::kConjunctions, 2));
}

}  // namespace

void build_claims(const Document& d, const std::string& id_prefix, ArticleAnalysis& art) {
  std::optional<std::string> previous_source;
  std::vector<std::string> view_speakers;   // sources already heard giving views (analysts, experts)
  int n = 0;
  std::vector<text::TokenRange> units;
  std::vector<bool> continues;   // the unit is a later clause of the same sentence
  std::vector<bool> asked;       // the unit asks: the clause a question mark ends, or one opening with a question word
  for (const text::TokenRange& s : d.sentences) {
    std::size_t b = s.begin, e = s.end;
    bool question = false;
    while (e > b && d.tokens[e - 1].kind == text::TokenKind::punct && !d.is_punct(e - 1, '"') && !d.is_punct(e - 1, ')')) {
      question = question || d.is_punct(e - 1, U'\u061F') || d.is_punct(e - 1, '?');
      --e;
    }
    if (b >= e) continue;
    auto cl = clauses(d, art.anchors, b, e);
    for (std::size_t c = 0; c < cl.size(); ++c) {
      units.push_back(cl[c]);
      continues.push_back(c > 0);
      asked.push_back((question && c + 1 == cl.size()) || interrogative(d, cl[c].begin));   // "X happened, so why Y?"
    }
  }
  for (std::size_t u = 0; u < units.size(); ++u) {
    const text::TokenRange& s = units[u];
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
    // Anchors are sorted by start: only those starting inside the unit can lie inside it.
    const auto first = std::lower_bound(art.anchors.begin(), art.anchors.end(), start,
                                        [](const Anchor& a, std::uint32_t s) { return a.start < s; });
    for (auto k = static_cast<std::uint32_t>(first - art.anchors.begin()); k < art.anchors.size() && art.anchors[k].start < end; ++k) {
      const Anchor& a = art.anchors[k];
      if (a.end > end) continue;
      c.anchors.push_back(k);
      if (a.type == AnchorType::attribution && !attributed) { c.attributed_to = a.canonical; attributed = true; }
      if (is_entity(a.type)) ++entities;
      else if (a.type != AnchorType::attribution) hard = true;
    }
    if (!attributed && (continues[u] || carries_previous_source(d, b, e)) && previous_source) c.attributed_to = previous_source;
    // a short line without a verb-like shape (a heading, a byline) is not check-worthy
    bool heading = !continues[u] && d.tokens[b].newline_before && (e == d.size() || d.tokens[e].newline_before) && words <= 8;
    if (b == 0 && words <= 4) heading = true;
    bool view = opinion(d, b, e);
    if (c.attributed_to) {
      for (auto& v : view_speakers) view = view || v == *c.attributed_to;
      if (view_source(d, b, e)) view_speakers.push_back(*c.attributed_to);
    }
    if (!hard && !c.attributed_to && analysis_prose(d, b, e)) view = true;
    // a question asks; it states nothing to check ("كيف تقيمون الوضع في عدن؟", an interview's)
    c.checkworthy = !heading && words >= 4 && (hard || entities > 0 || c.attributed_to) && !view && !asked[u];
    if (c.attributed_to) previous_source = c.attributed_to;
    else if (!(u + 1 < units.size() && continues[u + 1])) previous_source.reset();
    art.claims.push_back(std::move(c));
  }
}

}  // namespace isnad::analysis
