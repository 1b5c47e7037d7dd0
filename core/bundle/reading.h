// core/bundle/reading.h — what the two ways of reading a bundle share (read.cpp: the whole file as
// one DOM; step_reader.cpp: a value at a time): the checked reader of values and the readers of the
// layout's parts (docs/bundle.md). Internal to core/bundle.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/bundle/bundle.h"

namespace isnad::bundle::detail {

using nlohmann::json;

// Every value is checked before it is used (the page has no exceptions to catch a wrong type with);
// the first problem found is the error, named by where it is ("articles[2].text").
class Reader {
 public:
  std::string error;
  bool ok() const { return error.empty(); }
  bool fail(const std::string& where, const char* what) {
    if (error.empty()) error = where + ": " + what;
    return false;
  }

  const json* field(const json& j, const char* key, const std::string& where) {
    if (!j.is_object()) { fail(where, "not an object"); return nullptr; }
    auto it = j.find(key);
    if (it == j.end()) { fail(where + "." + key, "missing"); return nullptr; }
    return &*it;
  }
  const json* array(const json& j, const char* key, const std::string& where) {
    const json* v = field(j, key, where);
    if (v && !v->is_array()) { fail(where + "." + key, "not an array"); return nullptr; }
    return v;
  }
  bool str(const json& v, const std::string& where, std::string* out) {
    if (!v.is_string()) return fail(where, "not a string");
    *out = v.get<std::string>();
    return true;
  }
  bool str(const json& j, const char* key, const std::string& where, std::string* out) {
    const json* v = field(j, key, where);
    return v && str(*v, where + "." + key, out);
  }
  bool opt_str(const json& j, const char* key, const std::string& where, std::optional<std::string>* out) {
    const json* v = field(j, key, where);
    if (!v) return false;
    if (v->is_null()) { out->reset(); return true; }
    std::string s;
    if (!str(*v, where + "." + key, &s)) return false;
    *out = std::move(s);
    return true;
  }
  template <typename T>
  bool num(const json& v, const std::string& where, T* out, std::uint64_t max = UINT32_MAX) {
    if (!v.is_number_unsigned() || v.get<std::uint64_t>() > max) return fail(where, "not a count in range");
    *out = static_cast<T>(v.get<std::uint64_t>());
    return true;
  }
  template <typename T>
  bool num(const json& j, const char* key, const std::string& where, T* out, std::uint64_t max = UINT64_MAX) {
    const json* v = field(j, key, where);
    return v && num(*v, where + "." + key, out, max);
  }
  // Any number, infinities included (a figure too large for a double is read as one by the analysis).
  bool real(const json& v, const std::string& where, double* out) {
    if (!v.is_number()) return fail(where, "not a number");
    *out = v.get<double>();
    return true;
  }
  bool boolean(const json& v, const std::string& where, bool* out) {
    if (!v.is_boolean()) return fail(where, "not true or false");
    *out = v.get<bool>();
    return true;
  }
  bool boolean(const json& j, const char* key, const std::string& where, bool* out) {
    const json* v = field(j, key, where);
    return v && boolean(*v, where + "." + key, out);
  }
  // A fixed-length array (an anchor, a claim, a pair).
  bool tuple(const json& v, std::size_t n, const std::string& where) {
    if (!v.is_array() || v.size() != n) return fail(where, ("not an array of " + std::to_string(n)).c_str());
    return true;
  }
};

inline std::string at(const std::string& where, std::size_t i) { return where + "[" + std::to_string(i) + "]"; }

inline constexpr const char* kNotCbor = "bundle: not a CBOR file, or cut short";

// CBOR bytes to a DOM (nlohmann's builder, lengths checked against the bytes first); false when they
// are not one whole CBOR value.
bool parse_cbor(std::string_view bytes, json* out);

// The sizes of the top level's arrays that are read an element at a time.
struct Sizes {
  std::size_t analyses = 0, entities = 0, clusters = 0, sources = 0;
};

// The top level before its arrays' elements: format and version, every part present and of its type,
// core and names, the arrays' sizes against the articles (`sizes`: as they are in the file; null:
// those of `j`'s arrays), then the articles with their headers. `texts`: an answer's (read_answer).
bool read_front(Reader& r, const json& j, const Sizes* sizes, const std::vector<std::u32string_view>* texts, Bundle* b);

// analysis[i] in three parts, so that its anchors can be read one at a time between the other two:
// its outlet and date with its parts' presence (the anchors' sizes resized to `anchors`), an anchor,
// then its claims, chains and boilerplate.
bool read_analysis_head(Reader& r, const json& j, const std::string& w, const corpus::Article& article, std::size_t anchors,
                        analysis::ArticleAnalysis* a);
bool read_anchor(Reader& r, const json& j, const std::string& w, std::u32string_view text, analysis::Anchor* x);
bool read_analysis_rest(Reader& r, const json& j, const std::string& w, std::size_t analysed, analysis::ArticleAnalysis* a,
                        std::vector<std::vector<std::string>>* chains);
// The whole of analysis[i] (its anchors in `j`).
bool read_article_analysis(Reader& r, const json& j, const std::string& w, const corpus::Article& article, std::size_t analysed,
                           analysis::ArticleAnalysis* a, std::vector<std::vector<std::string>>* chains);

bool read_words(Reader& r, const json& j, Bundle* b);
bool read_entity(Reader& r, const json& j, const std::string& w, const std::vector<std::size_t>& analysed, analysis::Entity* e);
bool read_cluster(Reader& r, const json& j, const std::string& w, const analysis::Analysis& an, xref::Cluster* k);
bool read_sources(Reader& r, const json& j, const std::string& w, std::size_t articles, xref::ClusterSources* s);

}  // namespace isnad::bundle::detail
