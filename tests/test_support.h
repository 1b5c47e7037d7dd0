// tests/test_support.h — paths the tests read: the repository's own data, and ../shared when present.
#pragma once
#include <optional>
#include <string>

namespace isnad::test {

// A path inside the repository (the tests run from anywhere, natively or under node).
inline std::string repo_path(const std::string& rel) { return std::string(ISNAD_SOURCE_DIR) + "/" + rel; }

// ../shared beside the checkout, or nullopt (a user's clone has none: such tests skip with a message).
std::optional<std::string> shared_dir();

// Prints "skipped: <why>" once per reason and returns true, for tests that need ../shared.
bool skip_without_shared(const char* what);

}  // namespace isnad::test
