"""The annotations of the eighth held-out gold (heldout8): `uv run python -m benchmarks.heldout8.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CN, KG, KZ, TJ, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# v01: released 2025-04-16; the lead states one period, the 2024-2025 snow season "(1 November 2024 to 31 March 2025)"
# -> 2024-11/2025-03 by rule 3 (the county table included). All rows are region Altay (the prefecture) unless noted.
AL, S = "Altay", "2024-11/2025-03"
TABLE1 = [  # (row anchor, visits in 10,000, change %, region)
    ("  Altay City                 268.4            24.6", "268.4", "24.6", "Altay City"),
    ("  Burqin County              231.7            19.8", "231.7", "19.8", "Burqin"),
    ("  Fuyun County               142.3            27.1", "142.3", "27.1", "Fuyun"),
    ("  Habahe County               97.5            15.4", "97.5", "15.4", "Habahe"),
    ("  Fuhai County                88.2            -3.6", "88.2", "-3.6", "Fuhai"),
    ("  Qinghe County               71.9            22.9", "71.9", "22.9", "Qinghe"),
    ("  Jeminay County              86.0            30.2", "86.0", "30.2", "Jeminay"),
]
rows1 = []
for anchor, visits, change, reg in TABLE1:
    rows1 += level_and_growth(anchor, visits, change, "tourists", reg, S, "count", 1e4)
DOCS["v01_altay_snow_season_bulletin_2024_2025"] = [
    ("9.86 million tourist visits", "9.86 million", "tourists", AL, None, S, "level", 9.86e6, "count"),
    ("up 21.7 percent", "21.7 percent", "tourists", AL, None, S, "growth_yoy", 21.7, "percent"),
    ("11.42 billion yuan", "11.42 billion yuan", "other", AL, None, S, "level", 11.42 * B, "CNY", "economy"),
    ("up 26.3 percent", "26.3 percent", "other", AL, None, S, "growth_yoy", 26.3, "percent", "economy"),
    ("64.5 percent", "64.5 percent", "tourists", AL, None, S, "share", 64.5, "percent"),
    ("1,158 yuan", "1,158 yuan", "other", AL, None, S, "level", 1158, "CNY", "economy"),
    ("14 ski resorts", "14", "other", AL, None, "2025-04", "level", 14, "count", "economy"),
    ("187 ski runs", "187", "other", AL, None, "2025-04", "level", 187, "count", "economy"),
    ("213 km", "213 km", "other", AL, None, "2025-04", "level", 213, "km", "economy"),
    ("3.05 million visits", "3.05 million", "tourists", AL, None, S, "level", 3.05e6, "count"),
    ("23.8 percent more", "23.8 percent", "tourists", AL, None, S, "growth_yoy", 23.8, "percent"),
    ("about 41,000 people", "about 41,000 people", "population", AL, None, "2025-02", "level", 41000, "count"),
] + rows1 + [
    ("612,000 passengers", "612,000", "passengers", AL, None, S, "level", 612000, "count"),
    ("up 38.4 percent", "38.4 percent", "passengers", AL, None, S, "growth_yoy", 38.4, "percent"),
    ("another 74,300", "74,300", "passengers", "Fuyun", None, S, "level", 74300, "count"),
    ("added 23 routes", "23", "other", AL, None, S, "level", 23, "count", "logistics"),
    ("prefecture to 61", "61", "other", AL, None, S, "level", 61, "count", "logistics"),
    ("1,046 km", "1,046 km", "expressway_length", AL, None, "2024", "level", 1046, "km"),
    ("rose to 1,874", "1,874", "enterprises", AL, None, S, "level", 1874, "count"),
    ("which 312 opened", "312", "enterprises", AL, None, S, "level", 312, "count"),
    ("46,000 yuan", "46,000 yuan", "other", AL, None, S, "level", 46000, "CNY", "economy"),
    ("53.2 million", "53.2 million", "tourists", AL, None, "2024", "level", 53.2e6, "count"),
    ("60 million by 2027", "60 million", "tourists", AL, None, "2027", "target", 60e6, "count"),
    ("Three new ski resorts", "Three", "other", AL, None, None, "target", 3, "count", "economy"),
    ("4.6 billion yuan", "4.6 billion yuan", "investment", AL, None, None, "target", 4.6 * B, "CNY"),
]

# v02: dated 24 June 2025 (dateline); the lead states one period, January-May (2025) -> rule 3 for sentences without their own
# time words. East Kazakhstan keeps the text's spelling. The Maikapshagai-Jeminay crossing takes the Chinese side's name.
EK, JM, JA = "East Kazakhstan", "2025-01/2025-05", "2025-01/2025-04"
UK, JE = "Ust-Kamenogorsk", "Jeminay"
DOCS["v02_kazinform_east_kazakhstan_investment_jan_may_2025"] = [
    ("412.6 billion tenge", "412.6 billion tenge", "investment", EK, None, JM, "level", 412.6 * B, "KZT"),
    ("about $803 million", "$803 million", "investment", EK, None, JM, "level", 803e6, "USD"),
    ("21.4 percent more", "21.4 percent", "investment", EK, None, JM, "growth_yoy", 21.4, "percent"),
    ("47.8 percent", "47.8 percent", "investment", EK, None, JM, "share", 47.8, "percent"),
    ("provided 71 percent", "71 percent", "investment", EK, None, JM, "share", 71, "percent"),
    ("$384 million", "$384 million", "investment", EK, None, "2025-Q1", "level", 384e6, "USD"),
    ("fourteen projects", "fourteen", "enterprises", EK, CN, "2025-05", "level", 14, "count"),
    ("$1.3 billion", "$1.3 billion", "contracts_signed", EK, CN, "2025-05", "level", 1.3 * B, "USD"),
    ("$680 million", "$680 million", "investment", UK, None, "2027", "target", 680e6, "USD"),
    ("120,000 tonnes", "120,000 tonnes", "other", UK, None, "2027", "target", 120000, "t", "economy"),
    ("1,200 jobs", "1,200", "jobs_created", UK, None, "2027", "target", 1200, "count"),
    ("150 MW", "150 MW", "energy_capacity", "Zaysan", None, "2025-04", "level", 1.5e5, "kW"),
    ("2.9 GW", "2.9 GW", "energy_capacity", EK, None, "2025-04", "level", 2.9e6, "kW"),
    ("412,000 tonnes", "412,000 tonnes", "cargo_throughput", JE, None, JM, "level", 412000, "t"),
    ("up 35 percent", "35 percent", "cargo_throughput", JE, None, JM, "growth_yoy", 35, "percent"),
    ("28,600 trucks", "28,600", "other", JE, None, JM, "level", 28600, "count", "logistics"),
    ("1 million tonnes a year", "1 million tonnes", "cargo_throughput", JE, None, "2026", "target", 1e6, "t"),
    ("9.4 billion tenge", "9.4 billion tenge", "infrastructure_investment", JE, None, "2026", "target", 9.4 * B, "KZT"),
    ("$1.18 billion", "$1.18 billion", "trade_total", EK, None, JA, "level", 1.18 * B, "USD"),
    ("$396.4 million", "$396.4 million", "trade_total", EK, CN, JA, "level", 396.4e6, "USD"),
    ("up 17.2 percent", "17.2 percent", "trade_total", EK, CN, JA, "growth_yoy", 17.2, "percent"),
    ("$301.5 million", "$301.5 million", "exports", EK, CN, JA, "level", 301.5e6, "USD"),
    ("398,700 tenge", "398,700 tenge", "other", EK, None, "2025-Q1", "level", 398700, "KZT", "economy"),
    ("11.6 percent higher", "11.6 percent", "other", EK, None, "2025-Q1", "growth_yoy", 11.6, "percent", "economy"),
    ("4.6 percent", "4.6 percent", "unemployment_rate", EK, None, "2025-05", "level", 4.6, "percent"),
    ("48,900", "48,900", "enterprises", EK, None, "2025-06", "level", 48900, "count"),
    ("1.1 trillion tenge", "1.1 trillion tenge", "investment", EK, None, "2025", "target", 1.1e12, "KZT"),
    ("5 trillion tenge", "5 trillion tenge", "investment", EK, None, "2029", "target", 5e12, "KZT"),
]

# v03: dated 27 February 2025; the title states one period, 2024 -> rule 3. The company runs only the Kumtor mine, so its
# figures are region Kumtor (a mine named for its place, as u02's Rogun); national figures are Kyrgyzstan.
KU = "Kumtor"
TABLE3 = [  # (row anchor, 2023 cell, 2024 cell, change, code, unit, scale)
    ("| Gold produced, tonnes                | 18.01 | 14.62 | -18.8     |", "18.01", "14.62", "-18.8", "other", "t", 1),
    ("| Ore processed, million tonnes        | 6.51  | 6.04  | -7.2      |", "6.51", "6.04", "-7.2", "other", "t", 1e6),
    ("| Revenue, billion soms                | 133.0 | 138.6 | 4.2       |", "133.0", "138.6", "4.2", "other", "KGS", B),
    ("| Employees at year-end                | 4,655 | 4,812 | 3.4       |", "4,655", "4,812", "3.4", "population", "count", 1),
]
rows3 = []
for anchor, c23, c24, ch, code, unit, scale in TABLE3:
    dom = ("economy",) if code == "other" else ()
    rows3 += [
        (anchor, c23, code, KU, None, "2023", "level", float(c23.replace(",", "")) * scale, unit) + dom,
        (anchor, c24, code, KU, None, "2024", "level", float(c24.replace(",", "")) * scale, unit) + dom,
        (anchor, ch, code, KU, None, "2024", "growth_yoy", float(ch), "percent") + dom,
    ]
Y = "2024"
DOCS["v03_kumtor_gold_company_results_2024"] = rows3 + [
    ("poured 14.62 tonnes", "14.62 tonnes", "other", KU, None, Y, "level", 14.62, "t", "economy"),
    ("3.41 tonnes", "3.41 tonnes", "other", KU, None, "2024-Q4", "level", 3.41, "t", "economy"),
    ("9.3 percent less", "9.3 percent", "other", KU, None, "2024-Q4", "growth_yoy", -9.3, "percent", "economy"),
    ("78.4 percent", "78.4 percent", "other", KU, None, Y, "level", 78.4, "percent", "economy"),
    ("152.3 million tonnes", "152.3 million tonnes", "other", KU, None, Y, "level", 152.3e6, "t", "economy"),
    ("96 haul trucks", "96", "other", KU, None, "2025-02", "level", 96, "count", "economy"),
    ("24 of them", "24", "other", KU, None, Y, "level", 24, "count", "economy"),
    ("138.6 billion soms", "138.6 billion soms", "other", KU, None, Y, "level", 138.6 * B, "KGS", "economy"),
    ("$1.59 billion", "$1.59 billion", "other", KU, None, Y, "level", 1.59 * B, "USD", "economy"),
    ("31.7 billion soms", "31.7 billion soms", "other", KU, None, Y, "level", 31.7 * B, "KGS", "economy"),
    ("9.8 percent", "9.8 percent", "other", KU, None, Y, "share", 9.8, "percent", "economy"),
    ("21.4 billion soms", "21.4 billion soms", "investment", KU, None, Y, "level", 21.4 * B, "KGS"),
    ("74.8 percent", "74.8 percent", "other", KU, None, Y, "share", 74.8, "percent", "economy"),
    ("11.5 percent", "11.5 percent", "other", KU, None, Y, "share", 11.5, "percent", "economy"),
    ("$1.84 billion", "$1.84 billion", "other", KG, None, Y, "level", 1.84 * B, "USD", "trade"),
    ("83 percent", "83 percent", "other", KG, "United Kingdom", Y, "share", 83, "percent", "trade"),
    ("employed 4,812 people", "4,812 people", "population", KU, None, Y, "level", 4812, "count"),
    ("98.6 percent", "98.6 percent", "population", KU, None, Y, "share", 98.6, "percent"),
    ("186,400 soms", "186,400 soms", "other", KU, None, Y, "level", 186400, "KGS", "economy"),
    ("1.2 billion soms", "1.2 billion soms", "other", KU, None, Y, "level", 1.2 * B, "KGS", "economy"),
    ("118.4 tonnes", "118.4 tonnes", "other", KU, None, "2025-01", "level", 118.4, "t", "economy"),
    ("12.5–13.5 tonnes", "12.5–13.5 tonnes", "other", KU, None, "2025", "target", 12.5, "t", "economy"),
    ("12.5–13.5 tonnes", "12.5–13.5 tonnes", "other", KU, None, "2025", "target", 13.5, "t", "economy"),
    ("26 billion soms", "26 billion soms", "investment", KU, None, "2025", "target", 26 * B, "KGS"),
]

# v04: dated 21 October 2025; the title states one period, January-September 2025 -> rule 3 (the table included). Cars, their
# exports and imports have no catalog code: production rows are `other` (economy), trade rows `other` (trade).
JS = "2025-01/2025-09"
TABLE4 = [  # (row anchor, units, USD million, share, partner)
    ("| Kazakhstan  | 27,480 | 262.1       | 43.8              |", "27,480", "262.1", "43.8", KZ),
    ("| Russia      | 14,310 | 146.7       | 24.5              |", "14,310", "146.7", "24.5", "Russia"),
    ("| Kyrgyzstan  | 7,860  | 71.9        | 12.0              |", "7,860", "71.9", "12.0", KG),
    ("| Tajikistan  | 5,240  | 47.6        | 8.0               |", "5,240", "47.6", "8.0", TJ),
    ("| Azerbaijan  | 3,120  | 31.2        | 5.2               |", "3,120", "31.2", "5.2", "Azerbaijan"),
]
rows4 = []
for anchor, n, usd, sh, partner in TABLE4:
    rows4 += [
        (anchor, n, "other", UZ, partner, JS, "level", float(n.replace(",", "")), "count", "trade"),
        (anchor, usd, "other", UZ, partner, JS, "level", float(usd) * 1e6, "USD", "trade"),
        (anchor, sh, "other", UZ, partner, JS, "share", float(sh), "percent", "trade"),
    ]
TOT4 = "| Total       | 61,240 | 598.3       | –                 |"
rows4 += [
    (TOT4, "61,240", "other", UZ, None, JS, "level", 61240, "count", "trade"),
    (TOT4, "598.3", "other", UZ, None, JS, "level", 598.3e6, "USD", "trade"),
]
DOCS["v04_uzstat_automotive_exports_jan_sep_2025"] = [
    ("318,600 passenger cars", "318,600", "other", UZ, None, JS, "level", 318600, "count", "economy"),
    ("7.9 percent more", "7.9 percent", "other", UZ, None, JS, "growth_yoy", 7.9, "percent", "economy"),
    ("41.8 trillion soums", "41.8 trillion soums", "other", UZ, None, JS, "level", 41.8e12, "UZS", "economy"),
    ("8.6 percent", "8.6 percent", "other", UZ, None, JS, "share", 8.6, "percent", "economy"),
    ("212,300 cars", "212,300", "other", "Asaka", None, JS, "level", 212300, "count", "economy"),
    ("nearly two thirds", "nearly two thirds", "other", "Asaka", None, JS, "share", 66.67, "percent", "economy"),
    ("38,700 electric", "38,700", "other", "Jizzakh", None, JS, "level", 38700, "count", "economy"),
    ("109,400 cars", "109,400", "other", UZ, None, "2025-Q3", "level", 109400, "count", "economy"),
    ("reached 61,240 units", "61,240", "other", UZ, None, JS, "level", 61240, "count", "trade"),
    ("$598.3 million", "$598.3 million", "other", UZ, None, JS, "level", 598.3e6, "USD", "trade"),
    ("up 34.6 percent", "34.6 percent", "other", UZ, None, JS, "growth_yoy", 34.6, "percent", "trade"),
    ("$74.2 million", "$74.2 million", "other", UZ, None, JS, "level", 74.2e6, "USD", "trade"),
] + rows4 + [
    ("fell 12.4 percent", "12.4 percent", "other", UZ, None, JS, "growth_yoy", -12.4, "percent", "trade"),
    ("84,500 units", "84,500", "other", UZ, None, JS, "level", 84500, "count", "trade"),
    ("71 percent", "71 percent", "other", UZ, CN, JS, "share", 71, "percent", "trade"),
    ("$1.94 billion", "$1.94 billion", "other", UZ, None, JS, "level", 1.94 * B, "USD", "trade"),
    ("$0.88 billion", "$0.88 billion", "other", UZ, "South Korea", JS, "level", 0.88 * B, "USD", "trade"),
    ("$0.79 billion", "$0.79 billion", "other", UZ, CN, JS, "level", 0.79 * B, "USD", "trade"),
    ("46,700 people", "46,700", "population", UZ, None, "2025-10", "level", 46700, "count"),
    ("212 localisation projects", "212", "enterprises", UZ, None, "2025-10", "level", 212, "count"),
    ("$412 million", "$412 million", "investment", UZ, None, JS, "level", 412e6, "USD"),
    ("present 50,000", "50,000", "other", "Jizzakh", None, "2025-10", "level", 50000, "count", "economy"),
    ("150,000 cars a year", "150,000", "other", "Jizzakh", None, "2027", "target", 150000, "count", "economy"),
    ("30,000 cars a year", "30,000", "other", "Andijan", None, None, "target", 30000, "count", "economy"),
    ("500,000 cars", "500,000", "other", UZ, None, "2030", "target", 500000, "count", "economy"),
    ("$1.5 billion a year", "$1.5 billion", "other", UZ, None, "2030", "target", 1.5 * B, "USD", "trade"),
]

# v05: published 2025-01-10; the title's "last year" and the lead's "in 2024" give one period, 2024 -> rule 3 (the cargo table
# included). "For 2025" dates the last paragraph's targets (rule 2). Rail freight carried is `cargo_throughput` (k03).
TABLE5 = [  # (row anchor, volume in 10,000 t, change %)
    ("  Coal                            11,840                 31.5", "11,840", "31.5"),
    ("  Oil and oil products             1,326                 -4.2", "1,326", "-4.2"),
    ("  Metal ores                       2,215                  9.8", "2,215", "9.8"),
    ("  Cotton and grain                   486                 14.6", "486", "14.6"),
    ("  Containerised goods              3,902                 17.3", "3,902", "17.3"),
]
rows5 = []
for anchor, vol, ch in TABLE5:
    rows5 += level_and_growth(anchor, vol, ch, "other", X, "2024", "t", 1e4, "logistics")
DOCS["v05_urumqi_railway_bureau_review_2024"] = [
    ("246.8 million tonnes", "246.8 million tonnes", "cargo_throughput", X, None, "2024", "level", 246.8e6, "t"),
    ("up 12.9 percent", "12.9 percent", "cargo_throughput", X, None, "2024", "growth_yoy", 12.9, "percent"),
    ("118.4 million tonnes", "118.4 million tonnes", "other", X, None, "2024", "level", 118.4e6, "t", "logistics"),
    ("31.5 percent more", "31.5 percent", "other", X, None, "2024", "growth_yoy", 31.5, "percent", "logistics"),
] + rows5 + [
    ("1.86 million TEU", "1.86 million TEU", "other", X, None, "2024", "level", 1.86e6, "count", "logistics"),
    ("numbered 16,230", "16,230", "freight_trains", X, None, "2024", "level", 16230, "count"),
    ("up 10.4 percent", "10.4 percent", "freight_trains", X, None, "2024", "growth_yoy", 10.4, "percent"),
    ("8,941 of them", "8,941", "freight_trains", "Alashankou", None, "2024", "level", 8941, "count"),
    ("7,289 through", "7,289", "freight_trains", "Horgos", None, "2024", "level", 7289, "count"),
    ("1,687 of these", "1,687", "freight_trains", "Urumqi", None, "2024", "level", 1687, "count"),
    ("41.6 billion yuan", "41.6 billion yuan", "other", "Urumqi", None, "2024", "level", 41.6 * B, "CNY", "trade"),
    ("rose 9.2 percent", "9.2 percent", "passengers", X, None, "2024", "growth_yoy", 9.2, "percent"),
    ("52.7 million", "52.7 million", "passengers", X, None, "2024", "level", 52.7e6, "count"),
    ("9,712 km", "9,712 km", "railway_length", X, None, "2024", "level", 9712, "km"),
    ("718 km", "718 km", "other", X, None, "2024", "level", 718, "km", "logistics"),
    ("39.5 billion yuan", "39.5 billion yuan", "infrastructure_investment", X, None, "2024", "level", 39.5 * B, "CNY"),
    ("640 km", "640 km", "railway_length", X, None, None, "target", 640, "km"),
    ("86 billion yuan", "86 billion yuan", "infrastructure_investment", X, None, None, "target", 86 * B, "CNY"),
    ("262 million tonnes", "262 million tonnes", "cargo_throughput", X, None, "2025", "target", 262e6, "t"),
    ("more than 17,000", "17,000", "freight_trains", X, None, "2025", "target", 17000, "count"),
    ("is 2,000", "2,000", "freight_trains", "Urumqi", None, "2025", "target", 2000, "count"),
]

# v06: dated March 2025 (first lines); no single stated period. Figures take their own years, "last year" is 2024, and
# section 2's undated figures take the paragraph's 2024 (rule 2). Remittances, wages and costs are `other` (economy); migrants,
# recruitment and poverty rates are `other` (social).
TABLE6 = [  # (row anchor, households with a migrant %, average transfer TJS, region)
    ("| Khatlon                                 | 44.2                         | 15,600                          |", "44.2", "15,600", "Khatlon"),
    ("| Sughd                                   | 36.9                         | 14,900                          |", "36.9", "14,900", "Sughd"),
    ("| Districts of Republican Subordination   | 41.5                         | 14,200                          |", "41.5", "14,200", "Districts of Republican Subordination"),
    ("| Dushanbe                                | 21.8                         | 16,300                          |", "21.8", "16,300", "Dushanbe"),
    ("| Gorno-Badakhshan                        | 33.0                         | 12,100                          |", "33.0", "12,100", "Gorno-Badakhshan"),
]
rows6 = []
for anchor, sh, tr, reg in TABLE6:
    rows6 += [
        (anchor, sh, "other", reg, None, "2024", "share", float(sh), "percent", "social"),
        (anchor, tr, "other", reg, None, "2024", "level", float(tr.replace(",", "")), "TJS", "economy"),
    ]
DOCS["v06_study_tajik_labour_migration_remittances"] = [
    ("$6.2 billion", "$6.2 billion", "other", TJ, None, "2024", "level", 6.2 * B, "USD", "economy"),
    ("19 percent more", "19 percent", "other", TJ, None, "2024", "growth_yoy", 19, "percent", "economy"),
    ("44 percent of GDP", "44 percent", "other", TJ, None, "2024", "share", 44, "percent", "economy"),
    ("9.6 percent a year", "9.6 percent", "other", TJ, None, "2015/2024", "growth_avg_annual", 9.6, "percent", "economy"),
    ("468 billion roubles", "468 billion roubles", "other", TJ, "Russia", "2024", "level", 468 * B, "RUB", "economy"),
    ("1.1 percent", "1.1 percent", "other", TJ, "Russia", "2024", "level", 1.1, "percent", "economy"),
    ("652,300 departures", "652,300", "other", TJ, None, "2024", "level", 652300, "count", "social"),
    ("5.8 percent fewer", "5.8 percent", "other", TJ, None, "2024", "growth_yoy", -5.8, "percent", "social"),
    ("84 percent", "84 percent", "other", TJ, "Russia", "2024", "share", 84, "percent", "social"),
    ("of 6 percent", "6 percent", "other", TJ, KZ, "2024", "share", 6, "percent", "social"),
    ("Four in five", "Four in five", "other", TJ, None, "2024", "share", 80, "percent", "social"),
    ("18,400 workers", "18,400", "other", TJ, None, "2024", "level", 18400, "count", "social"),
    ("38.5 percent", "38.5 percent", "other", TJ, None, "2024", "share", 38.5, "percent", "social"),
    ("52 percent", "52 percent", "other", TJ, None, "2024", "share", 52, "percent", "economy"),
    ("14,800 somoni", "14,800 somoni", "other", TJ, None, "2024", "level", 14800, "TJS", "economy"),
    ("11,300 somoni", "11,300 somoni", "other", TJ, None, "2022", "level", 11300, "TJS", "economy"),
    ("rise of 31 percent", "31 percent", "other", TJ, None, "2024", "growth_other", 31, "percent", "economy"),
    ("2,375 somoni", "2,375 somoni", "other", TJ, None, "2024", "level", 2375, "TJS", "economy"),
] + rows6 + [
    ("26.3 percent", "26.3 percent", "other", TJ, None, "2019", "level", 26.3, "percent", "social"),
    ("20.9 percent", "20.9 percent", "other", TJ, None, "2024", "level", 20.9, "percent", "social"),
    ("27.4 percent", "27.4 percent", "other", TJ, None, "2024", "level", 27.4, "percent", "social"),
    ("15.1 percent", "15.1 percent", "other", TJ, None, "2024", "level", 15.1, "percent", "social"),
    ("5–7 percent", "5–7 percent", "other", TJ, None, "2025", "target", -5, "percent", "economy"),
    ("5–7 percent", "5–7 percent", "other", TJ, None, "2025", "target", -7, "percent", "economy"),
    ("100,000 workers", "100,000", "other", TJ, None, "2030", "target", 100000, "count", "social"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
