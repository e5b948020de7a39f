#!/usr/bin/env python3
"""Stricter than score.py: every planted defect of expected.json must be
reported by `docgen check --format json` with the same file, line, column and
code, and nothing else may be reported. Usage: exact_positions.py CORPUS REPORT.json"""
import json
import sys

corpus, report_path = sys.argv[1], sys.argv[2]
expected = {(d["file"], d["line"], d["column"], d["kind"]) for d in json.load(open(f"{corpus}/expected.json"))["defects"]}
reported = {
    (d["file"], d["line"], d["column"], d["code"])
    for d in json.load(open(report_path))["diagnostics"]
    if d["severity"] == "error"
}
missed, extra = sorted(expected - reported), sorted(reported - expected)
for item in missed[:20]:
    print("missed", *item)
for item in extra[:20]:
    print("extra ", *item)
print(f"expected={len(expected)} reported={len(reported)} missed={len(missed)} extra={len(extra)}")
sys.exit(1 if missed or extra else 0)
