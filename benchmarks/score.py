#!/usr/bin/env python3
# Vendored copy of the team's dev-set scorer (shared/eval/score.py), so a clone can score without ../shared.
"""Score extracted observations against a gold set (see ../spec/OBSERVATIONS.md).

usage: score.py GOLD_DIR PREDICTIONS [--json] [--misses N]

GOLD_DIR holds one <document stem>.jsonl per document. PREDICTIONS is a
.parquet, .csv or .jsonl file (or a folder of .parquet files) with at least
source_file, value, unit, period; measure, domain, indicator_code, region
score the stricter levels. Only documents that have a gold file are scored.

Four levels, each a one-to-one match within a document:
  value_unit value (0.5% relative tolerance) and unit
  quantity   value_unit + period (a null period must be predicted as null)
  typed      quantity + measure + domain
  full       typed + indicator_code + region
"""
import csv
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

LEVELS = {
    "value_unit": None,  # value and unit only: comparable with quantity extractors that know no period
    "quantity": (),
    "typed": ("measure", "domain"),
    "full": ("measure", "domain", "indicator_code", "region"),
}


def read_predictions(path: Path) -> list[dict]:
    if path.is_dir() or path.suffix == ".parquet":
        import duckdb  # only needed for Parquet

        pattern = str(path / "**" / "*.parquet") if path.is_dir() else str(path)
        rel = duckdb.sql(f"select * from read_parquet('{pattern}', union_by_name=true)")
        cols = rel.columns
        return [dict(zip(cols, row)) for row in rel.fetchall()]
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def norm(v):
    if v is None:
        return None
    s = str(v).strip()
    return s.lower() if s and s.lower() not in ("none", "null", "nan") else None


def as_float(v):
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def same_value(a: float, b: float) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(abs(b) * 0.005, 1e-9)


def matches(gold: dict, pred: dict, fields) -> bool:
    if norm(gold.get("unit")) != norm(pred.get("unit")):
        return False
    if not same_value(as_float(pred.get("value")), as_float(gold.get("value"))):
        return False
    if fields is None:
        return True
    if norm(gold.get("period")) != norm(pred.get("period")):
        return False
    return all(norm(gold.get(f)) == norm(pred.get(f)) for f in fields)


def match_doc(golds, preds, fields):
    used = [False] * len(preds)
    missed = []
    for g in golds:
        for i, p in enumerate(preds):
            if not used[i] and matches(g, p, fields):
                used[i] = True
                break
        else:
            missed.append(g)
    extra = [p for i, p in enumerate(preds) if not used[i]]
    return len(golds) - len(missed), missed, extra


def score(gold_dir: Path, pred_path: Path):
    gold = defaultdict(list)
    for f in sorted(gold_dir.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[g["source_file"]].append(g)
    preds = defaultdict(list)
    for p in read_predictions(pred_path):
        name = Path(str(p.get("source_file", ""))).name
        if name in gold:
            preds[name].append(p)
    report = {}
    for level, fields in LEVELS.items():
        tp = n_gold = n_pred = 0
        missed, extra = [], []
        for doc, golds in gold.items():
            m, miss, ext = match_doc(golds, preds.get(doc, []), fields)
            tp += m
            n_gold += len(golds)
            n_pred += len(preds.get(doc, []))
            missed += miss
            extra += ext
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        report[level] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                         "matched": tp, "gold": n_gold, "predicted": n_pred,
                         "missed": missed, "extra": extra}
    return report


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("predictions", type=Path)
    ap.add_argument("--json", action="store_true", help="one JSON line of figures")
    ap.add_argument("--misses", type=int, default=0, help="list N misses and N extras (full level)")
    a = ap.parse_args(argv)
    report = score(a.gold_dir, a.predictions)
    if a.json:
        print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk not in ("missed", "extra")}
                          for k, v in report.items()}))
    else:
        for level, r in report.items():
            print(f"{level:9s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                  f"({r['matched']} of {r['gold']} gold, {r['predicted']} predicted)")
    keys = ("source_file", "indicator_code", "region", "period", "measure", "value", "unit", "value_as_written")
    if a.misses:
        print("\nmissed (full level):")
        for g in report["full"]["missed"][: a.misses]:
            print("  ", json.dumps({k: g.get(k) for k in keys}, default=str))
        print("\nextra (full level):")
        for p in report["full"]["extra"][: a.misses]:
            print("  ", json.dumps({k: p.get(k) for k in keys}, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
