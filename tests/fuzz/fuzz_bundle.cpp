// libFuzzer target: the bundle reader (core/bundle: CBOR from the build, the analysis worker or an archive).
// Invariants: never throws or crashes; a refused file says why; a file it accepts is written again and read
// back to the same bytes (nothing it checks lets an offset or index out of range through to the writer).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "isnad/bundle/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  auto bundle = isnad::bundle::read(std::string_view(reinterpret_cast<const char*>(data), size), &error);
  if (!bundle) { if (error.empty()) std::abort(); return 0; }
  const std::string once = isnad::bundle::write(*bundle);
  auto again = isnad::bundle::read(once, &error);
  if (!again) std::abort();
  if (isnad::bundle::write(*again) != once) std::abort();
  return 0;
}
