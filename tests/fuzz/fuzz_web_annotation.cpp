// libFuzzer target: the Web Annotation export, as `isnad analyze --annotations` writes it. The input's
// bytes are decoded (invalid UTF-8 → U+FFFD) into one article, analysed, and its anchors and claims
// written as a W3C AnnotationCollection; the first line, when it starts with "http", is the article's URL.
// Invariants: never crashes or throws; the collection dumps as strict UTF-8 and parses back with
// nlohmann; `total` counts the items; every target has a TextQuoteSelector whose exact, prefix and
// suffix are the article's text at its TextPositionSelector (start ≤ end ≤ length, code points), with
// at most 32 code points of context each side.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/links/web_annotation.h"
#include "isnad/text/utf8.h"

namespace {

#define FUZZ_CHECK(ok) \
  do { \
    if (!(ok)) { std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #ok); std::abort(); } \
  } while (0)

void check_target(const nlohmann::json& target, std::u32string_view text) {
  FUZZ_CHECK(target.is_object() && target.contains("source") && target["source"].is_string());
  const nlohmann::json& sel = target["selector"];
  FUZZ_CHECK(sel.is_array() && sel.size() == 2);
  const nlohmann::json* quote = nullptr;
  const nlohmann::json* pos = nullptr;
  for (const auto& s : sel) {
    if (s.value("type", "") == "TextQuoteSelector") quote = &s;
    if (s.value("type", "") == "TextPositionSelector") pos = &s;
  }
  FUZZ_CHECK(quote && pos);
  FUZZ_CHECK((*pos)["start"].is_number_unsigned() && (*pos)["end"].is_number_unsigned());
  const auto start = (*pos)["start"].get<std::uint64_t>(), end = (*pos)["end"].get<std::uint64_t>();
  FUZZ_CHECK(start <= end && end <= text.size());
  const std::string exact = (*quote)["exact"].get<std::string>();
  FUZZ_CHECK(exact == isnad::text::to_utf8(text.substr(start, end - start)));
  const std::u32string prefix = isnad::text::decode_utf8((*quote)["prefix"].get<std::string>()).text;
  const std::u32string suffix = isnad::text::decode_utf8((*quote)["suffix"].get<std::string>()).text;
  FUZZ_CHECK(prefix.size() <= 32 && prefix.size() <= start && suffix.size() <= 32 && end + suffix.size() <= text.size());
  FUZZ_CHECK(prefix == text.substr(start - prefix.size(), prefix.size()));
  FUZZ_CHECK(suffix == text.substr(end, suffix.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isnad;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  corpus::ArticleMeta meta;
  meta.file = "000_fuzz.txt";
  if (bytes.substr(0, 4) == "http") meta.url = text::to_utf8(text::decode_utf8(bytes.substr(0, bytes.find('\n'))).text);
  const corpus::Article article = corpus::make_article(std::move(meta), bytes, nullptr);
  const analysis::ArticleAnalysis an = analysis::analyze_article(article, {});
  const nlohmann::json collection = links::web_annotations(article, an);
  const std::string out = collection.dump();   // strict: invalid UTF-8 would throw
  const nlohmann::json back = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!back.is_discarded() && back == collection);
  const nlohmann::json& items = back["first"]["items"];
  FUZZ_CHECK(items.is_array() && back["total"] == items.size());
  FUZZ_CHECK(items.size() == an.anchors.size() + an.claims.size());
  for (const auto& item : items) check_target(item["target"], article.text);
  return 0;
}
