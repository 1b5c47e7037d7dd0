// entities.cpp — people, places and organisations in one article:
//   1. gazetteer names (longest match, proclitics allowed: والعراق, لواشنطن, للعراق);
//   2. head-word patterns: "وزارة الخارجية العراقية", "محافظة الأنبار", "قاعدة حرير الجوية";
//      forces named by a nationality: "القوات الأمريكية", "الجيش العراقي";
//   3. people: a title or role followed by a name ("وزير الخارجية فؤاد حسين"), a role with a
//      nationality standing for its holder ("رئيس الوزراء العراقي");
//   4. the names the learned tagger finds (name_tagger.h) where the lists and roles took no word:
//      names no list knows ("فرهاد علاء الدين", "المتحدث باسم الجيش يحيى سريع"); before the
//      head-word patterns of 2, which otherwise run on into the sentence;
//   5. later mentions of a known person's family name, the tagger's one-word people among them.
// The span leaves out و/ب/ف/ك/ل unless ل fused with ال (للعراق is its own span), as the answer key does.
#include <string>
#include <unordered_map>

#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_classes.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include "recognizers.h"

namespace isnad::analysis {

namespace {

using text::fold;
using text::fold_literal;

std::uint32_t span_skip(const text::CliticStrip& s) { return s.restore_al ? s.conj : s.skip; }

bool starts_al(std::u32string_view w) { return w.size() > 2 && w[0] == U'\u0627' && w[1] == U'\u0644'; }

std::string utf8_of(const Document& d, std::uint32_t tb, std::uint32_t te, std::uint32_t skip) {
  Anchor a = make_anchor(d, AnchorType::place, tb, te, skip);
  return text::to_utf8(d.original.substr(a.start, a.end - a.start));
}

class EntityFinder {
 public:
  explicit EntityFinder(const Document& d) : d_(d), lx_(Lexicon::get()), taken_(d.size(), false) {}

  void run(const std::vector<NameSpan>& names, std::vector<Anchor>& out) {
    tagged_at_.assign(d_.size(), -1);
    for (std::size_t k = 0; k < names.size(); ++k)
      if (names[k].type != NameType::misc) tagged_at_[names[k].tb] = static_cast<int>(k);
    names_ = &names;
    for (std::size_t i = 0; i < d_.size();) {
      std::size_t next = at(i, out);
      i = next > i ? next : i + 1;
    }
    for (const NameSpan& n : names) tagged(n, out);
    family_names(out);
  }

 private:
  bool ok(std::size_t a, std::size_t b) const { return d_.same_sentence(a, b); }
  // "على" folds to "علي" (ى → ي): the preposition is not the given name
  bool is_ala(std::size_t j) const {
    if (j >= d_.size()) return false;
    const auto& t = d_.tokens[j];
    return t.oe > t.ob && (d_.original[t.oe - 1] == U'\u0649') && d_.word(j) == fold_literal(U"علي");
  }
  bool stop(std::size_t j) const {
    return !d_.is_word(j) || lx_.word(d_.word(j), kStopword) || lx_.word_clitics(d_.word(j), kReportVerb);
  }

  void emit(std::vector<Anchor>& out, AnchorType t, std::size_t tb, std::size_t te, std::uint32_t skip, std::string canonical) {
    Anchor a = make_anchor(d_, t, static_cast<std::uint32_t>(tb), static_cast<std::uint32_t>(te), skip);
    if (canonical.empty()) canonical = utf8_of(d_, static_cast<std::uint32_t>(tb), static_cast<std::uint32_t>(te), skip);
    a.canonical = canonical;
    for (std::size_t k = tb; k < te; ++k) taken_[k] = true;
    out.push_back(std::move(a));
  }

  // A name the tagger found, unless a rule already read one of its words. The tagger tags whole
  // tokens: a proclitic is left out of the span when the word without it is a known word and the
  // word as written is no known name ("وبغداد" → بغداد; "بلال" and "لبنان" stay whole).
  bool tagged(const NameSpan& n, std::vector<Anchor>& out) {
    if (n.type == NameType::misc) return false;
    for (std::size_t k = n.tb; k < n.te; ++k) if (taken_[k] || !d_.is_word(k)) return false;
    AnchorType t = n.type == NameType::person ? AnchorType::person : n.type == NameType::place ? AnchorType::place : AnchorType::organization;
    emit(out, t, n.tb, n.te, proclitic_of_name(n.tb), "");
    from_tagger_.push_back(out.size() - 1);
    return true;
  }

