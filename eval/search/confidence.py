#!/usr/bin/env python3
"""How the search's confidence relates to being right, on our query sets.

usage: eval/search/confidence.py [--shared DIR]   (DIR default ../shared beside the repository; catalogs are only read)

Runs bin/korzina search on each set and counts, per band of the top result's confidence, how many
queries there are, how often the top result is relevant, and how many are no-answer queries
(for those, an empty answer counts as right).
"""
import argparse
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SETS = {"ru": "vkusvill_ru.csv", "en": "instacart_en.csv"}
BANDS = [(0.0, 0.3), (0.3, 0.6), (0.6, 1.01)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    a = ap.parse_args()
    for lang, catalog in SETS.items():
        with open(os.path.join(HERE, f"queries_{lang}.jsonl"), encoding="utf-8") as f:
            queries = [json.loads(line) for line in f if line.strip()]
        stdin = "".join(json.dumps({"id": q["id"], "query": q["query"]}, ensure_ascii=False) + "\n" for q in queries)
        run = subprocess.run([os.path.join(ROOT, "bin", "korzina"), "search", "--catalog",
                              os.path.join(a.shared, "data", "catalogs", catalog), "--top", "10"],
                             input=stdin.encode("utf-8"), capture_output=True, check=True)
        results = {}
        for line in run.stdout.decode("utf-8").splitlines():
            answer = json.loads(line)
            results[answer["id"]] = answer.get("results", [])
        bands = {}
        for q in queries:
            found, relevant = results.get(q["id"], []), set(q["relevant_ids"])
            right = (not found) if not relevant else bool(found and found[0]["id"] in relevant)
            band = "empty" if not found else next(f"{lo:.1f}-{min(hi, 1):.1f}" for lo, hi in BANDS
                                                  if lo <= found[0]["confidence"] < hi)
            counts = bands.setdefault(band, [0, 0, 0])
            counts[0] += 1
            counts[1] += right
            counts[2] += not relevant
        for band in sorted(bands):
            n, right, none = bands[band]
            print(f"[{lang}] confidence {band:8} n={n:4} top-1 right={right:4} ({right / n:.2f}) no-answer queries={none}")


if __name__ == "__main__":
    main()
