"""Nothing lost, nothing doubled: hostile files, bad values, re-runs, edits, deletions, a second writer.

Every file under the raw folder ends in exactly one place: a document of dim_source (listed in its
source_names) or the quarantine, with a reason a person understands. The full-run tests share one
corpus and one sequence of runs (the `hostile` fixture) to stay fast.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines import ingest
from pipelines.cli import run_pipeline
from pipelines.ingest import DecodeError, decode_bytes, normalise, read_corpus
from pipelines.load import connect, reconcile
from pipelines.lockfile import WarehouseBusy, WriterLock
from pipelines.summary import files_accounted_for, summary
from pipelines.validate import split_valid
from schemas import ObservationModel
from tests.warehouse import query

REPO = Path(__file__).resolve().parents[1]
GDP = "Xinjiang Economy Report\n\nIn {year}, Xinjiang's GDP reached 1.9 trillion yuan, up 6.8 percent year on year.\n"
WEIRD_NAME = "we'ird \"name\"; drop table staging.documents; -- Ürümqi 报告.txt"
LATIN1_NAME = b"caf\xe9-latin1-name.txt"  # a file name that is not UTF-8


# ---- helpers shared with test_crash.py --------------------------------------------------------

def digest(db_path: Path, schemas=("staging", "marts", "review"), skip_timestamps: bool = True) -> dict:
    """{schema.table: (rows, md5 of the ordered rows)}; timestamp columns left out when asked."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        tables = con.execute("select table_schema, table_name from information_schema.tables "
                             "where table_schema in (select unnest(?)) and table_type = 'BASE TABLE' order by 1, 2",
                             [list(schemas)]).fetchall()
        out = {}
        for schema, table in tables:
            cols = con.execute("select column_name, data_type from information_schema.columns "
                               "where table_schema = ? and table_name = ? order by ordinal_position",
                               [schema, table]).fetchall()
            keep = [c for c, t in cols if not (skip_timestamps and t.startswith("TIMESTAMP"))]
            select = ", ".join(f'"{c}"' for c in keep)  # identifiers read from the catalog, quoted
            rows, md5 = con.execute(
                f'select count(*), md5(coalesce(string_agg(r::varchar, chr(10) order by r::varchar), \'\')) '
                f'from (select {select} from "{schema}"."{table}") r').fetchone()
            out[f"{schema}.{table}"] = (rows, md5)
        return out
    finally:
        con.close()


