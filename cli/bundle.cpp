// bundle.cpp — `isnad bundle`: the build analyses the page's sample corpus once, here, and ships the
// result (web_app.cmake), so that the page draws its first frame without analysing.
//   isnad bundle CORPUS_DIR -o FILE [--max-chars N]   corpus.json + its articles → FILE
//   isnad bundle --check FILE                          reads FILE back: its counts, and whether this core made it
//   isnad bundle --core-version                        the core version a bundle made now carries
#include "bundle.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "isnad/bundle/bundle.h"
#include "isnad/corpus/corpus.h"

namespace isnad::cli {
namespace {

int usage() {
  std::fputs("usage: isnad bundle CORPUS_DIR -o FILE [--max-chars N] | --check FILE | --core-version\n", stderr);
  return 2;
}

int check(const std::string& path) {
  std::string err;
  const auto bytes = corpus::read_file(path, &err);
  if (!bytes) { std::fprintf(stderr, "isnad: %s\n", err.c_str()); return 1; }
  const auto b = bundle::read(*bytes, &err);
  if (!b) { std::fprintf(stderr, "isnad: %s: %s\n", path.c_str(), err.c_str()); return 1; }
  std::size_t anchors = 0, claims = 0;
  for (const auto& a : b->analysis.articles) { anchors += a.anchors.size(); claims += a.claims.size(); }
  const bool current = b->core == bundle::core_version();
  std::printf("%s: %zu articles, %zu anchors, %zu claims, %zu entities, %zu clusters; core %s (%s)\n", path.c_str(),
              b->articles.size(), anchors, claims, b->analysis.entities.size(), b->clusters.size(), b->core.c_str(),
              current ? "this core" : "another core: the page analyses again");
  return current ? 0 : 3;
}

}  // namespace

int bundle(int argc, char** argv) {
  std::string folder, out;
  bundle::Options options;
  for (int i = 0; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--core-version") { std::puts(bundle::core_version()); return 0; }
    if (a == "--check") return i + 1 < argc ? check(argv[i + 1]) : usage();
    if (a == "-o" && i + 1 < argc) out = argv[++i];
    else if (a == "--max-chars" && i + 1 < argc) {
      char* end = nullptr;
      const long long n = std::strtoll(argv[++i], &end, 10);
      if (*end || n < 2) { std::fprintf(stderr, "isnad: --max-chars wants a count of at least 2, got '%s'\n", argv[i]); return 2; }
      options.max_chars = static_cast<std::size_t>(n);
    } else if (a.rfind("-", 0) == 0 || !folder.empty()) return usage();
    else folder = a;
  }
  if (folder.empty() || out.empty()) return usage();
  auto loaded = corpus::load_corpus_folder(folder);
  for (const auto& w : loaded.warnings) std::fprintf(stderr, "isnad: %s\n", w.c_str());
  if (loaded.articles.empty()) { std::fprintf(stderr, "isnad: no articles in %s\n", folder.c_str()); return 1; }
  std::string name, name_en;
  if (auto json = corpus::read_file(folder + "/corpus.json", nullptr))
    if (auto meta = corpus::parse_corpus_meta(*json, nullptr)) { name = meta->name; name_en = meta->name_en; }
  bundle::Bundle b = bundle::analyse(std::move(loaded.articles), options);
  b.name = name;
  b.name_en = name_en;
  const std::string bytes = bundle::write(b);
  std::ofstream f(out, std::ios::binary);
  if (!f || !f.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !f.flush()) {
    std::fprintf(stderr, "isnad: cannot write %s\n", out.c_str());
    return 1;
  }
  std::fprintf(stderr, "isnad: %s: %zu articles, %zu clusters, %zu bytes, core %s\n", out.c_str(), b.articles.size(),
               b.clusters.size(), bytes.size(), b.core.c_str());
  return 0;
}

}  // namespace isnad::cli
