// libFuzzer target: share-link fragments and re-anchoring. Invariants: decoding never crashes and
// stays within its limits; a decoded link re-encodes to a fragment that decodes the same; every
// placement lies inside the text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "isnad/links/share_link.h"
#include "isnad/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace isnad::links;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string err;
  auto link = decode_fragment(in, &err);
  if (!link) { if (err.empty()) std::abort(); }
  else {
    if (link->passages.size() > kMaxPassages) std::abort();
    auto again = decode_fragment(encode_fragment(*link), &err);
    if (!again || again->article != link->article || again->passages.size() != link->passages.size()) std::abort();
  }
  // Re-anchor a passage made from the first half of the input inside the whole input as text.
  const std::u32string text = isnad::text::decode_utf8(in).text;
  if (text.size() >= 8) {
    const Passage p = make_passage(text.substr(0, text.size() / 2), text.size() / 8, text.size() / 4);
    const Placement pl = reanchor(text, p);
    if (pl.how != Placement::How::NotFound && (pl.start > pl.end || pl.end > text.size())) std::abort();
  }
  return 0;
}
