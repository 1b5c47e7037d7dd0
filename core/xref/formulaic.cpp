// formulaic.cpp — the learned table of formulaic shingles (core/data/formulaic_shingles.txt: sorted
// 32-bit hashes, each written as its difference from the one before), and the test of a claim.
#include "isnad/xref/formulaic.h"

#include <algorithm>
#include <sstream>
#include <string>

#include "claim_features.h"
#include "isnad/analysis/embedded_data.h"
#include "isnad/xref/similarity.h"

namespace isnad::xref {
namespace {

constexpr std::size_t kShingleWords = 4;

std::vector<std::uint32_t> read_table() {
  std::vector<std::uint32_t> t;
  std::istringstream in(std::string(analysis::embedded_data("formulaic_shingles.txt")));
  std::uint64_t h = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    for (std::uint64_t d; ls >> d;) t.push_back(static_cast<std::uint32_t>(h += d));
  }
  return t;
}


std::vector<std::u32string> stems_of(std::u32string_view text) {
  std::vector<std::u32string> stems;
  for (const auto& w : detail::words_of(text)) stems.push_back(term_stem(w));
  return stems;
}

std::vector<std::uint32_t> shingles_of(const std::vector<std::u32string>& stems) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i + kShingleWords <= stems.size(); ++i) {
    std::uint32_t h = 2166136261u;   // FNV-1a over the stems' code points, a space between
    for (std::size_t k = i; k < i + kShingleWords; ++k) {
      for (char32_t c : stems[k]) h = (h ^ static_cast<std::uint32_t>(c)) * 16777619u;
      h = (h ^ 0x20u) * 16777619u;
    }
    out.push_back(h);
  }
  return out;
}

}  // namespace

std::vector<std::uint32_t> shingles(std::u32string_view text) { return shingles_of(stems_of(text)); }

bool formulaic_shingle(std::uint32_t shingle) {
  static const std::vector<std::uint32_t> table = read_table();
  return std::binary_search(table.begin(), table.end(), shingle);
}

bool formulaic(std::u32string_view text, double share) {
  const auto s = shingles(text);
  if (s.empty()) return false;
  const auto n = std::count_if(s.begin(), s.end(), formulaic_shingle);
  return static_cast<double>(n) >= share * static_cast<double>(s.size());
}

}  // namespace isnad::xref
