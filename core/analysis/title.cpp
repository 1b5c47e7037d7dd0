// title.cpp — an article's title and the metadata lines above its story (isnad/analysis/title.h).
// Lines are read from the top: metadata ("المصدر: X", "الرابط: X") is kept aside, furniture is
// skipped (boilerplate phrases, category tags run into one word, a short dateline "City/ Outlet",
// a line with no letters), then the first line left is the headline when it is short and does not
// end a sentence, else its first sentence is the title.
#include "isnad/analysis/title.h"

#include <algorithm>
#include <vector>

#include "isnad/analysis/embedded_data.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {
namespace {

constexpr std::size_t kMaxLines = 40, kMaxChars = 20000;
constexpr std::size_t kHeadlineMaxWords = 25, kHeadlineMaxChars = 200;
constexpr std::size_t kTitleMaxChars = 150;   // a first sentence longer than this is cut at a word

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0xFEFF || c == 0x200F || c == 0x200E; }
bool is_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
         (c >= 0x00C0 && c <= 0x024F);
}

struct Line { std::size_t start, end; };   // trimmed, in code points of the text

std::vector<Line> first_lines(std::u32string_view text) {
  std::vector<Line> out;
  const std::size_t n = std::min(text.size(), kMaxChars);
  std::size_t i = 0;
  while (i < n && out.size() < kMaxLines) {
    std::size_t j = i;
    while (j < n && text[j] != U'\n' && text[j] != U'\r' && text[j] != 0x2028 && text[j] != 0x2029) ++j;
    std::size_t a = i, b = j;
    while (a < b && is_space(text[a])) ++a;
    while (b > a && is_space(text[b - 1])) --b;
    if (b > a) out.push_back({a, b});
    i = j + 1;
  }
  return out;
}

