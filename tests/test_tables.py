"""Tables in plain text, as statistical releases print them: each test writes one table shape
and asserts the exact observations read from it (value in base units, unit, period, measure,
indicator, region), through pipelines.extract.extract_document."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from pipelines.cli import run_pipeline
from pipelines.extract import extract_document
from tests.conftest import SEED_RAW


def table_rows(text: str, doc_date: date | None = None, title: str | None = None) -> list[tuple]:
    """(indicator_code, region, period, measure, value, unit) of each table observation, in
    text order; checks on the way that every offset points at value_as_written."""
    out = []
    for o in extract_document(text, doc_date, title).observations:
        if o["method"] != "table":
            continue
        assert text[o["char_start"]:o["char_end"]] == o["value_as_written"]
        value = round(o["value"], 6)
        out.append((o["indicator_code"], o["region"], o["period"], o["measure"], value, o["unit"]))
    return out


def prose_values(text: str) -> list[str]:
    return [o["value_as_written"] for o in extract_document(text).observations if o["method"] == "prose"]


# ---- shapes ----------------------------------------------------------------------------------

CUSTOMS = """Urumqi Customs: Xinjiang's foreign trade in the first five months of 2025

Xinjiang's foreign trade kept growing, the customs said.

Table 1 Xinjiang foreign trade by trade mode, January-May 2025
Unit: CNY 100 Million
| Trade mode | Import and export | Exports | Imports | Year-on-year (%) |
|---|---|---|---|---|
| Total | 1,691.2 | 1,350.6 | 340.6 | 22.9 |
| General trade | 928.4 | 801.2 | 127.2 | 80.8 |
| Border small-scale trade | 512.3 | 470.1 | 42.2 | -5.2 |
| Processing trade | 20.5 | 12.0 | 8.5 | 3.1 |
| Bonded logistics | 230.0 | 67.3 | 162.7 | n/a |
"""


def test_customs_release_with_a_unit_line():
    """"Unit: CNY 100 Million" scales every figure; the caption dates and places the table; the
    total row takes trade_total / exports / imports by column; a trade mode's row takes the
    mode's code, or `other` when the catalog has none (processing trade); "n/a" is no figure."""
    p = "2025-01/2025-05"
    assert table_rows(CUSTOMS) == [
        ("trade_total", "Xinjiang", p, "level", 1691.2e8, "CNY"),
        ("exports", "Xinjiang", p, "level", 1350.6e8, "CNY"),
        ("imports", "Xinjiang", p, "level", 340.6e8, "CNY"),
        ("trade_total", "Xinjiang", p, "growth_yoy", 22.9, "percent"),
        ("general_trade", "Xinjiang", p, "level", 928.4e8, "CNY"),
        ("general_trade", "Xinjiang", p, "level", 801.2e8, "CNY"),
        ("general_trade", "Xinjiang", p, "level", 127.2e8, "CNY"),
        ("general_trade", "Xinjiang", p, "growth_yoy", 80.8, "percent"),
        ("border_trade", "Xinjiang", p, "level", 512.3e8, "CNY"),
        ("border_trade", "Xinjiang", p, "level", 470.1e8, "CNY"),
        ("border_trade", "Xinjiang", p, "level", 42.2e8, "CNY"),
        ("border_trade", "Xinjiang", p, "growth_yoy", -5.2, "percent"),
        ("other", "Xinjiang", p, "level", 20.5e8, "CNY"),
        ("other", "Xinjiang", p, "level", 12.0e8, "CNY"),
        ("other", "Xinjiang", p, "level", 8.5e8, "CNY"),
        ("other", "Xinjiang", p, "growth_yoy", 3.1, "percent"),
        ("bonded_zone_trade", "Xinjiang", p, "level", 230.0e8, "CNY"),
        ("bonded_zone_trade", "Xinjiang", p, "level", 67.3e8, "CNY"),
        ("bonded_zone_trade", "Xinjiang", p, "level", 162.7e8, "CNY"),
    ]
    other = [o for o in extract_document(CUSTOMS).observations if o["indicator_code"] == "other"]
    assert {o["domain"] for o in other} == {"trade"}


def test_caption_and_unit_lines_are_not_prose():
    assert "100 Million" not in " ".join(prose_values(CUSTOMS))
    assert prose_values("Unit: 10,000 tons\nPort\tThroughput\nHorgos\t4,012.5\nAlashankou\t2,345.6\n") == []


COMMUNIQUE = """Statistical Communique of Xinjiang Uygur Autonomous Region on the 2023 National Economic \
and Social Development

The economy of the region grew steadily.

Table 1  Gross regional product, 2022-2023
Unit: 100 million yuan
Indicator                      2022          2023     Growth (%)
Gross regional product    17,741.34     19,125.91            6.8
  Primary industry         2,509.29      2,742.66            5.1
  Secondary industry       7,271.08      7,669.93            6.2
  Tertiary industry        7,960.97      8,713.32            7.7
"""


def test_communique_with_space_aligned_columns():
    """Columns aligned with runs of spaces; the years in the header date the cells, and the
    growth column takes the latest of them."""
    x = "Xinjiang"
    assert table_rows(COMMUNIQUE) == [
        ("gdp", x, "2022", "level", 17741.34e8, "CNY"),
        ("gdp", x, "2023", "level", 19125.91e8, "CNY"),
        ("gdp", x, "2023", "growth_yoy", 6.8, "percent"),
        ("value_added_primary", x, "2022", "level", 2509.29e8, "CNY"),
        ("value_added_primary", x, "2023", "level", 2742.66e8, "CNY"),
        ("value_added_primary", x, "2023", "growth_yoy", 5.1, "percent"),
        ("value_added_secondary", x, "2022", "level", 7271.08e8, "CNY"),
        ("value_added_secondary", x, "2023", "level", 7669.93e8, "CNY"),
        ("value_added_secondary", x, "2023", "growth_yoy", 6.2, "percent"),
        ("value_added_tertiary", x, "2022", "level", 7960.97e8, "CNY"),
        ("value_added_tertiary", x, "2023", "level", 8713.32e8, "CNY"),
        ("value_added_tertiary", x, "2023", "growth_yoy", 7.7, "percent"),
    ]


