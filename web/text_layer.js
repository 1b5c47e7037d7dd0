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
    const header = document.createElement('header');
    header.textContent = visible([model.outlet, model.date].filter(Boolean).join(' · '));
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

  window.IsnadTextLayer = Object.freeze({ set, positions, scrollTo });
})();
