#!/usr/bin/env python3
"""Measures hearsay side by side with the peers a user could pick instead.

Runs every tool on the same corpus in one run, alternating tools, for
several rounds, and prints a table (tool, what it extracts, MB/s, words/s,
peak RSS, hearsay/peer ratio) plus hearsay's own scaling on cores and its
memory on a 1 MB versus the full corpus. Writes out/results.json.

Usage: run.py [--rounds N] [--budget SECONDS] [--mb N]
(run.sh installs the peers and builds everything first)."""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")


def timed(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS MB, stdout text)."""
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=subprocess.PIPE if stdout is None else stdout,
                       stderr=subprocess.PIPE, text=True, check=False)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-2000:]}")
    last = r.stderr.strip().splitlines()[-1].split()
    return float(last[0]), int(last[1]) / 1024, (r.stdout or "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--budget", type=float, default=60, help="seconds a peer may take per round")
    ap.add_argument("--mb", type=float, default=20)
    a = ap.parse_args()
    corpus = os.path.join(OUT, "corpus.jsonl")
    small = os.path.join(OUT, "corpus-1mb.jsonl")
    info = json.load(open(os.path.join(OUT, "corpus.json")))
    total_bytes = info["bytes"]
    words_per_byte = info["words"] / info["bytes"]
    hearsay = os.path.join(OUT, "hearsay")
    node = ["node", os.path.join(HERE, "node", "peer.js")]
    tools = {
        "hearsay": ("people, orgs, places, works, coreference, quotes with speakers and sources, evidence grades, time expressions, events",
                    lambda: [hearsay, "analyze", "--format", "jsonl", "--workers", "1", corpus], None),
        "compromise": ("people, places, organisations, dates (compromise-dates), quotations", lambda: node + ["compromise", corpus, str(a.budget)], "json"),
        "wink-nlp": ("entities: dates, times, numbers, emails, hashtags… (lite web model; no people)", lambda: node + ["wink-nlp", corpus, str(a.budget)], "json"),
        "chrono-node": ("dates and times", lambda: node + ["chrono-node", corpus, str(a.budget)], "json"),
        "prose v2": ("tokens, part-of-speech tags, PERSON/GPE entities", lambda: [os.path.join(OUT, "prose-peer"), corpus, str(a.budget)], "json"),
        "python3-dateparser": ("dates (search_dates)", lambda: ["/usr/bin/python3", os.path.join(HERE, "dateparser_peer.py"), corpus, str(a.budget)], "json"),
    }
    res = {t: {"mbps": [], "rss": [], "bytes": []} for t in tools}
    for rnd in range(a.rounds):
        order = list(tools)
        order = order[rnd % len(order):] + order[:rnd % len(order)]  # alternate who goes first
        for t in order:
            what, cmd, kind = tools[t]
            try:
                wall, rss, out = timed(cmd(), stdout=None if kind else subprocess.DEVNULL)
            except (RuntimeError, FileNotFoundError) as e:
                print(f"  {t}: {e}", file=sys.stderr)
                continue
            nbytes = json.loads(out.strip().splitlines()[-1])["bytes"] if kind else total_bytes
            res[t]["mbps"].append(nbytes / 1e6 / wall)
            res[t]["rss"].append(rss)
            res[t]["bytes"].append(nbytes)
            print(f"round {rnd + 1}: {t:20s} {nbytes / 1e6:6.1f} MB in {wall:6.1f}s = {nbytes / 1e6 / wall:7.3f} MB/s, peak RSS {rss:6.0f} MB", file=sys.stderr)
    # hearsay on 1 and 2 cores, and memory on 1 MB vs the whole corpus
    # one pair of runs is at the mercy of the machine's noise: alternate
    # 1- and 2-worker runs for every round and take the median of each
    w1s, w2s = [], []
    for _ in range(max(3, a.rounds)):
        w1s.append(timed([hearsay, "analyze", "--format", "jsonl", "--workers", "1", corpus])[0])
        w2s.append(timed([hearsay, "analyze", "--format", "jsonl", "--workers", "2", corpus])[0])
    w1, w2 = statistics.median(w1s), statistics.median(w2s)
    _, rss_small, _ = timed([hearsay, "analyze", "--format", "jsonl", small])
    _, rss_big, _ = timed([hearsay, "analyze", "--format", "jsonl", corpus])
    h = statistics.median(res["hearsay"]["mbps"]) if res["hearsay"]["mbps"] else 0
    rows = []
    for t, (what, _, _) in tools.items():
        r = res[t]
        if not r["mbps"]:
            rows.append({"tool": t, "extracts": what, "error": "did not run"})
            continue
        m = statistics.median(r["mbps"])
        rows.append({"tool": t, "extracts": what, "mb_per_s": round(m, 3), "words_per_s": round(m * 1e6 * words_per_byte),
                     "peak_rss_mb": round(max(r["rss"])), "mb_processed": round(statistics.median(r["bytes"]) / 1e6, 2),
                     "hearsay_over_peer": round(h / m, 2) if m else None})
    result = {"corpus": info, "rounds": a.rounds, "budget_s": a.budget, "tools": rows,
              "hearsay_scaling": {"workers1_s": w1, "workers2_s": w2, "speedup": round(w1 / w2, 2)},
              "hearsay_memory": {"rss_1mb_mb": round(rss_small), "rss_full_mb": round(rss_big), "ratio": round(rss_big / rss_small, 2)}}
    json.dump(result, open(os.path.join(OUT, "results.json"), "w"), indent=2)
    print(f"corpus: {info['articles']} articles, {info['bytes'] / 1e6:.1f} MB, {info['words']} words "
          f"({info['distinct_articles']} distinct articles, {info['distinct_bytes'] / 1e6:.2f} MB, repeated)")
    print(f"{'tool':20s} {'MB/s':>8s} {'words/s':>10s} {'peak RSS':>9s} {'MB run':>7s} {'hearsay/peer':>12s}  extracts")
    for r in rows:
        if "error" in r:
            print(f"{r['tool']:20s} {'-':>8s} {'-':>10s} {'-':>9s} {'-':>7s} {'-':>12s}  {r['extracts']} ({r['error']})")
            continue
        print(f"{r['tool']:20s} {r['mb_per_s']:8.3f} {r['words_per_s']:10d} {r['peak_rss_mb']:7d}MB {r['mb_processed']:7.2f} "
              f"{r['hearsay_over_peer'] or 0:11.2f}x  {r['extracts']}")
    s = result["hearsay_scaling"]
    m = result["hearsay_memory"]
    print(f"hearsay on 2 cores vs 1: {s['workers1_s']:.1f}s / {s['workers2_s']:.1f}s = {s['speedup']}x")
    print(f"hearsay peak RSS, JSONL streaming: 1 MB {m['rss_1mb_mb']} MB, {info['bytes'] / 1e6:.0f} MB {m['rss_full_mb']} MB ({m['ratio']}x)")


if __name__ == "__main__":
    main()
