// web/boot.js — sets up the Emscripten Module before index.js loads, and window.isnad, the small
// read-only API for automation and tests: isnad.ready (a promise), isnad.state() (a JSON object).
'use strict';
(function () {
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  const loading = document.getElementById('loading');
  const message = document.getElementById('message');

  function showMessage(text) {
    message.textContent = text;   // textContent only: nothing from an article is ever parsed as HTML
    message.hidden = false;
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    onIsnadReady() { loading.classList.add('done'); resolveReady(); },
    onIsnadMessage: showMessage,
    onAbort(what) { showMessage('Isnad stopped: ' + what); rejectReady(new Error(String(what))); },
    print(text) { console.log(text); },
    printErr(text) { console.warn(text); },
  };

  // The app zooms its own text on Ctrl +/-/0 (and Ctrl+wheel, see js_bridge): keep the browser from zooming too.
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['=', '+', '-', '0'].includes(e.key)) e.preventDefault();
  }, { capture: true });

  window.isnad = Object.freeze({
    ready,
    state() {
      const M = window.Module;
      if (!M || !M.ccall) return null;
      return JSON.parse(M.ccall('isnad_js_state', 'string', [], []));
    },
  });
})();
