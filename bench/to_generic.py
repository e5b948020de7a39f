#!/usr/bin/env python3
"""Convert `docgen check --format json` output to the generic list that
../shared/bench/score.py reads: [{"file", "line", "column", "kind", "target"}]."""
import json
import sys

KINDS = {"missing-page", "missing-anchor", "missing-asset", "malformed-link", "undefined-reference"}

report = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
generic = [
    {"file": d["file"], "line": d["line"], "column": d["column"], "kind": d["code"], "target": d["target"]}
    for d in report["diagnostics"]
    if d["code"] in KINDS
]
json.dump(generic, sys.stdout, indent=1)
