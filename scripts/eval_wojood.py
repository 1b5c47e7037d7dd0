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
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from gold_spans import analyse_sentences, token_span_of  # noqa: E402

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
    found_anchors = analyse_sentences(args.isnad, rows)
    groups = ["date", "number", "person", "organization", "place"]
    tp = {g: 0 for g in groups}; ns = {g: 0 for g in groups}; ng = {g: 0 for g in groups}
    tpr_s = {g: 0 for g in groups}; tpr_g = {g: 0 for g in groups}
    for i, r in enumerate(rows):
        tok_span = token_span_of(r["tokens"])
        gold = {g: set() for g in groups}
        for e in r["entities"]:
            g = GOLD_GROUP.get(e["type"])
            if g:
                gold[g].add((e["start"], e["end"]))
        sysd = {g: set() for g in groups}
        for a in found_anchors[i]:
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
