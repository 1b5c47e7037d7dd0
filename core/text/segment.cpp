// segment.cpp — ICU word and sentence segmentation of the folded text (see segment.h).
#include "isnad/text/segment.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "isnad/text/utf8.h"

namespace isnad::text {

namespace {

// One iterator of each kind for the life of the process (the core is single-threaded).
icu::BreakIterator* iterator(bool sentences) {
  static std::unique_ptr<icu::BreakIterator> word, sent;
  auto& slot = sentences ? sent : word;
  if (!slot) {
    UErrorCode st = U_ZERO_ERROR;
    slot.reset(sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), st)
                         : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
    if (U_FAILURE(st)) slot.reset();
  }
  return slot.get();
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0x2028 || c == 0x2029; }
bool is_letter(char32_t c) { return is_arabic_letter(c) || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x0250); }
bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c) || (c >= 0x0250 && c < 0x0600) || c > 0x06FF; }

// Pushes folded span [b, e) as tokens, split where letters touch digits.
void push_piece(const Normalized& t, std::uint32_t b, std::uint32_t e, bool nl, bool sp, std::vector<Token>& out) {
  std::uint32_t s = b;
  for (std::uint32_t i = b + 1; i <= e; ++i) {
    bool cut = i == e;
    if (!cut) {
      char32_t p = t.text[i - 1], c = t.text[i];
      cut = (is_letter(p) && is_digit(c)) || (is_digit(p) && is_letter(c));
    }
    if (!cut) continue;
    Token k;
    k.nb = s; k.ne = i;
    k.ob = t.to_orig[s];
    k.oe = t.to_orig[i];   // trailing diacritics belong to the word
    char32_t c0 = t.text[s];
    k.kind = is_digit(c0) ? TokenKind::number : is_word_char(c0) ? TokenKind::word : TokenKind::punct;
    k.newline_before = nl && s == b;
    k.space_before = sp && s == b;
    out.push_back(k);
    s = i;
  }
}

}  // namespace

std::vector<Token> segment_words(const Normalized& t) {
  std::vector<Token> out;
  out.reserve(t.text.size() / 5 + 4);
  Utf16Mapped u = to_utf16(t.text);
  icu::BreakIterator* bi = iterator(false);
  bool nl = false, sp = false;
  auto emit = [&](std::uint32_t b, std::uint32_t e) {
    // white space is not a token; a segment of punctuation becomes one token per code point
    if (b >= e) return;
    if (is_space(t.text[b])) {
      for (std::uint32_t i = b; i < e; ++i) { sp = true; if (t.text[i] == '\n' || t.text[i] == 0x2029) nl = true; }
      return;
    }
    if (!is_word_char(t.text[b])) {
      for (std::uint32_t i = b; i < e; ++i) {
        if (is_space(t.text[i])) { sp = true; if (t.text[i] == '\n') nl = true; continue; }
        push_piece(t, i, i + 1, nl, sp, out);
        nl = sp = false;
      }
      return;
    }
    push_piece(t, b, e, nl, sp, out);
    nl = sp = false;
  };
  if (!bi) {  // no ICU data: split on white space and punctuation by hand
    std::uint32_t b = 0;
    for (std::uint32_t i = 0; i <= t.text.size(); ++i) {
      bool boundary = i == t.text.size() || !is_word_char(t.text[i]) || (i > b && !is_word_char(t.text[i - 1]));
      if (boundary && i > b) { emit(b, i); b = i; }
    }
    return out;
  }
  icu::UnicodeString us(false, reinterpret_cast<const UChar*>(u.utf16.data()), static_cast<int32_t>(u.utf16.size()));
  bi->setText(us);
  int32_t prev = bi->first();
  for (int32_t cur = bi->next(); cur != icu::BreakIterator::DONE; prev = cur, cur = bi->next())
    emit(static_cast<std::uint32_t>(u.to_cp[prev]), static_cast<std::uint32_t>(u.to_cp[cur]));
  bi->setText(icu::UnicodeString());
  return out;
}

std::vector<TokenRange> segment_sentences(const Normalized& t, const std::vector<Token>& tokens) {
  std::vector<bool> cut_before(tokens.size() + 1, false);
  // ICU sentence boundaries, as token indices.
  if (icu::BreakIterator* bi = iterator(true)) {
    Utf16Mapped u = to_utf16(t.text);
    icu::UnicodeString us(false, reinterpret_cast<const UChar*>(u.utf16.data()), static_cast<int32_t>(u.utf16.size()));
    bi->setText(us);
    std::size_t k = 0;
    for (int32_t cur = bi->next(); cur != icu::BreakIterator::DONE; cur = bi->next()) {
      std::uint32_t cp = static_cast<std::uint32_t>(u.to_cp[cur]);
      while (k < tokens.size() && tokens[k].nb < cp) ++k;
      cut_before[k] = true;
    }
    bi->setText(icu::UnicodeString());
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    char32_t c = t.text[tokens[i].nb];
    if (tokens[i].newline_before) cut_before[i] = true;
    if (tokens[i].kind == TokenKind::punct && (c == 0x061B || c == ';' || c == 0x061F || c == '?' || c == '!' || c == '.'))
      cut_before[i + 1] = true;
  }
  // Join across cuts while a quotation is open; a line break always ends it (unbalanced marks).
  bool quote_open = false;   // folding made every quotation mark '"', so marks simply alternate
  std::vector<TokenRange> out;
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (i > start && cut_before[i] && (tokens[i].newline_before || !quote_open)) {
      out.push_back({start, i});
      start = i;
      quote_open = false;
    }
    if (tokens[i].kind != TokenKind::punct) continue;
    if (t.text[tokens[i].nb] == '"') quote_open = !quote_open;
  }
  if (start < tokens.size()) out.push_back({start, static_cast<std::uint32_t>(tokens.size())});
  return out;
}

}  // namespace isnad::text
