// wasm/value_label.h — an anchor's normalised value as a reader reads it, in the interface language:
// "2500 جندي (نحو)", "2026-12 (بحلول، حُسب من تاريخ المقال)", "المتكلم: رويترز", read from the typed
// value (isnad/analysis/value.h). A name keeps its
// canonical form ("محمد شياع السوداني" for "السوداني"); a quote has no value of its own.
#pragma once
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "i18n.h"
#include "isnad/analysis/analysis.h"
#include "isnad/xref/xref.h"
#include "reader/reader_model.h"   // note_word: the words come with the analysis
#include "note_label.h"

namespace isnad::web {

inline std::string value_number(double v) {
  char b[48];
  if (std::isfinite(v) && std::fabs(v) < 1e15 && std::fabs(v - std::round(v)) < 1e-9) std::snprintf(b, sizeof b, "%.0f", v);
  else std::snprintf(b, sizeof b, "%g", v);
  return b;
}

// The words core/analysis writes for a bound, a preposition of time or a part of a period.
inline const char* value_word(const std::string& w) {
  if (w == "by") return tr("بحلول", "by");
  if (w == "in") return tr("في", "in");
  if (w == "since") return tr("منذ", "since");
  if (w == "from") return tr("من", "from");
  if (w == "after") return tr("بعد", "after");
  if (w == "before") return tr("قبل", "before");
  if (w == "within") return tr("خلال", "within");
  if (w == "until") return tr("حتى", "until");
  if (w == "about") return tr("نحو", "about");
  if (w == "at least") return tr("على الأقل", "at least");
  if (w == "more than") return tr("أكثر من", "more than");
  if (w == "less than") return tr("أقل من", "less than");
  if (w == "end") return tr("نهاية", "end");
  if (w == "start") return tr("بداية", "start");
  if (w == "middle") return tr("منتصف", "middle");
  return nullptr;
}

// A unit of time after a count: Arabic's singular for 1 and 11 up, dual for 2, plural for 3 to 10
// ("سنة واحدة", "سنتان", "3 سنوات", "15 سنة"); English's singular or plural.
inline std::string duration_unit(char unit, double n) {
  static const char* const ar[][3] = {{"سنة", "سنتان", "سنوات"}, {"شهر", "شهران", "أشهر"}, {"أسبوع", "أسبوعان", "أسابيع"},
                                      {"يوم", "يومان", "أيام"}, {"ساعة", "ساعتان", "ساعات"},
                                      {"دقيقة", "دقيقتان", "دقائق"}};
  static const char* const en[][2] = {{"year", "years"}, {"month", "months"}, {"week", "weeks"}, {"day", "days"}, {"hour", "hours"}, {"minute", "minutes"}};
  const int k = unit == 'Y' ? 0 : unit == 'M' ? 1 : unit == 'W' ? 2 : unit == 'D' ? 3 : unit == 'H' ? 4 : unit == 'I' ? 5 : -1;
  if (k < 0) return {};
  if (lang() == Lang::en) return en[k][n == 1 ? 0 : 1];
  return ar[k][n == 2 ? 1 : (n >= 3 && n <= 10) ? 2 : 0];
}

// The English plural of a unit key of core/data ("troop" → "troops", "casualty" → "casualties").
inline std::string english_plural(const std::string& unit) {
  if (unit == "person") return "people";
  if (unit == "child") return "children";
  if (unit == "woman") return "women";
  if (unit == "money" || unit == "measure") return unit;
  if (unit.size() > 1 && unit.back() == 'y') return unit.substr(0, unit.size() - 1) + "ies";
  return unit + "s";
}

// The words in parentheses after a value.
class ValueNotes {
 public:
  void add(const std::string& w) {
    if (w.empty()) return;
    notes_ += (notes_.empty() ? "" : tr("، ", ", ")) + w;
  }
  void word(const std::string& key) { if (const char* w = value_word(key)) add(w); }
  std::string after(const std::string& main) const { return notes_.empty() ? main : main + " (" + notes_ + ")"; }

 private:
  std::string notes_;
};

inline std::string date_label(const analysis::DateValue& v) {
  ValueNotes notes;
  const std::string main = v.resolved() ? isolate_ltr(v.iso) : std::string(tr("تاريخ نسبي لم يُحدَّد", "a relative date, not resolved"));
  notes.word(v.part);
  notes.word(v.qualifier);
  if (v.year_assumed) notes.add(tr("السنة مفترضة من تاريخ المقال", "year assumed from the article's date"));
  else if (v.from_article_date) notes.add(tr("حُسب من تاريخ المقال", "resolved from the article's date"));
  return notes.after(main);
}

inline std::string duration_label(const analysis::DurationValue& v) {
  ValueNotes notes;
  std::string main = v.vague() ? std::string(tr("عدة", "several")) : isolate_ltr(std::to_string(v.amount));
  main += " " + duration_unit(v.unit, v.vague() ? 3 : v.amount);
  notes.word(v.qualifier);
  return notes.after(main);
}

inline std::string count_label(const analysis::CountValue& v) {
  ValueNotes notes;
  std::string main;
  if (v.vague.empty()) {
    main = isolate_ltr(value_number(v.number));
  } else {
    const char* vague = lang() == Lang::ar ? vague_word_ar(v.vague) : nullptr;
    main = vague ? vague : v.vague;
    if (v.range_min > 0 && v.range_max > 0) notes.add(isolate_ltr(value_number(v.range_min) + "–" + value_number(v.range_max)));
  }
  if (v.unit == "percent") main += "%";
  else if (!v.unit.empty()) {
    const std::string& ar = note_word(v.unit);
    const bool one = v.vague.empty() && v.number == 1;
    main += " " + (lang() == Lang::ar && !ar.empty() ? ar : one ? v.unit : english_plural(v.unit));
  }
  if (!v.nationality.empty()) main += " " + v.nationality;
  notes.word(v.qualifier);
  if (v.ambiguous) notes.add(tr("مثنى أو جمع بلا تشكيل: اثنان، أو عدد لم يُذكر", "dual or plural, unvocalised: two, or an unsaid number"));
  if (v.ordinal) notes.add(tr("ترتيبي", "ordinal"));
  return notes.after(main);
}

inline std::string value_label(const analysis::Anchor& a) {
  using analysis::AnchorType;
  if (analysis::is_entity(a.type)) return a.canonical == a.text ? std::string() : a.canonical;
  if (a.type == AnchorType::attribution) return a.canonical.empty() ? std::string() : std::string(tr("المتكلم: ", "Speaker: ")) + a.canonical;
  if (const auto* d = std::get_if<analysis::DateValue>(&a.value); d && a.type == AnchorType::date) return date_label(*d);
  if (const auto* d = std::get_if<analysis::DurationValue>(&a.value); d && a.type == AnchorType::duration) return duration_label(*d);
  if (const auto* c = std::get_if<analysis::CountValue>(&a.value)) return count_label(*c);
  return {};
}

}  // namespace isnad::web
