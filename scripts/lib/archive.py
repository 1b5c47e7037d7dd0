#!/usr/bin/python3
"""archive.py — analyse and cross-reference an archive of articles on Dask distributed (scripts/archive).

Input: one article a line, {"id", "text", "outlet", "date", "title", "url"} (.jsonl or .jsonl.gz).
Output, under OUT/: stories/<story>.json (one bundle a story: articles, analysis, clusters, timeline,
as `isnad xref --jsonl` prints it), index.json (the stories: size, outlets, dates, clusters, disputed
facts), run.json (the run's figures). Stages, each a set of Dask tasks (progress shown by
distributed.progress):

  1. partitions: the driver cuts the input into partition files of --partition-size lines (work/);
  2. analysis: `isnad analyze --jsonl` over each partition (a subprocess on the worker) → per article
     its weighted terms; malformed lines are reported with their line numbers in the input and skipped;
  3. statistics: document frequencies of the terms, a tree reduce of per-partition counts;
  4. candidate pairs: each article's signature (its SIGNATURE weightiest terms by tf-idf, the global
     df) and its LSH keys (the signature's terms, or --minhash B MinHash values of it); the keys are shuffled into --buckets buckets by hash
     (a map/reduce: never all pairs), and articles sharing a key (at most COMMON of them) are
     candidates; a candidate pair is one story when the cosine of their signatures reaches SAME_STORY
     (0.15, xref::Options::same_story);
  5. stories: connected components of those pairs (union-find on the driver: a pair is two integers);
  6. per story (two articles or more): `isnad xref --jsonl --df` on its articles, with the df of its
     terms → its bundle file.

Tasks are pure functions of their inputs that write their files whole (temp + rename): when a worker
dies, Dask runs its tasks again elsewhere and the output is the same.

The files live on a file system every worker sees (the output folder's work folder): a local disk for a LocalCluster, a shared
one (NFS, Lustre, a mounted bucket) for a real cluster.
"""
import argparse, gzip, hashlib, json, math, os, struct, subprocess, sys, time
from collections import Counter, defaultdict

SIGNATURE = 32      # an article's weightiest terms (stories.cpp's kSignature)
SAME_STORY = 0.15   # xref::Options::same_story
MINHASH = 0        # 0: a signature's terms are its keys; B > 0: B MinHash values of it (one row a band)
COMMON = 256        # a key shared by more articles is no evidence (stories.cpp's kCommon)
CANDIDATES = 16     # an article's best candidates in a bucket (stories.cpp's kCandidates)
MASK = (1 << 61) - 1


def write_whole(path, data):
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


# ---- 1. partitions (driver) ----
def cut_partitions(src, work, size):
    opener = gzip.open if src.endswith(".gz") else open
    parts, buf, first, n = [], [], 1, 0
    def flush():
        nonlocal buf
        if buf:
            p = os.path.join(work, f"part-{len(parts):05d}.jsonl")
            write_whole(p, b"".join(buf))
            parts.append((p, first))
            buf = []
    with opener(src, "rb") as f:
        for line in f:
            n += 1
            if not buf:
                first = n
            buf.append(line if line.endswith(b"\n") else line + b"\n")
            if len(buf) >= size:
                flush()
    flush()
    return parts, n


