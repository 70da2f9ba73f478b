"""Throughput of the extractor alone (no Dagster, no DuckDB) on the seed corpus repeated N times.

    uv run python -m benchmarks.throughput            # seed corpus x 100, one process
    uv run python -m benchmarks.throughput --times 20 --workers 2
"""

from __future__ import annotations

import argparse
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pipelines.extract import extract_document
from pipelines.ingest import read_corpus

REPO = Path(__file__).resolve().parents[1]


def _extract_batch(texts: list[str]) -> int:
    return sum(len(extract_document(t).observations) for t in texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--times", type=int, default=100)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--raw-dir", type=Path, default=REPO / "raw")
    a = ap.parse_args(argv)
    docs, _, _ = read_corpus(a.raw_dir)
    texts = list(docs["text"]) * a.times
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started, cpu_started = time.perf_counter(), time.process_time()
    if a.workers == 1:
        n_obs = _extract_batch(texts)
        cpu = time.process_time() - cpu_started  # the process's own CPU time: robust to a busy machine
    else:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        chunks = [texts[i::a.workers] for i in range(a.workers)]
        with ProcessPoolExecutor(a.workers) as pool:
            n_obs = sum(pool.map(_extract_batch, chunks))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers' CPU time (they exit with the pool)
        cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    seconds = time.perf_counter() - started
    per_core = (f", {size_mb / cpu:.2f} MB/s per CPU-second" if a.workers == 1 else
                f", {size_mb / seconds / a.workers:.2f} MB/s per core by wall time, "
                f"{size_mb / cpu:.2f} MB/s per CPU-second of the workers")
    print(f"{len(texts)} documents, {size_mb:.1f} MB, {n_obs} observations in {seconds:.1f} s wall: "
          f"{size_mb / seconds:.2f} MB/s with {a.workers} worker(s){per_core}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
