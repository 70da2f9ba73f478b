"""Transform stage: the dbt project (seeds, staging, intermediate, marts) as Dagster assets;
dbt tests become asset checks."""


import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from pipelines.defs.metadata import progress
from pipelines.defs.resources import DUCKDB_POOL, CaravanPaths
from pipelines.load import busy_message, connect
from pipelines.lockfile import WarehouseBusy, WriterLock
from pipelines.project import dbt_project


class CaravanDbtTranslator(DagsterDbtTranslator):
    """Models sit in the 'transform' group; sources keep dbt's default keys (staging/<table>),
    which are the load stage's assets."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "transform"


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=CaravanDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)),
    pool=DUCKDB_POOL,
)
def caravan_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, paths: CaravanPaths):
    # dbt opens the DuckDB file itself: no other connection is held while it runs
    os.environ["CARAVAN_DUCKDB_PATH"] = str(paths.db_path)
    try:  # one writer at a time, also when started from the Dagster UI
        with WriterLock(Path(paths.out_dir), what="Dagster asset caravan_dbt_models"):
            connect(paths.db_path).close()  # another program holding the file: wait, or say who
            progress(context, "transform: dbt build (seeds, models, tests, contracts)")
            yield from dbt.cli(["build"], context=context).stream()
            progress(context, "transform: dbt build passed")
    except WarehouseBusy as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc
    except Exception as exc:
        if "Could not set lock" in str(exc):  # DuckDB's lock error, raised inside dbt
            raise dg.Failure(description=busy_message(paths.db_path, str(exc)), allow_retries=False) from exc
        raise
