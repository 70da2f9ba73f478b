"""Helpers for the prose tests: extract from a short text and compare the fields that matter."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract import extract_document


def extract(text: str, doc_date: date | None = None, title: str | None = None) -> list[dict]:
    return [o for o in extract_document(text, doc_date, title).observations if o["method"] == "prose"]


def facts(text: str, doc_date: date | None = None, fields=("value", "unit")) -> list[tuple]:
    """The observations of `text` as tuples of `fields`, values rounded to 6 significant digits."""
    out = []
    for o in extract(text, doc_date):
        out.append(tuple(float(f"{o[f]:.6g}") if f == "value" else o[f] for f in fields))
    return out


def one(text: str, doc_date: date | None = None) -> dict:
    found = extract(text, doc_date)
    assert len(found) == 1, found
    return found[0]


approx = pytest.approx
