#include <doctest/doctest.h>

#include "isnad/links/share_link.h"
#include "isnad/text/normalize.h"
#include "isnad/text/utf8.h"

using namespace isnad::links;

namespace {
isnad::text::Normalized fold_for_matching(std::u32string_view s) {
  return isnad::text::fold_with_map(s, isnad::text::Fold::share_link);
}
const std::u32string kText =
    U"وفقا لتقرير صادر عن رويترز، توصلت بغداد وواشنطن إلى اتفاق بشأن انسحاب مئات القوات الأمريكية "
    U"من قاعدة عين الأسد الجوية بحلول سبتمبر/أيلول 2025. وقال مسؤول أميركي إن الاتفاق يحتاج إلى موافقة نهائية.";
std::size_t find(std::u32string_view s, std::u32string_view what) { return s.find(what); }
}  // namespace

TEST_SUITE("links") {
TEST_CASE("fold") {
  SUBCASE("hamza forms, alef maksura, teh marbuta, diacritics and tatweel fold away, with offsets kept") {
    auto f = fold_for_matching(U"أَمْريكيّة إلى");
    CHECK(f.text == U"امريكيه الي");
    CHECK(f.to_orig.front() == 0);
    CHECK(f.to_orig.back() == 14);
  }
  SUBCASE("digits and quotes are unified, whitespace runs become one space") {
    CHECK(fold_for_matching(U"«٢٠٢٥»\n\n  ۲").text == U"\"2025\" 2");
  }
  SUBCASE("bidi controls are invisible to matching") {
    CHECK(fold_for_matching(U"\u202eابc\u202c").text == U"ابc");
  }
}

TEST_CASE("share_link") {
  const std::size_t s = find(kText, U"مئات القوات"), e = s + std::u32string(U"مئات القوات الأمريكية").size();
  const Passage p = make_passage(kText, s, e);

  SUBCASE("a link round-trips through its fragment, Arabic percent-encoded as UTF-8") {
    ShareLink link{"000_a.txt", {p, make_passage(kText, 0, 5)}};
    const std::string f = encode_fragment(link);
    CHECK(f.find("a=000_a.txt&q=") == 0);
    CHECK(f.find("%D9%85") != std::string::npos);
    std::string err;
    auto back = decode_fragment("#" + f, &err);
    REQUIRE_MESSAGE(back, err);
    CHECK(back->article == "000_a.txt");
    REQUIRE(back->passages.size() == 2);
    CHECK(back->passages[0].exact == p.exact);
    CHECK(back->passages[0].prefix == p.prefix);
    CHECK(back->passages[0].suffix == p.suffix);
    CHECK(back->passages[0].start == s);
  }
  SUBCASE("malformed fragments are a message, never a crash") {
    std::string err;
    for (const char* bad : {"", "#", "q=1-2:a,b,c", "a=x&q=5-2:a,b,c", "a=x&q=1-2:abc", "a=x&q=-1-2:a,b,c",
                            "a=x&q=1-2:%ZZ,b,c", "a=x&q=1-2:a,%FF,c", "a=%", "a=x&q=1-2:a,,c", "a=x&q=99999999999-1:a,b,c"}) {
      err.clear();
      CHECK_MESSAGE(!decode_fragment(bad, &err), bad);
      CHECK(err.rfind("this link cannot be read", 0) == 0);
    }
    std::string many = "a=x";
    for (int i = 0; i < 40; ++i) many += "&q=1-2:a,b,c";
    CHECK_FALSE(decode_fragment(many, &err));
    CHECK_FALSE(decode_fragment(std::string(70000, 'a'), &err));
    CHECK(decode_fragment("a=x&unknown=1&q=1-2:a,b,c", &err));
  }
  SUBCASE("an unchanged text: the position") {
    auto pl = reanchor(kText, p);
    CHECK(pl.how == Placement::How::Position);
    CHECK(pl.start == s);
  }
  SUBCASE("text inserted before: the quote, found again") {
    const std::u32string moved = U"سطر جديد في البداية. " + kText;
    auto pl = reanchor(moved, p);
    CHECK(pl.how == Placement::How::Quote);
    CHECK(moved.substr(pl.start, pl.end - pl.start) == p.exact);
  }
  SUBCASE("two occurrences: the prefix and suffix choose") {
    const std::u32string twice = U"مئات القوات الأمريكية في مكان آخر. " + kText;
    auto pl = reanchor(twice, p);
    CHECK(pl.how == Placement::How::Quote);
    CHECK(pl.start == s + std::u32string(U"مئات القوات الأمريكية في مكان آخر. ").size());
  }
  SUBCASE("hamza and diacritics changed, a word edited: an approximate match in the right place") {
    std::u32string edited = kText;
    const std::size_t at = edited.find(U"الأمريكية");
    edited.replace(at, 9, U"الامريكيّة");
    edited.replace(edited.find(U"مئات"), 4, U"مئاتٍ");
    auto pl = reanchor(edited, p);
    CHECK(pl.how == Placement::How::Approximate);
    CHECK(pl.start == edited.find(U"مئات"));
    CHECK(pl.end == edited.find(U"الامريكيّة") + std::u32string(U"الامريكيّة").size());
  }
  SUBCASE("a passage that is gone is not found, rather than placed somewhere wrong") {
    auto pl = reanchor(U"نص مختلف تماما لا علاقة له بالمقال الأصلي ولا بأي من كلماته.", p);
    CHECK(pl.how == Placement::How::NotFound);
  }
}
}
