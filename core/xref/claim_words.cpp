#include "claim_words.h"

#include <string>
#include <unordered_set>

#include "isnad/analysis/lexicon.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"

namespace isnad::xref::detail {
namespace {

using WordSet = std::unordered_set<std::u32string>;

// "concept|word|word…" files by light stem, and by the folded word as written (verb forms the
// stemmer keeps).
std::unordered_map<std::u32string, std::u32string> concept_map(const char* file) {
  std::unordered_map<std::u32string, std::u32string> m;
  for_each_data_line(file, [&](const std::vector<std::string>& p) {
    const std::u32string id = std::u32string(1, kConceptTag) + text::decode_utf8(p[0]).text;
    for (std::size_t i = 1; i < p.size(); ++i) {
      if (p[i][0] == '!') {   // "!بيانات": a form that is not the concept (data, not a statement)
        m[folded(p[i].substr(1))] = std::u32string();
        continue;
      }
      const std::u32string w = folded(p[i]);
      m.emplace(w, id);
      m.emplace(std::u32string(text::light_stem(w)), id);
    }
  });
  return m;
}

// The words the reader looks for (core/data/claim_words.txt: what each set does), folded.
struct Words {
  const WordSet& negations = word_set("negations");
  const WordSet& awaiting = word_set("awaiting");
  const WordSet& done = word_set("done");
  const WordSet& function_words = word_set("function_words");
  const WordSet& prepositions = word_set("prepositions");
  const WordSet& light_verbs = word_set("light_verbs");
  const WordSet& copulas = word_set("copulas");
  const WordSet& there = word_set("there");
  const WordSet& as_for = word_set("as_for");
  const WordSet& concerns = word_set("concerns");
  const WordSet& while_ = word_set("while");
  const WordSet& conditions = word_set("conditions");
  const WordSet& purposes = word_set("purposes");
  const WordSet& purpose_negations = word_set("purpose_negations");
  const WordSet& la = word_set("la");
  const WordSet& still = word_set("still");
  const WordSet& degree = word_set("degree");
  const WordSet& about = word_set("about");
  const WordSet& below = word_set("below");
  const WordSet& levels = word_set("levels");
  const WordSet& relations = word_set("relations");
};

// A field word ("سياسية", "والاقتصادية", "الأمن") as its bit of ClaimFeatures::fields, or 0: the word as
// written, without و/ف, then without ال as well.
std::uint16_t field_bit(const std::u32string& w) {
  static const auto bits = [] {
    std::unordered_map<std::u32string, std::uint16_t> m;
    for (std::size_t i = 0; i < kFieldNames.size(); ++i)
      for (const auto& f : word_set((std::string("field_") + kFieldNames[i]).c_str())) m.emplace(f, static_cast<std::uint16_t>(1u << i));
    return m;
  }();
  static const std::u32string al = text::fold(U"ال");
  std::u32string_view v(w);
  for (int pass = 0; pass < 3; ++pass) {
    if (const auto it = bits.find(std::u32string(v)); it != bits.end()) return it->second;
    if (pass == 0) v = text::strip_proclitic(v, text::kConjunctions);
    else if (v.substr(0, al.size()) == al) v.remove_prefix(al.size());
    else break;
  }
  return 0;
}

// How many words after a word of relation ("علاقات", "التعاون", "المجالات"), or after a field word of
// its list, a field is looked for: "علاقات ثنائية شاملة مع دول التحالف سياسية واقتصادية".
constexpr int kFieldReach = 6;

const Words& words() {
  static const Words w;
  return w;
}

// A status word, or one with و before it (وحاز).
bool status_word(const std::u32string& w, const WordSet& set) {
  return set.count(w) > 0 || set.count(std::u32string(text::strip_proclitic(w, U"\u0648"))) > 0;
}

constexpr int kFar = 99;   // "no such word lately"

// The claim's words, one at a time, with how far back the words that change their reading were.
class Reader {
 public:
  Reader(const Options& opt, ClaimFeatures& f) : opt_(opt), f_(f) {}

