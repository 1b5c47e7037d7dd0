// isnad/text/icu_data.h — hand ICU its data where the platform does not (the wasm builds).
//
// Natively ICU finds Debian's full data by itself. The page and the node builds carry a slim data
// file cut by scripts/setup (break iterators and NFKC only); it must be registered before the
// first ICU call that needs data. Never call u_init(): it wants converter data we drop.
#pragma once
#include <string>

namespace isnad::text {

// Reads an ICU common data file (icudtNNl.dat) and registers it with udata_setCommonData.
// The bytes stay alive for the life of the process. Returns false with a message on failure.
bool icu_load_data_file(const std::string& path, std::string* error);

// True when ICU can open the break iterators and normalisers the core uses.
bool icu_selftest(std::string* error);

}  // namespace isnad::text
