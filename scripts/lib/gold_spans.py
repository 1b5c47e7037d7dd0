"""Gold-tagged sentences through `isnad analyze`, for the evaluation scripts (eval_wojood.py, eval_ner.py).

Each sentence's tokens are joined with single spaces and written as one file; the analyser's anchors
are then read back per sentence and widened to whole tokens (the data sets tag whole tokens, clitics
included: "لمنظمة الصحة العالمية").
"""
import json
import os
import subprocess
import sys
import tempfile


def analyse_sentences(isnad, rows):
    """The anchors `isnad analyze --json` finds in each row's sentence, in row order."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, r in enumerate(rows):
            p = os.path.join(tmp, f"s{i:05d}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(" ".join(r["tokens"]))
            paths.append(p)
        out = subprocess.run([isnad, "analyze", "--json"] + paths, capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"isnad failed: {out.stderr[:500]}")
        an = json.loads(out.stdout)
    by_file = {a["file"]: a for a in an["articles"]}
    return [by_file.get(f"s{i:05d}.txt", {}).get("anchors", []) for i in range(len(rows))]


def token_span_of(tokens):
    """A function from character offsets [b, e) of the joined sentence to the token span that covers them."""
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    ends = [s + len(t) for s, t in zip(starts, tokens)]

    def span(b, e):
        tb = max([k for k in range(len(starts)) if starts[k] <= b] or [0])
        te = min([k for k in range(len(ends)) if ends[k] >= e] or [len(ends) - 1]) + 1
        return (tb, te)
    return span
