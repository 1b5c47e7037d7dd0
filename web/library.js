// web/library.js — the reader's own articles: the "add an article" dialog (paste, pick or drop a
// .txt file), storage in IndexedDB (kept across reloads and updates), export and import as JSON.
// The app (C++) decides what an article is — it decodes and checks what is handed to it; this file
// only stores bytes and shows messages. Storage errors are always said, never swallowed.
'use strict';
(function () {
  const DB = 'isnad', STORE = 'articles', MAX_BYTES = 16 * 1024 * 1024, BIG_BYTES = 1024 * 1024;
  const dialog = document.getElementById('add-dialog');
  const form = document.getElementById('add-form');
  const say = (t) => window.IsnadUI.showMessage(t);
  const tr = (ar, en) => window.IsnadUI.tr(ar, en);   // Arabic, English: the interface language's
  let db = null;

  function openDb() {
    if (db) return Promise.resolve(db);
    return new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(new Error(tr('هذا المتصفح لا يدعم IndexedDB', 'this browser has no IndexedDB'))); return; }
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
      req.onsuccess = () => { db = req.result; resolve(db); };
      req.onerror = () => reject(req.error || new Error(tr('تعذّر فتح IndexedDB', 'IndexedDB would not open')));
      req.onblocked = () => reject(new Error(tr('تحجب IndexedDB علامةُ تبويب أخرى', 'IndexedDB is blocked by another tab')));
    });
  }
  function tx(mode, fn) {
    return openDb().then((d) => new Promise((resolve, reject) => {
      const t = d.transaction(STORE, mode);
      const out = fn(t.objectStore(STORE));
      t.oncomplete = () => resolve(out && 'result' in out ? out.result : undefined);
      t.onerror = () => reject(t.error || new Error(tr('فشل التخزين', 'storage failed')));
      t.onabort = () => reject(t.error || new Error(tr('أُلغي التخزين (هل القرص ممتلئ؟)', 'storage was aborted (is the disk full?)')));
    }));
  }
  const storageError = (what, e) => say(`${what}: ${e && e.message ? e.message : e}. ` +
    tr('مقالاتك المحفوظة الأخرى لم تُمَسّ.', 'Your other saved articles are untouched.'));

  // Hands a record to the app; resolves to the app's answer ({ok, file, warnings, error}). A big
  // article goes a part at a time, each decoded by the app as it comes, with the page free to draw
  // and answer input between parts (a 10 MB article decoded in one call was a long task); one record
  // at a time, so that parts of two never mix.
  const PART_BYTES = 1 << 20;
  let sending = Promise.resolve();
  function toApp(rec, open) {
    const run = sending.then(() => sendParts(rec, open));
    sending = run.catch(() => {});
    return run;
  }
  async function sendParts(rec, open) {
    const bytes = new Uint8Array(rec.bytes);
    let at = 0;
    while (bytes.length - at > PART_BYTES) {
      const end = partEnd(bytes, at + PART_BYTES);
      const answer = call('{"part":true}', bytes.subarray(at, end));
      if (!answer.ok) { call('{}', bytes.subarray(0, 0)); return answer; }   // the app drops the parts it has
      at = end;
      await new Promise((r) => setTimeout(r, 0));
    }
    const meta = JSON.stringify({ id: rec.id, title: rec.title, outlet: rec.outlet, date: rec.date, url: rec.url, open });
    return call(meta, bytes.subarray(at));
  }
  // Where a part may end, at or just before `end`: where a UTF-8 sequence starts (not on a
  // continuation byte 10xxxxxx), so that no character is cut in two. After four continuation bytes
  // no sequence is valid anyway, and the cut stays.
  function partEnd(bytes, end) {
    for (let i = end; i > end - 4; --i) if ((bytes[i] & 0xc0) !== 0x80) return i;
    return end;
  }
  function call(meta, part) {
    const M = window.Module;
    const ptr = M._malloc(Math.max(1, part.length));
    if (!ptr) return { ok: false, error: tr('نفدت الذاكرة', 'out of memory') };
    M.HEAPU8.set(part, ptr);
    const answer = M.ccall('isnad_js_add_article', 'string', ['string', 'number', 'number'], [meta, ptr, part.length]);
    M._free(ptr);
    return JSON.parse(answer);
  }

  // A huge article is analysed up to a bound (ReaderModel::kAnalyseMaxChars; the worker analyses it): how far, or ''.
  const partialNote = (answer) => {
    if (answer.analysed_chars >= answer.chars) return '';
    const n = answer.analysed_chars.toLocaleString('en'), pc = Math.round(100 * answer.analysed_chars / answer.chars);
    return tr(` التظليل والإحالات المتقاطعة تغطي أول ${n} حرف منه (${pc}%)، والباقي معروض ويمكن البحث فيه دونها.`,
      ` Highlights and cross-references cover its first ${n} characters (${pc}%); the rest is shown and searchable without them.`);
  };

  // `open`: show it once added (an import opens only its last article: opening each in turn laid
  // out and drew every one of them).
  async function add(rec, open = true) {
    if (rec.bytes.byteLength > MAX_BYTES) {
      say(tr(`هذا المقال أكبر من ${MAX_BYTES >> 20} ميغابايت، وهو أقصى حجم يحفظه إسناد.`, `This article is over ${MAX_BYTES >> 20} MB; Isnad keeps articles up to that size.`));
      return null;
    }
    // A big article takes a moment to decode and analyse (the page stays usable): say so, and let the
    // message paint first.
    const big = rec.bytes.byteLength >= BIG_BYTES;
    const mb = (rec.bytes.byteLength / 1048576).toFixed(1);
    if (big) {
      say(tr(`جارٍ إضافة مقال حجمه ${mb} ميغابايت: فك ترميزه وتحليله قد يستغرقان بضع ثوانٍ…`,
        `Adding a ${mb} MB article: decoding and analysing it; this can take a few seconds…`));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    const answer = await toApp(rec, open);
    if (!answer.ok) { say(tr(`تعذّرت إضافة هذا المقال: ${answer.error}`, `This article could not be added: ${answer.error}`)); return null; }
    const partial = partialNote(answer);
    if (answer.warnings.length) say(answer.warnings.join('\n') + partial);
    else if (big || partial) say(tr(`أُضيف المقال (${mb} ميغابايت).`, `Added the ${mb} MB article.`) + partial);
    try { await tx('readwrite', (s) => s.put(rec)); } catch (e) { storageError(tr('المقال معروض لكن تعذّر حفظه', 'The article is shown but could not be saved'), e); }
    return answer;
  }

  async function restore() {
    let recs = [];
    try { recs = await tx('readonly', (s) => s.getAll()); } catch (e) { storageError(tr('تعذّرت قراءة مقالاتك المحفوظة', 'Your saved articles could not be read'), e); return; }
    recs.sort((a, b) => a.added - b.added);
    for (const r of recs) {
      const big = r.bytes.byteLength >= BIG_BYTES, mb = (r.bytes.byteLength / 1048576).toFixed(1);
      if (big) {   // seconds of work: say so, and let the message paint first
        say(tr(`جارٍ فتح مقالك المحفوظ (${mb} ميغابايت)…`, `Opening your saved ${mb} MB article…`));
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      }
      const answer = await toApp(r, false);
      if (big && answer.ok) say(tr(`فُتح مقالك المحفوظ (${mb} ميغابايت).`, `Opened your saved ${mb} MB article.`) + partialNote(answer));
      if (!answer.ok) say(tr(`تعذّر فتح مقال محفوظ (${answer.error})، وهو باقٍ في التخزين.`, `A saved article could not be opened (${answer.error}); it is kept in storage.`));
    }
  }

  async function remove(id) {
    try { await tx('readwrite', (s) => s.delete(id)); } catch (e) { storageError(tr('تعذّر حذف المقال من التخزين', 'The article could not be removed from storage'), e); }
  }

  const newId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const field = (name) => form.elements[name].value.trim() || null;

  async function submit(ev) {
    ev.preventDefault();
    const file = form.elements.file.files[0];
    const bytes = file ? await file.arrayBuffer() : new TextEncoder().encode(form.elements.text.value).buffer;
    if (!bytes.byteLength) { say(tr('المقال فارغ: الصق نصه أو اختر ملفًا نصيًا (txt).', 'The article is empty: paste its text or choose a .txt file.')); return; }
    const date = field('date');
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) { say(tr('اكتب التاريخ بالصيغة YYYY-MM-DD.', 'The date should be YYYY-MM-DD.')); return; }
    const rec = { id: newId(), title: field('title'), outlet: field('outlet'), date, url: field('url'),
      bytes, added: Date.now() };
    if (await add(rec)) { dialog.close(); form.reset(); }
  }

  async function exportAll() {
    let recs;
    try { recs = await tx('readonly', (s) => s.getAll()); } catch (e) { storageError(tr('تعذّر التصدير', 'Export failed'), e); return; }
    const dec = new TextDecoder('utf-8');
    const out = { format: 'isnad-library', version: 1, exported: new Date().toISOString(),
      articles: recs.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, date: r.date, url: r.url, text: dec.decode(r.bytes) })) };
    const url = URL.createObjectURL(new Blob([JSON.stringify(out, null, 1)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url; a.download = 'isnad-library.json';
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // keepIds (a story bundle, web/story.js): each article keeps its id, and one already in the
  // library (the story opened before) is not added again.
  async function importText(text, { keepIds = false } = {}) {
    let data;
    try { data = JSON.parse(text); } catch (e) { say(tr('هذا الملف ليس JSON صالحًا، فلم يُستورد شيء.', 'This file is not valid JSON, so nothing was imported.')); return 0; }
    if (!data || data.format !== 'isnad-library' || !Array.isArray(data.articles)) {
      say(tr('ملف JSON هذا ليس تصديرًا لمكتبة إسناد، فلم يُستورد شيء.', 'This JSON is not an Isnad library export; nothing was imported.'));
      return 0;
    }
    let n = 0, kept = 0;
    const have = keepIds ? new Set(await tx('readonly', (s) => s.getAllKeys()).catch(() => [])) : null;
    const str = (v) => (typeof v === 'string' && v.length < 2000 ? v : null);
    const todo = [];
    for (const a of data.articles) {
      if (!a || typeof a.text !== 'string' || !a.text) continue;
      const id = keepIds && typeof a.id === 'string' && /^[\w.:-]{1,120}$/.test(a.id) ? a.id : newId();
      if (have && have.has(id)) { ++kept; continue; }
      todo.push([id, a]);
    }
    for (const [i, [id, a]] of todo.entries()) {
      const rec = { id, title: str(a.title), outlet: str(a.outlet), date: /^\d{4}-\d{2}-\d{2}$/.test(a.date || '') ? a.date : null,
        url: str(a.url), bytes: new TextEncoder().encode(a.text).buffer, added: Date.now() + n };
      if (await add(rec, i === todo.length - 1)) ++n;
    }
    say(tr(`المقالات المستوردة: ${n}.`, `Imported ${n} article(s).`) +
      (kept ? tr(` ${kept} منها كانت في المكتبة من قبل.`, ` ${kept} were in the library already.`) : ''));
    return n;
  }

  // The dialog in the interface language: each text carries its English in data-en (its Arabic is
  // kept in data-ar the first time), placeholders in data-en-placeholder.
  function showDialog() {
    const en = document.documentElement.lang === 'en';
    dialog.dir = en ? 'ltr' : 'rtl';
    for (const el of dialog.querySelectorAll('[data-en]')) {
      if (el.dataset.ar === undefined) el.dataset.ar = el.textContent;
      el.textContent = en ? el.dataset.en : el.dataset.ar;
    }
    for (const el of dialog.querySelectorAll('[data-en-placeholder]')) {
      if (el.dataset.arPlaceholder === undefined) el.dataset.arPlaceholder = el.placeholder;
      el.placeholder = en ? el.dataset.enPlaceholder : el.dataset.arPlaceholder;
    }
    dialog.showModal();
  }

  form.addEventListener('submit', submit);
  document.getElementById('add-cancel').addEventListener('click', () => dialog.close());
  document.getElementById('import-file').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    if (f) await importText(await f.text());
    e.target.value = '';
  });
  // Dropping a .txt file anywhere opens the dialog with it.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = [...(e.dataTransfer?.files || [])].find((x) => /\.txt$/i.test(x.name) || x.type.startsWith('text/'));
    if (!f) { say(tr('أفلت ملفًا نصيًا (txt بترميز UTF-8) لإضافته مقالًا.', 'Drop a UTF-8 .txt file to add it as an article.')); return; }
    const dt = new DataTransfer();
    dt.items.add(f);
    form.elements.file.files = dt.files;
    if (!form.elements.title.value) form.elements.title.value = f.name.replace(/\.txt$/i, '');
    showDialog();
  });

  window.IsnadLibrary = Object.freeze({
    openDialog: () => { if (!dialog.open) showDialog(); },
    restore, remove, exportAll, importText,
    openImport: () => document.getElementById('import-file').click(),
  });
})();
