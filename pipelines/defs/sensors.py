"""A sensor that starts `caravan_all` when files under the raw folder are added, edited, renamed or
removed.

The cursor is a fingerprint of every file's (path, mtime, size), not the folder's mtime (which
misses edits inside the folder and changes in subfolders). One change set is one run, whatever
its size: a back-fill of ten thousand files is a single run, and the run itself reads only the
files that changed (pipelines/incremental.py). The run key is the fingerprint, so the same change
set never runs twice, unless its run failed (the warehouse was busy, say): then the next tick asks
again. The sensor waits while files are still being written (the newest mtime is less than
`CARAVAN_SENSOR_QUIET_SECONDS` old) and while any run is in progress, without moving its cursor:
the changes are picked up by the next tick, in one run.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import dagster as dg

from pipelines.defs.resources import CaravanPaths
from pipelines.ingest import discover_files

JOB_NAME = "caravan_all"
DEFAULT_QUIET_SECONDS = 10.0
IN_PROGRESS = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
               dg.DagsterRunStatus.STARTED]


def quiet_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get("CARAVAN_SENSOR_QUIET_SECONDS", DEFAULT_QUIET_SECONDS)))
    except ValueError:
        return DEFAULT_QUIET_SECONDS


def folder_state(raw_dir: Path) -> tuple[str, int, float]:
    """(fingerprint of every entry's path, mtime_ns and size; number of entries; newest mtime)."""
    digest = hashlib.sha256()
    newest, n = 0.0, 0
    for found in discover_files(raw_dir):
        try:
            st = os.stat(found.path, follow_symlinks=False)
            mtime_ns, size = st.st_mtime_ns, st.st_size
        except OSError:
            mtime_ns, size = -1, -1
        digest.update(f"{found.relpath}\0{mtime_ns}\0{size}\n".encode("utf-8", "surrogateescape"))
        newest = max(newest, mtime_ns / 1e9)
        n += 1
    return digest.hexdigest()[:24], n, newest


@dg.sensor(job_name=JOB_NAME, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs caravan_all once per batch of new, edited or removed files in the raw folder.")
def raw_files_sensor(context: dg.SensorEvaluationContext, paths: CaravanPaths):
    raw_dir = Path(paths.raw_dir)
    if not raw_dir.is_dir():
        return dg.SkipReason(f"the raw folder {raw_dir} does not exist")
    fingerprint, n_files, newest = folder_state(raw_dir)
    previous = json.loads(context.cursor) if context.cursor else {}
    retry = 0
    if previous.get("fingerprint") == fingerprint:
        last = context.instance.get_runs(dg.RunsFilter(tags={"dagster/run_key": previous.get("run_key", "")}), limit=1)
        if not (last and last[0].status == dg.DagsterRunStatus.FAILURE):
            return dg.SkipReason(f"no file changed ({n_files} files)")
        retry = previous.get("retry", 0) + 1  # its run failed (e.g. the warehouse was busy): this change set again
    wait = quiet_seconds()
    if newest > time.time() - wait:
        return dg.SkipReason(f"files are still being written (one changed less than {wait:g} s ago): next tick")
    if context.instance.get_runs(dg.RunsFilter(statuses=IN_PROGRESS), limit=1):
        return dg.SkipReason("a run is in progress: the changes go to the next run")
    run_key = f"raw-{fingerprint}" + (f"-retry{retry}" if retry else "")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=run_key, tags={
            "caravan/raw_dir": str(raw_dir), "caravan/files": str(n_files),
            "caravan/previous_files": str(previous.get("files", "none"))})],
        cursor=json.dumps({"fingerprint": fingerprint, "files": n_files, "run_key": run_key, "retry": retry}),
    )