# ---- 2. analysis (worker) ----
def analyze_partition(part, isnad):
    path, first = part
    out = path.replace("part-", "ana-")
    proc = subprocess.run([isnad, "analyze", "--jsonl", path], capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError(f"isnad analyze --jsonl {path}: exit {proc.returncode}: {proc.stderr[-2000:]!r}")
    # Only what later stages need is kept: line, id, outlet, date, terms (the analyses are re-made per
    # story; keeping them would be most of the output's bytes).
    keep, df, errors = [], Counter(), []
    for raw in proc.stdout.splitlines():
        j = json.loads(raw)
        line = first + j["line"] - 1
        keep.append({"line": line, "id": j["id"], "outlet": j.get("outlet"), "date": j.get("date"), "terms": j["terms"]})
        df.update(j["terms"].keys())
    for e in proc.stderr.decode("utf-8", "replace").splitlines():
        if e.startswith("isnad: line "):
            n, _, rest = e[len("isnad: line "):].partition(":")
            errors.append(f"line {first + int(n) - 1}:{rest}")
    write_whole(out, "\n".join(json.dumps(k, ensure_ascii=False) for k in keep).encode() + b"\n")
    told = sum(1 for k in keep if k["terms"])
    return {"ana": out, "articles": len(keep), "told": told, "df": df, "errors": errors}


def merge_counts(*parts):
    total = Counter()
    for p in parts:
        total.update(p)
    return total


# ---- 4. candidate pairs: signatures, MinHash/LSH keys, shuffle ----
def _h(term, seed):
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8, salt=struct.pack("<Q", seed)).digest(), "little")


def signatures(ana, df, told, buckets):
    """Map side of the shuffle: per bucket, [(key, line, signature, norm)]. The keys are the
    signature's terms themselves (stories.cpp's candidates: articles sharing one of their weightiest
    terms), hashed into buckets; with --minhash B, B MinHash values of the signature instead."""
    out = [[] for _ in range(buckets)]
    with open(ana, encoding="utf-8") as f:
        for raw in f:
            j = json.loads(raw)
            w = [(t, (1 + math.log(n)) * math.log(1 + told / df[t])) for t, n in j["terms"].items() if df.get(t)]
            if not w:
                continue
            w.sort(key=lambda x: (-x[1], x[0]))
            sig = tuple(w[:SIGNATURE])
            norm = math.sqrt(sum(x * x for _, x in w))
            if MINHASH:
                keys = [(struct.pack("<QQ", b, min(_h(t, b) for t, _ in sig)), 1.0) for b in range(MINHASH)]
            else:
                keys = [(t.encode(), x) for t, x in sig]
            for key, x in keys:
                h = int.from_bytes(hashlib.blake2b(key, digest_size=4).digest(), "little")
                out[h % buckets].append((key, j["line"], x))
    return out


def signatures_with(ana, df, told, buckets, minhash):
    global MINHASH
    MINHASH = minhash
    return signatures(ana, df, told, buckets)


def pick(parts, i):
    return parts[i]


def candidate_pairs(*bucket_lists):
    """Reduce side of the shuffle: pairs of articles sharing a key (one shared by at most COMMON),
    ranked by the dot product of their signatures over this bucket's keys; each article keeps its
    CANDIDATES best (stories.cpp's kCandidates, there over all keys at once)."""
    by_key = defaultdict(list)
    for lst in bucket_lists:
        for key, line, x in lst:
            by_key[key].append((line, x))
    acc = defaultdict(float)
    for members in by_key.values():
        if 2 <= len(members) <= COMMON:
            members.sort()
            for i, (p, x) in enumerate(members):
                for q, y in members[i + 1:]:
                    if p != q:
                        acc[(p, q)] += x * y
    best = defaultdict(list)
    for (p, q), d in acc.items():
        best[p].append((-d, q))
        best[q].append((-d, p))
    pairs = set()
    for p, lst in best.items():
        lst.sort()
        for _, q in lst[:CANDIDATES]:
            pairs.add((min(p, q), max(p, q)))
    return sorted(pairs)


_VECTORS = {}   # per worker: the last few partitions' vectors (a partition meets many others in verify_pairs)


def vectors(ana, want, df, told):
    if ana in _VECTORS:
        cached = _VECTORS[ana]
        return {k: cached[k] for k in want if k in cached}
    if len(_VECTORS) >= 4:
        _VECTORS.pop(next(iter(_VECTORS)))
    _VECTORS[ana] = all_ = _vectors(ana, df, told)
    return {k: all_[k] for k in want if k in all_}


