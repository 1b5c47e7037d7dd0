#include "reading_mode.h"

#include <cstring>

#include "highlight_style.h"
#include "i18n.h"

namespace isnad::web {

const char* reading_mode_name(ReadingMode m) {
  switch (m) {
    case ReadingMode::claims: return "claims";
    case ReadingMode::everything: return "everything";
    case ReadingMode::plain: return "plain";
  }
  return "claims";
}

const char* reading_mode_label(ReadingMode m) {
  switch (m) {
    case ReadingMode::claims: return tr("الادعاءات", "Claims");
    case ReadingMode::everything: return tr("كل شيء", "Everything");
    case ReadingMode::plain: return tr("نص فقط", "Plain");
  }
  return "";
}

bool reading_mode_from_name(const char* name, ReadingMode* out) {
  for (int i = 0; i < kReadingModes; ++i)
    if (!std::strcmp(name, reading_mode_name(static_cast<ReadingMode>(i)))) { *out = static_cast<ReadingMode>(i); return true; }
  return false;
}

const char* anchor_mark_name(AnchorMark m) {
  switch (m) {
    case AnchorMark::none: return "none";
    case AnchorMark::fill: return "fill";
    case AnchorMark::underline: return "underline";
    case AnchorMark::thin_underline: return "thin";
  }
  return "none";
}

AnchorMark anchor_mark(ReadingMode mode, analysis::AnchorType type, bool shown, bool in_disputed) {
  if (!shown || mode == ReadingMode::plain) return AnchorMark::none;
  const AnchorMark own = highlight_group(highlight_group_of(type)).underline ? AnchorMark::underline : AnchorMark::fill;
  if (mode == ReadingMode::everything || !analysis::is_entity(type)) return own;
  return in_disputed ? own : AnchorMark::thin_underline;
}

}  // namespace isnad::web
