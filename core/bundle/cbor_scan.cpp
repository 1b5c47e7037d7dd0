#include "bundle/cbor_scan.h"

namespace isnad::bundle::detail {

bool CborScan::head(std::size_t* pos, CborHead* h) const {
  std::size_t p = *pos;
  if (p >= bytes_.size()) return false;
  const auto first = static_cast<std::uint8_t>(bytes_[p++]);
  h->major = first >> 5;
  const int info = first & 31;
  if (info < 24) {
    h->arg = static_cast<std::uint64_t>(info);
  } else if (info <= 27) {
    const std::size_t n = std::size_t{1} << (info - 24);
    if (n > bytes_.size() - p) return false;
    h->arg = 0;
    for (std::size_t i = 0; i < n; ++i) h->arg = (h->arg << 8) | static_cast<std::uint8_t>(bytes_[p++]);
  } else {
    return false;   // reserved, or an indefinite length
  }
  if (h->major == 6) return false;   // a tag
  // Of the simple values: false, true, null; then half, single and double floats.
  if (h->major == 7 && !(info == 20 || info == 21 || info == 22 || (info >= 25 && info <= 27))) return false;
  *pos = p;
  return true;
}

bool CborScan::skip(std::size_t* pos) {
  std::size_t p = *pos;
  open_.clear();
  open_.push_back({1, false});
  while (!open_.empty()) {
    if (open_.back().left == 0) { open_.pop_back(); continue; }
    const bool key = open_.back().map && open_.back().left % 2 == 0;
    --open_.back().left;
    CborHead h;
    if (!head(&p, &h) || (key && h.major != 3)) return false;
    const std::size_t rest = bytes_.size() - p;   // each element takes at least a byte
    switch (h.major) {
      case 2:
      case 3:
        if (h.arg > rest) return false;
        p += static_cast<std::size_t>(h.arg);
        break;
      case 4:
        if (h.arg > rest) return false;
        open_.push_back({h.arg, false});
        break;
      case 5:
        if (h.arg > rest / 2) return false;
        open_.push_back({2 * h.arg, true});
        break;
      default: break;
    }
  }
  *pos = p;
  return true;
}

bool CborScan::text(std::size_t* pos, std::string_view* out) const {
  std::size_t p = *pos;
  CborHead h;
  if (!head(&p, &h) || h.major != 3 || h.arg > bytes_.size() - p) return false;
  *out = bytes_.substr(p, static_cast<std::size_t>(h.arg));
  *pos = p + static_cast<std::size_t>(h.arg);
  return true;
}

}  // namespace isnad::bundle::detail
