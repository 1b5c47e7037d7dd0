// find.cpp — query words, clitic-aware word matching, and the search itself (see search.h).
#include <algorithm>

#include "isnad/search/search.h"

namespace isnad::search {
namespace {

constexpr char32_t kWaw = U'\u0648', kFa = U'\u0641', kBa = U'\u0628', kKaf = U'\u0643', kLam = U'\u0644',
                   kAlef = U'\u0627', kHeh = U'\u0647', kTeh = U'\u062A';

bool starts_with(std::u32string_view w, std::u32string_view p) { return w.size() >= p.size() && w.substr(0, p.size()) == p; }

// Endings a word may carry after the query word (folded: ة is ه): pronouns, plurals, duals, the
// accusative alef. Not the nisba (ـية ـيون): الانسحابية is another word than الانسحاب.
bool allowed_suffix(std::u32string_view s) {
  static const std::u32string_view kSuffixes[] = {
      U"", U"ه", U"ها", U"هم", U"هما", U"هن", U"ك", U"كم", U"كما", U"نا", U"ي", U"ا", U"ات", U"ان",
      U"ين", U"ون"};
  for (auto x : kSuffixes) if (s == x) return true;
  return false;
}

// Does `rest` (the word after its proclitics) begin with `core` and end in an allowed suffix?
bool matches_after_prefix(std::u32string_view rest, std::u32string_view core) {
  if (starts_with(rest, core) && allowed_suffix(rest.substr(core.size()))) return true;
  // ة becomes ت before a suffix: حكومة → حكومتها.
  if (core.size() >= 2 && core.back() == kHeh && rest.size() > core.size() &&
      rest.substr(0, core.size() - 1) == core.substr(0, core.size() - 1) && rest[core.size() - 1] == kTeh) {
    const std::u32string_view s = rest.substr(core.size());
    return !s.empty() && allowed_suffix(s);
  }
  return false;
}

}  // namespace

bool word_matches(std::u32string_view word, std::u32string_view core) {
  if (core.empty() || word.size() < core.size()) return false;
  // Proclitics, in their order: a conjunction, a preposition, the article; or ل fused with ال (لل).
  std::size_t c = 0;
  for (int conj = 0; conj < 2; ++conj) {
    if (conj == 1) {
      if (word.empty() || (word[0] != kWaw && word[0] != kFa)) break;
      c = 1;
    }
    const std::u32string_view after_conj = word.substr(c);
    for (int prep = 0; prep < 2; ++prep) {
      std::size_t p = 0;
      if (prep == 1) {
        if (after_conj.empty() || (after_conj[0] != kBa && after_conj[0] != kKaf && after_conj[0] != kLam)) break;
        p = 1;
      }
      const std::u32string_view after_prep = after_conj.substr(p);
      if (matches_after_prefix(after_prep, core)) return true;
      if (starts_with(after_prep, U"ال") && matches_after_prefix(after_prep.substr(2), core)) return true;
    }
    if (starts_with(after_conj, U"لل") && matches_after_prefix(after_conj.substr(2), core)) return true;
  }
  return false;
}

std::vector<std::u32string> query_words(std::u32string_view query) {
  const SearchText q = fold_for_search(query);
  std::vector<std::u32string> out;
  for (const auto& w : q.words) {
    std::u32string_view s = std::u32string_view(q.text).substr(w.begin, w.end - w.begin);
    // A conjunction comes off only in front of the article (وزير keeps its و).
    if (s.size() > 3 && (s[0] == kWaw || s[0] == kFa) && (starts_with(s.substr(1), U"ال") || starts_with(s.substr(1), U"لل") ||
                                                         starts_with(s.substr(1), U"بال") || starts_with(s.substr(1), U"كال")))
      s.remove_prefix(1);
    if ((starts_with(s, U"بال") || starts_with(s, U"كال")) && s.size() >= 6) s.remove_prefix(3);
    else if ((starts_with(s, U"ال") || starts_with(s, U"لل")) && s.size() >= 5) s.remove_prefix(2);
    out.emplace_back(s);
  }
  (void)kAlef;
  return out;
}

std::vector<Hit> find(const Index& index, std::u32string_view query, std::size_t limit) {
  std::vector<Hit> hits;
  const std::vector<std::u32string> cores = query_words(query);
  if (cores.empty()) return hits;
  for (std::size_t a = 0; a < index.articles.size() && hits.size() < limit; ++a) {
    const SearchText& t = index.articles[a];
    const std::u32string_view text(t.text);
    for (std::size_t i = 0; i + cores.size() <= t.words.size() && hits.size() < limit; ++i) {
      bool ok = true;
      for (std::size_t k = 0; k < cores.size() && ok; ++k) {
        const auto& w = t.words[i + k];
        ok = word_matches(text.substr(w.begin, w.end - w.begin), cores[k]);
      }
      if (!ok) continue;
      const std::uint32_t b = t.words[i].begin, e = t.words[i + cores.size() - 1].end;
      // The end maps past the last letter's own diacritics, never before its start.
      hits.push_back({a, t.to_orig[b], std::max(t.to_orig[e], t.to_orig[e - 1] + 1)});
    }
  }
  return hits;
}

}  // namespace isnad::search
