#!/usr/bin/python3
"""bench_report.py PARTS_DIR OUT_DIR — gathers scripts/bench's parts into results.json, a Markdown
table (results.md, also printed) and scaling.png (time and MB/s against articles, native and wasm)."""
import glob
import json
import os
import sys

parts, out = sys.argv[1], sys.argv[2]
load = lambda p: json.load(open(p))
res = {"sizes": load(os.path.join(parts, "sizes.json")), "browser": load(os.path.join(parts, "browser.json")),
       "scale": [], "links": load(os.path.join(parts, "links.json"))}
for p in sorted(glob.glob(os.path.join(parts, "scale-*.json"))):
    res["scale"].append(load(p))
res["scale"].sort(key=lambda r: (r["platform"], r["articles"]))
for name in ("drawing", "atlas"):
    if os.path.exists(os.path.join(parts, name + ".json")):
        res[name] = load(os.path.join(parts, name + ".json"))
res["memory"] = [load(p) for p in glob.glob(os.path.join(parts, "mem-wasm-*.json"))]
res["memory"] += [r for r in res["scale"] if r["platform"] == "wasm" and r["articles"] == 1000]
res["memory"].sort(key=lambda r: r["articles"])
json.dump(res, open(os.path.join(out, "results.json"), "w"), indent=1)

kb = lambda b: f"{b / 1024:.0f} KB"
md = ["# Isnad benchmarks", "", "Written by `scripts/bench`; figures from one run on this machine.", "",
      "## 1. First-load transfer", "", "| file | raw | gzip | brotli |", "|---|---:|---:|---:|"]
for r in res["sizes"]["files"]:
    md.append(f"| {r['file']}{' (only when needed, not in the total)' if r.get('lazy') else ''} | {kb(r['raw'])} | {kb(r['gzip'])} | {kb(r['brotli'])} |")
t = res["sizes"]["total"]
md.append(f"| **total** | {kb(t['raw'])} | **{kb(t['gzip'])}** | {kb(t['brotli'])} |")
md += ["", "Aim: ≤ 1.5 MB gzip all-in.", ""]
L = res["browser"]["load"]
md += ["## 2. Load time (headless Chromium, SwiftShader WebGL)", "",
       f"Median of {L['loads']} cold loads: the app's first frame with the article drawn "
       f"**{L['app_first_frame_ms']:.0f} ms**; the plain HTML page (same article, same font, "
       f"{L['plain_marks']} highlights as `<mark>`) first contentful paint **{L['plain_html_fcp_ms']:.0f} ms**; "
       f"ratio **{L['ratio']:.1f}×** (aim ≤ 2×, done at ≤ 3×)."]
if "transfer" in L:
    W = res["browser"].get("warm", {})
    T, A = L["transfer"], L["analysis_module"]
    md += [f"Longest main-thread task before the first frame: **{L['longest_task_before_first_frame_ms']:.0f} ms** "
           f"(worst of the loads; median {L['longest_task_median_ms']:.0f} ms; aim ≤ 200 ms).",
           f"Fetched before the first frame: **{kb(T['gzip'])} gzip**, {kb(T['brotli'])} brotli ({len(T['files'])} files; aim ≤ 800 KB gzip); "
           f"the analysis module, fetched after it: {kb(A['gzip'])} gzip, {kb(A['brotli'])} brotli."]
    if W:
        md.append(f"Warm (second visit, the service worker serving): first frame **{W['app_first_frame_ms']:.0f} ms**, the plain page's "
                  f"{W['plain_html_fcp_ms']:.0f} ms: ratio **{W['ratio']:.1f}×** ({W['ratio_to_cold_plain']:.1f}× the plain page's cold paint; aim ≤ 2×).")
    b = L["breakdown"]
    md += ["", f"The median cold load ({b['t']:.0f} ms), from navigation: the HTML by {b['html_end']} ms; "
           + "; ".join(f"{f['file']} {f['start']}–{f['end']} ms" for f in b["files"])
           + "; marks " + ", ".join(f"{n} {t} ms" for n, t in b["marks"])
           + "; long tasks " + (", ".join(f"{d} ms at {s0}" for s0, d in b["tasks"]) or "none") + "."]
