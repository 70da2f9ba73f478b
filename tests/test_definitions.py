"""The Dagster code location loads and holds every stage (a snapshot catches renames)."""

from pipelines.project import ensure_manifest

EXPECTED = {
    "documents", "files_seen", "extracted_observations", "extracted_table_cells", "extraction_rejects",
    "valid_documents", "valid_observations", "valid_table_cells", "quarantine_rows",
    "staging/documents", "staging/observations", "staging/table_cells", "staging/quarantine", "staging/files_seen",
    "seeds/indicator_catalog", "seeds/places", "seeds/units",
    "marts/fct_observations", "marts/dim_indicator", "marts/dim_region", "marts/dim_source",
    "marts/economy_indicators", "marts/trade_indicators", "marts/logistics_indicators", "marts/social_indicators",
    "review/review_unmapped_labels", "parquet_exports",
}


def test_definitions_load_with_every_stage():
    ensure_manifest()
    from pipelines.definitions import defs

    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert EXPECTED <= keys
    groups = {graph.get(k).group_name for k in graph.get_all_asset_keys() if graph.get(k).is_materializable}
    assert {"ingest", "extract", "validate", "load", "transform", "export"} <= groups


def test_every_duckdb_asset_shares_one_pool():
    ensure_manifest()
    from pipelines.definitions import ALL_ASSETS

    pools = {a.node_def.name: a.node_def.pool for a in ALL_ASSETS}
    for name in ("staging_tables", "caravan_dbt_models", "parquet_exports"):
        assert pools[name] == "duckdb", name


def test_dbt_tests_are_asset_checks():
    ensure_manifest()
    from pipelines.definitions import defs

    checks = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert any(c.startswith("unique_fct_observations") for c in checks)
    assert "every_file_accounted_for" in checks