UNIT_COLUMN = """Industry kept growing.

Table 2  Output of major industrial products in 2023
Product             Unit                      Output    Growth (%)
Crude oil           10,000 tons              3,270.3           2.8
Natural gas         100 million cu.m           433.2           6.1
Electricity         100 million kWh          5,070.4           9.5
Cement              10,000 tons                  ...          -1.5
"""


def test_unit_column_gives_each_row_its_unit():
    """A unit column scales its row; a unit with no base unit in the contract (cubic metres,
    kilowatt-hours) gives no level, though the row's growth rate stands; "..." is no figure."""
    x = "Xinjiang"
    assert table_rows(UNIT_COLUMN, title="Xinjiang statistical communique") == [
        ("other", x, "2023", "level", 3270.3e4, "t"),
        ("other", x, "2023", "growth_yoy", 2.8, "percent"),
        ("other", x, "2023", "growth_yoy", 6.1, "percent"),
        ("other", x, "2023", "growth_yoy", 9.5, "percent"),
        ("other", x, "2023", "growth_yoy", -1.5, "percent"),
    ]


TSV = ("Ports handled more cargo.\n\n"
       "Cargo throughput at Xinjiang's land ports, 2024\n"
       "Port\tThroughput (10,000 tons)\tYear-on-year (%)\n"
       "Horgos\t4,012.5\t12.3\n"
       "Alashankou\t2,345.6\t-3.4\n"
       "Bakhty\t…\t\n")


def test_tab_separated_table():
    """Header units "(10,000 tons)" and "(%)"; each port row is about that port; the caption
    dates the table and names the quantity; "…" and an empty cell are no figures."""
    assert table_rows(TSV) == [
        ("cargo_throughput", "Horgos", "2024", "level", 4012.5e4, "t"),
        ("cargo_throughput", "Horgos", "2024", "growth_yoy", 12.3, "percent"),
        ("cargo_throughput", "Alashankou", "2024", "level", 2345.6e4, "t"),
        ("cargo_throughput", "Alashankou", "2024", "growth_yoy", -3.4, "percent"),
    ]


WRAPPED_PIPES = """Exports by product

Xinjiang's exports rose in 2024.

| Product | Exports (100 million yuan) | Growth (%) |
|---|---|---|
| Mechanical and electrical | 512.4 | 18.2 |
| products | | |
| Labour-intensive products | 301.7 | 9.6 |
| Agricultural | | |
| products | 45.3 | -2.1 |
"""

WRAPPED_ALIGNED = """Main indicators of Kashgar.

                         2023        2024    Growth (%)
Population (10,000)    449.6       451.2           0.4
Tourists (10,000)                 2,350.1          12.5
Retail sales of       1,021.3     1,098.7          7.6
  consumer goods (100 million yuan)
"""


def test_rows_that_wrap_onto_a_second_line():
    """A label cut over two lines is one row, whether its figures stand on the first line or on
    the second; the sentence above dates the table. Products the catalog has no code for are
    parts of the exports: `other`."""
    assert table_rows(WRAPPED_PIPES) == [
        ("exports_electromechanical", "Xinjiang", "2024", "level", 512.4e8, "CNY"),
        ("exports_electromechanical", "Xinjiang", "2024", "growth_yoy", 18.2, "percent"),
        ("other", "Xinjiang", "2024", "level", 301.7e8, "CNY"),
        ("other", "Xinjiang", "2024", "growth_yoy", 9.6, "percent"),
        ("other", "Xinjiang", "2024", "level", 45.3e8, "CNY"),
        ("other", "Xinjiang", "2024", "growth_yoy", -2.1, "percent"),
    ]


def test_space_aligned_rows_with_a_blank_cell_and_a_wrapped_label():
    """A header with no label corner; a row whose 2023 cell is blank keeps its other cells in
    their columns; the wrapped label brings its unit "(100 million yuan)" with it."""
    k = "Kashgar"
    assert table_rows(WRAPPED_ALIGNED) == [
        ("population", k, "2023", "level", 449.6e4, "count"),
        ("population", k, "2024", "level", 451.2e4, "count"),
        ("population", k, "2024", "growth_yoy", 0.4, "percent"),
        ("tourists", k, "2024", "level", 2350.1e4, "count"),
        ("tourists", k, "2024", "growth_yoy", 12.5, "percent"),
        ("other", k, "2023", "level", 1021.3e8, "CNY"),
        ("other", k, "2024", "level", 1098.7e8, "CNY"),
        ("other", k, "2024", "growth_yoy", 7.6, "percent"),
    ]


RAGGED = """GDP of major cities in 2024.

| Region | GDP (100 million yuan) | Growth (%) |
|---|---|---|
| Urumqi | 4,168.5 | 6.3 |
| Kashgar | 1,448.2 |
| Aksu | 1,780.1 | 6.9 | 2.1 |
"""


def test_ragged_rows_go_to_quarantine_with_the_reason():
    ex = extract_document(RAGGED)
    rows = [(o["indicator_code"], o["region"], o["period"], o["measure"], o["value"], o["unit"])
            for o in ex.observations if o["method"] == "table"]
    assert rows == [("gdp", "Urumqi", "2024", "level", pytest.approx(4168.5e8), "CNY"),
                    ("gdp", "Urumqi", "2024", "growth_yoy", 6.3, "percent")]
    assert [(r["row_kind"], r["check_name"], r["payload"]["row"]) for r in ex.rejected] == [
        ("table_row", "ragged_row", "Kashgar | 1,448.2"),
        ("table_row", "ragged_row", "Aksu | 1,780.1 | 6.9 | 2.1")]
    assert "a cell missing" in ex.rejected[0]["reason"] and "a cell too many" in ex.rejected[1]["reason"]
    # the table is kept whole in table_cells, the quarantined rows included
    assert {c["raw_text"] for c in ex.table_cells} >= {"Kashgar", "1,448.2", "Aksu", "2.1"}


NO_OUTER_PIPES = """Xinjiang's trade with Central Asian countries, 2024
Country | Trade (USD 100 million) | Share (%)
Kazakhstan | 180.5 | 48.2
Kyrgyzstan | 150.2 | 40.1
Total | 374.5 | 100.0
"""


