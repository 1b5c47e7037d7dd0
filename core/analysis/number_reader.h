// number_reader.h — reading a number written in digits or in Arabic words at a token:
// "2500", "2,500", "2.5 مليون", "خمسة", "ثلاثة آلاف", "خمسة وعشرين", duals ("مسؤولان" → 2) and vague
// amounts ("مئات" → hundreds, "عدة" → several).
#pragma once
#include <cstdint>
#include <string>

#include "isnad/analysis/document.h"

namespace isnad::analysis {

struct NumberRead {
  double value = 0;
  std::uint32_t words = 0;      // tokens read
  std::uint32_t skip = 0;       // proclitic code points on the first token (و900 → 0: split already)
  const char* vague = nullptr;  // "hundreds", "several", "all", "some", … when not exact
  double min = 0, max = 0;      // the range of a vague amount (0 when open)
  bool dual = false;            // read from a dual noun: the noun itself is the counted thing
};

// A number at token i, or false.
bool read_number(const Document& d, std::size_t i, NumberRead* out);

// A number word on its own (folded, no clitics): 1..10, tens, hundreds; 0 when not one.
double number_word_value(std::u32string_view w);

}  // namespace isnad::analysis
