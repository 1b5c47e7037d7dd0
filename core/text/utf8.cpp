// UTF-8 <-> code points <-> UTF-16, written here rather than through ICU because offsets must
// follow the WHATWG replacement rule exactly and the decoder is on every hot path.
#include "isnad/text/utf8.h"

namespace isnad::text {

Utf8Decoded decode_utf8(std::string_view in) {
  Utf8Decoded out;
  out.text.reserve(in.size());
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  std::size_t i = 0;
  auto bad = [&](std::size_t at) {
    if (out.replaced++ == 0) out.first_bad_byte = at;
    out.text.push_back(U'\uFFFD');
  };
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) { out.text.push_back(c); ++i; continue; }
    int need; char32_t cp; unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2; cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;        // no overlongs
      if (c == 0xED) hi = 0x9F;        // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3; cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;        // no overlongs
      if (c == 0xF4) hi = 0x8F;        // nothing above U+10FFFF
    } else { bad(i); ++i; continue; }
    const std::size_t start = i++;
    bool ok = true;
    for (int k = 0; k < need; ++k) {
      if (i >= n || s[i] < lo || s[i] > hi) { ok = false; break; }
      cp = (cp << 6) | (s[i] & 0x3F);
      ++i; lo = 0x80; hi = 0xBF;
    }
    if (!ok) { bad(start); continue; }  // the maximal subpart consumed so far becomes one U+FFFD
    out.text.push_back(cp);
  }
  out.had_bom = !out.text.empty() && out.text[0] == 0xFEFF;
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp <= 0x10FFFF) {
    out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F));
  } else append_utf8(out, 0xFFFD);
}

// Sized first, then written through a pointer: a byte at a time through push_back was 70 ms for the
// 10 MB article's analysed megabyte in the page (wasm), in the task that sends it to the worker.
std::string to_utf8(std::u32string_view text) {
  auto clean = [](char32_t cp) { return (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF ? char32_t{0xFFFD} : cp; };
  std::size_t n = 0;
  for (char32_t cp : text) { cp = clean(cp); n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
  std::string out(n, '\0');
  char* o = out.data();
  for (char32_t cp : text) {
    cp = clean(cp);
    if (cp < 0x80) { *o++ = static_cast<char>(cp); }
    else if (cp < 0x800) { *o++ = static_cast<char>(0xC0 | (cp >> 6)); *o++ = static_cast<char>(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (cp >> 12)); *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (cp >> 18)); *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

Utf16Mapped to_utf16(std::u32string_view text) {
  Utf16Mapped m;
  m.utf16.reserve(text.size());
  m.to_cp.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t cp = text[i];
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp < 0x10000) { m.utf16.push_back(static_cast<char16_t>(cp)); m.to_cp.push_back(i); }
    else {
      cp -= 0x10000;
      m.utf16.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      m.utf16.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
      m.to_cp.push_back(i); m.to_cp.push_back(i);
    }
  }
  m.to_cp.push_back(text.size());
  return m;
}

}  // namespace isnad::text
