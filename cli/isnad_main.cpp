// isnad — the command-line face of the core: `isnad analyze [--date D] [--meta FILE] [--json|--pretty] FILE...`
// Reads each file as bytes, decodes it (invalid UTF-8 → U+FFFD with a warning), analyses the corpus
// and prints the analysis JSON of ANALYSIS_FORMAT.md or a readable table. Outlets and dates come from
// a corpus.json given with --meta (matched by file name); --date is the fallback article date.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/analysis/analysis.h"
#include "isnad/corpus/corpus.h"
#include "isnad/links/web_annotation.h"
#include "isnad/text/icu_data.h"
#include "isnad/xref/sources.h"
#include "isnad/xref/xref.h"
#include "archive.h"
#include "bench.h"
#include "bundle.h"
#include "compare.h"
#include "pretty.h"
#include "train.h"

namespace {

int usage(FILE* to) {
  std::fputs(
      "usage: isnad analyze [--date YYYY-MM-DD] [--meta corpus.json] [--link-threshold 0.18] [--json|--pretty|--annotations] FILE...\n"
      "       isnad analyze --jsonl [FILE|-]   (one article a line in, one analysis a line out)\n"
      "       isnad xref --jsonl [FILE|-] [--df DF.json]   (one story's articles in, its bundle out)\n"
      "       isnad bundle CORPUS_DIR -o FILE [--max-chars N] | --check FILE   (a corpus analysed into one file for the page)\n"
      "       isnad bench ARTICLES.jsonl   (throughput; one {\"text\": …} a line)\n"
      "       isnad compare A B | --jsonl FILE | --train PAIRS.csv | --cv PAIRS.csv   (agree / disagree / other)\n"
      "       isnad train tokens | word-classes | ner | ner-cv | ner-eval …   (the learned files of core/data)\n"
      "       isnad --version\n", to);
  return to == stderr ? 2 : 0;
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int analyze(int argc, char** argv) {
  bool pretty = false;
  std::string date, meta_path;
  std::vector<std::string> files;
  isnad::xref::Options xopt;
  bool annotations = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") pretty = false;
    else if (a == "--annotations") annotations = true;
    else if (a == "--link-threshold" && i + 1 < argc) {
      char* end = nullptr;
      xopt.min_similarity = std::strtod(argv[++i], &end);
      if (*end || !(xopt.min_similarity > 0 && xopt.min_similarity <= 1)) {
        std::fprintf(stderr, "isnad: --link-threshold wants a number in (0, 1], got '%s'\n", argv[i]);
        return 2;
      }
    }
    else if (a == "--pretty") pretty = true;
    else if (a == "--date" || a == "--meta") {
      if (i + 1 >= argc) { std::fprintf(stderr, "isnad: %s needs a value\n", a.c_str()); return usage(stderr); }
      (a == "--date" ? date : meta_path) = argv[++i];
    }
    else if (a.rfind("--", 0) == 0) { std::fprintf(stderr, "isnad: unknown option %s\n", a.c_str()); return usage(stderr); }
    else files.push_back(a);
  }
  if (files.empty()) return usage(stderr);
  if (!date.empty() && !isnad::corpus::is_iso_date(date)) {
    std::fprintf(stderr, "isnad: --date wants YYYY-MM-DD, got '%s'\n", date.c_str());
    return 2;
  }
  std::optional<isnad::corpus::CorpusMeta> meta;
  if (!meta_path.empty()) {
    std::string err;
    auto bytes = isnad::corpus::read_file(meta_path, &err);
    if (!bytes) { std::fprintf(stderr, "isnad: %s\n", err.c_str()); return 1; }
    meta = isnad::corpus::parse_corpus_meta(*bytes, &err);
    if (!meta) { std::fprintf(stderr, "isnad: %s: %s\n", meta_path.c_str(), err.c_str()); return 1; }
  }
  int rc = 0;
  std::vector<isnad::corpus::Article> articles;
  for (const auto& path : files) {
    std::string err;
    auto bytes = isnad::corpus::read_file(path, &err);
    if (!bytes) { std::fprintf(stderr, "isnad: %s\n", err.c_str()); rc = 1; continue; }
    isnad::corpus::ArticleMeta m;
    m.file = base_name(path);
    if (meta)
      for (const auto& am : meta->articles)
        if (am.file == m.file) m = am;
    std::vector<std::string> warnings;
    articles.push_back(isnad::corpus::make_article(m, *bytes, &warnings));
    for (auto& w : warnings) std::fprintf(stderr, "isnad: warning: %s\n", w.c_str());
  }
  isnad::analysis::Options opt;
  if (!date.empty()) opt.date = date;
  auto an = isnad::analysis::analyze_corpus(articles, opt);
  if (annotations) {
    nlohmann::json j = nlohmann::json::array();
    for (std::size_t i = 0; i < articles.size() && i < an.articles.size(); ++i)
      j.push_back(isnad::links::web_annotations(articles[i], an.articles[i]));
    std::string out = j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
  } else if (pretty) {
    isnad::cli::print_table(stdout, an, articles);
  } else {
    nlohmann::json j = isnad::analysis::to_json(an);
    const auto clusters = isnad::xref::cross_reference(articles, an, xopt);
    j["clusters"] = isnad::xref::clusters_json(clusters, an);
    j["discrepancies"] = isnad::xref::discrepancies_json(clusters, an);
    j["sources"] = isnad::xref::sources_json(clusters, articles, an);
    j["chains"] = isnad::xref::chains_json(articles, an);
    j["timeline"] = isnad::xref::timeline_json(articles, an, clusters);
    std::string out = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef ISNAD_ICU_DATA_FILE
  std::string err;
  if (!isnad::text::icu_load_data_file(ISNAD_ICU_DATA_FILE, &err)) { std::fprintf(stderr, "isnad: %s\n", err.c_str()); return 2; }
#endif
  if (argc < 2) return usage(stderr);
  if (!std::strcmp(argv[1], "--version")) { std::puts("isnad 0.1.0"); return 0; }
  if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "help")) return usage(stdout);
  if (!std::strcmp(argv[1], "analyze")) {
    for (int i = 2; i < argc; ++i)
      if (!std::strcmp(argv[i], "--jsonl")) return isnad::cli::analyze_jsonl(argc - 2, argv + 2);
    return analyze(argc - 2, argv + 2);
  }
  if (!std::strcmp(argv[1], "bundle")) return isnad::cli::bundle(argc - 2, argv + 2);
  if (!std::strcmp(argv[1], "xref")) return isnad::cli::xref_jsonl(argc - 2, argv + 2);
  if (!std::strcmp(argv[1], "compare")) return isnad::cli::compare(argc - 2, argv + 2);
  if (!std::strcmp(argv[1], "train")) return isnad::cli::train(argc - 2, argv + 2);
  if (!std::strcmp(argv[1], "bench") && argc == 3) return isnad::cli::bench(argv[2]);
  std::fprintf(stderr, "isnad: unknown command '%s'\n", argv[1]);
  return usage(stderr);
}
