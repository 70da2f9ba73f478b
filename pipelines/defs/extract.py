"""Extract stage: observations and table cells from every document."""


import dagster as dg
import polars as pl

from pipelines.defs.metadata import frame_metadata, progress
from pipelines.extract import extract_corpus


@dg.multi_asset(
    outs={
        "extracted_observations": dg.AssetOut(description="Observations read from prose and tables, before validation.",
                                              kinds={"polars"}),
        "extracted_table_cells": dg.AssetOut(description="Every cell of every table, as printed.", kinds={"polars"}),
        "extraction_rejects": dg.AssetOut(description="Rows the extractor could not read (ragged table rows, failures).",
                                          kinds={"polars"}),
    },
    group_name="extract",
)
def extract_observations(context: dg.AssetExecutionContext, documents: pl.DataFrame):
    observations, cells, rejected = extract_corpus(documents)
    rejects = pl.DataFrame(rejected, schema={k: pl.String for k in
                                             ("doc_id", "source_file", "stage", "row_kind", "check_name", "reason", "payload")})
    by_method = observations.group_by("method").len().sort("method")
    progress(context, f"extract: {observations.height} observations, {cells.height} table cells, {rejects.height} rejected rows")
    yield dg.Output(observations, output_name="extracted_observations", metadata={
        **frame_metadata(observations, ["source_file", "indicator_code", "region", "period", "measure", "value", "unit"]),
        "by_method": dg.MetadataValue.json(dict(by_method.iter_rows()))})
    yield dg.Output(cells, output_name="extracted_table_cells", metadata=frame_metadata(cells))
    yield dg.Output(rejects, output_name="extraction_rejects", metadata=frame_metadata(rejects))
