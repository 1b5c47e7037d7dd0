#include "isnad/corpus/corpus.h"

#include <sys/stat.h>

#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

namespace isnad::corpus {
namespace {

using nlohmann::json;

std::optional<std::string> opt_string(const json& o, const char* key, std::vector<std::string>& bad) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) { bad.push_back(key); return std::nullopt; }
  return it->get<std::string>();
}

bool opt_bool(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_boolean() && it->get<bool>();
}

// A file name from metadata must stay inside the corpus folder.
bool safe_file_name(const std::string& f) {
  return !f.empty() && f.size() < 256 && f.find('/') == std::string::npos &&
         f.find('\\') == std::string::npos && f != "." && f != ".." && f.find('\0') == std::string::npos;
}

}  // namespace

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) if (s[i] < '0' || s[i] > '9') return false;
  const int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::optional<CorpusMeta> parse_corpus_meta(std::string_view text, std::string* error) {
  // Bounded nesting: a hostile file cannot blow the stack of the recursive parser.
  int depth = 0, max_depth = 0;
  bool in_str = false, esc = false;
  for (char c : text) {
    if (in_str) { if (esc) esc = false; else if (c == '\\') esc = true; else if (c == '"') in_str = false; continue; }
    if (c == '"') in_str = true;
    else if (c == '[' || c == '{') max_depth = std::max(max_depth, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  if (max_depth > 64) { if (error) *error = "corpus metadata is nested too deeply (over 64 levels)"; return std::nullopt; }

  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) { if (error) *error = "corpus metadata is not valid JSON"; return std::nullopt; }
  if (!j.is_object()) { if (error) *error = "corpus metadata must be a JSON object"; return std::nullopt; }
  auto arts = j.find("articles");
  if (arts == j.end() || !arts->is_array()) {
    if (error) *error = "corpus metadata has no \"articles\" list";
    return std::nullopt;
  }
  CorpusMeta meta;
  std::vector<std::string> bad;
  meta.name = opt_string(j, "name", bad).value_or("");
  meta.name_en = opt_string(j, "name_en", bad).value_or("");
  std::size_t index = 0;
  for (const json& a : *arts) {
    ++index;
    if (!a.is_object()) { if (error) *error = "article " + std::to_string(index) + " is not an object"; return std::nullopt; }
    ArticleMeta m;
    auto file = opt_string(a, "file", bad);
    if (!file || !safe_file_name(*file)) {
      if (error) *error = "article " + std::to_string(index) + " has no usable \"file\" name";
      return std::nullopt;
    }
    m.file = *file;
    m.outlet = opt_string(a, "outlet", bad);
    m.outlet_en = opt_string(a, "outlet_en", bad);
    m.date = opt_string(a, "date", bad);
    if (m.date && !is_iso_date(*m.date)) m.date.reset();
    m.url = opt_string(a, "url", bad);
    m.title = opt_string(a, "title", bad);
    m.outlet_estimated = opt_bool(a, "outlet_estimated");
    m.date_estimated = opt_bool(a, "date_estimated");
    meta.articles.push_back(std::move(m));
  }
  return meta;
}

std::optional<std::string> read_file(const std::string& path, std::string* error) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) { if (error) *error = "cannot read " + path + ": it is a folder"; return std::nullopt; }
  // C stdio, not an ifstream: iostreams would bring libc++'s locales into the page's reader module.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) { if (error) *error = "cannot open " + path; return std::nullopt; }
  std::string bytes;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) bytes.append(buf, n);
  if (std::ferror(f.get())) { if (error) *error = "cannot read " + path; return std::nullopt; }
  return bytes;
}

Article make_article(ArticleMeta meta, std::string_view bytes, std::vector<std::string>* warnings) {
  return make_article(std::move(meta), text::decode_utf8(bytes), warnings);
}

Article make_article(ArticleMeta meta, text::Utf8Decoded decoded, std::vector<std::string>* warnings) {
  Article a;
  a.text = std::move(decoded.text);
  a.replaced = decoded.replaced;
  if (decoded.replaced && warnings)
    warnings->push_back(meta.file + ": invalid UTF-8 (" + std::to_string(decoded.replaced) +
                        " sequence(s) shown as U+FFFD, the first at byte " +
                        std::to_string(decoded.first_bad_byte) + ")");
  a.meta = std::move(meta);
  return a;
}

std::string Article::first_line() const {
  if (meta.title && !meta.title->empty()) return *meta.title;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && text[j] != U'\n' && text[j] != U'\r') ++j;
    std::size_t a = i, b = j;
    while (a < b && (text[a] == U' ' || text[a] == U'\t' || text[a] == 0xFEFF)) ++a;
    while (b > a && (text[b - 1] == U' ' || text[b - 1] == U'\t')) --b;
    if (b > a) return text::to_utf8(std::u32string_view(text).substr(a, b - a));
    i = j + 1;
  }
  return {};
}

LoadResult load_corpus_folder(const std::string& folder) {
  LoadResult r;
  std::string err;
  auto json_text = read_file(folder + "/corpus.json", &err);
  if (!json_text) { r.warnings.push_back(err); return r; }
  auto meta = parse_corpus_meta(*json_text, &err);
  if (!meta) { r.warnings.push_back(folder + "/corpus.json: " + err); return r; }
  for (auto& m : meta->articles) {
    auto bytes = read_file(folder + "/" + m.file, &err);
    if (!bytes) { r.warnings.push_back(err); continue; }
    r.articles.push_back(make_article(std::move(m), *bytes, &r.warnings));
  }
  return r;
}

}  // namespace isnad::corpus