  void word(std::u32string w) {
    const std::u32string before = std::move(previous_);
    previous_ = w;
    field(w);
    widen_negation(w);
    if (restriction(w, before)) return;
    if (!words().prepositions.count(w)) advance();
    if (words().negations.count(w)) { negation(w, before); return; }
    if (cancels_negation(w)) return;
    if (words().about.count(w)) since_topic_ = 0;
    if (status_word(w, words().awaiting)) since_pending_ = 0;
    else if (status_word(w, words().done)) since_done_ = 0;
    drop_accusative_alif(w);
    const std::u32string stem(text::light_stem(w));
    // "لم يتراجعا بنفس المقدار": a negation of degree ("not by as much"), not a denial
    if (!just_negated_.empty() && words().degree.count(w)) f_.negated.erase(just_negated_);
    just_negated_.clear();
    polar(w, stem);
    if (!event(w, stem)) content(w, stem);
  }

  // An attribution phrase: a negation before a report verb ("والتي لا تؤكد بعد على الإعفاء") does not
  // reach past it.
  void left_out() { since_negation_ = kFar; }

 private:
  bool negated() const { return since_negation_ <= negation_scope_; }
  bool hypothetical() const { return since_hypothetical_ <= 1; }   // neither stated nor denied

  // A negation reaches the word after it ("لم تتوقف"), one more through a light verb ("لم يتم
  // الانسحاب"), none through a copula ("لم يكن بيان") unless "there" follows ("لم يكن هناك اتفاق").
  void widen_negation(const std::u32string& w) {
    if (since_negation_ == 0 && words().light_verbs.count(w)) negation_scope_ = 2;
    if (since_negation_ == 0 && words().copulas.count(w)) negation_scope_ = 0;
    if (since_negation_ == 1 && negation_scope_ == 0 && words().there.count(w)) negation_scope_ = 3;
  }

  // The fields a relation or cooperation covers: field words among the few after a word of relation.
  void field(const std::u32string& w) {
    if (words().relations.count(w) || words().relations.count(std::u32string(text::strip_proclitic(w, text::kProclitics)))) {
      since_relation_ = 0;
      return;
    }
    if (++since_relation_ > kFieldReach) return;
    if (const auto bit = field_bit(w)) {
      f_.fields |= bit;
      since_relation_ = 0;   // a list of fields goes on: "سياسية واقتصادية وثقافية وأمنية وعسكرية"
    }
  }

  // "بالنسبة إلى X", "فيما يخص X": the next two content words are what the claim is said of alone.
  bool restriction(const std::u32string& w, const std::u32string& before) {
    if (!words().as_for.count(w) && !(words().while_.count(before) && words().concerns.count(w))) return false;
    restrict_left_ = opt_.restricted_words;
    return true;
  }

  void advance() {
    ++since_negation_;
    ++since_hypothetical_;
    ++since_topic_;
    ++since_pending_;
    ++since_done_;
  }

  // A negation word. In a condition or a purpose it states nothing, either way: "إذا لم تطلق
  // الحكومة", "في حال لم", "ما لم"; "كي لا يؤيد رفع الفائدة", "كيلا", "لئلا". A negation reaches the
  // word after it ("لم تتوقف", "بدون زيادة"), not through a verb of its own: "لا يهدد الحوار" does not
  // deny talks.
  void negation(const std::u32string& w, const std::u32string& before) {
    if (words().conditions.count(before) || words().purposes.count(before) || words().purpose_negations.count(w)) {
      since_hypothetical_ = 0;
      return;
    }
    since_negation_ = 0;
    ++f_.negations;
    negation_scope_ = 1;
    la_ = words().la.count(w) > 0;
    below_ = words().below.count(w) > 0;
  }

  // "دون أعلى مستوى", "دون 50 دولارا" (below), and "لا يزال" (still): no negation. True when the word
  // is spent ("يزال").
  bool cancels_negation(const std::u32string& w) {
    if (since_negation_ == 1 && below_ && (text::is_digit(w[0]) || words().levels.count(w))) {
      since_negation_ = kFar;
      --f_.negations;
    }
    if (since_negation_ == 1 && la_ && words().still.count(w)) {
      since_negation_ = kFar;
      --f_.negations;
      return true;
    }
    return false;
  }

  // A polar concept (فاز / خسر): stated, denied, or named as a topic; not a term.
  void polar(const std::u32string& w, const std::u32string& stem) {
    auto pw = polar_words().find(w);
    if (pw == polar_words().end()) pw = polar_words().find(stem);
    if (pw == polar_words().end() || pw->second.empty() || hypothetical()) return;   // "" : a form listed as not it
    (negated() ? f_.negated : f_.concepts).insert(pw->second);
    if (negated()) just_negated_ = pw->second;
    else if (since_topic_ <= opt_.topic_reach) f_.topics.insert(pw->second);
    f_.polar.insert(pw->second);
  }

