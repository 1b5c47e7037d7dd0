// pretty.h — `isnad analyze --pretty`: the analysis as a table a person can read in a terminal.
#pragma once
#include <cstdio>
#include <vector>

#include "isnad/analysis/analysis.h"

namespace isnad::cli {

void print_table(std::FILE* out, const analysis::Analysis& an, const std::vector<corpus::Article>& articles);

}  // namespace isnad::cli
