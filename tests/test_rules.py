"""The rule files an analyst edits are data: every row must load, compile and name known codes."""

import re

import pytest

from pipelines.extract.indicators import cues
from pipelines.rules import indicator_catalog, indicator_cues, load_rules, places, read_csv, SEEDS_DIR


def test_every_cue_row_is_well_formed():
    catalog = set(indicator_catalog())
    units = {row["unit"] for row in read_csv(SEEDS_DIR / "units.csv")}
    for row in indicator_cues():
        assert row["indicator_code"] in catalog, row
        assert row["priority"].isdigit(), row
        assert set(filter(None, row["units"].split("|"))) <= units, row
        assert row.get("domain", "") in ("", "economy", "trade", "logistics", "social"), row
    assert len(cues()) == len(indicator_cues())  # and every pattern compiles


def test_every_contract_code_has_a_cue():
    with_cues = {row["indicator_code"] for row in indicator_cues()}
    missing = set(indicator_catalog()) - with_cues - {"other"}
    assert not missing, f"catalog codes no cue can produce: {sorted(missing)}"


@pytest.mark.parametrize("name", ["documents", "numbers", "units", "periods", "measures", "filters", "places",
                                  "text", "tables", "indicator_groups"])
def test_yaml_rule_files_load(name):
    assert load_rules()[name]


def test_every_place_alias_is_unique():
    seen = {}
    for row in places():
        for alias in [row["region"], *filter(None, (row.get("aliases") or "").split("|"))]:
            key = alias.strip().lower()
            assert seen.setdefault(key, row["region"]) == row["region"], alias


def test_regex_rules_compile():
    measures = load_rules()["measures"]
    for key in ("decline", "rate", "target", "target_year", "difference_after", "difference_before", "target_after"):
        re.compile(measures[key])


def test_every_indicator_group_names_catalog_codes():
    catalog = set(indicator_catalog())
    for group in load_rules()["indicator_groups"]["groups"]:
        re.compile(group["pattern"])
        assert len(group["codes"]) >= 2 and set(group["codes"]) <= catalog, group
