// web/text_layer.js — the article as DOM text, over the canvas's article pane, as pdf.js does:
// screen readers read it (lang="ar" dir="rtl", a header and paragraphs in reading order), and the
// browser's own find lands on the paragraph it matched. The text is transparent and takes no
// pointer events, so the canvas keeps mouse selection; the two scroll together (C++ → layer on
// each scroll, layer → C++ when find scrolls it). Article text is placed with textContent only.
'use strict';
(function () {
  const layer = document.getElementById('textlayer');
  let programmatic = -1;   // the scrollTop we set ourselves, so our own scroll is not echoed back

  // Called by the app (js_bridge.cpp) when the open article or its layout changes.
  function set(model) {
    layer.replaceChildren();
    layer.style.left = model.left + 'px';
    layer.style.width = model.width + 'px';
    layer.style.top = model.top + 'px';
    layer.style.height = model.height + 'px';
    const article = document.createElement('article');
    article.lang = 'ar';
    article.dir = 'rtl';
    article.style.height = model.content_height + 'px';
    article.dataset.mode = model.mode || 'everything';
    // The header: the title as a heading, then outlet, date (marked when estimated) and the link.
    const header = document.createElement('header');
    const h = document.createElement('h1');
    h.textContent = visible(model.title || '');
    const meta = document.createElement('div');
    meta.textContent = visible([model.outlet, model.date && (model.date_estimated ? '~' : '') + model.date].filter(Boolean).join(' · '));
    header.append(h, meta);
    if (model.link) {
      const a = document.createElement('a');
      a.href = model.link;   // http(s) only: the app sends no other scheme
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      a.textContent = model.link;
      header.append(a);
    }
    article.append(header);
    for (const p of model.paragraphs) {
      const el = document.createElement('p');
      fill(el, p.text, p.marks || []);
      el.style.top = p.top + 'px';
      el.style.height = p.height + 'px';
      article.append(el);
    }
    layer.append(article);
    layer.setAttribute('aria-label', visible(model.title || ''));
    programmatic = -1;
    scrollTo(model.scroll);
  }

  // The 12 bidi controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM) become U+25CC ◌, one
  // code point for one, as the canvas draws them (core/layout/visible_controls.cpp): the accessible
  // text and the browser's find cannot be reordered by an article ("Trojan Source", CVE-2021-42574),
  // and code-point offsets are unchanged.
  const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
  const visible = (s) => (s ? String(s).replace(BIDI_CONTROL, '\u25CC') : s);

  // The paragraph's text with its highlights as <mark> spans (data-type: number, place, …; the
  // interface's name for the kind as their description). Offsets count code points. Text nodes and
  // textContent only: nothing from the article is parsed as HTML.
  function fill(el, text, marks) {
    const cps = Array.from(visible(text));
    let at = 0;
    for (const m of [...marks].sort((a, b) => a.start - b.start)) {
      if (m.start < at || m.end > cps.length) continue;
      if (m.start > at) el.append(document.createTextNode(cps.slice(at, m.start).join('')));
      const mark = document.createElement('mark');
      mark.dataset.type = m.type;
      if (m.mark) mark.dataset.mark = m.mark;   // fill, underline, thin (a name outside the disputed claims), dispute
      mark.setAttribute('aria-description', m.label);
      mark.textContent = cps.slice(m.start, m.end).join('');
      el.append(mark);
      at = m.end;
    }
    if (at < cps.length) el.append(document.createTextNode(cps.slice(at).join('')));
  }

  // The same paragraphs, measured again: their tops and heights, and the content's height.
  function positions(m) {
    const article = layer.querySelector('article');
    if (!article) return;
    const ps = article.querySelectorAll('p');
    if (ps.length !== m.paragraphs.length) return;
    article.style.height = m.content_height + 'px';
    m.paragraphs.forEach(([top, height], i) => { ps[i].style.top = top + 'px'; ps[i].style.height = height + 'px'; });
  }

  function scrollTo(y) {
    const top = Math.round(y);
    if (Math.abs(layer.scrollTop - top) < 1) return;
    programmatic = top;
    layer.scrollTop = top;
  }

  layer.addEventListener('scroll', () => {
    const top = Math.round(layer.scrollTop);
    if (Math.abs(top - programmatic) <= 1) return;
    programmatic = -1;
    if (window.Module && window.Module._isnad_js_text_layer_scrolled) window.Module._isnad_js_text_layer_scrolled(top);
  });

  // The story overview as a table (screen readers, the browser's find), when the panel shows it:
  // a row per fact, a cell per outlet with its words and data-relation agree / differ / partial /
  // silent. Visually hidden: the canvas draws the panel. null removes it.
  function setOverview(model) {
    let table = document.getElementById('overview-layer');
    if (!model) { if (table) table.remove(); return; }
    if (!table) {
      table = document.createElement('table');
      table.id = 'overview-layer';
      document.body.append(table);
    }
    table.replaceChildren();
    table.lang = 'ar';
    table.dir = document.documentElement.lang === 'en' ? 'ltr' : 'rtl';
    const caption = document.createElement('caption');
    caption.textContent = model.caption || '';
    const head = document.createElement('tr');
    for (const name of [model.fact_heading || '', ...model.columns.map((c) => c.outlet)]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = visible(name);
      head.append(th);
    }
    table.append(caption, head);
    for (const r of model.rows) {
      const tr = document.createElement('tr');
      tr.dataset.relation = r.relation;
      tr.dataset.cluster = String(r.cluster);
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = visible(r.fact + ' — ' + r.sources_line);
      tr.append(th);
      for (const c of r.cells) {
        const td = document.createElement('td');
        td.dataset.relation = c.relation;
        td.dataset.article = String(c.article);
        td.textContent = visible(c.value);
        tr.append(td);
      }
      table.append(tr);
    }
  }

  window.IsnadTextLayer = Object.freeze({ set, positions, scrollTo, setOverview });
})();
