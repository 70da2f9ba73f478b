"""Ingest stage: the documents of the raw folder as a Polars frame; only the files that changed
since the last run are read (pipelines/incremental.py), their text written to Parquet a batch at a
time, so the stage never holds every document's text."""


from pathlib import Path

import dagster as dg

from pipelines.defs.metadata import frame_metadata, progress
from pipelines.defs.resources import CaravanPaths, scratch_dir
from pipelines.incremental import read_changed, read_previous

DOCUMENT_ROW_GROUP = 200  # documents per Parquet row group: ~2 MB of text, what a reader decodes at once


@dg.multi_asset(
    outs={
        "documents": dg.AssetOut(description="One row per distinct document to extract: new, edited or renamed "
                                             "since the last run (decoded text and metadata).",
                                 kinds={"polars"}, metadata={"parquet_row_group_rows": DOCUMENT_ROW_GROUP}),
        "files_seen": dg.AssetOut(description="Every file of the raw folder, what became of it, its (mtime, size) "
                                              "and whether this run read it or kept its document's rows.",
                                  kinds={"polars"}),
    },
    group_name="ingest",
)
def ingest_raw_files(context: dg.AssetExecutionContext, paths: CaravanPaths):
    # the batch files stay until the IO manager has stored `documents` (a scan of them): Dagster
    # stores a yielded output before it resumes this generator
    with scratch_dir(paths, f"ingest-{context.run.run_id}") as scratch:
        corpus = read_changed(Path(paths.raw_dir), read_previous(paths.db_path), folder=scratch)
        documents, files_seen, stats = corpus.documents, corpus.files_seen, corpus.stats()
        progress(context, f"ingest: {stats['files']} files, {stats['files_read']} read; {stats['documents_extracted']} "
                          f"documents to extract, {stats['documents_kept']} unchanged, {stats['documents_removed']} "
                          f"removed, {stats['quarantined_files']} files quarantined, from {paths.raw_dir}")
        yield dg.Output(documents, output_name="documents", metadata={**frame_metadata(
            documents, ["source_file", "title", "doc_date", "encoding", "n_chars"]), **stats})
    yield dg.Output(files_seen, output_name="files_seen", metadata={
        **frame_metadata(files_seen, ["source_file", "outcome", "decoded_this_run", "extracted_this_run", "reason"]),
        "quarantined": stats["quarantined_files"]})
