// search_text.cpp — an article folded for searching, and its words (see search.h).
#include <algorithm>

#include <unicode/uchar.h>

#include "isnad/search/search.h"
#include "isnad/text/normalize.h"

namespace isnad::search {
namespace {

bool is_word_char(char32_t c) {
  return text::is_arabic_letter(c) || text::is_digit(c) || (c >= 'a' && c <= 'z') ||
         (c >= 0x80 && u_isalnum(static_cast<UChar32>(c)));
}

// The words of out.text from `from` on (a slice's start: no word runs across it).
void add_words(SearchText& out, std::uint32_t from) {
  for (std::uint32_t i = from; i < out.text.size();) {
    if (!is_word_char(out.text[i])) { ++i; continue; }
    std::uint32_t j = i;
    while (j < out.text.size() && is_word_char(out.text[j])) ++j;
    out.words.push_back({i, j});
    i = j;
  }
}

// Where a slice that starts at `from` may end: after the last line break within about `max_chars`,
// else after the last space, else after the next space or line break however far (a word is never
// cut: its fold and its clitics need the whole of it).
std::size_t slice_end(std::u32string_view text, std::size_t from, std::size_t max_chars) {
  if (text.size() - from <= max_chars) return text.size();
  const std::size_t limit = from + max_chars;
  for (char32_t stop : {U'\n', U' '})
    for (std::size_t i = limit; i > from + max_chars / 2; --i)
      if (text[i - 1] == stop) return i;
  for (std::size_t i = limit; i < text.size(); ++i)
    if (text[i] == U'\n' || text[i] == U' ') return i + 1;
  return text.size();
}

}  // namespace

SearchText fold_for_search(std::u32string_view original) {
  text::Normalized n = text::fold_with_map(original, text::Fold::search);
  SearchText out;
  out.text = std::move(n.text);
  out.to_orig = std::move(n.to_orig);
  add_words(out, 0);
  return out;
}

bool SearchTextBuilder::step(std::u32string_view original, std::size_t max_chars) {
  if (next_ >= original.size()) {
    if (out_.to_orig.empty()) out_.to_orig.push_back(static_cast<std::uint32_t>(original.size()));
    return true;
  }
  const std::size_t end = slice_end(original, next_, max_chars);
  text::Normalized n = text::fold_with_map(original.substr(next_, end - next_), text::Fold::search);
  const auto from = static_cast<std::uint32_t>(out_.text.size());
  if (next_ == 0) {   // the fold keeps about as many code points: one allocation, not a copy per slice
    out_.text.reserve(original.size());
    out_.to_orig.reserve(original.size() + 1);
  }
  if (!out_.to_orig.empty()) out_.to_orig.pop_back();   // the previous slice's end is this one's start
  out_.text += n.text;
  for (std::uint32_t o : n.to_orig) out_.to_orig.push_back(static_cast<std::uint32_t>(next_ + o));
  add_words(out_, from);
  next_ = end;
  return next_ >= original.size();
}

SearchText SearchTextBuilder::take() {
  SearchText t = std::move(out_);
  out_ = {};
  next_ = 0;
  return t;
}

Index build_index(const std::vector<std::u32string_view>& articles) {
  Index index;
  index.articles.reserve(articles.size());
  for (std::u32string_view a : articles) index.articles.push_back(fold_for_search(a));
  return index;
}

}  // namespace isnad::search
