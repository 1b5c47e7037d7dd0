// anchor_span.cpp — turning a token range into an anchor's original offsets.
#include "recognizers.h"

namespace isnad::analysis {

Anchor make_anchor(const Document& d, AnchorType type, std::uint32_t tb, std::uint32_t te, std::uint32_t skip) {
  Anchor a;
  a.type = type;
  a.tb = tb;
  a.te = te;
  const text::Token& first = d.tokens[tb];
  std::uint32_t nb = first.nb + (skip < first.ne - first.nb ? skip : 0);
  a.start = d.norm.to_orig[nb];
  a.end = d.tokens[te - 1].oe;
  return a;
}

}  // namespace isnad::analysis
