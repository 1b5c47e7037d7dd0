// isnad_bench — throughput of the core on a JSONL corpus (one {"text": …} object a line), natively
// or as wasm under node. Prints one JSON object of figures; it measures, it does not judge.
//
//   isnad_bench FILE.jsonl N     the first N articles of FILE
//
// Stages timed (each over all N articles):
//   decode  — UTF-8 → code points (the reader's first step)
//   floor   — the same text word-broken with ICU and nothing else: the floor analysis is compared with
//   analysis — the analysis core on each article (anchors, claims), as `isnad analyze` runs it
//   linking  — cross-referencing the claims of all N articles (core/xref), once
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/icu_data.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/xref.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::size_t peak_memory_bytes() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_heap_size();     // the wasm heap only grows: its size is its peak
#else
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<std::size_t>(ru.ru_maxrss) * 1024;
#endif
}

}  // namespace

int main(int argc, char** argv) {
#ifdef ISNAD_ICU_DATA_FILE
  std::string err;
  if (!isnad::text::icu_load_data_file(ISNAD_ICU_DATA_FILE, &err)) { std::fprintf(stderr, "isnad_bench: %s\n", err.c_str()); return 2; }
#endif
  if (argc < 3) { std::fputs("usage: isnad_bench FILE.jsonl N\n", stderr); return 2; }
  const std::size_t want = std::stoul(argv[2]);
  std::ifstream in(argv[1]);
  if (!in) { std::fprintf(stderr, "isnad_bench: cannot open %s\n", argv[1]); return 1; }

  std::vector<std::string> texts;
  std::string line;
  std::size_t bytes = 0;
  while (texts.size() < want && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    texts.push_back(j["text"].get<std::string>());
    bytes += texts.back().size();
  }

  auto t0 = std::chrono::steady_clock::now();
  std::size_t chars = 0;
  std::vector<std::u32string> decoded;
  decoded.reserve(texts.size());
  for (const auto& t : texts) { decoded.push_back(isnad::text::decode_utf8(t).text); chars += decoded.back().size(); }
  const double decode_s = seconds_since(t0);

  t0 = std::chrono::steady_clock::now();
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
  std::size_t word_count = 0;
  for (const auto& d : decoded) {
    auto u16 = isnad::text::to_utf16(d);
    icu::UnicodeString us(false, reinterpret_cast<const UChar*>(u16.utf16.data()), static_cast<int32_t>(u16.utf16.size()));
    words->setText(us);
    for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next())
      if (words->getRuleStatus() >= UBRK_WORD_LETTER) ++word_count;
  }
  const double floor_s = seconds_since(t0);

  std::vector<isnad::corpus::Article> arts;
  for (std::size_t i = 0; i < texts.size(); ++i) arts.push_back(isnad::corpus::make_article({"a" + std::to_string(i) + ".txt"}, texts[i], nullptr));
  t0 = std::chrono::steady_clock::now();
  std::size_t anchors = 0, claims = 0;
  isnad::analysis::Analysis all;
  for (const auto& art : arts) {
    all.articles.push_back(isnad::analysis::analyze_article(art, {}));
    anchors += all.articles.back().anchors.size();
    claims += all.articles.back().claims.size();
  }
  const double analysis_s = seconds_since(t0);

  // Linking needs every article's analysis at once; under wasm the heap (2 GB at most) holds that
  // for a few thousand articles, not for 16k or 31k.
  // The first call builds the linker's word lists (concepts, capitals): timed on its own.
  t0 = std::chrono::steady_clock::now();
  if (!arts.empty()) {
    isnad::analysis::Analysis one;
    one.articles.push_back(all.articles.front());
    (void)isnad::xref::cross_reference({arts.front()}, one);
  }
  const double linking_init_s = seconds_since(t0);
  t0 = std::chrono::steady_clock::now();
#ifdef __EMSCRIPTEN__
  const bool link = arts.size() <= 4000;
#else
  const bool link = true;
#endif
  const auto clusters = link ? isnad::xref::cross_reference(arts, all) : std::vector<isnad::xref::Cluster>{};
  const double linking_s = seconds_since(t0);
  std::size_t linked = 0;
  for (const auto& k : clusters) linked += k.claims.size();

  const double mb = static_cast<double>(bytes) / 1e6;
  nlohmann::json out = {
      {"articles", texts.size()}, {"bytes", bytes}, {"chars", chars}, {"words", word_count},
#ifdef __EMSCRIPTEN__
      {"platform", "wasm"},
#else
      {"platform", "native"},
#endif
      {"decode_s", decode_s}, {"decode_mb_s", mb / decode_s},
      {"floor_s", floor_s}, {"floor_mb_s", mb / floor_s},
      {"analysis_s", analysis_s}, {"analysis_mb_s", mb / analysis_s}, {"anchors", anchors}, {"claims", claims},
      {"linking_s", link ? nlohmann::json(linking_s) : nlohmann::json()}, {"linking_init_s", linking_init_s}, {"clusters", clusters.size()}, {"linked_claims", linked},
      {"peak_memory_bytes", peak_memory_bytes()}};
  std::puts(out.dump().c_str());
  return 0;
}
