#include "isnad/text/icu_data.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/udata.h>

namespace isnad::text {

bool icu_load_data_file(const std::string& path, std::string* error) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) { if (error) *error = "cannot open ICU data file " + path; return false; }
  // ICU keeps a pointer to the bytes: they must outlive every ICU call, so they are never freed.
  // One read of the whole file (an istreambuf_iterator copies it a character at a time).
  static std::vector<char>* bytes = [&] {
    auto* b = new std::vector<char>(static_cast<std::size_t>(std::max<std::streamoff>(0, f.tellg())));
    f.seekg(0);
    f.read(b->data(), static_cast<std::streamsize>(b->size()));
    return b;
  }();
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(bytes->data(), &status);
  if (U_FAILURE(status)) {
    if (error) *error = std::string("ICU rejected its data file: ") + u_errorName(status);
    return false;
  }
  return true;
}

bool icu_selftest(std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  const char* step = "line break iterator";
  std::unique_ptr<icu::BreakIterator> line(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) {
    step = "word break iterator";
    std::unique_ptr<icu::BreakIterator> word(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }
  if (U_SUCCESS(status)) {
    step = "sentence break iterator";
    std::unique_ptr<icu::BreakIterator> s(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  if (U_SUCCESS(status)) { step = "NFKC"; icu::Normalizer2::getNFKCInstance(status); }
  if (U_FAILURE(status)) {
    if (error) *error = std::string("ICU ") + step + ": " + u_errorName(status);
    return false;
  }
  return true;
}

}  // namespace isnad::text
