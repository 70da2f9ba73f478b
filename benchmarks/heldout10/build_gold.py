"""The annotations of the tenth held-out gold (heldout10): `uv run python -m benchmarks.heldout10.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, UZ, TM, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# x01: issued 2025-10-24; the title and lead state one period, January-September 2025 ("the first three quarters of 2025")
# -> rule 3 for every undated figure, Table 1 included. Region Turpan unless noted; the table's rows drop "District"/"County".
TU, P1 = "Turpan", "2025-01/2025-09"
TABLE1 = [  # (row anchor, GRP in 100 million yuan, growth %, visits in 10,000, region)
    ("Gaochang District              187.4               6.9             1,142.6", "187.4", "6.9", "1,142.6", "Gaochang"),
    ("Shanshan County                152.9               6.1               498.3", "152.9", "6.1", "498.3", "Shanshan"),
    ("Toksun County                   78.3               5.7               289.1", "78.3", "5.7", "289.1", "Toksun"),
]
rows1 = []
for anchor, grp, gr, vis, reg in TABLE1:
    rows1 += level_and_growth(anchor, grp, gr, "gdp", reg, P1, "CNY", 1e8)
    rows1.append((anchor, vis, "tourists", reg, None, P1, "level", float(vis.replace(",", "")) * 1e4, "count"))
DOCS["x01_turpan_bulletin_jan_sep_2025"] = [
    ("reached 41.86 billion yuan", "41.86 billion yuan", "gdp", TU, None, P1, "level", 41.86 * B, "CNY"),
    ("growing 6.4 percent", "6.4 percent", "gdp", TU, None, P1, "growth_yoy", 6.4, "percent"),
    ("added 6.02 billion yuan", "6.02 billion yuan", "value_added_primary", TU, None, P1, "level", 6.02 * B, "CNY"),
    ("19.77 billion yuan", "19.77 billion yuan", "value_added_secondary", TU, None, P1, "level", 19.77 * B, "CNY"),
    ("16.07 billion yuan", "16.07 billion yuan", "value_added_tertiary", TU, None, P1, "level", 16.07 * B, "CNY"),
    ("up 5.1 percent", "5.1 percent", "value_added_primary", TU, None, P1, "growth_yoy", 5.1, "percent"),
    ("7.9 percent and", "7.9 percent", "value_added_secondary", TU, None, P1, "growth_yoy", 7.9, "percent"),
    ("5.2 percent respectively", "5.2 percent", "value_added_tertiary", TU, None, P1, "growth_yoy", 5.2, "percent"),
    ("1.21 million tonnes", "1.21 million tonnes", "other", TU, None, P1, "level", 1.21e6, "t", "economy"),
    ("about 38 percent", "38 percent", "other", TU, None, P1, "share", 38, "percent", "economy"),
    ("58,700 hectares", "58,700 hectares", "other", TU, None, P1, "level", 58700, "ha", "economy"),
    ("rose 9.6 percent", "9.6 percent", "other", TU, None, P1, "growth_yoy", 9.6, "percent", "logistics"),
    ("286,000 tonnes", "286,000 tonnes", "other", TU, None, P1, "level", 286000, "t", "logistics"),
    ("grew 8.8 percent", "8.8 percent", "industrial_output", TU, None, P1, "growth_yoy", 8.8, "percent"),
    ("rose 4.3 percent", "4.3 percent", "other", TU, None, P1, "growth_yoy", 4.3, "percent", "economy"),
    ("152,000 tonnes", "152,000 tonnes", "other", TU, None, P1, "level", 152000, "t", "economy"),
    ("up 21.5 percent", "21.5 percent", "other", TU, None, P1, "growth_yoy", 21.5, "percent", "economy"),
    ("11.46 million kilowatts", "11.46 million kilowatts", "energy_capacity", TU, None, "2025-09", "level", 11.46e6, "kW"),
    ("6.93 million kilowatts", "6.93 million kilowatts", "energy_capacity", TU, None, "2025-09", "level", 6.93e6, "kW"),
    ("60.5 percent", "60.5 percent", "energy_capacity", TU, None, "2025-09", "share", 60.5, "percent"),
    ("fell 3.7 percent", "3.7 percent", "investment", TU, None, P1, "growth_yoy", -3.7, "percent"),
    ("grew 26.1 percent", "26.1 percent", "investment", TU, None, P1, "growth_yoy", 26.1, "percent"),
    ("9.48 billion yuan", "9.48 billion yuan", "other", TU, None, P1, "level", 9.48 * B, "CNY", "economy"),
    ("increase of 4.6 percent", "4.6 percent", "other", TU, None, P1, "growth_yoy", 4.6, "percent", "economy"),
    ("19.3 million visits", "19.3 million", "tourists", TU, None, P1, "level", 19.3e6, "count"),
    ("up 14.8 percent", "14.8 percent", "tourists", TU, None, P1, "growth_yoy", 14.8, "percent"),
    ("21.7 billion yuan", "21.7 billion yuan", "other", TU, None, P1, "level", 21.7 * B, "CNY", "economy"),
    ("2.08 million visits", "2.08 million", "tourists", TU, None, "2025-09", "level", 2.08e6, "count"),
    ("3.64 billion yuan", "3.64 billion yuan", "trade_total", TU, None, P1, "level", 3.64 * B, "CNY"),
    ("18.2 percent more", "18.2 percent", "trade_total", TU, None, P1, "growth_yoy", 18.2, "percent"),
    ("3.11 billion yuan", "3.11 billion yuan", "exports", TU, None, P1, "level", 3.11 * B, "CNY"),
    ("47.3 percent", "47.3 percent", "trade_total", TU, CA, P1, "share", 47.3, "percent"),
    ("31 countries and regions", "31", "trade_partners", TU, None, P1, "level", 31, "count"),
    ("33,540 yuan", "33,540 yuan", "income_per_capita_urban", TU, None, P1, "level", 33540, "CNY"),
    ("16,980 yuan", "16,980 yuan", "income_per_capita_rural", TU, None, P1, "level", 16980, "CNY"),
    ("up 4.9 percent", "4.9 percent", "income_per_capita_urban", TU, None, P1, "growth_yoy", 4.9, "percent"),
    ("7.2 percent respectively", "7.2 percent", "income_per_capita_rural", TU, None, P1, "growth_yoy", 7.2, "percent"),
] + rows1

# x02: dated 2025-07-07 (dateline); the lead states one period, the 2024/25 marketing year "from September 2024 to June 2025"
# (2024-09/2025-06) -> rule 3, the headline included. The table's season columns take the lead's months. Region Kazakhstan
# unless noted; grain is a product part of exports, so `other` (trade, t).
S2, S2P = "2024-09/2025-06", "2023-09/2024-06"
TABLE2 = [  # (row anchor, 2023/24, 2024/25 in thousand t, partner)
    ("| Uzbekistan   | 4,102          | 4,760          |", "4,102", "4,760", UZ),
    ("| Tajikistan   | 1,410          | 1,520          |", "1,410", "1,520", TJ),
    ("| Afghanistan  | 980            | 1,380          |", "980", "1,380", "Afghanistan"),
    ("| China        | 1,190          | 1,940          |", "1,190", "1,940", CN),
    ("| Iran         | 420            | 910            |", "420", "910", "Iran"),
]
rows2 = []
for anchor, a, b, partner in TABLE2:
    rows2 += [
        (anchor, a, "other", KZ, partner, S2P, "level", float(a.replace(",", "")) * 1e3, "t", "trade"),
        (anchor, b, "other", KZ, partner, S2, "level", float(b.replace(",", "")) * 1e3, "t", "trade"),
    ]
DOCS["x02_kazakhstan_grain_exports_2024_2025_season"] = [
    ("record 12.4 million tonnes", "12.4 million tonnes", "other", KZ, None, S2, "level", 12.4e6, "t", "trade"),
    ("exported 12.4 million tonnes", "12.4 million tonnes", "other", KZ, None, S2, "level", 12.4e6, "t", "trade"),
    ("9.1 million tonnes", "9.1 million tonnes", "other", KZ, None, S2, "level", 9.1e6, "t", "trade"),
    ("1.6 million tonnes", "1.6 million tonnes", "other", KZ, None, S2, "level", 1.6e6, "t", "trade"),
    ("flour for 1.2 million tonnes", "1.2 million tonnes", "other", KZ, None, S2, "level", 1.2e6, "t", "trade"),
    ("$2.3 billion", "$2.3 billion", "other", KZ, None, S2, "level", 2.3 * B, "USD", "trade"),
    ("taking 47 percent", "47 percent", "other", KZ, CA, S2, "share", 47, "percent", "trade"),
    ("jumped 63 percent", "63 percent", "other", KZ, CN, S2, "growth_yoy", 63, "percent", "trade"),
    ("1.94 million tonnes", "1.94 million tonnes", "other", KZ, CN, S2, "level", 1.94e6, "t", "trade"),
    ("numbered 3,180", "3,180", "freight_trains", KZ, None, S2, "level", 3180, "count"),
    ("11,600 grain hopper wagons", "11,600", "other", KZ, None, "2025-07", "level", 11600, "count", "logistics"),
] + rows2 + [
    ("$185 per tonne", "$185", "other", KZ, None, "2025-06", "level", 185, "USD", "economy"),
    ("$212 a year earlier", "$212", "other", KZ, None, "2024-06", "level", 212, "USD", "economy"),
    ("78,000 tenge", "78,000 tenge", "other", "Kostanay", None, "2025-06", "level", 78000, "KZT", "economy"),
    ("36 billion tenge", "36 billion tenge", "fiscal_expenditure", KZ, None, "2025", "target", 36 * B, "KZT"),
    ("500,000 tonnes", "500,000 tonnes", "freight_capacity", "Horgos", None, None, "target", 500000, "t"),
    ("14.5 billion tenge", "14.5 billion tenge", "infrastructure_investment", "Horgos", None, None, "target", 14.5 * B, "KZT"),
    ("26.7 million tonnes", "26.7 million tonnes", "other", KZ, None, "2024", "level", 26.7e6, "t", "economy"),
    ("16.2 million hectares", "16.2 million hectares", "other", KZ, None, "2024", "level", 16.2e6, "ha", "economy"),
    ("23-24 million tonnes", "23-24 million tonnes", "other", KZ, None, "2025", "target", 23e6, "t", "economy"),
    ("23-24 million tonnes", "23-24 million tonnes", "other", KZ, None, "2025", "target", 24e6, "t", "economy"),
    ("target of 10 million tonnes", "10 million tonnes", "other", KZ, None, "2025-09/2026-06", "target", 10e6, "t", "trade"),
]

# x03: dated 2025-09-12 (dateline); the lead states one period, the summer season "from June to August 2025"
# (2025-06/2025-08) -> rule 3, the headline included. Region Issyk-Kul unless noted.
IK, S3 = "Issyk-Kul", "2025-06/2025-08"
TABLE3 = [  # (row anchor, 2024, 2025 in thousand people, month)
    ("| June   | 318  | 352  |", "318", "352", "06"),
    ("| July   | 612  | 661  |", "612", "661", "07"),
    ("| August | 428  | 467  |", "428", "467", "08"),
]
rows3 = []
for anchor, a, b, m in TABLE3:
    rows3 += [
        (anchor, a, "tourists", IK, None, f"2024-{m}", "level", float(a) * 1e3, "count"),
        (anchor, b, "tourists", IK, None, f"2025-{m}", "level", float(b) * 1e3, "count"),
    ]
DOCS["x03_issyk_kul_summer_season_2025"] = [
    ("welcomes 1.48 million", "1.48 million", "tourists", IK, None, S3, "level", 1.48e6, "count"),
    ("received 1.48 million tourists", "1.48 million", "tourists", IK, None, S3, "level", 1.48e6, "count"),
    ("9 percent more", "9 percent", "tourists", IK, None, S3, "growth_yoy", 9, "percent"),
    ("made up 41 percent", "41 percent", "tourists", IK, KZ, S3, "share", 41, "percent"),
    ("Russians 23 percent", "23 percent", "tourists", IK, "Russia", S3, "share", 23, "percent"),
    ("96,000 came", "96,000", "tourists", IK, CN, S3, "level", 96000, "count"),
    ("58 percent of arrivals", "58 percent", "tourists", IK, None, S3, "share", 58, "percent"),
] + rows3 + [
    ("14.6 billion som", "14.6 billion som", "other", IK, None, S3, "level", 14.6 * B, "KGS", "economy"),
    ("$167 million", "$167 million", "other", IK, None, S3, "level", 167e6, "USD", "economy"),
    ("4,900 som", "4,900 som", "other", IK, None, S3, "level", 4900, "KGS", "economy"),
    ("2,340 guest houses", "2,340", "enterprises", IK, None, S3, "level", 2340, "count"),
    ("68,500 beds", "68,500", "other", IK, None, S3, "level", 68500, "count", "economy"),
    ("31,000 seasonal workers", "31,000", "population", IK, None, S3, "level", 31000, "count"),
    ("peaked at 93 percent", "93 percent", "other", IK, None, "2025-07", "level", 93, "percent", "economy"),
    ("118,000 passengers", "118,000", "passengers", "Tamchy", None, S3, "level", 118000, "count"),
    ("up 34 percent", "34 percent", "passengers", "Tamchy", None, S3, "growth_yoy", 34, "percent"),
    ("new 43 km bypass", "43 km", "road_length", "Cholpon-Ata", None, "2025-06", "level", 43, "km"),
    ("5.2 billion som", "5.2 billion som", "infrastructure_investment", "Cholpon-Ata", None, "2025-06", "level", 5.2 * B, "KGS"),
    ("2 million tourists", "2 million", "tourists", IK, None, "2026", "target", 2e6, "count"),
    ("two thirds of the total", "two thirds", "tourists", IK, None, "2026", "target", 66.67, "percent"),
]

# x04: dated 2025-03-18 (first lines); the title states one period, 2024 -> rule 3. Region Tajikistan unless noted; Table 2's
# rows are regions as written without "region".
Y4 = "2024"
TABLE4 = [  # (row anchor, schools, pupils thousand, teachers thousand, region)
    ("| Dushanbe                              | 150     | 296.4            | 14.2               |", "150", "296.4", "14.2", "Dushanbe"),
    ("| Sughd region                          | 1,004   | 648.7            | 35.1               |", "1,004", "648.7", "35.1", "Sughd"),
    ("| Khatlon region                        | 1,453   | 849.2            | 46.0               |", "1,453", "849.2", "46.0", "Khatlon"),
    ("| Gorno-Badakhshan                      | 334     | 37.5             | 6.3                |", "334", "37.5", "6.3", "Gorno-Badakhshan"),
    ("| Districts of Republican Subordination | 1,019   | 478.2            | 26.8               |", "1,019", "478.2", "26.8",
     "Districts of Republican Subordination"),
]
rows4 = []
for anchor, sch, pup, tea, reg in TABLE4:
    rows4 += [
        (anchor, sch, "other", reg, None, Y4, "level", float(sch.replace(",", "")), "count", "social"),
        (anchor, pup, "population", reg, None, Y4, "level", float(pup) * 1e3, "count"),
        (anchor, tea, "population", reg, None, Y4, "level", float(tea) * 1e3, "count"),
    ]
DOCS["x04_tajikistan_education_statistics_2024"] = [
    ("3,960 general", "3,960", "other", TJ, None, Y4, "level", 3960, "count", "social"),
    ("2.31 million pupils", "2.31 million", "population", TJ, None, Y4, "level", 2.31e6, "count"),
    ("48.6 percent", "48.6 percent", "population", TJ, None, Y4, "share", 48.6, "percent"),
    ("128,400 teachers", "128,400", "population", TJ, None, Y4, "level", 128400, "count"),
    ("14.8 percent", "14.8 percent", "other", TJ, None, Y4, "level", 14.8, "percent", "social"),
    ("1,062 kindergartens", "1,062", "other", TJ, None, Y4, "level", 1062, "count", "social"),
] + rows4 + [
    ("Forty-seven higher", "Forty-seven", "other", TJ, None, Y4, "level", 47, "count", "social"),
    ("258,600 students", "258,600", "population", TJ, None, Y4, "level", 258600, "count"),
    ("6.2 percent more", "6.2 percent", "population", TJ, None, Y4, "growth_yoy", 6.2, "percent"),
    ("71.3 percent", "71.3 percent", "population", TJ, None, Y4, "share", 71.3, "percent"),
    ("from 4,500", "4,500", "other", TJ, None, Y4, "level", 4500, "TJS", "economy"),
    ("9,800 somoni", "9,800 somoni", "other", TJ, None, Y4, "level", 9800, "TJS", "economy"),
    ("6.84 billion somoni", "6.84 billion somoni", "fiscal_expenditure", TJ, None, Y4, "level", 6.84 * B, "TJS"),
    ("17.9 percent", "17.9 percent", "fiscal_expenditure", TJ, None, Y4, "share", 17.9, "percent"),
    ("4.9 percent of GDP", "4.9 percent", "fiscal_expenditure", TJ, None, Y4, "share", 4.9, "percent"),
    ("7.6 billion somoni", "7.6 billion somoni", "fiscal_expenditure", TJ, None, "2025", "target", 7.6 * B, "TJS"),
    ("Some 41,700", "41,700", "population", TJ, None, Y4, "level", 41700, "count"),
    ("62 percent", "62 percent", "population", TJ, "Russia", Y4, "share", 62, "percent"),
    ("about 3,600", "3,600", "population", CN, TJ, Y4, "level", 3600, "count"),
    ("240 scholarships", "240", "scholarships", CN, TJ, Y4, "level", 240, "count"),
    ("1,150 people", "1,150 people", "population", TJ, None, Y4, "level", 1150, "count"),
    ("30 percent by 2030", "30 percent", "other", TJ, None, "2030", "target", 30, "percent", "social"),
]

# x05: dated 2025-08-06 (dateline); the lead states one period, the first half of 2025 -> rule 3 where a sentence has no time
# words. "now" is 2025-08; "last year" 2024. Region Urumqi unless noted (the airport and its customs office).
UR, H5 = "Urumqi", "2025-H1"
DOCS["x05_urumqi_air_cargo_central_asia_h1_2025"] = [
    ("reached 126,400 tonnes", "126,400 tonnes", "cargo_throughput", UR, None, H5, "level", 126400, "t"),
    ("up 27.5 percent", "27.5 percent", "cargo_throughput", UR, None, H5, "growth_yoy", 27.5, "percent"),
    ("38,900 tonnes", "38,900 tonnes", "cargo_throughput", UR, None, H5, "level", 38900, "t"),
    ("14 all-cargo routes", "14", "other", UR, None, "2025-08", "level", 14, "count", "logistics"),
    ("totalled 1,862", "1,862", "other", UR, None, H5, "level", 1862, "count", "logistics"),
    ("41.3 million", "41.3 million", "other", UR, None, H5, "level", 41.3e6, "count", "trade"),
    ("7.85 billion yuan", "7.85 billion yuan", "other", UR, None, H5, "level", 7.85 * B, "CNY", "trade"),
    ("up 46.2 percent", "46.2 percent", "other", UR, None, H5, "growth_yoy", 46.2, "percent", "trade"),
    ("39.8 percent respectively", "39.8 percent", "other", UR, None, H5, "growth_yoy", 39.8, "percent", "trade"),
    ("Some 52 percent", "52 percent", "other", UR, KZ, H5, "share", 52, "percent", "trade"),
    ("27 civil airports", "27", "airports", X, None, H5, "level", 27, "count"),
    ("158,700 tonnes", "158,700 tonnes", "cargo_throughput", X, None, H5, "level", 158700, "t"),
    ("up 21.9 percent", "21.9 percent", "cargo_throughput", X, None, H5, "growth_yoy", 21.9, "percent"),
    ("about four fifths", "four fifths", "cargo_throughput", UR, None, H5, "share", 80, "percent"),
    ("37 overseas warehouses", "37", "trade_platforms", X, None, "2025-08", "level", 37, "count"),
    ("handled 8,700 tonnes", "8,700 tonnes", "cargo_throughput", "Kashgar", None, H5, "level", 8700, "t"),
    ("19.3 percent more", "19.3 percent", "cargo_throughput", "Kashgar", None, H5, "growth_yoy", 19.3, "percent"),
    ("61,200 tonnes", "61,200 tonnes", "cargo_throughput", "Almaty", None, H5, "level", 61200, "t"),
    ("45 percent of it", "45 percent", "cargo_throughput", "Almaty", CN, H5, "share", 45, "percent"),
    ("27,500 tonnes", "27,500 tonnes", "cargo_throughput", UZ, None, H5, "level", 27500, "t"),
    ("up 12 percent", "12 percent", "cargo_throughput", UZ, None, H5, "growth_yoy", 12, "percent"),
    ("2.4 billion yuan", "2.4 billion yuan", "infrastructure_investment", UR, None, "2030", "target", 2.4 * B, "CNY"),
    ("1 million tonnes", "1 million tonnes", "freight_capacity", UR, None, "2030", "target", 1e6, "t"),
    ("exceed 100,000 tonnes", "100,000 tonnes", "cargo_throughput", CN, CA, "2025", "target", 100000, "t"),
    ("71,000 tonnes", "71,000 tonnes", "cargo_throughput", CN, CA, "2024", "level", 71000, "t"),
]

# x06: dated November 2025 (first lines); the title states one period, the end of 2024 -> rule 3 (Table 3 included). Debt is
# `other` (economy), region the debtor, partner China; Chinese FDI is `investment`, region China, partner the host (h05's table).
Y6 = "2024"
TABLE6 = [  # (row anchor, debt $ bn, share %, FDI $ bn, country)
    ("| Kazakhstan   | 1.9                 | 6.1                              | 12.4                    |", "1.9", "6.1", "12.4", KZ),
    ("| Kyrgyzstan   | 1.7                 | 36.2                             | 2.1                     |", "1.7", "36.2", "2.1", KG),
    ("| Tajikistan   | 1.0                 | 29.5                             | 3.3                     |", "1.0", "29.5", "3.3", TJ),
    ("| Turkmenistan | 0.4                 | 17.8                             | 0.6                     |", "0.4", "17.8", "0.6", TM),
    ("| Uzbekistan   | 4.8                 | 14.3                             | 2.9                     |", "4.8", "14.3", "2.9", UZ),
]
rows6 = []
for anchor, debt, sh, fdi, c in TABLE6:
    rows6 += [
        (anchor, debt, "other", c, CN, Y6, "level", float(debt) * B, "USD", "economy"),
        (anchor, sh, "other", c, CN, Y6, "share", float(sh), "percent", "economy"),
        (anchor, fdi, "investment", CN, c, Y6, "level", float(fdi) * B, "USD"),
    ]
TOTAL6 = "| Total        | 9.8                 | ..                               | 21.3                    |"
rows6 += [
    (TOTAL6, "9.8", "other", CA, CN, Y6, "level", 9.8 * B, "USD", "economy"),
    (TOTAL6, "21.3", "investment", CN, CA, Y6, "level", 21.3 * B, "USD"),
]
DOCS["x06_policy_note_chinese_debt_fdi_central_asia"] = [
    ("estimated $9.8 billion", "$9.8 billion", "other", CA, CN, Y6, "level", 9.8 * B, "USD", "economy"),
    ("$11.2 billion", "$11.2 billion", "other", CA, CN, "2020", "level", 11.2 * B, "USD", "economy"),
    ("$14.6 billion", "$14.6 billion", "investment", CN, CA, "2020", "level", 14.6 * B, "USD"),
    ("to $21.3 billion", "$21.3 billion", "investment", CN, CA, Y6, "level", 21.3 * B, "USD"),
    ("9.9 percent", "9.9 percent", "investment", CN, CA, "2020/2024", "growth_avg_annual", 9.9, "percent"),
] + rows6 + [
    ("36.2 percent of its", "36.2 percent", "other", KG, CN, Y6, "share", 36.2, "percent", "economy"),
    ("11.4 billion som", "11.4 billion som", "other", KG, CN, Y6, "level", 11.4 * B, "KGS", "economy"),
    ("rose 18 percent", "18 percent", "other", TJ, CN, Y6, "growth_yoy", 18, "percent", "economy"),
    ("$142 million", "$142 million", "other", TJ, CN, Y6, "level", 142e6, "USD", "economy"),
    ("$1.2 billion", "$1.2 billion", "other", UZ, CN, "2023/2024", "level", 1.2 * B, "USD", "economy"),
    ("$2.7 billion", "$2.7 billion", "investment", CN, CA, Y6, "level", 2.7 * B, "USD"),
    ("18 percent of all FDI", "18 percent", "investment", CN, CA, Y6, "share", 18, "percent"),
    ("$1.5 billion", "$1.5 billion", "investment", CN, KZ, Y6, "level", 1.5 * B, "USD"),
    ("2,146 enterprises", "2,146", "enterprises", UZ, CN, "2025-10", "level", 2146, "count"),
    ("from 1,530", "1,530", "enterprises", UZ, CN, "2024-01", "level", 1530, "count"),
    ("$24.6 billion", "$24.6 billion", "contracts_signed", CN, CA, "2025-06", "level", 24.6 * B, "USD"),
    ("$30-32 billion", "$30-32 billion", "investment", CN, CA, "2030", "target", 30 * B, "USD"),
    ("$30-32 billion", "$30-32 billion", "investment", CN, CA, "2030", "target", 32 * B, "USD"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
