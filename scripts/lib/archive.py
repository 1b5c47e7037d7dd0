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
     df) and its LSH keys (the signature's terms, or --minhash B MinHash values of it); the keys are
     shuffled into --buckets buckets by hash (a map/reduce: never all pairs, numpy arrays), and
     articles sharing a key (at most COMMON of them) are candidates; a candidate pair is one story
     when the cosine of the articles' vectors reaches SAME_STORY (0.15, xref::Options::same_story);
  5. stories: connected components of those pairs on the driver (a pair is two integers and a
     cosine), a component of more than --max-story articles cut again at higher cosines
     (dense_stories: the single-process tool's rule, stories.cpp);
  6. per story (two articles or more): `isnad xref --jsonl --df` on its articles, with the df of its
     terms → its bundle file.

Tasks are pure functions of their inputs that write their files whole (temp + rename): when a worker
dies, Dask runs its tasks again elsewhere and the output is the same.

The files live on a file system every worker sees (the output folder's work folder): a local disk for a LocalCluster, a shared
one (NFS, Lustre, a mounted bucket) for a real cluster.
"""
import argparse, gzip, hashlib, json, math, os, struct, subprocess, sys, time
from collections import Counter, defaultdict

SIGNATURE = 32      # an article's weightiest terms (xref::Options::story_signature)
SAME_STORY = 0.15   # xref::Options::same_story
COMMON = 256        # a key shared by more articles is no evidence (xref::Options::story_common)
CANDIDATES = 16     # an article's best candidates in a bucket (xref::Options::story_candidates)
MAX_STORY = 200     # a story of more articles is cut at higher cosines (xref::Options::max_story)
STORY_STEP = 0.05   # by this much a round (xref::Options::story_step)


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


def _key(raw):
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little") >> 1   # fits an int64


def signatures(ana, df, told, buckets, minhash=0):
    """Map side of the shuffle: per bucket, three arrays (key, line, weight), one record a key of an
    article. The keys are the signature's terms themselves (stories.cpp's candidates: articles sharing
    one of their weightiest terms), hashed to 63 bits and into buckets; with --minhash B, B MinHash
    values of the signature instead."""
    import numpy as np
    keys, lines, ws = [], [], []
    with open(ana, encoding="utf-8") as f:
        for raw in f:
            j = json.loads(raw)
            w = [(t, (1 + math.log(n)) * math.log(1 + told / df[t])) for t, n in j["terms"].items() if df.get(t)]
            if not w:
                continue
            w.sort(key=lambda x: (-x[1], x[0]))
            sig = w[:SIGNATURE]
            if minhash:
                for b in range(minhash):
                    keys.append(_key(struct.pack("<QQ", b, min(_h(t, b) for t, _ in sig))))
                    lines.append(j["line"])
                    ws.append(1.0)
            else:
                for t, x in sig:
                    keys.append(_key(t.encode()))
                    lines.append(j["line"])
                    ws.append(x)
    k, l, x = np.array(keys, np.int64), np.array(lines, np.int64), np.array(ws, np.float64)
    b = k % buckets
    return [(k[b == r], l[b == r], x[b == r]) for r in range(buckets)]


def pick(parts, i):
    return parts[i]


def _sum_by_code(code, d):
    import numpy as np
    u, inv = np.unique(code, return_inverse=True)
    return u, np.bincount(inv, weights=d, minlength=len(u))


def candidate_pairs(*bucket_lists, chunk=4_000_000):
    """Reduce side of the shuffle: pairs of articles sharing a key (one shared by at most COMMON),
    ranked by the dot product of their signatures over this bucket's keys; each article keeps its
    CANDIDATES best (stories.cpp's kCandidates, there over all keys at once). Returns the pairs as
    sorted int64 codes (x << 32 | y, x < y). Vectorised: the keys' members are grouped by sorting,
    the pairs of all keys of m members made at once (at most `chunk` pair records at a time, so
    memory stays bounded whatever the bucket's size)."""
    import numpy as np
    k = np.concatenate([b[0] for b in bucket_lists]) if bucket_lists else np.zeros(0, np.int64)
    l = np.concatenate([b[1] for b in bucket_lists]) if bucket_lists else np.zeros(0, np.int64)
    x = np.concatenate([b[2] for b in bucket_lists]) if bucket_lists else np.zeros(0)
    order = np.lexsort((l, k))
    k, l, x = k[order], l[order], x[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]]) if len(k) else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[starts, len(k)])
    partial_codes, partial_sums = [], []
    for m in np.unique(sizes):
        if m < 2 or m > COMMON:
            continue
        iu, ju = np.triu_indices(m, 1)
        group = starts[sizes == m]
        step = max(1, chunk // len(iu))
        for g0 in range(0, len(group), step):
            idx = group[g0:g0 + step, None] + np.arange(m)
            p, q = l[idx[:, iu]].ravel(), l[idx[:, ju]].ravel()
            d = (x[idx[:, iu]] * x[idx[:, ju]]).ravel()
            keep = p != q
            lo, hi = np.minimum(p, q)[keep], np.maximum(p, q)[keep]
            u, sm = _sum_by_code((lo << 32) | hi, d[keep])
            partial_codes.append(u)
            partial_sums.append(sm)
            if sum(len(c) for c in partial_codes) > chunk:
                u, sm = _sum_by_code(np.concatenate(partial_codes), np.concatenate(partial_sums))
                partial_codes, partial_sums = [u], [sm]
    if not partial_codes:
        return np.zeros(0, np.int64)
    code, dot = _sum_by_code(np.concatenate(partial_codes), np.concatenate(partial_sums))
    p, q = code >> 32, code & 0xFFFFFFFF
    a, b, d = np.r_[p, q], np.r_[q, p], np.r_[dot, dot]
    order = np.lexsort((b, -d, a))          # each article's candidates, best first (ties: lower line)
    a, b = a[order], b[order]
    first = np.flatnonzero(np.r_[True, a[1:] != a[:-1]])
    rank = np.arange(len(a)) - np.repeat(first, np.diff(np.r_[first, len(a)]))
    a, b = a[rank < CANDIDATES], b[rank < CANDIDATES]
    return np.unique((np.minimum(a, b) << 32) | np.maximum(a, b))


# Per worker: the last partitions' vectors (a partition meets every other in verify_pairs; 16 of 2,000
# articles as sparse rows are ~80 MB) and the terms' columns in them.
_VECTORS, VECTORS_KEPT = {}, 16
_TERM_IDS = {}


def vectors(ana, df, told):
    if ana not in _VECTORS:
        if len(_VECTORS) >= VECTORS_KEPT:
            _VECTORS.pop(next(iter(_VECTORS)))
        _VECTORS[ana] = _vectors(ana, df, told)
    return _VECTORS[ana]


def _vectors(ana, df, told):
    """A partition's article vectors (tf-idf with the global df, as stories.cpp), L2-normalised rows
    of a sparse matrix, and its input line → row."""
    import numpy as np
    from scipy.sparse import csr_matrix
    rows, cols, vals, line_row = [], [], [], {}
    with open(ana, encoding="utf-8") as f:
        for raw in f:
            j = json.loads(raw)
            r = line_row.setdefault(j["line"], len(line_row))
            v = [(_TERM_IDS.setdefault(t, len(_TERM_IDS)), (1 + math.log(n)) * math.log(1 + told / df[t]))
                 for t, n in j["terms"].items() if df.get(t)]
            norm = math.sqrt(sum(x * x for _, x in v)) + 1e-12
            for c, x in v:
                rows.append(r)
                cols.append(c)
                vals.append(x / norm)
    m = csr_matrix((np.array(vals), (np.array(rows, np.int64), np.array(cols, np.int64))), shape=(len(line_row), 1 << 31))
    return m, line_row


def verify_pairs(ana_a, ana_b, codes, df, told):
    """A join of candidate pairs (codes x << 32 | y) with the two partitions holding their articles: a
    pair is one story when the cosine of the articles' whole vectors reaches SAME_STORY (stories.cpp's
    one_story). Returns (x, y, cosine) arrays."""
    import numpy as np
    ma, ra = vectors(ana_a, df, told)
    mb, rb = vectors(ana_b, df, told) if ana_b != ana_a else (ma, ra)
    x, y = codes >> 32, codes & 0xFFFFFFFF
    ix = np.array([ra[v] for v in x.tolist()], np.int64)
    iy = np.array([rb[v] for v in y.tolist()], np.int64)
    cos = np.asarray(ma[ix].multiply(mb[iy]).sum(axis=1)).ravel()
    keep = cos >= SAME_STORY
    return x[keep], y[keep], cos[keep]


# ---- 6. per story (worker) ----
BATCH_ARTICLES = 2000   # articles of the stories one bundle task cross-references, one after another


def route_partition(index, part, batch_of, work):
    """One pass over a partition: each article of a story goes to its batch's files (the raw input line,
    and its terms for the story's df), so that a batch task reads only its own articles. batch_of:
    input line → batch, for this partition's lines. Returns {batch: (lines file, terms file)}."""
    path, first = part
    raw_by_batch, terms_by_batch = defaultdict(list), defaultdict(list)
    with open(path, "rb") as f:
        for k, raw in enumerate(f):
            b = batch_of.get(first + k)
            if b is not None:
                raw_by_batch[b].append(b"%d\t" % (first + k) + raw)
    with open(path.replace("part-", "ana-"), encoding="utf-8") as f:
        for raw in f:
            j = json.loads(raw)
            b = batch_of.get(j["line"])
            if b is not None:
                terms_by_batch[b].append(json.dumps({"line": j["line"], "terms": list(j["terms"])}, ensure_ascii=False))
    out = {}
    for b, rows in raw_by_batch.items():
        lp = os.path.join(work, f"route-b{b:05d}-p{index:05d}.lines")
        tp = os.path.join(work, f"route-b{b:05d}-p{index:05d}.terms")
        write_whole(lp, b"".join(rows))
        write_whole(tp, ("\n".join(terms_by_batch[b]) + "\n").encode())
        out[b] = (lp, tp)
    return out


def story_batch(batch, stories, df, told, isnad, out_dir, *routes):
    """The bundles of a batch of stories [(story id, its input lines)]: each story's articles and the
    df of their terms through `isnad xref --jsonl --df` → stories/<id>.json; returns their index entries."""
    raw, terms = {}, {}
    for r in routes:
        if batch not in r:
            continue
        lp, tp = r[batch]
        with open(lp, "rb") as f:
            for row in f:
                n, _, rest = row.partition(b"\t")
                raw[int(n)] = rest
        with open(tp, encoding="utf-8") as f:
            for row in f:
                j = json.loads(row)
                terms[j["line"]] = j["terms"]
    return [story_bundle(sid, [raw[m] for m in members], {t for m in members for t in terms.get(m, ())}, df, told,
                         isnad, out_dir) for sid, members in stories]


def story_bundle(sid, lines, terms, df, told, isnad, out_dir):
    """lines: the story's input lines, in input order; terms: their terms."""
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


def dense_stories(x, y, cos, threshold=None, max_story=None, step=None):
    """The stories of the story pairs (x, y, cosine): connected components, and a component of more
    than max_story articles cut again with its pairs at threshold + step, + 2 step, ... until every
    part fits (cosine 1 ends the cuts) — stories.cpp's dense_stories, the same rule as the
    single-process tool. Returns the stories of two articles or more, each a sorted list of lines."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    threshold = SAME_STORY if threshold is None else threshold
    max_story = MAX_STORY if max_story is None else max_story
    step = STORY_STEP if step is None else step
    nodes, inv = np.unique(np.r_[x, y], return_inverse=True)
    a, b = inv[:len(x)], inv[len(x):]
    n = len(nodes)
    part = np.zeros(n, np.int64)            # the group an article is in this round
    settled = np.zeros(n, bool)
    out = []
    level = 0
    while True:
        t = threshold + level * step
        keep = (cos >= t) & ~settled[a] & (part[a] == part[b])
        g = coo_matrix((np.ones(keep.sum()), (a[keep], b[keep])), shape=(n, n))
        _, label = connected_components(g, directed=False)
        label = np.where(settled, -1, label)
        size = np.bincount(label[label >= 0], minlength=n)
        big = (~settled) & (size[np.maximum(label, 0)] > max_story) if max_story and t < 1 else np.zeros(n, bool)
        done = (~settled) & ~big
        order = np.argsort(label[done], kind="stable")
        members, lab = np.flatnonzero(done)[order], label[done][order]
        for grp in np.split(members, np.flatnonzero(np.diff(lab)) + 1):
            if len(grp) >= 2:
                out.append(sorted(nodes[grp].tolist()))
        settled |= done
        if not big.any():
            return out
        part = np.where(big, label, -1)
        level += 1


def story_id(members):
    return hashlib.blake2b(",".join(map(str, sorted(members))).encode(), digest_size=8).hexdigest()


def peak_rss_mb(part=None):
    """A worker's peak RSS and its largest subprocess's (an isnad run), MB: their sum, or part "self" /
    "children". An upper bound, loose: a forked child's ru_maxrss starts at its parent's RSS at the fork,
    so "children" is at least the worker's RSS then (the isnad runs themselves peak at ~30 MB)."""
    import resource
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": own, "children": child}.get(part, own + child)


def cpu_s():
    import resource
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


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
    ap.add_argument("--max-story", type=int, default=MAX_STORY,
                    help=f"cut a story of more articles by raising its cosine threshold (default {MAX_STORY}, "
                         "as the single-process tool; 0: never)")
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
    fig["load_start"] = round(os.getloadavg()[0], 1)   # the machine's load (the figures are shared-machine upper bounds)

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
        import numpy as np
        nb = a.buckets or min(64, max(1, len(parts)))
        maps = [client.submit(signatures, s["ana"], df_future, told, nb, a.minhash) for s in summaries]
        pieces = [[client.submit(pick, m, r) for r in range(nb)] for m in maps]
        sizes = [client.submit(shuffle_bytes, p) for row in pieces for p in row]
        reds = [client.submit(candidate_pairs, *[pieces[m][r] for m in range(len(maps))]) for r in range(nb)]
        show(reds)
        # The driver holds the candidate pairs as int64 codes (8 bytes a pair), no Python objects.
        candidates = np.unique(np.concatenate([np.zeros(0, np.int64)] + client.gather(reds)))
        del pieces, maps, reds
        fig["shuffle_bytes"] = sum(client.gather(sizes))
        fig["candidate_pairs"] = len(candidates)
        # verification: candidate pairs joined with the partitions of their two articles
        firsts = np.array([p[1] for p in parts], np.int64)
        pi = np.searchsorted(firsts, candidates >> 32, "right") - 1
        pj = np.searchsorted(firsts, candidates & 0xFFFFFFFF, "right") - 1
        order = np.lexsort((pj, pi))
        candidates, pi, pj = candidates[order], pi[order], pj[order]
        cut = np.flatnonzero(np.r_[True, (pi[1:] != pi[:-1]) | (pj[1:] != pj[:-1])])
        fig["shuffle_bytes"] += int(candidates.nbytes)
        ver = [client.submit(verify_pairs, summaries[pi[b]]["ana"], summaries[pj[b]]["ana"], chunk, df_future, told)
               for b, chunk in zip(cut, np.split(candidates, cut[1:]))]
        del candidates
        show(ver)
        got = client.gather(ver)
        x = np.concatenate([np.zeros(0, np.int64)] + [g[0] for g in got])
        y = np.concatenate([np.zeros(0, np.int64)] + [g[1] for g in got])
        cos = np.concatenate([np.zeros(0)] + [g[2] for g in got])
        fig["story_pairs"] = len(x)
        fig["t_pairs_s"] = round(time.time() - t, 2)

        # 5. stories: connected components, a component of more than --max-story articles cut at
        # higher cosines (dense_stories, as the single-process tool)
        t = time.time()
        stories = sorted(dense_stories(x, y, cos, max_story=a.max_story), key=lambda m: m[0])
        fig["max_story"] = a.max_story
        fig["stories"] = len(stories)
        fig["largest_story"] = max((len(m) for m in stories), default=0)
        fig["articles_in_stories"] = sum(len(m) for m in stories)
        fig["t_components_s"] = round(time.time() - t, 2)

        # 6. per story: cross-referencing → bundle. Stories go in batches of about BATCH_ARTICLES
        # articles; one pass over each partition routes its story articles to their batch's files
        # (a file shuffle), then one task a batch runs the tool story by story.
        t = time.time()
        batches, size = [[]], 0
        for m in stories:
            if size and size + len(m) > BATCH_ARTICLES:
                batches.append([])
                size = 0
            batches[-1].append((story_id(m), m))
            size += len(m)
        batch_of = [dict() for _ in parts]
        for b, group in enumerate(batches):
            for _, m in group:
                for x, i in zip(m, (np.searchsorted(firsts, m, "right") - 1).tolist()):
                    batch_of[i][x] = b
        routes = [client.submit(route_partition, i, p, batch_of[i], work, key=f"route-{i}") for i, p in enumerate(parts)]
        jobs = [client.submit(story_batch, b, group, df_future, told, isnad, stories_dir, *routes, key=f"stories-{b}")
                for b, group in enumerate(batches) if group]
        show(jobs)
        index = [e for lst in client.gather(jobs) for e in lst]
        fig["story_batches"] = len(jobs)
        fig["t_stories_s"] = round(time.time() - t, 2)
        index.sort(key=lambda s: (-s["articles"], s["story"]))
        write_whole(os.path.join(out, "index.json"),
                    json.dumps({"format": "isnad-archive-index", "version": 1, "articles": fig["articles"],
                                "stories": index}, ensure_ascii=False, indent=1).encode())
        fig["peak_rss_mb_per_worker"] = {w: round(v, 1) for w, v in client.run(peak_rss_mb).items()}
        fig["peak_rss_mb_worker_alone"] = {w: round(v, 1) for w, v in client.run(peak_rss_mb, "self").items()}
        fig["peak_rss_mb_largest_isnad"] = {w: round(v, 1) for w, v in client.run(peak_rss_mb, "children").items()}
        fig["cpu_s_per_worker"] = {w: round(v, 1) for w, v in client.run(cpu_s).items()}   # with their subprocesses
        import resource
        fig["driver_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        fig["load_end"] = round(os.getloadavg()[0], 1)
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