def _vectors(ana, df, told):
    out = {}
    with open(ana, encoding="utf-8") as f:
        for raw in f:
            j = json.loads(raw)
            if True:
                v = {t: (1 + math.log(n)) * math.log(1 + told / df[t]) for t, n in j["terms"].items() if df.get(t)}
                out[j["line"]] = (v, math.sqrt(sum(x * x for x in v.values())))
    return out


def verify_pairs(ana_a, ana_b, pairs, df, told):
    """A join of candidate pairs with the two partitions holding their articles: a pair is one story
    when the cosine of the articles' whole vectors reaches SAME_STORY (stories.cpp's one_story)."""
    want = {x for p in pairs for x in p}
    vec = vectors(ana_a, want, df, told)
    if ana_b != ana_a:
        vec.update(vectors(ana_b, want, df, told))
    kept = []
    for x, y in pairs:
        (vx, nx), (vy, ny) = vec[x], vec[y]
        if len(vx) > len(vy):
            vx, vy = vy, vx
        dot = sum(w * vy[t] for t, w in vx.items() if t in vy)
        cos = dot / (nx * ny + 1e-12)
        if cos >= SAME_STORY:
            kept.append((x, y, round(cos, 6)))
    return kept


# ---- 6. per story (worker) ----
def story_bundle(sid, members, parts_of, df, told, isnad, out_dir):
    """members: the story's input line numbers; parts_of: [(partition path, first line)] holding them."""
    want = set(members)
    lines, terms = [], set()
    for path, first in parts_of:
        with open(path, "rb") as f:
            for k, raw in enumerate(f):
                if first + k in want:
                    lines.append(raw)
        with open(path.replace("part-", "ana-"), encoding="utf-8") as f:
            for raw in f:
                j = json.loads(raw)
                if j["line"] in want:
                    terms.update(j["terms"])
    # The df of the story's own terms: the tool needs nothing else.
    dfp = os.path.join(out_dir, f"{sid}.df.json")
    write_whole(dfp, json.dumps({"articles": told, "df": {t: df[t] for t in terms if t in df}}, ensure_ascii=False).encode())
    proc = subprocess.run([isnad, "xref", "--jsonl", "-", "--df", dfp], input=b"".join(lines), capture_output=True)
    os.remove(dfp)
    if proc.returncode != 0:
        raise RuntimeError(f"isnad xref {sid}: exit {proc.returncode}: {proc.stderr[-2000:]!r}")
    write_whole(os.path.join(out_dir, f"{sid}.json"), proc.stdout)
    b = json.loads(proc.stdout)
    an = b["analysis"]
    dates = sorted({a["date"] for a in b["articles"] if a.get("date")})
    return {
        "story": sid, "file": f"stories/{sid}.json", "articles": len(b["articles"]),
        "ids": [a["id"] for a in b["articles"]],
        "outlets": sorted({a["outlet"] for a in b["articles"] if a.get("outlet")}),
        "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
        "title": next((a["title"] for a in b["articles"] if a.get("title")), None),
        "clusters": len(an.get("clusters", [])),
        "disputed": sum(1 for c in an.get("clusters", []) if c.get("relation") == "disagree"),
        "disputed_facts": [c.get("note", "") for c in an.get("clusters", []) if c.get("relation") == "disagree"][:20],
    }


def components(pairs, threshold, cap):
    """Connected components of the pairs (x, y, cosine) at or above threshold; with cap > 0, a
    component of more than cap articles is cut again with its pairs at a threshold 0.05 higher, until
    every part holds at most cap articles (chained stories: one region's year of news)."""
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for x, y, c in pairs:
        if c >= threshold:
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
    comp = defaultdict(list)
    for x in list(parent):
        comp[find(x)].append(x)
    out = []
    for m in comp.values():
        if cap and len(m) > cap and threshold < 1:
            inside = set(m)
            out += components([p for p in pairs if p[0] in inside and p[2] >= threshold + 0.05], threshold + 0.05, cap)
        elif len(m) >= 2:
            out.append(sorted(m))
    return out


