// web/links.js — share links in the page: a link's fragment is handed to the app on load and on
// every hashchange (so back and forward move between linked passages); the app finds the passage
// (core/links re-anchoring) and answers; a link that cannot be placed says so.
'use strict';
(function () {
  let last = null;   // the last link the app copied, for automation

  // core/links refuses fragments over 64 KB; a longer one is refused here, before the bridge: ccall
  // copies a string argument onto the wasm stack (4 bytes per character), and a link of a few MB
  // overflowed it and killed the app ("memory access out of bounds").
  const MAX_FRAGMENT = 65536;

  function open() {
    const fragment = location.hash.slice(1);   // still percent-encoded: the app decodes it
    if (!/(^|&)a=/.test(fragment)) return;
    const { showMessage, tr } = window.IsnadUI;
    if (fragment.length > MAX_FRAGMENT) {
      showMessage(tr('تعذّرت قراءة هذا الرابط: طوله يتجاوز 64 كيلوبايت', 'this link cannot be read: it is longer than 64 KB'));
      return;
    }
    const M = window.Module;
    const answer = JSON.parse(M.ccall('isnad_js_open_link', 'string', ['string'], [fragment]));
    if (!answer.ok) showMessage(answer.error);   // in the interface language (wasm/app.cpp)
    const placed = answer.placements || [];
    if (answer.ok && placed.some((p) => p.how === 'not found'))
      showMessage(tr('تعذّر العثور على بعض المقاطع المرتبطة في هذا المقال.', 'Some of the linked passages could not be found in this article.'));
  }

  window.addEventListener('hashchange', open);
  window.IsnadLinks = Object.freeze({ open, copied(url) { last = url; }, lastCopied: () => last });
})();
