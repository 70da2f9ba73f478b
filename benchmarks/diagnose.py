"""Which field is wrong, for each gold row whose value/unit was found: a dev tool.

    uv run python -m benchmarks.diagnose [--field region]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from benchmarks.accuracy import HERE, REPO, predict
from benchmarks.score import same_value

FIELDS = ("period", "measure", "domain", "indicator_code", "region")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--field", choices=FIELDS)
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    ap.add_argument("--raw-dir", type=Path, default=REPO / "raw")
    a = ap.parse_args()
    preds = predict(a.raw_dir)
    wrong = Counter()
    for f in sorted(a.gold.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            cands = [p for p in preds if p["source_file"] == g["source_file"] and p["unit"] == g["unit"]
                     and same_value(p["value"], g["value"])]
            if not cands:
                continue
            best = min(cands, key=lambda p: abs(p["char_start"] - g["char_start"]))
            bad = [k for k in FIELDS if str(best.get(k) or "").lower() != str(g.get(k) or "").lower()]
            wrong.update(bad)
            if a.field in bad:
                print(f"{g['source_file'][:3]} {g['value_as_written'][:35]:35s} gold={g[a.field]!s:22s} got={best[a.field]!s:22s} | {best['evidence'][:150]}")
    print(dict(wrong))


if __name__ == "__main__":
    main()
