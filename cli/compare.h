// compare.h — `isnad compare`: judge pairs of statements (isnad/xref/compare.h).
#pragma once

namespace isnad::cli {

// isnad compare A B | --jsonl FILE | --train PAIRS.csv  (argv after "compare")
int compare(int argc, char** argv);

}  // namespace isnad::cli
