// train_similarity.cpp — `isnad train stems` and `isnad train similarity`, the commands behind
// scripts/train_similarity (deterministic: the same inputs give the same file):
//   stems                        stdin: articles, one {"text": …} a line → stdout: their words as claim
//                                reading stems them (folded, clitics and suffixes off), one article a line
//                                (numbers as <num>): the input of fasttext skipgram
//   similarity VECTORS.vec       fasttext's vectors → each of the --words N commonest stems with its --near K
//                                nearest stems of cosine ≥ --min-cosine, in similar_stems.txt's format; with
//                                --stem, vectors of folded words (`isnad train tokens`), summed per stem
//   formulaic                    stdin: articles, one {"text", "source", "date_extracted"} a line → the shingles
//                                (isnad/xref/formulaic.h) of at least --articles A articles, --outlets O outlets
//                                and --days D days, in formulaic_shingles.txt's format
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <bitset>
#include <map>
#include <unordered_map>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/document.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/formulaic.h"
#include "isnad/xref/similarity.h"
#include "train.h"

namespace isnad::cli {
namespace {

int stems() {
  std::string line;
  while (std::getline(std::cin, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    const std::u32string text = text::decode_utf8(j["text"].get<std::string>()).text;
    const analysis::Document d = analysis::make_document(text);
    std::string out;
    for (std::size_t i = 0; i < d.size(); ++i) {
      if (d.is_number(i)) out += "<num> ";
      else if (d.is_word(i)) { out += text::to_utf8(xref::term_stem(d.word(i))); out += ' '; }
    }
    if (!out.empty()) { out.back() = '\n'; std::fwrite(out.data(), 1, out.size(), stdout); }
  }
  return 0;
}

// A stem worth a neighbour list: two Arabic letters or more, nothing else.
bool arabic_stem(const std::u32string& w) {
  return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char32_t c) { return text::is_arabic_letter(c); });
}

int similarity(int argc, char** argv) {
  std::size_t max_words = 20000, near = 6;
  double min_cosine = 0.6;
  bool stem = false;
  std::string path;
  for (int i = 0; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--words") && i + 1 < argc) max_words = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--near") && i + 1 < argc) near = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--min-cosine") && i + 1 < argc) min_cosine = std::strtod(argv[++i], nullptr);
    else if (!std::strcmp(argv[i], "--stem")) stem = true;
    else path = argv[i];
  }
  std::ifstream in(path);
  std::size_t count = 0, dim = 0;
  if (!in || !(in >> count >> dim) || dim == 0) {
    std::fprintf(stderr, "isnad: %s: expected fasttext's .vec (a \"COUNT DIM\" line, then a word and DIM numbers a line)\n", path.c_str());
    return 1;
  }
  // fasttext writes the words commonest first: the first max_words Arabic stems, unit length (with
  // --stem, a stem's vector is the sum of its words' unit vectors, ranked by its commonest word).
  std::vector<std::string> words;
  std::vector<float> vec;
  std::unordered_map<std::string, std::size_t> row_of;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string w;
    ls >> w;
    std::vector<float> v(dim);
    double n = 0;
    for (auto& x : v) { ls >> x; n += double(x) * x; }
    if (stem) w = text::to_utf8(xref::term_stem(text::decode_utf8(w).text));
    if (!ls || n == 0 || !arabic_stem(text::decode_utf8(w).text)) continue;
    auto [it, fresh] = row_of.emplace(w, words.size());
    if (fresh && words.size() == max_words) { row_of.erase(it); continue; }
    if (fresh) { words.push_back(w); vec.resize(vec.size() + dim, 0.f); }
    const float inv = static_cast<float>(1 / std::sqrt(n));
    for (std::size_t d = 0; d < dim; ++d) vec[it->second * dim + d] += v[d] * inv;
  }
  for (std::size_t r = 0; r < words.size(); ++r) {
    double n = 0;
    for (std::size_t d = 0; d < dim; ++d) n += double(vec[r * dim + d]) * vec[r * dim + d];
    for (std::size_t d = 0; d < dim; ++d) vec[r * dim + d] = static_cast<float>(vec[r * dim + d] / std::sqrt(n));
  }
  const std::size_t n = words.size();
  std::fprintf(stderr, "similarity: %zu stems of %zu dimensions\n", n, dim);
  std::vector<std::pair<float, std::uint32_t>> row(n);
  std::size_t listed = 0, pairs = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const float* a = &vec[i * dim];
    for (std::size_t j = 0; j < n; ++j) {
      const float* b = &vec[j * dim];
      float dot = 0;
      for (std::size_t d = 0; d < dim; ++d) dot += a[d] * b[d];
      row[j] = {j == i ? -2.f : dot, static_cast<std::uint32_t>(j)};
    }
    const std::size_t k = std::min(near, n);
    std::partial_sort(row.begin(), row.begin() + k, row.end(), [](auto& x, auto& y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
    std::string out = words[i];
    std::size_t kept = 0;
    for (std::size_t r = 0; r < k; ++r) {
      const int hundredths = static_cast<int>(std::lround(row[r].first * 100));
      if (hundredths < std::lround(min_cosine * 100)) break;
      out += ' ' + words[row[r].second] + ' ' + std::to_string(std::min(hundredths, 99));
      ++kept;
    }
    if (kept == 0) continue;
    ++listed;
    pairs += kept;
    std::printf("%s\n", out.c_str());
  }
  std::fprintf(stderr, "similarity: %zu stems listed, %zu neighbours\n", listed, pairs);
  return 0;
}