def test_pipes_without_outer_pipes_or_rule_and_partner_rows():
    """Rows named after countries are the partner of the caption's region; the total row's
    partner is the caption's other side."""
    ex = extract_document(NO_OUTER_PIPES)
    rows = [(o["indicator_code"], o["region"], o["partner"], o["period"], o["measure"], round(o["value"], 6),
             o["unit"]) for o in ex.observations if o["method"] == "table"]
    assert rows == [
        ("trade_total", "Xinjiang", "Kazakhstan", "2024", "level", 180.5e8, "USD"),
        ("trade_total", "Xinjiang", "Kazakhstan", "2024", "share", 48.2, "percent"),
        ("trade_total", "Xinjiang", "Kyrgyzstan", "2024", "level", 150.2e8, "USD"),
        ("trade_total", "Xinjiang", "Kyrgyzstan", "2024", "share", 40.1, "percent"),
        ("trade_total", "Xinjiang", "Central Asia", "2024", "level", 374.5e8, "USD"),
        ("trade_total", "Xinjiang", "Central Asia", "2024", "share", 100.0, "percent"),
    ]


OUTER_NO_RULE = """| **Indicator** | **Jan-Aug 2019** | **Growth (%)** |
| Exports (USD 100 million) | **120.5** | 8.1 |
| Imports (USD 100 million) | 40.2 | - |
| Border trade (USD 100 million) | | 3.0 |
"""


def test_units_in_row_labels_periods_in_headers_and_empty_cells():
    """"(USD 100 million)" in the row label scales the row; "Jan-Aug 2019" dates the column;
    "-" and an empty cell are no figures; markdown bold is not part of the number."""
    x = "Xinjiang"
    p = "2019-01/2019-08"
    assert table_rows(OUTER_NO_RULE) == [
        ("exports", x, p, "level", 120.5e8, "USD"),
        ("exports", x, p, "growth_yoy", 8.1, "percent"),
        ("imports", x, p, "level", 40.2e8, "USD"),
        ("border_trade", x, p, "growth_yoy", 3.0, "percent"),
    ]


MINER_KEY_FIGURES = """Kazakhstan uranium miner: results for 2024

                                      2024     Change on 2023, %
Production (100% basis), tU         23,270         10
Revenue, KZT billion               1,431.6         16
"""


def test_a_percent_figure_in_a_row_label_is_no_unit():
    """"(100% basis)" qualifies the row: its unit is the trailing "tU" (tonnes of uranium)."""
    k = "Kazakhstan"
    assert table_rows(MINER_KEY_FIGURES) == [
        ("other", k, "2024", "level", 23270, "t"),
        ("other", k, "2024", "growth_yoy", 10, "percent"),
        ("other", k, "2024", "level", 1431.6e9, "KZT"),
        ("other", k, "2024", "growth_yoy", 16, "percent"),
    ]


BY_REGION_AGAINST_LAST_YEAR = """Table 1. Industrial output by region, January-August 2025

Region                       Output,            Change on
                             billion tenge      Jan-Aug 2024, %
Atyrau                           8,397.5            15.2
Mangystau                        2,284.1            -3.6
"""


FDI_BY_COUNTRY = """Table 1. Gross inflow of FDI into Kazakhstan by main investing country, first half of 2025

| Country       | USD million | Change on first half of 2024, % |
|---------------|-------------|---------------------------------|
| Netherlands   | 2,486.3     | 4.2                             |
"""


def test_a_growth_header_s_half_of_last_year_is_its_base():
    assert [r[2] for r in table_rows(FDI_BY_COUNTRY, date(2025, 9, 30))] == ["2025-H1", "2025-H1"]


def test_a_growth_header_s_months_of_last_year_are_its_base_not_its_period():
    p = "2025-01/2025-08"
    assert table_rows(BY_REGION_AGAINST_LAST_YEAR) == [
        ("industrial_output", "Atyrau", p, "level", 8397.5e9, "KZT"),
        ("industrial_output", "Atyrau", p, "growth_yoy", 15.2, "percent"),
        ("industrial_output", "Mangystau", p, "level", 2284.1e9, "KZT"),
        ("industrial_output", "Mangystau", p, "growth_yoy", -3.6, "percent"),
    ]


OUTLOOK = """Table 2. Tajikistan: outlook, 2024-2026

                                 2024e    2025f    2026 (proj.)
Real GDP growth (%)               8.4      7.0      6.5
Remittances (US$ bn)              5.1      5.4      5.6
"""


def test_forecast_columns_are_targets_for_their_year_and_an_estimate_is_a_level():
    t = "Tajikistan"
    assert table_rows(OUTLOOK) == [
        ("gdp", t, "2024", "growth_yoy", 8.4, "percent"),
        ("gdp", t, "2025", "target", 7.0, "percent"),
        ("gdp", t, "2026", "target", 6.5, "percent"),
        ("other", t, "2024", "level", 5.1e9, "USD"),
        ("other", t, "2025", "target", 5.4e9, "USD"),
        ("other", t, "2026", "target", 5.6e9, "USD"),
    ]


RMB_PAYMENTS = """Cross-border RMB business in Xinjiang, first half of 2025

In the first half of 2025, cross-border RMB receipts and payments in Xinjiang totalled 68.42 billion yuan.
Settlement by Xinjiang enterprises with Central Asia rose faster than Xinjiang's total.

Table 1. Cross-border RMB receipts and payments with Central Asian countries, first half of 2025

| Country        | Amount (100 million yuan) | Year-on-year change (%) |
|----------------|---------------------------|-------------------------|
| Kazakhstan     | 218.4                     | 31.4                    |
| Kyrgyzstan     | 74.3                      | 18.7                    |
"""


def test_payments_with_the_rows_countries_are_the_region_s_with_them_as_partners():
    rows = extract_document(RMB_PAYMENTS).observations
    assert [(o["region"], o["partner"], o["value"]) for o in rows if o["method"] == "table"] == [
        ("Xinjiang", "Kazakhstan", 218.4e8), ("Xinjiang", "Kazakhstan", 31.4),
        ("Xinjiang", "Kyrgyzstan", 74.3e8), ("Xinjiang", "Kyrgyzstan", 18.7)]


TWO_PERIODS_IN_CAPTION = """Table 1. Average monthly wage in the third quarter of 2025 and retail trade turnover in January-October 2025

| Region                 | Average wage, tenge | Change, % | Retail turnover, billion tenge |
|------------------------|---------------------|-----------|--------------------------------|
| Atyrau                 | 794,275             | 9.1       | 1,021.5                        |
"""


