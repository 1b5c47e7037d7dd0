// attributions.cpp — the phrase that names who says something:
//   a reporting verb and its subject, up to the complementiser: "وقالت وزارة الخارجية العراقية"
//   (… إن), "ونقلت الوكالة عن فرهاد علاء الدين، مستشار …" (… أن), "قال مسؤول أمريكي كبير";
//   a prepositional source: "بحسب ما ورد", "وفقا لمسؤولين أميركيين", "نقلا عن وكالة الأنباء".
// The value names the speaker: the first entity inside the phrase, else the words after the verb.
#include <algorithm>
#include <string>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"
#include "recognizers.h"

namespace isnad::analysis {

namespace {

// The sets of core/data/attribution_words.txt (what each is for is written there), folded.
struct Words {
  static const WordSet& set(const char* name) { return word_set("attribution_words.txt", name); }
  const WordSet& complementisers = set("complementisers");
  const WordSet& short_subject_enders = set("short_subject_enders");
  const WordSet& lead_adverbs = set("lead_adverbs");
  const WordSet& subject_words = set("subject_words");
  const WordSet& source_nouns = set("source_nouns");
  const WordSet& according_to = set("according_to");
  const WordSet& according_to_glued = set("according_to_glued");
  const WordSet& quoting = set("quoting");
  const WordSet& on = set("on");
  const WordSet& tongue = set("tongue");
  const WordSet& via = set("via");
  const WordSet& what = set("what");
  const WordSet& source_stopwords = set("source_stopwords");
};

const Words& words() {
  static const Words w;
  return w;
}

bool in(std::u32string_view w, const WordSet& set) { return contains(set, w); }

bool complementiser(std::u32string_view w) { return in(w, words().complementisers); }

bool lead_adverb(std::u32string_view w) { return in(w, words().lead_adverbs); }

bool clause_punct(const Document& d, std::size_t k) {
  return d.is_punct(k, ',') || d.is_punct(k, U'\u060C') || d.is_punct(k, '.') || d.is_punct(k, ':') || d.is_punct(k, ';') ||
         d.is_punct(k, U'\u061B') || d.is_punct(k, '(') || d.is_punct(k, ')');
}

// The entity anchors sorted by first token, so that each question below looks at a few of them,
// not at every anchor of the article (a 10 MB article has hundreds of thousands).
struct Entities {
  std::vector<const Anchor*> by_tb;
  explicit Entities(const std::vector<Anchor>& anchors) {
    for (const Anchor& a : anchors) if (is_entity(a.type)) by_tb.push_back(&a);
    std::stable_sort(by_tb.begin(), by_tb.end(), [](const Anchor* x, const Anchor* y) { return x->tb < y->tb; });
  }
  // Entities whose first token lies in [from, to).
  template <class F> void starting_in(std::size_t from, std::size_t to, F&& f) const {
    auto it = std::lower_bound(by_tb.begin(), by_tb.end(), from, [](const Anchor* a, std::size_t v) { return a->tb < v; });
    for (; it != by_tb.end() && (*it)->tb < to; ++it) if (f(**it)) return;
  }
};
constexpr std::size_t kLongestEntity = 32;   // tokens: a window wide enough for any name or role

std::string speaker_of(const Document& d, std::size_t b, std::size_t e, const Entities& ents) {
  std::string found;
  ents.starting_in(b, e, [&](const Anchor& a) { if (a.te <= e) { found = a.canonical; return true; } return false; });
  if (!found.empty()) return found;
  if (b >= e) return "";
  Anchor s = make_anchor(d, AnchorType::attribution, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
  return text::to_utf8(d.original.substr(s.start, s.end - s.start));
}

// Without a complementiser ("أكد وزير الدفاع العراقي التوصل إلى …") the source is the noun phrase
// after the verb: entity mentions, roles, nationality adjectives and words that name sources.
std::size_t subject_end(const Document& d, std::size_t b, const Entities& ents) {
  const Lexicon& lx = Lexicon::get();
  std::size_t k = b;
  while (k < d.size() && d.same_sentence(b, k) && k - b < 10) {
    bool covered = false;
    ents.starting_in(k > kLongestEntity ? k - kLongestEntity : 0, k + 1, [&](const Anchor& a) {
      if (k < a.te) { covered = true; k = a.te; return true; }
      return false;
    });
    if (covered) continue;
    if (!d.is_word(k)) break;
    auto w = d.word(k);
    LexMatch tm;
    if (lx.longest_at(d, k, kTitle, &tm) && tm.strip.skip == 0) { k += tm.words; continue; }
    if (lx.word(w, kTitle | kNationality) || lx.word_clitics(w, kCountedNoun) || in(w, words().subject_words)) { ++k; continue; }
    break;
  }
  return k > b ? k : 0;
}

// A prepositional source must name one: an entity, a role, or a word such as مصادر/تقرير/بيان.
bool names_source(const Document& d, std::size_t b, std::size_t e, const Entities& ents) {
  bool named = false;
  ents.starting_in(b, e, [&](const Anchor& a) {
    named = a.type == AnchorType::person || a.type == AnchorType::organization;
    return named;
  });
  if (named) return true;
  const Lexicon& lx = Lexicon::get();
  for (std::size_t k = b; k < e; ++k) {
    if (!d.is_word(k)) continue;
    auto w = d.word(k);
    if (in(w, words().what)) return true;
    if (lx.word_clitics(w, kTitle | kNationality)) return true;
    text::CliticStrip st;
    if (const LexEntry* u = lx.word_clitics(w, kCountedNoun, &st))
      if (u->canonical == "official" || u->canonical == "source") return true;
    const std::u32string_view s = text::strip_proclitic(w, U"\u0644\u0628");   // ل ب
    if (in(s, words().source_nouns)) return true;
  }
  return false;
}

// After a reporting verb at i, where its subject ends: at the complementiser, a colon or a quotation
// mark (or subject_end's noun phrase when none comes soon); 0 when none.
std::size_t verb_subject_end(const Document& d, std::size_t i, const Entities& ents) {
  std::size_t k = i + 1, end = 0;
  bool said_an = false, via = false;
  for (; k < d.size() && k - i <= 20 && d.same_sentence(i, k); ++k) {
    if (d.is_word(k) && complementiser(d.word(k))) {
      // "ويحذر خبراء من أن": من/على end a short subject only
      if (in(d.word(k), words().short_subject_enders)) { if (k > i + 1 && k - i <= 4) end = k; break; }
      end = k; said_an = true; break;
    }
    if (d.is_word(k) && in(d.word(k), words().via)) via = true;
    if (d.is_punct(k, ':') || d.is_punct(k, '"')) {
      if (d.is_punct(k, '"')) {   // a quoted name ("رويترز") continues the subject; a quotation ends it
        bool name = false;
        ents.starting_in(k > kLongestEntity ? k - kLongestEntity : 0, k + 2, [&](const Anchor& a) {
          name = a.tb == k + 1 || a.te == k;
          return name;
        });
        if (name) continue;
      }
      end = k; said_an = true; break;
    }
    if (clause_punct(d, k)) {
      // "ونقلت الوكالة عن فلان، مستشار …": an apposition after the source continues it
      if (via || k == i + 1 || (d.is_word(k + 1) && in(d.word(k + 1), words().via))) continue;
      end = k;
      if (d.is_word(k + 1) && complementiser(d.word(k + 1))) said_an = true;
      break;
    }
  }
  if (!end || (!said_an && end - i > 6)) end = subject_end(d, i + 1, ents);
  return end;
}

void push_attribution(const Document& d, std::size_t b, std::size_t e, std::size_t speaker_b, const Entities& ents,
                      std::vector<Anchor>& out) {
  Anchor a = make_anchor(d, AnchorType::attribution, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
  std::string speaker = speaker_of(d, speaker_b, e, ents);
  a.canonical = speaker;
  out.push_back(std::move(a));
}

// A reporting verb at i and its subject ("وقال مسؤول أميركي إن …"); the anchor's end, or 0.
std::size_t verb_attribution(const Document& d, std::size_t i, const Entities& ents, std::vector<Anchor>& out) {
  const std::size_t end = verb_subject_end(d, i, ents);
  if (!end || end <= i + 1) return 0;
  std::size_t b = i;
  if (i > 0 && d.is_word(i - 1) && d.same_sentence(i - 1, i) && lead_adverb(d.word(i - 1))) b = i - 1;
  std::size_t e = end;
  while (e > i + 1 && (clause_punct(d, e - 1) || d.is_punct(e - 1, '-'))) --e;
  push_attribution(d, b, e, i + 1, ents, out);
  return e;
}

// A prepositional source at i ("بحسب رويترز", "نقلا عن …", "على لسان …"); the anchor's end, or 0.
std::size_t prepositional_source(const Document& d, std::size_t i, const Entities& ents, std::vector<Anchor>& out) {
  const Lexicon& lx = Lexicon::get();
  const std::u32string_view w = d.word(i);
  const std::u32string_view ws = text::strip_proclitic(w, text::kConjunctions);
  std::size_t k = 0;
  if (in(w, words().according_to)) k = i + 1;
  else if (in(ws, words().quoting) && d.is_word(i + 1) && in(d.word(i + 1), words().via)) k = i + 2;
  else if (ws.size() > 4 && in(ws.substr(0, 5), words().according_to_glued)) k = i;
  else if (in(ws, words().on) && d.is_word(i + 1) && in(d.word(i + 1), words().tongue)) k = i + 2;
  if (!k) return 0;
  std::size_t e = k;
  for (; e < d.size() && e - k < 8 && d.same_sentence(i, e); ++e) {
    if (clause_punct(d, e)) break;
    if (d.is_punct(e, '"')) continue;
    if (!d.is_word(e)) break;
    auto x = d.word(e);
    if (e == k && in(x, words().what) && d.is_word(e + 1)) { ++e; continue; }    // "بحسب ما ورد"
    if (lx.word(x, kStopword) && !in(x, words().source_stopwords)) break;
  }
  if (e <= k || !names_source(d, k, e, ents)) return 0;
  push_attribution(d, i, e, k, ents, out);
  return e;
}

}  // namespace

void find_attributions(const Document& d, const std::vector<Anchor>& anchors, std::vector<Anchor>& out) {
  const Lexicon& lx = Lexicon::get();
  const Entities ents(anchors);
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!d.is_word(i)) continue;
    text::CliticStrip st;
    if (lx.word_clitics(d.word(i), kReportVerb, &st) && st.skip == st.conj && !st.restore_al) {
      if (const std::size_t e = verb_attribution(d, i, ents, out)) i = e - 1;
      continue;
    }
    if (const std::size_t e = prepositional_source(d, i, ents, out)) i = e - 1;
  }
}

}  // namespace isnad::analysis
