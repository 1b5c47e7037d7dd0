// stem.cpp — proclitic readings and a light stemmer (see stem.h).
#include "isnad/text/stem.h"

namespace isnad::text {

namespace {
constexpr char32_t kWaw = U'\u0648', kFa = U'\u0641', kBa = U'\u0628', kKaf = U'\u0643', kLam = U'\u0644',
                   kAlef = U'\u0627';
bool starts_al(std::u32string_view w) { return w.size() > 2 && w[0] == kAlef && w[1] == kLam; }
bool ends_with(std::u32string_view w, std::u32string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}
}  // namespace

int clitic_candidates(std::u32string_view w, CliticStrip out[4]) {
  int n = 0;
  out[n++] = CliticStrip{};
  std::uint8_t conj = 0;
  if (w.size() > 3 && (w[0] == kWaw || w[0] == kFa)) {
    conj = 1;
    out[n++] = CliticStrip{1, false, 1};
  }
  std::u32string_view rest = w.substr(conj);
  if (rest.size() > 3 && (rest[0] == kBa || rest[0] == kKaf || rest[0] == kLam)) {
    if (rest[0] == kLam && rest[1] == kLam) out[n++] = CliticStrip{static_cast<std::uint8_t>(conj + 1), true, conj};
    else out[n++] = CliticStrip{static_cast<std::uint8_t>(conj + 1), false, conj};
  }
  return n;
}

std::u32string_view apply_strip(std::u32string_view w, const CliticStrip& s, std::u32string& buf) {
  std::u32string_view stem = w.substr(s.skip < w.size() ? s.skip : w.size());
  if (!s.restore_al) return stem;
  buf.assign(1, kAlef);
  buf.append(stem);
  return buf;
}


std::u32string_view light_stem(std::u32string_view w) {
  CliticStrip c[4];
  int n = clitic_candidates(w, c);
  std::u32string_view s = w.substr(c[n - 1].restore_al ? c[n - 1].skip + 1 : c[n - 1].skip);
  if (c[n - 1].restore_al) {
    // لل + stem: drop the remaining ل of the article
  } else if (starts_al(s) && s.size() > 4) {
    s = s.substr(2);
  }
  static const std::u32string_view suffixes[] = {U"يون", U"يين", U"تين", U"تان", U"يه", U"ات", U"ون", U"ين", U"ان", U"ه", U"ي"};
  for (auto suf : suffixes)
    if (s.size() >= suf.size() + 3 && ends_with(s, suf)) { s = s.substr(0, s.size() - suf.size()); break; }
  return s;
}

}  // namespace isnad::text
