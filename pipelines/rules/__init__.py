"""The extraction rules are data: YAML and CSV files in this folder (and the dbt seeds for
places and the indicator catalog), read once per process. An analyst extends a rule by
editing a file, not the code."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import yaml

RULES_DIR = Path(__file__).parent
SEEDS_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"


@cache
def load_rules() -> dict:
    """All YAML rule files, keyed by file stem (documents, numbers, units, periods, measures, ...)."""
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(RULES_DIR.glob("*.yaml"))}


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if any((v or "").strip() for v in row.values())]


@cache
def indicator_cues() -> list[dict]:
    return read_csv(RULES_DIR / "indicator_cues.csv")


@cache
def places() -> list[dict]:
    return read_csv(SEEDS_DIR / "places.csv")


@cache
def indicator_catalog() -> dict[str, dict]:
    return {row["indicator_code"]: row for row in read_csv(SEEDS_DIR / "indicator_catalog.csv")}


@cache
def currencies() -> frozenset[str]:
    """The currency codes of the units seed: an indicator measured in money takes any of them."""
    return frozenset(row["unit"] for row in read_csv(SEEDS_DIR / "units.csv") if row.get("kind") == "currency")
