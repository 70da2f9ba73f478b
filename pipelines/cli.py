"""`caravan run`: every stage, raw text in, DuckDB marts and Parquet out, with a summary.
`caravan eval`: the extractor's accuracy on a gold folder."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path

# Polars' allocator (jemalloc) gives freed memory back to the system after ~10 s by default; the stages
# follow each other faster than that, so a run would hold the memory of every stage it has run. Read
# once, when Polars is first imported (below, not above this line).
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:500,muzzy_decay_ms:0")

from pipelines.project import DEFAULT_OUT_DIR, DEFAULT_RAW_DIR, duckdb_path, ensure_manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="caravan", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run every stage: ingest, extract, validate, load, dbt, export")
    run.add_argument("--raw-dir", type=Path, default=DEFAULT_RAW_DIR, help="folder of raw text documents")
    run.add_argument("--out", type=Path, default=DEFAULT_OUT_DIR, help="folder for caravan.duckdb and parquet/")
    run.add_argument("--full", action="store_true",
                     help="read and extract every file again and rebuild every dbt node, instead of only what "
                          "changed since the last run (same as CARAVAN_FULL_REFRESH=1)")
    run.add_argument("--wait", type=float, default=None, metavar="SECONDS",
                     help="how long to wait for another run (or a program holding caravan.duckdb open) before "
                          "stopping; default CARAVAN_LOCK_WAIT or 5")
    ev = sub.add_parser("eval", help="score fct_observations.parquet against a gold folder")
    ev.add_argument("--gold", type=Path, default=Path("../shared/eval/gold"))
    ev.add_argument("--predictions", type=Path, default=DEFAULT_OUT_DIR / "parquet" / "fct_observations.parquet")
    args = parser.parse_args(argv)
    if args.command == "run":
        if args.wait is not None:
            os.environ["CARAVAN_LOCK_WAIT"] = str(max(0.0, args.wait))
        if args.full:
            os.environ["CARAVAN_FULL_REFRESH"] = "1"
        return run_pipeline(args.raw_dir, args.out)
    from benchmarks.accuracy import main as accuracy_main
    return accuracy_main(["--gold", str(args.gold), "--predictions", str(args.predictions)])


def run_pipeline(raw_dir: Path, out_dir: Path, quiet: bool = False) -> int:
    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    say = (lambda *_: None) if quiet else (lambda msg: print(f"[caravan] {msg}", file=sys.stderr, flush=True))
    os.environ["CARAVAN_PROGRESS"] = "0" if quiet else "1"  # the stages print their one line each
    if not raw_dir.is_dir():
        print(f"caravan: the raw folder {raw_dir} does not exist", file=sys.stderr)
        return 2
    if out_dir.is_relative_to(raw_dir):
        print(f"caravan: the output folder {out_dir} is inside the raw folder {raw_dir}: the run would read its "
              f"own output; choose an --out outside it", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    from pipelines.lockfile import WarehouseBusy, WriterLock

    try:
        with WriterLock(out_dir, what="caravan run"):
            return _run_locked(raw_dir, out_dir, say)
    except WarehouseBusy as exc:  # another writer: one sentence and the way out, no traceback
        print(f"caravan: {exc}", file=sys.stderr)
        return 3


def _run_locked(raw_dir: Path, out_dir: Path, say) -> int:
    os.environ["CARAVAN_DUCKDB_PATH"] = str(duckdb_path(out_dir))
    say(f"reading {raw_dir}, writing {out_dir}")
    say("preparing dbt manifest (dbt parse, when the dbt project changed)")
    t0 = time.monotonic()
    ensure_manifest()
    t1 = time.monotonic()
    import dagster as dg

    from pipelines.definitions import caravan_job_for_run

    started = time.monotonic()
    instance = dg.DagsterInstance.ephemeral()
    log_path = out_dir / "logs" / "run.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    say(f"running ingest -> extract -> validate -> load -> dbt -> export (dbt's own log: {log_path})")
    run_config = {"execution": {"config": {"in_process": {}}},  # every stage in this process, one after another
                  "resources": {"paths": {"config": {"raw_dir": str(raw_dir), "out_dir": str(out_dir)}}},
                  "loggers": {"console": {"config": {"log_level": "WARNING"}}}}  # stages print their own line
    with open(log_path, "w", encoding="utf-8") as log, contextlib.redirect_stdout(log), \
            dg.execute_job(dg.reconstructable(caravan_job_for_run), instance=instance, run_config=run_config,
                           raise_on_error=False) as result:
        success = result.success
        failed = [] if success else [e for e in result.all_events if e.is_failure]
        timings = stage_timings(instance, result, {"dbt parse": t1 - t0, "imports": started - t1}) if success else {}
    if not success:
        busy = [m for m in (_busy_message(e) for e in failed) if m]
        if busy:  # an asset met another writer: the same one sentence
            print(f"caravan: {busy[0]}", file=sys.stderr)
            return 3
        for e in failed[:3]:
            print(f"caravan: step {e.step_key} failed: {e.event_specific_data.error.message if e.event_specific_data and getattr(e.event_specific_data, 'error', None) else e.message}", file=sys.stderr)
        return 1
    from pipelines.summary import print_summary

    (out_dir / "logs" / "timings.json").write_text(json.dumps(timings, indent=2), encoding="utf-8")
    say("stages: " + ", ".join(f"{k} {v:.1f} s" if isinstance(v, float) else f"{k} {v}"
                               for k, v in timings["stages"].items()))
    print_summary(duckdb_path(out_dir), out_dir / "parquet", time.monotonic() - started, timings["ingest"])
    return 0


STAGES = {"ingest_raw_files": "ingest", "extract_observations": "extract", "validate_frames": "validate",
          "staging_tables": "load", "caravan_dbt_models": "dbt", "parquet_exports": "export"}


def stage_timings(instance, result, before: dict[str, float]) -> dict:
    """Wall seconds of each stage (from Dagster's step stats; 'skipped' for a step that did not run),
    and what ingest found (files read, documents extracted, kept, removed)."""
    stages: dict = {k: round(v, 2) for k, v in before.items()}
    for st in instance.get_run_step_stats(result.run_id):
        name = STAGES.get(st.step_key, st.step_key)
        stages[name] = round(st.end_time - st.start_time, 2) if st.end_time and st.start_time else "skipped"
    for name in STAGES.values():
        stages.setdefault(name, "skipped")
    ingest = {}
    for m in result.asset_materializations_for_node("ingest_raw_files"):
        if m.asset_key.to_user_string() == "documents":
            ingest = {k: v.value for k, v in m.metadata.items()
                      if k in ("files", "files_read", "documents_extracted", "documents_kept", "documents_removed")}
    return {"stages": stages, "ingest": ingest}


def _busy_message(event) -> str | None:
    """The WarehouseBusy sentence behind a failed step, if that is why it failed."""
    error = getattr(event.event_specific_data, "error", None) if event.event_specific_data else None
    seen = 0
    while error is not None and seen < 10:
        if error.cls_name == "WarehouseBusy" or "WarehouseBusy:" in (error.message or ""):
            text = error.message.strip()
            return text.split("WarehouseBusy: ", 1)[-1] if "WarehouseBusy: " in text else text
        error = error.cause or error.context
        seen += 1
    return None


if __name__ == "__main__":
    sys.exit(main())
