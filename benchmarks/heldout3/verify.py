#!/usr/bin/env python3
"""Check the third held-out gold (heldout3): every row's span matches its raw text, fields are well-formed."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["source_file", "indicator_code", "domain", "region", "partner", "period", "measure", "value",
        "unit", "value_as_written", "char_start", "char_end"]
MEASURES = {"level", "growth_yoy", "growth_avg_annual", "growth_other", "share", "target"}
DOMAINS = {"economy", "trade", "logistics", "social"}
UNITS = {"CNY", "USD", "KZT", "TJS", "KGS", "UZS", "percent", "km", "kW", "t", "count", "count_per_day", "ha"}

bad = 0
for g in sorted((HERE / "gold").glob("*.jsonl")):
    text = (HERE / "raw" / f"{g.stem}.txt").read_text(encoding="utf-8")
    assert open(HERE / "raw" / f"{g.stem}.txt", encoding="utf-8").read() == text
    rows = [json.loads(line) for line in g.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        problems = []
        if list(r) != KEYS:
            problems.append("keys")
        if r["source_file"] != f"{g.stem}.txt":
            problems.append("source_file")
        if text[r["char_start"]:r["char_end"]] != r["value_as_written"]:
            problems.append("offsets")
        if r["measure"] not in MEASURES or r["domain"] not in DOMAINS or r["unit"] not in UNITS:
            problems.append("enum")
        if not isinstance(r["value"], (int, float)):
            problems.append("value")
        if problems:
            bad += 1
            print(g.name, problems, r)
    print(f"{g.stem}: {len(rows)} rows, {len(text)} chars")
print("OK" if not bad else f"{bad} bad rows")
sys.exit(1 if bad else 0)
