// web/analyser.js — the analysis worker, from the page's side. The reader module (index.wasm) has no
// analysis code: it sends each request here (js_bridge's js_analysis_request), a Worker running the
// analysis module (analysis.wasm: recognisers, name tagger, cross-referencing) answers off the main
// thread, and the answer goes back into the reader (isnad_js_analysis_done). The worker is started
// after the first frame (warm) or by the first request; after an abort (out of memory) the next
// request starts a new one. While a request is out the message strip says so.
'use strict';
(function () {
  const ui = () => window.IsnadUI;
  let worker = null, pending = null, progress = '', progressTimer = 0;

  function start() {
    if (worker || typeof Worker === 'undefined') return worker;
    worker = new Worker(ui().assets['analysis.js'] || 'analysis.js');
    worker.onmessage = (e) => {
      const { generation, bytes, error, dead } = e.data;
      if (dead) { worker.terminate(); worker = null; }
      deliver(generation, bytes, error);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const gen = pending ? pending.generation : -1;
      worker.terminate();
      worker = null;
      deliver(gen, null, e.message || 'the analysis worker failed to start');
    };
    return worker;
  }

  function deliver(generation, bytes, error) {
    if (pending && pending.generation === generation) pending = null;
    if (!pending) clearProgress();
    const M = window.Module;
    if (!M || !M.ccall) return;
    const args = ['number', 'number', 'number', 'string'];
    if (!bytes) { M.ccall('isnad_js_analysis_done', null, args, [generation, 0, 0, error || 'no answer']); return; }
    const b = new Uint8Array(bytes);
    const ptr = M._malloc(Math.max(1, b.length));
    if (!ptr) { M.ccall('isnad_js_analysis_done', null, args, [generation, 0, 0, 'out of memory']); return; }
    M.HEAPU8.set(b, ptr);
    M.ccall('isnad_js_analysis_done', null, args, [generation, ptr, b.length, '']);
    M._free(ptr);
  }

  function clearProgress() {
    clearTimeout(progressTimer);
    if (progress) ui().clearMessage(progress);
    progress = '';
  }

  // One request at a time is useful: a newer one makes the older answer moot (the reader drops it
  // by its generation), so it is queued behind the one the worker is running.
  function request(generation, bytes, maxChars, articles) {
    if (!start()) { deliver(generation, null, ui().tr('هذا المتصفح لا يدعم Web Workers', 'this browser has no Web Workers')); return; }
    pending = { generation };
    worker.postMessage({ generation, bytes: bytes.buffer, maxChars }, [bytes.buffer]);
    clearTimeout(progressTimer);
    // Said only when it takes a while (the sample corpus's bundle needs no analysis at all), and not
    // over another message (adding a big article says its own).
    progressTimer = setTimeout(() => {
      if (!document.getElementById('message').hidden) return;
      progress = ui().tr(`جارٍ تحليل ${articles} من المقالات… يمكنك متابعة القراءة.`, `Analysing ${articles} articles… you can go on reading.`);
      ui().showProgress(progress);
    }, 300);
  }

  window.IsnadAnalyser = Object.freeze({ request, warm: () => { start(); } });
})();
