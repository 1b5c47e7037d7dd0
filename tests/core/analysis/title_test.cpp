#include <doctest/doctest.h>

#include "isnad/analysis/title.h"
#include "isnad/corpus/corpus.h"
#include "isnad/text/utf8.h"
#include "test_support.h"

using isnad::analysis::article_header;
using isnad::analysis::ArticleHeader;

namespace {
ArticleHeader header_of(const std::string& utf8) { return article_header(isnad::text::decode_utf8(utf8).text); }
}  // namespace

TEST_SUITE("analysis") {
TEST_CASE("title") {
  SUBCASE("a short line before the story that ends no sentence is the headline") {
    auto h = header_of("واشنطن تريد الانسحاب من العراق.. لكن بصيغة رابح – رابح!!\n\nيبدو أن العلاقة بين واشنطن وبغداد تتخذ منعطفاً جديداً.");
    CHECK(h.kind == ArticleHeader::Kind::headline);
    CHECK(h.title == "واشنطن تريد الانسحاب من العراق.. لكن بصيغة رابح – رابح!!");
    CHECK(h.title_start == 0);
  }
  SUBCASE("category tags run into one word and a dateline are skipped") {
    auto h = header_of("تحليلاتخاصرئيسية\n\nعنوان الخبر هنا عن المحادثات\n\nبغداد/ عراق أوبزيرفر\n\nنص الخبر.");
    CHECK(h.kind == ArticleHeader::Kind::headline);
    CHECK(h.title == "عنوان الخبر هنا عن المحادثات");
    auto d = header_of("بغداد/ عراق أوبزيرفر\nبدأت المحادثات في يناير 2024. وتستمر أسابيع.");
    CHECK(d.kind == ArticleHeader::Kind::first_sentence);
    CHECK(d.title == "بدأت المحادثات في يناير 2024");
  }
  SUBCASE("المصدر: and الرابط: lines are the source and the link, never the title") {
    auto h = header_of("المصدر: The Sun\nالرابط: https://thesun.my/world/a-b\nقالت الولايات المتحدة والعراق إن المهمة ستنتهي. وسيكون هناك انتقال.");
    CHECK(h.source == "The Sun");
    CHECK(h.link == "https://thesun.my/world/a-b");
    CHECK(h.kind == ArticleHeader::Kind::first_sentence);
    CHECK(h.title == "قالت الولايات المتحدة والعراق إن المهمة ستنتهي");
    auto e = header_of("Source: Reuters\nURL: http://example.com/x\nThe talks began in January. They go on.");
    CHECK(e.source == "Reuters");
    CHECK(e.link == "http://example.com/x");
    CHECK(e.title == "The talks began in January");
  }
  SUBCASE("boilerplate lines (sharing, related articles) are skipped") {
    auto h = header_of("شارك\nاقرأ أيضا\nتوصلت واشنطن وبغداد إلى اتفاق حول خطة انسحاب.");
    CHECK(h.title == "توصلت واشنطن وبغداد إلى اتفاق حول خطة انسحاب");
  }
  SUBCASE("a long first sentence is cut at a word, with an ellipsis; a decimal point ends nothing") {
    std::string s = "ارتفع المؤشر 2.5 في المئة";
    for (int i = 0; i < 30; ++i) s += " وكلمة";
    s += ". جملة ثانية.";
    auto h = header_of(s);
    CHECK(h.kind == ArticleHeader::Kind::first_sentence);
    CHECK(h.cut);
    const auto t = isnad::text::decode_utf8(h.title).text;
    CHECK(t.size() <= 151);
    CHECK(t.back() == U'…');
    CHECK(h.title.rfind("ارتفع المؤشر 2.5 في المئة", 0) == 0);
  }
  SUBCASE("an empty or letterless text has no title") {
    CHECK(header_of("").kind == ArticleHeader::Kind::none);
    CHECK(header_of("\n\n  \n---\n2024").title.empty());
  }
  SUBCASE("the seed articles: a real title each, none of it boilerplate or metadata") {
    auto r = isnad::corpus::load_corpus_folder(isnad::test::repo_path("web/corpus"));
    REQUIRE(r.articles.size() == 5);
    for (const auto& a : r.articles) {
      auto h = article_header(a.text);
      CAPTURE(a.meta.file);
      CHECK(h.kind != ArticleHeader::Kind::none);
      CHECK(h.title.find("المصدر") == std::string::npos);
      CHECK(h.title.find("تحليلاتخاصرئيسية") == std::string::npos);
      CHECK(isnad::text::decode_utf8(h.title).text.size() > 20);
    }
    CHECK(article_header(r.articles[1].text).kind == ArticleHeader::Kind::headline);
    CHECK(article_header(r.articles[2].text).source == "The Sun");
  }
}
}
