// isnad/text/utf8.h — UTF-8 decoding into code points, the unit every offset in Isnad counts.
//
// Articles are read as bytes and decoded once. Invalid sequences become U+FFFD, one per maximal
// ill-formed subpart (the WHATWG / Unicode "best practice"), so offsets stay consistent with what a
// browser shows; the caller learns how many were replaced and where the first one was.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace isnad::text {

struct Utf8Decoded {
  std::u32string text;              // code points, invalid input replaced by U+FFFD
  std::size_t replaced = 0;         // how many U+FFFD were inserted for invalid input
  std::size_t first_bad_byte = 0;   // byte offset of the first invalid sequence (if replaced > 0)
  bool had_bom = false;             // a leading U+FEFF is kept in `text` (offsets are "as read")
};

Utf8Decoded decode_utf8(std::string_view bytes);

std::string to_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t cp);

// UTF-16 for ICU, with a map from each UTF-16 index back to its code-point index
// (size = utf16.size() + 1, so the end maps too).
struct Utf16Mapped {
  std::u16string utf16;
  std::vector<std::size_t> to_cp;
};
Utf16Mapped to_utf16(std::u32string_view text);

}  // namespace isnad::text
