#include "highlight_style.h"

namespace isnad::web {
namespace {
using T = analysis::AnchorType;
const HighlightGroup kGroups[kHighlightGroups] = {
    {"أرقام وكميات", "numeric", IM_COL32(253, 214, 71, 120), false, {T::number, T::quantity}, 2},
    {"تواريخ ومدد", "temporal", IM_COL32(134, 239, 172, 130), false, {T::date, T::duration}, 2},
    {"أشخاص", "person", IM_COL32(216, 180, 254, 130), false, {T::person, T::person}, 1},
    {"أماكن", "place", IM_COL32(125, 211, 252, 120), false, {T::place, T::place}, 1},
    {"مؤسسات", "organization", IM_COL32(165, 180, 252, 130), false, {T::organization, T::organization}, 1},
    {"اقتباسات", "quote", IM_COL32(203, 213, 225, 120), false, {T::quote, T::quote}, 1},
    {"إسناد", "attribution", IM_COL32(234, 88, 12, 230), true, {T::attribution, T::attribution}, 1},
};
}  // namespace

const HighlightGroup& highlight_group(int i) { return kGroups[i]; }

int highlight_group_of(analysis::AnchorType t) {
  for (int g = 0; g < kHighlightGroups; ++g)
    for (int k = 0; k < kGroups[g].type_count; ++k)
      if (kGroups[g].types[k] == t) return g;
  return 0;
}

const char* anchor_type_label(analysis::AnchorType t) {
  switch (t) {
    case T::number: return "رقم";
    case T::quantity: return "كمية";
    case T::date: return "تاريخ";
    case T::duration: return "مدة";
    case T::person: return "شخص";
    case T::place: return "مكان";
    case T::organization: return "مؤسسة";
    case T::quote: return "اقتباس";
    case T::attribution: return "إسناد";
  }
  return "";
}

}  // namespace isnad::web
