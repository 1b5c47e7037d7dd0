// bench.cpp — `isnad bench FILE.jsonl`: analysis throughput on one core (a benchmark, not a test).
// Reads one JSON object a line with a "text" field (and "date_extracted"), analyses each article on
// its own, and prints articles, UTF-8 megabytes, seconds and MB/s (reading and JSON parsing excluded).
#include "bench.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/text/utf8.h"

namespace isnad::cli {

int bench(const char* path) {
  std::ifstream in(path);
  if (!in) { std::fprintf(stderr, "isnad: cannot open %s\n", path); return 1; }
  std::vector<corpus::Article> articles;
  std::size_t bytes = 0, chars = 0;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    corpus::Article a;
    a.meta.file = j.value("id", std::string("article"));
    std::string t = j["text"].get<std::string>();
    bytes += t.size();
    a.text = text::decode_utf8(t).text;
    chars += a.text.size();
    articles.push_back(std::move(a));
  }
  analysis::Options opt;
  std::size_t anchors = 0, claims = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& a : articles) {
    auto r = analysis::analyze_article(a, opt);
    anchors += r.anchors.size();
    claims += r.claims.size();
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("articles %zu  chars %zu  UTF-8 MB %.1f  seconds %.2f  MB/s %.2f  Mchars/s %.2f  anchors %zu  claims %zu\n",
              articles.size(), chars, bytes / 1e6, s, bytes / 1e6 / s, chars / 1e6 / s, anchors, claims);
  return 0;
}

}  // namespace isnad::cli
