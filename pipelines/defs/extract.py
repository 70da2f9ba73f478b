"""Extract stage: observations and table cells from the documents ingest hands over (the new and
changed ones), in batches over every core (pipelines/batches.py), read and written batch by batch
so memory stays flat as the corpus grows."""


import dagster as dg
import polars as pl

from pipelines.batches import SCHEMAS, extract_to_parquet
from pipelines.defs.metadata import frame_metadata, progress, row_count
from pipelines.defs.resources import CaravanPaths, scratch_dir


OUTPUTS = {"observations": "extracted_observations", "table_cells": "extracted_table_cells",
           "rejects": "extraction_rejects", "regions": "document_regions"}


@dg.multi_asset(
    outs={
        "extracted_observations": dg.AssetOut(description="Observations read from prose and tables, before validation.",
                                              kinds={"polars"}),
        "extracted_table_cells": dg.AssetOut(description="Every cell of every table, as printed.", kinds={"polars"}),
        "extraction_rejects": dg.AssetOut(description="Rows the extractor could not read (ragged table rows, failures).",
                                          kinds={"polars"}),
        "document_regions": dg.AssetOut(description="The main region each document is about (doc_id, main_region).",
                                        kinds={"polars"}),
    },
    group_name="extract",
)
def extract_observations(context: dg.AssetExecutionContext, paths: CaravanPaths, documents: pl.LazyFrame):
    sizes = documents.select("n_chars").collect()["n_chars"]
    total_docs, total_mb = len(sizes), int(sizes.sum() or 0) / 1e6
    if not total_docs:  # nothing new or changed: empty frames, without workers or scratch files
        progress(context, "extract: 0 observations, 0 table cells, 0 rejected rows, from 0 documents")
        for name, schema in SCHEMAS.items():
            empty = pl.DataFrame(schema=schema)
            yield dg.Output(empty, output_name=OUTPUTS[name], metadata=frame_metadata(empty))
        return
    step = max(1, total_docs // 10)
    last = [0]

    def on_batch(docs: int, chars: int) -> None:  # about ten progress lines per run
        if docs - last[0] >= step or docs == total_docs:
            last[0] = docs
            context.log.info(f"extract: {docs}/{total_docs} documents, {chars / 1e6:.1f}/{total_mb:.1f} MB")

    # Each batch's rows go to Parquet files in a scratch folder as they come; the outputs are scans
    # of those files, which the IO manager streams into its own files. Dagster stores a yielded
    # output before it resumes this generator, so the folder can go once the last one is stored.
    with scratch_dir(paths, f"extract-{context.run.run_id}") as scratch:
        out = extract_to_parquet(documents, scratch, on_batch=on_batch)
        observations, cells, rejects, regions = out["observations"], out["table_cells"], out["rejects"], out["regions"]
        by_method = observations.group_by("method").len().sort("method").collect()
        progress(context, f"extract: {row_count(observations)} observations, {row_count(cells)} table cells, "
                          f"{row_count(rejects)} rejected rows, from {total_docs} documents")
        yield dg.Output(observations, output_name="extracted_observations", metadata={
            **frame_metadata(observations, ["source_file", "indicator_code", "region", "period", "measure", "value",
                                            "unit"]),
            "by_method": dg.MetadataValue.json(dict(by_method.iter_rows()))})
        yield dg.Output(cells, output_name="extracted_table_cells", metadata=frame_metadata(cells))
        yield dg.Output(rejects, output_name="extraction_rejects", metadata=frame_metadata(rejects))
        yield dg.Output(regions, output_name="document_regions", metadata=frame_metadata(regions))
