// tests/core/layout/shaped_run_test.cpp — itemisation, and every shaped run against Debian's hb-shape.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>
#include <tuple>

#include <unistd.h>

#include <harfbuzz/hb.h>  // the wasm build puts only the folder above harfbuzz/ on the path
#include <nlohmann/json.hpp>

#include "isnad/layout/paragraph.h"
#include "isnad/text/utf8.h"
#include "layout_fixtures.h"
#include "test_support.h"

using namespace isnad::layout;

namespace {

constexpr const char* kGoldens = "tests/data/layout/corpus_shaping.tests";

std::vector<ShapedRun> shape(std::u32string_view text) {
  const auto u16 = isnad::text::to_utf16(text);
  const BidiRuns b = bidi_runs(text, u16, BaseDirection::auto_rtl);
  return shaped_runs(text, b, isnad::test::test_fonts());
}

#ifndef __EMSCRIPTEN__
std::string hex_list(std::u32string_view cps) {
  std::string s;
  char b[16];
  for (char32_t c : cps) {
    std::snprintf(b, sizeof b, "%s0x%X", s.empty() ? "" : ",", static_cast<unsigned>(c));
    s += b;
  }
  return s;
}

// One hb-shape call per distinct (font, direction, script, language, context): HarfBuzz looks at up
// to 5 code points either side of the item, so the same context is passed to hb-shape.
struct JobRun {
  const ShapedRun* run;
  std::u32string_view para;
  std::size_t para_index;
};
struct Job {
  std::vector<JobRun> runs;
};
using JobKey = std::tuple<int, bool, std::uint32_t, std::string, std::u32string, std::u32string>;

struct Tally {
  std::size_t runs = 0, glyphs = 0, mismatched_runs = 0, calls = 0;
  std::map<std::pair<std::size_t, std::size_t>, std::string> golden_lines;  // (paragraph, run start) → line
};

void run_job(const JobKey& key, const Job& job, Tally& t) {
  // One file per process: two test runs at once (a clone's and the work tree's) must not share it.
  static const std::string tmp_path =
      (std::filesystem::temp_directory_path() / ("isnad_layout_hbshape_" + std::to_string(getpid()) + ".txt")).string();
  const char* tmp = tmp_path.c_str();
  {
    std::ofstream f(tmp, std::ios::binary);
    for (const auto& [run, para, index] : job.runs) {
      (void)index;
      f << isnad::text::to_utf8(para.substr(run->text.start.value(), run->text.size())) << '\n';
    }
  }
  char script[5] = {};
  hb_tag_to_string(std::get<2>(key), script);
  std::string cmd = std::string("hb-shape --no-glyph-names --output-format=json --font-file=") +
                    isnad::test::font_path(static_cast<FontId>(std::get<0>(key))) +
                    " --direction=" + (std::get<1>(key) ? "rtl" : "ltr") + " --script=" + script +
                    " --language=" + std::get<3>(key) + " --text-file=" + tmp;
  if (!std::get<4>(key).empty()) cmd += " --unicodes-before=" + hex_list(std::get<4>(key));
  if (!std::get<5>(key).empty()) cmd += " --unicodes-after=" + hex_list(std::get<5>(key));
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  ++t.calls;
  std::string out;
  char buf[65536];
  std::size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, got);
  pclose(p);
  std::remove(tmp);
  std::size_t pos = 0;
  for (const auto& [run, para, index] : job.runs) {
    const std::size_t nl = out.find('\n', pos);
    REQUIRE(nl != std::string::npos);
    const nlohmann::json j = nlohmann::json::parse(out.substr(pos, nl - pos), nullptr, false);
    pos = nl + 1;
    ++t.runs;
    bool same = j.is_array() && j.size() == run->glyphs.size();
    for (std::size_t g = 0; same && g < run->glyphs.size(); ++g) {
      same = j[g]["g"] == run->glyphs[g] && j[g]["ax"] == run->x_advance[g] && j[g]["dx"] == run->x_offset[g] &&
             j[g]["dy"] == run->y_offset[g] &&
             j[g]["cl"].get<std::size_t>() + run->text.start.value() == run->clusters[g].value();
    }
    t.glyphs += run->glyphs.size();
    if (j.is_array()) {
      std::string g = std::to_string(index) + " " + std::to_string(run->text.start.value()) + " " +
                      std::to_string(run->text.end.value()) + " " + std::to_string(static_cast<int>(run->font)) + " " +
                      (run->rtl() ? "1" : "0");
      for (const auto& e : j) {
        g += " " + std::to_string(e["g"].get<long>()) + ":" +
             std::to_string(e["cl"].get<std::size_t>() + run->text.start.value()) + ":" + std::to_string(e["ax"].get<long>()) +
             ":" + std::to_string(e["dx"].get<long>()) + ":" + std::to_string(e["dy"].get<long>());
      }
      t.golden_lines[{index, run->text.start.value()}] = g;
    }
    if (!same) {
      if (++t.mismatched_runs <= 3) {
        MESSAGE("hb-shape differs for run \"" << isnad::text::to_utf8(para.substr(run->text.start.value(), run->text.size()))
                                                << "\": " << j.dump());
      }
    }
  }
}

