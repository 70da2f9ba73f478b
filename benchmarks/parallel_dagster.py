"""Extraction batches as Dagster steps, run in parallel by Dagster's multiprocess executor: the
shape the pipeline takes past one machine (docs/scaling.md), tried on this one.

    uv run python -m benchmarks.parallel_dagster --raw-dir /tmp/caravan-scale/corpus1000-seed0 --batches 8

One op lists the raw folder and fans out one dynamic step per batch of files; each batch step
decodes and extracts its files (pipelines.ingest + pipelines.batches.extract_batch, the same
functions the pipeline's assets call) and writes its observations as one Parquet file per batch,
the way staging would live in object storage; a last op reads every batch file back through
DuckDB's read_parquet, as dbt-duckdb would. The job runs twice, on the in-process executor and on
the multiprocess executor (max_concurrent = --workers), and the two wall times are printed.
Each multiprocess step is a new Python process that imports Dagster and the extractor (a few
seconds), so batches must be large enough to pay for it. On Kubernetes or Celery the same job
runs each batch step in its own pod or worker (dagster-k8s `k8s_job_executor`,
dagster-celery `celery_executor`) with the Parquet files on S3/GCS.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import dagster as dg


class PlanConfig(dg.Config):
    raw_dir: str
    batches: int = 8


class BatchConfig(dg.Config):
    raw_dir: str
    out_dir: str


@dg.op(out=dg.DynamicOut(list))
def plan_batches(context: dg.OpExecutionContext, config: PlanConfig):
    from pipelines.ingest import discover_files

    files = [f.relpath for f in discover_files(Path(config.raw_dir)) if not f.problem]
    size = max(1, -(-len(files) // config.batches))
    for i in range(0, len(files), size):
        yield dg.DynamicOutput(files[i:i + size], mapping_key=f"batch_{i // size:03d}")
    context.log.info(f"{len(files)} files in batches of {size}")


@dg.op
def extract_batch_step(context: dg.OpExecutionContext, config: BatchConfig, relpaths: list) -> dict:
    from pipelines import ingest
    from pipelines.batches import extract_batch

    raw = Path(config.raw_dir).resolve()
    started = time.perf_counter()
    docs = []
    for rel in relpaths:
        doc, _ = ingest._read_one(ingest.FoundFile(rel, raw / rel), raw)
        if doc:
            docs.append(doc)
    batch = extract_batch(docs)
    out = Path(config.out_dir) / f"{context.get_mapping_key()}.parquet"
    batch.observations.write_parquet(out)
    seconds = time.perf_counter() - started
    context.log.info(f"{len(docs)} documents, {batch.observations.height} observations in {seconds:.1f} s -> {out}")
    return {"docs": len(docs), "observations": batch.observations.height, "chars": batch.n_chars, "seconds": seconds}


@dg.op
def read_back(context: dg.OpExecutionContext, config: BatchConfig, parts: list) -> dict:
    import duckdb

    n = duckdb.execute("select count(*) from read_parquet(?)", [str(Path(config.out_dir) / "*.parquet")]).fetchone()[0]
    total = {k: sum(p[k] for p in parts) for k in ("docs", "observations", "chars", "seconds")}
    assert n == total["observations"], (n, total)
    context.log.info(f"read back {n} observations from {len(parts)} Parquet batch files")
    return total


@dg.graph
def extract_in_batches():
    read_back(plan_batches().map(extract_batch_step).collect())


def _job(executor: str, workers: int) -> dg.JobDefinition:
    if executor == "multiprocess":
        return extract_in_batches.to_job(name="extract_in_batches_multiprocess",
                                         executor_def=dg.multiprocess_executor.configured({"max_concurrent": workers}))
    return extract_in_batches.to_job(name="extract_in_batches_in_process", executor_def=dg.in_process_executor)


def multiprocess_job() -> dg.JobDefinition:  # reconstructable: each step process imports this module
    return _job("multiprocess", int(__import__("os").environ.get("CARAVAN_BENCH_WORKERS", "2")))


def in_process_job() -> dg.JobDefinition:
    return _job("in_process", 1)


def run(executor: str, raw_dir: Path, batches: int, workers: int) -> tuple[float, dict]:
    import os

    os.environ["CARAVAN_BENCH_WORKERS"] = str(workers)
    out = Path(tempfile.mkdtemp(prefix=f"caravan-batches-{executor}-"))
    config = {"ops": {"plan_batches": {"config": {"raw_dir": str(raw_dir), "batches": batches}},
                      "extract_batch_step": {"config": {"raw_dir": str(raw_dir), "out_dir": str(out)}},
                      "read_back": {"config": {"raw_dir": str(raw_dir), "out_dir": str(out)}}}}
    target = dg.reconstructable(multiprocess_job if executor == "multiprocess" else in_process_job)
    started = time.perf_counter()
    with dg.DagsterInstance.local_temp() as instance:  # the multiprocess executor needs a persistent instance
        with dg.execute_job(target, instance=instance, run_config=config) as result:
            assert result.success, executor
            total = result.output_for_node("read_back")
    seconds = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return seconds, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw-dir", type=Path, required=True)
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    results = {}
    for executor in ("in_process", "multiprocess"):
        seconds, total = run(executor, a.raw_dir.resolve(), a.batches, a.workers)
        results[executor] = seconds
        print(f"{executor:12s} {seconds:6.1f} s wall: {total['docs']} documents, {total['chars'] / 1e6:.1f} MB, "
              f"{total['observations']} observations in {a.batches} batches "
              f"({total['seconds']:.1f} s inside the batch steps)", flush=True)
    print(f"speed-up with the multiprocess executor ({a.workers} processes): "
          f"{results['in_process'] / results['multiprocess']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
