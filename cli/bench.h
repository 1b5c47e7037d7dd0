// bench.h — `isnad bench FILE.jsonl`: analysis throughput (see bench.cpp).
#pragma once

namespace isnad::cli {

int bench(const char* jsonl_path);

}  // namespace isnad::cli
