// search_text.cpp — an article folded for searching, and its words (see search.h).
#include <unicode/uchar.h>

#include "isnad/search/search.h"
#include "isnad/text/normalize.h"

namespace isnad::search {
namespace {

bool is_word_char(char32_t c) {
  return text::is_arabic_letter(c) || text::is_digit(c) || (c >= 'a' && c <= 'z') ||
         (c >= 0x80 && u_isalnum(static_cast<UChar32>(c)));
}

}  // namespace

SearchText fold_for_search(std::u32string_view original) {
  text::Normalized n = text::fold_with_map(original, text::Fold::search);
  SearchText out;
  out.text = std::move(n.text);
  out.to_orig = std::move(n.to_orig);
  for (std::uint32_t i = 0; i < out.text.size();) {
    if (!is_word_char(out.text[i])) { ++i; continue; }
    std::uint32_t j = i;
    while (j < out.text.size() && is_word_char(out.text[j])) ++j;
    out.words.push_back({i, j});
    i = j;
  }
  return out;
}

Index build_index(const std::vector<std::u32string_view>& articles) {
  Index index;
  index.articles.reserve(articles.size());
  for (std::u32string_view a : articles) index.articles.push_back(fold_for_search(a));
  return index;
}

}  // namespace isnad::search
