// links_bench — how often a share link lands on the right passage after its article changed.
//   links_bench CORPUS_DIR [SNN.jsonl] [N_SNN=500]
// Targets: every sentence of the corpus's articles, and N sentences drawn from SaudiNewsNet. For
// each, the article is edited at random: words and sentences inserted and deleted elsewhere, hamza
// forms and diacritics changed throughout, and 0–10% of the passage's characters edited. Each
// character carries a tag saying whether it belongs to the passage, so the true place after the
// edits is known. A link lands right when its placement overlaps the true place by IoU ≥ 0.5;
// wrong when placed elsewhere; orphaned when not placed. Prints one JSON object.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/corpus/corpus.h"
#include "isnad/links/share_link.h"
#include "isnad/text/utf8.h"

namespace {

using isnad::links::Placement;
struct Tagged { std::vector<char32_t> c; std::vector<bool> in; };

std::vector<std::pair<std::size_t, std::size_t>> sentences(const std::u32string& t) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t s = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    const bool end = i == t.size() || t[i] == U'.' || t[i] == U'؟' || t[i] == U'!' || t[i] == U'\n';
    if (!end) continue;
    std::size_t a = s, b = i;
    while (a < b && (t[a] == U' ' || t[a] == U'\n')) ++a;
    while (b > a && t[b - 1] == U' ') --b;
    if (b - a >= 20) out.emplace_back(a, b);
    s = i + 1;
  }
  return out;
}

const std::u32string kWords[] = {U"وأضاف", U"المسؤولون", U"في", U"العاصمة", U"الأسبوع", U"الماضي", U"مصادر", U"2024", U"أن"};

