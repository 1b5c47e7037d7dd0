// isnad/links/web_annotation.h — an article's highlights and claims as W3C Web Annotations
// (https://www.w3.org/TR/annotation-model/), so other annotation tools (Hypothesis, Recogito, …)
// can read them: each targets the article by a TextQuoteSelector (the exact text with 32 code points
// of prefix and suffix) and a TextPositionSelector (code-point offsets, as the model specifies).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"

namespace isnad::links {

// An AnnotationCollection with one page holding an annotation per anchor (motivation "tagging": its
// type, and "describing": its normalised value) and per claim ("describing": claim, source,
// check-worthiness). `source` is the article's IRI: its URL when known, else urn:isnad:<file>.
nlohmann::json web_annotations(const corpus::Article& article, const analysis::ArticleAnalysis& analysis);

}  // namespace isnad::links
