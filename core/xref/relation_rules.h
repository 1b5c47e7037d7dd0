// relation_rules.h — the rules that decide how two claims relate. Internal to core/xref.
#pragma once
#include "claim_features.h"

namespace isnad::xref::detail {

// Whether two claims are never linked nor clustered together: both are about people, and about none
// in common (one template, two weddings).
bool never_linked(const ClaimFeatures& x, const ClaimFeatures& y);

}  // namespace isnad::xref::detail
