// libFuzzer target: UTF-8 decoding. Invariants: never crashes; valid input round-trips; the
// UTF-16 map has one entry per code unit plus the end, each pointing at a code point.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "isnad/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto d = isnad::text::decode_utf8(in);
  if (d.replaced == 0 && isnad::text::to_utf8(d.text) != in) std::abort();
  if (d.text.size() > size) std::abort();
  auto m = isnad::text::to_utf16(d.text);
  if (m.to_cp.size() != m.utf16.size() + 1 || m.to_cp.back() != d.text.size()) std::abort();
  for (std::size_t i = 0; i + 1 < m.to_cp.size(); ++i)
    if (m.to_cp[i] >= d.text.size()) std::abort();
  return 0;
}
