#include "relation_rules.h"

#include <algorithm>

namespace isnad::xref::detail {

// Both claims are about people and about none in common: "احتفل الشاب أحمد … بزواجه" and "احتفل
// الشاب عادل … بزفافه" are one template, two weddings. Who says it is left out (two officials may give
// one fact, or dispute it), and so is a reporter's byline. Names are compared by their words, so
// that one person named more or less fully ("عبدالله الثاني", "الملك عبدالله الثاني بن الحسين") is
// one; words of three letters or fewer (بن، آل) do not count.
bool never_linked(const ClaimFeatures& x, const ClaimFeatures& y) {
  return !x.person_words.empty() && !y.person_words.empty() &&
         std::none_of(x.person_words.begin(), x.person_words.end(), [&](const std::u32string& w) { return y.person_words.count(w) > 0; });
}

}  // namespace isnad::xref::detail
