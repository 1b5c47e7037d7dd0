// word_classes.cpp — the word-class file (see word_classes.h).
#include "isnad/analysis/word_classes.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {

std::unique_ptr<WordClasses> WordClasses::parse(std::string_view text, std::string* error) {
  auto wc = std::make_unique<WordClasses>();
  const bool read = for_each_data_line(text, [&](std::size_t line_no, std::string_view line) {
    std::size_t sp = line.find(' ');
    std::string id(line.substr(0, sp));
    char* end = nullptr;
    long cls = std::strtol(id.c_str(), &end, 10);
    if (id.empty() || *end || cls < 0 || cls > 65535 || sp == std::string_view::npos) {
      if (error) *error = "word classes, line " + std::to_string(line_no) + ": expected '<class> <words…>'";
      return false;
    }
    wc->largest_ = std::max(wc->largest_, static_cast<int>(cls));
    std::string_view words = line.substr(sp + 1);
    while (!words.empty()) {
      std::size_t e = words.find(' ');
      std::string_view w = words.substr(0, e);
      if (!w.empty()) wc->classes_.emplace(hash_append(kHashSeed, text::decode_utf8(w).text), static_cast<std::uint16_t>(cls));
      words = e == std::string_view::npos ? std::string_view() : words.substr(e + 1);
    }
    return true;
  });
  if (!read) return nullptr;
  return wc;
}

const WordClasses& WordClasses::get() {
  static const std::unique_ptr<WordClasses> classes = [] {
    std::string error;
    auto wc = parse(embedded_data("word_classes.txt"), &error);
    if (!wc) { std::fprintf(stderr, "isnad: core/data/word_classes.txt: %s\n", error.c_str()); std::abort(); }
    return wc;
  }();
  return *classes;
}

int WordClasses::class_of(std::u32string_view w) const {
  auto it = classes_.find(hash_append(kHashSeed, w));
  return it == classes_.end() ? -1 : it->second;
}

}  // namespace isnad::analysis
