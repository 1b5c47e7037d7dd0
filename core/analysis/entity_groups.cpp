// entity_groups.cpp — grouping entity mentions across articles. Mentions share an entity when their
// canonical names agree after folding and light stemming (so الأمريكية / الأميركية / الامريكيه and
// والعراق / العراق meet), and a one-word person mention ("السوداني") joins the full name that ends
// with it ("محمد شياع السوداني") anywhere in the corpus.
#include <map>
#include <string>
#include <unordered_map>

#include "entity_groups.h"
#include "isnad/text/normalize.h"
#include "isnad/text/stem.h"
#include "isnad/text/utf8.h"

namespace isnad::analysis {

namespace {

// A spelling-tolerant key: folded words, light-stemmed, long vowels dropped inside words
// (أمريكي / أميركي differ only in where the ي sits).
std::u32string group_key(const std::string& canonical) {
  std::u32string f = text::fold(text::decode_utf8(canonical).text);
  std::u32string key;
  std::size_t i = 0;
  while (i < f.size()) {
    while (i < f.size() && f[i] == ' ') ++i;
    std::size_t j = i;
    while (j < f.size() && f[j] != ' ') ++j;
    if (j > i) {
      std::u32string_view w = text::light_stem(std::u32string_view(f).substr(i, j - i));
      if (!key.empty()) key += U' ';
      for (std::size_t k = 0; k < w.size(); ++k) {
        char32_t c = w[k];
        if (k > 0 && (c == U'\u064A' || c == U'\u0627' || c == U'\u0648') && w.size() > 3) continue;
        key += c;
      }
    }
    i = j;
  }
  return key;
}

std::u32string last_word(const std::u32string& key) {
  auto sp = key.rfind(U' ');
  return sp == std::u32string::npos ? key : key.substr(sp + 1);
}

}  // namespace

std::vector<Entity> group_entities(const std::vector<ArticleAnalysis>& analysed, const std::vector<corpus::Article>& articles) {
  std::vector<Entity> out;
  std::map<std::pair<int, std::u32string>, std::size_t> index;   // (type, key) → entity
  std::unordered_map<std::u32string, std::size_t> surname;       // person last word → entity (multi-word names)
  std::unordered_map<std::string, std::string> holder;            // role words → the person named with them
  for (const auto& art : analysed)
    for (const Anchor& a : art.anchors)
      if (a.type == AnchorType::person && !a.by_role && !a.role.empty()) holder.emplace(a.role, a.canonical);
  // multi-word person names first, so single-word mentions can join them
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t ai = 0; ai < analysed.size(); ++ai) {
      for (const Anchor& a : analysed[ai].anchors) {
        if (!is_entity(a.type)) continue;
        std::string canonical = a.canonical;
        if (a.by_role && holder.count(a.role)) canonical = holder[a.role];
        std::u32string key = group_key(canonical);
        bool multi = key.find(U' ') != std::u32string::npos;
        if ((pass == 0) != (a.type == AnchorType::person && multi)) continue;
        std::size_t ei;
        auto it = index.find({static_cast<int>(a.type), key});
        if (it != index.end()) ei = it->second;
        else if (a.type == AnchorType::person && !multi && surname.count(key)) ei = surname[key];
        else {
          ei = out.size();
          Entity e;
          e.canonical = canonical;
          e.type = a.type;
          out.push_back(std::move(e));
          index[{static_cast<int>(a.type), key}] = ei;
          if (a.type == AnchorType::person && multi) surname.emplace(last_word(key), ei);
        }
        Entity& e = out[ei];
        e.mentions.push_back({ai, a.start, a.end});
        std::string surface = text::to_utf8(std::u32string_view(articles[ai].text).substr(a.start, a.end - a.start));
        bool seen = false;
        for (auto& s : e.aliases) seen = seen || s == surface;
        if (!seen) e.aliases.push_back(surface);
      }
    }
  }
  return out;
}

}  // namespace isnad::analysis
