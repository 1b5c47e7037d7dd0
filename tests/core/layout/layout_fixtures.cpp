// tests/core/layout/layout_fixtures.cpp — loading the shared fonts and test paragraphs.
#include "layout_fixtures.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "isnad/corpus/corpus.h"
#include "isnad/text/utf8.h"
#include "test_support.h"

namespace isnad::test {
namespace {

void split_paragraphs(std::u32string_view text, std::vector<std::u32string>& out, std::size_t limit) {
  std::size_t i = 0;
  while (i < text.size() && out.size() < limit) {
    std::size_t j = text.find(U'\n', i);
    if (j == std::u32string_view::npos) j = text.size();
    std::u32string_view p = text.substr(i, j - i);
    while (!p.empty() && (p.front() == U' ' || p.front() == U'\r')) p.remove_prefix(1);
    while (!p.empty() && (p.back() == U' ' || p.back() == U'\r')) p.remove_suffix(1);
    if (!p.empty()) out.emplace_back(p);
    i = j + 1;
  }
}

}  // namespace

const layout::FontSet& test_fonts() {
  static layout::FontSet* set = [] {
    auto* s = new layout::FontSet();
    std::string err;
    s->fonts[0] = layout::font_from_file(kArabicFontPath, &err);
    s->fonts[1] = layout::font_from_file(kLatinFontPath, &err);
    if (!s->complete()) std::printf("layout tests: cannot load fonts: %s\n", err.c_str());
    return s;
  }();
  return *set;
}

const std::vector<std::u32string>& corpus_paragraphs() {
  static std::vector<std::u32string>* paras = [] {
    auto* v = new std::vector<std::u32string>();
    corpus::LoadResult r = corpus::load_corpus_folder(repo_path("web/corpus"));
    for (const corpus::Article& a : r.articles) split_paragraphs(a.text, *v, SIZE_MAX);
    return v;
  }();
  return *paras;
}

std::vector<std::u32string> saudinewsnet_paragraphs(std::size_t n) {
  std::vector<std::u32string> out;
#ifndef __EMSCRIPTEN__
  const auto shared = shared_dir();
  if (!shared) return out;
  const std::string cmd = "zcat '" + *shared + "/bench/saudinewsnet/articles_all.jsonl.gz' 2>/dev/null | head -n 200";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  std::string line;
  char buf[65536];
  while (std::fgets(buf, sizeof buf, p)) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    if (out.size() < n) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) {
        split_paragraphs(text::decode_utf8(j["text"].get<std::string>()).text, out, n);
      }
    }
    line.clear();
  }
  pclose(p);
#else
  (void)n;
#endif
  return out;
}

}  // namespace isnad::test
