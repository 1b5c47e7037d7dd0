// isnad/links/share_link.h — links to passages: what a link's fragment holds, how it is written and
// read, and how a passage is found again in a text that may have changed since the link was made.
//
// Fragment (after '#'), every value percent-encoded UTF-8, several q= allowed:
//   a=<article file>&q=<start>-<end>:<prefix>,<exact>,<suffix>[&q=…]
// start/end are code-point offsets into the article as read. Reading never throws and is bounded:
// a fragment over 64 KB, over 32 passages, a quote over 4,096 code points or malformed parts give
// a message instead.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isnad::links {

struct Passage {
  std::size_t start = 0, end = 0;    // where it was when the link was made
  std::u32string prefix, exact, suffix;
};

struct ShareLink {
  std::string article;
  std::vector<Passage> passages;
};

constexpr std::size_t kContextChars = 32;     // prefix/suffix length when making a link
constexpr std::size_t kMaxQuoteChars = 4096;
constexpr std::size_t kMaxPassages = 32;
constexpr std::size_t kMaxFragmentBytes = 65536;

// A passage for text[start, end) with its context (clamped to the text).
Passage make_passage(std::u32string_view text, std::size_t start, std::size_t end);

std::string encode_fragment(const ShareLink& link);
std::optional<ShareLink> decode_fragment(std::string_view fragment, std::string* error);

// Where a passage lands in `text`.
struct Placement {
  enum class How { Position, Quote, Approximate, NotFound } how = How::NotFound;
  std::size_t start = 0, end = 0;
  int distance = 0;                  // edits between the quote and the text found (folded)
};
Placement reanchor(std::u32string_view text, const Passage& p);

const char* placement_name(Placement::How h);

}  // namespace isnad::links
