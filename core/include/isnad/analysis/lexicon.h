// isnad/analysis/lexicon.h — the gazetteers (core/data/*.txt) as one hash index of folded phrases.
//
// Built once from the embedded files. A phrase is looked up by a 64-bit hash of its folded words
// joined by single spaces, so matching at a token costs a few hash probes and no allocation. The
// first word of a phrase may carry proclitics (و ف ب ك ل, لل for ل + ال).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/analysis/document.h"
#include "isnad/text/stem.h"

namespace isnad::analysis {

enum LexKind : std::uint32_t {
  kPlace = 1u << 0, kOrganization = 1u << 1, kPerson = 1u << 2, kTitle = 1u << 3, kFirstName = 1u << 4,
  kReportVerb = 1u << 5, kCountedNoun = 1u << 6, kOrgHead = 1u << 7, kPlaceHead = 1u << 8, kStopword = 1u << 9,
  kBoilerplate = 1u << 10, kNationality = 1u << 11, kNamedOrgHead = 1u << 12,
};

struct LexEntry {
  std::uint32_t kind = 0;
  std::uint8_t words = 1;      // how many words the phrase has
  std::string canonical;       // UTF-8: the entity's canonical name, a unit, a nationality's place
  std::int32_t next = -1;      // next entry with the same phrase hash
};

struct LexMatch {
  const LexEntry* entry = nullptr;
  std::uint32_t words = 0;     // tokens covered, starting at the first
  text::CliticStrip strip;     // how the first token was read
};

class Lexicon {
 public:
  static const Lexicon& get();   // built on first use from the embedded data

  // The longest phrase of one of `kinds` starting at token i (not crossing sentence ends).
  bool longest_at(const Document& d, std::size_t i, std::uint32_t kinds, LexMatch* out) const;
  // The entry of `kinds` for one folded word (no clitic stripping), or nullptr.
  const LexEntry* word(std::u32string_view w, std::uint32_t kinds) const;
  // Same, trying the clitic readings of the word; *strip says which one matched.
  const LexEntry* word_clitics(std::u32string_view w, std::uint32_t kinds, text::CliticStrip* strip = nullptr) const;
  // Every kind of every clitic reading of the word, together (0 when the lists know none).
  std::uint32_t kinds_clitics(std::u32string_view w) const;

  void add(std::string_view phrase_utf8, std::uint32_t kind, std::string canonical);
  std::size_t size() const { return entries_.size(); }

 private:
  // A phrase hash: its first entry (-1 when none), and whether a longer phrase begins with it (so
  // longest_at stops extending as soon as no phrase can match: one probe per word, mostly one word).
  struct Head { std::int32_t first = -1; bool prefix = false; };
  const LexEntry* find(std::uint64_t hash, std::uint32_t kinds) const;
  const LexEntry* first_of(const Head& head, std::uint32_t kinds) const;
  // Phrase hash → Head, by open addressing (the hashes are FNV-1a already; load at most one half):
  // probed for every word of every article, where std::unordered_map's nodes cost a cache miss each.
  struct Slot { std::uint64_t hash = 0; Head head; bool used = false; };
  const Head* head_of(std::uint64_t hash) const;
  Head& head_at(std::uint64_t hash);   // inserted when missing
  std::size_t slot_of(std::uint64_t hash) const;
  std::vector<LexEntry> entries_;
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
  std::uint32_t max_words_ = 1;
};

// FNV-1a over code points; phrases hash their words joined by ' '.
inline std::uint64_t hash_step(std::uint64_t h, char32_t c) { return (h ^ static_cast<std::uint64_t>(c)) * 1099511628211ull; }
constexpr std::uint64_t kHashSeed = 1469598103934665603ull;
inline std::uint64_t hash_append(std::uint64_t h, std::u32string_view s) { for (char32_t c : s) h = hash_step(h, c); return h; }

}  // namespace isnad::analysis
