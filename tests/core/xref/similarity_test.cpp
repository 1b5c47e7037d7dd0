#include <doctest/doctest.h>

#include <algorithm>

#include "isnad/analysis/analysis.h"
#include "isnad/text/normalize.h"
#include "isnad/xref/formulaic.h"
#include "isnad/xref/similarity.h"
#include "isnad/xref/xref.h"

using namespace isnad;

namespace {
corpus::Article article(const char* file, const std::u32string& text) {
  return corpus::make_article({file}, text::to_utf8(text), nullptr);
}
std::u32string stem(const std::u32string& word) { return xref::term_stem(text::fold(word)); }
}  // namespace

TEST_SUITE("xref") {
TEST_CASE("similarity: stems as claim reading makes them; a stem the table lacks has no neighbours") {
  CHECK(stem(U"اتفاقا") == stem(U"الاتفاق"));
  CHECK(stem(U"والمفاوضات") == stem(U"مفاوضات"));
  CHECK(stem(U"المفاوضات") != stem(U"المحادثات"));
  CHECK(xref::similar_stems(U"\u0001no such stem").empty());
}

TEST_CASE("formulaic: shingles are four stems in a row, the same for the same words") {
  CHECK(xref::shingles(U"").empty());
  CHECK(xref::shingles(U"ثلاث كلمات فقط").empty());
  const auto a = xref::shingles(U"والمفاوضات استؤنفت في فيينا اليوم"), b = xref::shingles(U"المفاوضات استؤنفت في فيينا اليوم");
  CHECK(a.size() == 2);
  CHECK(a == b);   // clitics off: the same stems
  CHECK_FALSE(xref::formulaic(U"", 0.5));
  // learned from SaudiNewsNet: a blessing is a set phrase, a casualty count is not
  CHECK(xref::formulaic(U"قال النبي صلى الله عليه وسلم", 0.3));
  CHECK_FALSE(xref::formulaic(U"قتل ثلاثون شخصا في تفجير انتحاري استهدف سوقا شعبية في مدينة مايدوغوري", 0.3));
}

TEST_CASE("facts, not sentences: a claim stating two facts belongs to the cluster of each") {
  const std::vector<corpus::Article> arts = {
      article("a.txt", U"أعلنت الحكومة العراقية أن مهمة التحالف الدولي تنتهي في سبتمبر 2025 وأن العلاقات مع دوله ستصبح شراكات ثنائية."),
      article("b.txt", U"قالت بغداد إن مهمة التحالف الدولي تنتهي في سبتمبر 2025 بحسب الاتفاق الجديد."),
      article("c.txt", U"وستصبح العلاقات شراكات ثنائية مع واشنطن ولندن وباريس بحسب المتحدث باسم الحكومة العراقية.")};
  const auto an = analysis::analyze_corpus(arts, {});
  xref::Options opt;
  opt.same_story = 0;
  opt.fact_similarity = opt.min_similarity;
  const auto clusters = xref::cross_reference(arts, an, opt);
  std::size_t homes_of_a = 0;
  for (const auto& k : clusters)
    for (const auto& c : k.claims) homes_of_a += c.article == 0;
  CHECK(homes_of_a == 2);
  opt.max_facts = 1;
  homes_of_a = 0;
  for (const auto& k : xref::cross_reference(arts, an, opt))
    for (const auto& c : k.claims) homes_of_a += c.article == 0;
  CHECK(homes_of_a <= 1);
}
}
