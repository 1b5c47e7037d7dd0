// isnad/search/search.h — find in all articles, the way a reader of Arabic expects: the query and
// the articles are folded alike (hamza seats, ى/ي, ة/ه, diacritics and tatweel dropped, digits
// made ASCII: text/normalize.h; the hamza carriers ؤ and ئ also meet ء), and each query word
// matches a whole word of the article that may carry clitics: a conjunction (و ف), a preposition
// (ب ك ل), the article (ال, and لل where ل and ال fuse) in front, a pronoun or plural ending behind
// (ـه ـها ـهم ـات ـين ـون …). So "الانسحاب" finds انسحاب, الانسحاب, والانسحاب, للانسحاب, انسحابها.
// Matches are reported in each article's own code-point offsets (the fold's offset map), with the
// words around them for a result list.
//
//   auto index = isnad::search::build_index(texts);            // once per corpus
//   auto hits = isnad::search::find(index, U"الانسحاب");       // each: article, [start, end)
//   auto ctx = isnad::search::context_of(texts[h.article], h);  // before / match / after, UTF-8
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isnad::search {

// One article, folded for searching, with its words.
struct SearchText {
  std::u32string text;                    // folded
  std::vector<std::uint32_t> to_orig;     // folded offset → original code point; size text.size() + 1
  struct Word { std::uint32_t begin, end; };   // folded offsets [begin, end) of a run of letters and digits
  std::vector<Word> words;
};

struct Index { std::vector<SearchText> articles; };

SearchText fold_for_search(std::u32string_view original);
Index build_index(const std::vector<std::u32string_view>& articles);

// fold_for_search a slice at a time, for a page that must not spend a huge article's whole fold in
// one task: each step folds up to about `max_chars` more code points, cut after a line break (else a
// space), so that no word and no fold spans two slices; the result is fold_for_search's.
//
//   SearchTextBuilder b;
//   while (!b.step(text, 200000)) { /* next frame */ }
//   SearchText t = b.take();
class SearchTextBuilder {
 public:
  // Folds the next slice of `original` (the same text every call); true when all of it is folded.
  bool step(std::u32string_view original, std::size_t max_chars);
  std::size_t done_chars() const { return next_; }   // original code points folded so far
  SearchText take();

 private:
  SearchText out_;
  std::size_t next_ = 0;
};

// The words a query asks for: folded, the conjunction and article taken off each (they become
// optional clitics). Empty when the query has no letters or digits.
std::vector<std::u32string> query_words(std::u32string_view query);

// Does a folded article word carry the query word `core`, clitics allowed around it?
bool word_matches(std::u32string_view word, std::u32string_view core);

struct Hit {
  std::size_t article = 0;
  std::uint32_t start = 0, end = 0;       // original code points [start, end): the matched words
};

// Every match, by article then position; at most `limit`.
std::vector<Hit> find(const Index& index, std::u32string_view query, std::size_t limit = 2000);

// The passage around a hit, for a result list: about `radius` code points each side, cut at word
// boundaries, line breaks made spaces. UTF-8.
struct Context { std::string before, match, after; };
Context context_of(std::u32string_view original, const Hit& hit, std::size_t radius = 40);

}  // namespace isnad::search
