// libFuzzer target: the whole analysis pipeline, as `isnad analyze --json` runs it. The input's bytes
// are decoded (invalid UTF-8 → U+FFFD) and cut into two or three articles at form feeds (U+000C; in
// halves when there is none), then analysed (normalise → segment → anchors → claims → entities),
// cross-referenced, and written as JSON.
// Invariants: never crashes or throws; every anchor, claim, boilerplate span and entity mention lies
// inside its article and in text order; an anchor's text is exactly its slice of the article; claims
// and clusters only name anchors, claims and articles that exist.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/analysis/analysis.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/xref.h"

namespace {

// A broken invariant: says which, then aborts (libFuzzer saves the input).
#define FUZZ_CHECK(ok) \
  do { \
    if (!(ok)) { std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #ok); std::abort(); } \
  } while (0)

std::vector<isnad::corpus::Article> split_articles(std::u32string_view text) {
  std::vector<std::u32string> parts;
  for (std::size_t i = 0; parts.size() < 3;) {
    std::size_t j = parts.size() < 2 ? text.find(U'\f', i) : std::u32string_view::npos;
    if (j == std::u32string_view::npos) j = text.size();
    parts.emplace_back(text.substr(i, j - i));
    if (j == text.size()) break;
    i = j + 1;
  }
  if (parts.size() == 1) {  // no form feed: two halves
    const std::size_t h = text.size() / 2;
    parts = {std::u32string(text.substr(0, h)), std::u32string(text.substr(h))};
  }
  std::vector<isnad::corpus::Article> out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    isnad::corpus::Article a;
    a.meta.file = "00" + std::to_string(k) + "_fuzz.txt";
    // dates a day and a fortnight apart, and two articles of one outlet: every comparison rule runs
    a.meta.outlet = "outlet " + std::to_string(k == 2 ? 0 : k);
    a.meta.date = k == 0 ? "2024-09-06" : k == 1 ? "2024-09-20" : "2024-09-07";
    a.text = std::move(parts[k]);
    out.push_back(std::move(a));
  }
  return out;
}

void check_article(const isnad::analysis::ArticleAnalysis& a, std::u32string_view text) {
  std::uint32_t last = 0;
  for (const auto& x : a.anchors) {
    FUZZ_CHECK(x.start <= x.end && x.end <= text.size() && x.start >= last);
    last = x.start;
    FUZZ_CHECK(x.text == isnad::text::to_utf8(text.substr(x.start, x.end - x.start)));
  }
  for (const auto& c : a.claims) {
    FUZZ_CHECK(c.start <= c.end && c.end <= text.size());
    for (std::uint32_t i : c.anchors) FUZZ_CHECK(i < a.anchors.size());
  }
  for (const auto& s : a.boilerplate) FUZZ_CHECK(s.start <= s.end && s.end <= text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isnad;
  const auto decoded = text::decode_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::vector<corpus::Article> articles = split_articles(decoded.text);
  const analysis::Analysis an = analysis::analyze_corpus(articles, {});
  FUZZ_CHECK(an.articles.size() == articles.size());
  for (std::size_t k = 0; k < articles.size(); ++k) check_article(an.articles[k], articles[k].text);
  for (const auto& e : an.entities) {
    for (const auto& m : e.mentions) {
      FUZZ_CHECK(m.article < articles.size() && m.start <= m.end && m.end <= articles[m.article].text.size());
    }
  }
  const auto clusters = xref::cross_reference(articles, an);
  for (const auto& cl : clusters) {
    FUZZ_CHECK(cl.claims.size() >= 2);
    for (const auto& r : cl.claims) FUZZ_CHECK(r.article < articles.size() && r.claim < an.articles[r.article].claims.size());
  }
  nlohmann::json j = analysis::to_json(an);
  j["clusters"] = xref::clusters_json(clusters, an);
  j["discrepancies"] = xref::discrepancies_json(clusters, an);
  const std::string out = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  FUZZ_CHECK(!out.empty());
  return 0;
}
