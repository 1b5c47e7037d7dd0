// train.h — `isnad train`: the commands that make the learned files of core/data.
#pragma once

namespace isnad::cli {

// isnad train tokens | word-classes VECTORS.vec | ner FILE.jsonl… | ner-eval FILE.jsonl  (argv after "train")
int train(int argc, char** argv);

// isnad train stems | similarity VECTORS.vec (cli/train_similarity.cpp); -1 when argv names neither.
int train_similarity(int argc, char** argv);

}  // namespace isnad::cli
