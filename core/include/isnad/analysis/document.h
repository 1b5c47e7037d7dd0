// isnad/analysis/document.h — one article prepared for the recognisers: the folded text with its
// offset map, the ICU words and the sentences. Built once per article; every recogniser reads it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "isnad/text/normalize.h"
#include "isnad/text/segment.h"

namespace isnad::analysis {

struct Document {
  std::u32string_view original;          // the article as read (offsets count these code points)
  text::Normalized norm;
  std::vector<text::Token> tokens;
  std::vector<text::TokenRange> sentences;
  std::vector<std::uint32_t> sentence_of;  // token index → sentence index

  std::size_t size() const { return tokens.size(); }
  std::u32string_view word(std::size_t i) const { return text::token_text(norm, tokens[i]); }
  bool is_word(std::size_t i) const { return i < tokens.size() && tokens[i].kind == text::TokenKind::word; }
  bool is_number(std::size_t i) const { return i < tokens.size() && tokens[i].kind == text::TokenKind::number; }
  bool is_punct(std::size_t i, char32_t c) const {
    return i < tokens.size() && tokens[i].kind == text::TokenKind::punct && norm.text[tokens[i].nb] == c;
  }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return a < tokens.size() && b < tokens.size() && sentence_of[a] == sentence_of[b];
  }
};

Document make_document(std::u32string_view original);

}  // namespace isnad::analysis