// Writes hb-shape's answers for the sample corpus as goldens, so that the wasm build, which has no
// hb-shape to ask, checks its own HarfBuzz against the same reference.
void write_goldens(const Tally& t) {
  std::ofstream f(isnad::test::repo_path(kGoldens), std::ios::binary);
  f << "# Generated by: ISNAD_WRITE_SHAPING_GOLDENS=1 isnad_tests -ts=layout -tc=shaped_run (native),\n"
       "# from Debian's hb-shape " << hb_version_string() << " on web/corpus (Noto Naskh Arabic / Noto Sans).\n"
       "# One shaped run per line: paragraph run_start run_end font(0 Arabic, 1 Latin) rtl, then per glyph\n"
       "# id:cluster:x_advance:x_offset:y_offset (cluster = paragraph code-point offset, units = font units).\n";
  for (const auto& [key, line] : t.golden_lines) f << line << '\n';
}

void compare_with_hb_shape(const char* what, const std::vector<std::u32string>& paras, bool goldens = false) {
  std::vector<std::vector<ShapedRun>> shaped;
  shaped.reserve(paras.size());
  std::map<JobKey, Job> jobs;
  for (const std::u32string& para : paras) {
    shaped.push_back(shape(para));
    const std::size_t index = shaped.size() - 1;
    for (const ShapedRun& r : shaped.back()) {
      const std::size_t s = r.text.start.value(), e = r.text.end.value();
      const std::size_t b = s >= 5 ? s - 5 : 0;
      JobKey k{static_cast<int>(r.font), r.rtl(), r.script, r.language,
               para.substr(b, s - b), para.substr(e, std::min<std::size_t>(5, para.size() - e))};
      jobs[k].runs.push_back({&r, para, index});
    }
  }
  Tally t;
  for (const auto& [k, job] : jobs) run_job(k, job, t);
  std::printf("hb-shape (%s): %zu paragraphs, %zu runs, %zu glyphs compared in %zu hb-shape calls; %zu runs differ\n",
              what, paras.size(), t.runs, t.glyphs, t.calls, t.mismatched_runs);
  CHECK(t.runs > 0);
  CHECK(t.mismatched_runs == 0);
  if (goldens && std::getenv("ISNAD_WRITE_SHAPING_GOLDENS")) write_goldens(t);
}
#endif

}  // namespace

