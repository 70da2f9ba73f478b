"""The annotations of the ninth held-out gold (heldout9): `uv run python -m benchmarks.heldout9.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TM, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# w01: dated 2025-11-18 (dateline); the lead states one period, "between January and October" (2025) -> rule 3 for the headline
# and the undated sentences, the mining-area table included (its title repeats the span). Region Hami unless noted.
HM, P1 = "Hami", "2025-01/2025-10"
TABLE1 = [  # (row anchor, output in 10,000 t, change %, region)
    ("  Santanghu                 6,214                 14.2", "6,214", "14.2", "Santanghu"),
    ("  Naomaohu                  4,873                 18.9", "4,873", "18.9", "Naomaohu"),
    ("  Dananhu                   3,906                  2.7", "3,906", "2.7", "Dananhu"),
    ("  Shaerhu                   1,847                  6.5", "1,847", "6.5", "Shaerhu"),
]
rows1 = []
for anchor, out, ch, reg in TABLE1:
    rows1 += level_and_growth(anchor, out, ch, "other", reg, P1, "t", 1e4, "economy")
DOCS["w01_hami_coal_power_jan_oct_2025"] = [
    ("tops 160 million tonnes", "160 million tonnes", "other", HM, None, P1, "level", 160e6, "t", "economy"),
    ("168.4 million tonnes", "168.4 million tonnes", "other", HM, None, P1, "level", 168.4e6, "t", "economy"),
    ("11.3 percent more", "11.3 percent", "other", HM, None, P1, "growth_yoy", 11.3, "percent", "economy"),
    ("roughly 30 percent", "30 percent", "other", HM, None, "2025-11", "share", 30, "percent", "economy"),
    ("52.6 million tonnes", "52.6 million tonnes", "other", HM, None, P1, "level", 52.6e6, "t", "logistics"),
    ("up 24.8 percent", "24.8 percent", "other", HM, None, P1, "growth_yoy", 24.8, "percent", "logistics"),
    ("9.3 million tonnes", "9.3 million tonnes", "other", HM, None, P1, "level", 9.3e6, "t", "logistics"),
    ("18.7 million tonnes", "18.7 million tonnes", "other", HM, None, P1, "level", 18.7e6, "t", "logistics"),
] + rows1 + [
    ("from 280 to", "280", "other", HM, None, "2025-10", "level", 280, "CNY", "economy"),
    ("340 yuan per tonne", "340 yuan", "other", HM, None, "2025-10", "level", 340, "CNY", "economy"),
    ("182.1 million tonnes", "182.1 million tonnes", "other", HM, None, "2024", "level", 182.1e6, "t", "economy"),
    ("38.6 million kilowatts", "38.6 million kilowatts", "energy_capacity", HM, None, "2025-10", "level", 38.6e6, "kW"),
    ("21.9 million kW", "21.9 million kW", "energy_capacity", HM, None, "2025-10", "level", 21.9e6, "kW"),
    ("56.7 percent", "56.7 percent", "energy_capacity", HM, None, "2025-10", "share", 56.7, "percent"),
    ("Two coal-fired units", "Two", "other", "Barkol", None, "2025-08", "level", 2, "count", "economy"),
    ("1,320 MW", "1,320 MW", "energy_capacity", "Barkol", None, "2025-08", "level", 1.32e6, "kW"),
    ("rose 19.4 percent", "19.4 percent", "other", HM, None, P1, "growth_yoy", 19.4, "percent", "economy"),
    ("41.2 percent", "41.2 percent", "other", HM, None, P1, "share", 41.2, "percent", "economy"),
    ("rose 15.7 percent", "15.7 percent", "investment", HM, None, P1, "growth_yoy", 15.7, "percent"),
    ("43 energy projects", "43", "enterprises", HM, None, "2025-10", "level", 43, "count"),
    ("186 billion yuan", "186 billion yuan", "investment", HM, None, None, "target", 186 * B, "CNY"),
    ("41,800 people", "41,800 people", "population", HM, None, "2025-10", "level", 41800, "count"),
    ("250 million tonnes", "250 million tonnes", "other", HM, None, "2027", "target", 250e6, "t", "economy"),
    ("50 GW", "50 GW", "energy_capacity", HM, None, "2027", "target", 50e6, "kW"),
]

# w02: dated March 2025 (first lines); the title states one period, 2024 -> rule 3 (Table 1 included). The Corps is not in the
# places seed, so it keeps the text's name; the cities of Table 1 are their own regions (the division ordinals are names).
XP, Y2 = "Xinjiang Production and Construction Corps", "2024"
TABLE2 = [  # (row anchor, GDP in 100 million yuan, growth %, region)
    ("| Shihezi | 8th      | 1,012.6                | 6.8        |", "1,012.6", "6.8", "Shihezi"),
    ("| Aral    | 1st      | 412.3                  | 7.4        |", "412.3", "7.4", "Aral"),
    ("| Wujiaqu | 6th      | 336.9                  | 5.9        |", "336.9", "5.9", "Wujiaqu"),
    ("| Tumxuk  | 3rd      | 178.5                  | 8.1        |", "178.5", "8.1", "Tumxuk"),
    ("| Kokdala | 4th      | 152.0                  | 6.2        |", "152.0", "6.2", "Kokdala"),
]
rows2 = []
for anchor, gdp, gr, reg in TABLE2:
    rows2 += level_and_growth(anchor, gdp, gr, "gdp", reg, Y2, "CNY", 1e8)
DOCS["w02_xpcc_statistical_communique_2024"] = [
    ("434.52 billion yuan", "434.52 billion yuan", "gdp", XP, None, Y2, "level", 434.52 * B, "CNY"),
    ("increase of 6.3 percent", "6.3 percent", "gdp", XP, None, Y2, "growth_yoy", 6.3, "percent"),
    ("87.61 billion yuan", "87.61 billion yuan", "value_added_primary", XP, None, Y2, "level", 87.61 * B, "CNY"),
    ("166.27 billion yuan", "166.27 billion yuan", "value_added_secondary", XP, None, Y2, "level", 166.27 * B, "CNY"),
    ("180.64 billion yuan", "180.64 billion yuan", "value_added_tertiary", XP, None, Y2, "level", 180.64 * B, "CNY"),
    ("20.2 percent of GDP", "20.2 percent", "value_added_primary", XP, None, Y2, "share", 20.2, "percent"),
    ("116,380 yuan", "116,380 yuan", "gdp_per_capita", XP, None, Y2, "level", 116380, "CNY"),
    ("rate of 7.1 percent", "7.1 percent", "gdp", XP, None, "2020/2024", "growth_avg_annual", 7.1, "percent"),
] + rows2 + [
    ("1.02 million hectares", "1.02 million hectares", "other", XP, None, Y2, "level", 1.02e6, "ha", "economy"),
    ("4.87 million tonnes", "4.87 million tonnes", "other", XP, None, Y2, "level", 4.87e6, "t", "economy"),
    ("up 3.9 percent", "3.9 percent", "other", XP, None, Y2, "growth_yoy", 3.9, "percent", "economy"),
    ("96.5 percent", "96.5 percent", "other", XP, None, Y2, "level", 96.5, "percent", "economy"),
    ("3.46 million tonnes", "3.46 million tonnes", "other", XP, None, Y2, "level", 3.46e6, "t", "economy"),
    ("by 8.4 percent", "8.4 percent", "industrial_output", XP, None, Y2, "growth_yoy", 8.4, "percent"),
    ("fell 2.7 percent", "2.7 percent", "investment", XP, None, Y2, "growth_yoy", -2.7, "percent"),
    ("rose 11.8 percent", "11.8 percent", "infrastructure_investment", XP, None, Y2, "growth_yoy", 11.8, "percent"),
    ("63.75 billion yuan", "63.75 billion yuan", "trade_total", XP, None, Y2, "level", 63.75 * B, "CNY"),
    ("down 4.6 percent", "4.6 percent", "trade_total", XP, None, Y2, "growth_yoy", -4.6, "percent"),
    ("51.92 billion yuan", "51.92 billion yuan", "exports", XP, None, Y2, "level", 51.92 * B, "CNY"),
    ("11.83 billion yuan", "11.83 billion yuan", "imports", XP, None, Y2, "level", 11.83 * B, "CNY"),
    ("38.41 billion yuan", "38.41 billion yuan", "trade_total", XP, CA, Y2, "level", 38.41 * B, "CNY"),
    ("60.3 percent", "60.3 percent", "trade_total", XP, CA, Y2, "share", 60.3, "percent"),
    ("21.06 billion yuan", "21.06 billion yuan", "trade_total", XP, KZ, Y2, "level", 21.06 * B, "CNY"),
    ("51,236 yuan", "51,236 yuan", "income_per_capita_urban", XP, None, Y2, "level", 51236, "CNY"),
    ("28,415 yuan", "28,415 yuan", "income_per_capita_rural", XP, None, Y2, "level", 28415, "CNY"),
    ("up 4.8 percent", "4.8 percent", "income_per_capita_urban", XP, None, Y2, "growth_yoy", 4.8, "percent"),
    ("and 6.9 percent", "6.9 percent", "income_per_capita_rural", XP, None, Y2, "growth_yoy", 6.9, "percent"),
    ("population of 3.63 million", "3.63 million", "population", XP, None, Y2, "level", 3.63e6, "count"),
    ("78.4 percent", "78.4 percent", "other", XP, None, Y2, "level", 78.4, "percent", "social"),
    ("61,400 new urban jobs", "61,400", "jobs_created", XP, None, Y2, "level", 61400, "count"),
    ("3.1 percent", "3.1 percent", "unemployment_rate", XP, None, Y2, "level", 3.1, "percent"),
    ("3.38 million people", "3.38 million people", "insurance_coverage", XP, None, Y2, "level", 3.38e6, "count"),
    ("1.92 million people", "1.92 million people", "insurance_coverage", XP, None, Y2, "level", 1.92e6, "count"),
    ("38.6 million visits", "38.6 million", "tourists", XP, None, Y2, "level", 38.6e6, "count"),
    ("up 12.5 percent", "12.5 percent", "tourists", XP, None, Y2, "growth_yoy", 12.5, "percent"),
    ("31.2 billion yuan", "31.2 billion yuan", "other", XP, None, Y2, "level", 31.2 * B, "CNY", "economy"),
]

# w03: dated 2025-04-14 (dateline); the lead states one period, the autumn-winter season "from October 2024 to March 2025"
# (2024-10/2025-03) -> rule 3. The table's "2023/24 season" and "2024/25 season" columns take the same months. Region Kyrgyzstan
# unless noted; plants named for their places are those places (u02's Rogun).
S3, S3P = "2024-10/2025-03", "2023-10/2024-03"
TABLE3 = [  # (row anchor, 2023/24 cell, 2024/25 cell, code, unit, scale, domain)
    ("| Import bill, USD million               | 69.8           | 96.3           |", "69.8", "96.3", "USD", 1e6, "trade"),
    ("| Emergency outages, number              | 214            | 167            |", "214", "167", "count", 1, "economy"),
    ("| Households on the subsidised tariff    | 412,600        | 438,900        |", "412,600", "438,900", "count", 1, "social"),
]
rows3 = []
for anchor, a, b, unit, scale, dom in TABLE3:
    rows3 += [
        (anchor, a, "other", KG, None, S3P, "level", float(a.replace(",", "")) * scale, unit, dom),
        (anchor, b, "other", KG, None, S3, "level", float(b.replace(",", "")) * scale, unit, dom),
    ]
DOCS["w03_kyrgyz_power_imports_winter_2024_2025"] = [
    ("spent $96.3 million", "$96.3 million", "other", KG, None, S3, "level", 96.3e6, "USD", "trade"),
    ("38 percent more", "38 percent", "other", KG, None, S3, "growth_yoy", 38, "percent", "trade"),
    ("$41.7 million", "$41.7 million", "other", KG, KZ, S3, "level", 41.7e6, "USD", "trade"),
    ("$28.9 million", "$28.9 million", "other", KG, TM, S3, "level", 28.9e6, "USD", "trade"),
    ("$14.2 million", "$14.2 million", "other", KG, UZ, S3, "level", 14.2e6, "USD", "trade"),
    ("$11.5 million", "$11.5 million", "other", KG, "Russia", S3, "level", 11.5e6, "USD", "trade"),
    ("3.8 billion tenge", "3.8 billion tenge", "other", KG, None, S3, "level", 3.8 * B, "KZT", "economy"),
    ("about half of its design volume", "half", "other", "Toktogul", None, "2025-04", "share", 50, "percent", "economy"),
    ("fell 7.4 percent", "7.4 percent", "other", KG, None, "2025-Q1", "growth_yoy", -7.4, "percent", "economy"),
    ("grew 6.1 percent", "6.1 percent", "other", KG, None, "2025-Q1", "growth_yoy", 6.1, "percent", "economy"),
    ("up to 8 percent", "8 percent", "other", KG, None, S3, "share", 8, "percent", "economy"),
] + rows3 + [
    ("about 4,000 MW", "4,000 MW", "energy_capacity", KG, None, "2025-04", "level", 4e6, "kW"),
    ("accounts for 1,200 MW", "1,200 MW", "energy_capacity", "Toktogul", None, "2025-04", "level", 1.2e6, "kW"),
    ("1.37 som", "1.37 som", "other", KG, None, "2025-04", "level", 1.37, "KGS", "economy"),
    ("12.6 billion som", "12.6 billion som", "other", KG, None, "2024", "level", 12.6 * B, "KGS", "economy"),
    ("The 120 MW", "120 MW", "energy_capacity", "Kazarman", None, "2026", "target", 1.2e5, "kW"),
    ("1,860 MW", "1,860 MW", "energy_capacity", "Kambarata", None, None, "target", 1.86e6, "kW"),
    ("$3.6 billion", "$3.6 billion", "investment", "Kambarata", None, None, "target", 3.6 * B, "USD"),
    ("2.5 GW", "2.5 GW", "energy_capacity", KG, None, "2030", "target", 2.5e6, "kW"),
    ("1.1 billion dollars", "1.1 billion dollars", "contracts_signed", KG, CN, None, "level", 1.1 * B, "USD"),
    ("5.2 billion som", "5.2 billion som", "fiscal_expenditure", KG, None, "2025-10/2026-03", "target", 5.2 * B, "KGS"),
]

# w04: dated 2025-07-29; the title states one period, the first half of 2025 -> rule 3. The combine is named for its town, so its
# figures are region Almalyk (v03's Kumtor); the Yoshlik project's cost is region Yoshlik. The table's columns give 2024-H1/2025-H1.
AM, H = "Almalyk", "2025-H1"
TABLE4 = [  # (row anchor, H1 2024, H1 2025, change, scale)
    ("| Copper cathode, thousand t     | 88.4    | 102.7   | 16.2      |", "88.4", "102.7", "16.2", 1e3),
    ("| Gold, t                        | 11.2    | 12.1    | 8.0       |", "11.2", "12.1", "8.0", 1),
    ("| Silver, t                      | 96.5    | 104.3   | 8.1       |", "96.5", "104.3", "8.1", 1),
    ("| Zinc metal, thousand t         | 31.8    | 29.6    | -6.9      |", "31.8", "29.6", "-6.9", 1e3),
]
rows4 = []
for anchor, a, b, ch, scale in TABLE4:
    rows4 += [
        (anchor, a, "other", AM, None, "2024-H1", "level", float(a) * scale, "t", "economy"),
        (anchor, b, "other", AM, None, H, "level", float(b) * scale, "t", "economy"),
        (anchor, ch, "other", AM, None, H, "growth_yoy", float(ch), "percent", "economy"),
    ]
DOCS["w04_almalyk_mmc_results_h1_2025"] = rows4 + [
    ("28.4 million tonnes", "28.4 million tonnes", "other", AM, None, H, "level", 28.4e6, "t", "economy"),
    ("21 percent more", "21 percent", "other", AM, None, H, "growth_yoy", 21, "percent", "economy"),
    ("54.9 thousand tonnes", "54.9 thousand tonnes", "other", AM, None, "2025-Q2", "level", 54900, "t", "economy"),
    ("21.6 trillion soums", "21.6 trillion soums", "other", AM, None, H, "level", 21.6e12, "UZS", "economy"),
    ("$1.69 billion", "$1.69 billion", "other", AM, None, H, "level", 1.69 * B, "USD", "economy"),
    ("up 18.4 percent", "18.4 percent", "other", AM, None, H, "growth_yoy", 18.4, "percent", "economy"),
    ("4.9 trillion soums", "4.9 trillion soums", "other", AM, None, H, "level", 4.9e12, "UZS", "economy"),
    ("58 percent", "58 percent", "other", AM, None, H, "share", 58, "percent", "economy"),
    ("34 percent", "34 percent", "other", AM, None, H, "share", 34, "percent", "economy"),
    ("$742 million", "$742 million", "other", AM, None, H, "level", 742e6, "USD", "trade"),
    ("46 percent", "46 percent", "other", AM, CN, H, "share", 46, "percent", "trade"),
    ("Turkey 21 percent", "21 percent", "other", AM, "Turkey", H, "share", 21, "percent", "trade"),
    ("5.7 trillion soums", "5.7 trillion soums", "other", AM, None, H, "level", 5.7e12, "UZS", "economy"),
    ("about one tenth", "one tenth", "other", AM, None, H, "share", 10, "percent", "economy"),
    ("36,500", "36,500", "population", AM, None, "2025-06", "level", 36500, "count"),
    ("11.8 million soums", "11.8 million soums", "other", AM, None, H, "level", 11.8e6, "UZS", "economy"),
    ("24 percent more", "24 percent", "other", AM, None, H, "growth_yoy", 24, "percent", "economy"),
    ("$640 million", "$640 million", "investment", AM, None, H, "level", 640e6, "USD"),
    ("$5 billion", "$5 billion", "investment", "Yoshlik", None, None, "target", 5 * B, "USD"),
    ("400,000 tonnes", "400,000 tonnes", "other", AM, None, "2028", "target", 400000, "t", "economy"),
    ("205,000–215,000 tonnes", "205,000–215,000 tonnes", "other", AM, None, "2025", "target", 205000, "t", "economy"),
    ("205,000–215,000 tonnes", "205,000–215,000 tonnes", "other", AM, None, "2025", "target", 215000, "t", "economy"),
    ("24 tonnes", "24 tonnes", "other", AM, None, "2025", "target", 24, "t", "economy"),
    ("$1 billion", "$1 billion", "other", AM, None, "2025-05", "level", 1 * B, "USD", "economy"),
    ("6.9 percent", "6.9 percent", "other", AM, None, "2025-05", "level", 6.9, "percent", "economy"),
]

# w05: dated 2025-10-14 (release line); the title states one period, September 2025 -> rule 3 for sentences without their own
# time words. Region Alashankou throughout (the port; its bonded zone is in it).
AK, M5, J5 = "Alashankou", "2025-09", "2025-01/2025-09"
DOCS["w05_alashankou_customs_september_2025"] = [
    ("numbered 612", "612", "freight_trains", AK, None, M5, "level", 612, "count"),
    ("up 8.1 percent", "8.1 percent", "freight_trains", AK, None, M5, "growth_yoy", 8.1, "percent"),
    ("which 538 left", "538", "freight_trains", AK, None, M5, "level", 538, "count"),
    ("and 74 entered", "74", "freight_trains", AK, None, M5, "level", 74, "count"),
    ("2.14 million tonnes", "2.14 million tonnes", "cargo_throughput", AK, None, M5, "level", 2.14e6, "t"),
    ("down 3.4 percent", "3.4 percent", "cargo_throughput", AK, None, M5, "growth_yoy", -3.4, "percent"),
    ("5,406 freight trains", "5,406", "freight_trains", AK, None, J5, "level", 5406, "count"),
    ("7.6 percent more", "7.6 percent", "freight_trains", AK, None, J5, "growth_yoy", 7.6, "percent"),
    ("19.27 million tonnes", "19.27 million tonnes", "cargo_throughput", AK, None, J5, "level", 19.27e6, "t"),
    ("20 trains per day", "20 trains per day", "train_frequency", AK, None, M5, "level", 20, "count_per_day"),
    ("against 18 in", "18", "train_frequency", AK, None, "2024-09", "level", 18, "count_per_day"),
    ("8.63 billion yuan", "8.63 billion yuan", "trade_total", AK, None, M5, "level", 8.63 * B, "CNY"),
    ("71.45 billion yuan", "71.45 billion yuan", "trade_total", AK, None, J5, "level", 71.45 * B, "CNY"),
    ("up 5.2 percent", "5.2 percent", "trade_total", AK, None, M5, "growth_yoy", 5.2, "percent"),
    ("and 9.8 percent", "9.8 percent", "trade_total", AK, None, J5, "growth_yoy", 9.8, "percent"),
    ("61.4 percent", "61.4 percent", "exports", AK, None, J5, "share", 61.4, "percent"),
    ("42.18 billion yuan", "42.18 billion yuan", "trade_total", AK, KZ, J5, "level", 42.18 * B, "CNY"),
    ("or 59 percent", "59 percent", "trade_total", AK, KZ, J5, "share", 59, "percent"),
    ("3.12 million tonnes", "3.12 million tonnes", "other", AK, None, J5, "level", 3.12e6, "t", "trade"),
    ("1.46 million tonnes", "1.46 million tonnes", "other", AK, None, J5, "level", 1.46e6, "t", "trade"),
    ("870,000 tonnes", "870,000 tonnes", "other", AK, None, J5, "level", 870000, "t", "trade"),
    ("28.9 billion yuan", "28.9 billion yuan", "exports_electromechanical", AK, None, J5, "level", 28.9 * B, "CNY"),
    ("up 14.3 percent", "14.3 percent", "exports_electromechanical", AK, None, J5, "growth_yoy", 14.3, "percent"),
    ("41,260 vehicles", "41,260", "other", AK, None, J5, "level", 41260, "count", "trade"),
    ("22.5 percent more", "22.5 percent", "other", AK, None, J5, "growth_yoy", 22.5, "percent", "trade"),
    ("12.37 billion yuan", "12.37 billion yuan", "bonded_zone_trade", AK, None, J5, "level", 12.37 * B, "CNY"),
    ("3.68 million", "3.68 million", "other", AK, None, J5, "level", 3.68e6, "count", "trade"),
    ("Twelve new train routes", "Twelve", "other", AK, None, "2025", "level", 12, "count", "logistics"),
    ("to 121", "121", "other", AK, None, "2025", "level", 121, "count", "logistics"),
    ("96,400", "96,400", "passengers", AK, None, J5, "level", 96400, "count"),
    ("about 40 percent", "40 percent", "freight_trains", AK, None, M5, "share", 40, "percent"),
]

# w06: dated 2025-11-03 (first lines); the title states no period, so each figure takes its own time words or its paragraph's
# (rule 2). "by 1 November" is an "as of" date (2025-11); "this year", "this spring" are 2025; "last year" is 2024. Region
# Turkmenistan unless noted; the velayats keep their names without "velayat" (v01's counties).
J6 = "2025-01/2025-09"
DOCS["w06_turkmenistan_cotton_gas_autumn_2025"] = [
    ("1.02 million tonnes", "1.02 million tonnes", "other", TM, None, "2025-11", "level", 1.02e6, "t", "economy"),
    ("1.05 million tonnes", "1.05 million tonnes", "other", TM, None, "2025", "target", 1.05e6, "t", "economy"),
    ("delivered 318,000", "318,000", "other", "Mary", None, "2025-11", "level", 318000, "t", "economy"),
    ("296,000 tonnes", "296,000 tonnes", "other", "Lebap", None, "2025-11", "level", 296000, "t", "economy"),
    ("201,000 tonnes", "201,000 tonnes", "other", "Ahal", None, "2025-11", "level", 201000, "t", "economy"),
    ("550,000 hectares", "550,000 hectares", "other", TM, None, "2025", "level", 550000, "ha", "economy"),
    ("Three new cotton-spinning mills", "Three", "enterprises", "Mary", None, "2025", "level", 3, "count"),
    ("1.35 billion manat", "1.35 billion manat", "other", TM, None, J6, "level", 1.35 * B, "TMT", "trade"),
    ("11.2 percent more", "11.2 percent", "other", TM, None, J6, "growth_yoy", 11.2, "percent", "trade"),
    ("28,000 people", "28,000 people", "population", TM, None, "2025-11", "level", 28000, "count"),
    ("70 enterprises", "70", "enterprises", TM, None, "2025-11", "level", 70, "count"),
    ("$10.1 billion", "$10.1 billion", "other", CN, TM, "2023", "level", 10.1 * B, "USD", "trade"),
    ("$9.4 billion", "$9.4 billion", "other", CN, TM, "2024", "level", 9.4 * B, "USD", "trade"),
    ("fall of 6.9 percent", "6.9 percent", "other", CN, TM, "2024", "growth_yoy", -6.9, "percent", "trade"),
    ("about four fifths", "four fifths", "other", TM, CN, "2024", "share", 80, "percent", "trade"),
    ("$10.6 billion", "$10.6 billion", "trade_total", CN, TM, "2024", "level", 10.6 * B, "USD"),
    ("rose 12 percent", "12 percent", "imports", TM, CN, "2024", "growth_yoy", 12, "percent"),
    ("$960 million", "$960 million", "imports", TM, CN, "2024", "level", 960e6, "USD"),
    ("$1.4 billion", "$1.4 billion", "contracts_signed", TM, CN, "2025-07", "level", 1.4 * B, "USD"),
    ("grew 6.3 percent", "6.3 percent", "gdp", TM, None, J6, "growth_yoy", 6.3, "percent"),
    ("2,460 manat", "2,460 manat", "other", TM, None, J6, "level", 2460, "TMT", "economy"),
    ("passed 1.1 million", "1.1 million", "population", "Ashgabat", None, "2025-01", "level", 1.1e6, "count"),
    ("1.1 million tonnes", "1.1 million tonnes", "other", TM, None, "2026", "target", 1.1e6, "t", "economy"),
    ("100 percent", "100 percent", "other", TM, None, "2028", "target", 100, "percent", "economy"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
