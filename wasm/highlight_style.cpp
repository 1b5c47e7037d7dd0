#include "highlight_style.h"

#include "i18n.h"

namespace isnad::web {
namespace {
using T = analysis::AnchorType;
const HighlightGroup kGroups[kHighlightGroups] = {
    {"أرقام وكميات", "Numbers", "numeric", IM_COL32(253, 214, 71, 120), false, {T::number, T::quantity}, 2},
    {"تواريخ ومدد", "Dates", "temporal", IM_COL32(134, 239, 172, 130), false, {T::date, T::duration}, 2},
    {"أشخاص", "People", "person", IM_COL32(216, 180, 254, 130), false, {T::person, T::person}, 1},
    {"أماكن", "Places", "place", IM_COL32(125, 211, 252, 120), false, {T::place, T::place}, 1},
    {"مؤسسات", "Organisations", "organization", IM_COL32(165, 180, 252, 130), false, {T::organization, T::organization}, 1},
    {"اقتباسات", "Quotes", "quote", IM_COL32(203, 213, 225, 120), false, {T::quote, T::quote}, 1},
    {"إسناد", "Attribution", "attribution", IM_COL32(234, 88, 12, 230), true, {T::attribution, T::attribution}, 1},
};
}  // namespace

const HighlightGroup& highlight_group(int i) { return kGroups[i]; }

int highlight_group_of(analysis::AnchorType t) {
  for (int g = 0; g < kHighlightGroups; ++g)
    for (int k = 0; k < kGroups[g].type_count; ++k)
      if (kGroups[g].types[k] == t) return g;
  return 0;
}

const char* highlight_group_label(int i) { return tr(kGroups[i].label, kGroups[i].label_en); }

const char* anchor_type_label(analysis::AnchorType t) {
  switch (t) {
    case T::number: return tr("رقم", "number");
    case T::quantity: return tr("كمية", "quantity");
    case T::date: return tr("تاريخ", "date");
    case T::duration: return tr("مدة", "duration");
    case T::person: return tr("شخص", "person");
    case T::place: return tr("مكان", "place");
    case T::organization: return tr("مؤسسة", "organisation");
    case T::quote: return tr("اقتباس", "quote");
    case T::attribution: return tr("إسناد", "attribution");
  }
  return "";
}

}  // namespace isnad::web
