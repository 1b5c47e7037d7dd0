// wasm/value_label.h — an anchor's normalised value as a reader reads it, in the interface language:
// "2500 جندي (نحو)", "2026-12 (بحلول، حُسب من تاريخ المقال)", "المتكلم: رويترز", rather than the
// JSON core/analysis writes ({"qualifier":"about","unit":"troop","value":2500}). A name keeps its
// canonical form ("محمد شياع السوداني" for "السوداني"); a quote has no value of its own.
#pragma once
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

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
                                      {"يوم", "يومان", "أيام"}, {"ساعة", "ساعتان", "ساعات"}};
  static const char* const en[][2] = {{"year", "years"}, {"month", "months"}, {"week", "weeks"}, {"day", "days"}, {"hour", "hours"}};
  const int k = unit == 'Y' ? 0 : unit == 'M' ? 1 : unit == 'W' ? 2 : unit == 'D' ? 3 : unit == 'H' ? 4 : -1;
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

inline std::string value_label(const analysis::Anchor& a) {
  const nlohmann::json& v = a.value;
  if (v.is_string()) return v.get<std::string>() == a.text ? std::string() : v.get<std::string>();
  if (!v.is_object() || v.empty()) return {};
  auto str = [&](const char* k) { return v.contains(k) && v[k].is_string() ? v[k].get<std::string>() : std::string(); };
  std::string notes;   // the words in parentheses
  auto note = [&](const std::string& w) {
    if (w.empty()) return;
    notes += (notes.empty() ? "" : tr("، ", ", ")) + w;
  };
  auto word = [&](const std::string& key) { if (const char* w = value_word(key)) note(w); };
  std::string main;
  switch (a.type) {
    case analysis::AnchorType::attribution:
      return str("speaker").empty() ? std::string() : std::string(tr("المتكلم: ", "Speaker: ")) + str("speaker");
    case analysis::AnchorType::date:
      if (!str("value").empty()) main = isolate_ltr(str("value"));
      else main = tr("تاريخ نسبي لم يُحدَّد", "a relative date, not resolved");
      word(str("part"));
      word(str("qualifier"));
      if (a.value.value("year_assumed", false)) note(tr("السنة مفترضة من تاريخ المقال", "year assumed from the article's date"));
      else if (str("resolution") == "context") note(tr("حُسب من تاريخ المقال", "resolved from the article's date"));
      break;
    case analysis::AnchorType::duration: {
      const std::string p = str("value");   // "P2Y", "P?M"
      const char unit = p.empty() ? ' ' : p.back();
      const std::string n = p.size() > 2 ? p.substr(1, p.size() - 2) : std::string();
      const bool vague = n == "?" || n.empty();
      main = vague ? std::string(tr("عدة", "several")) : isolate_ltr(n);
      main += " " + duration_unit(unit, vague ? 3 : std::atof(n.c_str()));
      word(str("qualifier"));
      break;
    }
    case analysis::AnchorType::quantity:
    case analysis::AnchorType::number: {
      if (v.contains("value") && v["value"].is_number()) main = isolate_ltr(value_number(v["value"].get<double>()));
      else if (!str("value").empty()) {
        const char* vague = lang() == Lang::ar ? vague_word_ar(str("value")) : nullptr;
        main = vague ? vague : str("value");
        if (v.contains("range_min") && v["range_min"].is_number() && v.contains("range_max") && v["range_max"].is_number() &&
            v["range_max"].get<double>() > 0)
          note(isolate_ltr(value_number(v["range_min"].get<double>()) + "–" + value_number(v["range_max"].get<double>())));
      }
      const std::string unit = str("unit");
      if (unit == "percent") main += "%";
      else if (!unit.empty()) {
        const std::string& ar = note_word(unit);
        const bool one = v.contains("value") && v["value"].is_number() && v["value"].get<double>() == 1;
        main += " " + (lang() == Lang::ar && !ar.empty() ? ar : one ? unit : english_plural(unit));
      }
      if (!str("nationality").empty()) main += " " + str("nationality");
      word(str("qualifier"));
      if (v.value("ambiguous", false)) note(tr("مثنى أو جمع بلا تشكيل: اثنان، أو عدد لم يُذكر", "dual or plural, unvocalised: two, or an unsaid number"));
      if (v.value("ordinal", false)) note(tr("ترتيبي", "ordinal"));
      break;
    }
    default:
      return {};
  }
  return notes.empty() ? main : main + " (" + notes + ")";
}

}  // namespace isnad::web
