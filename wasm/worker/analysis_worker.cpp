// wasm/worker/analysis_worker.cpp — the analysis module, run in a Web Worker (web/analyser.js starts it; web/analysis_messages.js is its side of the messages):
// a request in (a bundle of articles, ReaderModel::analysis_request), the analysed bundle out
// (recognisers, name tagger, cross-referencing: core/bundle's analyse) without the texts, which the
// page has (bundle::write_answer). No drawing, no layout: the
// page's reader module never analyses, and loads this only after its first frame.
#include <cstddef>
#include <string>
#include <string_view>

#include <emscripten.h>

#include "isnad/bundle/bundle.h"
#include "isnad/text/icu_data.h"

namespace {
std::string g_answer, g_error;
bool g_icu = false;
}  // namespace

extern "C" {

// Analyses the request (`len` bytes, owned by JS), each article up to `max_chars` code points.
// Returns the answer's bytes, valid until the next call (isnad_analysis_size says how many), or 0
// when the request is unusable (isnad_analysis_error says why).
EMSCRIPTEN_KEEPALIVE const char* isnad_analysis_run(const unsigned char* request, int len, double max_chars) {
  g_answer.clear();
  g_error.clear();
  if (!g_icu && !(g_icu = isnad::text::icu_load_data_file("/isnad/icu.dat", &g_error))) return nullptr;
  auto q = isnad::bundle::read(std::string_view(reinterpret_cast<const char*>(request), len > 0 ? len : 0), &g_error);
  if (!q) return nullptr;
  isnad::bundle::Options options;
  if (max_chars >= 2) options.max_chars = static_cast<std::size_t>(max_chars);
  isnad::bundle::Bundle b = isnad::bundle::analyse(std::move(q->articles), options);
  b.name = std::move(q->name);
  b.name_en = std::move(q->name_en);
  g_answer = isnad::bundle::write_answer(b);
  return g_answer.data();
}

EMSCRIPTEN_KEEPALIVE int isnad_analysis_size() { return static_cast<int>(g_answer.size()); }
EMSCRIPTEN_KEEPALIVE const char* isnad_analysis_error() { return g_error.c_str(); }

}  // extern "C"

// The runtime stays up after main (no EXIT_RUNTIME): the worker calls isnad_analysis_run per request.
int main() { return 0; }
