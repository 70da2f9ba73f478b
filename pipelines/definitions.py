"""The Dagster code location: every stage's assets, checks and resources."""

from __future__ import annotations

import dagster as dg
from dagster_dbt import DbtCliResource

from pipelines.defs.export import parquet_exports
from pipelines.defs.extract import extract_observations
from pipelines.defs.ingest import ingest_raw_files
from pipelines.defs.io import FrameIOManager
from pipelines.defs.load import staging_tables
from pipelines.defs.resources import default_paths
from pipelines.defs.sensors import raw_files_sensor
from pipelines.defs.transform import caravan_dbt_models
from pipelines.defs.validate import validate_frames
from pipelines.project import dbt_project

ALL_ASSETS = [ingest_raw_files, extract_observations, validate_frames, staging_tables, caravan_dbt_models,
              parquet_exports]


def resources(paths=None) -> dict:
    return {"paths": paths or default_paths(), "dbt": DbtCliResource(project_dir=dbt_project),
            "io_manager": FrameIOManager()}  # frames between stages as Parquet files (pipelines/defs/io.py)


caravan_job = dg.define_asset_job("caravan_all", selection=dg.AssetSelection.all(),
                                  description="Every stage: raw text in, marts and Parquet out.")

defs = dg.Definitions(assets=ALL_ASSETS, jobs=[caravan_job], sensors=[raw_files_sensor], resources=resources())


def caravan_job_for_run() -> dg.JobDefinition:
    """caravan_all for `caravan run`, which passes its folders as run config (resources.paths.config):
    Dagster caches a reconstructed job, so they cannot be bound here. The CLI runs it with
    dg.execute_job, which, unlike dg.materialize, does not keep every stage's output frames in
    memory for its result."""
    from pipelines.defs.resources import CaravanPaths

    bound = {**resources(), "paths": CaravanPaths.configure_at_launch()}
    return dg.Definitions(assets=ALL_ASSETS, jobs=[caravan_job], resources=bound).resolve_job_def("caravan_all")
