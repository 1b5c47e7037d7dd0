// isnad/corpus/corpus.h — a corpus: article texts plus the metadata file that describes them.
//
// The metadata (corpus.json, read with nlohmann/json) names each article's file, outlet,
// publication date (and whether it is estimated) and source URL. Loading never throws: broken
// JSON, wrong types and unreadable files become messages, and what could be read is kept.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/text/utf8.h"

namespace isnad::corpus {

struct ArticleMeta {
  std::string file;                 // file name, relative to the corpus folder
  std::optional<std::string> outlet, outlet_en, date, url, title;
  bool outlet_estimated = false, date_estimated = false;
};

struct Article {
  ArticleMeta meta;
  std::u32string text;              // as read, invalid UTF-8 replaced by U+FFFD
  std::size_t replaced = 0;         // count of U+FFFD inserted while decoding
  std::string first_line() const;   // the title if known, else the first non-empty line (UTF-8)
};

struct CorpusMeta {
  std::string name, name_en;
  std::vector<ArticleMeta> articles;
};

struct LoadResult {
  std::vector<Article> articles;
  std::vector<std::string> warnings;  // one line each, readable by a person
};

// Parses corpus.json. On failure returns nullopt and sets *error (never throws).
std::optional<CorpusMeta> parse_corpus_meta(std::string_view json, std::string* error);

// Reads a whole file into bytes; nullopt and *error if it cannot be read.
std::optional<std::string> read_file(const std::string& path, std::string* error);

// Decodes one article's bytes (warning when bytes were replaced).
Article make_article(ArticleMeta meta, std::string_view bytes, std::vector<std::string>* warnings);
// The same from text decoded already (the page decodes a big article a part at a time).
Article make_article(ArticleMeta meta, text::Utf8Decoded decoded, std::vector<std::string>* warnings);

// Loads corpus.json from `folder` and every article it lists.
LoadResult load_corpus_folder(const std::string& folder);

// A well-formed date "YYYY-MM-DD" (used for --date and metadata).
bool is_iso_date(std::string_view s);

}  // namespace isnad::corpus
