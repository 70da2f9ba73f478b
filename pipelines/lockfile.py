"""One writer per warehouse: a second `caravan run` on the same folder stops with a clear message
instead of fighting over DuckDB's file lock."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class WarehouseBusy(RuntimeError):
    pass


class WriterLock:
    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / ".caravan-writer.lock"
        self._fh = None

    def __enter__(self) -> "WriterLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "a+")
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._fh.seek(0)
            holder = self._fh.read().strip() or "another process"
            self._fh.close()
            raise WarehouseBusy(
                f"another Caravan run ({holder}) is writing {self.path.parent}; wait for it to finish, "
                f"or stop it, then run again (readers can use the Parquet files meanwhile)") from None
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(f"pid {os.getpid()}")
        self._fh.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self._fh:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
