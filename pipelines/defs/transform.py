"""Transform stage: the dbt project (seeds, staging, intermediate, marts) as Dagster assets;
dbt tests become asset checks. Only what depends on changed staging rows is rebuilt
(pipelines/transform_plan.py): nothing when no row changed, every node when the project changed.
The big marts are incremental by document (dbt_project/macros/incremental_documents.sql): a partial
build rewrites only the rows of the documents loaded since the last build; a full one uses --full-refresh."""


import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets
from dagster_dbt.asset_utils import DAGSTER_DBT_UNIQUE_ID_METADATA_KEY as UNIQUE_ID

from pipelines.defs.metadata import progress
from pipelines.defs.resources import DUCKDB_POOL, CaravanPaths
from pipelines.incremental import full_refresh_requested
from pipelines.load import busy_message, connect
from pipelines.lockfile import WarehouseBusy, WriterLock
from pipelines.project import dbt_project
from pipelines.transform_plan import exclude_args, make_plan, record_build


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
            subset = context.selected_asset_keys != set(context.assets_def.keys)
            plan = make_plan(paths.db_path, dbt_project.manifest_path, full=subset or full_refresh_requested())
            if plan.mode == "skip":  # every model stays as it is; say so, so the export still runs (and
                # repairs a Parquet set a killed export left half-written)
                progress(context, f"transform: dbt build skipped ({plan.reason})")
                yield from _reused(context, plan)  # every node, tests too (make_plan): no check goes unanswered
                return
            args = ["build"]
            if plan.mode == "partial":
                manifest = json.loads(dbt_project.manifest_path.read_text())
                args += exclude_args(plan, manifest)
                progress(context, f"transform: dbt build of {len(plan.selected)} nodes downstream of the changed "
                                  f"staging tables ({plan.reason}); {len(plan.reused)} nodes unchanged")
            else:  # the incremental marts too are rebuilt whole, not from the rows they hold
                args.append("--full-refresh")
                progress(context, f"transform: dbt build (seeds, models, tests, contracts): {plan.reason}")
            if plan.mode == "partial":  # left as they are: say so first (they come before what is rebuilt)
                yield from _reused(context, plan)
            yield from dbt.cli(args, context=context).stream()
            record_build(paths.db_path, plan)
            progress(context, "transform: dbt build passed")
    except WarehouseBusy as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc
    except Exception as exc:
        if "Could not set lock" in str(exc):  # DuckDB's lock error, raised inside dbt
            raise dg.Failure(description=busy_message(paths.db_path, str(exc)), allow_retries=False) from exc
        raise


def _reused(context: dg.AssetExecutionContext, plan) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """For every model or seed a partial build leaves as it is (none of the staging tables it reads
    changed), a materialization marked as reused (dbt's REUSED status), and for each of its tests
    the result of the last build (passed: a build is recorded only when every test passed), marked
    the same way. Without them, what reads those models (the Parquet export) would be skipped.
    No reused node depends on a rebuilt one, so these come first, in the topological order Dagster
    asks of a multi-asset."""
    keys_by_node = {spec.metadata.get(UNIQUE_ID): spec.key for spec in context.assets_def.specs}
    checks_by_name = {spec.name: spec.key for spec in context.assets_def.check_specs}
    selected_checks = context.selected_asset_check_keys
    why = {"dbt/status": "reused", "reason": "none of the staging tables it reads changed since the last dbt build"}
    for uid in plan.reused:
        key = keys_by_node.get(uid)
        if key is not None and key in context.selected_asset_keys:
            yield dg.MaterializeResult(asset_key=key, metadata=why)
    for uid in plan.reused:
        check = checks_by_name.get(uid.split(".")[2]) if uid.startswith("test.") else None
        if check is not None and check in selected_checks:
            yield dg.AssetCheckResult(asset_key=check.asset_key, check_name=check.name, passed=True,
                                      metadata={**why, "result": "passed in the last dbt build, on the same rows"})
