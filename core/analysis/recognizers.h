// recognizers.h — the anchor recognisers, one file each, run by analyze.cpp in this order:
// dates and durations, numbers and quantities, entities (rules, then the learned tagger's names),
// quotes, attributions. A recogniser reads the
// Document and appends anchors; `used` marks tokens an earlier recogniser already took (so 2014 in
// "عام 2014" is not also a number).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isnad/analysis/anchor.h"
#include "isnad/analysis/document.h"
#include "isnad/analysis/name_tagger.h"

namespace isnad::analysis {

struct DateContext {
  // The article's date, when known: relative dates resolve against it.
  int year = 0, month = 0, day = 0;
  bool known() const { return year > 0; }
};
DateContext parse_date_context(const std::optional<std::string>& iso);

// Anchor over tokens [tb, te): original offsets from the tokens, the first token's first `skip`
// folded code points left out (a proclitic).
Anchor make_anchor(const Document& d, AnchorType type, std::uint32_t tb, std::uint32_t te, std::uint32_t skip = 0);

void find_dates(const Document& d, const DateContext& ctx, std::vector<bool>& used, std::vector<Anchor>& out);
void find_numbers(const Document& d, std::vector<bool>& used, std::vector<Anchor>& out);
// `names`: what the name tagger found (tag_names), read where the rules found nothing.
void find_entities(const Document& d, const std::vector<NameSpan>& names, std::vector<Anchor>& out);
void find_quotes(const Document& d, const std::vector<Anchor>& entities, std::vector<Anchor>& out);
void find_attributions(const Document& d, const std::vector<Anchor>& anchors, std::vector<Anchor>& out);

}  // namespace isnad::analysis
