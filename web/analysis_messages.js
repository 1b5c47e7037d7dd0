// web/analysis_messages.js — the analysis worker's side of the messages, put before the analysis
// module's Emscripten loader (--pre-js, cmake/web_app.cmake). The page (web/analyser.js) posts
// {generation, bytes, maxChars}; the worker answers {generation, bytes} or {generation, error},
// the bytes transferred, not copied. (scripts/lib/publish_site.mjs writes the wasm's content-hashed
// name into the loader.)
'use strict';
Module['print'] = (t) => console.log(t);
Module['printErr'] = (t) => console.warn(t);
(function () {
  let ready = false, current = -1;
  const queue = [];
  function run({ generation, bytes, maxChars }) {
    const M = Module;
    current = generation;
    const request = new Uint8Array(bytes);
    const ptr = M['_malloc'](Math.max(1, request.length));
    if (!ptr) { self.postMessage({ generation, error: 'out of memory' }); return; }
    M['HEAPU8'].set(request, ptr);
    const answer = M['_isnad_analysis_run'](ptr, request.length, maxChars || 0);
    M['_free'](ptr);
    if (!answer) { self.postMessage({ generation, error: M['UTF8ToString'](M['_isnad_analysis_error']()) }); return; }
    const out = M['HEAPU8'].slice(answer, answer + M['_isnad_analysis_size']());
    self.postMessage({ generation, bytes: out.buffer }, [out.buffer]);
  }
  Module['onRuntimeInitialized'] = () => { ready = true; queue.splice(0).forEach(run); };
  // Out of memory or any other abort: the page is told, and starts a new worker for the next request.
  Module['onAbort'] = (what) => self.postMessage({ generation: current, error: `the analysis stopped (${what || 'aborted'})`, dead: true });
  self.onmessage = (e) => { if (ready) run(e.data); else queue.push(e.data); };
})();
