// rules/since_record.cpp — a record's "since" is its own slot.
#include "../relation_rules.h"
#include <string>
#include <unordered_map>
#include "isnad/text/stem.h"

namespace isnad::xref::detail {
namespace {

// How far back a superlative is looked for: the words of the characters before the date, the last few.
constexpr std::size_t kLookbackChars = 60, kLookbackWords = 5;

// The record a "since" date belongs to, from a superlative among the few words before it ("أدنى
// مستوى له منذ", "أكبر هبوط منذ"), or null.
const char* record_before(const ArticleText& article, std::size_t at) {
  static const std::unordered_map<std::u32string, const char*> records = [] {
    std::unordered_map<std::u32string, const char*> m;
    for (const char* r : {"low", "high", "big", "worst", "best", "fast", "slow", "long", "strong", "weak"})
      for (const auto& w : word_set((std::string("record_") + r).c_str())) m.emplace(w, r);
    return m;
  }();
  const auto words = words_before(article, at, kLookbackChars);
  for (std::size_t k = 0; k < words.size() && k < kLookbackWords; ++k) {
    const std::u32string& w = words[words.size() - 1 - k];
    if (auto it = records.find(w); it != records.end()) return it->second;
    if (auto it = records.find(std::u32string(text::strip_proclitic(w, U"\u0648\u0628"))); it != records.end())   // وأدنى، بأعلى
      return it->second;
  }
  return nullptr;
}

// The lowest level since January and the highest since April are two facts: a since-date after a
// superlative gets the record's slot ("since low", "since high", …).
void since_record(const ArticleText& article, ClaimFeatures& f) {
  for (auto& v : f.values)
    if (v.kind == Value::date && v.slot == "since" && v.start <= article.article.text.size())
      if (const char* r = record_before(article, v.start)) v.slot += std::string(" ") + r;
}

}  // namespace

const RelationRule kSinceRecord = [] {
  RelationRule r{"since record"};
  r.read = since_record;
  return r;
}();

}  // namespace isnad::xref::detail
