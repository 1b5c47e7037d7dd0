// wasm/card.h — what a highlight's card says: its kind, its words, its normalised value, its
// chain of attribution, and where else the fact is reported (each other source with the cluster's
// relation), plus how many distinct outlets stand behind it. Computed from the analysis and the
// clusters the app holds; drawn as a hover tooltip or as a pinned card with links (ui_card.cpp).
#pragma once
#include <string>
#include <vector>

#include "app.h"

namespace isnad::web {

struct CardAlso {
  int member;                 // index into the cluster's claims
  std::size_t article;
  std::string label;          // "ورد أيضا في رويترز — يتفق"
};

struct Card {
  int article = -1, anchor = -1;   // the highlight
  int claim = -1, cluster = -1, member = -1;   // its claim, that claim's cluster and member index
  std::vector<std::string> lines;  // kind, words, value, chain, notes
  std::vector<CardAlso> also;      // other sources, one per article
  int sources = 0;                 // distinct outlets reporting the fact (this one included)
};

Card make_card(const App& app, int article, int anchor);

// The innermost shown highlight of `article` covering code point `at` (an attribution only where
// nothing inside it is), or -1.
int anchor_at(const App& app, int article, std::size_t at);

}  // namespace isnad::web
