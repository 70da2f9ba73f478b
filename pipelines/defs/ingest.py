"""Ingest stage: the documents of the raw folder as a Polars frame."""


from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.defs.metadata import frame_metadata, progress
from pipelines.defs.resources import CaravanPaths
from pipelines.ingest import read_corpus


@dg.multi_asset(
    outs={
        "documents": dg.AssetOut(description="One row per distinct document: decoded text and metadata.",
                                 kinds={"polars"}),
        "files_seen": dg.AssetOut(description="Every file of the raw folder and what became of it.",
                                  kinds={"polars"}),
    },
    group_name="ingest",
)
def ingest_raw_files(context: dg.AssetExecutionContext, paths: CaravanPaths):
    documents, files_seen, _ = read_corpus(Path(paths.raw_dir))
    quarantined = files_seen.filter(pl.col("outcome") == "quarantined").height
    progress(context, f"ingest: {documents.height} documents, {quarantined} files quarantined, from {paths.raw_dir}")
    yield dg.Output(documents, output_name="documents", metadata=frame_metadata(
        documents, ["source_file", "title", "doc_date", "encoding", "n_chars"]))
    yield dg.Output(files_seen, output_name="files_seen", metadata={**frame_metadata(files_seen), "quarantined": quarantined})
