"""The annotations of the second held-out gold (heldout2): `uv run python -m benchmarks.heldout2.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import build_and_report

HERE = Path(__file__).resolve().parent

X, KZ, CN, CA = "Xinjiang", "Kazakhstan", "China", "Central Asia"
TJ, KG, UZ = "Tajikistan", "Kyrgyzstan", "Uzbekistan"
B = 1e9

DOCS = {}

P1 = "2024-01/2024-09"

DOCS["k01_khovar_tajikistan_china_trade"] = [
    ("up 18.3% in nine months", "18.3%", "trade_total", TJ, CN, P1, "growth_yoy", 18.3, "percent"),
    ("tops 1 million tonnes", "1 million tonnes", "cargo_throughput", "Karasu", None, P1, "level", 1e6, "t"),
    ("US$1.42 billion", "US$1.42 billion", "trade_total", TJ, CN, P1, "level", 1.42 * B, "USD"),
    ("18.3 percent more", "18.3 percent", "trade_total", TJ, CN, P1, "growth_yoy", 18.3, "percent"),
    ("$187.6 million", "$187.6 million", "exports", TJ, CN, P1, "level", 187.6e6, "USD"),
    ("down 4.2 percent", "4.2 percent", "exports", TJ, CN, P1, "growth_yoy", -4.2, "percent"),
    ("22.9 percent", "22.9 percent", "imports", TJ, CN, P1, "growth_yoy", 22.9, "percent"),
    ("$1.23 billion", "$1.23 billion", "imports", TJ, CN, P1, "level", 1.23 * B, "USD"),
    ("28.4 percent", "28.4 percent", "trade_total", CN, TJ, P1, "share", 28.4, "percent"),
    ("$5.01 billion", "$5.01 billion", "trade_total", TJ, None, P1, "level", 5.01 * B, "USD"),
    ("15.5 billion somoni", "15.5 billion somoni", "trade_total", TJ, CN, P1, "level", 15.5 * B, "TJS"),
    ("about 71 percent", "about 71 percent", "other", TJ, CN, P1, "share", 71, "percent", "trade"),
    ("$14.2 million", "$14.2 million", "other", TJ, CN, P1, "level", 14.2e6, "USD", "trade"),
    ("grew by 8.4 percent", "8.4 percent", "gdp", TJ, None, P1, "growth_yoy", 8.4, "percent"),
    ("85.6 billion somoni", "85.6 billion somoni", "gdp", TJ, None, P1, "level", 85.6 * B, "TJS"),
    ("about $8.0 billion", "about $8.0 billion", "gdp", TJ, None, P1, "level", 8.0 * B, "USD"),
    ("1.08 million tonnes", "1.08 million tonnes", "cargo_throughput", "Karasu", None, P1, "level", 1.08e6, "t"),
    ("31 percent more", "31 percent", "cargo_throughput", "Karasu", None, P1, "growth_yoy", 31, "percent"),
    ("96 trucks a day", "96 trucks a day", "other", "Karasu", None, "2024-09", "level", 96, "count_per_day", "logistics"),
    ("214,000 tonnes", "214,000 tonnes", "cargo_throughput", TJ, None, P1, "level", 214000, "t"),
    ("more than $3.2 billion", "more than $3.2 billion", "investment", CN, TJ, None, "level", 3.2 * B, "USD"),
    ("roughly 40 percent", "roughly 40 percent", "investment", CN, TJ, None, "share", 40, "percent"),
    ("$218 million", "$218 million", "investment", CN, TJ, P1, "level", 218e6, "USD"),
    ("480 enterprises", "480 enterprises", "enterprises", TJ, CN, "2024-10", "level", 480, "count"),
    ("$680 million", "$680 million", "trade_total", X, TJ, P1, "level", 680e6, "USD"),
    ("about 48 percent", "about 48 percent", "trade_total", X, TJ, P1, "share", 48, "percent"),
    ("$3 billion by 2030", "$3 billion", "trade_total", CN, TJ, "2030", "target", 3 * B, "USD"),
]

A = "Aksu"
DOCS["k02_aksu_bulletin_2024"] = [
    ("203.45 billion yuan", "203.45 billion yuan", "gdp", A, None, "2024", "level", 203.45 * B, "CNY"),
    ("increase of 6.2 percent", "6.2 percent", "gdp", A, None, "2024", "growth_yoy", 6.2, "percent"),
    ("52.18 billion yuan", "52.18 billion yuan", "value_added_primary", A, None, "2024", "level", 52.18 * B, "CNY"),
    ("growth 5.9 percent", "5.9 percent", "value_added_primary", A, None, "2024", "growth_yoy", 5.9, "percent"),
    ("68.77 billion yuan", "68.77 billion yuan", "value_added_secondary", A, None, "2024", "level", 68.77 * B, "CNY"),
    ("growth 7.4 percent", "7.4 percent", "value_added_secondary", A, None, "2024", "growth_yoy", 7.4, "percent"),
    ("82.50 billion yuan", "82.50 billion yuan", "value_added_tertiary", A, None, "2024", "level", 82.50 * B, "CNY"),
    ("growth 5.6 percent", "5.6 percent", "value_added_tertiary", A, None, "2024", "growth_yoy", 5.6, "percent"),
    ("25.6 : 33.8 : 40.6", "25.6", "value_added_primary", A, None, "2024", "share", 25.6, "percent"),
    ("25.6 : 33.8 : 40.6", "33.8", "value_added_secondary", A, None, "2024", "share", 33.8, "percent"),
    ("25.6 : 33.8 : 40.6", "40.6", "value_added_tertiary", A, None, "2024", "share", 40.6, "percent"),
    # Table 1 (row units in the Unit column)
    ("2034.5      6.2", "2034.5", "gdp", A, None, "2024", "level", 2034.5e8, "CNY"),
    ("2034.5      6.2", "6.2", "gdp", A, None, "2024", "growth_yoy", 6.2, "percent"),
    ("75,520      5.8", "75,520", "gdp_per_capita", A, None, "2024", "level", 75520, "CNY"),
    ("75,520      5.8", "5.8", "gdp_per_capita", A, None, "2024", "growth_yoy", 5.8, "percent"),
    ("412.8      4.9", "412.8", "other", A, None, "2024", "level", 412.8e8, "CNY", "economy"),
    ("412.8      4.9", "4.9", "other", A, None, "2024", "growth_yoy", 4.9, "percent", "economy"),
    ("118.6     -3.7", "118.6", "other", A, None, "2024", "level", 118.6e8, "CNY", "economy"),
    ("118.6     -3.7", "-3.7", "other", A, None, "2024", "growth_yoy", -3.7, "percent", "economy"),
    ("221.3      3.6", "221.3", "other", A, None, "2024", "level", 221.3e4, "t", "economy"),
    ("221.3      3.6", "3.6", "other", A, None, "2024", "growth_yoy", 3.6, "percent", "economy"),
    ("193.0     22.4", "193.0", "other", A, None, "2024", "level", 193.0e8, "CNY", "economy"),
    ("193.0     22.4", "22.4", "other", A, None, "2024", "growth_yoy", 22.4, "percent", "economy"),
    # prose again
    ("2.6938 million", "2.6938 million", "population", A, None, "2024", "level", 2.6938e6, "count"),
    ("44.3 percent", "44.3 percent", "population", A, None, "2024", "share", 44.3, "percent"),
    ("28,400 people", "28,400 people", "jobs_created", A, None, "2024", "level", 28400, "count"),
    ("96,500 rural surplus labourers", "96,500 rural surplus labourers", "other", A, None, "2024", "level", 96500, "count", "social"),
    ("9.64 billion yuan", "9.64 billion yuan", "trade_total", A, None, "2024", "level", 9.64 * B, "CNY"),
    ("27.5 percent", "27.5 percent", "trade_total", A, None, "2024", "growth_yoy", 27.5, "percent"),
    ("8.91 billion yuan", "8.91 billion yuan", "exports", A, None, "2024", "level", 8.91 * B, "CNY"),
    ("0.73 billion yuan", "0.73 billion yuan", "imports", A, None, "2024", "level", 0.73 * B, "CNY"),
    ("58.2 percent", "58.2 percent", "trade_total", A, KG, "2024", "share", 58.2, "percent"),
    ("17,620 km", "17,620 km", "road_length", A, None, "2024", "level", 17620, "km"),
    ("1,012 km", "1,012 km", "expressway_length", A, None, "2024", "level", 1012, "km"),
    ("1.86 million passenger trips", "1.86 million passenger trips", "passengers", A, None, "2024", "level", 1.86e6, "count"),
    ("12.1 percent", "12.1 percent", "passengers", A, None, "2024", "growth_yoy", 12.1, "percent"),
    ("21.47 million", "21.47 million", "tourists", A, None, "2024", "level", 21.47e6, "count"),
    ("16.8 percent", "16.8 percent", "tourists", A, None, "2024", "growth_yoy", 16.8, "percent"),
    ("41,036 yuan", "41,036 yuan", "income_per_capita_urban", A, None, "2024", "level", 41036, "CNY"),
    ("21,870 yuan", "21,870 yuan", "income_per_capita_rural", A, None, "2024", "level", 21870, "CNY"),
    ("4.1 percent", "4.1 percent", "income_per_capita_urban", A, None, "2024", "growth_yoy", 4.1, "percent"),
    ("7.2 percent", "7.2 percent", "income_per_capita_rural", A, None, "2024", "growth_yoy", 7.2, "percent"),
]

Q = "2025-Q1"
DOCS["k03_freight_trains_q1_2025"] = [
    ("clear 4,100", "4,100", "freight_trains", X, None, Q, "level", 4100, "count"),
    ("4,126", "4,126", "freight_trains", X, None, Q, "level", 4126, "count"),
    ("9.7 percent", "9.7 percent", "freight_trains", X, None, Q, "growth_yoy", 9.7, "percent"),
    ("1,315 trains", "1,315 trains", "freight_trains", X, None, "2025-01", "level", 1315, "count"),
    ("2.4 percent", "2.4 percent", "freight_trains", X, None, "2025-01", "growth_yoy", -2.4, "percent"),
    ("1,538 trains", "1,538 trains", "freight_trains", X, None, "2025-03", "level", 1538, "count"),
    ("14.2 percent", "14.2 percent", "freight_trains", X, None, "2025-03", "growth_yoy", 14.2, "percent"),
    ("21 percent more than in February", "21 percent", "freight_trains", X, None, "2025-03", "growth_other", 21, "percent"),
    ("2,214", "2,214", "freight_trains", "Alashankou", None, Q, "level", 2214, "count"),
    ("1,687", "1,687", "freight_trains", "Horgos", None, Q, "level", 1687, "count"),
    ("19 trains a day", "19 trains a day", "train_frequency", "Alashankou", None, "2025-04", "level", 19, "count_per_day"),
    ("16 a day", "16 a day", "train_frequency", "Alashankou", None, "2024", "level", 16, "count_per_day"),
    ("about 4.3 million tonnes", "about 4.3 million tonnes", "cargo_throughput", X, None, Q, "level", 4.3e6, "t"),
    ("38.6 billion yuan", "38.6 billion yuan", "other", X, None, Q, "level", 38.6 * B, "CNY", "trade"),
    ("$5.3 billion", "$5.3 billion", "other", X, None, Q, "level", 5.3 * B, "USD", "trade"),
    ("96 of the quarter", "96", "freight_trains", X, None, Q, "level", 96, "count"),
    ("up from 41", "41", "freight_trains", X, None, "2024-Q1", "level", 41, "count"),
    ("389 trains", "389 trains", "freight_trains", "Urumqi", None, "2025-03", "level", 389, "count"),
    ("1,012 in the quarter", "1,012", "freight_trains", "Urumqi", None, Q, "level", 1012, "count"),
    ("14,820 trains", "14,820 trains", "freight_trains", X, None, "2024", "level", 14820, "count"),
    ("6.3 percent", "6.3 percent", "freight_trains", X, None, "2024", "growth_yoy", 6.3, "percent"),
    ("78 percent", "78 percent", "freight_trains", X, None, "2024", "share", 78, "percent"),
    ("roughly 19,000", "roughly 19,000", "freight_trains", CN, None, "2024", "level", 19000, "count"),
    ("more than 17,000 trains", "more than 17,000 trains", "freight_trains", X, None, "2025", "target", 17000, "count"),
    ("24 trains by the end of 2026", "24 trains", "train_frequency", "Horgos", None, "2026", "target", 24, "count_per_day"),
    ("fell 3.5 percent", "3.5 percent", "cargo_throughput", "Dostyk", None, Q, "growth_yoy", -3.5, "percent"),
    ("4.6 million tonnes", "4.6 million tonnes", "cargo_throughput", "Dostyk", None, Q, "level", 4.6e6, "t"),
]

T4 = [("Kashgar       58.3    66.1    70.4", "Kashgar", ("58.3", "66.1", "70.4")),
      ("Hotan         29.7    35.2    38.9", "Hotan", ("29.7", "35.2", "38.9")),
      ("Aksu          33.5    36.8    39.2", "Aksu", ("33.5", "36.8", "39.2")),
      ("Kizilsu        7.1     8.4     9.0", "Kizilsu", ("7.1", "8.4", "9.0"))]
DOCS["k04_paper_southern_xinjiang_income"] = [
    ("10.91 million", "10.91 million", "population", X, None, "2023", "level", 10.91e6, "count"),
    ("about 42 percent", "about 42 percent", "population", X, None, "2023", "share", 42, "percent"),
    ("26 of the region", "26", "other", X, None, "2014", "level", 26, "count", "social"),
    ("35 poverty-stricken counties", "35 poverty-stricken counties", "other", X, None, "2014", "level", 35, "count", "social"),
    ("3.09 million", "3.09 million", "poverty_alleviated", X, None, "2014/2020", "level", 3.09e6, "count"),
    ("2.51 million", "2.51 million", "poverty_alleviated", X, None, "2014/2020", "level", 2.51e6, "count"),
    ("81.2%", "81.2%", "poverty_alleviated", X, None, "2014/2020", "share", 81.2, "percent"),
    ("29.1%", "29.1%", "other", "Hotan", None, "2014", "level", 29.1, "percent", "social"),
    ("11.6%", "11.6%", "other", "Hotan", None, "2018", "level", 11.6, "percent", "social"),
    ("0.42 million", "0.42 million", "poverty_alleviated", "Hotan", None, "2019/2020", "level", 0.42e6, "count"),
    ("1.45 million", "1.45 million", "other", X, None, "2017/2022", "level", 1.45e6, "count", "social"),
    ("9.4%", "9.4%", "other", X, None, "2017/2022", "share", 9.4, "percent", "social"),
    ("312,000 jobs", "312,000 jobs", "jobs_created", X, None, "2018/2022", "level", 312000, "count"),
    ("3.9%", "3.9%", "unemployment_rate", "Kashgar", None, "2022", "level", 3.9, "percent"),
] + [
    (anchor, cell, "other", place, None, year, "level", float(cell) * 1e4, "count", "social")
    for anchor, place, cells in T4 for cell, year in zip(cells, ("2017", "2020", "2022"))
] + [
    ("7,853 yuan", "7,853 yuan", "income_per_capita_rural", X, None, "2016", "level", 7853, "CNY"),
    ("15,936 yuan", "15,936 yuan", "income_per_capita_rural", X, None, "2023", "level", 15936, "CNY"),
    ("10.6%", "10.6%", "income_per_capita_rural", X, None, "2016/2023", "growth_avg_annual", 10.6, "percent"),
    ("8.3%", "8.3%", "income_per_capita_rural", X, None, "2016/2023", "growth_avg_annual", 8.3, "percent"),
    ("17,304", "17,304", "income_per_capita_rural", "Aksu", None, "2023", "level", 17304, "CNY"),
    ("15,512", "15,512", "income_per_capita_rural", "Kashgar", None, "2023", "level", 15512, "CNY"),
    ("13,868", "13,868", "income_per_capita_rural", "Hotan", None, "2023", "level", 13868, "CNY"),
    ("12,950 yuan", "12,950 yuan", "income_per_capita_rural", "Kizilsu", None, "2023", "level", 12950, "CNY"),
    ("9.6%", "9.6%", "income_per_capita_rural", "Hotan", None, "2023", "growth_yoy", 9.6, "percent"),
    ("41.7%", "41.7%", "other", X, None, "2023", "share", 41.7, "percent", "economy"),
    ("22.5%", "22.5%", "other", X, None, "2016", "share", 22.5, "percent", "economy"),
    ("14.8%", "14.8%", "other", X, None, "2023", "share", 14.8, "percent", "economy"),
    ("7.6%", "7.6%", "gdp", "Kashgar", None, "2014/2023", "growth_avg_annual", 7.6, "percent"),
    ("135.4 billion yuan", "135.4 billion yuan", "gdp", "Kashgar", None, "2023", "level", 135.4 * B, "CNY"),
]

Y = "2024"
DOCS["k05_kyrgyz_economy_2024"] = [
    ("grew 9% in 2024", "9%", "gdp", KG, None, Y, "growth_yoy", 9, "percent"),
    ("climbs to 44%", "44%", "imports", CN, KG, Y, "share", 44, "percent"),
    ("1.46 trillion soms", "1.46 trillion soms", "gdp", KG, None, Y, "level", 1.46e12, "KGS"),
    ("about $16.8 billion", "about $16.8 billion", "gdp", KG, None, Y, "level", 16.8 * B, "USD"),
    ("grew by 9 percent", "9 percent", "gdp", KG, None, Y, "growth_yoy", 9, "percent"),
    ("9.2 percent", "9.2 percent", "gdp", KG, None, "2023", "growth_yoy", 9.2, "percent"),
    ("52.4 percent", "52.4 percent", "value_added_tertiary", KG, None, Y, "share", 52.4, "percent"),
    ("agriculture 10.6 percent", "10.6 percent", "value_added_primary", KG, None, Y, "share", 10.6, "percent"),
    ("$2,318", "$2,318", "gdp_per_capita", KG, None, Y, "level", 2318, "USD"),
    ("5.1 percent", "5.1 percent", "trade_total", KG, None, Y, "growth_yoy", 5.1, "percent"),
    ("$18.94 billion", "$18.94 billion", "trade_total", KG, None, Y, "level", 18.94 * B, "USD"),
    ("fell 2.4 percent", "2.4 percent", "exports", KG, None, Y, "growth_yoy", -2.4, "percent"),
    ("$3.77 billion", "$3.77 billion", "exports", KG, None, Y, "level", 3.77 * B, "USD"),
    ("7.0 percent", "7.0 percent", "imports", KG, None, Y, "growth_yoy", 7.0, "percent"),
    ("$15.17 billion", "$15.17 billion", "imports", KG, None, Y, "level", 15.17 * B, "USD"),
    ("$6.86 billion", "$6.86 billion", "trade_total", CN, KG, Y, "level", 6.86 * B, "USD"),
    ("36.2 percent", "36.2 percent", "trade_total", CN, KG, Y, "share", 36.2, "percent"),
    ("$6.71 billion", "$6.71 billion", "imports", KG, CN, Y, "level", 6.71 * B, "USD"),
    ("583.6 billion soms", "583.6 billion soms", "imports", KG, CN, Y, "level", 583.6 * B, "KGS"),
    ("44.2 percent", "44.2 percent", "imports", CN, KG, Y, "share", 44.2, "percent"),
    ("$152 million", "$152 million", "exports", KG, CN, Y, "level", 152e6, "USD"),
    ("1.12 million tonnes", "1.12 million tonnes", "cargo_throughput", "Irkeshtam", None, Y, "level", 1.12e6, "t"),
    ("up 19 percent", "19 percent", "cargo_throughput", "Irkeshtam", None, Y, "growth_yoy", 19, "percent"),
    ("$2.55 billion", "$2.55 billion", "other", KG, None, Y, "level", 2.55 * B, "USD", "economy"),
    ("about 15 percent", "about 15 percent", "other", KG, None, Y, "share", 15, "percent", "economy"),
    ("6.3 percent", "6.3 percent", "other", KG, None, "2024-12", "level", 6.3, "percent", "economy"),
    ("$623 million", "$623 million", "investment", KG, None, "2024-01/2024-09", "level", 623e6, "USD"),
    ("34.8 percent", "34.8 percent", "investment", CN, KG, "2024-01/2024-09", "share", 34.8, "percent"),
    ("1,454.6 trillion soums", "1,454.6 trillion soums", "gdp", UZ, None, Y, "level", 1454.6e12, "UZS"),
    ("$114.97 billion", "$114.97 billion", "gdp", UZ, None, Y, "level", 114.97 * B, "USD"),
    ("6.5 percent", "6.5 percent", "gdp", UZ, None, Y, "growth_yoy", 6.5, "percent"),
    ("$13.9 billion", "$13.9 billion", "trade_total", UZ, CN, Y, "level", 13.9 * B, "USD"),
]

DOCS["k06_energy_projects_2027"] = [
    ("40 GW", "40 GW", "energy_capacity", X, None, "2027", "target", 40e6, "kW"),
    ("40 million kilowatts", "40 million kilowatts", "energy_capacity", X, None, "2027", "target", 40e6, "kW"),
    ("more than 180 million kilowatts", "more than 180 million kilowatts", "energy_capacity", X, None, "2027", "target", 180e6, "kW"),
    ("121.6 million kW", "121.6 million kW", "energy_capacity", X, None, "2025-06", "level", 121.6e6, "kW"),
    ("48.3 percent", "48.3 percent", "energy_capacity", X, None, "2025-06", "share", 48.3, "percent"),
    ("251.8 million kW", "251.8 million kW", "energy_capacity", X, None, "2025-06", "level", 251.8e6, "kW"),
    ("30.2 million kW", "30.2 million kW", "energy_capacity", "Hami", None, "2025-06", "level", 30.2e6, "kW"),
    ("27 percent", "27 percent", "energy_capacity", "Hami", None, "2025-06", "growth_yoy", 27, "percent"),
    ("186.4 billion yuan", "186.4 billion yuan", "investment", X, None, "2025-H1", "level", 186.4 * B, "CNY"),
    ("23.5 percent", "23.5 percent", "investment", X, None, "2025-H1", "growth_yoy", 23.5, "percent"),
    ("38.2 percent", "38.2 percent", "investment", X, None, "2025-H1", "share", 38.2, "percent"),
    ("2,260 km", "2,260 km", "other", X, None, "2026", "target", 2260, "km", "economy"),
    ("28.6 billion yuan", "28.6 billion yuan", "investment", X, None, "2026", "target", 28.6 * B, "CNY"),
    ("1.4 million kW", "1.4 million kW", "energy_capacity", "Hami", None, "2027", "target", 1.4e6, "kW"),
    ("8.9 billion yuan", "8.9 billion yuan", "investment", "Hami", None, "2027", "target", 8.9 * B, "CNY"),
    ("8.5-10 million kW", "8.5-10 million kW", "energy_capacity", "Ruoqiang", None, "2028", "target", 8.5e6, "kW"),
    ("8.5-10 million kW", "8.5-10 million kW", "energy_capacity", "Ruoqiang", None, "2028", "target", 10e6, "kW"),
    ("213-km", "213-km", "railway_length", X, None, "2030", "target", 213, "km"),
    ("15 million tonnes", "15 million tonnes", "freight_capacity", X, None, "2030", "target", 15e6, "t"),
    ("280 km", "280 km", "railway_length", KG, None, "2030", "target", 280, "km"),
    ("$2.35 billion", "$2.35 billion", "infrastructure_investment", KG, None, "2030", "target", 2.35 * B, "USD"),
    ("11,760 km", "11,760 km", "expressway_length", X, None, "2024", "level", 11760, "km"),
    ("13,000 km", "13,000 km", "expressway_length", X, None, "2027", "target", 13000, "km"),
    ("130 billion yuan", "130 billion yuan", "infrastructure_investment", X, None, "2025", "target", 130 * B, "CNY"),
    ("about 45,000 jobs", "about 45,000 jobs", "jobs_created", X, None, "2027", "target", 45000, "count"),
]


if __name__ == "__main__":
    build_and_report(DOCS, HERE)
