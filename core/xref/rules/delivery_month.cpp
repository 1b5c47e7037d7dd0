// rules/delivery_month.cpp — a contract's delivery month names the contract, not a date of what happened.
#include "../relation_rules.h"
#include <algorithm>

namespace isnad::xref::detail {
namespace {

// The delivery word is the last word of the characters before the date.
constexpr std::size_t kLookbackChars = 40;

bool delivery_word(const std::u32string& w) {
  static const auto& words = word_set("delivery");
  return words.count(w) > 0;
}

// "عقود الذهب تسليم ديسمبر", "لتسليم كانون الأول": the date after a delivery word is no value.
void delivery_month(const ArticleText& article, ClaimFeatures& f) {
  f.values.erase(std::remove_if(f.values.begin(), f.values.end(), [&](const Value& v) {
    if (v.kind != Value::date || v.start > article.article.text.size()) return false;
    const auto before = words_before(article, v.start, kLookbackChars);
    return !before.empty() && delivery_word(before.back());
  }), f.values.end());
}

}  // namespace

const RelationRule kDeliveryMonth = [] {
  RelationRule r{"delivery month"};
  r.read = delivery_month;
  return r;
}();

}  // namespace isnad::xref::detail
