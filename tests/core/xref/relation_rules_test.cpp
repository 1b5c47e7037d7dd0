// The relation rules' golden cases: tests/data/xref/<rule>.tests, one case a line,
//   claim A | claim B | relation | difference
// Each claim is an article of its own; "@2015-08-06" and "%outlet" before its text give its
// publication date and outlet. The relation is agree, disagree, partial, updated, or none (no cluster); the
// difference is the cluster's first, as describe() writes it, or "-".
#include <doctest/doctest.h>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "isnad/analysis/analysis.h"
#include "isnad/xref/xref.h"
#include "test_support.h"

using namespace isnad;

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  const auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t bar; (bar = line.find(" | ", from)) != std::string::npos; from = bar + 3) out.push_back(trim(line.substr(from, bar - from)));
  out.push_back(trim(line.substr(from)));
  return out;
}

// An article from a claim field: "@date" and "%outlet" words first, then the text.
corpus::Article article_of(const std::string& name, std::string field) {
  corpus::ArticleMeta meta;
  meta.file = name;
  while (!field.empty() && (field[0] == '@' || field[0] == '%')) {
    const auto space = field.find(' ');
    const std::string word = field.substr(1, space - 1);
    (field[0] == '@' ? meta.date : meta.outlet) = word;
    field = space == std::string::npos ? std::string() : field.substr(space + 1);
  }
  return corpus::make_article(meta, field, nullptr);
}

// "relation | difference" as cross_reference gives them for two claims.
std::string judged(const std::string& a, const std::string& b) {
  const std::vector<corpus::Article> arts = {article_of("a.txt", a), article_of("b.txt", b)};
  const auto clusters = xref::cross_reference(arts, analysis::analyze_corpus(arts, {}));
  if (clusters.empty()) return "none | -";
  if (clusters.size() > 1) return std::to_string(clusters.size()) + " clusters | -";
  const auto& k = clusters.front();
  return std::string(xref::relation_name(k.relation)) + " | " + (k.differences.empty() ? "-" : xref::describe(k.differences.front()));
}

std::vector<std::string> tests_files(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 6 && name.compare(name.size() - 6, 6, ".tests") == 0) out.push_back(name);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_SUITE("xref") {
TEST_CASE("relation rules: golden cases (tests/data/xref/*.tests)") {
  const std::string dir = test::repo_path("tests/data/xref");
  const auto files = tests_files(dir);
  REQUIRE(files.size() >= 10);
  std::size_t cases = 0;
  for (const auto& file : files) {
    std::ifstream in(dir + "/" + file);
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      const auto f = fields(line);
      INFO(file << ":" << n);
      REQUIRE(f.size() == 4);
      CHECK(judged(f[0], f[1]) == f[2] + " | " + f[3]);
      ++cases;
    }
  }
  CHECK(cases >= files.size());
}

// Issue 20: a toll that rose overnight was dropped or called a conflict; it is the same fact,
// linked as "updated" with both values and both days, and a fixed figure a day apart still disagrees.
TEST_CASE("issue 20: a toll reported a day apart is linked as updated, with both values and days") {
  const std::vector<corpus::Article> arts = {
      article_of("a.txt", "@2015-06-26 فجر انتحاري نفسه في مسجد الإمام الصادق في الكويت مخلفا 25 قتيلا."),
      article_of("b.txt", "@2015-06-27 فجر انتحاري نفسه في مسجد الإمام الصادق في الكويت مخلفا 27 قتيلا.")};
  const auto an = analysis::analyze_corpus(arts, {});
  const auto clusters = xref::cross_reference(arts, an);
  REQUIRE(clusters.size() == 1);
  CHECK(clusters[0].relation == xref::Relation::updated);
  const auto j = xref::clusters_json(clusters, an);
  CHECK(j[0]["relation"] == "updated");
  REQUIRE(j[0].contains("differences"));
  CHECK(j[0]["differences"][0]["kind"] == "update");
  CHECK(j[0]["differences"][0]["days"] == nlohmann::json({"2015-06-26", "2015-06-27"}));
  CHECK(j[0]["differences"][0]["what"] == "25 casualty on 2015-06-26 updated to 27 casualty on 2015-06-27");
  CHECK(judged("@2025-08-01 قال المسؤول إن 2000 جندي سيغادرون قاعدة عين الأسد في العراق بحلول سبتمبر 2025.",
               "@2025-08-02 قال المسؤول إن 2500 جندي سيغادرون قاعدة عين الأسد في العراق بحلول سبتمبر 2025.") ==
        "disagree | 2000 troop vs 2500 troop");
}
}
