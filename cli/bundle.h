// bundle.h — `isnad bundle`: a corpus folder analysed into one bundle file (isnad/bundle/bundle.h).
#pragma once

namespace isnad::cli {

// isnad bundle CORPUS_DIR -o FILE [--max-chars N] | --check FILE | --core-version  (argv after "bundle")
int bundle(int argc, char** argv);

}  // namespace isnad::cli
