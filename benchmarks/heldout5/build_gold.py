"""The annotations of the fifth held-out gold (heldout5): `uv run python -m benchmarks.heldout5.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, TM, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# s01: title states one period (first half of 2025) -> rule 3 for undated figures, including Table 1.
C, H = "Changji", "2025-H1"
TABLE1 = [  # (row anchor, value cell, growth cell, code, unit of the value cell, scale, domain)
    ("| Retail sales of consumer goods  | 100 million yuan | 186.4  | 4.7        |", "186.4", "4.7", "other", "CNY", 1e8, "economy"),
    ("| General public budget revenue   | 100 million yuan | 92.3   | -0.8       |", "92.3", "-0.8", "other", "CNY", 1e8, "economy"),
    ("| Total imports and exports       | 100 million yuan | 41.7   | 18.6       |", "41.7", "18.6", "trade_total", "CNY", 1e8, None),
    ("|   of which: exports             | 100 million yuan | 33.9   | 24.1       |", "33.9", "24.1", "exports", "CNY", 1e8, None),
    ("| Raw coal output                 | 10,000 tonnes    | 9,840  | 11.2       |", "9,840", "11.2", "other", "t", 1e4, "economy"),
    ("| Tourist visits                  | 10,000 visits    | 1,526  | 15.8       |", "1,526", "15.8", "tourists", "count", 1e4, None),
]
rows1 = [row for anchor, val, gr, code, unit, scale, dom in TABLE1
         for row in level_and_growth(anchor, val, gr, code, C, H, unit, scale, dom)]
rows1.append(("| Fixed-asset investment          | 100 million yuan | ..     | 9.6        |", "9.6", "investment", C, None, H,
              "growth_yoy", 9.6, "percent"))

DOCS["s01_changji_bulletin_h1_2025"] = [
    ("118.62 billion yuan", "118.62 billion yuan", "gdp", C, None, H, "level", 118.62 * B, "CNY"),
    ("up 6.4 percent", "6.4 percent", "gdp", C, None, H, "growth_yoy", 6.4, "percent"),
    ("7.35 billion yuan", "7.35 billion yuan", "value_added_primary", C, None, H, "level", 7.35 * B, "CNY"),
    ("66.08 billion yuan", "66.08 billion yuan", "value_added_secondary", C, None, H, "level", 66.08 * B, "CNY"),
    ("45.19 billion yuan", "45.19 billion yuan", "value_added_tertiary", C, None, H, "level", 45.19 * B, "CNY"),
    ("growing 5.1 percent", "5.1 percent", "value_added_primary", C, None, H, "growth_yoy", 5.1, "percent"),
    ("7.3 percent and", "7.3 percent", "value_added_secondary", C, None, H, "growth_yoy", 7.3, "percent"),
    ("5.2 percent respectively", "5.2 percent", "value_added_tertiary", C, None, H, "growth_yoy", 5.2, "percent"),
    ("1.64 million", "1.64 million", "population", C, None, "2024", "level", 1.64e6, "count"),
    ("72.4 percent of it urban", "72.4 percent", "population", C, None, "2024", "share", 72.4, "percent"),
    ("grew 8.9 percent", "8.9 percent", "industrial_output", C, None, H, "growth_yoy", 8.9, "percent"),
    ("98.4 million tonnes", "98.4 million tonnes", "other", C, None, H, "level", 98.4e6, "t", "economy"),
    ("up 11.2 percent", "11.2 percent", "other", C, None, H, "growth_yoy", 11.2, "percent", "economy"),
    ("a dozen new mines", "a dozen", "other", C, None, H, "level", 12, "count", "economy"),
    ("31.5 million kilowatts", "31.5 million kilowatts", "energy_capacity", C, None, "2025-06", "level", 31.5e6, "kW"),
    ("44.8 percent", "44.8 percent", "energy_capacity", C, None, "2025-06", "share", 44.8, "percent"),
] + rows1 + [
    ("rose 9.6 percent", "9.6 percent", "investment", C, None, H, "growth_yoy", 9.6, "percent"),
    ("grew 14.3 percent", "14.3 percent", "investment", C, None, H, "growth_yoy", 14.3, "percent"),
    ("fell 2.7 percent", "2.7 percent", "infrastructure_investment", C, None, H, "growth_yoy", -2.7, "percent"),
    ("1.42 billion yuan", "1.42 billion yuan", "exports", C, KZ, H, "level", 1.42 * B, "CNY"),
    ("0.87 billion yuan", "0.87 billion yuan", "exports", C, "Russia", H, "level", 0.87 * B, "CNY"),
    ("41.9 percent", "41.9 percent", "exports", C, KZ, H, "share", 41.9, "percent"),
    ("52.3 percent", "52.3 percent", "exports_electromechanical", C, None, H, "share", 52.3, "percent"),
    ("0.78 billion yuan", "0.78 billion yuan", "imports", C, None, H, "level", 0.78 * B, "CNY"),
    ("down 5.4 percent", "5.4 percent", "imports", C, None, H, "growth_yoy", -5.4, "percent"),
    ("31.6 million tonnes", "31.6 million tonnes", "cargo_throughput", C, None, H, "level", 31.6e6, "t"),
    ("up 6.8 percent", "6.8 percent", "cargo_throughput", C, None, H, "growth_yoy", 6.8, "percent"),
    ("14,380 kilometers", "14,380 kilometers", "road_length", C, None, "2025-06", "level", 14380, "km"),
    ("826 kilometers", "826 kilometers", "expressway_length", C, None, "2025-06", "level", 826, "km"),
    ("21,650", "21,650", "jobs_created", C, None, H, "level", 21650, "count"),
    ("58.5 percent", "58.5 percent", "jobs_created", C, None, H, "share", 58.5, "percent"),
    ("target of 37,000", "37,000", "jobs_created", C, None, "2025", "target", 37000, "count"),
    ("27,340 yuan", "27,340 yuan", "income_per_capita_urban", C, None, H, "level", 27340, "CNY"),
    ("12,860 yuan", "12,860 yuan", "income_per_capita_rural", C, None, H, "level", 12860, "CNY"),
    ("up 4.3 percent", "4.3 percent", "income_per_capita_urban", C, None, H, "growth_yoy", 4.3, "percent"),
    ("6.9 percent respectively", "6.9 percent", "income_per_capita_rural", C, None, H, "growth_yoy", 6.9, "percent"),
    ("1.21 million people", "1.21 million people", "insurance_coverage", C, None, "2025-06", "level", 1.21e6, "count"),
    ("stood at 4.2 percent", "4.2 percent", "unemployment_rate", C, None, "2025-06", "level", 4.2, "percent"),
]

# s02: dated 2025-09-09; the lead states one period, the first half of 2025.
H = "2025-H1"
JJ = "2025-01/2025-06"
DOCS["s02_tdh_turkmenistan_china_h1_2025"] = [
    ("trade up 7.8%", "7.8%", "trade_total", CN, TM, H, "growth_yoy", 7.8, "percent"),
    ("$5.36 billion", "$5.36 billion", "trade_total", CN, TM, H, "level", 5.36e9, "USD"),
    ("7.8 percent more", "7.8 percent", "trade_total", CN, TM, H, "growth_yoy", 7.8, "percent"),
    ("18.76 billion manat", "18.76 billion manat", "trade_total", CN, TM, H, "level", 18.76e9, "TMT"),
    ("61.4 percent", "61.4 percent", "trade_total", CN, TM, H, "share", 61.4, "percent"),
    ("$4.71 billion", "$4.71 billion", "exports", TM, CN, H, "level", 4.71e9, "USD"),
    ("22.5 percent", "22.5 percent", "imports", TM, CN, H, "growth_yoy", 22.5, "percent"),
    ("$650 million", "$650 million", "imports", TM, CN, H, "level", 650e6, "USD"),
    ("about 93 percent", "about 93 percent", "other", TM, CN, H, "share", 93, "percent", "trade"),
    ("fell 12.4 percent", "12.4 percent", "other", TM, CN, H, "growth_yoy", -12.4, "percent", "trade"),
    ("$38.6 million", "$38.6 million", "other", TM, CN, H, "level", 38.6e6, "USD", "trade"),
    ("grew by 6.3 percent", "6.3 percent", "gdp", TM, None, JJ, "growth_yoy", 6.3, "percent"),
    ("rose 14.1 percent", "14.1 percent", "other", TM, None, JJ, "growth_yoy", 14.1, "percent", "economy"),
    ("52.6 billion manat", "52.6 billion manat", "other", TM, None, JJ, "level", 52.6e9, "TMT", "economy"),
    ("by 10.5 percent", "10.5 percent", "other", TM, None, JJ, "growth_yoy", 10.5, "percent", "economy"),
    ("$3.6 billion", "$3.6 billion", "investment", CN, TM, "2019/2024", "level", 3.6e9, "USD"),
    ("$1.62 billion", "$1.62 billion", "contracts_signed", CN, TM, "2024", "level", 1.62e9, "USD"),
    ("three gas treatment units", "three", "other", TM, None, "2025-09", "level", 3, "count", "economy"),
    ("about 1,000 km", "about 1,000 km", "other", CA, None, None, "target", 1000, "km", "economy"),
    ("1.14 million tonnes", "1.14 million tonnes", "cargo_throughput", CN, TM, H, "level", 1.14e6, "t"),
    ("up 31 percent", "31 percent", "cargo_throughput", CN, TM, H, "growth_yoy", 31, "percent"),
    ("2.9 million tonnes", "2.9 million tonnes", "cargo_throughput", "Turkmenbashi", None, "2025-01/2025-08", "level", 2.9e6, "t"),
    ("around one tenth", "around one tenth", "cargo_throughput", "Turkmenbashi", CN, "2025-01/2025-08", "share", 10, "percent"),
    ("Currently 36 Chinese companies", "36", "enterprises", TM, CN, "2025-09", "level", 36, "count"),
    ("three new joint ventures", "three", "enterprises", TM, CN, "2025", "level", 3, "count"),
    ("120 government scholarships", "120 government scholarships", "scholarships", CN, TM, "2025", "level", 120, "count"),
    ("$15 billion by 2030", "$15 billion", "trade_total", CN, TM, "2030", "target", 15e9, "USD"),
]

# s03: dated 2025-09-21; the lead states one period, the first eight months of 2025.
P = "2025-01/2025-08"
DOCS["s03_china_central_asia_trade_jan_aug_2025"] = [
    ("climbs to 545 bln yuan", "545 bln yuan", "trade_total", CN, CA, P, "level", 545 * B, "CNY"),
    ("545.3 billion yuan", "545.3 billion yuan", "trade_total", CN, CA, P, "level", 545.3 * B, "CNY"),
    ("up 9.7 percent", "9.7 percent", "trade_total", CN, CA, P, "growth_yoy", 9.7, "percent"),
    ("$75.9 billion", "$75.9 billion", "trade_total", CN, CA, P, "level", 75.9e9, "USD"),
    ("rose 10.4 percent", "10.4 percent", "exports", CN, CA, P, "growth_yoy", 10.4, "percent"),
    ("381.2 billion yuan", "381.2 billion yuan", "exports", CN, CA, P, "level", 381.2 * B, "CNY"),
    ("increased 8.1 percent", "8.1 percent", "imports", CN, CA, P, "growth_yoy", 8.1, "percent"),
    ("164.1 billion yuan", "164.1 billion yuan", "imports", CN, CA, P, "level", 164.1 * B, "CNY"),
    ("42.6 percent", "42.6 percent", "exports_electromechanical", CN, CA, P, "share", 42.6, "percent"),
    ("jumped 35 percent", "35 percent", "other", CN, CA, P, "growth_yoy", 35, "percent", "trade"),
    ("68.2 billion yuan a month", "68.2 billion yuan", "trade_total", CN, CA, P, "level", 68.2 * B, "CNY"),
    ("72.4 billion yuan", "72.4 billion yuan", "trade_total", CN, CA, "2025-08", "level", 72.4 * B, "CNY"),
    ("up 12.8 percent", "12.8 percent", "trade_total", CN, CA, "2025-08", "growth_yoy", 12.8, "percent"),
    ("239.6 billion", "239.6 billion", "trade_total", CN, KZ, P, "level", 239.6 * B, "CNY"),
    ("118.5 billion", "118.5 billion", "trade_total", CN, KG, P, "level", 118.5 * B, "CNY"),
    ("106.3 billion", "106.3 billion", "trade_total", CN, UZ, P, "level", 106.3 * B, "CNY"),
    ("55.2 billion", "55.2 billion", "trade_total", CN, TM, P, "level", 55.2 * B, "CNY"),
    ("25.7 billion yuan", "25.7 billion yuan", "trade_total", CN, TJ, P, "level", 25.7 * B, "CNY"),
    ("by 21.3 percent", "21.3 percent", "trade_total", CN, UZ, P, "growth_yoy", 21.3, "percent"),
    ("declined 4.6 percent", "4.6 percent", "trade_total", CN, TM, P, "growth_yoy", -4.6, "percent"),
    ("43.9 percent", "43.9 percent", "trade_total", CN, KZ, P, "share", 43.9, "percent"),
    ("45.2 percent", "45.2 percent", "trade_total", CN, KZ, "2024-01/2024-08", "share", 45.2, "percent"),
    ("2.31 trillion tenge", "2.31 trillion tenge", "exports", KZ, CN, "2025-01/2025-07", "level", 2.31e12, "KZT"),
    ("nearly half", "nearly half", "other", KZ, CN, "2025-01/2025-07", "share", 50, "percent", "trade"),
    ("298.7 billion soms", "298.7 billion soms", "imports", KG, CN, "2025-H1", "level", 298.7 * B, "KGS"),
    ("12.4 billion somoni", "12.4 billion somoni", "trade_total", TJ, CN, "2025-H1", "level", 12.4 * B, "TJS"),
    ("up 16 percent", "16 percent", "trade_total", TJ, CN, "2025-H1", "growth_yoy", 16, "percent"),
    ("301.4 billion yuan", "301.4 billion yuan", "trade_total", X, CA, P, "level", 301.4 * B, "CNY"),
    ("55.3 percent", "55.3 percent", "trade_total", X, CA, P, "share", 55.3, "percent"),
    ("147.6 billion yuan", "147.6 billion yuan", "trade_total", X, None, P, "level", 147.6 * B, "CNY"),
    ("$110-115 billion", "$110-115 billion", "trade_total", CN, CA, "2025", "target", 110e9, "USD"),
    ("$110-115 billion", "$110-115 billion", "trade_total", CN, CA, "2025", "target", 115e9, "USD"),
    ("$94.8 billion", "$94.8 billion", "trade_total", CN, CA, "2024", "level", 94.8e9, "USD"),
]

# s04: dated 14 November 2025; the lead states one period, the first ten months of 2025.
P = "2025-01/2025-10"
PORTS = [  # (row anchor, region, cargo (10,000 t), change (%), vehicle trips (10,000))
    ("  Irkeshtam          246.0             27.4               5.83", "Irkeshtam", "246.0", "27.4", "5.83"),
    ("  Torugart            93.1             11.6               2.14", "Torugart", "93.1", "11.6", "2.14"),
    ("  Khunjerab           41.7             -8.3               1.02", "Khunjerab", "41.7", "-8.3", "1.02"),
    ("  Bakhty             214.5             19.0               6.40", "Bakhty", "214.5", "19.0", "6.40"),
]
rows4 = []
for anchor, reg, cargo, chg, trips in PORTS:
    rows4 += [
        (anchor, cargo, "cargo_throughput", reg, None, P, "level", float(cargo) * 1e4, "t"),
        (anchor, chg, "cargo_throughput", reg, None, P, "growth_yoy", float(chg), "percent"),
        (anchor, trips, "other", reg, None, P, "level", float(trips) * 1e4, "count", "logistics"),
    ]
DOCS["s04_logistics_note_kashgar_road_ports"] = rows4 + [
    ("Irkeshtam's 2.46 million tonnes", "2.46 million tonnes", "cargo_throughput", "Irkeshtam", None, P, "level", 2.46e6, "t"),
    ("620 trucks a day", "620 trucks a day", "other", "Irkeshtam", None, "2025-09", "level", 620, "count_per_day", "logistics"),
    ("against 480 a year earlier", "480", "other", "Irkeshtam", None, "2024-09", "level", 480, "count_per_day", "logistics"),
    ("7,420", "7,420", "freight_trains", "Horgos", None, P, "level", 7420, "count"),
    ("9.1 percent more", "9.1 percent", "freight_trains", "Horgos", None, P, "growth_yoy", 9.1, "percent"),
    ("2,810", "2,810", "freight_trains", "Horgos", CA, P, "level", 2810, "count"),
    ("about 21 trains a day", "about 21 trains a day", "train_frequency", "Alashankou", None, "2025-10", "level", 21, "count_per_day"),
    ("a dozen overseas warehouses", "a dozen", "trade_platforms", "Kashgar", CA, "2025-11", "level", 12, "count"),
    ("86,000 square metres", "86,000 square metres", "other", "Kashgar", CA, "2025-11", "level", 8.6, "ha", "economy"),
    ("3.94 billion yuan", "3.94 billion yuan", "bonded_zone_trade", "Kashgar", None, P, "level", 3.94 * B, "CNY"),
    ("up 44 percent", "44 percent", "bonded_zone_trade", "Kashgar", None, P, "growth_yoy", 44, "percent"),
    ("4.5 billion yuan", "4.5 billion yuan", "infrastructure_investment", "Kashgar", None, "2027", "target", 4.5 * B, "CNY"),
    ("10 million tonnes", "10 million tonnes", "cargo_throughput", "Kashgar", None, "2030", "target", 10e6, "t"),
    ("6.8 billion soms", "6.8 billion soms", "infrastructure_investment", KG, None, None, "target", 6.8e9, "KGS"),
]

# s05: dated 2025-12-03; no single stated period in title or lead.
HT = "Hotan"
P = "2025-01/2025-10"
DOCS["s05_xinhua_hotan_jobs_relocation"] = [
    ("1.27 million people", "1.27 million people", "poverty_alleviated", HT, None, "2014/2020", "level", 1.27e6, "count"),
    ("176,500 residents", "176,500 residents", "other", HT, None, "2016/2020", "level", 176500, "count", "social"),
    ("147 newly built", "147", "other", HT, None, "2016/2020", "level", 147, "count", "social"),
    ("41,200 rural labourers", "41,200 rural labourers", "other", HT, None, P, "level", 41200, "count", "social"),
    ("9,800 of them", "9,800", "other", HT, None, P, "level", 9800, "count", "social"),
    ("12,630 people", "12,630 people", "jobs_created", HT, None, P, "level", 12630, "count"),
    ("412 \"satellite factories\"", "412", "enterprises", HT, None, "2025-12", "level", 412, "count"),
    ("about 38,000 people", "about 38,000 people", "population", HT, None, "2025-12", "level", 38000, "count"),
    ("three quarters of them women", "three quarters", "population", HT, None, "2025-12", "share", 75, "percent"),
    ("2,800 to 3,400 yuan", "2,800 to 3,400 yuan", "other", "Lop", None, "2024", "level", 2800, "CNY", "economy"),
    ("2,800 to 3,400 yuan", "2,800 to 3,400 yuan", "other", "Lop", None, "2024", "level", 3400, "CNY", "economy"),
    ("6,350 yuan", "6,350 yuan", "income_per_capita_rural", HT, None, "2015", "level", 6350, "CNY"),
    ("15,120 yuan", "15,120 yuan", "income_per_capita_rural", HT, None, "2024", "level", 15120, "CNY"),
    ("10.1 percent", "10.1 percent", "income_per_capita_rural", HT, None, "2015/2024", "growth_avg_annual", 10.1, "percent"),
    ("46.3 percent", "46.3 percent", "other", HT, None, "2025-12", "share", 46.3, "percent", "economy"),
    ("less than a fifth", "less than a fifth", "other", HT, None, "2015", "share", 20, "percent", "economy"),
    ("14,260 yuan", "14,260 yuan", "other", HT, None, "2024", "level", 14260, "CNY", "economy"),
    ("up 9.8 percent", "9.8 percent", "other", HT, None, "2024", "growth_yoy", 9.8, "percent", "economy"),
    ("99.1 percent", "99.1 percent", "insurance_coverage", HT, None, "2024", "level", 99.1, "percent"),
    ("three new vocational schools", "three", "other", HT, None, "2024", "level", 3, "count", "social"),
    ("26 kindergartens", "26 kindergartens", "other", HT, None, "2024", "level", 26, "count", "social"),
    ("2.77 million", "2.77 million", "population", HT, None, "2024", "level", 2.77e6, "count"),
    ("60,000 more non-farm jobs", "60,000", "jobs_created", HT, None, "2027", "target", 60000, "count"),
    ("20,000 yuan", "20,000 yuan", "income_per_capita_rural", HT, None, "2030", "target", 20000, "CNY"),
]

# s06: undated working paper; no stated period.
DOCS["s06_paper_xinjiang_cross_border_ecommerce"] = [
    ("1.9 billion yuan", "1.9 billion yuan", "other", X, None, "2020", "level", 1.9 * B, "CNY", "trade"),
    ("23.6 billion yuan", "23.6 billion yuan", "other", X, None, "2024", "level", 23.6 * B, "CNY", "trade"),
    ("$3.3 billion", "$3.3 billion", "other", X, None, "2024", "level", 3.3e9, "USD", "trade"),
    ("87.7 percent", "87.7 percent", "other", X, None, "2020/2024", "growth_avg_annual", 87.7, "percent", "trade"),
    ("12.8 billion yuan", "12.8 billion yuan", "market_procurement_exports", X, None, "2022", "level", 12.8 * B, "CNY"),
    ("41.5 billion yuan", "41.5 billion yuan", "market_procurement_exports", X, None, "2024", "level", 41.5 * B, "CNY"),
    ("10.6 percent", "10.6 percent", "market_procurement_exports", X, None, "2024", "share", 10.6, "percent"),
    ("exports of 28.7 and", "28.7", "market_procurement_exports", "Urumqi", None, "2024", "level", 28.7 * B, "CNY"),
    ("9.4 billion yuan", "9.4 billion yuan", "market_procurement_exports", "Kashgar", None, "2024", "level", 9.4 * B, "CNY"),
    ("average of 380 new trading entities", "380", "enterprises", X, None, "2022/2024", "level", 380, "count"),
    ("about two thirds", "about two thirds", "enterprises", X, CA, "2022/2024", "share", 200 / 3, "percent"),
    ("41 overseas warehouses", "41 overseas warehouses", "trade_platforms", X, None, "2024", "level", 41, "count"),
    ("27 of them in Kazakhstan", "27", "trade_platforms", X, KZ, "2024", "level", 27, "count"),
    ("just 9 in 2021", "9", "trade_platforms", X, None, "2021", "level", 9, "count"),
    ("46.2 million", "46.2 million", "other", "Urumqi", None, "2024", "level", 46.2e6, "count", "logistics"),
    ("up 31 percent", "31 percent", "other", "Urumqi", None, "2024", "growth_yoy", 31, "percent", "logistics"),
    ("about 160 yuan", "about 160 yuan", "other", "Urumqi", None, "2024", "level", 160, "CNY", "trade"),
    ("412 billion tenge", "412 billion tenge", "other", KZ, CN, "2024", "level", 412 * B, "KZT", "trade"),
    ("roughly 38 percent", "roughly 38 percent", "other", KZ, CN, "2024", "share", 38, "percent", "trade"),
    ("average of 46 percent a year", "46 percent", "other", KZ, CN, "2021/2024", "growth_avg_annual", 46, "percent", "logistics"),
    ("some 3,500", "some 3,500", "population", X, None, "2024", "level", 3500, "count"),
    ("11,800", "11,800", "population", X, None, "2024", "level", 11800, "count"),
    ("61 percent", "61 percent", "population", X, None, "2024", "share", 61, "percent"),
    ("50 billion yuan by 2027", "50 billion yuan", "other", X, None, "2027", "target", 50 * B, "CNY", "trade"),
    ("10,000 more", "10,000", "other", X, None, "2027", "target", 10000, "count", "social"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
