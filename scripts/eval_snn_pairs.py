#!/usr/bin/env python3
"""Measure cross-article linking on the labelled SaudiNewsNet stories (bench/snn_facts/*.json).

usage: scripts/eval_snn_pairs.py [--isnad build/native/isnad] [--sample bench/snn_facts]
                                 [--articles ../shared/bench/saudinewsnet/articles_all.jsonl.gz]
                                 [--story NAME]... [--json OUT] [--pairs] [--together] [--check]

For each story the articles are taken from SaudiNewsNet by id (the sample holds ids, offsets and
labels only, never text), written to a temporary folder with a corpus.json naming their outlet and
date, and analysed together: `isnad analyze --meta corpus.json --json FILE...`.

Each claim is mapped to the labelled sentences it overlaps (by code-point offsets), so a different
sentence split still scores. Two claims in one cluster from different articles are a linked pair;
a claim in several clusters (overlapping facts) gives each pair once. A linked pair is right when
its sentences share a fact. A `discrepancies` entry across articles is a link too (with `disagree`).
Printed per story and overall:
  precision   right linked claim pairs / linked claim pairs (and, when claims are coarser or finer than
              the labelled sentences, the precision over the sentence pairs they link)
  recall      labelled same-fact sentence pairs that some linked claim pair covers / all of them
  relation    on right linked pairs: the labelled relation among those of the clusters holding both
              (`partial` counts as `agree`), and
              conflicts found: labelled disagree/updated pairs that Isnad calls disagree/updated
  formulaic   linked pairs whose two sentences are both formulaic (prayers, boilerplate) / either is
With --pairs every linked pair and every missed same-fact pair is listed (article:start-end).
With --check only the sample files are checked (no corpus, no tool needed).
With --together all stories are analysed as one corpus, as a reader would load a day's news: links
between stories of different events (the story's `event`) are wrong and lower the precision printed last.
"""
import argparse
import collections
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile

CONFLICT = {"disagree", "updated"}


def load_sample(folder, only):
    stories = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            s = json.load(f)
        problem = check_story(s)
        if problem:
            sys.exit(f"eval_snn_pairs: {name}: {problem}")
        if only and s["story"] not in only:
            continue
        stories.append(s)
    if not stories:
        sys.exit(f"eval_snn_pairs: no stories in {folder}" + (f" named {', '.join(only)}" if only else ""))
    return stories


def check_story(s):
    """A malformed sample file is refused with the reason, not scored."""
    try:
        facts = {f["id"] for f in s["facts"]}
        arts = {a["id"]: a["chars"] for a in s["articles"]}
        last = {}
        for x in s["sentences"]:
            if x["article"] not in arts:
                return f"sentence of unknown article {x['article']}"
            if not 0 <= x["start"] < x["end"] <= arts[x["article"]]:
                return f"{x['article']}: range {x['start']}-{x['end']} outside its {arts[x['article']]} characters"
            if x["start"] < last.get(x["article"], 0):
                return f"{x['article']}: sentence at {x['start']} overlaps or precedes the one before"
            last[x["article"]] = x["end"]
            unknown = set(x["facts"]) - facts
            if unknown:
                return f"{x['article']}:{x['start']}: unknown fact {', '.join(sorted(unknown))}"
    except (KeyError, TypeError) as e:
        return f"missing or wrong field ({e})"
    return None


def load_articles(path, ids):
    found = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in ids:
                found[a["id"]] = a
    missing = sorted(ids - found.keys())
    if missing:
        sys.exit(f"eval_snn_pairs: {len(missing)} sample articles are not in {path}: {', '.join(missing[:5])}")
    return found