std::size_t words_in(std::u32string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char32_t c : s) {
    const bool w = !is_space(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// The folded phrases of core/data/boilerplate.txt, once.
const std::vector<std::u32string>& boilerplate_phrases() {
  static const std::vector<std::u32string> phrases = [] {
    std::vector<std::u32string> out;
    const std::string_view all = embedded_data("boilerplate.txt");
    std::size_t i = 0;
    while (i < all.size()) {
      std::size_t j = all.find('\n', i);
      if (j == std::string_view::npos) j = all.size();
      std::string_view line = all.substr(i, j - i);
      if (!line.empty() && line[0] != '#') {
        std::u32string f = text::fold(text::decode_utf8(line).text);
        while (!f.empty() && (f.back() == U':' || is_space(f.back()))) f.pop_back();
        if (!f.empty()) out.push_back(std::move(f));
      }
      i = j + 1;
    }
    return out;
  }();
  return phrases;
}

// As the claims read it: the line starts with a phrase (a whole word) and is the phrase, or the
// phrase is followed by a colon (metadata), or the line is short (six words at most).
bool is_boilerplate(std::u32string_view line) {
  const std::u32string f = text::fold(line);
  for (const auto& p : boilerplate_phrases()) {
    if (f.compare(0, p.size(), p) != 0) continue;
    std::size_t k = p.size();
    if (k < f.size() && is_letter(f[k])) continue;   // a longer word
    while (k < f.size() && is_space(f[k])) ++k;
    if (k == f.size() || f[k] == U':' || words_in(f) <= 6) return true;
  }
  return false;
}

// "المصدر: X" / "Source: X" → (source, X); "الرابط: X" / "Link: X" / "URL: X" → (link, X).
enum class Meta { none, source, link };
Meta metadata(std::u32string_view line, std::u32string* value) {
  const std::size_t colon = line.find(U':');
  if (colon == std::u32string_view::npos || colon > 24) return Meta::none;
  std::u32string key = text::fold(line.substr(0, colon));
  while (!key.empty() && is_space(key.back())) key.pop_back();
  for (char32_t& c : key) if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
  Meta m = Meta::none;
  if (key == text::fold(U"المصدر") || key == U"source") m = Meta::source;
  else if (key == text::fold(U"الرابط") || key == text::fold(U"رابط المقال") || key == U"link" || key == U"url") m = Meta::link;
  if (m == Meta::none) return m;
  std::size_t a = colon + 1;
  while (a < line.size() && is_space(line[a])) ++a;
  *value = std::u32string(line.substr(a));
  return m;
}

// Furniture that is neither the headline nor the story: category tags run together into one
// word, a dateline or byline ("بغداد/ عراق أوبزيرفر", "كتب: …"), a line with no letters (a date, a
// separator).
bool is_furniture(std::u32string_view line) {
  const std::size_t words = words_in(line);
  if (words <= 1) return true;
  if (std::none_of(line.begin(), line.end(), is_letter)) return true;
  if (words <= 5 && (line.find(U'/') != std::u32string_view::npos || line.find(U'|') != std::u32string_view::npos)) return true;
  return false;
}

bool ends_sentence(char32_t c) { return c == U'.' || c == 0x06D4 || c == U':' || c == U'،' || c == U','; }

// The end of the first sentence of [start, end): after ". ", "! ", "? ", "؟ " (a full stop between
// digits is a decimal point), or the line's end.
std::size_t sentence_end(std::u32string_view text, std::size_t start, std::size_t end) {
  for (std::size_t i = start; i < end; ++i) {
    const char32_t c = text[i];
    if (c != U'.' && c != U'!' && c != U'?' && c != U'؟' && c != 0x06D4) continue;
    if (i + 1 == end) return end;
    if (is_space(text[i + 1]) && i > start + 1) return i + 1;
  }
  return end;
}

// [start, end) as a title: a long sentence is cut at the last space before kTitleMaxChars and
// closed with "…"; the final full stop is left out.
void set_title(ArticleHeader* h, std::u32string_view text, std::size_t start, std::size_t end) {
  h->title_start = start;
  h->title_end = end;
  std::u32string t(text.substr(start, end - start));
  if (t.size() > kTitleMaxChars) {
    std::size_t cut = t.rfind(U' ', kTitleMaxChars);
    if (cut == std::u32string::npos || cut < kTitleMaxChars / 2) cut = kTitleMaxChars;
    t.resize(cut);
    while (!t.empty() && (is_space(t.back()) || t.back() == U'،' || t.back() == U',')) t.pop_back();
    t += U"…";
    h->cut = true;
  } else {
    while (!t.empty() && (t.back() == U'.' || t.back() == 0x06D4 || is_space(t.back()))) t.pop_back();
  }
  h->title = text::to_utf8(t);
}

}  // namespace

const char* header_kind_name(ArticleHeader::Kind k) {
  switch (k) {
    case ArticleHeader::Kind::none: return "none";
    case ArticleHeader::Kind::headline: return "headline";
    case ArticleHeader::Kind::first_sentence: return "first_sentence";
  }
  return "none";
}

ArticleHeader article_header(std::u32string_view text) {
  ArticleHeader h;
  const std::vector<Line> lines = first_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string_view line = text.substr(lines[i].start, lines[i].end - lines[i].start);
    std::u32string value;
    const Meta m = metadata(line, &value);
    if (m == Meta::source) { if (h.source.empty()) h.source = text::to_utf8(value); continue; }
    if (m == Meta::link) { if (h.link.empty()) h.link = text::to_utf8(value); continue; }
    if (is_boilerplate(line) || is_furniture(line)) continue;
    // A headline: short, not a finished sentence, and the story goes on after it.
    const bool more = i + 1 < lines.size() || lines[i].end < text.size();
    if (more && words_in(line) <= kHeadlineMaxWords && line.size() <= kHeadlineMaxChars && !ends_sentence(line.back())) {
      h.kind = ArticleHeader::Kind::headline;
      set_title(&h, text, lines[i].start, lines[i].end);
      return h;
    }
    h.kind = ArticleHeader::Kind::first_sentence;
    set_title(&h, text, lines[i].start, sentence_end(text, lines[i].start, lines[i].end));
    return h;
  }
  return h;
}

}  // namespace isnad::analysis
