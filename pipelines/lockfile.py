"""One writer per warehouse: a second `caravan run` (or a Dagster UI materialization) on the same
output folder waits for the first, or stops with one clear sentence, instead of fighting over
DuckDB's file lock.

The lock is an flock on <out>/.caravan-writer.lock, so it goes when its process goes, even when
killed. It is re-entrant within one process: `caravan run` takes it for the whole run, and the
load, dbt and export assets, which take it too (for runs started from the Dagster UI), then just
join in.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Self

DEFAULT_WAIT_SECONDS = 5.0
_HELD: dict[str, tuple[int, int]] = {}  # lock path -> (owning pid, depth)


class WarehouseBusy(RuntimeError):
    """Another process writes (or holds open) the warehouse; the message is one sentence to show."""


def lock_wait_seconds() -> float:
    """How long to wait for another writer before giving up (CARAVAN_LOCK_WAIT, default 5 s)."""
    try:
        return max(0.0, float(os.environ.get("CARAVAN_LOCK_WAIT", DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


class WriterLock:
    def __init__(self, out_dir: Path, wait: float | None = None, what: str | None = None):
        self.path = Path(out_dir).resolve() / ".caravan-writer.lock"
        self.wait = lock_wait_seconds() if wait is None else wait
        self.what = what or " ".join([Path(sys.argv[0]).name, *sys.argv[1:2]]) or "caravan"
        self._fh = None
        self._nested = False

    def __enter__(self) -> Self:
        key = str(self.path)
        held = _HELD.get(key)
        if held and held[0] == os.getpid():  # this process holds it already: join in
            _HELD[key] = (held[0], held[1] + 1)
            self._nested = True
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "another process"
                    fh.close()
                    raise WarehouseBusy(self.busy_message(holder)) from None
                time.sleep(0.25)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, {self.what}, since {datetime.now().isoformat(timespec='seconds')}")
        fh.flush()
        self._fh = fh
        _HELD[key] = (os.getpid(), 1)
        return self

    def busy_message(self, holder: str) -> str:
        out = self.path.parent
        pid = holder.split(",")[0].removeprefix("pid ").strip()
        stop = f" (`kill {pid}`)" if pid.isdigit() else ""
        waited = f" and did not finish within {self.wait:g} s" if self.wait else ""
        return (f"another Caravan run ({holder}) is writing the warehouse in {out}{waited}: "
                f"wait for it to finish or stop it{stop}, then run again, or pass --wait SECONDS (CARAVAN_LOCK_WAIT) to queue "
                f"behind it; readers can use the Parquet files in {out / 'parquet'} meanwhile")

    def __exit__(self, *exc) -> None:
        key = str(self.path)
        if self._nested:
            pid, depth = _HELD[key]
            _HELD[key] = (pid, depth - 1)
            return
        _HELD.pop(key, None)
        if self._fh:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
