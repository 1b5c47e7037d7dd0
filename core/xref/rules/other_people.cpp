// rules/other_people.cpp — two claims about different people are two facts (never linked).
#include "../relation_rules.h"
#include <algorithm>

namespace isnad::xref::detail {
namespace {

// Both claims are about people and about none in common: "احتفل الشاب أحمد … بزواجه" and "احتفل
// الشاب عادل … بزفافه" are one template, two weddings. Who says it is left out (two officials may give
// one fact, or dispute it), and so is a reporter's byline (claim reading leaves both out of
// person_words). Names are compared by their words, so that one person named more or less fully
// ("عبدالله الثاني", "الملك عبدالله الثاني بن الحسين") is one; words of three letters or fewer (بن، آل)
// do not count.
bool other_people(const ClaimFeatures& x, const ClaimFeatures& y) {
  return !x.person_words.empty() && !y.person_words.empty() &&
         std::none_of(x.person_words.begin(), x.person_words.end(), [&](const std::u32string& w) { return y.person_words.count(w) > 0; });
}

}  // namespace

const RelationRule kOtherPeople = [] {
  RelationRule r{"other people"};
  r.never_linked = other_people;
  return r;
}();

}  // namespace isnad::xref::detail
