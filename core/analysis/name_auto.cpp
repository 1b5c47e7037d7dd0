// name_auto.cpp — the self-trained name list (name_auto.h) and its making (`isnad train auto-names`).
#include "name_auto.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <tuple>
#include <vector>

#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/name_tagger.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {

namespace {

constexpr const char* kKindNames[] = {"", "person", "place", "org"};

std::shared_ptr<const AutoNames>& active() {
  static std::shared_ptr<const AutoNames> list = [] {
    std::string error;
    std::shared_ptr<const AutoNames> l = AutoNames::parse(embedded_data("name_auto.txt"), &error);
    if (!l) { std::fprintf(stderr, "isnad: core/data/name_auto.txt: %s\n", error.c_str()); std::abort(); }
    return l;
  }();
  return list;
}

std::u32string stem_of(std::u32string_view w) {
  text::CliticStrip c[4];
  int n = text::clitic_candidates(w, c);
  std::u32string buf;
  return std::u32string(text::apply_strip(w, c[n - 1], buf));
}

}  // namespace

std::unique_ptr<AutoNames> AutoNames::parse(std::string_view text, std::string* error) {
  auto list = std::make_unique<AutoNames>();
  const bool read = for_each_data_line(text, [&](std::size_t line_no, std::string_view line) {
    std::size_t tab = line.find('\t');
    std::string_view kind = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    int k = kind == "person" ? 1 : kind == "place" ? 2 : kind == "org" ? 3 : 0;
    if (!k || tab == 0) {
      if (error) *error = "line " + std::to_string(line_no) + ": expected '<word>\\t<person|place|org>'";
      return false;
    }
    list->kinds_[hash_append(kHashSeed, text::decode_utf8(line.substr(0, tab)).text)] = static_cast<std::uint8_t>(k);
    return true;
  });
  if (!read) return nullptr;
  return list;
}

const AutoNames& AutoNames::get() { return *active(); }

int AutoNames::kind_of(std::u32string_view stem) const {
  if (kinds_.empty()) return 0;
  auto it = kinds_.find(hash_append(kHashSeed, stem));
  return it == kinds_.end() ? 0 : it->second;
}

bool use_auto_names(std::string_view text, std::string* error) {
  std::shared_ptr<const AutoNames> list = AutoNames::parse(text, error);
  if (!list) return false;
  active() = std::move(list);
  return true;
}

void AutoNameCounter::add(const Document& d, const NameModel& model) {
  std::vector<std::uint8_t> kind(d.size(), 0);
  for (const NameSpan& s : tag_names(d, model))
    if (s.type != NameType::misc)
      for (auto k = s.tb; k < s.te; ++k) kind[k] = static_cast<std::uint8_t>(1 + static_cast<int>(s.type));
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!d.is_word(i) || d.word(i).size() < 2) continue;
    auto& c = counts_[stem_of(d.word(i))];
    ++c[0];
    if (kind[i]) ++c[kind[i]];
  }
}

std::string AutoNameCounter::list_text(std::size_t min_count, double min_share, std::size_t* kept) const {
  // by kind, then the most often tagged first, then the word: the same counts give the same file
  std::map<std::tuple<int, long long, std::string>, bool> lines;
  for (const auto& [stem, c] : counts_) {
    int best = 1;
    for (int k = 2; k <= 3; ++k) if (c[k] > c[best]) best = k;
    if (c[best] < min_count || c[best] < min_share * c[0]) continue;
    lines[{best, -static_cast<long long>(c[best]), text::to_utf8(stem)}] = true;
  }
  std::string out;
  for (const auto& [key, unused] : lines) out += std::get<2>(key) + "\t" + kKindNames[std::get<0>(key)] + "\n";
  if (kept) *kept = lines.size();
  return out;
}

}  // namespace isnad::analysis
