// wasm/highlight_style.h — how each kind of checkable content looks: its colour, its name in the
// interface, and the legend group it is toggled with.
#pragma once
#include <imgui.h>

#include "isnad/analysis/anchor.h"

namespace isnad::web {

struct HighlightGroup {
  const char* label;                  // Arabic, shown in the legend
  const char* label_en;               // English
  const char* id;                     // for automation: state().legend
  ImU32 color;
  bool underline;                     // attributions are underlined: they contain other highlights
  analysis::AnchorType types[2];
  int type_count;
};

constexpr int kHighlightGroups = 7;
const HighlightGroup& highlight_group(int i);
int highlight_group_of(analysis::AnchorType t);
const char* anchor_type_label(analysis::AnchorType t);   // the name of one type, in the interface language
const char* highlight_group_label(int i);                // a legend label, in the interface language

}  // namespace isnad::web
