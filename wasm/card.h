// wasm/card.h — what a highlight's card says: its kind, its words, its normalised value, its
// chain of attribution, and where else the fact is reported (each other source with the cluster's
// relation), plus how many distinct outlets stand behind it. A claim stating several facts (one in
// each of several clusters) lists each fact with its own other sources. Computed from the analysis and the
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

// One fact of the claim: its cluster, the claim's member index there, and its other sources.
struct CardFact {
  int cluster = -1, member = -1;
  std::string heading;        // "الخبر 2 من 2: يختلف" — only when the claim states more than one
  std::vector<CardAlso> also;
};

struct Card {
  int article = -1, anchor = -1;   // the highlight
  int claim = -1, cluster = -1, member = -1;   // its claim, that claim's cluster and member index
  std::vector<std::string> lines;  // kind, words, value, chain, notes
  std::vector<CardAlso> also;      // other sources, one per article (the first fact's)
  std::vector<CardFact> facts;     // every fact of the claim, the first as above, in cluster order
  int sources = 0;                 // distinct outlets reporting the fact (this one included)
};

Card make_card(const App& app, int article, int anchor);

// The innermost shown highlight of `article` covering code point `at` (an attribution only where
// nothing inside it is), or -1.
int anchor_at(const App& app, int article, std::size_t at);

}  // namespace isnad::web
