// claim_features.cpp — claim reading: each check-worthy claim of the analysis as ClaimFeatures (its
// words: claim_words.cpp; its values: claim_values.cpp; here its entities, source, hour and kind of
// figure). The first stage of cross_reference.
#include "claim_features.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <unordered_set>

#include "claim_words.h"
#include "isnad/analysis/embedded_data.h"
#include "isnad/analysis/lexicon.h"
#include "isnad/analysis/word_sets.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"
#include "isnad/xref/sources.h"

namespace isnad::xref::detail {
namespace {

using analysis::AnchorType;

// Capital → country, both folded: "Baghdad and Washington agreed" states what "Iraq and the US agreed" does.
const std::unordered_map<std::u32string, std::u32string>& metonyms() {
  static const auto map = [] {
    std::unordered_map<std::u32string, std::u32string> m;
    for_each_data_line("metonyms.txt", [&](const std::vector<std::string>& p) {
      for (std::size_t i = 1; i < p.size(); ++i) m.emplace(folded(p[i]), folded(p[0]));
    });
    return m;
  }();
  return map;
}

// The time of day a claim gives ("بحلول الساعة 1045 بتوقيت جرينتش", "الساعة 05:47", "الساعة 15ر05"
// as the Saudi Press Agency writes 05:15), in minutes, or -1: prices "at 05:15" and "at 10:45" are two
// moments, not two accounts of one.
int time_of_day(std::u32string_view folded_text) {
  static const std::u32string hour_word = text::fold(U"الساعة");
  if (folded_text.find(hour_word) == std::u32string_view::npos) return -1;   // most claims: no word list to build
  const auto words = split_words(folded_text);
  auto digits_only = [](const std::u32string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  };
  auto number = [](const std::u32string& w) { int v = 0; for (char32_t c : w) v = v * 10 + static_cast<int>(c - U'0'); return v; };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] != hour_word) continue;
    const std::u32string& w = words[i + 1];
    int hour = -1, minute = 0;
    if (const std::size_t r = w.find(U'\u0631'); r != std::u32string::npos && r > 0 && digits_only(w.substr(0, r)) && digits_only(w.substr(r + 1))) {
      hour = number(w.substr(r + 1));   // "15ر05": minutes first
      minute = number(w.substr(0, r));
    } else if (digits_only(w) && w.size() >= 3 && w.size() <= 4) {
      hour = number(w.substr(0, w.size() - 2));
      minute = number(w.substr(w.size() - 2));
    } else if (digits_only(w) && w.size() <= 2) {
      hour = number(w);
      if (i + 2 < words.size() && digits_only(words[i + 2]) && words[i + 2].size() == 2) minute = number(words[i + 2]);
    }
    if (hour >= 0 && hour < 24 && minute < 60) return hour * 60 + minute;
  }
  return -1;
}

// A figure told as risen or fallen ("ارتفعت الحصيلة إلى 22").
bool is_moving(const ClaimFeatures& f) {
  static const std::u32string rise = std::u32string(1, kConceptTag) + U"rise", fall = std::u32string(1, kConceptTag) + U"fall";
  return f.concepts.count(rise) || f.concepts.count(fall);
}

// A price's move in a market: a rise or fall, and a word of trading (a barrel, an ounce, cents,
// contracts, trading sessions, an index's points).
bool is_quote(const ClaimFeatures& f, std::u32string_view folded_text) {
  if (!f.moving) return false;
  static const auto& market = word_set("market");
  for (const auto& w : split_words(folded_text))
    if (market.count(w)) return true;
  return false;
}

// The claim's folded text with its attribution phrases replaced by kLeftOut: who said it is another
// slot than what was said, and "نقلت رويترز عن مسؤول" would make every Reuters claim look alike.
std::u32string without_attributions(const ArticleText& article, const analysis::ArticleAnalysis& an, const analysis::Claim& cl) {
  std::u32string slice(article.folded(cl.start, cl.end));
  const std::size_t from = article.folded_at(cl.start);
  for (auto i : cl.anchors) {
    if (i >= an.anchors.size() || an.anchors[i].type != AnchorType::attribution) continue;
    const auto& a = an.anchors[i];
    if (a.end <= cl.start || a.start >= cl.end) continue;
    const std::size_t b = article.folded_at(std::max(a.start, cl.start)), e = article.folded_at(std::min(a.end, cl.end));
    for (std::size_t k = b; k < e; ++k) slice[k - from] = kLeftOut;
  }
  return slice;
}

// Whether an anchor lies within one of the claim's attribution phrases.
bool in_attribution(const analysis::ArticleAnalysis& an, const analysis::Claim& cl, const analysis::Anchor& x) {
  for (auto i : cl.anchors)
    if (i < an.anchors.size() && an.anchors[i].type == AnchorType::attribution && an.anchors[i].start <= x.start && x.end <= an.anchors[i].end)
      return true;
  return false;
}

// A reporter's byline opening the claim ("عبدالله البرقاوي- سبق- الرياض: …"): a name the claim is
// not about.
bool byline(const ArticleText& article, const analysis::Claim& cl, const analysis::Anchor& x) {
  const std::u32string_view t(article.article.text);
  if (x.start > t.size() || !split_words(article.folded(cl.start, x.start)).empty()) return false;
  const std::size_t k = t.find_first_not_of(U" \u00A0", x.end);
  return k != std::u32string_view::npos && (t[k] == U'-' || t[k] == U'\u2013' || t[k] == U'\u2014');
}

