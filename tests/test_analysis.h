// tests/test_analysis.h — small helpers for the analysis tests: analyse one Arabic string and find
// anchors by type and text.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>

#include <doctest/doctest.h>

#include "isnad/analysis/analysis.h"
#include "isnad/text/utf8.h"

namespace isnad::test {

inline analysis::ArticleAnalysis analyse(const std::string& utf8, std::optional<std::string> date = std::nullopt) {
  corpus::Article a;
  a.meta.file = "t.txt";
  a.meta.date = date;
  a.text = text::decode_utf8(utf8).text;
  return analysis::analyze_article(a, {});
}

inline const analysis::Anchor* find_anchor(const analysis::ArticleAnalysis& a, analysis::AnchorType t, const std::string& text) {
  for (auto& x : a.anchors)
    if (x.type == t && x.text == text) return &x;
  return nullptr;
}

inline std::string list_anchors(const analysis::ArticleAnalysis& a) {
  std::string s;
  for (auto& x : a.anchors) s += std::string(analysis::anchor_type_name(x.type)) + ":" + x.text + " | ";
  return s;
}

// The normalised value of the anchor of type t whose text is `text`; the test stops, listing the
// anchors found, when there is none.
inline nlohmann::json anchor_value(const analysis::ArticleAnalysis& a, analysis::AnchorType t, const std::string& text) {
  const auto* x = find_anchor(a, t, text);
  REQUIRE_MESSAGE(x, list_anchors(a));
  return analysis::value_json(*x);
}

// Those of `sentences` in which an anchor of type t is found, each with its anchors: "" when none.
inline std::string sentences_with(analysis::AnchorType t, std::initializer_list<const char*> sentences) {
  std::string out;
  for (const char* s : sentences) {
    const auto a = analyse(s);
    for (auto& x : a.anchors)
      if (x.type == t) { out += std::string(s) + "\n  " + list_anchors(a) + "\n"; break; }
  }
  return out;
}

}  // namespace isnad::test