def rows_of_file(db_path: Path, source_file: str) -> dict:
    """Every row (timestamps included) that a file contributes to the tables keyed by source_file."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        out = {}
        for table in ("staging.observations", "staging.table_cells", "staging.quarantine", "staging.files_seen",
                      "marts.fct_observations", "marts.quarantine"):
            rows = con.execute(f"select * from {table} where source_file = ?", [source_file]).fetchall()
            out[table] = sorted(map(repr, rows))
        for table in ("staging.documents", "marts.dim_source"):
            rows = con.execute(f"select * exclude (source_names) from {table} where list_contains(source_names, ?)",
                               [source_file]).fetchall()
            out[table] = sorted(map(repr, rows))
        return out
    finally:
        con.close()




def hold_open(db_path: Path, read_only: bool = True) -> subprocess.Popen:
    """Another process holding the DuckDB file open (an analyst's notebook, a DuckDB shell)."""
    code = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == '1'); "
            "print('open', flush=True); time.sleep(120)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db_path), "1" if read_only else "0"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def hold_writer_lock(out_dir: Path) -> subprocess.Popen:
    """Another Caravan run holding the writer lock."""
    code = ("import sys, time; from pathlib import Path; from pipelines.lockfile import WriterLock; "
            "lock = WriterLock(Path(sys.argv[1]), what='caravan run').__enter__(); print('locked', flush=True); "
            "time.sleep(float(sys.argv[2]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(out_dir), "120"], stdout=subprocess.PIPE, text=True,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout.readline().strip() == "locked"
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()


# ---- decoding: one test per hostile encoding ---------------------------------------------------

ZH = "新疆维吾尔自治区2024年地区生产总值20534.08亿元，比上年增长6.1%。全年进出口总额4341.5亿元。\n"
EN = "In 2024, Xinjiang's GDP reached 2.05 trillion yuan, up 6.1 percent.\n"


@pytest.mark.parametrize("name, data, text, encoding", [
    ("gbk", (ZH * 3).encode("gbk"), ZH * 3, "gb18030"),
    ("gb18030 (beyond GBK)", (ZH + "㐀㐁䶵 €\n").encode("gb18030") * 2, (ZH + "㐀㐁䶵 €\n") * 2, "gb18030"),
    ("latin-1", "Müller & Söhne: exports to Zürich rose 5% in 2024, said the façade's owner.\n".encode("latin-1"),
     "Müller & Söhne: exports to Zürich rose 5% in 2024, said the façade's owner.\n", None),
    ("utf-16-le with BOM", "\ufeff".encode("utf-16-le") + EN.encode("utf-16-le"), EN, "utf-16-le"),
    ("utf-16-be with BOM", "\ufeff".encode("utf-16-be") + EN.encode("utf-16-be"), EN, "utf-16-be"),
    ("utf-16-le without BOM", EN.encode("utf-16-le"), EN, "utf-16-le"),
    ("utf-16-be without BOM", EN.encode("utf-16-be"), EN, "utf-16-be"),
    ("utf-16-le Chinese without BOM", (ZH * 3).encode("utf-16-le"), ZH * 3, "utf-16-le"),
    ("utf-16-be Chinese, no ASCII, no BOM", "新疆维吾尔自治区全年地区生产总值亿元".encode("utf-16-be"),
     "新疆维吾尔自治区全年地区生产总值亿元", "utf-16-be"),
    ("utf-32 with BOM", EN.encode("utf-32"), EN, "utf-32-le"),
    ("utf-8 with BOM", EN.encode("utf-8-sig"), EN, "utf-8"),
])
def test_decodes_hostile_encodings(name, data, text, encoding):
    got, enc = decode_bytes(data)
    assert got == text, name
    if encoding:
        assert enc == encoding, name
    else:  # Latin-1 text: Windows-1252 is its superset, either name is right
        assert enc in ("cp1252", "latin_1", "iso8859_1", "iso8859_15"), enc


@pytest.mark.parametrize("name, data, says", [
    ("empty", b"", "empty file"),
    ("binary with NUL bytes", bytes(range(256)) * 8, "binary content"),
    ("binary without NUL bytes", bytes(range(1, 32)) * 64 + b"abc", "binary content"),
    ("gzip", b"\x1f\x8b\x08\x00" + bytes(200), "binary content"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary content"),
    ("utf-16 BOM over odd bytes", b"\xff\xfeA\x00\x00\xd8", "byte-order mark"),
])
def test_unreadable_bytes_raise_a_readable_reason(name, data, says):
    with pytest.raises(DecodeError, match=says):
        decode_bytes(data)


def test_utf8_with_a_few_broken_bytes_is_kept_and_marked():
    data = (ZH * 5).encode()
    data = data[:300] + b"\xff" + data[300:]
    text, enc = decode_bytes(data)
    assert enc == "utf-8 (1 invalid byte replaced)"
    assert text.count("\ufffd") == 1 and "新疆维吾尔自治区" in text


def test_line_endings_crlf_and_lone_cr_become_newlines():
    assert normalise("a\r\nb\rc\n\ufeffd") == "a\nb\nc\nd"
    text, _ = decode_bytes(b"line one\r\nline two\rline three\n")
    assert normalise(text).split("\n") == ["line one", "line two", "line three", ""]


# ---- the hostile corpus -----------------------------------------------------------------------

def make_hostile_corpus(raw: Path, outside: Path) -> dict[str, tuple[str, str | None]]:
    """Write every hostile case into raw/; return {source_file: (outcome, reason fragment)}."""
    raw.mkdir(parents=True)
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text("In 2024, Xinjiang's GDP reached 9.9 trillion yuan.\n")
    files = {
        "good.txt": GDP.format(year=2023).encode(),
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\r\n ",
        "binary.txt": bytes(range(256)) * 16,
        "gbk.txt": ("新疆经济\n\n" + ZH).encode("gbk"),
        "gb18030.txt": ("新疆经济 㐀\n\n" + ZH).encode("gb18030"),
        "latin1.txt": ("Café report\n\nIn 2024, Xinjiang's exports to Kazakhstan rose 12.3% to 4.5 billion yuan, "
                       "said the Zöllner office.\n").encode("latin-1"),
        "utf16_bom.txt": ("\ufeff" + GDP.format(year=2022)).encode("utf-16-le"),
        "utf16_nobom.txt": GDP.format(year=2021).encode("utf-16-be"),
        "crlf.txt": GDP.format(year=2020).replace("\n", "\r\n").encode(),
        "cr.txt": GDP.format(year=2019).replace("\n", "\r").encode(),
        "numbers.txt": ("\n".join(f"{i * 1.5:g}" for i in range(20_000)) + "\n").encode(),
        "ragged.txt": (b"Trade table\n\n| Item | 2023 | 2024 |\n|---|---|---|\n| Exports | 100 | 120 |\n"
                       b"| Imports | 80 |\n| Total | 180 | 200 | 5 | 9 |\n"),
        "dup_a.txt": GDP.format(year=2018).encode(),
        "dup_b.txt": GDP.format(year=2018).encode(),
        WEIRD_NAME: GDP.format(year=2017).encode(),
        "bad_values.txt": (b"Trade\n\nIn 2024, general trade accounted for 140% of Xinjiang's total foreign trade.\n"
                           b"In 2023, Xinjiang's GDP reached 1.9 trillion yuan.\n"),
        "x.txt/inside.txt": GDP.format(year=2016).encode(),
        ".hidden.txt": b"a hidden file",
        "image.png": b"\x89PNG\r\n\x1a\n",
        "vanishing.txt": GDP.format(year=2015).encode(),
    }
    for name, data in files.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
    (raw / os.fsdecode(LATIN1_NAME)).write_bytes(GDP.format(year=2014).encode())
    os.mkdir(raw / "empty_folder.txt")
    os.symlink(outside / "secret.txt", raw / "link_outside.txt")
    os.symlink(outside, raw / "linked_folder")
    os.symlink(raw / "does-not-exist.txt", raw / "broken_link.txt")
    os.symlink(raw / "good.txt", raw / "link_inside.txt")
    os.mkfifo(raw / "pipe.txt")
    with open(raw / "huge_one_line.txt", "wb") as fh:  # 50 MB, one line, prose-like
        unit = b"Xinjiang's exports to Kazakhstan rose 12.3% to 4.5 billion yuan in 2024, up 6.1 percent; "
        fh.write(unit * (50 * 1024 * 1024 // len(unit) + 1))
    doc = ("document", None)
    return {
        "good.txt": doc, "gbk.txt": doc, "gb18030.txt": doc, "latin1.txt": doc, "utf16_bom.txt": doc,
        "utf16_nobom.txt": doc, "crlf.txt": doc, "cr.txt": doc, "numbers.txt": doc, "ragged.txt": doc,
        "dup_a.txt": doc, "dup_b.txt": ("duplicate", "same content as dup_a.txt"), WEIRD_NAME: doc,
        "bad_values.txt": doc, "x.txt/inside.txt": doc, "caf\\xe9-latin1-name.txt": doc,
        "empty.txt": ("quarantined", "empty file"),
        "whitespace.txt": ("quarantined", "only whitespace"),
        "binary.txt": ("quarantined", "binary content"),
        ".hidden.txt": ("quarantined", "hidden file"),
        "image.png": ("quarantined", "not a text file type (.png)"),
        "vanishing.txt": ("quarantined", "disappeared during the run"),
        "x.txt": ("quarantined", "a folder named like a text file"),
        "empty_folder.txt": ("quarantined", "a folder named like a text file"),
        "link_outside.txt": ("quarantined", "symbolic link to a file outside the raw folder: not followed"),
        "linked_folder": ("quarantined", "symbolic link to a folder outside the raw folder: not followed"),
        "broken_link.txt": ("quarantined", "broken symbolic link"),
        "link_inside.txt": ("quarantined", "symbolic link to a file inside the raw folder: not followed"),
        "pipe.txt": ("quarantined", "not a regular file"),
        "huge_one_line.txt": ("quarantined", "too large: 50.0 MB, over the 10 MB limit"),
    }


def vanish_after_discovery(monkeypatch, name: str = "vanishing.txt") -> None:
    """The file is listed, then deleted before it is read: a file that disappears during the run."""
    real = ingest.discover_files

    def discover(raw_dir):
        found = real(raw_dir)
        (Path(raw_dir) / name).unlink(missing_ok=True)
        return found

    monkeypatch.setattr(ingest, "discover_files", discover)


def test_read_corpus_accounts_for_every_hostile_file(tmp_path, monkeypatch):
    expected = make_hostile_corpus(tmp_path / "raw", tmp_path / "outside")
    vanish_after_discovery(monkeypatch)
    started = time.monotonic()
    documents, seen, quarantined = read_corpus(tmp_path / "raw")
    assert time.monotonic() - started < 30
    outcomes = {r["source_file"]: (r["outcome"], r["reason"]) for r in seen.iter_rows(named=True)}
    assert set(outcomes) == set(expected), set(outcomes) ^ set(expected)
    for name, (outcome, says) in expected.items():
        assert outcomes[name][0] == outcome, (name, outcomes[name])
        assert says is None or says in (outcomes[name][1] or ""), (name, outcomes[name])
    # nothing lost, nothing doubled: every file is one document name or one quarantined file
    names = [n for names in documents["source_names"].to_list() for n in names]
    assert sorted(names + [q["source_file"] for q in quarantined]) == sorted(outcomes)
    dup = documents.filter(pl.col("source_file") == "dup_a.txt")
    assert dup["source_names"].to_list() == [["dup_a.txt", "dup_b.txt"]]
    assert "9.9 trillion" not in " ".join(documents["text"].to_list())  # the link was not followed


def test_fifo_is_reported_without_blocking(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    os.mkfifo(raw / "pipe.txt")
    _, seen, _ = read_corpus(raw)
    assert seen.select("outcome", "reason").row(0) == (
        "quarantined", "not a regular file (a named pipe, socket or device): not read")


def test_fifo_swapped_in_after_discovery_is_not_read(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("text")
    real = ingest.discover_files

    def discover(raw_dir):
        found = real(raw_dir)
        (raw / "a.txt").unlink()
        os.mkfifo(raw / "a.txt")
        return found

    monkeypatch.setattr(ingest, "discover_files", discover)
    _, seen, _ = read_corpus(raw)
    assert seen["reason"].to_list() == ["not a regular file (a named pipe, socket or device): not read"]


def test_symlink_swapped_in_after_discovery_is_not_followed(tmp_path, monkeypatch):
    raw, outside = tmp_path / "raw", tmp_path / "outside.txt"
    raw.mkdir()
    outside.write_text("secret")
    (raw / "a.txt").write_text("text")
    real = ingest.discover_files

    def discover(raw_dir):
        found = real(raw_dir)
        (raw / "a.txt").unlink()
        os.symlink(outside, raw / "a.txt")
        return found

    monkeypatch.setattr(ingest, "discover_files", discover)
    documents, seen, _ = read_corpus(raw)
    assert documents.is_empty()
    assert "outside the raw folder" in seen["reason"][0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file and folder")
def test_unreadable_file_and_folder_are_reported(tmp_path):
    raw = tmp_path / "raw"
    (raw / "locked").mkdir(parents=True)
    (raw / "locked" / "inner.txt").write_text("text")
    (raw / "secret.txt").write_text("text")
    os.chmod(raw / "secret.txt", 0)
    os.chmod(raw / "locked", 0)
    try:
        _, seen, _ = read_corpus(raw)
    finally:
        os.chmod(raw / "locked", 0o755)
    reasons = dict(seen.select("source_file", "reason").iter_rows())
    assert "Permission denied" in reasons["secret.txt"]
    assert "could not be listed" in reasons["locked"]


def test_50mb_one_line_file_decodes_quickly_when_allowed(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    unit = "Xinjiang's exports to Kazakhstan rose 12.3% to 4.5 billion yuan in 2024, up 6.1 percent; "
    (raw / "huge.txt").write_text(unit * (50 * 1024 * 1024 // len(unit) + 1), encoding="utf-8")
    monkeypatch.setenv("CARAVAN_MAX_FILE_MB", "64")
    started = time.monotonic()
    documents, seen, _ = read_corpus(raw)
    assert time.monotonic() - started < 20
    assert seen["outcome"].to_list() == ["document"]
    assert documents["n_chars"][0] > 50 * 1024 * 1024 and "\n" not in documents["text"][0]


# ---- bad values: quarantined with the failed check, never a crash, never dropped ----------------

def _observation(**overrides) -> dict:
    row = {"obs_id": "ok", "doc_id": "d" * 64, "source_file": "a.txt", "indicator_code": "gdp",
           "indicator_label": "GDP", "domain": "economy", "region": "Xinjiang", "partner": None, "period": "2024",
           "measure": "level", "value": 1.0, "unit": "CNY", "value_as_written": "1", "qualifier": None,
           "evidence": "GDP was 1 yuan.", "char_start": 0, "char_end": 1, "method": "prose", "table_id": None,
           "doc_n_chars": 100}
    return row | overrides


def _frame(rows: list[dict], value_type=pl.Float64) -> pl.DataFrame:
    return pl.DataFrame(rows, schema_overrides={"value": value_type, "partner": pl.String, "qualifier": pl.String,
                                                "table_id": pl.String}, strict=False)


FUTURE = str(date.today().year + 3)


@pytest.mark.parametrize("overrides, check", [
    ({"measure": "share", "unit": "percent", "value": 140.0}, "a percent share must lie within 0-100"),
    ({"measure": "share", "unit": "percent", "value": -3.0}, "a percent share must lie within 0-100"),
    ({"unit": "count", "value": -5.0}, "a count, length, weight, capacity or area cannot be negative"),
    ({"unit": "km", "value": -1.0}, "a count, length, weight, capacity or area cannot be negative"),
    ({"period": FUTURE}, "the period lies in the future, and the figure is not a target"),
    ({"period": f"{FUTURE}-Q1"}, "the period lies in the future, and the figure is not a target"),
    ({"value": float("nan")}, "the value does not parse as a finite number"),
    ({"value": float("inf")}, "the value does not parse as a finite number"),
    ({"value": None}, "not_nullable"),
    ({"unit": "furlong"}, "isin"),
    ({"period": "sometime"}, "str_matches"),
])
def test_bad_value_is_quarantined_with_its_check(overrides, check):
    frame = _frame([_observation(obs_id="ok"), _observation(obs_id="bad", **overrides)])
    good, bad = split_valid(frame, ObservationModel, "observation")
    assert good["obs_id"].to_list() == ["ok"]
    assert bad.height == 1 and check in bad["check_name"][0], bad.to_dicts()
    assert bad["reason"][0] and '"obs_id": "bad"' in bad["payload"][0]
    assert (bad["stage"][0], bad["row_kind"][0], bad["source_file"][0]) == ("validate", "observation", "a.txt")


def test_allowed_values_pass():
    frame = _frame([_observation(obs_id="target", period=FUTURE, measure="target"),
                    _observation(obs_id="fall", unit="count", value=-5.0, measure="growth_yoy"),
                    _observation(obs_id="share", measure="share", unit="percent", value=100.0)])
    good, bad = split_valid(frame, ObservationModel, "observation")
    assert bad.is_empty() and good.height == 3


def test_value_that_does_not_parse_quarantines_only_its_row():
    frame = _frame([_observation(obs_id="ok", value="1,234.5"), _observation(obs_id="text", value="about ten"),
                    _observation(obs_id="blank", value=None)], value_type=pl.String)
    good, bad = split_valid(frame, ObservationModel, "observation")
    assert good["obs_id"].to_list() == ["ok"] and good["value"].to_list() == [1234.5]
    reasons = dict(zip(bad["payload"].str.extract(r'"obs_id": "(\w+)"').to_list(), bad["check_name"].to_list()))
    assert reasons == {"text": "value_does_not_parse", "blank": "not_nullable"}
    assert "about ten" in bad.filter(pl.col("check_name") == "value_does_not_parse")["reason"][0]


def test_every_row_is_either_valid_or_quarantined_once():
    rows = [_observation(obs_id=f"o{i}", value=v, unit=u, measure=m, period=p) for i, (v, u, m, p) in enumerate([
        (1.0, "CNY", "level", "2024"), (140.0, "percent", "share", "2024"), (-1.0, "count", "level", FUTURE),
        (float("nan"), "CNY", "level", "2024"), (5.0, "percent", "share", "2023")])]
    good, bad = split_valid(_frame(rows), ObservationModel, "observation")
    assert good.height + bad.height == len(rows)
    assert sorted(good["obs_id"].to_list()) == ["o0", "o4"]
    both = bad.filter(pl.col("payload").str.contains('"obs_id": "o2"'))
    assert both.height == 1 and "negative" in both["check_name"][0] and "future" in both["check_name"][0]


def test_a_missing_column_quarantines_the_frame_with_a_reason():
    frame = _frame([_observation()]).drop("unit")
    good, bad = split_valid(frame, ObservationModel, "observation")
    assert good.is_empty() and bad.height == 1 and "unit" in bad["reason"][0]


def test_reconcile_quarantines_a_document_that_failed_validation():
    stamp = pl.datetime(2024, 1, 1)
    documents = pl.DataFrame({"doc_id": ["keep"]})
    quarantine = pl.DataFrame({"quarantine_id": ["q1"], "doc_id": ["gone"], "source_file": ["b.txt"],
                               "stage": ["validate"], "row_kind": ["file"], "check_name": ["n_chars_is_text_length"],
                               "reason": ["n_chars differs"], "payload": ["{}"]}).with_columns(stamp.alias("quarantined_at"))
    observations = pl.DataFrame({"obs_id": ["o1", "o2"], "doc_id": ["keep", "gone"], "source_file": ["a.txt", "b.txt"]})
    cells = pl.DataFrame({"cell_id": [], "doc_id": [], "source_file": []}, schema={c: pl.String for c in
                                                                                   ("cell_id", "doc_id", "source_file")})
    files_seen = pl.DataFrame({"source_file": ["a.txt", "b.txt", "c.txt"], "doc_id": ["keep", "gone", "gone"],
                               "outcome": ["document", "document", "duplicate"], "reason": [None, None, "same"]})
    out = reconcile({"documents": documents, "observations": observations, "table_cells": cells,
                     "quarantine": quarantine}, files_seen)
    assert dict(out["files_seen"].select("source_file", "outcome").iter_rows()) == {
        "a.txt": "document", "b.txt": "quarantined", "c.txt": "quarantined"}
    assert out["observations"]["obs_id"].to_list() == ["o1"]
    q = out["quarantine"]
    assert set(q.filter(pl.col("row_kind") == "file")["source_file"].to_list()) == {"b.txt", "c.txt"}
    assert q.filter(pl.col("row_kind") == "observation")["payload"].to_list() == ['{"obs_id": "o2"}']


# ---- a second writer ------------------------------------------------------------------------

def test_second_run_stops_with_one_sentence_naming_the_first(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CARAVAN_LOCK_WAIT", "0.5")
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GDP.format(year=2024))
    other = hold_writer_lock(out)
    try:
        started = time.monotonic()
        assert run_pipeline(raw, out, quiet=True) == 3
        assert time.monotonic() - started < 15
    finally:
        stop(other)
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert err.startswith("caravan: another Caravan run (pid ") and f"kill {other.pid}" in err
    assert "Parquet" in err and not (out / "caravan.duckdb").exists()


def test_cli_subprocess_reports_the_busy_warehouse_and_exits_non_zero(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    other = hold_writer_lock(out)
    try:
        done = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--raw-dir", str(raw), "--out", str(out),
                               "--wait", "0.5"], cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    finally:
        stop(other)
    assert done.returncode == 3
    assert done.stderr.strip().count("\n") == 0 and f"pid {other.pid}" in done.stderr, done.stderr


def test_writer_lock_waits_for_the_other_writer(tmp_path):
    code = ("import sys, time; from pathlib import Path; from pipelines.lockfile import WriterLock; "
            "l = WriterLock(Path(sys.argv[1])).__enter__(); print('locked', flush=True); time.sleep(1.5)")
    other = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True,
                             cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert other.stdout.readline().strip() == "locked"
    started = time.monotonic()
    with WriterLock(tmp_path, wait=30):
        assert time.monotonic() - started > 0.5
    other.wait()


def test_writer_lock_is_reentrant_in_one_process_only(tmp_path):
    with WriterLock(tmp_path, wait=0):
        with WriterLock(tmp_path, wait=0):  # the CLI holds it; the load asset joins in
            pass
        with WriterLock(tmp_path, wait=0):
            pass
    with WriterLock(tmp_path, wait=0):
        pass


def test_duckdb_held_open_elsewhere_gives_one_sentence_with_the_pid(tmp_path):
    db = tmp_path / "caravan.duckdb"
    duckdb.connect(str(db)).close()
    reader = hold_open(db, read_only=True)
    try:
        with pytest.raises(WarehouseBusy) as info:
            connect(db, wait=0.5)
        connect(db, read_only=True, wait=0).close()  # readers may share with readers
    finally:
        stop(reader)
    message = str(info.value)
    assert f"(PID {reader.pid})" in message and "\n" not in message and "Parquet" in message
    connect(db, wait=0).close()  # free again


def test_export_asset_started_from_dagster_honours_the_lock(tmp_path, monkeypatch):
    import dagster as dg

    monkeypatch.setenv("CARAVAN_LOCK_WAIT", "0.5")
    from pipelines.defs.export import parquet_exports
    from pipelines.defs.resources import CaravanPaths

    other = hold_writer_lock(tmp_path)
    try:
        result = dg.materialize([parquet_exports], resources={"paths": CaravanPaths(raw_dir=str(tmp_path),
                                                                                   out_dir=str(tmp_path))},
                                raise_on_error=False)
    finally:
        stop(other)
    assert not result.success
    failure = next(e for e in result.all_events if e.is_failure)
    assert f"pid {other.pid}" in str(failure.event_specific_data.user_failure_data.description)


# ---- full runs: the hostile corpus, three identical runs, a blocked run, an edit, a deletion --------

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    raw, out = base / "raw", base / "out"
    expected = make_hostile_corpus(raw, base / "outside")
    db = out / "caravan.duckdb"
    state: dict = {"raw": raw, "out": out, "db": db, "expected": expected, "digests": [], "exact": []}
    with pytest.MonkeyPatch.context() as mp:
        vanish_after_discovery(mp)
        for _ in range(3):
            (raw / "vanishing.txt").write_text(GDP.format(year=2015))  # back, to vanish again
            assert run_pipeline(raw, out, quiet=True) == 0
            state["digests"].append(digest(db))
            state["exact"].append(digest(db, skip_timestamps=False))
    state["summary"] = summary(db)
    state["files_seen"] = {f: (o, r) for f, o, r in
                           query(db, "select source_file, outcome, reason from staging.files_seen")}
    state["quarantine"] = query(db, "select source_file, stage, check_name, reason from marts.quarantine")
    state["sources"] = query(db, "select source_file, source_names, encoding from marts.dim_source")
    state["facts"] = query(db, "select source_file, period, value from marts.fct_observations")
    state["rows_before"] = {f: rows_of_file(db, f) for f in ("good.txt", "crlf.txt", "latin1.txt", WEIRD_NAME)}

    # a reader holding the database open: the run stops with one sentence, the warehouse is untouched
    reader = hold_open(db, read_only=True)
    try:
        (raw / "new.txt").write_text(GDP.format(year=2013))  # would change the warehouse
        os.environ["CARAVAN_LOCK_WAIT"] = "1"
        state["blocked_rc"] = run_pipeline(raw, out, quiet=True)
    finally:
        os.environ.pop("CARAVAN_LOCK_WAIT")
        stop(reader)
        (raw / "new.txt").unlink()
    state["after_blocked"] = digest(db, skip_timestamps=False)

    # one run after editing one file and deleting another
    (raw / "crlf.txt").write_bytes(GDP.format(year=2012).replace("1.9 trillion", "2.2 trillion")
                                   .replace("\n", "\r\n").encode())
    (raw / "latin1.txt").unlink()
    assert run_pipeline(raw, out, quiet=True) == 0
    state["rows_after"] = {f: rows_of_file(db, f) for f in state["rows_before"]}
    state["facts_after_edit"] = query(db, "select period, value from marts.fct_observations where source_file = 'crlf.txt'")
    state["summary_after"] = summary(db)
    return state


@pytest.mark.slow
def test_hostile_run_accounts_for_every_file(hostile):
    s = hostile["summary"]
    assert files_accounted_for(s), s
    assert s["files_seen"] == len(hostile["expected"])
    for name, (outcome, says) in hostile["expected"].items():
        got = hostile["files_seen"][name]
        assert got[0] == outcome, (name, got)
        assert says is None or says in (got[1] or ""), (name, got)
    quarantined_files = {f for f, stage, check, _ in hostile["quarantine"] if stage == "ingest"}
    assert quarantined_files == {n for n, (o, _) in hostile["expected"].items() if o == "quarantined"}
    names = {n for _, source_names, _ in hostile["sources"] for n in source_names}
    assert names == {n for n, (o, _) in hostile["expected"].items() if o != "quarantined"}


@pytest.mark.slow
def test_hostile_run_reads_the_good_files(hostile):
    facts = {(f, p, v) for f, p, v in hostile["facts"]}
    for name, year in (("good.txt", "2023"), ("utf16_bom.txt", "2022"), ("utf16_nobom.txt", "2021"),
                       ("crlf.txt", "2020"), ("cr.txt", "2019"), ("dup_a.txt", "2018"), (WEIRD_NAME, "2017"),
                       ("x.txt/inside.txt", "2016"), ("caf\\xe9-latin1-name.txt", "2014")):
        assert (name, year, 1.9e12) in facts, name
    assert ("latin1.txt", "2024", 4.5e9) in facts
    encodings = {f: e for f, _, e in hostile["sources"]}
    assert encodings["gbk.txt"] == encodings["gb18030.txt"] == "gb18030"
    assert encodings["utf16_nobom.txt"] == "utf-16-be"
    assert [n for f, n, _ in hostile["sources"] if f == "dup_a.txt"] == [["dup_a.txt", "dup_b.txt"]]


@pytest.mark.slow
def test_hostile_run_quarantines_bad_values_with_the_check(hostile):
    held = [(check, reason) for f, stage, check, reason in hostile["quarantine"] if f == "bad_values.txt"]
    assert ("a percent share must lie within 0-100", "a percent share must lie within 0-100") in held
    assert ("bad_values.txt", "2023", 1.9e12) in set(hostile["facts"])  # the good sentence is kept
    assert any(f == "ragged.txt" and stage == "extract" for f, stage, _, _ in hostile["quarantine"])


@pytest.mark.slow
def test_three_runs_give_identical_tables(hostile):
    first, second, third = hostile["digests"]
    assert first == second == third
    assert hostile["exact"][1] == hostile["exact"][2]  # timestamps too: a row keeps its first-seen time
    assert first["marts.fct_observations"][0] > 0


@pytest.mark.slow
def test_run_blocked_by_a_reader_changes_nothing(hostile):
    assert hostile["blocked_rc"] == 3
    assert hostile["after_blocked"] == hostile["exact"][2]


@pytest.mark.slow
def test_editing_one_file_replaces_exactly_its_rows(hostile):
    before, after = hostile["rows_before"], hostile["rows_after"]
    assert before["crlf.txt"] != after["crlf.txt"]
    assert sorted(hostile["facts_after_edit"]) == [("2012", 6.8), ("2012", 2.2e12)]
    for name in ("good.txt", WEIRD_NAME):  # the others keep every row, first-seen times included
        assert before[name] == after[name], name


@pytest.mark.slow
def test_deleting_one_file_removes_exactly_its_rows(hostile):
    before, after = hostile["rows_before"], hostile["rows_after"]
    assert before["latin1.txt"]["staging.observations"] and before["latin1.txt"]["marts.dim_source"]
    assert all(rows == [] for rows in after["latin1.txt"].values()), after["latin1.txt"]
    for name in ("good.txt", WEIRD_NAME):
        assert before[name] == after[name], name
    s = hostile["summary_after"]
    # latin1.txt is deleted, and vanishing.txt vanished for good in the third run
    assert files_accounted_for(s) and s["files_seen"] == len(hostile["expected"]) - 2


@pytest.mark.slow
def test_parquet_set_is_repaired_after_a_kill_during_export(hostile):
    """What a SIGKILL in the middle of the export leaves (each file is renamed into place, so some
    are new, one may be missing, a temporary file may remain); the next run must repair it."""
    parquet = hostile["out"] / "parquet"
    (parquet / "fct_observations.parquet").unlink()
    (parquet / ".dim_source.parquet.tmp").write_bytes(b"PAR1 half written")
    assert run_pipeline(hostile["raw"], hostile["out"], quiet=True) == 0
    rows = query(hostile["db"], "select count(*) from marts.fct_observations")[0][0]
    assert (parquet / "fct_observations.parquet").exists()
    assert pl.read_parquet(parquet / "fct_observations.parquet").height == rows


# ---- no SQL built from file names or text -------------------------------------------------

def test_sql_is_never_built_from_names_or_text():
    """Every f-string that reaches execute()/sql() in the load, export and summary code interpolates
    only identifiers from fixed lists; values are bound parameters or registered frames."""
    import ast

    # into: load.COLUMNS' names plus load.LOADED_AT's
    allowed = {"table", "t", "cols", "key", "stamp", "select", "into", "schema", "model", "s", "m", "c", "row_hash"}
    modules = ["pipelines/load.py", "pipelines/export.py", "pipelines/summary.py",
               "pipelines/incremental.py", "pipelines/transform_plan.py"]
    for module in (m for m in modules if (REPO / m).exists()):
        tree = ast.parse((REPO / module).read_text())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if (getattr(node.func, "attr", "") or getattr(node.func, "id", "")) in ("execute", "sql", "q"):
                for arg in node.args[:1]:
                    for f in ast.walk(arg):
                        if isinstance(f, ast.FormattedValue):
                            names = {n.id for n in ast.walk(f.value) if isinstance(n, ast.Name)}
                            assert names <= allowed | {"TABLES", "COLUMNS", "KEEP_FIRST_SEEN"}, (module, names)


def test_digest_helper_sees_content_changes(tmp_path):
    db = tmp_path / "d.duckdb"
    con = duckdb.connect(str(db))
    con.execute("create schema staging; create table staging.t (a int, ts timestamp); "
                "insert into staging.t values (1, now())")
    con.close()
    first = digest(db)
    con = duckdb.connect(str(db))
    con.execute("update staging.t set ts = now() + interval 1 day")
    con.close()
    assert digest(db) == first
    con = duckdb.connect(str(db))
    con.execute("update staging.t set a = 2")
    con.close()
    assert digest(db) != first
    assert hashlib.md5(b"").hexdigest() != first["staging.t"][1]


def test_output_folder_inside_raw_folder_is_refused(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    assert run_pipeline(raw, raw / "out", quiet=True) == 2
    assert "inside the raw folder" in capsys.readouterr().err
    assert not (raw / "out").exists()
    shutil.rmtree(raw)


@pytest.mark.parametrize("head, expected", [
    ("URUMQI, Jan. 26, 2025 (Xinhua) -- The region", date(2025, 1, 26)),
    ("ALMATY, Sept. 3, 2024 - Kazakhstan", date(2024, 9, 3)),
    ("ASTANA, Sept 3, 2024 - Kazakhstan", date(2024, 9, 3)),
])
def test_a_dateline_with_an_abbreviated_month_dates_the_document(head, expected):
    from pipelines.ingest import document_date

    assert document_date(f"Headline\n\n{head} said on Friday.") == expected


@pytest.mark.parametrize("head, expected", [
    ("Working Paper 2025/03, March 2025", date(2025, 3, 1)),
    ("Policy Brief No. 7 | October 2024", date(2024, 10, 1)),
    ("Institute for Regional Studies, Almaty\nJune 2025", date(2025, 6, 1)),
])
def test_an_issue_line_ending_in_a_month_dates_the_document(head, expected):
    from pipelines.ingest import document_date

    assert document_date(f"{head}\n\nTitle of the paper\n\nIn 2024 exports rose.") == expected


def test_a_month_inside_a_lead_sentence_is_no_document_date():
    from pipelines.ingest import document_date

    assert document_date("Headline\n\nIn March 2025 exports rose 5 percent, the bureau said.") is None