T10 = res["browser"].get("ten_mb")
if T10:
    md += ["", f"A 10 MB article added through the file input: in the reader after {T10['added_ms']} ms, analysed "
           f"({T10['analysed_chars']:,} of {T10['chars']:,} code points, {T10['highlights_total']:,} highlights) after "
           f"{T10['analysed_ms']} ms; longest main-thread task **{T10['longest_task_ms']:.0f} ms** (aim ≤ 100 ms), "
           f"{T10['tasks_over_100ms']} over 100 ms; {T10['frames']} frames drawn, {T10['frames_dropped']} dropped at 60 fps."]
md.append("")
if res["scale"]:
    md += ["## 3. Core throughput on SaudiNewsNet", "",
           "| platform | articles | MB | decode MB/s | ICU word-break floor MB/s | analysis MB/s (s) | linking s (clusters) | peak memory |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in res["scale"]:
        md.append(f"| {r['platform']} | {r['articles']} | {r['bytes'] / 1e6:.1f} | {r['decode_mb_s']:.0f} | "
                  f"{r['floor_mb_s']:.0f} | {r['analysis_mb_s']:.1f} ({r['analysis_s']:.1f} s) | "
                  + (f"{r['linking_s']:.1f} ({r['clusters']})" if r.get('linking_s') is not None else "—")
                  + f" | {r['peak_memory_bytes'] / 2**20:.0f} MB |")
    nat = {r["articles"]: r for r in res["scale"] if r["platform"] == "native"}
    was = {r["articles"]: r for r in res["scale"] if r["platform"] == "wasm"}
    ratios = [f"{n}: {was[n]['analysis_s'] / nat[n]['analysis_s']:.2f}× (floor {was[n]['floor_s'] / nat[n]['floor_s']:.2f}×)"
              for n in sorted(nat) if n in was]
    md += ["", "wasm/native time ratio, analysis (and word-break floor): " + ", ".join(ratios) + " (aim ≤ 1.5×).", ""]
F = res["browser"]["frames"]
md += ["## 4. Frame cost", "",
       f"Scrolling the longest sample article ({F['article_chars']} characters), {F['scroll_frames']} frames: "
       f"CPU p50 **{F['scroll_p50_ms']:.2f} ms**, p95 **{F['scroll_p95_ms']:.2f} ms**, max {F['scroll_max_ms']:.1f} ms "
       f"(aim p95 ≤ 2 ms). Frames drawn in {F['idle_seconds']} s of idle: **{F['idle_frames']}** (aim 0). "
       f"Glyph atlas after the run: {res['browser']['atlas']['width']}×{res['browser']['atlas']['height']} px, "
       f"{res['browser']['atlas']['glyphs']} glyphs.", ""]
D = res.get("drawing")
if D:
    G = D["first_screen"]
    md += [f"Drawing (tests/bench/frame_bench.mjs, {D['runs']} fresh pages): the first frame takes **{G['frame_cpu_ms']:.0f} ms** of CPU"
           + (f", of which rasterising its {G['glyphs']} glyphs **{G['raster_ms']:.1f} ms** and {G['uploads']} texture upload(s) of "
              f"{G['upload_bytes'] / 1e6:.2f} MB {G['upload_ms']:.1f} ms" if G.get('glyphs') else "")
           + f"; scrolling p50 **{D['scroll']['p50_ms']:.2f} ms**, p95 **{D['scroll']['p95_ms']:.2f} ms** "
           f"({D['scroll']['draw_calls_per_frame']:.1f} draw calls a frame); hovering highlights p50 **{D['hover']['p50_ms']:.2f} ms**, "
           f"p95 **{D['hover']['p95_ms']:.2f} ms**.", ""]
A = res.get("atlas")
if A:
    md += [f"Glyph atlas natively (tests/bench/atlas_bench.cpp): {A['glyphs']} glyphs at {A['px']:.0f} px in {A['frames']} frames, "
           f"**{A['us_per_glyph']:.1f} µs** a glyph; {A['uploads']} uploads, {A['upload_mb']:.1f} MB.", ""]
B = res["browser"].get("big_article")
if B:
    md += [f"A {B['words']:,}-word article ({B['chars']:,} characters) added through the page: added, analysed and "
           f"cross-referenced in {B['added_and_analysed_ms'] / 1000:.1f} s; scrolling it, {B['scroll_frames']} frames: "
           f"CPU p50 **{B['scroll_p50_ms']:.2f} ms**, p95 **{B['scroll_p95_ms']:.2f} ms**; hovering its highlights, "
           f"{B['hover_frames']} frames: p50 **{B['hover_p50_ms']:.2f} ms**, p95 **{B['hover_p95_ms']:.2f} ms**"
           + (f"; wasm heap afterwards {B['heap_bytes'] / 2**20:.0f} MB." if B.get('heap_bytes') else "."), ""]
K = res["links"]
if res["memory"]:
    md += ["## Memory: the wasm heap holding N analysed and linked articles", "",
           "The core under node (isnad_bench.js): every article's analysis kept, then cross-referenced; the "
           "heap only grows, so its size is its peak. The page adds its layouts and glyph atlas on top.", "",
           "| articles | wasm heap |", "|---:|---:|"]
    for r in res["memory"]:
        md.append(f"| {r['articles']} | {r['peak_memory_bytes'] / 2**20:.0f} MB |")
    md.append("")
md += ["## 5. Share links that survive edits", "",
       f"{K['targets']} links ({K['corpus_targets']} sample-corpus sentences, {K['saudinewsnet_targets']} SaudiNewsNet "
       "sentences); each article edited at random (words and sentences inserted and deleted elsewhere, hamza forms "
       "and diacritics changed, 0–10% of the passage's characters edited):", "",
       "| passage edited | links | landed right | landed wrong | orphaned | position / quote / approximate |",
       "|---|---:|---:|---:|---:|---|"]
for b in K["buckets"]:
    md.append(f"| {b['passage_edited']} | {b['links']} | {b['landed_right']} | {b['landed_wrong']} | {b['orphaned']} | "
              f"{b['by_position']} / {b['by_quote']} / {b['approximate']} |")
md += ["", f"All: **{100 * K['landed_right_share']:.1f}%** landed right, {100 * K['landed_wrong_share']:.2f}% wrong, "
       f"{100 * K['orphaned_share']:.1f}% orphaned (aim ≥ 98% right, ~0 wrong; Hypothesis reports 22–27% orphans).", ""]
if res["scale"]:
    md += ["![scaling](scaling.png)", ""]
text = "\n".join(md)
open(os.path.join(out, "results.md"), "w").write(text + "\n")
print(text)

if res["scale"]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 4))
    for plat in ("native", "wasm"):
        rows = [r for r in res["scale"] if r["platform"] == plat]
        n = [r["articles"] for r in rows]
        a1.plot(n, [r["floor_s"] for r in rows], "o-", label=f"{plat}: ICU word-break floor")
        a1.plot(n, [r["analysis_s"] for r in rows], "s--", label=f"{plat}: analysis")
        linked = [r for r in rows if r.get("linking_s") is not None]
        if linked:
            a1.plot([r["articles"] for r in linked], [r["linking_s"] for r in linked], "^:", label=f"{plat}: linking")
        a2.plot(n, [r["floor_mb_s"] for r in rows], "o-", label=f"{plat}: floor")
        a2.plot(n, [r["analysis_mb_s"] for r in rows], "s--", label=f"{plat}: analysis")
    for a in (a1, a2):
        a.set_xscale("log"); a.set_xlabel("articles"); a.legend(fontsize=8); a.grid(alpha=0.3)
    a1.set_yscale("log"); a1.set_ylabel("seconds"); a2.set_ylabel("MB/s")
    fig.suptitle("Isnad core on SaudiNewsNet")
    fig.tight_layout()
    fig.savefig(os.path.join(out, "scaling.png"), dpi=110)
