"""Create a small DuckDB file with the `staging` tables the dbt project reads.

Usage:
    uv run python dbt_project/scripts/make_fixture_db.py /tmp/fixture.duckdb
    CARAVAN_DUCKDB_PATH=/tmp/fixture.duckdb uv run dbt build \
        --project-dir dbt_project --profiles-dir dbt_project

The rows are hand-written but realistic (see shared/spec/OBSERVATIONS.md):
prose and table observations, an `other` row, a place the places seed does
not list (Xi'an), a duplicate file and a quarantined file. The DDL mirrors
what the Python pipeline loads; keep the two in step.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb

DDL = """
create schema if not exists staging;

create or replace table staging.documents (
    doc_id varchar primary key,
    source_file varchar not null,
    source_names varchar[] not null,
    title varchar,
    doc_date date,
    publisher varchar,
    encoding varchar not null,
    n_chars integer not null,
    n_bytes bigint not null,
    main_region varchar,
    ingested_at timestamp not null,
    loaded_at timestamp  -- null: built since (see macros/incremental_documents.sql)
);

create or replace table staging.observations (
    obs_id varchar primary key,
    doc_id varchar not null,
    source_file varchar not null,
    indicator_code varchar not null,
    indicator_label varchar,
    domain varchar not null,
    region varchar not null,
    partner varchar,
    period varchar,
    measure varchar not null,
    value double not null,
    unit varchar not null,
    value_as_written varchar not null,
    qualifier varchar,
    evidence varchar not null,
    char_start integer not null,
    char_end integer not null,
    method varchar not null,
    table_id varchar
);

create or replace table staging.table_cells (
    cell_id varchar primary key,
    table_id varchar not null,
    doc_id varchar not null,
    source_file varchar not null,
    table_index integer not null,
    caption varchar,
    row_index integer not null,
    col_index integer not null,
    row_label varchar,
    col_label varchar,
    raw_text varchar not null,
    value double,
    unit varchar,
    char_start integer not null,
    char_end integer not null
);

create or replace table staging.quarantine (
    quarantine_id varchar primary key,
    doc_id varchar,
    source_file varchar not null,
    stage varchar not null,
    row_kind varchar not null,
    check_name varchar not null,
    reason varchar not null,
    payload varchar not null,
    quarantined_at timestamp not null
);

