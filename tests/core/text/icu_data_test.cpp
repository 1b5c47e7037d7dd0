#include <doctest/doctest.h>

#include "isnad/text/icu_data.h"

TEST_SUITE("text") {
TEST_CASE("icu_data") {
  SUBCASE("the break iterators and normalisers the core needs are available") {
    std::string err;
    CHECK_MESSAGE(isnad::text::icu_selftest(&err), err);
  }
  SUBCASE("a missing data file is a message, not a crash") {
    std::string err;
    CHECK_FALSE(isnad::text::icu_load_data_file("/nonexistent/icudt.dat", &err));
    CHECK(err.find("cannot open") != std::string::npos);
  }
}
}