  std::uint32_t proclitic_of_name(std::size_t k) const {
    auto w = d_.word(k);
    if (lx_.word(w, kPlace | kOrganization | kPerson | kFirstName)) return 0;
    text::CliticStrip c[4];
    int n = text::clitic_candidates(w, c);
    std::u32string buf;
    const WordClasses& classes = WordClasses::get();
    for (int r = n - 1; r >= 1; --r) {
      auto stem = text::apply_strip(w, c[r], buf);
      if (lx_.word(stem, kPlace | kOrganization | kPerson | kFirstName) || classes.class_of(stem) >= 0) return span_skip(c[r]);
    }
    return 0;
  }

  // Returns the token after what was found at i (or i when nothing was).
  std::size_t at(std::size_t i, std::vector<Anchor>& out) {
    if (!d_.is_word(i) || taken_[i]) return i;
    LexMatch gm;
    bool gaz = lx_.longest_at(d_, i, kPlace | kOrganization | kPerson, &gm);
    std::size_t e = 0;
    // a role first: "رئيس الوزراء العراقي محمد شياع السوداني" (the name is the person mention)
    LexMatch tm;
    if (lx_.longest_at(d_, i, kTitle, &tm) && (!gaz || tm.words >= gm.words)) {
      if ((e = person_after_title(i, tm, out))) return e;
    }
    if (gaz) {
      std::size_t ge = i + gm.words;
      AnchorType t = gm.entry->kind & kPlace ? AnchorType::place : gm.entry->kind & kPerson ? AnchorType::person : AnchorType::organization;
      // a gazetteer name inside a longer head-word name ("جامعة بغداد") yields to it
      if ((e = headed(i, out, ge)) > ge) return e;
      LexMatch backer;
      std::size_t backer_at = 0, name_end = ge;
      if (t == AnchorType::organization) ge = backing(ge, &backer, &backer_at);
      emit(out, t, i, ge, span_skip(gm.strip), gm.entry->canonical);
      if (ge > name_end && backer.entry) {   // the backer is a mention of its own ("إيران")
        AnchorType bt = backer.entry->kind & kPlace ? AnchorType::place : AnchorType::organization;
        emit(out, bt, backer_at, backer_at + backer.words, span_skip(backer.strip), backer.entry->canonical);
      }
      // a known person inside an organisation's name ("إدارة ترامب") is a mention too
      if (t == AnchorType::organization)
        for (std::size_t k = i + 1; k < ge; ++k)
          if (const LexEntry* p = lx_.word(d_.word(k), kPerson)) emit(out, AnchorType::person, k, k + 1, 0, p->canonical);
      return ge;
    }
    // a name the tagger found here comes before the head-word rule (the given-name rule it replaced
    // read "فعلى سبيل المثال" as a person)
    if (tagged_at_[i] >= 0 && tagged((*names_)[tagged_at_[i]], out)) return (*names_)[tagged_at_[i]].te;
    if ((e = headed(i, out))) return e;
    return i;
  }

  // "… المدعومة من إيران", "… (موالية لإيران)": who backs an armed group belongs to its description.
  std::size_t backing(std::size_t e, LexMatch* backer, std::size_t* backer_at) const {
    std::size_t k = e;
    bool paren = d_.is_punct(k, '(');
    if (paren) ++k;
    auto backed = [&](std::size_t j) {
      if (!d_.is_word(j)) return false;
      auto w = d_.word(j);
      static const WordSet& words = word_set("entity_words.txt", "backed");
      return contains(words, w);
    };
    if (!paren && d_.is_word(k) && starts_al(d_.word(k)) && !backed(k) && backed(k + 1)) ++k;   // "الشيعية المدعومة"
    if (!backed(k) || !ok(e, k)) return e;
    ++k;
    if (d_.is_word(k) && (d_.word(k) == fold_literal(U"من") || d_.word(k) == fold_literal(U"ل"))) ++k;
    LexMatch m;
    if (!lx_.longest_at(d_, k, kPlace | kOrganization, &m)) return e;
    std::size_t at = k;
    k += m.words;
    if (paren) { if (!d_.is_punct(k, ')')) return e; ++k; }
    *backer = m;
    *backer_at = at;
    return k;
  }

