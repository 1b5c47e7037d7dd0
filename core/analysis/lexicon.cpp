// lexicon.cpp — loading the embedded gazetteers and matching their phrases at a token.
#include "isnad/analysis/lexicon.h"

#include <algorithm>

#include <string>

#include "isnad/analysis/embedded_data.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls fn(fields) for every non-comment line, fields split on '|'.
template <class Fn>
void each_line(const char* file, Fn fn) {
  std::string_view all = embedded_data(file);
  while (!all.empty()) {
    auto nl = all.find('\n');
    std::string_view line = all.substr(0, nl);
    all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    while (true) {
      auto bar = line.find('|');
      fields.push_back(trim(line.substr(0, bar)));
      if (bar == std::string_view::npos) break;
      line = line.substr(bar + 1);
    }
    fn(fields);
  }
}

void load_names(Lexicon& lx, const char* file, std::uint32_t kind) {
  each_line(file, [&](const std::vector<std::string_view>& f) {
    for (auto v : f) lx.add(v, kind, std::string(f[0]));
  });
}

void load_words(Lexicon& lx, const char* file, std::uint32_t kind) {
  each_line(file, [&](const std::vector<std::string_view>& f) {
    for (auto v : f) lx.add(v, kind, std::string(f[0]));
  });
}

// Nationality adjectives: the masculine form, then ال, feminine, plural and dual forms.
void load_nationalities(Lexicon& lx) {
  each_line("nationalities.txt", [&](const std::vector<std::string_view>& f) {
    for (std::size_t i = 1; i < f.size(); ++i) {
      std::string a(f[i]);
      for (const char* suffix : {"", "ة", "ون", "ين", "ان", "تان", "تين"}) {
        lx.add(a + suffix, kNationality, std::string(f[0]));
        lx.add("ال" + a + suffix, kNationality, std::string(f[0]));
      }
      lx.add(a.substr(0, a.size() - 2) + "ين", kNationality, std::string(f[0]));   // الامريكين (common misspelling)
    }
  });
}

Lexicon build() {
  Lexicon lx;
  load_names(lx, "places.txt", kPlace);
  load_names(lx, "organizations.txt", kOrganization);
  load_names(lx, "persons.txt", kPerson);
  load_words(lx, "titles.txt", kTitle);
  load_words(lx, "first_names.txt", kFirstName);
  load_words(lx, "report_verbs.txt", kReportVerb);
  each_line("counted_nouns.txt", [&](const std::vector<std::string_view>& f) {
    for (std::size_t i = 1; i < f.size(); ++i) lx.add(f[i], kCountedNoun, std::string(f[0]));
  });
  load_words(lx, "org_heads.txt", kOrgHead);
  load_words(lx, "org_heads_named.txt", kNamedOrgHead);
  load_words(lx, "place_heads.txt", kPlaceHead);
  load_words(lx, "stopwords.txt", kStopword);
  load_words(lx, "boilerplate.txt", kBoilerplate);
  load_nationalities(lx);
  return lx;
}

// The hash of a clitic reading of w, as of its stem's text (apply_strip), without building it.
std::uint64_t reading_hash(std::u32string_view w, const text::CliticStrip& c) {
  const std::uint64_t h = c.restore_al ? hash_step(kHashSeed, U'\u0627') : kHashSeed;
  return hash_append(h, w.substr(c.skip < w.size() ? c.skip : w.size()));
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon lx = build();
  return lx;
}

void Lexicon::add(std::string_view phrase, std::uint32_t kind, std::string canonical) {
  std::u32string folded = text::fold(text::decode_utf8(phrase).text);
  std::uint64_t h = kHashSeed;
  std::uint32_t words = 0;
  bool in_word = false;
  std::vector<std::uint64_t> prefixes;   // the hashes of the phrase's first 1, 2, … words
  for (char32_t c : folded) {
    if (c == ' ') { in_word = false; continue; }
    if (!in_word) { if (words) { prefixes.push_back(h); h = hash_step(h, ' '); } ++words; in_word = true; }
    h = hash_step(h, c);
  }
  if (!words) return;
  for (std::uint64_t p : prefixes) head_at(p).prefix = true;
  Head& head = head_at(h);
  // the same phrase of the same kind once only
  for (std::int32_t e = head.first; e >= 0; e = entries_[e].next)
    if (entries_[e].kind == kind) return;
  LexEntry en;
  en.kind = kind;
  en.words = static_cast<std::uint8_t>(words);
  en.canonical = std::move(canonical);
  en.next = head.first;
  entries_.push_back(std::move(en));
  head.first = static_cast<std::int32_t>(entries_.size() - 1);
  if (words > max_words_) max_words_ = words;
}

