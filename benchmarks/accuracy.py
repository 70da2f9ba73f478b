"""Accuracy of the extractor on the dev gold (benchmarks/gold, a copy of the team's gold set).

    uv run python -m benchmarks.accuracy                # extract raw/ now, then score
    uv run python -m benchmarks.accuracy --predictions warehouse/parquet/fct_observations.parquet
    uv run python -m benchmarks.accuracy --misses 40    # list misses and extras (full level)

Prints value_unit / quantity / typed / full F1, overall and per method (prose, table).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from benchmarks import score as scorer

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def predict(raw_dir: Path) -> list[dict]:
    from pipelines.extract import extract_corpus
    from pipelines.ingest import read_corpus

    documents, _, _ = read_corpus(raw_dir)
    observations, _, _ = extract_corpus(documents)
    return observations.to_dicts()


def score_rows(gold_dir: Path, rows: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pred.jsonl"
        path.write_text("\n".join(json.dumps(r, default=str) for r in rows), encoding="utf-8")
        return scorer.score(gold_dir, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    ap.add_argument("--raw-dir", type=Path, default=REPO / "raw")
    ap.add_argument("--predictions", type=Path, help="score this file instead of extracting now")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    rows = scorer.read_predictions(a.predictions) if a.predictions else predict(a.raw_dir)
    report = {"all": score_rows(a.gold, rows)}
    for method in ("prose", "table"):
        report[method] = _by_method(a.gold, a.raw_dir, rows, method)
    if a.json:
        print(json.dumps({k: {lvl: v[lvl]["f1"] for lvl in v} for k, v in report.items() if v}))
    else:
        for name, rep in report.items():
            if rep:
                print(f"{name:6s} " + "  ".join(f"{lvl}={r['f1']:.3f}" for lvl, r in rep.items())
                      + f"   ({rep['full']['gold']} gold, {rep['full']['predicted']} predicted)")
    if a.misses:
        keys = ("source_file", "indicator_code", "region", "partner", "period", "measure", "value", "unit", "value_as_written")
        print("\nmissed (full level):")
        for g in report["all"]["full"]["missed"][: a.misses]:
            print("  ", json.dumps({k: g.get(k) for k in keys}, default=str))
        print("\nextra (full level):")
        for p in report["all"]["full"]["extra"][: a.misses]:
            print("  ", json.dumps({k: p.get(k) for k in keys}, default=str))
    return 0


def _by_method(gold_dir: Path, raw_dir: Path, rows: list[dict], method: str) -> dict | None:
    """Score one method's rows against the gold rows that method should find: a gold row counts
    as a table row when its span lies inside a table line of the document."""
    from pipelines.extract.segment import split_blocks

    spans: dict[str, list[tuple[int, int]]] = {}
    for f in gold_dir.glob("*.jsonl"):
        text_path = raw_dir / f"{f.stem}.txt"
        if text_path.exists():
            _, tables = split_blocks(text_path.read_text(encoding="utf-8"))
            spans[f"{f.stem}.txt"] = [(t.lines[0].start, t.lines[-1].end) for t in tables]
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp)
        total = 0
        for f in gold_dir.glob("*.jsonl"):
            keep = []
            for line in f.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                g = json.loads(line)
                in_table = any(a <= g["char_start"] < b for a, b in spans.get(g["source_file"], []))
                if in_table == (method == "table"):
                    keep.append(line)
            total += len(keep)
            (sub / f.name).write_text("\n".join(keep), encoding="utf-8")
        if not total:
            return None
        return score_rows(sub, [r for r in rows if r.get("method") == method])


if __name__ == "__main__":
    sys.exit(main())