  // Name words after position j: 1..4 words, no function words, the first without ال.
  std::size_t name_words(std::size_t j, std::size_t max_words = 4) const {
    LexMatch pm;
    if (lx_.longest_at(d_, j, kPerson, &pm) && pm.strip.skip == 0) return j + pm.words;
    if (is_ala(j)) return j;
    std::size_t k = j;
    while (k < d_.size() && k - j < max_words && d_.is_word(k) && ok(j, k) && !taken_[k] && !stop(k)) {
      auto w = d_.word(k);
      if (k == j && starts_al(w)) break;
      if (k == j && w.size() > 3 && (w.substr(0, 2) == U"\u0644\u0644" || starts_al(w.substr(1)))) break;   // للشؤون، بالـ…
      // a nisba after a name word is a family name (السوداني), not the nationality
      if (lx_.word(w, kTitle | kCountedNoun | kOrgHead | kPlaceHead) && !lx_.word(w, kFirstName)) break;
      if (lx_.word(w, kNationality) && (k == j || !starts_al(w))) break;
      if (k > j && lx_.word_clitics(w, kPlace | kOrganization) && !starts_al(w)) break;
      if (w.size() < 2) break;
      // a preposition, a noun and a pronoun ("بزواجه", "لمنصبه"): the words after the name
      if (k > j && w.size() > 4 && (w[0] == U'\u0628' || w[0] == U'\u0644' || w[0] == U'\u0643') &&
          (w.back() == U'\u0647' || w.substr(w.size() - 2) == fold_literal(U"ها") || w.substr(w.size() - 2) == fold_literal(U"هم")))
        break;
      ++k;
    }
    return k;
  }

  std::size_t person_after_title(std::size_t i, const LexMatch& tm, std::vector<Anchor>& out) {
    std::size_t k = i + tm.words;
    bool qualified = false;
    struct Piece { std::size_t b, e; const LexEntry* entry; };
    std::vector<Piece> complements;   // "وزارة الدفاع الأميركية" in "المتحدثة باسم وزارة الدفاع الأميركية"
    auto emit_complements = [&] {
      for (const Piece& p : complements) {
        AnchorType t = p.entry && (p.entry->kind & kPlace) ? AnchorType::place : AnchorType::organization;
        emit(out, t, p.b, p.e, 0, p.entry ? p.entry->canonical : std::string());
      }
    };
    // the role's complement: "باسم وزارة الدفاع الأميركية", "الخارجية", "العراقي", "رئيس الوزراء العراقي"
    for (int guard = 0; guard < 6 && k < d_.size() && ok(i, k); ++guard) {
      if (d_.is_word(k) && lx_.word(d_.word(k), kNationality)) { ++k; qualified = true; continue; }
      LexMatch m;
      if (lx_.longest_at(d_, k, kPlace | kOrganization, &m) && m.strip.skip == 0) {
        complements.push_back({k, k + m.words, m.entry});
        k += m.words; qualified = true; continue;
      }
      if (d_.is_word(k) && lx_.word(d_.word(k), kOrgHead)) {
        std::size_t h = k + 1;
        while (h < d_.size() && h - k < 4 && d_.is_word(h) && (starts_al(d_.word(h)) || lx_.word(d_.word(h), kNationality)) &&
               !stop(h) && !lx_.word(d_.word(h), kTitle)) ++h;
        if (h > k + 1) { complements.push_back({k, h, nullptr}); k = h; qualified = true; continue; }
      }
      break;
    }
    if (d_.is_punct(k, ',') || d_.is_punct(k, U'\u060C')) return 0;
    std::size_t ne = name_words(k);
    // where the tagger read a person's name here, it knows better where the name ends ("الدكتور هشام
    // الزهراني بأن …": the rule alone ran on into بأن), unless the list knows the name
    LexMatch listed;
    if (ne > k && tagged_at_[k] >= 0 && (*names_)[tagged_at_[k]].type == NameType::person &&
        !lx_.longest_at(d_, k, kPerson, &listed)) {
      std::size_t te = (*names_)[tagged_at_[k]].te;
      bool free = true;
      for (std::size_t t = k; t < te && free; ++t) free = !taken_[t] && d_.is_word(t);
      if (free) ne = te;
    }
    if (ne > k && (ne - k >= 2 || lx_.word(d_.word(k), kFirstName) || lx_.word(d_.word(k), kPerson) || tm.words >= 1)) {
      // one unknown word after a bare title is too weak unless the title is specific
      if (ne - k == 1 && !lx_.word(d_.word(k), kFirstName | kPerson) && tm.entry->words < 2 && !qualified) return 0;
      std::string canon;
      LexMatch pm;
      if (lx_.longest_at(d_, k, kPerson, &pm) && pm.words == ne - k) canon = pm.entry->canonical;
      for (std::size_t t = i; t < k; ++t) taken_[t] = true;   // the role is not another mention
      emit_complements();
      emit(out, AnchorType::person, k, ne, 0, canon);
      out.back().role = text::to_utf8(role_key(i, k));
      roles_[role_key(i, k)] = out.back().canonical;
      return ne;
    }
    // a role with a nationality stands for its holder: "رئيس الوزراء العراقي", "وزير الدفاع العراقي"
    if (qualified && tm.entry->words >= 1 && !lx_.word(d_.word(i + tm.words - 1), kOrgHead)) {
      auto key = role_key(i, k);
      auto it = roles_.find(key);
      emit(out, AnchorType::person, i, k, span_skip(tm.strip), it != roles_.end() ? it->second : std::string());
      out.back().role = text::to_utf8(key);
      out.back().by_role = it == roles_.end();
      std::vector<Anchor> inner;
      std::swap(inner, out);   // complements nest inside the role mention
      emit_complements();
      for (auto& a : out) inner.push_back(std::move(a));
      std::swap(inner, out);
      return k;
    }
    return 0;
  }

