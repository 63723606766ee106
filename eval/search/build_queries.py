#!/usr/bin/env python3
"""Builds queries_<lang>.jsonl from the judgement specs in judgements_<lang>.tsv and a catalog.

usage: build_queries.py --lang ru --catalog /work/shared/data/catalogs/vkusvill_ru.csv [--show]

A spec line is   kind <TAB> query <TAB> regex   (regex empty for a no-answer query).
The regex is searched in each product name, lower-cased with ё as е; every product it
matches is relevant. The catalog is only read, never copied: its licence forbids that.
--show prints each query with its relevant names, for judging by eye.
"""
import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(text):
    return text.lower().replace("ё", "е")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("--catalog", required=True)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    with open(a.catalog, encoding="utf-8") as f:
        products = [(r["id"], r["name"]) for r in csv.DictReader(f)]
    out, problems = [], 0
    with open(os.path.join(HERE, f"judgements_{a.lang}.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"line {n}: expected kind<TAB>query<TAB>regex, got {parts}")
            kind, query, regex = parts
            ids = []
            if regex:
                rx = re.compile(regex)
                ids = [pid for pid, name in products if rx.search(norm(name))]
                if not ids:
                    print(f"line {n}: no product matches {regex!r} for {query!r}", file=sys.stderr)
                    problems += 1
                    continue
            out.append({"id": f"{a.lang}-{len(out) + 1:03d}", "query": query, "relevant_ids": ids, "kind": kind})
            if a.show:
                names = [name for pid, name in products if pid in set(ids)]
                print(f"{kind:10} {query!r:45} {len(ids):4}  {'; '.join(names[:4])}")
    with open(os.path.join(HERE, f"queries_{a.lang}.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"{len(out)} queries written, {problems} specs without a match", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
