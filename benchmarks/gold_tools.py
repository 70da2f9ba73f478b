"""Shared tools of the hand-made held-out gold sets (benchmarks/heldout*/): build a set's JSONL
files from its annotations, and check a built set.

    uv run python -m benchmarks.heldout3.build_gold      # a set's annotations -> its gold/*.jsonl
    uv run python -m benchmarks.gold_tools verify benchmarks/heldout3

An annotation is (anchor, value_as_written, indicator_code, region, partner, period, measure, value,
unit[, domain]); `anchor` occurs exactly once in the document and holds value_as_written (its first
occurrence inside the anchor is the annotated span). The domain defaults to the catalog's.
"""

from __future__ import annotations

import csv
import json
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# shorthands the annotations share
X, KZ, CN, CA = "Xinjiang", "Kazakhstan", "China", "Central Asia"
TJ, KG, UZ, TM = "Tajikistan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan"
B = 1e9
KEYS = ["source_file", "indicator_code", "domain", "region", "partner", "period", "measure", "value",
        "unit", "value_as_written", "char_start", "char_end"]
MEASURES = {"level", "growth_yoy", "growth_avg_annual", "growth_other", "share", "target"}
DOMAINS = {"economy", "trade", "logistics", "social"}


@cache
def catalog_domains() -> dict[str, str]:
    with (REPO / "dbt_project" / "seeds" / "indicator_catalog.csv").open(encoding="utf-8") as f:
        return {row["indicator_code"]: row["domain"] for row in csv.DictReader(f)}


@cache
def units() -> set[str]:
    with (REPO / "dbt_project" / "seeds" / "units.csv").open(encoding="utf-8") as f:
        return {row["unit"] for row in csv.DictReader(f)}


def build(docs: dict[str, list[tuple]], folder: Path) -> dict[str, int]:
    """Write folder/gold/<stem>.jsonl for each document's annotations; returns the rows per document."""
    counts = {}
    for stem, rows in docs.items():
        text = (folder / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
        out = sorted((_row(stem, text, r) for r in rows), key=lambda d: (d["char_start"], d["value"]))
        (folder / "gold" / f"{stem}.jsonl").write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), encoding="utf-8")
        counts[stem] = len(out)
    return counts


def _row(stem: str, text: str, r: tuple) -> dict:
    anchor, vaw, code, region, partner, period, measure, value, unit = r[:9]
    domain = r[9] if len(r) > 9 else catalog_domains()[code]
    assert text.count(anchor) == 1, (stem, anchor, text.count(anchor))
    assert vaw in anchor, (stem, anchor, vaw)
    start = text.index(anchor) + anchor.index(vaw)
    end = start + len(vaw)
    # the span must not sit inside a longer number ("7.0" inside "117.0")
    assert not (start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,")), (stem, vaw)
    assert not (end < len(text) and vaw[-1].isdigit() and text[end].isdigit()), (stem, vaw)
    assert code == "other" or domain == catalog_domains()[code], (stem, vaw, code, domain)
    value = float(f"{float(value):.12g}")  # drop float noise (134.8 * 1e9)
    return {"source_file": f"{stem}.txt", "indicator_code": code, "domain": domain, "region": region,
            "partner": partner, "period": period, "measure": measure, "value": int(value) if value == int(value) else value,
            "unit": unit, "value_as_written": vaw, "char_start": start, "char_end": end}


def level_and_growth(anchor: str, value: str, growth: str, code: str, region: str, period: str, unit: str,
                     scale: float, domain: str | None = None) -> list[tuple]:
    """A table row's two annotations: the value cell in the row's unit and scale, and its growth cell."""
    extra = (domain,) if domain else ()
    return [(anchor, value, code, region, None, period, "level", float(value.replace(",", "")) * scale, unit) + extra,
            (anchor, growth, code, region, None, period, "growth_yoy", float(growth), "percent") + extra]


def build_and_report(docs: dict[str, list[tuple]], folder: Path) -> None:
    counts = build(docs, folder)
    for stem, n in counts.items():
        print(f"{stem}: {n}")
    print("total:", sum(counts.values()))


def verify(folder: Path) -> int:
    """Rows whose span does not match the raw text or whose fields are malformed (printed); 0 is good."""
    bad = 0
    for g in sorted((folder / "gold").glob("*.jsonl")):
        text = (folder / "raw" / f"{g.stem}.txt").read_text(encoding="utf-8")
        rows = [json.loads(line) for line in g.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in rows:
            problems = [name for name, ok in (
                ("keys", list(r) == KEYS), ("source_file", r["source_file"] == f"{g.stem}.txt"),
                ("offsets", text[r["char_start"]:r["char_end"]] == r["value_as_written"]),
                ("enum", r["measure"] in MEASURES and r["domain"] in DOMAINS and r["unit"] in units()),
                ("value", isinstance(r["value"], (int, float)))) if not ok]
            if problems:
                bad += 1
                print(g.name, problems, r)
        print(f"{g.stem}: {len(rows)} rows, {len(text)} chars")
    print("OK" if not bad else f"{bad} bad rows")
    return bad


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "verify":
        raise SystemExit("usage: python -m benchmarks.gold_tools verify FOLDER")
    raise SystemExit(1 if verify(Path(sys.argv[2])) else 0)