void edit_article(Tagged& t, std::mt19937& rng, double passage_share) {
  auto rnd = [&](std::size_t n) { return n ? rng() % n : 0; };
  // Hamza forms and diacritics, throughout.
  for (std::size_t i = 0; i < t.c.size(); ++i) {
    char32_t& c = t.c[i];
    if ((c == U'أ' || c == U'إ' || c == U'آ') && rng() % 2) c = U'ا';
    else if (c == U'ى' && rng() % 2) c = U'ي';
    else if (c >= 0x0628 && c <= 0x064A && rng() % 25 == 0) { t.c.insert(t.c.begin() + i + 1, 0x064E); t.in.insert(t.in.begin() + i + 1, t.in[i]); ++i; }
  }
  // Words and sentences inserted and deleted outside the passage.
  const int ops = 2 + static_cast<int>(rnd(6));
  for (int k = 0; k < ops; ++k) {
    const std::size_t at = rnd(t.c.size() + 1);
    const bool inside = at > 0 && at < t.c.size() && t.in[at] && t.in[at - 1];
    if (inside) continue;
    if (rng() % 2) {
      std::u32string ins = U" ";
      const int words = rng() % 3 ? 1 + static_cast<int>(rnd(3)) : 8 + static_cast<int>(rnd(10));
      for (int w = 0; w < words; ++w) ins += kWords[rnd(std::size(kWords))] + U" ";
      if (words > 6) ins += U". ";
      t.c.insert(t.c.begin() + at, ins.begin(), ins.end());
      t.in.insert(t.in.begin() + at, ins.size(), false);
    } else {
      std::size_t len = 1 + rnd(rng() % 3 ? 12 : 80), e = std::min(t.c.size(), at + len);
      bool touches = false;
      for (std::size_t i = at; i < e; ++i) touches |= t.in[i];
      if (touches) continue;
      t.c.erase(t.c.begin() + at, t.c.begin() + e);
      t.in.erase(t.in.begin() + at, t.in.begin() + e);
    }
  }
  // The passage itself: substitute, insert or delete a share of its characters.
  std::size_t first = 0, last = 0, count = 0;
  for (std::size_t i = 0; i < t.c.size(); ++i) if (t.in[i]) { if (!count++) first = i; last = i; }
  const int edits = static_cast<int>(passage_share * static_cast<double>(count) + 0.5);
  for (int k = 0; k < edits && last > first; ++k) {
    const std::size_t at = first + rnd(last - first + 1);
    switch (rng() % 3) {
      case 0: t.c[at] = U'ب' + static_cast<char32_t>(rnd(20)); break;
      case 1: t.c.insert(t.c.begin() + at, U'ت'); t.in.insert(t.in.begin() + at, true); ++last; break;
      default: if (last - first > 4) { t.c.erase(t.c.begin() + at); t.in.erase(t.in.begin() + at); --last; } break;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) { std::fputs("usage: links_bench CORPUS_DIR [SNN.jsonl] [N]\n", stderr); return 2; }
  std::vector<std::u32string> articles;
  std::vector<std::string> origin;
  auto corpus = isnad::corpus::load_corpus_folder(argv[1]);
  for (auto& a : corpus.articles) { articles.push_back(a.text); origin.push_back("corpus"); }
  std::mt19937 rng(20261123);
  struct Target { std::size_t article, start, end; };
  std::vector<Target> targets;
  for (std::size_t i = 0; i < articles.size(); ++i)
    for (auto [s, e] : sentences(articles[i])) targets.push_back({i, s, e});
  const std::size_t corpus_targets = targets.size();
  if (argc >= 3) {
    const std::size_t want = argc >= 4 ? std::stoul(argv[3]) : 500;
    std::ifstream in(argv[2]);
    std::string line;
    std::vector<std::u32string> pool;
    while (pool.size() < 4000 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) pool.push_back(isnad::text::decode_utf8(j["text"].get<std::string>()).text);
    }
    for (std::size_t n = 0, tries = 0; n < want && tries < want * 20 && !pool.empty(); ++tries) {
      const auto& t = pool[rng() % pool.size()];
      auto ss = sentences(t);
      if (ss.empty()) continue;
      auto [s, e] = ss[rng() % ss.size()];
      articles.push_back(t); origin.push_back("saudinewsnet");
      targets.push_back({articles.size() - 1, s, e});
      ++n;
    }
  }

  struct Tally { int links = 0, right = 0, wrong = 0, orphan = 0, position = 0, quote = 0, approximate = 0; };
  Tally by_bucket[3];   // 0%, 1–5%, 6–10% of the passage edited
  for (const auto& tg : targets) {
    const auto& text = articles[tg.article];
    const auto passage = isnad::links::make_passage(text, tg.start, tg.end);
    const double share = static_cast<double>(rng() % 11) / 100.0;   // 0 … 10 %
    Tagged t;
    t.c.assign(text.begin(), text.end());
    t.in.assign(text.size(), false);
    for (std::size_t i = tg.start; i < tg.end; ++i) t.in[i] = true;
    edit_article(t, rng, share);
    std::size_t ts = t.c.size(), te = 0;
    for (std::size_t i = 0; i < t.c.size(); ++i) if (t.in[i]) { ts = std::min(ts, i); te = i + 1; }
    const std::u32string edited(t.c.begin(), t.c.end());
    const Placement pl = isnad::links::reanchor(edited, passage);
    Tally& b = by_bucket[share == 0 ? 0 : share <= 0.05 ? 1 : 2];
    ++b.links;
    if (pl.how == Placement::How::NotFound) { ++b.orphan; continue; }
    const double inter = static_cast<double>(std::max<long>(0, static_cast<long>(std::min(te, pl.end)) - static_cast<long>(std::max(ts, pl.start))));
    const double uni = static_cast<double>(std::max(te, pl.end) - std::min(ts, pl.start));
    (uni > 0 && inter / uni >= 0.5 ? b.right : b.wrong)++;
    (pl.how == Placement::How::Position ? b.position : pl.how == Placement::How::Quote ? b.quote : b.approximate)++;
  }
  nlohmann::json out = {{"targets", targets.size()}, {"corpus_targets", corpus_targets},
                        {"saudinewsnet_targets", targets.size() - corpus_targets}, {"buckets", nlohmann::json::array()}};
  const char* names[] = {"0%", "1-5%", "6-10%"};
  Tally all;
  for (int i = 0; i < 3; ++i) {
    const Tally& b = by_bucket[i];
    all.links += b.links; all.right += b.right; all.wrong += b.wrong; all.orphan += b.orphan;
    out["buckets"].push_back({{"passage_edited", names[i]}, {"links", b.links}, {"landed_right", b.right},
                              {"landed_wrong", b.wrong}, {"orphaned", b.orphan}, {"by_position", b.position},
                              {"by_quote", b.quote}, {"approximate", b.approximate}});
  }
  out["landed_right_share"] = all.links ? static_cast<double>(all.right) / all.links : 0;
  out["landed_wrong_share"] = all.links ? static_cast<double>(all.wrong) / all.links : 0;
  out["orphaned_share"] = all.links ? static_cast<double>(all.orphan) / all.links : 0;
  std::puts(out.dump().c_str());
  return 0;
}