def test_a_caption_dating_two_quantities_dates_each_column_by_its_words():
    assert [(r[3], r[2]) for r in table_rows(TWO_PERIODS_IN_CAPTION, date(2025, 11, 14))] == [
        ("level", "2025-Q3"), ("growth_yoy", "2025-Q3"), ("level", "2025-01/2025-10")]


OF_WHICH_COLUMN = """Table 3. Population and housing commissioned by district

                  Population at            Housing commissioned    of which
                  1 January 2025           in 2024                 multi-apartment
District          (thousand people)        (thousand sq m)         (%)
Leninsky               368.4                    402.7                  94.8
Oktyabrsky             322.9                    318.5                  92.1
"""


def test_an_of_which_column_is_a_part_of_the_column_before_it():
    assert table_rows(OF_WHICH_COLUMN, date(2025, 2, 10)) == [
        ("population", "Leninsky", "2025-01", "level", 368400, "count"),
        ("other", "Leninsky", "2024", "level", 40.27, "ha"),
        ("other", "Leninsky", "2024", "share", 94.8, "percent"),
        ("population", "Oktyabrsky", "2025-01", "level", 322900, "count"),
        ("other", "Oktyabrsky", "2024", "level", 31.85, "ha"),
        ("other", "Oktyabrsky", "2024", "share", 92.1, "percent"),
    ]


PROJECTS_UNDER_CONSTRUCTION = """Table 1. Major water projects under construction in Xinjiang, 2025

| Project                                | Prefecture | Total investment (100 million yuan) | Investment completed in 2025 (100 million yuan) | Due for completion |
|----------------------------------------|------------|-------------------------------------|-------------------------------------------------|--------------------|
| Dashixia water control project         | Aksu       | 138.2                               | 21.6                                            | 2026               |
| Kalasu reservoir                       | Hotan      | 54.7                                | 9.8                                             | 2027               |
"""


def test_a_table_of_projects_gives_each_its_place_its_total_due_and_its_spending_this_year():
    """Each project's total investment is its own (no part of a whole), a target for the year it is due;
    the money completed in 2025 is a level of 2025; the Prefecture column places each row."""
    assert table_rows(PROJECTS_UNDER_CONSTRUCTION, date(2025, 12, 23)) == [
        ("investment", "Aksu", "2026", "target", 138.2e8, "CNY"),
        ("investment", "Aksu", "2025", "level", 21.6e8, "CNY"),
        ("investment", "Hotan", "2027", "target", 54.7e8, "CNY"),
        ("investment", "Hotan", "2025", "level", 9.8e8, "CNY"),
    ]


BY_COUNTY_WITH_PREFECTURE_ROW = """Aksu prefecture walnut season, 2025

Table 1. Output by county and city, 2025 (thousand tonnes)

County/city        Walnuts    Change on 2024 (%)
Wensu               184.3          7.9
Prefecture          518.6          6.4
"""


def test_a_row_labelled_with_the_whole_s_kind_is_its_total():
    assert [r[1] for r in table_rows(BY_COUNTY_WITH_PREFECTURE_ROW, date(2025, 11, 20))] == [
        "Wensu", "Wensu", "Aksu", "Aksu"]


TWO_LINE_HEADER = """Trade of Xinjiang's ports.

| | 2023 | | 2024 | |
| Port | Trade (100 million yuan) | Growth (%) | Trade (100 million yuan) | Growth (%) |
|---|---|---|---|---|
| Horgos | 520.1 | 10.2 | 601.3 | 15.6 |
| Alashankou | 410.7 | 5.1 | 398.2 | -3.0 |
"""


def test_a_year_spanning_the_columns_under_it():
    assert table_rows(TWO_LINE_HEADER) == [
        ("trade_total", "Horgos", "2023", "level", 520.1e8, "CNY"),
        ("trade_total", "Horgos", "2023", "growth_yoy", 10.2, "percent"),
        ("trade_total", "Horgos", "2024", "level", 601.3e8, "CNY"),
        ("trade_total", "Horgos", "2024", "growth_yoy", 15.6, "percent"),
        ("trade_total", "Alashankou", "2023", "level", 410.7e8, "CNY"),
        ("trade_total", "Alashankou", "2023", "growth_yoy", 5.1, "percent"),
        ("trade_total", "Alashankou", "2024", "level", 398.2e8, "CNY"),
        ("trade_total", "Alashankou", "2024", "growth_yoy", -3.0, "percent"),
    ]


TIME_COLUMN = ("Freight trains through Xinjiang's crossings.\n\n"
               "Year\tFreight trains\tGrowth\n"
               "\t(trains)\t(%)\n"
               "2022\t6,211\t2.3\n"
               "2023\t7,100\t14.3\n")


def test_a_time_column_dates_its_row_and_is_no_figure():
    """The year column dates each row (its years are no observations); the header wraps onto
    a second line that holds the units."""
    x = "Xinjiang"
    assert table_rows(TIME_COLUMN) == [
        ("freight_trains", x, "2022", "level", 6211, "count"),
        ("freight_trains", x, "2022", "growth_yoy", 2.3, "percent"),
        ("freight_trains", x, "2023", "level", 7100, "count"),
        ("freight_trains", x, "2023", "growth_yoy", 14.3, "percent"),
    ]


ENERGY = """From the perspective of demand, the new energy industry keeps growing.
| Base Name | Scale | Construction Status | Time Node |
|---|---|---|---|
| Northern Tianshan New Energy Base | 10 million kilowatts | Under construction | May 2023 |
| Gobi Base in South Xinjiang | - | Implementation plan under evaluation | December 2023 |
| Huadian Gobi Base | 6.1 million kilowatts | Under construction | February 26, 2024 |
| Three 10-million-kilowatt-class new energy bases | Each 10 million kilowatts | Completed | 2024 |
"""


def test_capacity_under_construction_is_a_target_without_period():
    """Figures in the cells themselves; a capacity under construction is a target whose period
    is null (the time node is no target year); a completed one is a level dated by it; the
    figure in a base's name is no observation."""
    x = "Xinjiang"
    assert table_rows(ENERGY) == [
        ("energy_capacity", x, None, "target", 1e7, "kW"),
        ("energy_capacity", x, None, "target", 6.1e6, "kW"),
        ("energy_capacity", x, "2024", "level", 1e7, "kW"),
    ]
    written = [o["value_as_written"] for o in extract_document(ENERGY).observations]
    assert written == ["10 million kilowatts", "6.1 million kilowatts", "Each 10 million kilowatts"]


