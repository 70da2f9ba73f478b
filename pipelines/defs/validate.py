"""Validate stage: Pandera models decide what enters the warehouse; the rest is quarantined.

Validation runs inside the asset (a Pandera Dagster type would kill the step on failure), and
its outcome shows in the UI as asset checks. Frames are read and checked chunk by chunk
(pipelines/validate.py `split_valid_chunked`), so memory does not grow with the corpus.
"""


import json

import dagster as dg
import polars as pl

from pipelines.defs.metadata import frame_metadata, md_table, progress, row_count
from pipelines.defs.resources import CaravanPaths, scratch_dir
from pipelines.incremental import kept_doc_ids
from pipelines.validate import QUARANTINE_SCHEMA, split_valid_chunked
from schemas import DocumentModel, ObservationModel, TableCellModel

CHECKS = {
    "valid_documents": ("documents_conform", "Every decoded document passes DocumentModel."),
    "valid_observations": ("observations_conform", "Every extracted observation passes ObservationModel; failures are quarantined."),
    "valid_table_cells": ("table_cells_conform", "Every table cell passes TableCellModel."),
    "quarantine_rows": ("every_file_accounted_for", "Files seen = documents + duplicates + quarantined files."),
}


@dg.multi_asset(
    outs={
        "valid_documents": dg.AssetOut(kinds={"pandera", "polars"}, description="Documents that passed DocumentModel."),
        "valid_observations": dg.AssetOut(kinds={"pandera", "polars"}, description="Observations that passed ObservationModel."),
        "valid_table_cells": dg.AssetOut(kinds={"pandera", "polars"}, description="Table cells that passed TableCellModel."),
        "quarantine_rows": dg.AssetOut(kinds={"polars"}, description="Everything held back, with the failed check and a reason."),
    },
    check_specs=[dg.AssetCheckSpec(name, asset=asset, description=desc,
                                   blocking=(name == "every_file_accounted_for"))
                 for asset, (name, desc) in CHECKS.items()],
    group_name="validate",
)
def validate_frames(context: dg.AssetExecutionContext, paths: CaravanPaths, documents: pl.LazyFrame,
                    files_seen: pl.DataFrame, extracted_observations: pl.LazyFrame,
                    extracted_table_cells: pl.LazyFrame, extraction_rejects: pl.DataFrame):
    # chunk by chunk into a scratch folder; the outputs are scans of it, which the IO manager
    # streams into its own files before this generator resumes, so the folder goes at the end
    with scratch_dir(paths, f"validate-{context.run.run_id}") as scratch:
        # documents carry their text: a smaller chunk. The warehouse keeps no text, so it is checked, then dropped
        docs_ok, docs_bad, n_docs = split_valid_chunked(documents, DocumentModel, "file", "doc_id", scratch / "documents",
                                                        chunk_rows=2_000, drop=("text",))
        obs_ok, obs_bad, n_obs = split_valid_chunked(extracted_observations, ObservationModel, "observation", "obs_id",
                                                     scratch / "observations")
        cells_ok, cells_bad, n_cells = split_valid_chunked(extracted_table_cells, TableCellModel, "table_cell",
                                                           "cell_id", scratch / "table_cells")
        quarantine = pl.concat([_file_rows(files_seen), extraction_rejects.select(list(QUARANTINE_SCHEMA)),
                                docs_bad, obs_bad, cells_bad], how="vertical_relaxed")
        progress(context, f"validate: {row_count(obs_ok)} observations valid, {quarantine.height} rows quarantined")
        yield dg.Output(docs_ok, output_name="valid_documents", metadata=frame_metadata(docs_ok, ["source_file", "title"]))
        yield dg.Output(obs_ok, output_name="valid_observations", metadata=frame_metadata(
            obs_ok, ["source_file", "indicator_code", "region", "period", "measure", "value", "unit"]))
        yield dg.Output(cells_ok, output_name="valid_table_cells", metadata=frame_metadata(cells_ok))
        yield dg.Output(quarantine, output_name="quarantine_rows", metadata={
            **frame_metadata(quarantine, ["source_file", "stage", "row_kind", "check_name", "reason"]),
            "by_reason": dg.MetadataValue.json(_by_reason(quarantine))})
    for asset, bad, total in (("valid_documents", docs_bad, n_docs), ("valid_observations", obs_bad, n_obs),
                              ("valid_table_cells", cells_bad, n_cells)):
        yield dg.AssetCheckResult(asset_key=asset, check_name=CHECKS[asset][0], passed=bad.is_empty(),
                                  severity=dg.AssetCheckSeverity.WARN,
                                  metadata={"rows_checked": total, "rows_quarantined": bad.height,
                                            "by_check": dg.MetadataValue.json(_by_reason(bad)),
                                            "examples": md_table(bad.select("source_file", "check_name", "reason"), 10)})
    yield _accounting_check(n_docs, files_seen)


def _file_rows(files_seen: pl.DataFrame) -> pl.DataFrame:
    bad = files_seen.filter(pl.col("outcome") == "quarantined")
    return pl.DataFrame({
        "doc_id": [None] * bad.height, "source_file": bad["source_file"], "stage": ["ingest"] * bad.height,
        "row_kind": ["file"] * bad.height, "check_name": ["unreadable_file"] * bad.height,
        "reason": bad["reason"], "payload": [json.dumps({"source_file": f}) for f in bad["source_file"]],
    }, schema=QUARANTINE_SCHEMA)


def _by_reason(frame: pl.DataFrame) -> dict:
    if frame.is_empty():
        return {}
    return dict(frame.group_by("check_name").len().sort("check_name").iter_rows())


def _accounting_check(n_documents: int, files_seen: pl.DataFrame) -> dg.AssetCheckResult:
    counts = dict(files_seen.group_by("outcome").len().iter_rows())
    seen = files_seen.height
    kept = len(kept_doc_ids(files_seen))  # unchanged documents: their rows stay from an earlier run
    accounted = counts.get("document", 0) + counts.get("duplicate", 0) + counts.get("quarantined", 0)
    passed = seen == accounted and counts.get("document", 0) == n_documents + kept
    return dg.AssetCheckResult(asset_key="quarantine_rows", check_name="every_file_accounted_for", passed=passed,
                               metadata={"files_seen": seen, "documents": n_documents, "documents_kept": kept,
                                         "duplicates": counts.get("duplicate", 0),
                                         "quarantined_files": counts.get("quarantined", 0)})
