"""Where Caravan reads raw documents and writes the warehouse: one resource every stage shares."""


import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import dagster as dg

from pipelines.project import DEFAULT_OUT_DIR, DEFAULT_RAW_DIR, duckdb_path

DUCKDB_POOL = "duckdb"  # one writer at a time: every asset that opens the database file uses it


class CaravanPaths(dg.ConfigurableResource):
    raw_dir: str = str(DEFAULT_RAW_DIR)
    out_dir: str = str(DEFAULT_OUT_DIR)

    @property
    def db_path(self) -> Path:
        return duckdb_path(Path(self.out_dir))

    @property
    def parquet_dir(self) -> Path:
        return Path(self.out_dir).resolve() / "parquet"


def default_paths() -> CaravanPaths:
    return CaravanPaths(raw_dir=os.environ.get("CARAVAN_RAW_DIR", str(DEFAULT_RAW_DIR)),
                        out_dir=os.environ.get("CARAVAN_OUT_DIR", str(DEFAULT_OUT_DIR)))


@contextmanager
def scratch_dir(paths: CaravanPaths, name: str) -> Iterator[Path]:
    """A fresh folder under the output folder (out/tmp/<name>) for a stage's batch files, removed
    afterwards, also when the stage fails. An asset that yields scans of these files must yield them
    inside the `with`: Dagster stores each yielded output before it resumes the asset."""
    folder = Path(paths.out_dir).resolve() / "tmp" / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        with suppress(OSError):  # another stage's folder may still be there
            folder.parent.rmdir()