def test_a_target_year_column_dates_targets():
    text = ("| Project | Capacity | Status | Target year |\n|---|---|---|---|\n"
            "| Hami wind base | 8 million kilowatts | Under construction | 2026 |\n"
            "| Turpan solar park | 2 GW | Completed | 2023 |\n")
    assert table_rows(text) == [("energy_capacity", "Hami", "2026", "target", 8e6, "kW"),
                                ("energy_capacity", "Turpan", "2023", "level", 2e6, "kW")]


VALUE_ADDED = """In the first quarter of 2025, the regional GDP reached 472.909 billion yuan, up 5.6% year \
on year. In terms of industrial structure, the three industries all grew.
Industrial Type | Added Value (100 million yuan) | Year-on-Year Growth Rate (%) |
---|---|---|
Primary Industry | 142.45 | 5.0 |
Secondary Industry | 1,878.48 | 5.9 |
"""


def test_a_table_continues_the_period_of_the_paragraph_above():
    """The sentence that introduces the table has no time words: the paragraph's period
    (its last figure's) dates the table."""
    x = "Xinjiang"
    assert table_rows(VALUE_ADDED) == [
        ("value_added_primary", x, "2025-Q1", "level", 142.45e8, "CNY"),
        ("value_added_primary", x, "2025-Q1", "growth_yoy", 5.0, "percent"),
        ("value_added_secondary", x, "2025-Q1", "level", 1878.48e8, "CNY"),
        ("value_added_secondary", x, "2025-Q1", "growth_yoy", 5.9, "percent"),
    ]


COMMODITY = """Foreign trade kept growing.

Table 3: Exports and imports by major commodity in 2023
                                                         Unit: 100 million yuan
Item                                    Value       Increase over 2022 (%)
Total value of imports and exports     3573.3          45.9
Exports                                3034.9          49.5
  Of which: mechanical and electrical  1123.5          63.1
     products
  Labor-intensive products             1217.6          37.4
Imports                                 538.4          28.2
Note: figures are preliminary.
"""


def test_growth_over_a_base_year_is_dated_by_the_table_and_notes_are_no_rows():
    x, p = "Xinjiang", "2023"
    assert table_rows(COMMODITY) == [
        ("trade_total", x, p, "level", 3573.3e8, "CNY"),
        ("trade_total", x, p, "growth_yoy", 45.9, "percent"),
        ("exports", x, p, "level", 3034.9e8, "CNY"),
        ("exports", x, p, "growth_yoy", 49.5, "percent"),
        ("exports_electromechanical", x, p, "level", 1123.5e8, "CNY"),
        ("exports_electromechanical", x, p, "growth_yoy", 63.1, "percent"),
        ("other", x, p, "level", 1217.6e8, "CNY"),
        ("other", x, p, "growth_yoy", 37.4, "percent"),
        ("imports", x, p, "level", 538.4e8, "CNY"),
        ("imports", x, p, "growth_yoy", 28.2, "percent"),
    ]


HEADINGS = """Investment in transport projects, 2024

| Item | Investment (100 million yuan) |
|---|---|
| Urumqi | |
| Roads | 120.5 |
| Kashgar | |
| Railways | 45.2 |
| Of which: | |
| Railway stations | 30.1 |
"""


def test_a_heading_row_places_the_rows_under_it():
    assert [(r[1], r[4]) for r in table_rows(HEADINGS)] == [
        ("Urumqi", 120.5e8), ("Kashgar", 45.2e8), ("Kashgar", 30.1e8)]


# ---- the seed document -----------------------------------------------------------------------

def test_seed_report_tables():
    """raw/004: the contract's readings of its four tables (see shared/eval/gold/NOTES.md)."""
    text = (SEED_RAW / "004_dad7f34484a8232e.txt").read_text(encoding="utf-8")
    rows = table_rows(text)
    assert ("value_added_secondary", "Xinjiang", "2025-Q1", "level", 1878.48e8, "CNY") in rows
    assert ("trade_total", "Xinjiang", "2023-H1", "level", 149.62e8, "CNY") in rows
    assert ("trade_total", "Xinjiang", "2025-01/2025-05", "growth_yoy", 22.9, "percent") in rows
    assert ("bonded_zone_trade", "Urumqi", None, "share", 5.2, "percent") in rows
    assert ("market_procurement_exports", "Urumqi", None, "growth_yoy", 802.1, "percent") in rows
    assert [r for r in rows if r[0] == "energy_capacity"] == [
        ("energy_capacity", "Xinjiang", None, "target", 1e7, "kW"),
        ("energy_capacity", "Xinjiang", None, "target", 6.1e6, "kW"),
        ("energy_capacity", "Xinjiang", "2024", "level", 1e7, "kW")]
    assert len(rows) == 21


# ---- totals, in dbt --------------------------------------------------------------------------

BAD_TOTAL = """Trade by region, 2024

Unit: 100 million yuan
| Region | Trade | Exports | Imports |
|---|---|---|---|
| Urumqi | 1,200.0 | 700.0 | 500.0 |
| Kashgar | 300.0 | 250.0 | 60.0 |
| Total | 1,600.0 | 950.0 | 560.0 |
"""