  std::u32string role_key(std::size_t b, std::size_t e) const {
    std::u32string s;
    for (std::size_t t = b; t < e; ++t) { if (t > b) s += U' '; s += d_.word(t); }
    return s;
  }

  // A word that may be a name the gazetteers do not know: not a function word, counted noun, title
  // or head, at least three letters, and not an adjective: a nisba (ـي, ـية), a word ending in ة
  // (after these heads, mostly a feminine adjective: "شركة ناشئة"; towns such as غزة are in the
  // gazetteer) or one of the commonest adjectives.
  bool proper_noun_like(std::size_t k) const {
    auto x = d_.word(k);
    if (x.size() < 3 || lx_.word(x, kStopword | kCountedNoun | kTitle | kOrgHead | kPlaceHead | kReportVerb | kNationality)) return false;
    if (x.back() == U'\u064a' || x.back() == U'\u0647') return false;   // ـي, and ة (folded to ه)
    // a preposition on a verbal noun or on ال: "لتمويل", "للتعليم", "لانتاج", "بالسيارات"
    if (x[0] == U'\u0644' && (x[1] == U'\u0644' || x[1] == U'\u062a' || x[1] == U'\u0627')) return false;
    if (starts_al(x.substr(1))) return false;
    if (x.size() > 4 && x.substr(x.size() - 2) == U"\u0627\u062a") return false;   // a plural in ـات: "مستحضرات"
    static const WordSet& adjectives = word_set("entity_words.txt", "common_adjectives");
    if (contains(adjectives, x)) return false;
    for (char32_t c : x) if (c < U'\u0621' || c > U'\u064a') return false;   // letters only
    return true;
  }

