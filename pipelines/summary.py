"""The end-of-run summary: what was read, found, quarantined and written."""

from __future__ import annotations

from pathlib import Path

from pipelines.export import EXPORTED_MODELS
from pipelines.load import connect


def summary(db_path: Path) -> dict:
    con = connect(db_path, read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()
        return {
            "files_seen": q("select count(*) from staging.files_seen")[0][0],
            "documents": q("select count(*) from marts.dim_source")[0][0],
            "document_names": q("select coalesce(sum(len(source_names)), 0) from marts.dim_source")[0][0],
            "quarantined_files": q("select count(*) from staging.files_seen where outcome = 'quarantined'")[0][0],
            "observations": q("select count(*) from marts.fct_observations")[0][0],
            "by_domain": q("select domain, count(*) from marts.fct_observations group by 1 order by 1"),
            "by_method": q("select method, count(*) from marts.fct_observations group by 1 order by 1"),
            "quarantine": q("select check_name, count(*) from marts.quarantine group by 1 order by 2 desc, 1"),
            "marts": [(f"{s}.{m}", q(f'select count(*) from "{s}"."{m}"')[0][0]) for s, m in EXPORTED_MODELS],
        }
    finally:
        con.close()


def files_accounted_for(s: dict) -> bool:
    """Every file is in exactly one place: a document's source_names (the same content under two
    names is one document with both names) or the quarantine."""
    return s["files_seen"] == s["document_names"] + s["quarantined_files"]


def accounting_line(s: dict) -> str:
    dups = s["document_names"] - s["documents"]
    sums = (f"{s['files_seen']} files seen = {s['documents']} documents"
            + (f" (+{dups} duplicate name{'s' if dups != 1 else ''})" if dups else "")
            + f" + {s['quarantined_files']} quarantined")
    if files_accounted_for(s):
        return f"accounted for:     {sums}  OK"
    return (f"accounted for:     MISMATCH: {s['files_seen']} files seen, but {s['document_names']} document names "
            f"+ {s['quarantined_files']} quarantined; see dbt test assert_all_files_accounted_for")


def print_summary(db_path: Path, parquet_dir: Path, seconds: float, ingest: dict | None = None) -> None:
    s = summary(db_path)
    print()
    print(f"Caravan run finished in {seconds:.1f} s")
    print(f"  files seen:        {s['files_seen']}")
    if ingest:  # an incremental run: only what changed was read and extracted
        print(f"  this run:          {ingest.get('files_read', 0)} files read, {ingest.get('documents_extracted', 0)} "
              f"documents extracted, {ingest.get('documents_kept', 0)} unchanged (rows kept), "
              f"{ingest.get('documents_removed', 0)} removed")
    print(f"  documents read:    {s['documents']}")
    print(f"  {accounting_line(s)}")
    print(f"  observations:      {s['observations']}  "
          + ", ".join(f"{d} {n}" for d, n in s["by_domain"]) + "  (" + ", ".join(f"{m} {n}" for m, n in s["by_method"]) + ")")
    total_q = sum(n for _, n in s["quarantine"])
    print(f"  quarantined rows:  {total_q}" + ("  " + ", ".join(f"{c} {n}" for c, n in s["quarantine"]) if total_q else ""))
    print("  marts (rows):")
    for name, n in s["marts"]:
        print(f"    {name:32s} {n}")
    print(f"  database: {db_path}")
    print(f"  parquet:  {parquet_dir}/")
