// isnad/analysis/title.h — what to call an article, and the metadata its first lines carry.
//
// Scraped news starts with furniture before the story: category tags run together
// ("تحليلاتخاصرئيسية"), "المصدر: …" and "الرابط: …" lines, a dateline ("بغداد/ عراق أوبزيرفر").
// The title is the headline when the text has one (a short line before the body that does not end
// a sentence), else the first sentence that is not boilerplate (core/data/boilerplate.txt, the
// same phrases the claims set aside) or metadata, cut at a word when long. Platform-free; no ICU.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace isnad::analysis {

struct ArticleHeader {
  enum class Kind { none, headline, first_sentence };
  Kind kind = Kind::none;
  std::string title;                    // UTF-8; "" when the text has no words
  std::size_t title_start = 0, title_end = 0;   // its code points in the text (before any cut)
  bool cut = false;                     // the title ends with "…": the sentence was longer
  std::string source;                   // the text of a "المصدر:" / "Source:" line, or ""
  std::string link;                     // the text of a "الرابط:" / "Link:" / "URL:" line, or ""
};

// Reads the first lines of `text` (at most the first 40 lines or 20,000 code points).
ArticleHeader article_header(std::u32string_view text);

const char* header_kind_name(ArticleHeader::Kind k);   // "none", "headline", "first_sentence"

}  // namespace isnad::analysis
