#!/usr/bin/env python3
"""Measure Isnad's recognition of people, places and organisations on gold-tagged Arabic (../shared/data).

usage: scripts/eval_ner.py [--isnad build/native/isnad] [--skip-cv]

1. The tagger alone (`isnad train ner-cv`): ANERcorp's training split, 5-fold cross-validation in
   contiguous blocks, each fold's model trained as scripts/train_ner trains the shipped one (with AQMAR
   train), exact spans per type and micro over person / place / organisation.
2. The shipped tagger alone (`isnad train ner-eval`) on AQMAR test (another domain; never trained on).
3. The whole analysis (`isnad analyze`: the tagger with the gazetteers, roles and descriptions) on AQMAR
   test and Wojood val: each sentence a file, anchors widened to whole tokens, exact token spans.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from gold_spans import analyse_sentences, token_span_of  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data")
SYS_GROUP = {"person": "person", "organization": "organization", "place": "place"}
GOLD_GROUPS = {
    "aqmar": {"PER": "person", "ORG": "organization", "LOC": "place"},
    "wojood": {"PERS": "person", "ORG": "organization", "GPE": "place", "LOC": "place"},
}
GROUPS = ["person", "place", "organization"]


def analysis_scores(isnad, rows, gold_group, errors=None):
    found_anchors = analyse_sentences(isnad, rows)
    tp = {g: 0 for g in GROUPS}; ns = {g: 0 for g in GROUPS}; ng = {g: 0 for g in GROUPS}
    for i, r in enumerate(rows):
        tok_span = token_span_of(r["tokens"])
        gold = {g: set() for g in GROUPS}
        for e in r["entities"]:
            g = gold_group.get(e["type"])
            if g:
                gold[g].add((e["start"], e["end"]))
        found = {g: set() for g in GROUPS}
        for a in found_anchors[i]:
            g = SYS_GROUP.get(a["type"])
            if g:
                found[g].add(tok_span(a["start"], a["end"]))
        for g in GROUPS:
            ns[g] += len(found[g]); ng[g] += len(gold[g]); tp[g] += len(found[g] & gold[g])
        if errors is not None and any(found[g] != gold[g] for g in GROUPS):
            words = lambda sp: " ".join(r["tokens"][sp[0]:sp[1]])
            errors.write(" ".join(r["tokens"]) + "\n")
            for g in GROUPS:
                for sp in sorted(gold[g] - found[g]): errors.write(f"  missed {g}: {words(sp)}\n")
                for sp in sorted(found[g] - gold[g]): errors.write(f"  wrong  {g}: {words(sp)}\n")
    print(f"{'type':<14}{'P':>8}{'R':>8}{'F1':>8}{'system':>8}{'gold':>8}")
    totals = [0, 0, 0]
    for g in GROUPS + ["micro (P/L/O)"]:
        if g in tp:
            t, s, n = tp[g], ns[g], ng[g]
            totals = [totals[0] + t, totals[1] + s, totals[2] + n]
        else:
            t, s, n = totals
        p = t / s if s else 0; rc = t / n if n else 0
        f = 2 * p * rc / (p + rc) if p + rc else 0
        print(f"{g:<14}{p:8.3f}{rc:8.3f}{f:8.3f}{s:8}{n:8}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--isnad", default=os.path.join(ROOT, "build/native/isnad"))
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument("--errors", help="write the whole analysis's errors (sentence, missed and wrong spans) here")
    args = ap.parse_args()
    aner = os.path.join(DATA, "anercorp/train.jsonl")
    aqmar_train = os.path.join(DATA, "aqmar/train.jsonl")
    aqmar_test = os.path.join(DATA, "aqmar/test.jsonl")
    wojood_val = os.path.join(DATA, "wojood/val.jsonl")
    if not os.path.exists(aner):
        sys.exit("eval_ner: needs ../shared/data (ANERcorp, AQMAR, Wojood)")
    sys.stdout.flush()
    if not args.skip_cv:
        print("== 1. tagger alone: ANERcorp train, 5-fold cross-validation (contiguous blocks)", flush=True)
        subprocess.run([args.isnad, "train", "ner-cv", "--folds", "5", aner, aqmar_train], check=True,
                       stderr=subprocess.DEVNULL)
    print("== 2. shipped tagger alone: AQMAR test", flush=True)
    subprocess.run([args.isnad, "train", "ner-eval", aqmar_test], check=True)
    for name, path in (("aqmar", aqmar_test), ("wojood", wojood_val)):
        print(f"== 3. whole analysis (isnad analyze): {name} {os.path.basename(path)}", flush=True)
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        errors = open(f"{args.errors}.{name}.txt", "w", encoding="utf-8") if args.errors else None
        analysis_scores(args.isnad, rows, GOLD_GROUPS[name], errors)


if __name__ == "__main__":
    main()
