"""What dbt must rebuild after a load: nothing when neither the staging rows nor the dbt project
changed since the last successful build; the nodes downstream of the staging tables whose rows
changed when only data changed; everything when the project changed (or no build is recorded,
or a mart is missing).

Staging tables are compared by a fingerprint of their rows (count and order-free hashes over the
columns dbt reads), so the plan does not depend on how the rows were written. The fingerprints of
the last successful build are kept in the warehouse, in `meta.dbt_builds`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipelines.export import EXPORTED_MODELS
from pipelines.load import COLUMNS, connect
from pipelines.project import dbt_project_fingerprint

SOURCE_PREFIX = "source.caravan.staging."
# the columns dbt's staging models read (files_seen's mtime and size are for the next run's ingest)
FINGERPRINT_COLUMNS = {**COLUMNS, "files_seen": ["source_file", "doc_id", "outcome", "reason"]}
META_DDL = """create schema if not exists meta;
create table if not exists meta.dbt_builds (
    built_at timestamp, project_fingerprint varchar, staging_fingerprints varchar, mode varchar, nodes integer)"""


@dataclass
class Plan:
    mode: str  # "skip", "partial" or "full"
    reason: str
    fingerprints: dict[str, str] = field(default_factory=dict)
    project: str = ""
    changed: list[str] = field(default_factory=list)  # staging tables whose rows changed
    selected: list[str] = field(default_factory=list)  # unique ids of the dbt nodes to build (partial)
    reused: list[str] = field(default_factory=list)  # unique ids of the dbt nodes left as they are (partial)


def staging_fingerprints(con) -> dict[str, str]:
    out = {}
    for table, cols in FINGERPRINT_COLUMNS.items():
        row_hash = f"hash({', '.join(cols)})"  # identifiers from the fixed lists of load.COLUMNS
        n, x, s = con.execute(f"select count(*), bit_xor({row_hash}), sum({row_hash} >> 32) "
                              f"from staging.{table}").fetchone()
        out[table] = f"{n}:{x}:{s}"
    return out


def _relations(con) -> set[tuple[str, str]]:
    return set(con.execute("select table_schema, table_name from information_schema.tables").fetchall())


def last_build(con) -> tuple[str, dict[str, str]] | None:
    if ("meta", "dbt_builds") not in _relations(con):
        return None
    row = con.execute("select project_fingerprint, staging_fingerprints from meta.dbt_builds "
                      "order by built_at desc limit 1").fetchone()
    return (row[0], json.loads(row[1])) if row else None


def downstream(manifest: dict, roots: list[str]) -> set[str]:
    children = manifest["child_map"]
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def in_dependency_order(manifest: dict, uids: set[str]) -> list[str]:
    """The nodes, each after the nodes it depends on (ties by name)."""
    parents = manifest["parent_map"]
    done: list[str] = []
    placed: set[str] = set()

    def place(uid: str) -> None:
        if uid in placed:
            return
        placed.add(uid)
        for parent in sorted(parents.get(uid, [])):
            if parent in uids:
                place(parent)
        done.append(uid)
    for uid in sorted(uids):
        place(uid)
    return done


def make_plan(db_path: Path, manifest_path: Path, full: bool = False) -> Plan:
    project = dbt_project_fingerprint()
    con = connect(db_path, read_only=True)
    try:
        fingerprints = staging_fingerprints(con)
        previous = last_build(con)
        relations = _relations(con)
    finally:
        con.close()
    plan = Plan("full", "", fingerprints, project)
    if full:
        plan.reason = "a full build was asked for"
    elif previous is None:
        plan.reason = "no earlier dbt build is recorded in this warehouse"
    elif previous[0] != project:
        plan.reason = "the dbt project changed since the last build"
    elif not all(rel in relations for rel in EXPORTED_MODELS):
        plan.reason = "a mart is missing"
    else:
        plan.changed = [t for t, fp in fingerprints.items() if previous[1].get(t) != fp]
        manifest = json.loads(Path(manifest_path).read_text())
        nodes = {u for u in [*manifest["nodes"], *manifest.get("unit_tests", {})]
                 if u.split(".")[0] in ("model", "seed", "snapshot", "test", "unit_test")}
        if not plan.changed:  # every node stays as it is (reported as reused, so the export still runs)
            plan.mode, plan.reason = "skip", "no staging row changed since the last dbt build"
            plan.reused = in_dependency_order(manifest, nodes)
            return plan
        plan.selected = sorted(downstream(manifest, [SOURCE_PREFIX + t for t in plan.changed]) & nodes)
        plan.reused = in_dependency_order(manifest, nodes - set(plan.selected))
        plan.mode = "partial"
        plan.reason = f"rows changed in staging.{', staging.'.join(plan.changed)}"
    return plan


def exclude_args(plan: Plan, manifest: dict) -> list[str]:
    """`--exclude` arguments for the nodes a partial build leaves as they are (by name: dbt has no
    unique-id selector; unit tests by the unit_test method)."""
    names = []
    for uid in plan.reused:
        node = manifest["unit_tests"][uid] if uid.startswith("unit_test.") else manifest["nodes"][uid]
        names.append(f"unit_test:{node['name']}" if uid.startswith("unit_test.") else f"fqn:{'.'.join(node['fqn'])}")
    # indirect selection off: a test of a rebuilt model that also reads a reused one (a relationship to
    # dim_indicator) still runs; dbt's default would drop it along with the excluded model
    return ["--exclude", " ".join(names), "--indirect-selection", "empty"] if names else []


def record_build(db_path: Path, plan: Plan) -> None:
    """After a successful build: what it was built from, for the next run's plan."""
    con = connect(db_path)
    try:
        con.execute(META_DDL)
        con.execute("insert into meta.dbt_builds values (?, ?, ?, ?, ?)",
                    [datetime.now(UTC).replace(tzinfo=None), plan.project, json.dumps(plan.fingerprints), plan.mode,
                     len(plan.selected) if plan.mode == "partial" else None])
        con.execute("delete from meta.dbt_builds where built_at < (select max(built_at) from meta.dbt_builds) "
                    "- interval 30 day")
    finally:
        con.close()
