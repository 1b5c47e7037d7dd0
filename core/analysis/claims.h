// claims.h — claim segmentation of one analysed article (claims.cpp).
#pragma once
#include <string>

#include "isnad/analysis/analysis.h"
#include "isnad/analysis/document.h"

namespace isnad::analysis {

// Appends the article's claims and boilerplate; `art.anchors` must be final and in text order.
void build_claims(const Document& d, const std::string& id_prefix, ArticleAnalysis& art);

}  // namespace isnad::analysis
