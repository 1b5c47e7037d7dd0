// isnad/analysis/anchor.h — the atomic, checkable parts of a text (ANALYSIS_FORMAT.md "anchors").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "isnad/analysis/value.h"

namespace isnad::analysis {

enum class AnchorType : std::uint8_t { number, quantity, date, duration, person, place, organization, quote, attribution };

const char* anchor_type_name(AnchorType t);
bool is_entity(AnchorType t);    // person, place, organization

struct Anchor {
  AnchorType type = AnchorType::number;
  std::uint32_t start = 0, end = 0;     // original code-point offsets [start, end)
  std::uint32_t tb = 0, te = 0;         // token range [tb, te) (internal: claims and attributions use it)
  AnchorValue value;                    // counts, dates, durations: the normalised meaning (value.h)
  std::string canonical;                // entities: the canonical name (UTF-8); attributions: the speaker
  std::string text;                     // the original slice [start, end), UTF-8
  bool by_role = false;                 // people: a role standing for its holder ("رئيس الوزراء العراقي")
  std::string role;                     // people: the role words that came with the name (folded, UTF-8)
};

}  // namespace isnad::analysis
