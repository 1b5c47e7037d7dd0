#include "values.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::xref::detail {
namespace {

bool prefix_of(const std::string& a, const std::string& b) {
  const std::size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) == 0;
}

bool is_generic_unit(const std::string& unit) {
  return unit == "percent" || unit == "money" || unit == "measure" || unit == "item";
}

// Whether a value is of a kind and unit: counts by their unit, durations by their last letter
// ("P4D" and "P4Y" are not one slot: four days after one thing, a term of four years).
bool of_unit(const Value& a, Value::Kind kind, const std::string& unit) {
  if (a.kind != kind) return false;
  if (kind == Value::count) return a.text == unit;
  if (kind == Value::date) return a.slot == unit;   // since when, and when: two slots
  if (kind == Value::duration) return !a.text.empty() && a.text.compare(a.text.size() - 1, 1, unit) == 0;
  return true;
}

// Whether two dates can be dates of one event, as far as their form tells: not a day told from the
// publication date (today, yesterday: the news of the report) and a date more than a month from it
// (the scheduled or recalled event the report speaks of: "the committee meets today to set the
// election" and "the election is on 26 February 2016"; "opened today" and "the old canal opened in
// 1869"). Other values are always comparable.
bool comparable(const Value& a, const Value& b) {
  if (a.kind != Value::date || b.kind != Value::date || a.deictic == b.deictic) return true;
  const Value& day = a.deictic ? a : b;
  const Value& other = a.deictic ? b : a;
  const long d = day_number(day.text);
  if (d == kNoDay || other.text.size() < 4) return true;
  // the other date's first and last day: a year's, a month's, or the day's own
  const std::string t = other.text;
  const long lo = day_number(t.size() == 4 ? t + "-01-01" : t.size() == 7 ? t + "-01" : t);
  const long hi = day_number(t.size() == 4 ? t + "-12-31" : t.size() == 7 ? t + "-28" : t) + (t.size() == 7 ? 3 : 0);
  if (lo == kNoDay || hi == kNoDay) return true;
  return d >= lo - 31 && d <= hi + 31;
}

// The slot of a difference between values of a kind.
Difference::Slot slot_of(Value::Kind kind) {
  return kind == Value::date ? Difference::Slot::date : kind == Value::count ? Difference::Slot::count : Difference::Slot::duration;
}

// The values of x and y of one kind (and for counts and durations one unit) conflict when none of
// them is compatible.
std::optional<Difference> conflict(const std::vector<Value>& x, const std::vector<Value>& y, Value::Kind kind, const std::string& unit) {
  const Value *fx = nullptr, *fy = nullptr;
  for (const auto& a : x) {
    if (!of_unit(a, kind, unit)) continue;
    for (const auto& b : y) {
      if (!of_unit(b, kind, unit) || !comparable(a, b)) continue;
      if (compatible(a, b)) return std::nullopt;
      if (!fx) { fx = &a; fy = &b; }
    }
  }
  if (!fx) return std::nullopt;
  // "all" against a bounded count is a difference of scope
  return value_pair(*fx, *fy, unit, fx->all || fy->all ? Difference::Kind::scope : Difference::Kind::fact);
}

}  // namespace

Difference value_pair(const Value& a, const Value& b, const std::string& unit, Difference::Kind kind) {
  Difference d;
  d.kind = kind;
  d.slot = slot_of(a.kind);
  d.subject = unit;
  d.value_a = a.label;
  d.value_b = b.label;
  d.a_said = a.said;
  d.b_said = b.said;
  return d;
}

Difference event_difference(Difference::Kind kind, const std::u32string& concept, Difference::Stance a, Difference::Stance b) {
  Difference d;
  d.kind = kind;
  d.slot = Difference::Slot::event;
  d.subject = text::to_utf8(std::u32string_view(concept).substr(1));
  d.stance_a = a;
  d.stance_b = b;
  return d;
}

long day_number(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return kNoDay;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') return kNoDay;
  long y = std::stol(iso.substr(0, 4));
  const long m = std::stol(iso.substr(5, 2)), d = std::stol(iso.substr(8, 2));
  if (m < 1 || m > 12 || d < 1 || d > 31) return kNoDay;
  // days from civil (H. Hinnant): March-based years so that February ends the year
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool compatible(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::date:
      // "اليوم" in one outlet and "أمس" in a paper of the next morning are one day: a day told from
      // a publication date is only as exact as that date (a web page's crawl time, a print edition's).
      if ((a.deictic || b.deictic) && a.text.size() == 10 && b.text.size() == 10) {
        const long x = day_number(a.text), y = day_number(b.text);
        if (x != kNoDay && y != kNoDay && std::labs(x - y) <= 1) return true;
      }
      // a month named without its year ("حددت 26 فبراير موعدا") is that month of the year before or after too
      if ((a.year_assumed || b.year_assumed) && a.text.size() >= 7 && b.text.size() >= 7 &&
          prefix_of(a.text.substr(4), b.text.substr(4)) && std::abs(std::stoi(a.text.substr(0, 4)) - std::stoi(b.text.substr(0, 4))) <= 1)
        return true;
      return prefix_of(a.text, b.text);
    case Value::duration: return a.text == b.text;
    case Value::count:
      if (a.text != b.text) return false;
      if (a.all || b.all) return a.all == b.all;
      return a.lo <= b.hi && b.lo <= a.hi;
  }
  return false;
}

std::optional<Difference> value_difference(const std::vector<Value>& x, const std::vector<Value>& y, const Compared& compared) {
  if (compared.dates) {
    std::set<std::string> slots;   // when, since when, a record's since
    for (const auto& a : x)
      if (a.kind == Value::date) slots.insert(a.slot);
    for (const auto& slot : slots)
      if (auto d = conflict(x, y, Value::date, slot)) return d;
  }
  for (const auto& a : x)
    if (a.kind == Value::count && compared.counts && (compared.generic_units || !is_generic_unit(a.text)))
      if (auto d = conflict(x, y, Value::count, a.text)) return d;
  for (const auto& a : x)
    if (a.kind == Value::duration)
      if (auto d = conflict(x, y, Value::duration, a.text.substr(a.text.size() - 1))) return d;
  return std::nullopt;
}

std::string opposite_difference(const ClaimFeatures& x, const ClaimFeatures& y) {
  static const auto pairs = [] {
    std::vector<std::pair<std::u32string, std::u32string>> out;
    for_each_data_line("opposites.txt", [&](const std::vector<std::string>& p) {
      out.emplace_back(std::u32string(1, kConceptTag) + text::decode_utf8(p[0]).text, std::u32string(1, kConceptTag) + text::decode_utf8(p[1]).text);
    });
    return out;
  }();
  auto states = [](const ClaimFeatures& f, const std::u32string& c) { return f.concepts.count(c) && !f.negated.count(c); };
  auto name = [](const std::u32string& c) { return text::to_utf8(std::u32string_view(c).substr(1)); };
  for (const auto& [a, b] : pairs) {
    if (states(x, a) && states(y, b) && !states(x, b) && !states(y, a)) return name(a) + " vs " + name(b);
    if (states(x, b) && states(y, a) && !states(x, a) && !states(y, b)) return name(b) + " vs " + name(a);
  }
  return {};
}

}  // namespace isnad::xref::detail
