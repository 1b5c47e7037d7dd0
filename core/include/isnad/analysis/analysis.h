// isnad/analysis/analysis.h — the analysis core's public API: articles in, anchors, claims and
// corpus-wide entities out. No file IO (the page calls it on texts it already holds).
//
//   auto a = isnad::analysis::analyze_corpus(articles, {});
//   nlohmann::json j = isnad::analysis::to_json(a);     // shared/ANALYSIS_FORMAT.md
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/anchor.h"
#include "isnad/corpus/corpus.h"

namespace isnad::analysis {

struct Claim {
  std::string id;                       // "000:c7" (file prefix : running number)
  std::uint32_t start = 0, end = 0;     // original code-point offsets, final full stop left out
  std::vector<std::uint32_t> anchors;   // indices into ArticleAnalysis::anchors
  std::optional<std::string> attributed_to;
  bool checkworthy = false;
};

struct Span { std::uint32_t start = 0, end = 0; };

struct ArticleAnalysis {
  std::string file;
  std::optional<std::string> outlet, date;
  std::vector<Anchor> anchors;          // in text order
  std::vector<Claim> claims;
  std::vector<Span> boilerplate;        // furniture lines (never claims)
};

struct EntityMention { std::size_t article = 0; std::uint32_t start = 0, end = 0; };

struct Entity {
  std::string canonical;
  AnchorType type = AnchorType::place;
  std::vector<std::string> aliases;     // distinct surface forms (UTF-8)
  std::vector<EntityMention> mentions;
};

struct Analysis {
  std::vector<ArticleAnalysis> articles;
  std::vector<Entity> entities;
};

struct Options {
  std::optional<std::string> date;      // "YYYY-MM-DD": the date relative dates resolve against when an
                                        // article has none of its own
};

// Analyses one article (anchors, claims, boilerplate). `date` resolves relative dates when set.
ArticleAnalysis analyze_article(const corpus::Article& article, const Options& options);

// Analyses every article, then groups entity mentions across the corpus.
Analysis analyze_corpus(const std::vector<corpus::Article>& articles, const Options& options);

// The JSON of shared/ANALYSIS_FORMAT.md.
nlohmann::json to_json(const Analysis& analysis);

// An anchor's "value" in that JSON: its count, date or duration; an entity's canonical name, an
// attribution's {"speaker"}, a quote's {}.
nlohmann::json value_json(const Anchor& anchor);

}  // namespace isnad::analysis
