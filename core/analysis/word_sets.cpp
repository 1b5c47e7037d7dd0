// word_sets.cpp — the named word sets and tables of core/data files, read once per file.
#include "isnad/analysis/word_sets.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {
namespace {

using Sets = std::map<std::string, WordSet, std::less<>>;
using Tables = std::map<std::string, std::vector<WordRow>, std::less<>>;

// The '|'-separated fields of a data file's lines, comments and blank lines left out.
template <class F>
void for_each_line(std::string_view all, F&& each) {
  while (!all.empty()) {
    const std::size_t nl = all.find('\n');
    const std::string_view line = all.substr(0, nl);
    all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    for (std::string_view rest = line;;) {
      const std::size_t bar = rest.find('|');
      fields.push_back(rest.substr(0, bar));
      if (bar == std::string_view::npos) break;
      rest = rest.substr(bar + 1);
    }
    each(fields);
  }
}

std::u32string folded(std::string_view utf8) { return text::fold(text::decode_utf8(utf8).text); }

Sets read_sets(std::string_view all) {
  Sets sets;
  for_each_line(all, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    WordSet& set = sets[std::string(f[0])];
    for (std::size_t i = 1; i < f.size(); ++i)
      if (!f[i].empty()) set.add(folded(f[i]));
  });
  return sets;
}

Tables read_tables(std::string_view all) {
  Tables tables;
  for_each_line(all, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    WordRow row{std::string(f[1]), {}};
    for (std::size_t i = 2; i < f.size(); ++i)
      if (!f[i].empty()) row.words.push_back(folded(f[i]));
    tables[std::string(f[0])].push_back(std::move(row));
  });
  return tables;
}

[[noreturn]] void missing(const char* file, const char* what, const char* name) {
  std::fprintf(stderr, "isnad: core/data/%s has no %s \"%s\"\n", file, what, name);
  std::abort();
}

}  // namespace

void WordSet::add(std::u32string word) {
  if (count(word)) return;
  if ((size() + 1) * 2 > hashes_.size()) grow();
  const std::uint64_t h = hash_append(kHashSeed, word) | 1;
  std::size_t at = static_cast<std::size_t>(h) & (hashes_.size() - 1);
  while (hashes_[at]) at = (at + 1) & (hashes_.size() - 1);
  hashes_[at] = h;
  keys_[at] = word;
  filter_.add(word);
  insert(std::move(word));
}

void WordSet::grow() {
  std::vector<std::uint64_t> old_hashes(std::max<std::size_t>(16, hashes_.size() * 2), 0);
  std::vector<std::u32string> old_keys(old_hashes.size());
  old_hashes.swap(hashes_);
  old_keys.swap(keys_);
  const std::size_t mask = hashes_.size() - 1;
  for (std::size_t k = 0; k < old_hashes.size(); ++k) {
    if (!old_hashes[k]) continue;
    std::size_t at = static_cast<std::size_t>(old_hashes[k]) & mask;
    while (hashes_[at]) at = (at + 1) & mask;
    hashes_[at] = old_hashes[k];
    keys_[at] = std::move(old_keys[k]);
  }
}

bool WordSet::has(std::u32string_view w) const {
  if (!filter_.may_have(w)) return false;
  const std::uint64_t h = hash_append(kHashSeed, w) | 1;
  const std::size_t mask = hashes_.size() - 1;
  for (std::size_t at = static_cast<std::size_t>(h) & mask; hashes_[at]; at = (at + 1) & mask)
    if (hashes_[at] == h && keys_[at] == w) return true;
  return false;
}

const WordSet& word_set(const char* file, const char* name) {
  static std::mutex mutex;
  static std::map<std::string, Sets, std::less<>> files;
  std::lock_guard<std::mutex> lock(mutex);
  auto f = files.find(file);
  if (f == files.end()) f = files.emplace(file, read_sets(embedded_data(file))).first;
  const auto s = f->second.find(name);
  if (s == f->second.end()) missing(file, "word set", name);
  return s->second;
}

const std::vector<WordRow>& word_table(const char* file, const char* name) {
  static std::mutex mutex;
  static std::map<std::string, Tables, std::less<>> files;
  std::lock_guard<std::mutex> lock(mutex);
  auto f = files.find(file);
  if (f == files.end()) f = files.emplace(file, read_tables(embedded_data(file))).first;
  const auto t = f->second.find(name);
  if (t == f->second.end()) missing(file, "table", name);
  return t->second;
}

}  // namespace isnad::analysis
