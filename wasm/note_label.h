// wasm/note_label.h — a cluster's note in the interface's language. core/xref writes the first
// difference of a cluster with a few English words between the values ("2025-09 vs 2026-12",
// "not stop vs stop", "all troop", "source: …"); the Arabic interface shows those words in Arabic
// (events and units by their first word in core/data). The values themselves are left as they are,
// each isolated left to right.
#pragma once
#include <algorithm>
#include <string>

#include "i18n.h"
#include "isnad/xref/xref.h"

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

// The words before a cluster's note: a disagreement's values are a dispute ("الخلاف"); in a cluster
// that agrees or partly overlaps, the note is a difference of detail or of source ("الفرق").
inline const char* note_heading(xref::Relation r) {
  return r == xref::Relation::disagree ? tr("الخلاف: ", "Differs: ") : tr("الفرق: ", "Difference: ");
}

inline std::string note_label(const std::string& note) {
  std::string out;
  std::size_t i = 0;
  while (i <= note.size()) {
    const std::size_t j = std::min(note.find(' ', i), note.size());
    const std::string word = note.substr(i, j - i);
    if (i) out += ' ';
    // in Arabic, a vague amount, or an event or a unit by its key ("stop", "troop"): its Arabic word
    static const std::string none;
    const bool ar = lang() == Lang::ar;
    const char* vague = ar ? vague_word_ar(word) : nullptr;
    const std::string& key_word = ar ? xref::note_word(word) : none;
    if (word == "vs") out += tr("مقابل", "vs");
    else if (word == "not") out += tr("لا", "not");
    else if (word == "all") out += tr("كل", "all");
    else if (word == "source:") out += tr("المصدر:", "source:");
    else if (word == "pending") out += tr("بانتظار", "pending");
    else if (vague) out += vague;
    else if (!key_word.empty()) out += key_word;
    // A value ("2025-09") after an Arabic word would have its digits read as Arabic numbers and the
    // hyphen as a neutral, showing "09-2025": each value is isolated left to right.
    else if (std::any_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) out += isolate_ltr(word);
    else out += word;
    i = j + 1;
  }
  return out;
}

}  // namespace isnad::web
