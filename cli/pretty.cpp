// pretty.cpp — one block per article: its claims (✓ check-worthy, source), each with its anchors.
#include "pretty.h"

#include <string>

#include "isnad/text/utf8.h"

namespace isnad::cli {

void print_table(std::FILE* out, const analysis::Analysis& an, const std::vector<corpus::Article>& articles) {
  for (std::size_t ai = 0; ai < an.articles.size(); ++ai) {
    const auto& a = an.articles[ai];
    std::fprintf(out, "== %s  (%s, %s)  %zu anchors, %zu claims\n", a.file.c_str(), a.outlet ? a.outlet->c_str() : "outlet unknown",
                 a.date ? a.date->c_str() : "date unknown", a.anchors.size(), a.claims.size());
    for (const auto& c : a.claims) {
      std::string text = text::to_utf8(std::u32string_view(articles[ai].text).substr(c.start, c.end - c.start));
      std::fprintf(out, "%-8s %s [%u-%u] %s\n", c.id.c_str(), c.checkworthy ? "✓" : " ", c.start, c.end, text.c_str());
      if (c.attributed_to) std::fprintf(out, "           source: %s\n", c.attributed_to->c_str());
      for (auto k : c.anchors) {
        const auto& x = a.anchors[k];
        std::fprintf(out, "           %-12s %-40s %s\n", analysis::anchor_type_name(x.type), x.text.c_str(), analysis::value_json(x).dump().c_str());
      }
    }
  }
  std::fprintf(out, "== entities: %zu\n", an.entities.size());
  for (const auto& e : an.entities)
    std::fprintf(out, "  %-12s %-40s %zu mentions\n", analysis::anchor_type_name(e.type), e.canonical.c_str(), e.mentions.size());
}

}  // namespace isnad::cli
