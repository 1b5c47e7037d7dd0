// anchor.cpp — names of anchor types as the JSON writes them.
#include "isnad/analysis/anchor.h"

namespace isnad::analysis {

const char* anchor_type_name(AnchorType t) {
  switch (t) {
    case AnchorType::number: return "number";
    case AnchorType::quantity: return "quantity";
    case AnchorType::date: return "date";
    case AnchorType::duration: return "duration";
    case AnchorType::person: return "person";
    case AnchorType::place: return "place";
    case AnchorType::organization: return "organization";
    case AnchorType::quote: return "quote";
    case AnchorType::attribution: return "attribution";
  }
  return "number";
}

bool is_entity(AnchorType t) {
  return t == AnchorType::person || t == AnchorType::place || t == AnchorType::organization;
}

}  // namespace isnad::analysis
