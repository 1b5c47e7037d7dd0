// read.cpp — a bundle back from CBOR, checked (read, read_answer: the whole file as one DOM), and the
// readers of its parts that the stepped reader (step_reader.cpp) shares. docs/bundle.md is the layout.
#include <cstdint>
#include <utility>

#include "bundle/reading.h"
#include "isnad/text/utf8.h"

namespace isnad::bundle {
namespace detail {

namespace {

// nlohmann's DOM builder throws (or, built without exceptions, aborts) on a CBOR array or map whose
// declared length is beyond what a vector can hold, even with allow_exceptions off (found by
// fuzz_bundle). Each element takes at least one byte, so a declared length longer than the whole file
// is refused here first; everything else goes to the DOM builder as from_cbor would.
class BoundedCbor {
 public:
  BoundedCbor(json& out, std::size_t file_size) : dom_(out, /*allow_exceptions=*/false), file_size_(file_size) {}
  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& s) { return dom_.number_float(v, s); }
  bool string(json::string_t& v) { return dom_.string(v); }
  bool binary(json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) { return fits(n) && dom_.start_object(n); }
  bool key(json::string_t& k) { return dom_.key(k); }
  bool end_object() { return dom_.end_object(); }
  bool start_array(std::size_t n) { return fits(n) && dom_.start_array(n); }
  bool end_array() { return dom_.end_array(); }
  bool parse_error(std::size_t at, const std::string& token, const nlohmann::detail::exception& e) {
    return dom_.parse_error(at, token, e);
  }
  bool is_errored() const { return dom_.is_errored(); }