// Entities it names as terms (a capital standing for its country counts as the country too), the
// places where it happens and the words of the people it is about (not its source's, not a byline's).
void read_entities(const ArticleText& article, const analysis::ArticleAnalysis& an, const analysis::Claim& cl, const Options& opt,
                   ClaimFeatures& f) {
  for (auto i : cl.anchors) {
    if (i >= an.anchors.size()) continue;
    const auto& a = an.anchors[i];
    if (!analysis::is_entity(a.type) || a.canonical.empty()) continue;
    std::u32string e = folded(a.canonical);
    if (a.type == AnchorType::place && !in_attribution(an, cl, a)) f.places.insert(e);
    if (a.type == AnchorType::person && !in_attribution(an, cl, a) && !byline(article, cl, a))
      for (auto& w : words_of(e))
        if (w.size() >= opt.person_word_letters) f.person_words.insert(std::move(w));
    if (auto m = metonyms().find(e); m != metonyms().end()) e = m->second;
    f.terms[std::u32string(1, kEntityTag) + e] = 1;
  }
}

// Who says it: the innermost source of its chain (نقلت رويترز عن مسؤول كبير → the official), else the
// source carried from the sentence before; and that source's words, folded (أمريكي = أميركي).
void read_source(const corpus::Article& article, const analysis::ArticleAnalysis& an, std::size_t claim_index, ClaimFeatures& f) {
  const auto& lex = analysis::Lexicon::get();
  const auto chain = attribution_chain(article, an, claim_index);
  if (chain.size() > 1) f.source = chain.back();
  else if (an.claims[claim_index].attributed_to) f.source = *an.claims[claim_index].attributed_to;
  for (auto& w : words_of(text::decode_utf8(f.source).text)) {
    if (const auto* nat = lex.word_clitics(w, analysis::kNationality)) w = folded(nat->canonical);
    f.source_words.insert(std::move(w));
  }
}

}  // namespace

std::u32string folded(const std::string& utf8) { return text::fold(text::decode_utf8(utf8).text); }

std::unordered_set<std::u32string> folded_set(std::initializer_list<const char32_t*> words) {
  std::unordered_set<std::u32string> s;
  for (const char32_t* x : words) s.insert(text::fold(x));
  return s;
}

std::size_t ArticleText::folded_at(std::uint32_t offset) const {
  const auto& to_orig = norm.to_orig;   // non-decreasing; its last entry is the text's end
  return static_cast<std::size_t>(std::lower_bound(to_orig.begin(), to_orig.end() - 1, offset) - to_orig.begin());
}

std::u32string_view ArticleText::folded(std::uint32_t start, std::uint32_t end) const {
  const std::size_t b = folded_at(start), e = folded_at(end);
  return e > b ? std::u32string_view(norm.text).substr(b, e - b) : std::u32string_view();
}

ClaimFeatures claim_features(const ArticleText& article, const analysis::ArticleAnalysis& an,
                             std::size_t article_index, std::size_t claim_index, const Options& opt) {
  ClaimFeatures f;
  f.article = article_index;
  f.claim = claim_index;
  const auto& cl = an.claims[claim_index];
  const std::u32string text = without_attributions(article, an, cl);
  read_claim_words(text, opt, f);
  read_entities(article, an, cl, opt, f);
  read_source(article.article, an, claim_index, f);
  f.time_of_day = time_of_day(text);
  f.moving = is_moving(f);
  f.quote = is_quote(f, text);
  read_claim_values(article, an, cl, opt, f);
  return f;
}

std::vector<ClaimFeatures> read_claims(const std::vector<corpus::Article>& articles, const analysis::Analysis& an,
                                       const Options& opt, ClaimKind kind, const std::vector<bool>* of_articles) {
  std::vector<ClaimFeatures> claims;
  const bool checkworthy = kind == ClaimKind::checkworthy;
  for (std::size_t a = 0; a < an.articles.size() && a < articles.size(); ++a) {
    if (of_articles && (a >= of_articles->size() || !(*of_articles)[a])) continue;
    const auto& art = an.articles[a];
    std::optional<ArticleText> text;   // made at the article's first claim read
    for (std::size_t c = 0; c < art.claims.size(); ++c) {
      const auto& cl = art.claims[c];
      if (cl.checkworthy != checkworthy || cl.end <= cl.start || cl.end > articles[a].text.size()) continue;
      if (!text) text.emplace(articles[a]);
      auto f = claim_features(*text, art, a, c, opt);
      f.checkworthy = cl.checkworthy;
      if (!f.terms.empty()) claims.push_back(std::move(f));
    }
  }
  return claims;
}

std::vector<std::u32string> words_of(std::u32string_view s) { return split_words(text::fold(s)); }

std::vector<std::u32string> split_words(std::u32string_view folded_text) {
  std::vector<std::u32string> out(1);
  for (char32_t c : folded_text) {
    if (text::is_arabic_letter(c) || text::is_digit(c) || (c >= U'a' && c <= U'z')) out.back().push_back(c);
    else if (!out.back().empty()) out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

const std::unordered_set<std::u32string>& word_set(const char* name) { return analysis::word_set("claim_words.txt", name); }

void for_each_data_line(const char* file, const std::function<void(const std::vector<std::string>&)>& each) {
  std::istringstream in(std::string(analysis::embedded_data(file)));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> parts;
    std::string part;
    std::istringstream ls(line);
    while (std::getline(ls, part, '|')) if (!part.empty()) parts.push_back(part);
    if (parts.size() >= 2) each(parts);
  }
}

}  // namespace isnad::xref::detail
