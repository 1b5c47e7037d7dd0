// libFuzzer target: the bundle reader (core/bundle: CBOR from the build, the analysis worker or an archive).
// Invariants: never throws or crashes; a refused file says why; a file it accepts is written again and read
// back to the same bytes (nothing it checks lets an offset or index out of range through to the writer); the
// stepped reader (StepReader, 3 values a step) gives the same bundle or the same error.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "isnad/bundle/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error, stepped_error;
  auto bundle = isnad::bundle::read(bytes, &error);
  isnad::bundle::StepReader reader(bytes);
  while (!reader.step(3)) {}
  auto stepped = reader.take(&stepped_error);
  if (!bundle != !stepped || error != stepped_error) std::abort();
  if (!bundle) { if (error.empty()) std::abort(); return 0; }
  const std::string once = isnad::bundle::write(*bundle);
  if (isnad::bundle::write(*stepped) != once) std::abort();
  auto again = isnad::bundle::read(once, &error);
  if (!again) std::abort();
  if (isnad::bundle::write(*again) != once) std::abort();
  return 0;
}