  // "وزارة الخارجية العراقية", "محافظة الأنبار", "القوات الأمريكية", "جامعة بيرزيت"
  std::size_t headed(std::size_t i, std::vector<Anchor>& out, std::size_t longer_than = 0) {
    text::CliticStrip st;
    auto w = d_.word(i);
    const LexEntry* oh = lx_.word_clitics(w, kOrgHead, &st);
    text::CliticStrip sp;
    const LexEntry* ph = oh ? nullptr : lx_.word_clitics(w, kPlaceHead, &sp);
    if (!oh && !ph) return 0;
    std::size_t k = i + 1;
    bool named = false, nation = false, unknown_name = false;
    std::size_t town_end = 0;   // after the head, a place or an unknown name: a municipality's town
    std::string town;           // its canonical name when the gazetteer knows it
    while (k < d_.size() && k - i <= 4 && ok(i, k) && d_.is_word(k) && !taken_[k] && !stop(k)) {
      auto x = d_.word(k);
      LexMatch m;
      if (lx_.longest_at(d_, k, kPlace | kOrganization | kPerson, &m) && m.strip.skip == 0) {
        if (k == i + 1 && (m.entry->kind & kPlace)) { town_end = k + m.words; town = m.entry->canonical; }
        k += m.words; named = true; continue;
      }
      if (lx_.word(x, kNationality)) { ++k; nation = true; continue; }
      // after an unknown name ("جامعة أكسفورد"), only a nationality or a known name goes on: any ال
      // word would run on into the sentence ("نادي يوفنتوس التقى", "… العريقة الأسبوع")
      if (starts_al(x) && !unknown_name && !lx_.word(x, kOrgHead | kPlaceHead | kTitle)) { ++k; continue; }
      if (k == i + 1 && ph && !lx_.word(x, kCountedNoun)) { ++k; named = true; continue; }   // "مدينة نابلس"
      // "بلدية طولكرم", "جامعة بيرزيت": a head that is usually followed by a proper noun
      if (k == i + 1 && oh && lx_.word(w.substr(st.skip), kNamedOrgHead) && proper_noun_like(k)) { town_end = ++k; named = unknown_name = true; continue; }
      break;
    }
    std::size_t n = k - i - 1;
    if (n == 0 || k <= longer_than) return 0;
    auto head_al = starts_al(w.substr(oh ? st.skip : sp.skip));
    if (oh) {
      // generic heads (القوات, الجيش, الحكومة) need a nationality or a named place/organisation
      bool generic = head_al || w.substr(st.skip) == fold_literal(U"قوات") || w.substr(st.skip) == fold_literal(U"حكومة");
      if (generic && !nation && !named) return 0;
      if (generic && named && !nation) return 0;   // "قوات التحالف": the mention is التحالف
      if (!generic && n == 0) return 0;
      emit(out, AnchorType::organization, i, k, span_skip(st), "");
      // A municipality is named by its town: "بلدية طولكرم" holds the place طولكرم.
      if (town_end && w.substr(st.skip) == fold_literal(U"بلدية")) emit(out, AnchorType::place, i + 1, town_end, 0, town);
    } else {
      if (head_al) return 0;
      emit(out, AnchorType::place, i, k, span_skip(sp), "");
    }
    return k;
  }

  // Later mentions of a person by family name ("السوداني", "للسوداني", "الوزان") in the same article.
  void family_names(std::vector<Anchor>& out) {
    std::unordered_map<std::u32string, std::string> last;
    for (const Anchor& a : out) {
      if (a.type != AnchorType::person || a.te - a.tb < 2 || a.by_role) continue;
      auto w = d_.word(a.te - 1);
      if (lx_.word(w, kTitle | kOrgHead | kStopword)) continue;
      if (w.size() >= 4) last[std::u32string(w)] = a.canonical;
    }
    if (last.empty()) return;
    std::u32string buf, key;
    auto known_as = [&](std::size_t i, int* reading) -> const std::string* {
      text::CliticStrip c[4];
      auto w = d_.word(i);
      int n = text::clitic_candidates(w, c);
      for (int k = 0; k < n; ++k) {
        auto st = text::apply_strip(w, c[k], buf);
        key.assign(st.begin(), st.end());
        auto it = last.find(key);
        if (it == last.end()) continue;
        *reading = span_skip(c[k]);
        return &it->second;
      }
      return nullptr;
    };
    // the tagger's one-word people: a known person's family name is that person ("الوزان")
    for (std::size_t k : from_tagger_) {
      Anchor& a = out[k];
      int skip = 0;
      const std::string* full = nullptr;
      if (a.type == AnchorType::person && a.te - a.tb == 1 && (full = known_as(a.tb, &skip))) {
        a.canonical = *full;
      }
    }
    for (std::size_t i = 0; i < d_.size(); ++i) {
      if (taken_[i] || !d_.is_word(i)) continue;
      int skip = 0;
      if (const std::string* full = known_as(i, &skip)) emit(out, AnchorType::person, i, i + 1, static_cast<std::uint32_t>(skip), *full);
    }
  }

  const Document& d_;
  const Lexicon& lx_;
  std::vector<bool> taken_;
  std::unordered_map<std::u32string, std::string> roles_;   // role words → the person named with them
  const std::vector<NameSpan>* names_ = nullptr;   // the tagger's names
  std::vector<int> tagged_at_;                     // token → the tagger's name that begins there, or -1
  std::vector<std::size_t> from_tagger_;           // the anchors in `out` that came from the tagger
};

}  // namespace

void find_entities(const Document& d, const std::vector<NameSpan>& names, std::vector<Anchor>& out) {
  std::vector<Anchor> found;
  EntityFinder(d).run(names, found);
  for (auto& a : found) out.push_back(std::move(a));
}

}  // namespace isnad::analysis