const LexEntry* Lexicon::first_of(const Head& head, std::uint32_t kinds) const {
  for (std::int32_t e = head.first; e >= 0; e = entries_[e].next)
    if (entries_[e].kind & kinds) return &entries_[e];
  return nullptr;
}

std::size_t Lexicon::slot_of(std::uint64_t h) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = static_cast<std::size_t>(h ^ (h >> 29)) & mask;
  while (slots_[i].used && slots_[i].hash != h) i = (i + 1) & mask;
  return i;
}

const Lexicon::Head* Lexicon::head_of(std::uint64_t h) const {
  if (slots_.empty()) return nullptr;
  const Slot& s = slots_[slot_of(h)];
  return s.used ? &s.head : nullptr;
}

Lexicon::Head& Lexicon::head_at(std::uint64_t h) {
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old(std::max<std::size_t>(1024, slots_.size() * 2));
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.used) slots_[slot_of(s.hash)] = s;
  }
  Slot& s = slots_[slot_of(h)];
  if (!s.used) { s.used = true; s.hash = h; ++used_; }
  return s.head;
}

const LexEntry* Lexicon::find(std::uint64_t h, std::uint32_t kinds) const {
  const Head* head = head_of(h);
  return head ? first_of(*head, kinds) : nullptr;
}

const LexEntry* Lexicon::word(std::u32string_view w, std::uint32_t kinds) const {
  return find(hash_append(kHashSeed, w), kinds);
}

const LexEntry* Lexicon::word_clitics(std::u32string_view w, std::uint32_t kinds, text::CliticStrip* strip) const {
  text::CliticStrip c[4];
  int n = text::clitic_candidates(w, c);
  for (int k = 0; k < n; ++k) {
    if (const LexEntry* e = find(reading_hash(w, c[k]), kinds)) {
      if (strip) *strip = c[k];
      return e;
    }
  }
  return nullptr;
}

std::uint32_t Lexicon::kinds_clitics(std::u32string_view w) const {
  text::CliticStrip c[4];
  int n = text::clitic_candidates(w, c);
  std::uint32_t kinds = 0;
  for (int k = 0; k < n; ++k)
    if (const Head* head = head_of(reading_hash(w, c[k])))
      for (std::int32_t e = head->first; e >= 0; e = entries_[e].next) kinds |= entries_[e].kind;
  return kinds;
}

bool Lexicon::longest_at(const Document& d, std::size_t i, std::uint32_t kinds, LexMatch* out) const {
  if (!d.is_word(i)) return false;
  text::CliticStrip c[4];
  std::u32string_view w0 = d.word(i);
  int n = text::clitic_candidates(w0, c);
  bool found = false;
  for (int k = 0; k < n; ++k) {
    std::uint64_t h = reading_hash(w0, c[k]);
    for (std::size_t j = i; j < d.size() && j - i < max_words_; ++j) {
      if (j > i) {
        if ((!d.is_word(j) && !d.is_number(j)) || !d.same_sentence(i, j)) break;
        h = hash_append(hash_step(h, ' '), d.word(j));
      }
      const Head* head = head_of(h);
      if (!head) break;   // no phrase is, or begins with, these words
      if (const LexEntry* e = first_of(*head, kinds)) {
        auto len = static_cast<std::uint32_t>(j - i + 1);
        if (!found || len > out->words) { *out = LexMatch{e, len, c[k]}; found = true; }
      }
      if (!head->prefix) break;
    }
  }
  return found;
}

}  // namespace isnad::analysis
