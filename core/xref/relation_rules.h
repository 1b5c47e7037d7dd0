// relation_rules.h — how two claims relate, as a table of named rules (as HarfBuzz's shapers: a
// struct of optional hooks). One small file per rule in core/xref/rules/, each with golden cases in
// tests/data/xref/<rule>.tests. The hooks, in the order the stages ask them:
//   read          claim reading: adjusts a claim's values once read (a record's "since", a delivery month)
//   never_linked  candidate links and clusters: the two claims are never linked nor clustered
//   two_scopes    relations: the claims are said of different parts or days, so neither their values
//                 nor a denial are compared
//   two_events    relations: their values are of two events, not compared (a denial still is)
//   narrow        relations: leaves some kinds of value out of the comparison of one event's values
//   fact          relations: a difference of fact or scope; the first rule that finds one gives it
//   detail        relations: a difference noted beside the relation (status, source)
// Internal to core/xref.
#pragma once
#include <cstdlib>
#include <optional>
#include <vector>

#include "claim_features.h"
#include "isnad/corpus/corpus.h"
#include "isnad/xref/options.h"
#include "isnad/xref/xref.h"
#include "values.h"

namespace isnad::xref::detail {

// Two claims of different articles, alike enough to be compared, with what the relations stage knows
// of them.
struct ClaimPair {
  const ClaimFeatures& x;
  const ClaimFeatures& y;
  const corpus::Article& article_x;
  const corpus::Article& article_y;
  long published_x = kNoDay, published_y = kNoDay;   // publication days (day_number), or kNoDay
  const Options& options;
  bool one_scope = false;   // no rule found two scopes
  bool one_event = false;   // one scope, no rule found two events, and an event stated by both
  double words = 0;         // one event: the claims' cosine over words, values left out
  Compared compared;        // one event: which values are compared (the narrow hooks')
};

struct RelationRule {
  const char* name;
  void (*read)(const ArticleText& article, ClaimFeatures& f) = nullptr;
  bool (*never_linked)(const ClaimFeatures& x, const ClaimFeatures& y) = nullptr;
  bool (*two_scopes)(const ClaimPair& p) = nullptr;
  bool (*two_events)(const ClaimPair& p) = nullptr;
  void (*narrow)(const ClaimPair& p, Compared& compared) = nullptr;
  std::optional<Difference> (*fact)(const ClaimPair& p) = nullptr;
  std::optional<Difference> (*detail)(const ClaimPair& p) = nullptr;
};

// The rules, in the order their hooks are asked (rules/rules.cpp).
const std::vector<RelationRule>& relation_rules();

// Whether any rule's never_linked hook holds for the pair.
bool never_linked(const ClaimFeatures& x, const ClaimFeatures& y);

// Each rule's read hook on a claim just read.
void apply_read_rules(const ArticleText& article, ClaimFeatures& f);

// Whether both publication days are known and more than a day apart.
inline bool days_apart(const ClaimPair& p) {
  return p.published_x != kNoDay && p.published_y != kNoDay && std::labs(p.published_x - p.published_y) > 1;
}

// A concept one claim states and the other negates ("the talks stopped" / "did not stop"), or none
// (rules/negation.cpp; isnad compare uses it too).
std::optional<Difference> negation_difference(const ClaimFeatures& x, const ClaimFeatures& y);

// A count one claim leaves unclear (an unvocalised dual-or-plural, "2+ official") that the other gives
// exactly ("2 official"), in two claims that give the same list (another exact count of that unit in
// common): no contradiction, but a figure a reader should know only one report states; or none
// (rules/unclear_count.cpp).
std::optional<Difference> unclear_count(const std::vector<Value>& x, const std::vector<Value>& y);

// The rules (rules/*.cpp).
extern const RelationRule kOtherPeople, kSinceRecord, kDeliveryMonth, kDeicticDays, kScopeRestriction, kPeriodEnds,
    kTimeOfDay, kOtherPlaces, kParaphrase, kRecurringReport, kMarketQuote, kRunningFigure, kDatedAlike, kValueConflict,
    kNegation, kUnclearCount, kFields, kStatus, kSourceVariant;

}  // namespace isnad::xref::detail