// Days since 1970-01-01 of a "YYYY-MM-DD…" date, or -1.
long day_of(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12) return -1;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1, doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int formulaic(int argc, char** argv) {
  std::size_t min_articles = 20, min_outlets = 3, min_days = 7;
  for (int i = 0; i + 1 < argc; ++i) {
    if (!std::strcmp(argv[i], "--articles")) min_articles = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--outlets")) min_outlets = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--days")) min_days = std::strtoul(argv[++i], nullptr, 10);
  }
  struct Seen {
    std::uint32_t articles = 0, last = ~0u, outlets = 0;   // outlets: a bit each (the 32nd and later share one)
    std::bitset<128> days;                                 // day number mod 128 (SaudiNewsNet spans about 40)
  };
  std::unordered_map<std::uint32_t, Seen> seen;
  std::map<std::string, std::uint32_t> outlet_bit;
  std::uint32_t article = 0;
  std::string line;
  while (std::getline(std::cin, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    const std::string outlet = j.value("source", std::string());
    const long day = day_of(j.value("date_extracted", std::string()));
    const std::uint32_t bit = outlet_bit.emplace(outlet, std::min<std::uint32_t>(31, static_cast<std::uint32_t>(outlet_bit.size()))).first->second;
    for (auto h : xref::shingles(text::decode_utf8(j["text"].get<std::string>()).text)) {
      auto& s = seen[h];
      if (s.last == article) continue;
      s.last = article;
      ++s.articles;
      s.outlets |= 1u << bit;
      if (day >= 0) s.days.set(static_cast<std::size_t>(day % 128));
    }
    ++article;
  }
  std::vector<std::uint32_t> kept;
  for (const auto& [h, s] : seen)
    if (s.articles >= min_articles && std::bitset<32>(s.outlets).count() >= min_outlets && s.days.count() >= min_days) kept.push_back(h);
  std::sort(kept.begin(), kept.end());
  std::fprintf(stderr, "formulaic: %u articles, %zu shingles, %zu kept\n", article, seen.size(), kept.size());
  std::uint32_t prev = 0;
  std::size_t on_line = 0;
  for (auto h : kept) {
    std::printf("%u%c", h - prev, ++on_line % 16 == 0 ? '\n' : ' ');
    prev = h;
  }
  if (on_line % 16) std::printf("\n");
  return 0;
}

}  // namespace

int train_similarity(int argc, char** argv) {
  if (argc >= 1 && !std::strcmp(argv[0], "stems")) return stems();
  if (argc >= 2 && !std::strcmp(argv[0], "similarity")) return similarity(argc - 1, argv + 1);
  if (argc >= 1 && !std::strcmp(argv[0], "formulaic")) return formulaic(argc - 1, argv + 1);
  return -1;
}

}  // namespace isnad::cli
