#!/usr/bin/env python3
"""Agreement between two readers of the labelled SaudiNewsNet stories (bench/snn_facts).

usage: scripts/snn_facts_agreement.py [--first bench/snn_facts] [--second bench/snn_facts/second_reader]
                                      [--articles ../shared/bench/saudinewsnet/articles_all.jsonl.gz]
                                      [--story NAME]... [--show] [--json OUT]

Every story that has a file in --second is compared with the file of the same name in --first. Both
must label the same articles and the same sentence ranges; their fact ids are their own, so the
readers are compared on what the ids imply, never on the ids:
  same-fact   over every cross-article sentence pair of the story: does the pair share a fact?
              Cohen's kappa, and the same-fact pairs only the first / only the second reader has
  relation    over the pairs both call same-fact: agree / disagree / updated, from each reader's own
              values (as scripts/eval_snn_pairs.py derives them); share equal and kappa
  formulaic   over sentences: kappa of the `formulaic` flag, and sentences only one reader marks;
              kind: kappa of each sentence's kind (states facts / formulaic / states nothing)
Printed per story and pooled over the stories. With --show every disagreement is listed with both
readers' facts (and the sentences' text when the corpus is in ../shared; it is not needed otherwise).
"""
import argparse
import collections
import gzip
import itertools
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_snn_pairs import check_story, label_relation  # noqa: E402

RELATIONS = ("agree", "disagree", "updated")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            story = json.load(f)
    except (OSError, ValueError) as e:
        sys.exit(f"snn_facts_agreement: {path}: not readable as JSON ({e})")
    problem = check_story(story)
    if problem:
        sys.exit(f"snn_facts_agreement: {path}: {problem}")
    return story


def load_pairs_of_files(first_dir, second_dir, only):
    if not os.path.isdir(second_dir):
        return []
    found = []
    for name in sorted(os.listdir(second_dir)):
        if not name.endswith(".json"):
            continue
        second = load(os.path.join(second_dir, name))
        if only and second["story"] not in only:
            continue
        first_path = os.path.join(first_dir, name)
        if not os.path.exists(first_path):
            sys.exit(f"snn_facts_agreement: {name} has no first reading in {first_dir}")
        first = load(first_path)
        ranges = lambda s: [(x["article"], x["start"], x["end"]) for x in s["sentences"]]  # noqa: E731
        if [a["id"] for a in first["articles"]] != [a["id"] for a in second["articles"]]:
            sys.exit(f"snn_facts_agreement: {name}: the two readers label different articles")
        if ranges(first) != ranges(second):
            sys.exit(f"snn_facts_agreement: {name}: the two readers label different sentence ranges")
        found.append((first, second))
    return found


def kappa(table, labels):
    """Cohen's kappa from {(label_first, label_second): count}; None when undefined (one label only)."""
    n = sum(table.values())
    if n == 0:
        return None
    observed = sum(table.get((x, x), 0) for x in labels) / n
    expected = sum(sum(table.get((x, y), 0) for y in labels) * sum(table.get((y, x), 0) for y in labels)
                   for x in labels) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def sentence_kind(story, i):
    s = story["sentences"][i]
    return "formulaic" if s.get("formulaic") else "facts" if s["facts"] else "nothing"


def compare(first, second):
    n = len(first["sentences"])
    same = collections.Counter()        # (first says same-fact, second says same-fact) -> pairs
    relation = collections.Counter()    # (first's relation, second's) on pairs both call same-fact
    only_first, only_second, relation_differs = [], [], []
    for a, b in itertools.combinations(range(n), 2):
        if first["sentences"][a]["article"] == first["sentences"][b]["article"]:
            continue
        ra, rb = label_relation(first, a, b), label_relation(second, a, b)
        same[(ra is not None, rb is not None)] += 1
        if ra and rb:
            relation[(ra, rb)] += 1
            if ra != rb:
                relation_differs.append((a, b, ra, rb))
        elif ra:
            only_first.append((a, b))
        elif rb:
            only_second.append((a, b))
    formulaic, kind = collections.Counter(), collections.Counter()
    kind_differs = []
    for i in range(n):
        fa, fb = bool(first["sentences"][i].get("formulaic")), bool(second["sentences"][i].get("formulaic"))
        formulaic[(fa, fb)] += 1
        kind[(sentence_kind(first, i), sentence_kind(second, i))] += 1
        if fa != fb or sentence_kind(first, i) != sentence_kind(second, i):
            kind_differs.append(i)
    return dict(same=same, relation=relation, formulaic=formulaic, kind=kind, only_first=only_first,
                only_second=only_second, relation_differs=relation_differs, kind_differs=kind_differs)