create or replace table staging.files_seen (
    source_file varchar not null,
    doc_id varchar,
    outcome varchar not null
);
"""


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


NOW = datetime(2025, 6, 1, 12, 0, 0)

# --- documents -------------------------------------------------------------

PROSE_TEXT = (
    "date 2025-03-07 Xinjiang's economy keeps growing\n"
    "In 2024, Xinjiang's GDP reached 2.05 trillion yuan, up 6.1 percent year on year. "
    "From 2015 to 2024 it grew at an average annual rate of 6.1 percent. "
    "In the first half of 2023, exports of the region reached 150.2 billion yuan. "
    "Foreign trade with Kazakhstan from January to September 2024 totalled 95.3 billion yuan. "
    "Daily turnover at Horgos exceeded 5 million yuan. "
    "In 2023, 4,800 China-Europe freight trains left Xi'an. "
    "The population of Xinjiang was 26.23 million in 2024. "
    "As of May 2025, the Xinjiang pilot FTZ had 1,200 enterprises. "
    "The plan is to run 2,000 trains by 2029 through Alashankou."
)
TABLE_TEXT = (
    "Table 1 Foreign trade of Xinjiang, first quarter of 2025 (100 million yuan)\n"
    "Item\tQ1 2025\tYoY (%)\n"
    "Total\t1,878.48\t7.2\n"
    "Exports\t1,502.10\t9.5\n"
)
DOC_PROSE = sha(PROSE_TEXT)
DOC_TABLE = sha(TABLE_TEXT)

DOCUMENTS = [
    (
        DOC_PROSE,
        "001_c38d91500dcf1cc8.txt",
        ["001_c38d91500dcf1cc8.txt", "005_c38d91500dcf1cc8_copy.txt"],
        "Xinjiang's economy keeps growing",
        date(2025, 3, 7),
        "China Daily",
        "utf-8",
        len(PROSE_TEXT),
        len(PROSE_TEXT.encode("utf-8")),
        "Xinjiang",
        NOW,
    ),
    (
        DOC_TABLE,
        "002_61acfb621b2d02f8.txt",
        ["002_61acfb621b2d02f8.txt"],
        None,  # no title: marts fall back to the file name
        None,
        None,
        "utf-8",
        len(TABLE_TEXT),
        len(TABLE_TEXT.encode("utf-8")),
        "Xinjiang",
        NOW,
    ),
]

FILES_SEEN = [
    ("001_c38d91500dcf1cc8.txt", DOC_PROSE, "document"),
    ("002_61acfb621b2d02f8.txt", DOC_TABLE, "document"),
    ("005_c38d91500dcf1cc8_copy.txt", DOC_PROSE, "duplicate"),
    ("006_binary.txt", None, "quarantined"),
]


# --- observations ----------------------------------------------------------


def span(text: str, needle: str, start_at: int = 0) -> tuple[int, int]:
    start = text.index(needle, start_at)
    return start, start + len(needle)


def sentence(text: str, needle: str) -> str:
    start = text.index(needle)
    dot = text.rfind(". ", 0, start)
    left = max(dot + 2 if dot != -1 else 0, text.rfind("\n", 0, start) + 1)
    right = text.find(". ", start)
    return text[left : right + 1 if right != -1 else len(text)].strip()


def prose(
    n: int,
    code: str,
    label: str | None,
    domain: str,
    region: str,
    partner: str | None,
    period: str | None,
    measure: str,
    value: float,
    unit: str,
    written: str,
    qualifier: str | None = None,
    after: str = "",
) -> tuple:
    start_at = PROSE_TEXT.index(after) if after else 0
    start, end = span(PROSE_TEXT, written, start_at)
    return (
        f"obs-{n:03d}",
        DOC_PROSE,
        "001_c38d91500dcf1cc8.txt",
        code,
        label,
        domain,
        region,
        partner,
        period,
        measure,
        value,
        unit,
        written,
        qualifier,
        sentence(PROSE_TEXT[start_at:], written),
        start,
        end,
        "prose",
        None,
    )


# one observation per line reads like the table it is
# fmt: off
OBSERVATIONS = [
    prose(1, "gdp", "GDP", "economy", "Xinjiang", None, "2024", "level", 2.05e12, "CNY", "2.05 trillion yuan"),
    prose(2, "gdp", "GDP", "economy", "Xinjiang", None, "2024", "growth_yoy", 6.1, "percent", "6.1 percent"),
    prose(
        3, "gdp", "grew", "economy", "Xinjiang", None, "2015/2024", "growth_avg_annual", 6.1, "percent",
        "6.1 percent", after="From 2015",
    ),
    prose(4, "exports", "exports", "trade", "Xinjiang", None, "2023-H1", "level", 1.502e11, "CNY", "150.2 billion yuan"),
    prose(
        5, "trade_total", "Foreign trade", "trade", "Xinjiang", "Kazakhstan", "2024-01/2024-09", "level",
        9.53e10, "CNY", "95.3 billion yuan",
    ),
    prose(
        6, "other", "daily turnover", "trade", "Horgos", None, None, "level", 5e6, "CNY", "5 million yuan",
        qualifier="over",
    ),
    prose(7, "freight_trains", "China-Europe freight trains", "logistics", "Xi'an", None, "2023", "level", 4800, "count", "4,800"),
    prose(8, "population", "population", "social", "Xinjiang", None, "2024", "level", 2.623e7, "count", "26.23 million"),
    prose(9, "enterprises", "enterprises", "economy", "Xinjiang Pilot FTZ", None, "2025-05", "level", 1200, "count", "1,200"),
    prose(10, "freight_trains", "trains", "logistics", "Alashankou", None, "2029", "target", 2000, "count", "2,000 trains"),
]
# fmt: on

# --- tables ----------------------------------------------------------------

TABLE_ID = f"{DOC_TABLE[:16]}-t0"
CAPTION = "Table 1 Foreign trade of Xinjiang, first quarter of 2025 (100 million yuan)"
TABLE_ROWS = [
    # row_index, row_label, [(col_index, col_label, raw_text, value, unit)]
    (1, "Total", [(1, "Q1 2025", "1,878.48", 1.87848e11, "CNY"), (2, "YoY (%)", "7.2", 7.2, "percent")]),
    (2, "Exports", [(1, "Q1 2025", "1,502.10", 1.5021e11, "CNY"), (2, "YoY (%)", "9.5", 9.5, "percent")]),
]

TABLE_CELLS = []
for row_index, row_label, cells in TABLE_ROWS:
    line_start = TABLE_TEXT.index(f"{row_label}\t")
    for col_index, col_label, raw, value, unit in cells:
        start, end = span(TABLE_TEXT, raw, line_start)
        TABLE_CELLS.append(
            (
                f"{TABLE_ID}-r{row_index}c{col_index}",
                TABLE_ID,
                DOC_TABLE,
                "002_61acfb621b2d02f8.txt",
                0,
                CAPTION,
                row_index,
                col_index,
                row_label,
                col_label,
                raw,
                value,
                unit,
                start,
                end,
            )
        )

TABLE_OBSERVATIONS = []
for n, (row_index, row_label, cells) in enumerate(TABLE_ROWS, start=11):
    code = {"Total": "trade_total", "Exports": "exports"}[row_label]
    evidence = TABLE_TEXT.splitlines()[row_index + 1]
    for col_index, _col_label, raw, value, unit in cells:
        cell = next(c for c in TABLE_CELLS if c[6] == row_index and c[7] == col_index)
        TABLE_OBSERVATIONS.append(
            (
                f"obs-{n:03d}-c{col_index}",
                DOC_TABLE,
                "002_61acfb621b2d02f8.txt",
                code,
                row_label,
                "trade",
                "Xinjiang",
                None,
                "2025-Q1",
                "level" if unit == "CNY" else "growth_yoy",
                value,
                unit,
                raw,  # the scale is in the caption: "(100 million yuan)"
                None,
                evidence,
                cell[13],
                cell[14],
                "table",
                TABLE_ID,
            )
        )

# --- quarantine ------------------------------------------------------------

QUARANTINE = [
    (
        "q-001",
        None,
        "006_binary.txt",
        "ingest",
        "file",
        "decodable_text",
        "bytes are not text in any supported encoding",
        json.dumps({"source_file": "006_binary.txt", "n_bytes": 9}),
        NOW,
    ),
    (
        "q-002",
        DOC_PROSE,
        "001_c38d91500dcf1cc8.txt",
        "validate",
        "observation",
        "growth_in_range",
        "growth_yoy of 612.0 percent is outside [-100, 500]",
        json.dumps({"indicator_code": "gdp", "measure": "growth_yoy", "value": 612.0, "period": "2024"}),
        NOW,
    ),
]


def main(path: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    con = duckdb.connect(str(target))
    try:
        con.execute(DDL)
        con.executemany("insert into staging.documents values (?,?,?,?,?,?,?,?,?,?,?,null)", DOCUMENTS)
        con.executemany(
            "insert into staging.observations values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            OBSERVATIONS + TABLE_OBSERVATIONS,
        )
        con.executemany("insert into staging.table_cells values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", TABLE_CELLS)
        con.executemany("insert into staging.quarantine values (?,?,?,?,?,?,?,?,?)", QUARANTINE)
        con.executemany("insert into staging.files_seen values (?,?,?)", FILES_SEEN)
        for table in ("documents", "observations", "table_cells", "quarantine", "files_seen"):
            (n,) = con.execute(f"select count(*) from staging.{table}").fetchone()
            print(f"staging.{table}: {n} rows")
    finally:
        con.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_fixture_db.py PATH.duckdb")
    main(sys.argv[1])