def test_totals_that_do_not_add_up_load_flagged(tmp_path):
    """dim_table.totals_add_up: true for the customs table (its Total row and its "Import and
    export" column add up within rounding), false for a table whose total row misses by 100;
    both still load."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "customs.txt").write_text(CUSTOMS, encoding="utf-8")
    (raw / "bad_total.txt").write_text(BAD_TOTAL, encoding="utf-8")
    assert run_pipeline(raw, tmp_path / "out", quiet=True) == 0
    con = duckdb.connect(str(tmp_path / "out" / "caravan.duckdb"), read_only=True)
    try:
        flags = dict(con.execute("select source_file, totals_add_up from marts.dim_table").fetchall())
        misses = con.execute("""select check_kind, col_index, total_value, parts_value
                                from intermediate.int_table_totals where not adds_up""").fetchall()
        n_loaded = con.execute("""select count(*) from marts.fct_observations
                                  where source_file = 'bad_total.txt'""").fetchone()[0]
    finally:
        con.close()
    assert flags == {"customs.txt": True, "bad_total.txt": False}
    assert misses == [("total_row", 1, pytest.approx(1600e8), pytest.approx(1500e8))]
    assert n_loaded == 9
    assert json.loads(json.dumps(flags))  # plain values, no numpy or decimal types


def test_a_partner_table_belongs_to_the_place_the_headline_names():
    text = ("Main indicators of Xinjiang's foreign trade, January-June 2025\n\ndate 2025-07-20\n\n"
            "Table 1. Imports and exports by trade partner (unit: 100 million yuan)\n\n"
            "| Partner | Jan-Jun 2025 | Change (%) |\n|---|---|---|\n| Kazakhstan | 612.4 | 8.2 |\n"
            "| Kyrgyzstan | 401.7 | -3.5 |\n| Total | 1,014.1 | 3.1 |\n\nKazakhstan remained the largest partner.\n")
    rows = [(o["region"], o["partner"], o["value"]) for o in extract_document(text).observations if o["unit"] == "CNY"]
    assert rows == [("Xinjiang", "Kazakhstan", 61.24e9), ("Xinjiang", "Kyrgyzstan", 40.17e9), ("Xinjiang", None, 101.41e9)]


def test_a_country_column_names_each_rows_own_place_and_the_partner_only_of_its_flows():
    text = """Table 2. The Central Asian states, 2024
Country       GDP (US$ bn)    Trade with China (US$ bn)
Kazakhstan       288.4            44.2
Kyrgyzstan       17.5             22.7
"""
    rows = [(o["indicator_code"], o["region"], o["partner"], round(o["value"] / 1e9, 3)) for o in
            extract_document(text).observations if o["method"] == "table"]
    assert rows == [("gdp", "Kazakhstan", None, 288.4), ("trade_total", "China", "Kazakhstan", 44.2),
                    ("gdp", "Kyrgyzstan", None, 17.5), ("trade_total", "China", "Kyrgyzstan", 22.7)]


def test_an_other_row_takes_the_domain_its_label_or_caption_names():
    text = """Table 3. Transfer employment of rural labour by prefecture (10,000 persons)
Prefecture    2020    2022
Kashgar       66.1    70.4
Hotan         35.2    38.9

Table 4. Main farm products
Item            Unit           2024
Cotton output   10,000 tons    221.3
"""
    rows = [(o["indicator_code"], o["domain"], o["value"]) for o in extract_document(text).observations
            if o["method"] == "table"]
    assert {d for c, d, _ in rows[:4]} == {"social"} and rows[-1] == ("other", "economy", 2213000.0)


def test_a_column_in_a_unit_the_captions_quantity_is_not_measured_in_is_other():
    text = ("Road ports note\n\nRoad ports in southern Xinjiang had their busiest autumn on record.\n\n"
            "Cargo and vehicles at selected Xinjiang road ports, January-October 2025\n\n"
            "  Port          Cargo (10,000 t)    Change (%)    Vehicle trips (10,000)\n"
            "  Irkeshtam          246.0             27.4               5.83\n"
            "  Torugart            93.1             11.6               2.14\n")
    rows = [o for o in extract_document(text).observations if o["method"] == "table"]
    assert [(o["value"], o["unit"], o["indicator_code"]) for o in rows[:3]] == [
        (2460000.0, "t", "cargo_throughput"), (27.4, "percent", "cargo_throughput"), (58300.0, "count", "other")]


def test_a_row_of_the_regions_imports_and_exports_is_its_trade():
    """'Imports and exports of the prefecture': 'exports of' names no product when a place follows."""
    text = ("Main indicators of Bortala prefecture, 2024\n\n"
            "| Indicator                              | Unit             | Value    | Change (%) |\n"
            "|----------------------------------------|------------------|----------|------------|\n"
            "| Imports and exports of the prefecture  | 100 million yuan | 412.5    | 9.8        |\n"
            "| Exports of cotton yarn                 | 100 million yuan | 12.4     | 3.1        |\n")
    assert [(code, measure) for code, _, _, measure, _, _ in table_rows(text)] == [
        ("trade_total", "level"), ("trade_total", "growth_yoy"), ("other", "level"), ("other", "growth_yoy")]


def test_year_columns_of_a_half_year_table_and_a_change_column_after_them():
    """Under 'January-June 2025', a '2024' column holds January-June 2024, and the change column
    after '2025 | 2024' is 2025's."""
    text = ("Transit traffic grew.\n\n"
            "Table 1. Container transit by route, January-June 2025 (TEU)\n\n"
            "| Route              | 2025    | 2024    | Change, % |\n"
            "|--------------------|---------|---------|-----------|\n"
            "| China-Europe-China | 512,400 | 448,900 | 14.1      |\n")
    assert [(period, measure) for _, _, period, measure, _, _ in table_rows(text, date(2025, 7, 15))] == [
        ("2025-01/2025-06", "level"), ("2024-01/2024-06", "level"), ("2025-01/2025-06", "growth_yoy")]


def test_whole_year_columns_beside_a_part_of_year_column_stay_whole_years():
    text = ("Transit grew.\n\n"
            "Table 1. Container transit, January-June 2025 (TEU)\n\n"
            "| Route              | 2023    | 2024    | January-June 2025 |\n"
            "|--------------------|---------|---------|-------------------|\n"
            "| China-Europe-China | 848,900 | 912,400 | 514,100           |\n")
    assert [period for _, _, period, _, _, _ in table_rows(text, date(2025, 7, 15))] == [
        "2023", "2024", "2025-01/2025-06"]


def test_a_y_y_column_is_growth():
    text = ("Trade grew.\n\n"
            "Xinjiang's trade with main partners, January-September 2025 (billion yuan)\n\n"
            "  Partner        Total    Exports   Imports   y/y %\n"
            "  Kazakhstan    121.63     98.41     23.22    11.7\n"
            "  Kyrgyzstan     84.09     83.52      0.57    19.3\n")
    assert [measure for _, _, _, measure, _, _ in table_rows(text, date(2025, 10, 24))][3::4] == ["growth_yoy"] * 2


