"""A full materialization over the seed corpus: concrete figures must reach the marts."""

import json

import duckdb
import pytest

from pipelines.cli import run_pipeline
from tests.conftest import SEED_RAW, copy_corpus

CONTRACT_FIELDS = ["source_file", "indicator_code", "indicator_label", "domain", "region", "partner", "period",
                   "measure", "value", "unit", "value_as_written", "evidence", "char_start", "char_end", "method"]


def test_parquet_files_and_manifest(seed_run):
    parquet = seed_run / "parquet"
    for model in ("fct_observations", "dim_indicator", "dim_region", "dim_source", "economy_indicators",
                  "trade_indicators", "logistics_indicators", "social_indicators"):
        assert (parquet / f"{model}.parquet").exists(), model
    manifest = json.loads((parquet / "manifest.json").read_text())
    rows = {m["model"]: m["rows"] for m in manifest["models"]}
    assert rows["fct_observations"] > 150
    cols = duckdb.sql(f"select * from read_parquet('{parquet / 'fct_observations.parquet'}') limit 0").columns
    assert set(CONTRACT_FIELDS) <= set(cols)


def test_xinjiang_gdp_2024_from_prose(query):
    rows = query("""select unit, period, measure, region from marts.economy_indicators
                    where indicator_code = 'gdp' and source_file like '001%' and abs(value - 2.05e12) < 1e3""")
    assert rows == [("CNY", "2024", "level", "Xinjiang")]


def test_secondary_industry_q1_2025_from_pipe_table(query):
    rows = query("""select value, unit, period, method, evidence from marts.economy_indicators
                    where indicator_code = 'value_added_secondary' and measure = 'level'""")
    assert len(rows) == 1
    value, unit, period, method, evidence = rows[0]
    assert value == pytest.approx(1878.48e8)
    assert (unit, period, method) == ("CNY", "2025-Q1", "table")
    assert "1,878.48" in evidence


def test_every_fact_shows_its_source_sentence(query):
    missing = query("select count(*) from marts.fct_observations where evidence is null or evidence = ''")[0][0]
    assert missing == 0
    titles = query("select count(*) from marts.trade_indicators where source_title is null")[0][0]
    assert titles == 0


def test_offsets_point_at_the_written_value(query):
    rows = query("select source_file, value_as_written, char_start, char_end from marts.fct_observations")
    for source_file, written, start, end in rows:
        text = (SEED_RAW / source_file).read_text(encoding="utf-8")
        assert text[start:end] == written


def test_malformed_rows_are_quarantined_with_reason(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bad_share.txt").write_text(
        "In 2024, general trade accounted for 140% of Xinjiang's total foreign trade.\n"
        "In 2023, Xinjiang's GDP reached 1.9 trillion yuan.\n", encoding="utf-8")
    (raw / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\xff")
    assert run_pipeline(raw, tmp_path / "out", quiet=True) == 0
    con = duckdb.connect(str(tmp_path / "out" / "caravan.duckdb"), read_only=True)
    try:
        quarantined = con.execute("select source_file, check_name, reason from marts.quarantine order by 1").fetchall()
        kept = con.execute("select value from marts.fct_observations where source_file = 'bad_share.txt'").fetchall()
    finally:
        con.close()
    assert any(s == "bad_share.txt" and c == "a percent share must lie within 0-100" for s, c, _ in quarantined), quarantined
    assert any(s == "binary.txt" and "binary" in r for s, _, r in quarantined)
    assert (1.9e12,) in kept


def test_second_run_changes_no_row_count(tmp_path):
    raw = copy_corpus(tmp_path / "raw", ["001_c38d91500dcf1cc8.txt", "004_dad7f34484a8232e.txt"])
    out = tmp_path / "out"

    def counts():
        con = duckdb.connect(str(out / "caravan.duckdb"), read_only=True)
        try:
            tables = con.execute("select table_schema, table_name from information_schema.tables "
                                 "where table_schema in ('staging', 'marts', 'review') order by 1, 2").fetchall()
            return {f"{s}.{t}": con.execute(f'select count(*) from "{s}"."{t}"').fetchone()[0] for s, t in tables}
        finally:
            con.close()

    assert run_pipeline(raw, out, quiet=True) == 0
    assert not (out / "tmp").exists()  # the stages' batch files go once their outputs are stored
    first = counts()
    assert run_pipeline(raw, out, quiet=True) == 0
    assert counts() == first
    (raw / "001_c38d91500dcf1cc8.txt").unlink()
    assert run_pipeline(raw, out, quiet=True) == 0
    after = counts()
    assert after["marts.dim_source"] == 1
    assert after["staging.observations"] < first["staging.observations"]


def test_unmapped_labels_are_listed_for_review(query):
    rows = query("select indicator_label, n, example_evidence from review.review_unmapped_labels")
    labels = {label: (n, evidence) for label, n, evidence in rows}
    assert labels["permissions"][0] == 3  # "20, 6, and 17 permissions": no catalog code, one label
    assert "permissions" in labels["permissions"][1]


def test_domain_marts_hold_only_their_domain(query):
    for domain in ("economy", "trade", "logistics", "social"):
        codes = {c for (c,) in query(f"select distinct indicator_code from marts.{domain}_indicators")}
        catalog = {c for (c,) in query("select indicator_code from marts.dim_indicator where domain = ?", [domain])}
        assert codes - {"other"} <= catalog, domain