def analyse(isnad, name, articles, texts, extra=()):
    with tempfile.TemporaryDirectory(prefix="snn_pairs_") as d:
        files, meta = [], []
        for a in articles:
            p = os.path.join(d, a["id"] + ".txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(texts[a["id"]])
            files.append(p)
            meta.append({"file": a["id"] + ".txt", "outlet": a["outlet"], "date": a["date"]})
        corpus = os.path.join(d, "corpus.json")
        with open(corpus, "w", encoding="utf-8") as f:
            json.dump({"version": 1, "name": name, "articles": meta}, f, ensure_ascii=False)
        r = subprocess.run([isnad, "analyze", "--meta", corpus, "--json", *extra] + files, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"eval_snn_pairs: {isnad} failed on {name}: {r.stderr.strip()[:500]}")
        try:
            return json.loads(r.stdout)
        except json.JSONDecodeError as e:
            sys.exit(f"eval_snn_pairs: {isnad} printed no analysis JSON for {name} ({e})")


def article_of(analysed):
    return os.path.splitext(os.path.basename(analysed["file"]))[0]


def cross_story_links(stories, analysis):
    """Links between claims of different stories (--together): between stories of one event they are not
    scored (the labels do not say which facts two stories share), between events they are wrong."""
    story_of = {a["id"]: s for s in stories for a in s["articles"]}
    claim_story = {c["id"]: story_of[article_of(a)] for a in analysis["articles"] for c in a["claims"]}
    pairs = set()
    for k in analysis.get("clusters", []):
        for x, y in itertools.combinations(sorted(set(k["claims"])), 2):
            if x in claim_story and y in claim_story and claim_story[x] is not claim_story[y]:
                pairs.add((x, y))
    other_event = sum(1 for x, y in pairs if claim_story[x].get("event", claim_story[x]["story"])
                      != claim_story[y].get("event", claim_story[y]["story"]))
    return len(pairs), other_event


def sentence_index(story):
    by_article = collections.defaultdict(list)
    for i, s in enumerate(story["sentences"]):
        by_article[s["article"]].append(i)
    return by_article


def map_claim(claim, article, story, by_article):
    """The labelled sentences a claim covers: those it overlaps by at least half of either length, else the
    one it overlaps most."""
    best, best_ov, hits = None, 0, []
    for i in by_article[article]:
        s = story["sentences"][i]
        ov = min(claim["end"], s["end"]) - max(claim["start"], s["start"])
        if ov <= 0:
            continue
        if 2 * ov >= min(claim["end"] - claim["start"], s["end"] - s["start"]):
            hits.append(i)
        if ov > best_ov:
            best, best_ov = i, ov
    return hits or ([best] if best is not None else [])


def value_key(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return v


def label_relation(story, a, b):
    """None if the two sentences share no fact; else agree / disagree / updated from the shared facts' values."""
    facts = {f["id"]: f for f in story["facts"]}
    date = {x["id"]: x["date"] for x in story["articles"]}
    sa, sb = story["sentences"][a], story["sentences"][b]
    shared = sa["facts"].keys() & sb["facts"].keys()
    if not shared:
        return None
    rel = "agree"
    for k in shared:
        va, vb = sa["facts"][k], sb["facts"][k]
        if va is None or vb is None or value_key(va) == value_key(vb):
            continue
        if facts[k]["evolving"] and date[sa["article"]] != date[sb["article"]]:
            rel = "updated" if rel == "agree" else rel
        else:
            rel = "disagree"
    return rel


def where(story, i, texts=None):
    s = story["sentences"][i]
    at = f"{s['article']}:{s['start']}-{s['end']}"
    if texts:
        at += " «" + texts[s["article"]][s["start"]:s["end"]][:70].replace("\n", " ") + "»"
    return at


def score_story(story, analysis, show_pairs, texts):
    by_article = sentence_index(story)
    claim_sents, claim_article = {}, {}
    unmapped = 0
    for a in analysis["articles"]:
        art = article_of(a)
        if art not in by_article:
            continue  # another story's article (--together)
        for c in a["claims"]:
            claim_article[c["id"]] = art
            claim_sents[c["id"]] = map_claim(c, art, story, by_article)
            unmapped += not claim_sents[c["id"]]

    # every cross-article claim pair of every cluster, once, with the relations that hold it
    linked = collections.defaultdict(set)
    for k in analysis.get("clusters", []):
        rel = "agree" if k.get("relation") == "partial" else k.get("relation")
        for x, y in itertools.combinations(sorted(set(k["claims"])), 2):
            if claim_article.get(x) and claim_article.get(y) and claim_article[x] != claim_article[y]:
                linked[(x, y)].add(rel)
    for d in analysis.get("discrepancies", []):
        for x, y in itertools.combinations(sorted(set(d.get("claims", []))), 2):
            if claim_article.get(x) and claim_article.get(y) and claim_article[x] != claim_article[y]:
                linked[(x, y)].add("disagree")

    n_sent = len(story["sentences"])
    gold = {}  # labelled same-fact sentence pairs -> relation
    for a, b in itertools.combinations(range(n_sent), 2):
        if story["sentences"][a]["article"] == story["sentences"][b]["article"]:
            continue
        rel = label_relation(story, a, b)
        if rel:
            gold[(a, b)] = rel
    formulaic = {i for i, s in enumerate(story["sentences"]) if s.get("formulaic")}

    right = 0
    both_formulaic = any_formulaic = 0
    covered = collections.defaultdict(set)  # gold sentence pair -> relations Isnad gave
    wrong_pairs, right_pairs = [], []
    linked_sentence_pairs = set()  # guards against coarse claims: one spanning many sentences links them all
    for (x, y), rels in linked.items():
        pairs = [(min(a, b), max(a, b)) for a in claim_sents[x] for b in claim_sents[y]]
        linked_sentence_pairs.update(pairs)
        hit = [p for p in pairs if p in gold]
        if hit:
            right += 1
            for p in hit:
                covered[p] |= rels
            right_pairs.append((x, y, rels, hit))
        else:
            wrong_pairs.append((x, y, rels, pairs))
        if pairs and all(a in formulaic and b in formulaic for a, b in pairs):
            both_formulaic += 1
        if pairs and all(a in formulaic or b in formulaic for a, b in pairs):
            any_formulaic += 1

    rel_ok = sum(1 for p, rels in covered.items() if gold[p] in rels)
    conflicts = [p for p, r in gold.items() if r in CONFLICT]
    conflicts_found = sum(1 for p in conflicts if covered.get(p, set()) & CONFLICT)
    counts = collections.Counter(gold.values())
    confusion = collections.Counter((gold[p], "/".join(sorted(r for r in rels if r))) for p, rels in covered.items())
    res = dict(story=story["story"], kind=story["kind"], articles=len(story["articles"]), sentences=n_sent,
               same_fact_pairs=len(gold), different_fact_pairs=sum(1 for a, b in itertools.combinations(range(n_sent), 2)
                                                                    if story["sentences"][a]["article"] != story["sentences"][b]["article"]) - len(gold),
               labelled_relations=dict(counts), linked=len(linked), linked_right=right, found=len(covered),
               relation_right=rel_ok, conflicts=len(conflicts), conflicts_found=conflicts_found,
               linked_sentence_pairs=len(linked_sentence_pairs),
               linked_sentence_pairs_right=len(linked_sentence_pairs & gold.keys()),
               formulaic_linked=both_formulaic, formulaic_side_linked=any_formulaic, unmapped_claims=unmapped,
               confusion={f"{g} -> {i or 'none'}": n for (g, i), n in sorted(confusion.items())})
    if show_pairs:
        print(f"--- {story['story']}")
        for x, y, rels, hit in right_pairs:
            print(f"  linked right  {x} {y} {'/'.join(sorted(r or '?' for r in rels))}: "
                  + ", ".join(f"{where(story, a, texts)}~{where(story, b, texts)} ({gold[(a, b)]})" for a, b in hit))
        for x, y, rels, pairs in wrong_pairs:
            print(f"  linked WRONG  {x} {y} {'/'.join(sorted(r or '?' for r in rels))}: "
                  + ", ".join(f"{where(story, a, texts)}~{where(story, b, texts)}" for a, b in pairs))
        for p, r in sorted(gold.items()):
            if p not in covered:
                print(f"  missed        {where(story, p[0], texts)}~{where(story, p[1], texts)} ({r}) "
                      + " ".join(sorted(story['sentences'][p[0]]['facts'].keys() & story['sentences'][p[1]]['facts'].keys())))
    return res


def check_only(stories):
    same = diff = 0
    for s in stories:
        n = len(s["sentences"])
        for a, b in itertools.combinations(range(n), 2):
            if s["sentences"][a]["article"] != s["sentences"][b]["article"]:
                if label_relation(s, a, b):
                    same += 1
                else:
                    diff += 1
    print(f"eval_snn_pairs: {len(stories)} stories, {sum(len(s['articles']) for s in stories)} articles, "
          f"{sum(len(s['sentences']) for s in stories)} sentences well formed; "
          f"{same} same-fact and {diff} different-fact cross-article pairs")
    return 0


def ratio(a, b):
    return f"{a / b:.3f}" if b else "  -  "


def print_table(results):
    head = f"{'story':<26}{'kind':<12}{'art':>4}{'same':>6}{'diff':>6}{'linked':>8}{'P':>7}{'R':>7}{'rel':>7}{'confl':>8}{'formul':>8}"
    print(head)
    total = collections.Counter()
    for r in results:
        print(f"{r['story']:<26}{r['kind'][:11]:<12}{r['articles']:>4}{r['same_fact_pairs']:>6}{r['different_fact_pairs']:>6}"
              f"{r['linked']:>8}{ratio(r['linked_right'], r['linked']):>7}{ratio(r['found'], r['same_fact_pairs']):>7}"
              f"{ratio(r['relation_right'], r['found']):>7}{r['conflicts_found']:>4}/{r['conflicts']:<3}{r['formulaic_linked']:>4}/{r['formulaic_side_linked']:<3}")
        for k in ("articles", "same_fact_pairs", "different_fact_pairs", "linked", "linked_right", "found",
                  "linked_sentence_pairs", "linked_sentence_pairs_right",
                  "relation_right", "conflicts", "conflicts_found", "formulaic_linked", "formulaic_side_linked",
                  "unmapped_claims"):
            total[k] += r[k]
    print(f"{'all':<26}{'':<12}{total['articles']:>4}{total['same_fact_pairs']:>6}{total['different_fact_pairs']:>6}"
          f"{total['linked']:>8}{ratio(total['linked_right'], total['linked']):>7}{ratio(total['found'], total['same_fact_pairs']):>7}"
          f"{ratio(total['relation_right'], total['found']):>7}{total['conflicts_found']:>4}/{total['conflicts']:<3}{total['formulaic_linked']:>4}/{total['formulaic_side_linked']:<3}")
    kinds = sorted({r["kind"] for r in results})
    if len(kinds) > 1:
        for kind in kinds:
            rs = [r for r in results if r["kind"] == kind]
            n = {k: sum(r[k] for r in rs) for k in ("articles", "same_fact_pairs", "linked", "linked_right", "found")}
            print(f"{'  kind: ' + kind:<38}{n['articles']:>4}{n['same_fact_pairs']:>6}{'':>6}{n['linked']:>8}"
                  f"{ratio(n['linked_right'], n['linked']):>7}{ratio(n['found'], n['same_fact_pairs']):>7}")
    macro_p = sum(r["linked_right"] / r["linked"] for r in results if r["linked"]) / len(results)
    macro_r = sum(r["found"] / r["same_fact_pairs"] for r in results if r["same_fact_pairs"]) / len(results)
    print(f"{'mean of stories':<26}{'':<12}{'':>4}{'':>6}{'':>6}{'':>8}{macro_p:>7.3f}{macro_r:>7.3f}")
    if total["linked_sentence_pairs"] != total["linked"]:
        print(f"claims and labelled sentences differ in grain: {total['linked_sentence_pairs']} sentence pairs linked, "
              f"precision over them {ratio(total['linked_sentence_pairs_right'], total['linked_sentence_pairs'])}")
    if total["unmapped_claims"]:
        print(f"({total['unmapped_claims']} claims overlap no labelled sentence)")
    return total


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--isnad", default=os.path.join(root, "build/native/isnad"))
    ap.add_argument("--sample", default=os.path.join(root, "bench/snn_facts"))
    ap.add_argument("--articles", default=os.path.join(root, "../shared/bench/saudinewsnet/articles_all.jsonl.gz"))
    ap.add_argument("--story", action="append", default=[], help="score only this story (repeatable)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--analyze-arg", action="append", default=[],
                    help="pass this argument on to isnad analyze (repeatable; --analyze-arg=--link-threshold=0.15)")
    ap.add_argument("--pairs", action="store_true", help="list linked and missed pairs")
    ap.add_argument("--together", action="store_true",
                    help="analyse all stories as one corpus and count links between stories too")
    ap.add_argument("--check", action="store_true",
                    help="only check the sample files and count their pairs (needs neither ../shared nor the tool)")
    args = ap.parse_args()
    if args.check:
        return check_only(load_sample(args.sample, set(args.story)))
    if not os.path.exists(args.articles):
        print(f"eval_snn_pairs: skipped: {args.articles} is not here (SaudiNewsNet lives in ../shared)")
        return 0
    if not os.access(args.isnad, os.X_OK):
        sys.exit(f"eval_snn_pairs: no isnad tool at {args.isnad} (scripts/build native)")
    stories = load_sample(args.sample, set(args.story))
    articles = load_articles(args.articles, {a["id"] for s in stories for a in s["articles"]})
    texts = {}
    for s in stories:
        for a in s["articles"]:
            t = articles[a["id"]]["text"]
            if len(t) != a["chars"]:
                sys.exit(f"eval_snn_pairs: {s['story']}: {a['id']} has {len(t)} characters, the labels were made on {a['chars']}")
            texts[a["id"]] = t
    shown = texts if args.pairs else None
    if args.together:
        everything = list({a["id"]: a for s in stories for a in s["articles"]}.values())
        analysis = analyse(args.isnad, "snn_facts, all stories", everything, texts, args.analyze_arg)
        results = [score_story(s, analysis, args.pairs, shown) for s in stories]
    else:
        results = [score_story(s, analyse(args.isnad, s["story"], s["articles"], texts, args.analyze_arg), args.pairs, shown) for s in stories]
    total = print_table(results)
    if args.together:
        cross, wrong = cross_story_links(stories, analysis)
        total["cross_story_links"], total["cross_event_links"] = cross, wrong
        print(f"all stories in one corpus: {cross} links across stories, {wrong} of them between different events "
              f"(wrong); precision counting those: {ratio(total['linked_right'], total['linked'] + wrong)}")
    print("P: right linked claim pairs / linked; R: same-fact sentence pairs linked / labelled; rel: relation right on "
          "those found; confl: disagree/updated pairs found as a conflict; formul: linked pairs of two formulaic sentences / "
          "with a formulaic side")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"stories": results, "total": dict(total)}, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