def test_year_columns_take_no_month_from_the_documents_date():
    text = ("Kumtor Gold Company reports operating and financial results for 2024\n\n"
            "Bishkek, 27 February 2025. The company today published its results.\n\n"
            "| Indicator                     | 2023  | 2024  | Change, % |\n"
            "|-------------------------------|-------|-------|-----------|\n"
            "| Ore processed, million tonnes | 6.51  | 6.04  | -7.2      |\n")
    assert [period for _, _, period, _, _, _ in table_rows(text, date(2025, 2, 27))] == ["2023", "2024", "2024"]


def test_a_table_by_main_destination_lists_partners():
    text = ("Uzbekistan's car exports grew in January-September 2025.\n\n"
            "Exports of passenger cars by main destination\n"
            "| Country     | Units  | USD million | Share of value, % |\n"
            "|-------------|--------|-------------|-------------------|\n"
            "| Kazakhstan  | 27,480 | 262.1       | 43.8              |\n")
    rows = [o for o in extract_document(text, date(2025, 10, 21)).observations if o["method"] == "table"]
    assert {(o["region"], o["partner"]) for o in rows} == {("Uzbekistan", "Kazakhstan")}


def test_a_row_label_of_gold_or_ore_in_tonnes_is_no_cargo():
    text = ("Kumtor Gold Company results for 2024.\n\n"
            "| Indicator                     | 2023  | 2024  |\n"
            "|-------------------------------|-------|-------|\n"
            "| Gold produced, tonnes         | 18.01 | 14.62 |\n"
            "| Ore processed, million tonnes | 6.51  | 6.04  |\n")
    rows = [o for o in extract_document(text, date(2025, 2, 27)).observations if o["method"] == "table"]
    assert {(o["indicator_code"], o["domain"]) for o in rows} == {("other", "economy")}


def test_an_average_growths_span_before_a_table_dates_none_of_its_rows():
    text = ("Statistical Communique of the Corps on 2024\n\n"
            "GDP reached 434.52 billion yuan in 2024. From 2020 to 2024, GDP grew at an average annual rate of "
            "7.1 percent.\n\n"
            "Table 1  GDP of the main cities\n\n"
            "| City    | GDP (100 million yuan) | Growth (%) |\n"
            "|---------|------------------------|------------|\n"
            "| Shihezi | 1,012.6                | 6.8        |\n")
    assert {period for _, _, period, _, _, _ in table_rows(text)} == {"2024"}


def test_rows_under_a_kind_of_place_header_are_places_even_when_unlisted():
    text = ("Hami coal output rose in January-October 2025.\n\n"
            "Raw coal output by mining area, January-October 2025\n\n"
            "  Mining area          Output (10,000 t)    Year-on-year (%)\n"
            "  Sandaoling                 6,214                 14.2\n"
            "  Yemaquan District          1,847                  6.5\n"
            "  Other                        412                  3.1\n")
    regions = [region for _, region, _, _, _, _ in table_rows(text, date(2025, 11, 12))]
    assert regions == ["Sandaoling", "Sandaoling", "Yemaquan", "Yemaquan", "Hami", "Hami"]


def test_season_columns_take_the_months_the_document_states_for_its_season():
    text = ("Kazakhstan ships record grain abroad\n\n"
            "ASTANA, 7 July 2025 - Kazakhstan exported 12.4 million tonnes of grain in the marketing year from "
            "September 2024 to June 2025, the ministry said.\n\n"
            "Grain exports by destination (thousand tonnes)\n"
            "| Destination | 2023/24 season | 2024/25 season |\n"
            "|-------------|----------------|----------------|\n"
            "| Uzbekistan  | 4,102          | 4,760          |\n")
    assert [period for _, _, period, _, _, _ in table_rows(text, date(2025, 7, 7))] == \
        ["2023-09/2024-06", "2024-09/2025-06"]


def test_month_rows_take_the_year_of_their_column_or_table():
    by_year = ("Issyk-Kul had a record summer in 2025.\n\n"
               "Tourist arrivals by month (thousand people)\n\n"
               "| Month  | 2024 | 2025 |\n"
               "|--------|------|------|\n"
               "| June   | 318  | 352  |\n")
    assert [period for _, _, period, _, _, _ in table_rows(by_year, date(2025, 9, 12))] == ["2024-06", "2025-06"]
    in_caption = ("The centre ran 1,812 trains in 2024.\n\n"
                  "China-Europe freight trains handled by the Urumqi assembly centre in 2024, by month\n\n"
                  "Month        Trains\n"
                  "January         128\n"
                  "February        112\n"
                  "Full year       240\n")
    assert [(code, period) for code, _, period, _, _, _ in table_rows(in_caption, date(2025, 1, 10))] == \
        [("freight_trains", "2024-01"), ("freight_trains", "2024-02"), ("freight_trains", "2024")]


def test_a_caption_naming_quantities_the_catalog_lacks_keeps_the_intros_indicator_out():
    text = ("Kazakhstan's trade with China amounted to $21.9 billion in January-September 2025.\n\n"
            "Table 1. Average monthly nominal wage and retail trade turnover in January-October 2025, selected regions\n\n"
            "| Region                 | Average wage, tenge | Retail turnover, billion tenge |\n"
            "|------------------------|---------------------|--------------------------------|\n"
            "| Atyrau region          | 781,930             | 612.3                          |\n")
    assert {code for code, _, _, _, _, _ in table_rows(text, date(2025, 11, 12))} == {"other"}


def test_headers_that_are_units_alone_and_a_units_column_of_counts():
    text = ("Uzbekistan's car exports grew in January-September 2025.\n\n"
            "Exports of passenger cars by main destination\n"
            "| Country     | Units  | USD million | Share of value, % |\n"
            "|-------------|--------|-------------|-------------------|\n"
            "| Kazakhstan  | 27,480 | 262.1       | 43.8              |\n\n"
            "Fruit exports by main destination\n\n"
            "| Country     | Thousand tonnes | $ mn |\n"
            "|-------------|-----------------|------|\n"
            "| Russia      | 97.6            | 72.8 |\n")
    rows = [o for o in extract_document(text, date(2025, 10, 21)).observations if o["method"] == "table"]
    assert [(o["value"], o["unit"], o["domain"]) for o in rows] == [
        (27480, "count", "trade"), (262.1e6, "USD", "trade"), (43.8, "percent", "trade"),
        (97600, "t", "trade"), (72.8e6, "USD", "trade")]


