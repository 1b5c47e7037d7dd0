// analyze.cpp — the pipeline for one article and for a corpus, as a list of stages:
// document (fold, words, sentences) → dates/durations → numbers/quantities → entities (rules and the
// learned name tagger) → quotes →
// attributions → anchors in text order → claims; then entities grouped across the corpus.
#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/document.h"
#include "isnad/text/utf8.h"
#include "claims.h"
#include "entity_groups.h"
#include "recognizers.h"

namespace isnad::analysis {

namespace {

// "000_64500c877a054f3f.txt" → "000"; other names keep their stem.
std::string id_prefix(const std::string& file, std::size_t index) {
  std::size_t n = 0;
  while (n < file.size() && file[n] >= '0' && file[n] <= '9') ++n;
  if (n > 0) return file.substr(0, n);
  char b[16];
  std::snprintf(b, sizeof b, "%03zu", index);
  return b;
}

ArticleAnalysis analyze_one(const corpus::Article& article, const Options& options, const std::string& prefix) {
  ArticleAnalysis art;
  art.file = article.meta.file;
  art.outlet = article.meta.outlet;
  art.date = article.meta.date ? article.meta.date : options.date;
  Document d = make_document(article.text);
  DateContext ctx = parse_date_context(art.date);
  std::vector<bool> used(d.size(), false);
  std::vector<Anchor> anchors;
  find_dates(d, ctx, used, anchors);
  find_numbers(d, used, anchors);
  std::vector<Anchor> entities;
  find_entities(d, tag_names(d), entities);
  find_quotes(d, entities, anchors);
  for (auto& e : entities) anchors.push_back(std::move(e));
  std::vector<Anchor> attributions;
  find_attributions(d, anchors, attributions);
  for (auto& a : attributions) anchors.push_back(std::move(a));
  std::stable_sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  for (Anchor& a : anchors) a.text = text::to_utf8(std::u32string_view(article.text).substr(a.start, a.end - a.start));
  art.anchors = std::move(anchors);
  build_claims(d, prefix, art);
  return art;
}

}  // namespace

ArticleAnalysis analyze_article(const corpus::Article& article, const Options& options) {
  return analyze_one(article, options, id_prefix(article.meta.file, 0));
}

Analysis analyze_corpus(const std::vector<corpus::Article>& articles, const Options& options) {
  Analysis out;
  out.articles.reserve(articles.size());
  // Claim ids are "<prefix>:c<n>": a prefix two files share ("7.txt", "7_update.txt") takes the
  // article's index after it, so that every id names one claim.
  std::unordered_set<std::string> taken;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    std::string prefix = id_prefix(articles[i].meta.file, i);
    if (!taken.insert(prefix).second) {
      prefix += "-" + std::to_string(i);
      taken.insert(prefix);
    }
    out.articles.push_back(analyze_one(articles[i], options, prefix));
  }
  out.entities = group_entities(out.articles, articles);
  return out;
}

}  // namespace isnad::analysis
