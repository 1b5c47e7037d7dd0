// core/bundle/cbor_scan.h — walks CBOR without building anything: an item's head, and where an item
// ends, so that the stepped reader (step_reader.cpp) can hand nlohmann one value at a time. Takes
// what nlohmann's to_cbor writes (definite lengths, text keys, no tags or other simple values);
// anything else is refused and left to the whole-file reader.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace isnad::bundle::detail {

struct CborHead {
  int major = 0;            // 0 unsigned, 1 negative, 2 bytes, 3 text, 4 array, 5 map, 7 simple or float
  std::uint64_t arg = 0;    // the value, a length or a count (of pairs, for a map)
};

class CborScan {
 public:
  explicit CborScan(std::string_view bytes) : bytes_(bytes) {}
  // The head at *pos, moving past it; false when cut short or not taken (see above).
  bool head(std::size_t* pos, CborHead* h) const;
  // Moves *pos past one whole item, its structure checked (lengths within the bytes, text keys).
  bool skip(std::size_t* pos);
  // A text string at *pos, moving past it.
  bool text(std::size_t* pos, std::string_view* out) const;
  std::string_view bytes() const { return bytes_; }

 private:
  std::string_view bytes_;
  struct Open { std::uint64_t left; bool map; };
  std::vector<Open> open_;   // skip's arrays and maps not yet closed (kept to reuse its memory)
};

}  // namespace isnad::bundle::detail