def test_rows_by_citizenship_are_the_partners_of_the_host_country():
    text = ("Labour migration to Kazakhstan, 2024\n\n"
            "The number of labour migrants registered in Kazakhstan rose to 447,600 at the end of 2024.\n\n"
            "Table 1. Labour migrants registered in Kazakhstan by citizenship, end of year (thousand people)\n\n"
            "| Citizenship   | 2023  | 2024  |\n"
            "|---------------|-------|-------|\n"
            "| Uzbekistan    | 241.7 | 286.3 |\n")
    rows = [o for o in extract_document(text, date(2025, 9, 1)).observations if o["method"] == "table"]
    assert {(o["region"], o["partner"]) for o in rows} == {("Kazakhstan", "Uzbekistan")}


def test_tonnes_no_word_names_are_the_economys_not_logistics():
    text = ("Bayingolin prefecture statistical bulletin 2024\n\n"
            "Table 2. By county, 2024 (10,000 tonnes)\n\n"
            "| County  | Pears |\n"
            "|---------|-------|\n"
            "| Luntai  | 12.4  |\n")
    rows = [o for o in extract_document(text, date(2025, 3, 1)).observations if o["method"] == "table"]
    assert [(o["region"], o["unit"], o["domain"]) for o in rows] == [("Luntai", "t", "economy")]


def test_columns_of_a_country_table_say_which_side_holds_the_figure():
    text = ("Chinese lending and investment in Central Asia at the end of 2024\n\n"
            "Table 3. Debt and FDI by country, end-2024\n\n"
            "| Country    | Debt to China, $ bn | Chinese FDI stock, $ bn | Trade with China, $ bn |\n"
            "|------------|---------------------|-------------------------|------------------------|\n"
            "| Kazakhstan | 1.9                 | 12.4                    | 44.2                   |\n")
    rows = [o for o in extract_document(text, date(2025, 11, 1)).observations if o["method"] == "table"]
    assert [(o["value"], o["region"], o["partner"]) for o in rows] == [
        (1.9e9, "Kazakhstan", "China"), (12.4e9, "China", "Kazakhstan"), (44.2e9, "China", "Kazakhstan")]


def test_a_column_of_travellers_names_where_they_go_and_where_they_come_from():
    text = ("Travel between Uzbekistan and Kazakhstan\n\nTable 2. Cross-border travel, 2023-2024\n\n"
            "Year   Arrivals from Kazakhstan in Uzbekistan (thousand)   Trips by Uzbek citizens to Kazakhstan (thousand)\n"
            "2023            1,204.5                                              2,310.8\n"
            "2024            1,388.0                                              2,562.1\n")
    rows = [(o["indicator_code"], o["region"], o["partner"], o["value"]) for o in extract_document(text).observations
            if o["method"] == "table"]
    assert rows[:2] == [("tourists", "Uzbekistan", "Kazakhstan", 1204500.0), ("tourists", "Kazakhstan", "Uzbekistan", 2310800.0)]


def test_quarter_and_month_span_rows_take_the_tables_year():
    text = ("Kashgar bonded zone report\n\nKASHGAR, Oct. 20 -- The zone grew in 2025.\n\n"
            "Quarterly results of the Kashgar Comprehensive Bonded Zone, 2025\n\n"
            "Quarter    Bonded trade            Growth      E-commerce\n"
            "           (100 million yuan)      (%)         parcels (10,000 pieces)\n"
            "Q1               12.6                 21.4                95\n"
            "Q2               15.0                 30.2                131\n"
            "Jan-Sep          44.9                 27.5                372\n")
    rows = [(o["indicator_code"], o["period"], o["value"], o["unit"]) for o in extract_document(text).observations
            if o["method"] == "table"]
    assert rows[0] == ("bonded_zone_trade", "2025-Q1", 1260000000.0, "CNY")
    assert rows[2] == ("other", "2025-Q1", 950000.0, "count")
    assert {p for _, p, _, _ in rows[-3:]} == {"2025-01/2025-09"}


def test_a_caption_naming_a_flows_other_side_keeps_the_storys_place_as_region():
    text = ("Uzbekistan's fruit exports to China grow\n\nTashkent, 12 March 2025\n\n"
            "Uzbekistan sold more fruit abroad in 2024.\n\nFruit exports to China by product, 2024\n\n"
            "| Product      | Tonnes  | Value, $ thousand |\n|--------------|---------|-------------------|\n"
            "| Cherries     | 21,400  | 48,200            |\n| Dried apricots | 9,800 | 31,700          |\n")
    rows = [(o["region"], o["partner"]) for o in extract_document(text).observations if o["method"] == "table"]
    assert rows and set(rows) == {("Uzbekistan", "China")}


def test_a_header_wrapped_over_two_lines_whose_second_line_holds_the_label_corner():
    text = ("Report\n\nIn January–June 2025 registrations rose.\n\nTable 2. Firms with Chinese capital by region\n\n"
            "                      Operating on       Registered in\n"
            "Region                1 July 2025        January–June 2025\n"
            "Almaty city               912                 141\n"
            "Astana city               604                  88\n")
    rows = [(o["region"], o["period"], o["value"]) for o in extract_document(text).observations if o["method"] == "table"]
    assert rows[:2] == [("Almaty", "2025-07", 912.0), ("Almaty", "2025-01/2025-06", 141.0)]


def test_a_percent_column_of_a_group_or_of_which_is_a_share():
    text = ("Table 1. Households by region, 2024\n"
            "| Region  | Households with a migrant, % | Average transfer, somoni | of which in cash, % |\n"
            "|---------|------------------------------|--------------------------|---------------------|\n"
            "| Sughd   | 36.9                         | 14,900                   | 22.5                |\n")
    rows = [(o["value"], o["measure"]) for o in extract_document(text).observations if o["method"] == "table"]
    assert rows == [(36.9, "share"), (14900.0, "level"), (22.5, "share")]


def test_a_row_counting_a_group_stays_a_count():
    text = ("How the season compared\n\n| Item                                | 2023/24 season | 2024/25 season |\n"
            "|-------------------------------------|----------------|----------------|\n"
            "| Households on the subsidised tariff | 412,600        | 438,900        |\n")
    rows = [(o["value"], o["unit"], o["measure"]) for o in extract_document(text).observations if o["method"] == "table"]
    assert rows == [(412600.0, "count", "level"), (438900.0, "count", "level")]