  // An event concept: a term, stated or denied, maybe a topic, maybe awaited or done. False when the
  // word is none.
  bool event(const std::u32string& w, const std::u32string& stem) {
    auto c = concepts().find(w);
    if (c == concepts().end())   // وأعلى: and higher
      if (auto x = concepts().find(std::u32string(text::strip_proclitic(w, text::kConjunctions))); x != concepts().end() && x->second.empty())
        c = x;
    if (c == concepts().end()) c = concepts().find(stem);
    if (c == concepts().end() || c->second.empty()) return false;
    f_.terms[c->second] += 1;
    if (!hypothetical()) (negated() ? f_.negated : f_.concepts).insert(c->second);
    if (!hypothetical() && negated()) just_negated_ = c->second;
    if (since_topic_ <= opt_.topic_reach && !negated()) f_.topics.insert(c->second);
    // "يحتاج إلى الموافقة" (awaits it), "حاز على موافقة" (has it): the event's status
    if (!negated()) {
      if (since_pending_ <= opt_.status_reach) f_.pending.insert(c->second);
      else if (since_done_ <= opt_.status_reach) f_.done.insert(c->second);
    }
    return true;
  }

  // A nationality adjective as its country, else a content word as its light stem.
  void content(const std::u32string& w, const std::u32string& stem) {
    const auto& lex = analysis::Lexicon::get();
    if (const auto* nat = lex.word_clitics(w, analysis::kNationality)) {
      f_.terms[std::u32string(1, kEntityTag) + folded(nat->canonical)] += opt_.nationality_weight;
      return;
    }
    if (w.size() < 2 || stem.size() < 2 || words().function_words.count(w) || words().function_words.count(stem) ||
        lex.word(w, analysis::kStopword))
      return;
    f_.terms[stem] += 1;
    if (restrict_left_ > 0) {
      f_.restricted.insert(stem);
      --restrict_left_;
    }
  }

  const Options& opt_;
  ClaimFeatures& f_;
  std::u32string previous_;            // the word before, folded
  std::u32string just_negated_;        // the concept the word before negated
  int since_negation_ = kFar, negation_scope_ = 1;
  int since_hypothetical_ = kFar;      // words since a negation in a condition or purpose
  int since_topic_ = kFar;             // words since "بشأن", "حول", "طلب"
  int since_pending_ = kFar, since_done_ = kFar;   // since "needs / awaits", since "obtained / was done"
  int restrict_left_ = 0;              // words still to take after "بالنسبة إلى"
  int since_relation_ = kFar;          // words since "علاقات", "شراكة", "التعاون", "المجالات"
  bool la_ = false;                    // the last negation was لا
  bool below_ = false;                 // the last negation was دون
};

}  // namespace

// The alif of an indefinite accusative (اتفاقاً، انسحاباً، هجوماً, written with or without its
// tanween) is no part of the word: "اتفاقا" is "اتفاق". Not after ا ه ن و ي ء, where a final alif is
// mostly a suffix of its own (عنها، توصلنا، قالوا) or the word's (رسميا، سوريا، أنباء).
void drop_accusative_alif(std::u32string& w) {
  if (w.size() < 5 || w.back() != U'\u0627') return;
  const char32_t before = w[w.size() - 2];
  if (std::u32string_view(U"\u0627\u0647\u0646\u0648\u064A\u0621\u0649").find(before) != std::u32string_view::npos) return;
  w.pop_back();
}

const std::unordered_map<std::u32string, std::u32string>& concepts() {
  static const auto map = concept_map("concepts.txt");
  return map;
}

const std::unordered_map<std::u32string, std::u32string>& polar_words() {
  static const auto map = concept_map("polar_words.txt");
  return map;
}

void read_claim_words(std::u32string_view folded_text, const Options& opt, ClaimFeatures& f) {
  Reader reader(opt, f);
  std::u32string word;
  for (char32_t c : folded_text) {
    if (text::is_arabic_letter(c) || text::is_digit(c) || (c >= U'a' && c <= U'z')) {
      word.push_back(c);
    } else if (!word.empty()) {
      reader.word(std::move(word));
      word.clear();
    }
    if (c == kLeftOut) reader.left_out();
  }
  if (!word.empty()) reader.word(std::move(word));
}

}  // namespace isnad::xref::detail
