#!/usr/bin/env bash
# Installs the peers (npm packages and a Go module here in bench/, and
# Debian's python3-dateparser), builds the corpus and hearsay, and runs
# run.py. Usage: bench/run.sh [run.py flags]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${HEARSAY_SHARED:-$root/../shared}
mkdir -p "$here/out"
if ! /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-dateparser >/dev/null || echo "bench: python3-dateparser not installed" >&2
  else
    echo "bench: python3-dateparser missing (apt-get install python3-dateparser)" >&2
  fi
fi
(cd "$here/node" && npm install --no-audit --no-fund --silent)
(cd "$here/prose" && GOFLAGS=-mod=mod go build -o "$here/out/prose-peer" .)
(cd "$root" && go build -o "$here/out/hearsay" ./cmd/hearsay)
node "$here/node/corpus.js" "$shared/data" "$here/out/corpus.jsonl" "${HEARSAY_BENCH_MB:-20}" > "$here/out/corpus.tmp"
node "$here/node/corpus.js" "$shared/data" "$here/out/corpus-1mb.jsonl" 1 > /dev/null
python3 - "$here/out" <<'PY'
import json, sys, re
out = sys.argv[1]
info = json.load(open(out + "/corpus.tmp"))
words = 0
for line in open(out + "/corpus.jsonl", encoding="utf-8"):
    words += len(re.findall(r"\w+", json.loads(line)["text"]))
info["words"] = words
json.dump(info, open(out + "/corpus.json", "w"))
PY
python3 "$here/run.py" "$@"
