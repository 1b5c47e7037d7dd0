// libFuzzer target: the corpus.json loader. Invariants: never throws or crashes; on success every
// file name is safe (no path separators) and every date is a valid YYYY-MM-DD.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "isnad/corpus/corpus.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string err;
  auto meta = isnad::corpus::parse_corpus_meta(std::string_view(reinterpret_cast<const char*>(data), size), &err);
  if (!meta) { if (err.empty()) std::abort(); return 0; }
  for (const auto& a : meta->articles) {
    if (a.file.empty() || a.file.find('/') != std::string::npos) std::abort();
    if (a.date && !isnad::corpus::is_iso_date(*a.date)) std::abort();
  }
  return 0;
}
