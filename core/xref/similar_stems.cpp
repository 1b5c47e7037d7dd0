// similar_stems.cpp — the neighbour table of core/data/similar_stems.txt, read once: a line is a stem
// and its neighbours with their cosines in hundredths ("مفاوض محادث 71 تفاوض 68").
#include <sstream>
#include <unordered_map>

#include "claim_words.h"
#include "isnad/analysis/embedded_data.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/similarity.h"

namespace isnad::xref {
namespace {

using Table = std::unordered_map<std::u32string, std::vector<SimilarStem>>;

Table read_table() {
  Table t;
  // No table compiled in: soft matching has nothing to match (it is off by default).
  if (!analysis::has_embedded_data("similar_stems.txt")) return t;
  std::istringstream in(std::string(analysis::embedded_data("similar_stems.txt")));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string stem, near;
    int hundredths = 0;
    if (!(ls >> stem)) continue;
    auto& out = t[text::decode_utf8(stem).text];
    while (ls >> near >> hundredths) out.push_back({text::decode_utf8(near).text, hundredths / 100.0});
  }
  return t;
}

}  // namespace

std::u32string term_stem(std::u32string_view folded_word) {
  std::u32string w(folded_word);
  detail::drop_accusative_alif(w);
  return std::u32string(text::light_stem(w));
}

const std::vector<SimilarStem>& similar_stems(const std::u32string& stem) {
  static const Table table = read_table();
  static const std::vector<SimilarStem> none;
  const auto it = table.find(stem);
  return it == table.end() ? none : it->second;
}

}  // namespace isnad::xref
