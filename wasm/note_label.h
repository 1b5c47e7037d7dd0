// wasm/note_label.h — a cluster's differences in the interface's language. core/xref gives each
// difference as data (xref::Difference: what differs, each side's value or stance); the Arabic
// interface words it in Arabic (events and units by their first word in core/data), the values left
// as they are, each isolated left to right.
#pragma once
#include <algorithm>
#include <string>

#include "i18n.h"
#include "isnad/xref/xref.h"
#include "reader/reader_model.h"   // note_word: the words come with the analysis

namespace isnad::web {

// The vague amounts of core/analysis's number reader, in Arabic.
inline const char* vague_word_ar(const std::string& w) {
  if (w == "hundreds") return "مئات";
  if (w == "tens") return "عشرات";
  if (w == "thousands") return "آلاف";
  if (w == "millions") return "ملايين";
  if (w == "several") return "عدة";
  if (w == "few") return "بضعة";
  if (w == "some") return "بعض";
  return nullptr;
}

// A field difference's side ("political economic", keys of core/xref's kFieldNames) in the interface's
// language: "سياسي، اقتصادي" / "political economic" (English as core/xref writes the note).
inline std::string field_words(const std::string& keys) {
  static const std::pair<const char*, const char*> arabic[] = {
      {"political", "سياسي"}, {"economic", "اقتصادي"}, {"cultural", "ثقافي"},  {"security", "أمني"},    {"military", "عسكري"},
      {"trade", "تجاري"},     {"investment", "استثماري"}, {"science", "علمي"}, {"education", "تعليمي"}, {"health", "صحي"},
      {"tourism", "سياحي"},   {"agriculture", "زراعي"}, {"sport", "رياضي"},   {"energy", "طاقة"}};
  std::string out, key;
  auto flush = [&] {
    if (key.empty()) return;
    const char* word = key.c_str();
    for (const auto& [k, ar] : arabic)
      if (key == k && lang() == Lang::ar) word = ar;
    out += (out.empty() ? "" : tr("، ", " ")) + std::string(word);
    key.clear();
  };
  for (char ch : keys) {
    if (ch == ' ') flush();
    else key += ch;
  }
  flush();
  return out;
}

// The words before a cluster's note: a disagreement's values are a dispute ("الخلاف"); in a cluster
// that agrees or partly overlaps, the note is a difference of detail or of source ("الفرق").
inline const char* note_heading(xref::Relation r) {
  if (r == xref::Relation::updated) return tr("تحديث: ", "Updated: ");
  return r == xref::Relation::disagree ? tr("الخلاف: ", "Differs: ") : tr("الفرق: ", "Difference: ");
}

// One term of a difference in the interface's language: a vague amount ("hundreds"), or an event or a
// unit by its key ("stop", "troop"), in Arabic by its first word in core/data; a value ("2025-09",
// "2+") isolated left to right; else as it is.
inline std::string note_term(const std::string& word) {
  static const std::string none;
  const bool ar = lang() == Lang::ar;
  const char* vague = ar ? vague_word_ar(word) : nullptr;
  const std::string& key_word = ar ? note_word(word) : none;
  if (word == "all") return tr("كل", "all");
  if (vague) return vague;
  if (!key_word.empty()) return key_word;
  // A value ("2025-09") after an Arabic word would have its digits read as Arabic numbers and the
  // hyphen as a neutral, showing "09-2025": each value is isolated left to right.
  if (std::any_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return isolate_ltr(word);
  return word;
}

// A difference in the interface's language, from its parts: "2025-09 مقابل 2026-12", "لا توقف مقابل
// توقف", "2+ جندي مقابل 2 جندي", "بانتظار موافقة مقابل موافقة", "المصدر: … مقابل …".
inline std::string difference_label(const xref::Difference& d) {
  using Slot = xref::Difference::Slot;
  using Stance = xref::Difference::Stance;
  auto side = [&](const std::string& value, Stance stance) -> std::string {
    switch (d.slot) {
      case Slot::count: return note_term(value) + " " + note_term(d.subject);
      case Slot::event:
        return (stance == Stance::denies   ? std::string(tr("لا", "not")) + " "
                : stance == Stance::awaits ? std::string(tr("بانتظار", "pending")) + " "
                                           : std::string()) +
               note_term(d.subject);
      case Slot::source: return value;   // the article's own words
      case Slot::field: return field_words(value);
      case Slot::date:
      case Slot::duration: break;
    }
    return note_term(value);
  };
  if (d.kind == xref::Difference::Kind::update) {   // "25 قتيل (2015-06-26) ثم 27 قتيل (2015-06-27)", the earlier first
    const bool a_first = d.a_day <= d.b_day;
    auto dated = [&](const std::string& v, const std::string& day) { return side(v, Stance::states) + " (" + isolate_ltr(day) + ")"; };
    return a_first ? dated(d.value_a, d.a_day) + " " + tr("ثم", "then") + " " + dated(d.value_b, d.b_day)
                   : dated(d.value_b, d.b_day) + " " + tr("ثم", "then") + " " + dated(d.value_a, d.a_day);
  }
  const std::string head = d.slot == Slot::source  ? std::string(tr("المصدر:", "source:")) + " "
                           : d.slot == Slot::field ? std::string(tr("المجالات:", "fields:")) + " "
                                                   : std::string();
  return head + side(d.value_a, d.stance_a) + " " + tr("مقابل", "vs") + " " + side(d.value_b, d.stance_b);
}

// A cluster's first difference (the one xref::Cluster::note describes), or "" when it has none.
inline std::string cluster_note_label(const xref::Cluster& k) {
  return k.differences.empty() ? std::string() : difference_label(k.differences.front());
}

}  // namespace isnad::web
