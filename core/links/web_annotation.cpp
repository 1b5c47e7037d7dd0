#include "isnad/links/web_annotation.h"

#include <algorithm>

#include "isnad/text/utf8.h"

namespace isnad::links {
namespace {

constexpr std::uint32_t kContext = 32;   // code points of prefix and suffix

nlohmann::json target(const std::u32string& text, const std::string& source, std::uint32_t start, std::uint32_t end) {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
  start = std::min(start, end);
  const std::uint32_t pb = start > kContext ? start - kContext : 0;
  const std::uint32_t se = std::min<std::uint32_t>(static_cast<std::uint32_t>(text.size()), end + kContext);
  const std::u32string_view t(text);
  return {{"source", source},
          {"selector", {{{"type", "TextQuoteSelector"}, {"exact", text::to_utf8(t.substr(start, end - start))},
                         {"prefix", text::to_utf8(t.substr(pb, start - pb))}, {"suffix", text::to_utf8(t.substr(end, se - end))}},
                        {{"type", "TextPositionSelector"}, {"start", start}, {"end", end}}}}};
}

nlohmann::json body(const char* purpose, const std::string& value) {
  return {{"type", "TextualBody"}, {"purpose", purpose}, {"value", value}, {"format", "text/plain"}};
}

}  // namespace

nlohmann::json web_annotations(const corpus::Article& article, const analysis::ArticleAnalysis& an) {
  const std::string source = article.meta.url && !article.meta.url->empty() ? *article.meta.url : "urn:isnad:" + article.meta.file;
  nlohmann::json items = nlohmann::json::array();
  auto id = [&](const std::string& local) { return "urn:isnad:" + article.meta.file + "#" + local; };
  for (std::size_t i = 0; i < an.anchors.size(); ++i) {
    const auto& a = an.anchors[i];
    nlohmann::json bodies = nlohmann::json::array({body("tagging", analysis::anchor_type_name(a.type))});
    const nlohmann::json value = analysis::value_json(a);
    if (value.is_string()) bodies.push_back(body("describing", value.get<std::string>()));
    else if (!value.is_null()) bodies.push_back(body("describing", value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
    items.push_back({{"id", id("a" + std::to_string(i))}, {"type", "Annotation"}, {"motivation", "highlighting"},
                     {"body", bodies}, {"target", target(article.text, source, a.start, a.end)}});
  }
  for (const auto& c : an.claims) {
    nlohmann::json bodies = nlohmann::json::array({body("tagging", c.checkworthy ? "claim" : "claim (not check-worthy)")});
    if (c.attributed_to) bodies.push_back(body("describing", "attributed to " + *c.attributed_to));
    items.push_back({{"id", id(c.id)}, {"type", "Annotation"}, {"motivation", "describing"}, {"body", bodies},
                     {"target", target(article.text, source, c.start, c.end)}});
  }
  const std::string label = article.first_line();
  return {{"@context", "http://www.w3.org/ns/anno.jsonld"},
          {"id", "urn:isnad:" + article.meta.file + "#annotations"},
          {"type", "AnnotationCollection"},
          {"label", label},
          {"generator", {{"type", "Software"}, {"name", "Isnad"}}},
          {"total", items.size()},
          {"first", {{"type", "AnnotationPage"}, {"items", items}}}};
}

}  // namespace isnad::links
