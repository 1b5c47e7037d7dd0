#!/usr/bin/env python3
"""Measure `isnad analyze` on the Wojood gold-tagged sentences (../shared/data/wojood/val.jsonl).

usage: scripts/eval_wojood.py [--isnad build/native/isnad] [--data ../shared/data/wojood/val.jsonl]

Each sentence's tokens are joined with single spaces and written as one file; the analyser's anchors
are widened to whole tokens (Wojood tags whole tokens, clitics included: "لمنظمة الصحة العالمية")
and compared with the gold entities of every nesting layer, by exact token span, per type group:
  date: DATE | number: CARDINAL QUANTITY MONEY PERCENT | person: PERS | organization: ORG | place: GPE LOC
Prints precision, recall and F1 per group (and a relaxed figure: any token overlap counts).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

GOLD_GROUP = {"DATE": "date", "CARDINAL": "number", "QUANTITY": "number", "MONEY": "number", "PERCENT": "number",
              "PERS": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
SYS_GROUP = {"date": "date", "duration": None, "number": "number", "quantity": "number", "person": "person",
             "organization": "organization", "place": "place"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--isnad", default=os.path.join(root, "build/native/isnad"))
    ap.add_argument("--data", default=os.path.join(root, "../shared/data/wojood/val.jsonl"))
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(args.data, encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, r in enumerate(rows):
            p = os.path.join(tmp, f"s{i:05d}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(" ".join(r["tokens"]))
            paths.append(p)
        out = subprocess.run([args.isnad, "analyze", "--json"] + paths, capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"isnad failed: {out.stderr[:500]}")
        an = json.loads(out.stdout)
    by_file = {a["file"]: a for a in an["articles"]}
    groups = ["date", "number", "person", "organization", "place"]
    tp = {g: 0 for g in groups}; ns = {g: 0 for g in groups}; ng = {g: 0 for g in groups}
    tpr_s = {g: 0 for g in groups}; tpr_g = {g: 0 for g in groups}
    for i, r in enumerate(rows):
        # token char offsets in the joined text
        starts, pos = [], 0
        for t in r["tokens"]:
            starts.append(pos); pos += len(t) + 1
        ends = [s + len(t) for s, t in zip(starts, r["tokens"])]
        def tok_span(b, e):
            tb = max([k for k in range(len(starts)) if starts[k] <= b] or [0])
            te = min([k for k in range(len(ends)) if ends[k] >= e] or [len(ends) - 1]) + 1
            return (tb, te)
        gold = {g: set() for g in groups}
        for e in r["entities"]:
            g = GOLD_GROUP.get(e["type"])
            if g:
                gold[g].add((e["start"], e["end"]))
        sysd = {g: set() for g in groups}
        for a in by_file.get(f"s{i:05d}.txt", {}).get("anchors", []):
            g = SYS_GROUP.get(a["type"])
            if g:
                sysd[g].add(tok_span(a["start"], a["end"]))
        for g in groups:
            ns[g] += len(sysd[g]); ng[g] += len(gold[g])
            tp[g] += len(sysd[g] & gold[g])
            ov = lambda x, y: x[0] < y[1] and y[0] < x[1]
            tpr_s[g] += sum(1 for s in sysd[g] if any(ov(s, x) for x in gold[g]))
            tpr_g[g] += sum(1 for x in gold[g] if any(ov(s, x) for s in sysd[g]))
    print(f"{'group':<14}{'P':>7}{'R':>7}{'F1':>7}{'system':>8}{'gold':>6}   relaxed P/R/F1")
    for g in groups:
        p = tp[g] / ns[g] if ns[g] else 0; rc = tp[g] / ng[g] if ng[g] else 0
        f = 2 * p * rc / (p + rc) if p + rc else 0
        rp = tpr_s[g] / ns[g] if ns[g] else 0; rr = tpr_g[g] / ng[g] if ng[g] else 0
        rf = 2 * rp * rr / (rp + rr) if rp + rr else 0
        print(f"{g:<14}{p:7.3f}{rc:7.3f}{f:7.3f}{ns[g]:8}{ng[g]:6}   {rp:.3f}/{rr:.3f}/{rf:.3f}")


if __name__ == "__main__":
    main()