 private:
  bool fits(std::size_t n) const { return n == static_cast<std::size_t>(-1) || n <= file_size_; }
  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::size_t file_size_;
};

bool read_header(Reader& r, const json& j, const std::string& w, std::size_t text_size, analysis::ArticleHeader* h) {
  int kind = 0;
  if (!r.tuple(j, 7, w) || !r.num(j[0], w + "[0]", &kind, 2) || !r.str(j[1], w + "[1]", &h->title) ||
      !r.num(j[2], w + "[2]", &h->title_start) || !r.num(j[3], w + "[3]", &h->title_end) || !r.boolean(j[4], w + "[4]", &h->cut) ||
      !r.str(j[5], w + "[5]", &h->source) || !r.str(j[6], w + "[6]", &h->link))
    return false;
  if (h->title_start > h->title_end || h->title_end > text_size) return r.fail(w, "offsets outside the text");
  h->kind = static_cast<analysis::ArticleHeader::Kind>(kind);
  return true;
}

// `given`: the article's text when the bundle is an answer (read_answer), else null (it is in the file).
bool read_article(Reader& r, const json& j, const std::string& w, const std::u32string_view* given, corpus::Article* a,
                  std::size_t* analysed, analysis::ArticleHeader* header, bool* has_header) {
  std::string text;
  auto& m = a->meta;
  if (!r.str(j, "id", w, &m.file) || (!given && !r.str(j, "text", w, &text)) || !r.num(j, "replaced", w, &a->replaced) ||
      !r.num(j, "analysed_chars", w, analysed) || !r.opt_str(j, "outlet", w, &m.outlet) ||
      !r.opt_str(j, "outlet_en", w, &m.outlet_en) || !r.opt_str(j, "date", w, &m.date) ||
      !r.opt_str(j, "url", w, &m.url) || !r.opt_str(j, "title", w, &m.title) ||
      !r.boolean(j, "outlet_estimated", w, &m.outlet_estimated) || !r.boolean(j, "date_estimated", w, &m.date_estimated))
    return false;
  if (given) {
    if (j.contains("text")) return r.fail(w + ".text", "an answer carries no text");
    a->text = std::u32string(*given);
  } else {
    auto decoded = text::decode_utf8(text);
    if (decoded.replaced) return r.fail(w + ".text", "not valid UTF-8");
    a->text = std::move(decoded.text);
  }
  if (*analysed > a->text.size()) return r.fail(w + ".analysed_chars", "beyond the text");
  if (auto it = j.find("header"); it != j.end()) {
    if (!read_header(r, *it, w + ".header", a->text.size(), header)) return false;
    *has_header = true;
  }
  return true;
}

bool read_value(Reader& r, const json& j, const std::string& w, analysis::AnchorValue* value) {
  if (j.is_null()) { *value = std::monostate{}; return true; }
  if (!j.is_array() || j.empty() || !j[0].is_string()) return r.fail(w, "not a value");
  const std::string kind = j[0].get<std::string>();
  auto f = [&](std::size_t i) { return at(w, i); };
  if (kind == "count") {
    analysis::CountValue c;
    if (!r.tuple(j, 12, w) || !r.real(j[1], f(1), &c.number) || !r.str(j[2], f(2), &c.vague) ||
        !r.real(j[3], f(3), &c.range_min) || !r.real(j[4], f(4), &c.range_max) || !r.str(j[5], f(5), &c.unit) ||
        !r.str(j[6], f(6), &c.nationality) || !r.str(j[7], f(7), &c.qualifier) || !r.boolean(j[8], f(8), &c.approx) ||
        !r.boolean(j[9], f(9), &c.ordinal) || !r.boolean(j[10], f(10), &c.ambiguous) || !r.boolean(j[11], f(11), &c.after_noun))
      return false;
    *value = std::move(c);
    return true;
  }
  if (kind == "date") {
    analysis::DateValue d;
    if (!r.tuple(j, 11, w) || !r.str(j[1], f(1), &d.iso) || !r.str(j[2], f(2), &d.relative) ||
        !r.boolean(j[3], f(3), &d.named_period) || !r.num(j[4], f(4), &d.month, 12) || !r.num(j[5], f(5), &d.weekday, 7) ||
        !r.str(j[6], f(6), &d.part) || !r.str(j[7], f(7), &d.qualifier) || !r.str(j[8], f(8), &d.offset) ||
        !r.boolean(j[9], f(9), &d.from_article_date) || !r.boolean(j[10], f(10), &d.year_assumed))
      return false;
    *value = std::move(d);
    return true;
  }
  if (kind == "duration") {
    analysis::DurationValue u;
    std::string unit;
    if (!r.tuple(j, 5, w) || !r.str(j[1], f(1), &u.iso) || !r.num(j[2], f(2), &u.amount, INT32_MAX) ||
        !r.str(j[3], f(3), &unit) || !r.str(j[4], f(4), &u.qualifier))
      return false;
    if (unit.size() != 1) return r.fail(f(3), "not a unit letter");
    u.unit = unit[0] == ' ' ? 0 : unit[0];
    *value = std::move(u);
    return true;
  }
  return r.fail(w, "not a value");
}

bool read_claim(Reader& r, const json& j, const std::string& w, std::size_t text_size, std::size_t anchors, analysis::Claim* c) {
  if (!r.tuple(j, 6, w)) return false;
  if (!r.str(j[0], w + "[0]", &c->id) || !r.num(j[1], w + "[1]", &c->start) || !r.num(j[2], w + "[2]", &c->end) ||
      !r.boolean(j[5], w + "[5]", &c->checkworthy))
    return false;
  if (c->start > c->end || c->end > text_size) return r.fail(w, "offsets outside the analysed text");
  if (!j[3].is_array()) return r.fail(w + "[3]", "not an array");
  for (std::size_t i = 0; i < j[3].size(); ++i) {
    std::uint32_t k = 0;
    if (!r.num(j[3][i], at(w + "[3]", i), &k, anchors ? anchors - 1 : 0) || !anchors) return r.fail(at(w + "[3]", i), "no such anchor");
    c->anchors.push_back(k);
  }
  if (j[4].is_null()) c->attributed_to.reset();
  else {
    std::string s;
    if (!r.str(j[4], w + "[4]", &s)) return false;
    c->attributed_to = std::move(s);
  }
  return true;
}

bool read_claim_ref(Reader& r, const json& j, const std::string& w, const analysis::Analysis& an, xref::ClaimRef* c) {
  if (!r.tuple(j, 2, w) || !r.num(j[0], w, &c->article) || !r.num(j[1], w, &c->claim)) return false;
  if (c->article >= an.articles.size() || c->claim >= an.articles[c->article].claims.size()) return r.fail(w, "no such claim");
  return true;
}

bool read_pair(Reader& r, const json& j, const char* key, const std::string& w, std::string* a, std::string* b) {
  const json* v = r.field(j, key, w);
  const std::string wk = w + "." + key;
  return v && r.tuple(*v, 2, wk) && r.str((*v)[0], wk, a) && r.str((*v)[1], wk, b);
}

}  // namespace

bool parse_cbor(std::string_view bytes, json* out) {
  *out = json();
  BoundedCbor sax(*out, bytes.size());
  const bool parsed = json::sax_parse(bytes.begin(), bytes.end(), &sax, json::input_format_t::cbor, /*strict=*/true);
  return parsed && !sax.is_errored();
}

bool read_front(Reader& r, const json& j, const Sizes* sizes, const std::vector<std::u32string_view>* texts, Bundle* b) {
  const std::string w = "bundle";
  std::string format;
  int version = 0;
  if (!r.str(j, "format", w, &format)) return false;
  if (format != "isnad-bundle") return r.fail(w, "not an Isnad bundle");
  if (!r.num(j, "format_version", w, &version, 1000)) return false;
  if (version != kFormatVersion) return r.fail(w, ("format version " + std::to_string(version) + ", this reader reads " + std::to_string(kFormatVersion)).c_str());
  const json* articles = r.array(j, "articles", w);
  const json* analyses = r.array(j, "analysis", w);
  const json* entities = r.array(j, "entities", w);
  const json* clusters = r.array(j, "clusters", w);
  const json* sources = r.array(j, "sources", w);
  const json* timeline = r.array(j, "timeline", w);
  if (!articles || !analyses || !entities || !clusters || !sources || !timeline || !r.str(j, "core", w, &b->core) ||
      !r.str(j, "name", w, &b->name) || !r.str(j, "name_en", w, &b->name_en))
    return false;
  const Sizes n = sizes ? *sizes : Sizes{analyses->size(), entities->size(), clusters->size(), sources->size()};
  // No analysis at all is a request: articles to analyse (the analysis worker's input).
  if (n.analyses != articles->size() && !(n.analyses == 0 && n.clusters == 0)) return r.fail(w + ".analysis", "not one per article");
  if (n.sources != n.clusters) return r.fail(w + ".sources", "not one per cluster");
  if (texts && texts->size() != articles->size())
    return r.fail(w + ".articles", ("an answer for " + std::to_string(articles->size()) + " articles, " + std::to_string(texts->size()) + " asked for").c_str());
  b->articles.resize(articles->size());
  b->analysed_chars.resize(articles->size());
  b->headers.resize(articles->size());
  std::size_t headers = 0;
  for (std::size_t i = 0; i < articles->size(); ++i) {
    bool has_header = false;
    if (!read_article(r, (*articles)[i], at("articles", i), texts ? &(*texts)[i] : nullptr, &b->articles[i], &b->analysed_chars[i], &b->headers[i], &has_header))
      return false;
    headers += has_header;
  }
  if (headers != articles->size()) b->headers.clear();   // all or none
  b->analysis.articles.resize(n.analyses);
  b->chains.resize(n.analyses);
  b->analysis.entities.resize(n.entities);
  b->clusters.resize(n.clusters);
  b->sources.resize(n.sources);
  return true;
}

bool read_anchor(Reader& r, const json& j, const std::string& w, std::u32string_view text, analysis::Anchor* x) {
  if (!r.tuple(j, 9, w)) return false;
  int type = 0;
  if (!r.num(j[0], w + "[0]", &type, 8) || !r.num(j[1], w + "[1]", &x->start) || !r.num(j[2], w + "[2]", &x->end) ||
      !r.num(j[3], w + "[3]", &x->tb) || !r.num(j[4], w + "[4]", &x->te) || !r.str(j[6], w + "[6]", &x->canonical) ||
      !r.boolean(j[7], w + "[7]", &x->by_role) || !r.str(j[8], w + "[8]", &x->role))
    return false;
  if (x->start > x->end || x->end > text.size()) return r.fail(w, "offsets outside the analysed text");
  x->type = static_cast<analysis::AnchorType>(type);
  if (!read_value(r, j[5], w + "[5]", &x->value)) return false;
  x->text = text::to_utf8(text.substr(x->start, x->end - x->start));
  return true;
}

bool read_analysis_head(Reader& r, const json& j, const std::string& w, const corpus::Article& article, std::size_t anchors,
                        analysis::ArticleAnalysis* a) {
  a->file = article.meta.file;
  if (!r.opt_str(j, "outlet", w, &a->outlet) || !r.opt_str(j, "date", w, &a->date)) return false;
  if (!r.array(j, "anchors", w) || !r.array(j, "claims", w) || !r.array(j, "boilerplate", w)) return false;
  a->anchors.resize(anchors);
  return true;
}

bool read_analysis_rest(Reader& r, const json& j, const std::string& w, std::size_t analysed, analysis::ArticleAnalysis* a,
                        std::vector<std::vector<std::string>>* chains) {
  const json& claims = j["claims"];
  const json& boiler = j["boilerplate"];
  a->claims.resize(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (!read_claim(r, claims[i], at(w + ".claims", i), analysed, a->anchors.size(), &a->claims[i])) return false;
  if (auto it = j.find("chains"); it != j.end() && !(it->is_array() && it->empty())) {
    if (!it->is_array() || it->size() != a->claims.size()) return r.fail(w + ".chains", "not one per claim");
    chains->resize(it->size());
    for (std::size_t c = 0; c < it->size(); ++c) {
      const json& chain = (*it)[c];
      if (!chain.is_array()) return r.fail(at(w + ".chains", c), "not an array");
      for (std::size_t k = 0; k < chain.size(); ++k) {
        std::string s;
        if (!r.str(chain[k], at(at(w + ".chains", c), k), &s)) return false;
        (*chains)[c].push_back(std::move(s));
      }
    }
  }
  for (std::size_t i = 0; i < boiler.size(); ++i) {
    const json& s = boiler[i];
    const std::string ws = at(w + ".boilerplate", i);
    analysis::Span span;
    if (!r.tuple(s, 2, ws) || !r.num(s[0], ws, &span.start) || !r.num(s[1], ws, &span.end)) return false;
    if (span.start > span.end || span.end > analysed) return r.fail(ws, "offsets outside the analysed text");
    a->boilerplate.push_back(span);
  }
  return true;
}

bool read_article_analysis(Reader& r, const json& j, const std::string& w, const corpus::Article& article, std::size_t analysed,
                           analysis::ArticleAnalysis* a, std::vector<std::vector<std::string>>* chains) {
  const auto found = j.is_object() ? j.find("anchors") : j.end();
  const json* anchors = found != j.end() && found->is_array() ? &*found : nullptr;
  if (!read_analysis_head(r, j, w, article, anchors ? anchors->size() : 0, a)) return false;
  const std::u32string_view text = std::u32string_view(article.text).substr(0, analysed);
  for (std::size_t i = 0; i < anchors->size(); ++i)
    if (!read_anchor(r, (*anchors)[i], at(w + ".anchors", i), text, &a->anchors[i])) return false;
  return read_analysis_rest(r, j, w, analysed, a, chains);
}

bool read_words(Reader& r, const json& j, Bundle* b) {
  const auto words = j.find("words");
  if (words == j.end()) return true;
  if (!words->is_object()) return r.fail("bundle.words", "not an object");
  for (const auto& [key, word] : words->items()) {
    std::string s;
    if (!r.str(word, "bundle.words." + key, &s)) return false;
    b->words[key] = std::move(s);
  }
  return true;
}

bool read_entity(Reader& r, const json& j, const std::string& w, const std::vector<std::size_t>& analysed, analysis::Entity* e) {
  int type = 0;
  const json* t = r.field(j, "type", w);
  const json* aliases = r.array(j, "aliases", w);
  const json* mentions = r.array(j, "mentions", w);
  if (!t || !aliases || !mentions || !r.str(j, "canonical", w, &e->canonical) || !r.num(*t, w + ".type", &type, 8)) return false;
  e->type = static_cast<analysis::AnchorType>(type);
  for (std::size_t i = 0; i < aliases->size(); ++i) {
    std::string s;
    if (!r.str((*aliases)[i], at(w + ".aliases", i), &s)) return false;
    e->aliases.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < mentions->size(); ++i) {
    const json& m = (*mentions)[i];
    const std::string wm = at(w + ".mentions", i);
    analysis::EntityMention em;
    if (!r.tuple(m, 3, wm) || !r.num(m[0], wm, &em.article, analysed.size() ? analysed.size() - 1 : 0) ||
        !r.num(m[1], wm, &em.start) || !r.num(m[2], wm, &em.end))
      return false;
    if (analysed.empty()) return r.fail(wm, "no such article");
    if (em.start > em.end || em.end > analysed[em.article]) return r.fail(wm, "offsets outside the analysed text");
    e->mentions.push_back(em);
  }
  return true;
}

bool read_cluster(Reader& r, const json& j, const std::string& w, const analysis::Analysis& an, xref::Cluster* k) {
  const json* claims = r.array(j, "claims", w);
  const json* diffs = r.array(j, "differences", w);
  int relation = 0;
  if (!claims || !diffs || !r.num(j, "relation", w, &relation, 3) || !r.str(j, "note", w, &k->note)) return false;
  k->relation = static_cast<xref::Relation>(relation);
  k->claims.resize(claims->size());
  for (std::size_t i = 0; i < claims->size(); ++i)
    if (!read_claim_ref(r, (*claims)[i], at(w + ".claims", i), an, &k->claims[i])) return false;
  for (std::size_t i = 0; i < diffs->size(); ++i) {
    const json& d = (*diffs)[i];
    const std::string wd = at(w + ".differences", i);
    xref::Difference x;
    int kind = 0, slot = 0, sa = 0, sb = 0;
    const json* a = r.field(d, "a", wd);
    const json* b = r.field(d, "b", wd);
    const json* st = r.field(d, "stances", wd);
    if (!a || !b || !st || !read_claim_ref(r, *a, wd + ".a", an, &x.a) || !read_claim_ref(r, *b, wd + ".b", an, &x.b) ||
        !r.num(d, "kind", wd, &kind, 4) || !r.num(d, "slot", wd, &slot, 5) || !r.str(d, "subject", wd, &x.subject) ||
        !read_pair(r, d, "values", wd, &x.value_a, &x.value_b) || !read_pair(r, d, "said", wd, &x.a_said, &x.b_said) ||
        !r.tuple(*st, 2, wd + ".stances") || !r.num((*st)[0], wd + ".stances", &sa, 2) || !r.num((*st)[1], wd + ".stances", &sb, 2))
      return false;
    if (d.contains("days") && !read_pair(r, d, "days", wd, &x.a_day, &x.b_day)) return false;   // updates only
    x.kind = static_cast<xref::Difference::Kind>(kind);
    x.slot = static_cast<xref::Difference::Slot>(slot);
    x.stance_a = static_cast<xref::Difference::Stance>(sa);
    x.stance_b = static_cast<xref::Difference::Stance>(sb);
    k->differences.push_back(std::move(x));
  }
  return true;
}

bool read_sources(Reader& r, const json& j, const std::string& w, std::size_t articles, xref::ClusterSources* s) {
  const json* groups = r.array(j, "independent", w);
  if (!groups || !r.num(j, "outlets", w, &s->outlets)) return false;
  for (std::size_t i = 0; i < groups->size(); ++i) {
    const std::string wg = at(w + ".independent", i);
    xref::SourceGroup g;
    const json* members = r.array((*groups)[i], "articles", wg);
    if (!members || !r.str((*groups)[i], "source", wg, &g.source)) return false;
    for (std::size_t m = 0; m < members->size(); ++m) {
      std::size_t a = 0;
      if (!r.num((*members)[m], at(wg + ".articles", m), &a, articles ? articles - 1 : 0) || !articles)
        return r.fail(at(wg + ".articles", m), "no such article");
      g.articles.push_back(a);
    }
    s->independent.push_back(std::move(g));
  }
  return true;
}

}  // namespace detail

namespace {

using namespace detail;

bool read_bundle(Reader& r, const json& j, const std::vector<std::u32string_view>* texts, Bundle* b) {
  if (!read_front(r, j, nullptr, texts, b)) return false;
  const json& analyses = j["analysis"];
  for (std::size_t i = 0; i < analyses.size(); ++i)
    if (!read_article_analysis(r, analyses[i], at("analysis", i), b->articles[i], b->analysed_chars[i], &b->analysis.articles[i],
                               &b->chains[i]))
      return false;
  if (!read_words(r, j, b)) return false;
  const json& entities = j["entities"];
  for (std::size_t i = 0; i < entities.size(); ++i)
    if (!read_entity(r, entities[i], at("entities", i), b->analysed_chars, &b->analysis.entities[i])) return false;
  const json& clusters = j["clusters"];
  for (std::size_t i = 0; i < clusters.size(); ++i)
    if (!read_cluster(r, clusters[i], at("clusters", i), b->analysis, &b->clusters[i])) return false;
  const json& sources = j["sources"];
  for (std::size_t i = 0; i < sources.size(); ++i)
    if (!read_sources(r, sources[i], at("sources", i), b->articles.size(), &b->sources[i])) return false;
  b->timeline = j["timeline"];
  return true;
}

std::optional<Bundle> read_bytes(std::string_view bytes, const std::vector<std::u32string_view>* texts, std::string* error) {
  json j;
  if (!parse_cbor(bytes, &j)) {
    if (error) *error = kNotCbor;
    return std::nullopt;
  }
  Reader r;
  Bundle b;
  if (!read_bundle(r, j, texts, &b)) {
    if (error) *error = r.error;
    return std::nullopt;
  }
  return b;
}

}  // namespace

std::optional<Bundle> read(std::string_view bytes, std::string* error) { return read_bytes(bytes, nullptr, error); }

std::optional<Bundle> read_answer(std::string_view bytes, const std::vector<std::u32string_view>& texts, std::string* error) {
  return read_bytes(bytes, &texts, error);
}

}  // namespace isnad::bundle
