// web/story.js — opens a story bundle of an archive run (scripts/archive: stories/<id>.json, the
// {"format": "isnad-story"} object `isnad xref --jsonl` prints) in the reader: from `?story=<url>`
// on this page's origin, or dropped on the page. A bundle is untrusted: it is fetched from this
// origin only, checked (size, format, version, fields), and its articles go through the library's
// import (web/library.js, format 'isnad-library'), where the app decodes and checks each one. Their
// ids are the bundle's own ('story:' + article id), so a share link made in a story opened by
// `?story=` names the story (the query) and the article, and opens the same passage elsewhere.
'use strict';
(function () {
  const MAX_BYTES = 16 * 1024 * 1024;   // as a library article (library.js)
  const MAX_ARTICLES = 200;             // an archive's largest story (xref::Options::max_story)
  const say = (t) => window.IsnadUI.showMessage(t);
  const tr = (ar, en) => window.IsnadUI.tr(ar, en);

  // The bundle's articles as a library import, or an error message.
  function toLibrary(text) {
    let b;
    try { b = JSON.parse(text); } catch (e) {
      return { error: tr('ملف القصة هذا ليس JSON صالحًا (أهو مقتطع؟)، فلم يُفتح.', 'This story file is not valid JSON (is it truncated?); it was not opened.') };
    }
    if (!b || typeof b !== 'object' || b.format !== 'isnad-story')
      return { error: tr('هذا الملف ليس قصة من أرشيف إسناد، فلم يُفتح.', 'This file is not a story from an Isnad archive; it was not opened.') };
    if (b.version !== 1)
      return { error: tr(`إصدار ملف القصة (${String(b.version).slice(0, 20)}) لا يقرؤه هذا الإصدار من إسناد.`, `This story file's version (${String(b.version).slice(0, 20)}) is not one this Isnad reads.`) };
    if (!Array.isArray(b.articles) || !b.articles.length)
      return { error: tr('لا مقالات في ملف القصة هذا.', 'This story file has no articles.') };
    if (b.articles.length > MAX_ARTICLES)
      return { error: tr(`في هذه القصة ${b.articles.length} مقالًا، وأقصى ما يفتحه القارئ ${MAX_ARTICLES}.`, `This story has ${b.articles.length} articles; the reader opens at most ${MAX_ARTICLES}.`) };
    const str = (v) => (typeof v === 'string' && v.length < 2000 ? v : null);
    const articles = [];
    b.articles.forEach((a, k) => {
      if (!a || typeof a.text !== 'string' || !a.text) return;
      const own = typeof a.id === 'string' && /^[\w.:-]{1,100}$/.test(a.id) ? a.id : String(k);
      articles.push({ id: `story:${own}`, title: str(a.title), outlet: str(a.outlet), date: str(a.date), url: str(a.url), text: a.text });
    });
    if (!articles.length) return { error: tr('لا نص في مقالات ملف القصة هذا.', 'The articles of this story file have no text.') };
    return { library: { format: 'isnad-library', version: 1, articles } };
  }

  async function openText(text) {
    const { library, error } = toLibrary(text);
    if (error) { say(error); return 0; }
    return window.IsnadLibrary.importText(JSON.stringify(library), { keepIds: true });
  }

  // `?story=<url>`: a URL on this origin (relative or absolute), fetched without following a redirect
  // elsewhere; the size is checked before and while reading.
  async function open(wanted = new URLSearchParams(location.search).get('story')) {
    if (wanted === null) return 0;
    let url;
    try { url = new URL(wanted, location.href); } catch (e) { url = null; }
    if (!url || url.origin !== location.origin) {
      say(tr('لا تُفتح القصة إلا من موقع هذه الصفحة نفسه.', 'A story opens only from this page\'s own site.'));
      return 0;
    }
    let text;
    try {
      const res = await fetch(url.href, { credentials: 'same-origin', redirect: 'error' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      if (Number(res.headers.get('content-length') || 0) > MAX_BYTES) throw new RangeError();
      const reader = res.body.getReader(), parts = [];
      for (let n = 0; ;) {
        const { done, value } = await reader.read();
        if (done) break;
        n += value.byteLength;
        if (n > MAX_BYTES) { reader.cancel(); throw new RangeError(); }
        parts.push(value);
      }
      text = new TextDecoder('utf-8').decode(await new Blob(parts).arrayBuffer());
    } catch (e) {
      say(e instanceof RangeError
        ? tr(`ملف القصة أكبر من ${MAX_BYTES >> 20} ميغابايت، فلم يُفتح.`, `The story file is over ${MAX_BYTES >> 20} MB; it was not opened.`)
        : tr(`تعذّر تنزيل القصة (${e.message}).`, `The story could not be fetched (${e.message}).`));
      return 0;
    }
    return openText(text);
  }

  // A dropped .json file is a story bundle (before library.js, which takes dropped .txt files).
  window.addEventListener('drop', async (e) => {
    const f = [...(e.dataTransfer?.files || [])].find((x) => /\.json$/i.test(x.name) || x.type === 'application/json');
    if (!f) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (f.size > MAX_BYTES) { say(tr(`ملف القصة أكبر من ${MAX_BYTES >> 20} ميغابايت، فلم يُفتح.`, `The story file is over ${MAX_BYTES >> 20} MB; it was not opened.`)); return; }
    await openText(await f.text());
  }, { capture: true });

  window.IsnadStory = Object.freeze({ open, openText });
})();