TEST_SUITE("layout") {
TEST_CASE("shaped_run") {
  REQUIRE(isnad::test::test_fonts().complete());

  SUBCASE("Arabic, Latin and digits go to their own faces, each run one level") {
    const std::u32string t = isnad::text::decode_utf8("قالت رويترز Reuters إن 2500 جندي، غادروا").text;
    const auto runs = shape(t);
    REQUIRE(runs.size() >= 3);
    for (const ShapedRun& r : runs) {
      for (std::size_t i = r.text.start.value(); i < r.text.end.value(); ++i) {
        if (t[i] >= U'0' && t[i] <= U'9') CHECK(r.font == FontId::latin);
        if (t[i] >= 0x0621 && t[i] <= 0x064A) CHECK(r.font == FontId::arabic);
        if (t[i] >= U'A' && t[i] <= U'z') CHECK(r.font == FontId::latin);
      }
      CHECK(!r.glyphs.empty());
    }
    // Runs tile the paragraph in logical order.
    std::size_t at = 0;
    for (const ShapedRun& r : runs) { CHECK(r.text.start.value() == at); at = r.text.end.value(); }
    CHECK(at == t.size());
  }

  SUBCASE("a right-to-left run lists its glyphs right to left, clusters are paragraph offsets") {
    const std::u32string t = isnad::text::decode_utf8("مرحبا").text;
    const auto runs = shape(t);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].rtl());
    // Golden from `hb-shape --font-file=NotoNaskhArabic-Regular.ttf --direction=rtl --no-glyph-names`.
    const std::vector<std::uint32_t> glyphs{4, 37, 140, 212, 485};
    const std::vector<std::int32_t> adv{253, 292, 636, 404, 456};
    CHECK(runs[0].glyphs == glyphs);
    CHECK(runs[0].x_advance == adv);
    CHECK(runs[0].clusters.front() == TextIndex(4));
    CHECK(runs[0].clusters.back() == TextIndex(0));
  }

  SUBCASE("a character neither face has falls back to .notdef, in a run of its own script") {
    const std::u32string t = U"\u0645\u4E2D\u0645";
    const auto runs = shape(t);
    bool notdef = false;
    for (const ShapedRun& r : runs) for (auto g : r.glyphs) notdef |= g == 0;
    CHECK(notdef);
  }

  SUBCASE("the sample corpus shapes as the stored hb-shape goldens say (natively and under wasm)") {
    std::ifstream in(isnad::test::repo_path(kGoldens));
    REQUIRE(in);
    const auto& paras = isnad::test::corpus_paragraphs();
    std::vector<std::vector<ShapedRun>> shaped;
    for (const auto& p : paras) shaped.push_back(shape(p));
    std::size_t lines = 0, equal = 0, runs = 0;
    for (const auto& v : shaped) runs += v.size();
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      ++lines;
      std::istringstream ls(line);
      std::size_t pi, start, end;
      int font, rtl;
      ls >> pi >> start >> end >> font >> rtl;
      if (pi >= shaped.size()) continue;
      for (const ShapedRun& r : shaped[pi]) {
        if (r.text.start.value() != start) continue;
        std::string ours;
        for (std::size_t g = 0; g < r.glyphs.size(); ++g) {
          ours += " " + std::to_string(r.glyphs[g]) + ":" + std::to_string(r.clusters[g].value()) + ":" +
                  std::to_string(r.x_advance[g]) + ":" + std::to_string(r.x_offset[g]) + ":" + std::to_string(r.y_offset[g]);
        }
        std::string theirs;
        std::getline(ls, theirs);
        equal += r.text.end.value() == end && static_cast<int>(r.font) == font && r.rtl() == (rtl == 1) && ours == theirs;
      }
    }
    std::printf("shaping goldens (HarfBuzz %s): %zu runs stored, %zu equal, %zu runs shaped\n", hb_version_string(),
                lines, equal, runs);
    CHECK(lines == runs);
    CHECK(equal == lines);
  }

  SUBCASE("glyph ids, advances, offsets and clusters equal hb-shape's (HarfBuzz 6.0.0)") {
#ifdef __EMSCRIPTEN__
    std::printf("skipped (wasm: no popen): comparison with hb-shape\n");
#else
    compare_with_hb_shape("sample corpus", isnad::test::corpus_paragraphs(), true);
    if (!isnad::test::skip_without_shared("hb-shape on saudinewsnet paragraphs")) {
      const auto paras = isnad::test::saudinewsnet_paragraphs(300);
      CHECK(paras.size() >= 200);
      compare_with_hb_shape("saudinewsnet", paras);
    }
#endif
  }
}
}
