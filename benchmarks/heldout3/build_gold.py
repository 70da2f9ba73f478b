"""The annotations of the third held-out gold (heldout3): `uv run python -m benchmarks.heldout3.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, TM, UZ, B, X, build_and_report

HERE = Path(__file__).resolve().parent

FTZ, ICBC = "Xinjiang Pilot FTZ", "Khorgos ICBC"

DOCS = {}

P = "2025-01/2025-10"
DOCS["m01_xinhua_ftz_kashgar_jan_oct"] = [
    ("over 11,000 new firms", "over 11,000", "enterprises", FTZ, None, P, "level", 11000, "count"),
    ("11,846 new enterprises", "11,846 new enterprises", "enterprises", FTZ, None, P, "level", 11846, "count"),
    ("up 21.3 percent", "21.3 percent", "enterprises", FTZ, None, P, "growth_yoy", 21.3, "percent"),
    ("2,137 were", "2,137", "enterprises", FTZ, None, P, "level", 2137, "count"),
    ("1,580 set up in Kashgar", "1,580", "enterprises", "Kashgar", None, P, "level", 1580, "count"),
    ("more than 52,000 market entities", "more than 52,000 market entities", "enterprises", FTZ, None, "2025-10", "level", 52000, "count"),
    ("386 million U.S. dollars", "386 million U.S. dollars", "investment", FTZ, None, P, "level", 386e6, "USD"),
    ("142.7 billion yuan", "142.7 billion yuan", "contracts_signed", FTZ, None, P, "level", 142.7 * B, "CNY"),
    ("96.35 billion yuan", "96.35 billion yuan", "trade_total", FTZ, None, P, "level", 96.35 * B, "CNY"),
    ("about 13.5 billion dollars", "about 13.5 billion dollars", "trade_total", FTZ, None, P, "level", 13.5 * B, "USD"),
    ("up 28.4 percent", "28.4 percent", "trade_total", FTZ, None, P, "growth_yoy", 28.4, "percent"),
    ("24.7 percent of Xinjiang's total", "24.7 percent", "trade_total", FTZ, None, P, "share", 24.7, "percent"),
    ("81.02 billion yuan", "81.02 billion yuan", "exports", FTZ, None, P, "level", 81.02 * B, "CNY"),
    ("15.33 billion yuan", "15.33 billion yuan", "imports", FTZ, None, P, "level", 15.33 * B, "CNY"),
    ("up 31.6 percent", "31.6 percent", "exports", FTZ, None, P, "growth_yoy", 31.6, "percent"),
    ("and 13.9 percent", "13.9 percent", "imports", FTZ, None, P, "growth_yoy", 13.9, "percent"),
    ("jumped 46.2 percent", "46.2 percent", "trade_total", "Kashgar", None, P, "growth_yoy", 46.2, "percent"),
    ("31.8 billion yuan", "31.8 billion yuan", "trade_total", "Kashgar", None, P, "level", 31.8 * B, "CNY"),
    ("12.6 billion yuan", "12.6 billion yuan", "trade_total", "Kashgar", KG, P, "level", 12.6 * B, "CNY"),
    ("7.9 billion yuan", "7.9 billion yuan", "trade_total", "Kashgar", UZ, P, "level", 7.9 * B, "CNY"),
    ("4.27 billion yuan", "4.27 billion yuan", "bonded_zone_trade", "Kashgar", None, P, "level", 4.27 * B, "CNY"),
    ("22.4 billion yuan", "22.4 billion yuan", "trade_total", "Horgos", None, P, "level", 22.4 * B, "CNY"),
    ("19.1 billion yuan", "19.1 billion yuan", "trade_total", "Horgos", None, "2024-01/2024-10", "level", 19.1 * B, "CNY"),
    ("2.46 million tonnes", "2.46 million tonnes", "cargo_throughput", X, None, P, "level", 2.46e6, "t"),
    ("up 18.7 percent", "18.7 percent", "cargo_throughput", X, None, P, "growth_yoy", 18.7, "percent"),
    ("1.71 million tonnes", "1.71 million tonnes", "cargo_throughput", "Irkeshtam", None, P, "level", 1.71e6, "t"),
    ("69.5 percent", "69.5 percent", "cargo_throughput", "Irkeshtam", None, P, "share", 69.5, "percent"),
    ("67 institutional innovations", "67 institutional innovations", "other", FTZ, None, None, "level", 67, "count", "economy"),
    ("23 of them", "23 of them", "other", FTZ, None, None, "level", 23, "count", "economy"),
    ("exceed 115 billion yuan", "115 billion yuan", "trade_total", FTZ, None, "2025", "target", 115 * B, "CNY"),
    ("to 80,000 by 2027", "80,000", "enterprises", FTZ, None, "2027", "target", 80000, "count"),
]

H = "2025-H1"
DOCS["m02_kz_ministry_transit_h1_2025"] = [
    ("up 18% in first half", "18%", "cargo_throughput", KZ, None, H, "growth_yoy", 18, "percent"),
    ("14.6 million tonnes", "14.6 million tonnes", "cargo_throughput", KZ, None, H, "level", 14.6e6, "t"),
    ("increase of 18%", "18%", "cargo_throughput", KZ, None, H, "growth_yoy", 18, "percent"),
    ("12.9 million tonnes", "12.9 million tonnes", "other", KZ, None, H, "level", 12.9e6, "t", "logistics"),
    ("88.4%", "88.4%", "other", KZ, None, H, "share", 88.4, "percent", "logistics"),
    ("6.2 million tonnes", "6.2 million tonnes", "cargo_throughput", KZ, None, H, "level", 6.2e6, "t"),
    ("(+21.5%)", "+21.5%", "cargo_throughput", KZ, None, H, "growth_yoy", 21.5, "percent"),
    ("4.8 million tonnes", "4.8 million tonnes", "cargo_throughput", KZ, None, H, "level", 4.8e6, "t"),
    ("(+16.2%)", "+16.2%", "cargo_throughput", KZ, None, H, "growth_yoy", 16.2, "percent"),
    ("3.1 million tonnes", "3.1 million tonnes", "cargo_throughput", KZ, None, H, "level", 3.1e6, "t"),
    ("(+14.0%)", "+14.0%", "cargo_throughput", KZ, None, H, "growth_yoy", 14.0, "percent"),
    ("11.35 million tonnes", "11.35 million tonnes", "cargo_throughput", X, None, H, "level", 11.35e6, "t"),
    ("up 9.2%", "9.2%", "cargo_throughput", X, None, H, "growth_yoy", 9.2, "percent"),
    ("5.04 million tonnes", "5.04 million tonnes", "cargo_throughput", "Altynkol", None, H, "level", 5.04e6, "t"),
    ("up 14.1%", "14.1%", "cargo_throughput", "Altynkol", None, H, "growth_yoy", 14.1, "percent"),
    ("down 0.8%", "0.8%", "cargo_throughput", "Dostyk", None, H, "growth_yoy", -0.8, "percent"),
    ("6.31 million tonnes", "6.31 million tonnes", "cargo_throughput", "Dostyk", None, H, "level", 6.31e6, "t"),
    ("numbered 4,870", "4,870", "freight_trains", KZ, None, H, "level", 4870, "count"),
    ("23 trains a day", "23 trains a day", "train_frequency", "Dostyk", None, H, "level", 23, "count_per_day"),
    ("19 at Altynkol", "19", "train_frequency", "Altynkol", None, H, "level", 19, "count_per_day"),
    ("against 20 and 15", "20", "train_frequency", "Dostyk", None, "2024-H1", "level", 20, "count_per_day"),
    ("20 and 15, respectively", "15", "train_frequency", "Altynkol", None, "2024-H1", "level", 15, "count_per_day"),
    ("1,650 new freight wagons", "1,650 new freight wagons", "other", KZ, None, H, "level", 1650, "count", "logistics"),
    ("2.1 million tonnes", "2.1 million tonnes", "cargo_throughput", KZ, None, H, "level", 2.1e6, "t"),
    ("decline of 6.7%", "6.7%", "cargo_throughput", KZ, None, H, "growth_yoy", -6.7, "percent"),
    ("3.4 million tonnes", "3.4 million tonnes", "cargo_throughput", "Aktau", None, H, "level", 3.4e6, "t"),
    ("4% less", "4%", "cargo_throughput", "Aktau", None, H, "growth_yoy", -4, "percent"),
    ("1.9 million tonnes", "1.9 million tonnes", "cargo_throughput", "Kuryk", None, H, "level", 1.9e6, "t"),
    ("1.26 million tonnes", "1.26 million tonnes", "cargo_throughput", "Horgos", None, H, "level", 1.26e6, "t"),
    ("up 11.3%", "11.3%", "cargo_throughput", "Horgos", None, H, "growth_yoy", 11.3, "percent"),
    ("272-km", "272-km", "railway_length", KZ, None, "2027", "target", 272, "km"),
    ("1.14 trillion tenge", "1.14 trillion tenge", "infrastructure_investment", KZ, None, "2027", "target", 1.14e12, "KZT"),
    ("20 million tonnes per year", "20 million tonnes per year", "freight_capacity", KZ, None, "2027", "target", 20e6, "t"),
    ("32 million tonnes", "32 million tonnes", "cargo_throughput", KZ, None, "2027", "target", 32e6, "t"),
    ("50 million tonnes", "50 million tonnes", "cargo_throughput", KZ, None, "2030", "target", 50e6, "t"),
    ("12,000 a year", "12,000 a year", "freight_trains", KZ, None, "2027", "target", 12000, "count"),
]

S = "2025-01/2025-07"
DOCS["m03_tourism_airports_summer_2025"] = [
    ("213.6 million", "213.6 million", "tourists", X, None, S, "level", 213.6e6, "count"),
    ("up 11.4 percent", "11.4 percent", "tourists", X, None, S, "growth_yoy", 11.4, "percent"),
    ("rose 13.2 percent", "13.2 percent", "other", X, None, S, "growth_yoy", 13.2, "percent", "economy"),
    ("241.7 billion yuan", "241.7 billion yuan", "other", X, None, S, "level", 241.7 * B, "CNY", "economy"),
    ("1,132 yuan", "1,132 yuan", "other", X, None, S, "level", 1132, "CNY", "economy"),
    ("1,098 yuan", "1,098 yuan", "other", X, None, "2024-01/2024-07", "level", 1098, "CNY", "economy"),
    ("28.4 million visitors", "28.4 million visitors", "tourists", X, None, "2025-07/2025-08", "level", 28.4e6, "count"),
    ("alone received 9.6 million", "9.6 million", "tourists", "Altay", None, "2025-07/2025-08", "level", 9.6e6, "count"),
    ("increase of 16 percent", "16 percent", "tourists", "Altay", None, "2025-07/2025-08", "growth_yoy", 16, "percent"),
    ("78.5 percent", "78.5 percent", "other", "Urumqi", None, "2025-08", "level", 78.5, "percent", "economy"),
    ("31.85 million passenger trips", "31.85 million passenger trips", "passengers", X, None, S, "level", 31.85e6, "count"),
    ("up 9.6 percent", "9.6 percent", "passengers", X, None, S, "growth_yoy", 9.6, "percent"),
    ("184,000 take-offs and landings", "184,000 take-offs and landings", "other", X, None, S, "level", 184000, "count", "logistics"),
    ("14.2 million of the passengers", "14.2 million", "passengers", "Urumqi", None, S, "level", 14.2e6, "count"),
    ("44.6 percent", "44.6 percent", "passengers", "Urumqi", None, S, "share", 44.6, "percent"),
    ("28 civil airports", "28 civil airports", "airports", X, None, "2025-09", "level", 28, "count"),
    ("420 air routes", "420 air routes", "other", X, None, "2025-09", "level", 420, "count", "logistics"),
    ("142 cities", "142 cities", "other", X, None, "2025-09", "level", 142, "count", "logistics"),
    ("26 international and regional routes", "26 international and regional routes", "other", X, None, "2025-09", "level", 26, "count", "logistics"),
    ("302 million tourist visits", "302 million tourist visits", "tourists", X, None, "2024", "level", 302e6, "count"),
    ("359.6 billion yuan", "359.6 billion yuan", "other", X, None, "2024", "level", 359.6 * B, "CNY", "economy"),
    ("1.46 million", "1.46 million", "tourists", X, None, "2024", "level", 1.46e6, "count"),
    ("up 38.5 percent", "38.5 percent", "tourists", X, None, "2024", "growth_yoy", 38.5, "percent"),
    ("about 58 percent", "about 58 percent", "tourists", X, CA, "2024", "share", 58, "percent"),
    ("45 million passengers a year", "45 million passengers a year", "passenger_capacity", "Urumqi", None, "2025", "target", 45e6, "count"),
    ("400 million tourist visits", "400 million tourist visits", "tourists", X, None, "2030", "target", 400e6, "count"),
    ("500 billion yuan", "500 billion yuan", "other", X, None, "2030", "target", 500 * B, "CNY", "economy"),
    ("33 civil airports", "33 civil airports", "airports", X, None, "2027", "target", 33, "count"),
]

I, Y, N = "Ili", "2024", "2025"
DOCS["m04_ili_government_work_report"] = [
    ("312.6 billion yuan", "312.6 billion yuan", "gdp", I, None, Y, "level", 312.6 * B, "CNY"),
    ("increase of 6.3 percent", "6.3 percent", "gdp", I, None, Y, "growth_yoy", 6.3, "percent"),
    ("71.4 billion yuan", "71.4 billion yuan", "value_added_primary", I, None, Y, "level", 71.4 * B, "CNY"),
    ("92.8 billion yuan", "92.8 billion yuan", "value_added_secondary", I, None, Y, "level", 92.8 * B, "CNY"),
    ("148.4 billion yuan", "148.4 billion yuan", "value_added_tertiary", I, None, Y, "level", 148.4 * B, "CNY"),
    ("up 5.8 percent", "5.8 percent", "value_added_primary", I, None, Y, "growth_yoy", 5.8, "percent"),
    ("7.6 percent and", "7.6 percent", "value_added_secondary", I, None, Y, "growth_yoy", 7.6, "percent"),
    ("5.9 percent, respectively", "5.9 percent", "value_added_tertiary", I, None, Y, "growth_yoy", 5.9, "percent"),
    ("100,000 yuan", "100,000 yuan", "gdp_per_capita", I, None, Y, "level", 100000, "CNY"),
    ("3.12 million tonnes", "3.12 million tonnes", "other", I, None, "2023", "level", 3.12e6, "t", "economy"),
    ("3.27 million tonnes", "3.27 million tonnes", "other", I, None, Y, "level", 3.27e6, "t", "economy"),
    ("grew 12.4 percent", "12.4 percent", "investment", I, None, Y, "growth_yoy", 12.4, "percent"),
    ("up 21.7 percent", "21.7 percent", "investment", I, None, Y, "growth_yoy", 21.7, "percent"),
    ("up 9.3 percent", "9.3 percent", "infrastructure_investment", I, None, Y, "growth_yoy", 9.3, "percent"),
    ("218 key projects", "218 key projects", "enterprises", I, None, Y, "level", 218, "count"),
    ("68.15 billion yuan", "68.15 billion yuan", "other", I, None, Y, "level", 68.15 * B, "CNY", "economy"),
    ("up 5.2 percent", "5.2 percent", "other", I, None, Y, "growth_yoy", 5.2, "percent", "economy"),
    ("21.36 billion yuan", "21.36 billion yuan", "other", I, None, Y, "level", 21.36 * B, "CNY", "economy"),
    ("76.8 percent", "76.8 percent", "livelihood_spending", I, None, Y, "share", 76.8, "percent"),
    ("61.84 billion yuan", "61.84 billion yuan", "trade_total", I, None, Y, "level", 61.84 * B, "CNY"),
    ("increase of 9.5 percent", "9.5 percent", "trade_total", I, None, Y, "growth_yoy", 9.5, "percent"),
    ("43.2 billion yuan", "43.2 billion yuan", "trade_total", "Horgos", None, Y, "level", 43.2 * B, "CNY"),
    ("about seven tenths", "about seven tenths", "trade_total", "Horgos", None, Y, "share", 70, "percent"),
    ("3,052 China-Europe freight trains", "3,052 China-Europe freight trains", "freight_trains", "Horgos", None, Y, "level", 3052, "count"),
    ("2.8 percent fewer", "2.8 percent", "freight_trains", "Horgos", None, Y, "growth_yoy", -2.8, "percent"),
    ("6.9 million visitors", "6.9 million visitors", "tourists", ICBC, None, Y, "level", 6.9e6, "count"),
    ("44,620 yuan", "44,620 yuan", "income_per_capita_urban", I, None, Y, "level", 44620, "CNY"),
    ("22,385 yuan", "22,385 yuan", "income_per_capita_rural", I, None, Y, "level", 22385, "CNY"),
    ("up 4.6 percent", "4.6 percent", "income_per_capita_urban", I, None, Y, "growth_yoy", 4.6, "percent"),
    ("7.1 percent, with", "7.1 percent", "income_per_capita_rural", I, None, Y, "growth_yoy", 7.1, "percent"),
    ("41,200 new urban jobs", "41,200 new urban jobs", "jobs_created", I, None, Y, "level", 41200, "count"),
    ("was 4.1 percent", "4.1 percent", "unemployment_rate", I, None, Y, "level", 4.1, "percent"),
    ("above 98.7 percent", "98.7 percent", "insurance_coverage", I, None, Y, "level", 98.7, "percent"),
    ("52.3 million tourist visits", "52.3 million tourist visits", "tourists", I, None, Y, "level", 52.3e6, "count"),
    ("up 17.5 percent", "17.5 percent", "tourists", I, None, Y, "growth_yoy", 17.5, "percent"),
    ("2.35 million passengers", "2.35 million passengers", "passengers", "Yining", None, Y, "level", 2.35e6, "count"),
    ("1,086 km", "1,086 km", "expressway_length", I, None, Y, "level", 1086, "km"),
    ("around 6.5 percent", "around 6.5 percent", "gdp", I, None, N, "target", 6.5, "percent"),
    ("more than 10 percent", "more than 10 percent", "investment", I, None, N, "target", 10, "percent"),
    ("goods of 6 percent", "6 percent", "other", I, None, N, "target", 6, "percent", "economy"),
    ("above 70 billion yuan", "70 billion yuan", "trade_total", I, None, N, "target", 70 * B, "CNY"),
    ("more than 40,000 new urban jobs", "more than 40,000 new urban jobs", "jobs_created", I, None, N, "target", 40000, "count"),
    ("within 4.5 percent", "4.5 percent", "unemployment_rate", I, None, N, "target", 4.5, "percent"),
    ("380 billion yuan", "380 billion yuan", "gdp", I, None, "2027", "target", 380 * B, "CNY"),
    ("70 million a year", "70 million", "tourists", I, None, "2027", "target", 70e6, "count"),
]

T = "2024"
TABLE1 = [  # (row anchor, region, cells: GDP $bn, population m, GDP per capita $, trade with China $bn, China's share %)
    ("Kazakhstan      288.4       20.3         14,207            44.2               30.7", KZ,
     ("288.4", "20.3", "14,207", "44.2", "30.7")),
    ("Uzbekistan      114.9       36.8          3,122            13.9               21.4", UZ,
     ("114.9", "36.8", "3,122", "13.9", "21.4")),
    ("Kyrgyzstan       17.5        7.2          2,431            22.7               58.3", KG,
     ("17.5", "7.2", "2,431", "22.7", "58.3")),
    ("Tajikistan       14.2       10.3          1,379             4.1               28.9", TJ,
     ("14.2", "10.3", "1,379", "4.1", "28.9")),
    ("Turkmenistan     64.3        7.1          9,056            10.2               45.0", TM,
     ("64.3", "7.1", "9,056", "10.2", "45.0")),
    ("Total           499.3       81.7          6,111            95.1", CA,
     ("499.3", "81.7", "6,111", "95.1", None)),
]
rows5 = []
for anchor, reg, (gdp, pop, pc, trade, share) in TABLE1:
    rows5 += [
        (anchor, gdp, "gdp", reg, None, T, "level", float(gdp) * B, "USD"),
        (anchor, pop, "population", reg, None, T, "level", float(pop) * 1e6, "count"),
        (anchor, pc, "gdp_per_capita", reg, None, T, "level", float(pc.replace(",", "")), "USD"),
        # two-sided figure with China as a side: region China, the row's country (or Central Asia) as partner
        (anchor, trade, "trade_total", CN, reg, T, "level", float(trade) * B, "USD"),
    ]
    if share:  # "China's share of total trade": possessive China, partner the row's country
        rows5.append((anchor, share, "trade_total", CN, reg, T, "share", float(share), "percent"))
DOCS["m05_policy_brief_central_asia_table"] = rows5 + [
    ("57.8 percent", "57.8 percent", "gdp", KZ, None, T, "share", 57.8, "percent"),
    ("a quarter of the population", "a quarter", "population", KZ, None, T, "share", 25, "percent"),
    ("5.6 percent", "5.6 percent", "gdp", UZ, None, "2015/2024", "growth_avg_annual", 5.6, "percent"),
    ("3.4 percent", "3.4 percent", "gdp", KZ, None, "2015/2024", "growth_avg_annual", 3.4, "percent"),
    ("$1,379", "$1,379", "gdp_per_capita", TJ, None, T, "level", 1379, "USD"),
    ("$14,207", "$14,207", "gdp_per_capita", KZ, None, T, "level", 14207, "USD"),
    ("$95.1 billion", "$95.1 billion", "trade_total", CN, CA, T, "level", 95.1 * B, "USD"),
    ("6.4 percent", "6.4 percent", "trade_total", CN, CA, T, "growth_yoy", 6.4, "percent"),
    ("$22.7 billion", "$22.7 billion", "trade_total", CN, KG, T, "level", 22.7 * B, "USD"),
    ("about $6.9 billion", "about $6.9 billion", "trade_total", KG, CN, T, "level", 6.9 * B, "USD"),
    ("92 percent", "92 percent", "other", TM, CN, T, "share", 92, "percent", "trade"),
    ("About 40 percent", "About 40 percent", "trade_total", X, CA, T, "share", 40, "percent"),
    ("$40.5 billion", "$40.5 billion", "trade_total", X, CA, T, "level", 40.5 * B, "USD"),
    ("some 62 percent", "some 62 percent", "trade_total", X, CA, T, "share", 62, "percent"),
    ("$20 billion by 2027", "$20 billion", "trade_total", CN, UZ, "2027", "target", 20 * B, "USD"),
    ("$200 billion by 2030", "$200 billion", "gdp", UZ, None, "2030", "target", 200 * B, "USD"),
]

DOCS["m06_wire_trade_correction"] = [
    ("rises 9%", "9%", "trade_total", X, CA, H, "growth_yoy", 9, "percent"),
    ("rose 9.1%", "9.1%", "trade_total", X, CA, H, "growth_yoy", 9.1, "percent"),
    ("152.7 billion yuan", "152.7 billion yuan", "trade_total", X, CA, H, "level", 152.7 * B, "CNY"),
    ("$21.3 billion", "$21.3 billion", "trade_total", X, CA, H, "level", 21.3 * B, "USD"),
    ("232.6 billion yuan", "232.6 billion yuan", "trade_total", X, None, H, "level", 232.6 * B, "CNY"),
    ("65.6%", "65.6%", "trade_total", X, CA, H, "share", 65.6, "percent"),
    ("grew 12.4%", "12.4%", "exports", X, CA, H, "growth_yoy", 12.4, "percent"),
    ("131.5 billion yuan", "131.5 billion yuan", "exports", X, CA, H, "level", 131.5 * B, "CNY"),
    ("fell 6.8%", "6.8%", "imports", X, CA, H, "growth_yoy", -6.8, "percent"),
    ("21.2 billion yuan", "21.2 billion yuan", "imports", X, CA, H, "level", 21.2 * B, "CNY"),
    ("71.8 billion yuan", "71.8 billion yuan", "trade_total", X, KZ, H, "level", 71.8 * B, "CNY"),
    ("42.3 billion yuan", "42.3 billion yuan", "trade_total", X, KG, H, "level", 42.3 * B, "CNY"),
    ("24.6 billion yuan", "24.6 billion yuan", "trade_total", X, UZ, H, "level", 24.6 * B, "CNY"),
    ("8.9 billion yuan", "8.9 billion yuan", "trade_total", X, TJ, H, "level", 8.9 * B, "CNY"),
    ("5.1 billion yuan", "5.1 billion yuan", "trade_total", X, TM, H, "level", 5.1 * B, "CNY"),
    ("worth 68.4 billion yuan", "68.4 billion yuan", "trade_total", "Alashankou", None, H, "level", 68.4 * B, "CNY"),
    ("57.9 billion yuan", "57.9 billion yuan", "trade_total", "Horgos", None, H, "level", 57.9 * B, "CNY"),
    ("Horgos up 3.7%", "3.7%", "trade_total", "Horgos", None, H, "growth_yoy", 3.7, "percent"),
    ("numbered 7,126", "7,126", "freight_trains", X, None, H, "level", 7126, "count"),
    ("up 5.4%", "5.4%", "freight_trains", X, None, H, "growth_yoy", 5.4, "percent"),
    ("320 billion yuan", "320 billion yuan", "trade_total", X, CA, "2025", "target", 320 * B, "CNY"),
    # UPDATE paragraph: restated and superseded figures, both printed
    ("64.8 billion yuan", "64.8 billion yuan", "trade_total", "Alashankou", None, H, "level", 64.8 * B, "CNY"),
    ("not 68.4 billion yuan", "68.4 billion yuan", "trade_total", "Alashankou", None, H, "level", 68.4 * B, "CNY"),
    ("59.7 billion yuan", "59.7 billion yuan", "trade_total", "Horgos", None, H, "level", 59.7 * B, "CNY"),
    ("revised to 7.3%", "7.3%", "trade_total", "Horgos", None, H, "growth_yoy", 7.3, "percent"),
    ("from 3.7%", "3.7%", "trade_total", "Horgos", None, H, "growth_yoy", 3.7, "percent"),
    ("was 7,216", "7,216", "freight_trains", X, None, H, "level", 7216, "count"),
    ("not 7,126", "7,126", "freight_trains", X, None, H, "level", 7126, "count"),
]


if __name__ == "__main__":
    build_and_report(DOCS, HERE)
