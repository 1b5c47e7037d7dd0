#include "isnad/text/icu_data.h"

#include <cstdio>
#include <memory>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/udata.h>

namespace isnad::text {

bool icu_load_data_file(const std::string& path, std::string* error) {
  // C stdio, not an ifstream: iostreams would bring libc++'s locales into the page's reader module.
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) { if (error) *error = "cannot open ICU data file " + path; return false; }
  // ICU keeps a pointer to the bytes: they must outlive every ICU call, so they are never freed.
  static std::vector<char>* bytes = [&] {
    auto* b = new std::vector<char>;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) b->insert(b->end(), buf, buf + n);
    return b;
  }();
  std::fclose(f);
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