def story_id(members):
    return hashlib.blake2b(",".join(map(str, sorted(members))).encode(), digest_size=8).hexdigest()


def peak_rss_mb():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def shuffle_bytes(lst):
    import pickle
    return len(pickle.dumps(lst, protocol=5))


# ---- the driver ----
def main(argv=None):
    ap = argparse.ArgumentParser(prog="scripts/archive", description=__doc__.split("\n")[0])
    ap.add_argument("input", help="articles, one JSON object a line (.jsonl or .jsonl.gz)")
    ap.add_argument("--out", required=True, help="output folder (stories/, index.json, run.json)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--scheduler", help="a running scheduler's address (tcp://host:8786) instead of a LocalCluster")
    ap.add_argument("--memory-limit", default="1GB", help="per LocalCluster worker (default 1GB)")
    ap.add_argument("--partition-size", type=int, default=500, help="articles a partition (default 500)")
    ap.add_argument("--buckets", type=int, default=0, help="shuffle buckets (default: one per partition, at most 64)")
    ap.add_argument("--isnad", default=None, help="the isnad tool (default build/native/isnad, absolute)")
    ap.add_argument("--kill-worker-after", type=int, default=0, help=argparse.SUPPRESS)  # tests: kill a worker once N analyses are done
    ap.add_argument("--max-story", type=int, default=0,
                    help="cut a story of more articles by raising its cosine threshold (default 0: never)")
    ap.add_argument("--minhash", type=int, default=0, help="B MinHash keys a signature instead of its terms")
    ap.add_argument("--quiet", action="store_true", help="no progress bars")
    a = ap.parse_args(argv)

    from distributed import Client, LocalCluster, progress, wait, as_completed
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    isnad = os.path.abspath(a.isnad or os.path.join(here, "build/native/isnad"))
    out = os.path.abspath(a.out)
    work, stories_dir = os.path.join(out, "work"), os.path.join(out, "stories")
    os.makedirs(work, exist_ok=True)
    os.makedirs(stories_dir, exist_ok=True)
    show = (lambda fs: None) if a.quiet else (lambda fs: (progress(fs), print(file=sys.stderr)))
    fig = {"workers": a.workers if not a.scheduler else None, "partition_size": a.partition_size}
    t0 = time.time()

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               memory_limit=a.memory_limit, dashboard_address=None)
        client = Client(cluster)
    try:
        parts, lines = cut_partitions(a.input, work, a.partition_size)
        fig["input_lines"], fig["partitions"] = lines, len(parts)
        print(f"archive: {lines} lines in {len(parts)} partitions, {len(client.scheduler_info()['workers'])} workers", file=sys.stderr)

        # 2. analysis
        t = time.time()
        ana = [client.submit(analyze_partition, p, isnad, pure=False, key=f"analyze-{i}") for i, p in enumerate(parts)]
        if a.kill_worker_after:
            done = 0
            for _ in as_completed(ana):
                done += 1
                if done == a.kill_worker_after:
                    victims = list(client.scheduler_info()["workers"])
                    pid = client.run(os.getpid, workers=[victims[0]])[victims[0]]
                    print(f"archive: killing worker {victims[0]} (pid {pid})", file=sys.stderr)
                    os.kill(pid, 9)
                    fig["killed_worker"] = pid
        show(ana)
        wait(ana)
        summaries = client.gather([client.submit(lambda s: {k: v for k, v in s.items() if k != "df"}, f) for f in ana])
        errors = [e for s in summaries for e in s["errors"]]
        for e in errors:
            print(f"archive: {e}", file=sys.stderr)
        fig["articles"] = sum(s["articles"] for s in summaries)
        fig["malformed_lines"] = len(errors)
        told = sum(s["told"] for s in summaries)
        fig["t_analysis_s"] = round(time.time() - t, 2)

        # 3. statistics: a tree reduce of the per-partition document frequencies
        t = time.time()
        level = [client.submit(lambda s: s["df"], f) for f in ana]
        while len(level) > 1:
            level = [client.submit(merge_counts, *level[i:i + 8]) for i in range(0, len(level), 8)]
        df_future = level[0]
        wait(df_future)
        fig["terms"] = client.submit(len, df_future).result()
        fig["t_statistics_s"] = round(time.time() - t, 2)

        # 4. candidate pairs: signatures and LSH keys (map), by bucket (shuffle), pairs (reduce)
        t = time.time()
        global MINHASH
        MINHASH = a.minhash
        nb = a.buckets or min(64, max(1, len(parts)))
        maps = [client.submit(signatures_with, s["ana"], df_future, told, nb, a.minhash) for s in summaries]
        pieces = [[client.submit(pick, m, r) for r in range(nb)] for m in maps]
        sizes = [client.submit(shuffle_bytes, p) for row in pieces for p in row]
        reds = [client.submit(candidate_pairs, *[pieces[m][r] for m in range(len(maps))]) for r in range(nb)]
        show(reds)
        candidates = sorted({p for lst in client.gather(reds) for p in lst})
        fig["shuffle_bytes"] = sum(client.gather(sizes))
        fig["candidate_pairs"] = len(candidates)
        # verification: candidate pairs joined with the partitions of their two articles
        import bisect
        firsts = [p[1] for p in parts]
        by_parts = defaultdict(list)
        for x, y in candidates:
            by_parts[(bisect.bisect_right(firsts, x) - 1, bisect.bisect_right(firsts, y) - 1)].append((x, y))
        fig["shuffle_bytes"] += sum(len(v) * 16 for v in by_parts.values())
        ver = [client.submit(verify_pairs, summaries[i]["ana"], summaries[j]["ana"], v, df_future, told)
               for (i, j), v in sorted(by_parts.items())]
        show(ver)
        pairs = [p for lst in client.gather(ver) for p in lst]
        fig["story_pairs"] = len(pairs)
        fig["t_pairs_s"] = round(time.time() - t, 2)

        # 5. stories: connected components (a component over --max-story articles is cut: see components)
        stories = sorted(components(pairs, SAME_STORY, a.max_story), key=lambda m: m[0])
        fig["max_story"] = a.max_story
        fig["stories"] = len(stories)
        fig["largest_story"] = max((len(m) for m in stories), default=0)

        # 6. per story: cross-referencing → bundle
        t = time.time()
        jobs = []
        for m in stories:
            held = sorted({bisect.bisect_right(firsts, x) - 1 for x in m})
            sid = story_id(m)
            jobs.append(client.submit(story_bundle, sid, m, [parts[i] for i in held], df_future, told, isnad,
                                      stories_dir, key=f"story-{sid}"))
        show(jobs)
        index = client.gather(jobs)
        fig["t_stories_s"] = round(time.time() - t, 2)
        index.sort(key=lambda s: (-s["articles"], s["story"]))
        write_whole(os.path.join(out, "index.json"),
                    json.dumps({"format": "isnad-archive-index", "version": 1, "articles": fig["articles"],
                                "stories": index}, ensure_ascii=False, indent=1).encode())
        fig["peak_rss_mb_per_worker"] = {w: round(v, 1) for w, v in client.run(peak_rss_mb).items()}
        fig["t_total_s"] = round(time.time() - t0, 2)
        write_whole(os.path.join(out, "run.json"), json.dumps(fig, indent=1).encode())
        print(f"archive: {fig['articles']} articles, {fig['stories']} stories (largest {fig['largest_story']}), "
              f"{fig['malformed_lines']} malformed lines skipped, {fig['t_total_s']} s → {out}", file=sys.stderr)
        return 0
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
