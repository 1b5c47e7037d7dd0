// word_sets.cpp — the named word sets of core/data files, read once per file.
#include "isnad/analysis/word_sets.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include "isnad/analysis/embedded_data.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {
namespace {

using Sets = std::map<std::string, WordSet, std::less<>>;

Sets read_sets(std::string_view all) {
  Sets sets;
  while (!all.empty()) {
    const std::size_t nl = all.find('\n');
    std::string_view line = all.substr(0, nl);
    all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t bar = line.find('|');
    if (bar == std::string_view::npos) continue;
    WordSet& set = sets[std::string(line.substr(0, bar))];
    for (std::string_view rest = line.substr(bar + 1); !rest.empty();) {
      const std::size_t next = rest.find('|');
      const std::string_view word = rest.substr(0, next);
      rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
      if (!word.empty()) set.insert(text::fold(text::decode_utf8(word).text));
    }
  }
  return sets;
}

}  // namespace

const WordSet& word_set(const char* file, const char* name) {
  static std::mutex mutex;
  static std::map<std::string, Sets, std::less<>> files;
  std::lock_guard<std::mutex> lock(mutex);
  auto f = files.find(file);
  if (f == files.end()) f = files.emplace(file, read_sets(embedded_data(file))).first;
  const auto s = f->second.find(name);
  if (s == f->second.end()) {
    std::fprintf(stderr, "isnad: core/data/%s has no word set \"%s\"\n", file, name);
    std::abort();
  }
  return s->second;
}

}  // namespace isnad::analysis
