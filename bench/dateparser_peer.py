"""Runs Debian's python3-dateparser (search_dates) over a JSONL corpus
within a time budget and prints what it did as JSON.
Usage: python3 dateparser_peer.py corpus.jsonl SECONDS"""
import json
import sys
import time

from dateparser.search import search_dates

path, budget = sys.argv[1], float(sys.argv[2])
start = time.time()
docs = nbytes = items = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        found = search_dates(text, languages=["en"]) or []
        items += len(found)
        docs += 1
        nbytes += len(text.encode("utf-8"))
        if time.time() - start > budget:
            break
print(json.dumps({"docs": docs, "bytes": nbytes, "items": items, "seconds": time.time() - start}))
