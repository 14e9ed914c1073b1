#!/usr/bin/env python3
"""Turns articles of the 10kGNAD test split (../shared/data/news-de-10kgnad/test.csv: label;'text')
into JSON Lines that `lagebild bench`, `analyze --jsonl` and `ingest` read.

Usage: scripts/10kgnad-to-jsonl.py CSV N [LABEL ...] > out.jsonl
Takes the first N articles (in file order) whose label is one of LABELs (default: International,
Inland: the political sections). The corpus is CC BY-NC-SA 4.0: use the output for measurements,
do not bundle it."""
import csv
import json
import sys

if len(sys.argv) < 3:
    sys.exit(__doc__)
path, n = sys.argv[1], int(sys.argv[2])
labels = set(sys.argv[3:]) or {"International", "Inland"}
out = 0
with open(path, encoding="utf-8", newline="") as f:
    for row in csv.reader(f, delimiter=";", quotechar="'"):
        if out >= n:
            break
        if len(row) == 2 and row[0] in labels:
            # DER STANDARD 2015-2016; the rows carry no date of their own
            print(json.dumps({"id": f"10kgnad-{out}", "lang": "de", "text": row[1]}, ensure_ascii=False))
            out += 1
