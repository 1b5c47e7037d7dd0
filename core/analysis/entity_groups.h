// entity_groups.h — every person, place and organisation mention grouped across the corpus.
#pragma once
#include <vector>

#include "isnad/analysis/analysis.h"

namespace isnad::analysis {

std::vector<Entity> group_entities(const std::vector<ArticleAnalysis>& analysed,
                                   const std::vector<corpus::Article>& articles);

}  // namespace isnad::analysis
