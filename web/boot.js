// web/boot.js — sets up the Emscripten Module before index.js loads, and window.isnad, the small
// API for automation and tests: isnad.ready (a promise), isnad.state() (a JSON object), and
// commands that drive the reader (find, open a cross-reference, switch panel, theme, language).
'use strict';
(function () {
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  const loading = document.getElementById('loading');
  // The content-hashed names of this version's files (written by scripts/lib/publish_site.mjs).
  const assets = JSON.parse(document.currentScript.dataset.assets || '{}');
  const message = document.getElementById('message');

  // The interface language: <html lang>, set by the app when the reader chooses (wasm/app_prefs.cpp)
  // and here from the saved choice, so that a message shown before the app is up is in it too.
  try {
    const saved = JSON.parse(localStorage.getItem('isnad.prefs') || '{}');
    if (saved && saved.lang === 'en') document.documentElement.lang = 'en';
  } catch (e) { /* no storage or no saved choice: Arabic */ }
  // A message in the interface language: tr('…', '…'), Arabic first, as in wasm/i18n.h.
  const tr = (ar, en) => (document.documentElement.lang === 'en' ? en : ar);

  function showMessage(text) {
    message.textContent = text;   // textContent only: nothing from an article is ever parsed as HTML
    message.classList.remove('progress');
    message.hidden = false;
  }
  // A note of work under way (the analysis worker's): clicks go through it to the page beneath.
  function showProgress(text) {
    showMessage(text);
    message.classList.add('progress');
  }
  // Hides the message if it is still `text` (a progress note whose work is done).
  function clearMessage(text) {
    if (message.textContent === text) { message.textContent = ''; message.hidden = true; }
  }

  // Offline: after the first visit the service worker serves this version's files.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    navigator.serviceWorker.register('sw.js')
      // Look for a newer version now, not only on the next navigation; offline, there is none to find.
      .then((reg) => reg.update().catch(() => {}))
      .catch((e) => showMessage(tr('القراءة دون اتصال غير متاحة: ', 'Offline reading is unavailable: ') + e.message));
  }

  window.IsnadUI = Object.freeze({ showMessage, showProgress, clearMessage, tr, assets });

  window.Module = {
    canvas: document.getElementById('canvas'),
    locateFile: (name) => assets[name] || name,
    // Ready once the reader's own articles are back from storage too.
    onIsnadReady() {
      window.IsnadLibrary.restore().then(() => window.IsnadStory.open()).finally(() => {
        loading.classList.add('done');
        window.IsnadLinks.open();   // a share link in the address opens its passage
        resolveReady();
        registerServiceWorker();
      });
    },
    onIsnadMessage: showMessage,
    // The analysis worker starts once the first frame is up, when the page is idle (web/analyser.js).
    onIsnadFirstFrame() {
      const warm = () => window.IsnadAnalyser && window.IsnadAnalyser.warm();
      if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 }); else setTimeout(warm, 500);
    },
    // The heap is bounded (cmake/web_app.cmake): running out, or any other abort, ends here. An article
    // is stored only after the app has taken it (library.js), so the one that broke it is not kept.
    onAbort(what) {
      showMessage(tr(`توقف إسناد (${what || 'aborted'})، والأرجح أن ذاكرته نفدت (حدها 1 غيغابايت)، كأن يكون ذلك ` +
        'مع مقال كبير جدًا. مقالاتك المحفوظة سليمة: أعد تحميل الصفحة لتتابع القراءة.',
      `Isnad stopped (${what || 'aborted'}); most likely it ran out of memory (its limit is 1 GB), ` +
        'for instance on a very large article. Your saved articles are safe: reload the page to go on reading.'));
      rejectReady(new Error(String(what)));
    },
    print(text) { console.log(text); },
    printErr(text) { console.warn(text); },
  };

  // The app zooms its own text on Ctrl +/-/0 (and Ctrl+wheel, see js_bridge): keep the browser from
  // zooming too. Ctrl+F and F3 are the reader's own find across all articles; the browser's find
  // stays on Ctrl+G and its menu (it searches the text layer of the open article).
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['=', '+', '-', '0', 'f', 'F'].includes(e.key)) e.preventDefault();
    if (e.key === 'F3') e.preventDefault();
  }, { capture: true });

  // One command to the app: JSON in, JSON out (wasm/app_commands.cpp).
  function command(cmd) {
    const M = window.Module;
    if (!M || !M.ccall) return { ok: false, error: 'the app is not ready' };
    return JSON.parse(M.ccall('isnad_js_command', 'string', ['string'], [JSON.stringify(cmd)]));
  }

  window.isnad = Object.freeze({
    ready,
    version: assets.version || null,
    lastCopiedLink: () => window.IsnadLinks.lastCopied(),
    // Driving the reader (tests, automation): each returns the app's JSON answer.
    find: (query) => command({ cmd: 'find', query: String(query) }),
    findStep: (delta = 1) => command({ cmd: 'find_step', delta }),
    closeFind: () => command({ cmd: 'find_close' }),
    openArticle: (index) => command({ cmd: 'open_article', index }),
    // openXref({article, claim}) opens that claim's cluster beside it; or {cluster, to, from}.
    openXref: (ref) => command({ cmd: 'open_xref', ...ref }),
    xrefStep: (delta = 1) => command({ cmd: 'xref_step', delta }),
    closePane: () => command({ cmd: 'close_pane' }),
    // Saves the open article's highlights and claims as W3C Web Annotation JSON (a download).
    exportAnnotations: () => command({ cmd: 'export_annotations' }),
    // Saves the story overview (facts × outlets) as CSV ('csv') or a Markdown table ('md') (a download).
    exportOverview: (format = 'csv') => command({ cmd: 'export_overview', format: String(format) }),
    // How much of the article is coloured: 'claims' (the default), 'everything' or 'plain'.
    setReadingMode: (name) => command({ cmd: 'reading_mode', name: String(name) }),
    showPanel: (name) => command({ cmd: 'panel', name }),
    setTheme: (name) => command({ cmd: 'theme', name }),
    setLanguage: (name) => command({ cmd: 'lang', name }),
    // The article body justified (true) or ragged, start-aligned (false).
    setJustify: (on) => command({ cmd: 'justify', on: Boolean(on) }),
    filterClaims: (name) => command({ cmd: 'claim_filter', name }),
    state() {
      const M = window.Module;
      if (!M || !M.ccall) return null;
      return JSON.parse(M.ccall('isnad_js_state', 'string', [], []));
    },
  });
})();
