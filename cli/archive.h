// archive.h — the commands an archive run (scripts/archive) drives, one article or one story at a time.
#pragma once

namespace isnad::cli {

// `isnad analyze --jsonl [FILE|-]`: one article a line in, one analysis a line out, in constant memory.
int analyze_jsonl(int argc, char** argv);

// `isnad xref --jsonl [FILE|-] [--df DF.json]`: one story's articles in, its bundle out.
int xref_jsonl(int argc, char** argv);

}  // namespace isnad::cli