def figures(c):
    pairs = sum(c["same"].values())
    both_same = c["same"][(True, True)]
    rel_n = sum(c["relation"].values())
    return dict(
        pairs=pairs,
        same_first=both_same + c["same"][(True, False)],
        same_second=both_same + c["same"][(False, True)],
        same_both=both_same,
        same_only_first=c["same"][(True, False)],
        same_only_second=c["same"][(False, True)],
        pair_agreement=(c["same"][(True, True)] + c["same"][(False, False)]) / pairs if pairs else None,
        pair_kappa=kappa(c["same"], (True, False)),
        relation_pairs=rel_n,
        relation_equal=sum(v for (x, y), v in c["relation"].items() if x == y),
        relation_kappa=kappa(c["relation"], RELATIONS),
        relation_table={f"{x}/{y}": v for (x, y), v in sorted(c["relation"].items())},
        sentences=sum(c["formulaic"].values()),
        formulaic_first=c["formulaic"][(True, True)] + c["formulaic"][(True, False)],
        formulaic_second=c["formulaic"][(True, True)] + c["formulaic"][(False, True)],
        formulaic_both=c["formulaic"][(True, True)],
        formulaic_kappa=kappa(c["formulaic"], (True, False)),
        kind_equal=sum(v for (x, y), v in c["kind"].items() if x == y),
        kind_kappa=kappa(c["kind"], ("facts", "formulaic", "nothing")),
    )


def fmt(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def print_table(rows):
    print(f"{'story':<26}{'pairs':>6}{'same 1st':>9}{'2nd':>5}{'both':>5}{'only1':>6}{'only2':>6}{'kappa':>7}"
          f"{'rel eq':>9}{'rel k':>7}{'formul 1st/2nd/both':>21}{'kappa':>7}{'kind eq':>10}{'kappa':>7}")
    for name, f in rows:
        print(f"{name:<26}{f['pairs']:>6}{f['same_first']:>9}{f['same_second']:>5}{f['same_both']:>5}"
              f"{f['same_only_first']:>6}{f['same_only_second']:>6}{fmt(f['pair_kappa']):>7}"
              f"{f['relation_equal']:>5}/{f['relation_pairs']:<3}{fmt(f['relation_kappa']):>7}"
              f"{f['formulaic_first']:>11}/{f['formulaic_second']}/{f['formulaic_both']:<5}{fmt(f['formulaic_kappa']):>7}"
              f"{f['kind_equal']:>6}/{f['sentences']:<3}{fmt(f['kind_kappa']):>7}")


def load_texts(path, ids):
    if not os.path.exists(path):
        return None
    texts = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in ids:
                texts[a["id"]] = a["text"]
    return texts


def describe(story, i, texts):
    s = story["sentences"][i]
    at = f"{s['article']}:{s['start']}-{s['end']}"
    if texts and s["article"] in texts:
        at += " «" + texts[s["article"]][s["start"]:s["end"]][:90].replace("\n", " ") + "»"
    return at


def labels(story, i):
    s = story["sentences"][i]
    if s.get("formulaic"):
        return "formulaic"
    if not s["facts"]:
        return "(none)"
    return ", ".join(k if v is None else f"{k}={v}" for k, v in s["facts"].items())


def show(first, second, c, texts):
    def both(i):
        return f"      1st: {labels(first, i)}\n      2nd: {labels(second, i)}"
    print(f"\n## {first['story']}")
    for title, pairs in (("same-fact for the first reader only", c["only_first"]),
                         ("same-fact for the second reader only", c["only_second"])):
        print(f"### {title}: {len(pairs)}")
        for a, b in pairs:
            print(f"  {describe(first, a, texts)}\n{both(a)}\n  {describe(first, b, texts)}\n{both(b)}")
    print(f"### relation differs: {len(c['relation_differs'])}")
    for a, b, ra, rb in c["relation_differs"]:
        print(f"  1st {ra}, 2nd {rb}\n  {describe(first, a, texts)}\n{both(a)}\n  {describe(first, b, texts)}\n{both(b)}")
    print(f"### sentence kind differs (facts / formulaic / nothing): {len(c['kind_differs'])}")
    for i in c["kind_differs"]:
        print(f"  {describe(first, i, texts)}\n{both(i)}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--first", default=os.path.join(root, "bench/snn_facts"))
    ap.add_argument("--second", default=os.path.join(root, "bench/snn_facts/second_reader"))
    ap.add_argument("--articles", default=os.path.join(root, "../shared/bench/saudinewsnet/articles_all.jsonl.gz"))
    ap.add_argument("--story", action="append", default=[], help="compare only this story (repeatable)")
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    readings = load_pairs_of_files(args.first, args.second, set(args.story))
    if not readings:
        print(f"snn_facts_agreement: no second reading in {args.second}" +
              (f" named {', '.join(args.story)}" if args.story else ""))
        return 0
    pooled = collections.defaultdict(collections.Counter)
    rows, compared = [], []
    for first, second in readings:
        c = compare(first, second)
        compared.append((first, second, c))
        rows.append((first["story"], figures(c)))
        for k in ("same", "relation", "formulaic", "kind"):
            pooled[k].update(c[k])
    total = figures(pooled)
    print_table(rows + [("all", total)])
    print("pairs: cross-article sentence pairs; same: pairs sharing a fact for the first / second reader / both, "
          "and for one only; kappa: Cohen's on same vs different fact; rel eq: same relation / pairs both call "
          "same-fact; formul: formulaic sentences; kind: sentences both readers call stating facts / formulaic / "
          "stating nothing")
    if args.show:
        texts = load_texts(args.articles, {a["id"] for f, _, _ in compared for a in f["articles"]})
        if texts is None:
            print(f"(no text: {args.articles} is not here)")
        for first, second, c in compared:
            show(first, second, c, texts)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"stories": dict(rows), "total": total}, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
