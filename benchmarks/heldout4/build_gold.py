"""The annotations of the fourth held-out gold (heldout4): `uv run python -m benchmarks.heldout4.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import build_and_report

HERE = Path(__file__).resolve().parent

X, KZ, CN, CA = "Xinjiang", "Kazakhstan", "China", "Central Asia"
TJ, KG, UZ, TM = "Tajikistan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan"
B = 1e9

DOCS = {}

DOCS["p01_analysis_kz_xinjiang_rail_history"] = [
    ("7.8 million tonnes", "7.8 million tonnes", "cargo_throughput", "Alashankou", None, "2003", "level", 7.8e6, "t"),
    ("15.4 million tonnes", "15.4 million tonnes", "cargo_throughput", "Alashankou", None, "2013", "level", 15.4e6, "t"),
    ("about 7 percent", "about 7 percent", "cargo_throughput", "Alashankou", None, "2003/2013", "growth_avg_annual", 7, "percent"),
    ("0.9 million tonnes", "0.9 million tonnes", "cargo_throughput", "Horgos", None, "2014", "level", 0.9e6, "t"),
    ("11.6 million tonnes", "11.6 million tonnes", "cargo_throughput", "Horgos", None, "2024", "level", 11.6e6, "t"),
    ("29.3 million tonnes", "29.3 million tonnes", "cargo_throughput", X, None, "2024", "level", 29.3e6, "t"),
    ("16.3 million tonnes", "16.3 million tonnes", "cargo_throughput", X, None, "2014", "level", 16.3e6, "t"),
    ("about 87 percent", "about 87 percent", "other", CN, KZ, None, "share", 87, "percent", "logistics"),
    ("just 46 in 2013", "46", "freight_trains", KZ, None, "2013", "level", 46, "count"),
    ("2,530", "2,530", "freight_trains", KZ, None, "2017", "level", 2530, "count"),
    ("7,040", "7,040", "freight_trains", KZ, None, "2023", "level", 7040, "count"),
    ("6,735", "6,735", "freight_trains", KZ, None, "2024", "level", 6735, "count"),
    ("fall of 4.3 percent", "4.3 percent", "freight_trains", KZ, None, "2024", "growth_yoy", -4.3, "percent"),
    ("14 trains a day", "14 trains a day", "train_frequency", "Dostyk", None, "2015", "level", 14, "count_per_day"),
    ("the figure was 23", "23", "train_frequency", "Dostyk", None, "2024", "level", 23, "count_per_day"),
    ("1.3 trillion tenge", "1.3 trillion tenge", "infrastructure_investment", KZ, None, "2014/2020", "level", 1.3e12, "KZT"),
    ("1,640 km of new lines", "1,640 km", "other", KZ, None, "2014/2020", "level", 1640, "km", "logistics"),
    ("14,200 km", "14,200 km", "railway_length", KZ, None, "2004", "level", 14200, "km"),
    ("16,060 km", "16,060 km", "railway_length", KZ, None, "2024", "level", 16060, "km"),
    ("3,640 km", "3,640 km", "railway_length", X, None, "2004", "level", 3640, "km"),
    ("9,860 km", "9,860 km", "railway_length", X, None, "2024", "level", 9860, "km"),
    ("5.1 percent", "5.1 percent", "railway_length", X, None, "2004/2024", "growth_avg_annual", 5.1, "percent"),
    ("55 million tonnes a year", "55 million tonnes a year", "cargo_throughput", CN, KZ, "2030", "target", 55e6, "t"),
    ("5,000 km of track", "5,000 km", "other", KZ, None, "2030", "target", 5000, "km", "logistics"),
    ("roughly 80 percent", "roughly 80 percent", "freight_trains", X, None, None, "share", 80, "percent"),
]

K, Q = "Karamay", "2025-Q1"
DOCS["p02_chinadaily_karamay_q1_2025"] = [
    ("posts 6.1% growth", "6.1%", "gdp", K, None, Q, "growth_yoy", 6.1, "percent"),
    ("30.86 billion yuan", "30.86 billion yuan", "gdp", K, None, Q, "level", 30.86 * B, "CNY"),
    ("up 6.1 percent", "6.1 percent", "gdp", K, None, Q, "growth_yoy", 6.1, "percent"),
    ("21.38 billion yuan", "21.38 billion yuan", "value_added_secondary", K, None, Q, "level", 21.38 * B, "CNY"),
    ("69.3 percent of GDP", "69.3 percent", "value_added_secondary", K, None, Q, "share", 69.3, "percent"),
    ("rose 7.4 percent", "7.4 percent", "industrial_output", K, None, Q, "growth_yoy", 7.4, "percent"),
    ("3.71 million metric tons", "3.71 million metric tons", "other", K, None, Q, "level", 3.71e6, "t", "economy"),
    ("up 2.6 percent", "2.6 percent", "other", K, None, Q, "growth_yoy", 2.6, "percent", "economy"),
    ("5.2 million tons", "5.2 million tons", "other", K, None, Q, "level", 5.2e6, "t", "economy"),
    ("4.12 billion yuan", "4.12 billion yuan", "digital_economy", K, None, Q, "level", 4.12 * B, "CNY"),
    ("up 28.3 percent", "28.3 percent", "digital_economy", K, None, Q, "growth_yoy", 28.3, "percent"),
    ("34 data centers", "34 data centers", "other", K, None, "2025-04", "level", 34, "count", "economy"),
    ("more than 120,000 server racks", "more than 120,000 server racks", "other", K, None, "2025-04", "level", 120000, "count", "economy"),
    ("and 8 more", "8", "other", K, None, "2025-04", "level", 8, "count", "economy"),
    ("rose 15.6 percent", "15.6 percent", "investment", K, None, Q, "growth_yoy", 15.6, "percent"),
    ("41.2 percent of the total", "41.2 percent", "investment", K, None, Q, "share", 41.2, "percent"),
    ("3.57 billion yuan", "3.57 billion yuan", "trade_total", K, None, Q, "level", 3.57 * B, "CNY"),
    ("up 52.4 percent", "52.4 percent", "trade_total", K, None, Q, "growth_yoy", 52.4, "percent"),
    ("about 61 percent", "about 61 percent", "trade_total", K, KZ, Q, "share", 61, "percent"),
    ("18,420 yuan", "18,420 yuan", "income_per_capita_urban", K, None, Q, "level", 18420, "CNY"),
    ("up 4.3 percent", "4.3 percent", "income_per_capita_urban", K, None, Q, "growth_yoy", 4.3, "percent"),
    ("1.32 million tourist visits", "1.32 million tourist visits", "tourists", K, None, Q, "level", 1.32e6, "count"),
    ("up 24.7 percent", "24.7 percent", "tourists", K, None, Q, "growth_yoy", 24.7, "percent"),
    ("130.2 billion yuan", "130.2 billion yuan", "gdp", K, None, "2024", "level", 130.2 * B, "CNY"),
    ("up 5.8 percent", "5.8 percent", "gdp", K, None, "2024", "growth_yoy", 5.8, "percent"),
    ("about 265,000 yuan", "about 265,000 yuan", "gdp_per_capita", K, None, "2024", "level", 265000, "CNY"),
    ("around 490,000 permanent residents", "around 490,000 permanent residents", "population", K, None, "2024", "level", 490000, "count"),
    ("around 6 percent", "around 6 percent", "gdp", K, None, "2025", "target", 6, "percent"),
    ("attract 8 billion yuan", "8 billion yuan", "investment", K, None, "2026", "target", 8 * B, "CNY"),
    ("1.2-million-kilowatt", "1.2-million-kilowatt", "energy_capacity", K, None, "2026", "target", 1.2e6, "kW"),
]

PORTS = [  # (row anchor, region, cargo 2019 (10,000 t), cargo 2023 (10,000 t), passengers 2023 (10,000 trips))
    ("Horgos         3,421.6          4,068.3            71.5", "Horgos", "3,421.6", "4,068.3", "71.5"),
    ("Alashankou     1,514.2          1,872.9            18.4", "Alashankou", "1,514.2", "1,872.9", "18.4"),
    ("Bakhty            98.3            176.9            12.7", "Bakhty", "98.3", "176.9", "12.7"),
    ("Jeminay           62.5            121.4             6.2", "Jeminay", "62.5", "121.4", "6.2"),
    ("Irkeshtam         94.6            158.2             7.9", "Irkeshtam", "94.6", "158.2", "7.9"),
    ("Torugart          41.8             63.7             2.4", "Torugart", "41.8", "63.7", "2.4"),
]
rows3 = []
for anchor, reg, c19, c23, pax in PORTS:
    num = lambda s: float(s.replace(",", "")) * 1e4
    rows3 += [
        (anchor, c19, "cargo_throughput", reg, None, "2019", "level", num(c19), "t"),
        (anchor, c23, "cargo_throughput", reg, None, "2023", "level", num(c23), "t"),
        (anchor, pax, "passengers", reg, None, "2023", "level", num(pax), "count"),
    ]
DOCS["p03_paper_border_ports_table"] = [
    ("some 5,700 km", "some 5,700 km", "other", X, None, None, "level", 5700, "km", "economy"),
    ("eight countries", "eight countries", "other", X, None, None, "level", 8, "count", "economy"),
    ("17 land ports", "17 land ports", "border_crossings", X, None, None, "level", 17, "count"),
] + rows3 + [
    ("52.3 million", "52.3 million", "cargo_throughput", X, None, "2019", "level", 52.3e6, "t"),
    ("64.6 million tonnes", "64.6 million tonnes", "cargo_throughput", X, None, "2023", "level", 64.6e6, "t"),
    ("5.4 percent a year", "5.4 percent", "cargo_throughput", X, None, "2019/2023", "growth_avg_annual", 5.4, "percent"),
    ("gained 80 percent", "80 percent", "cargo_throughput", "Bakhty", None, "2019/2023", "growth_other", 80, "percent"),
    ("89.3 billion yuan", "89.3 billion yuan", "border_trade", X, None, "2013", "level", 89.3 * B, "CNY"),
    ("236.4 billion yuan", "236.4 billion yuan", "border_trade", X, None, "2023", "level", 236.4 * B, "CNY"),
    ("10.2 percent", "10.2 percent", "border_trade", X, None, "2013/2023", "growth_avg_annual", 10.2, "percent"),
    ("66.6 percent", "66.6 percent", "border_trade", X, None, "2023", "share", 66.6, "percent"),
    ("24.9 percent", "24.9 percent", "general_trade", X, None, "2023", "share", 24.9, "percent"),
    ("7.8 billion yuan", "7.8 billion yuan", "other", X, None, "2023", "level", 7.8 * B, "CNY", "trade"),
    ("41.5 percent", "41.5 percent", "other", X, None, "2023", "growth_yoy", 41.5, "percent", "trade"),
    ("38.2 percent", "38.2 percent", "border_trade", "Ili", None, "2023", "share", 38.2, "percent"),
    ("21.7 percent", "21.7 percent", "border_trade", "Kashgar", None, "2023", "share", 21.7, "percent"),
    ("fewer than one in five", "fewer than one in five", "border_crossings", X, None, None, "share", 20, "percent"),
]

Y = "2024"
DOCS["p04_communique_xinjiang_2024"] = [
    ("2,053.4 billion yuan", "2,053.4 billion yuan", "gdp", X, None, Y, "level", 2053.4 * B, "CNY"),
    ("increase of 6.1 percent", "6.1 percent", "gdp", X, None, Y, "growth_yoy", 6.1, "percent"),
    ("290.1 billion yuan", "290.1 billion yuan", "value_added_primary", X, None, Y, "level", 290.1 * B, "CNY"),
    ("835.8 billion yuan", "835.8 billion yuan", "value_added_secondary", X, None, Y, "level", 835.8 * B, "CNY"),
    ("927.5 billion yuan", "927.5 billion yuan", "value_added_tertiary", X, None, Y, "level", 927.5 * B, "CNY"),
    ("by 6.0 percent", "6.0 percent", "value_added_primary", X, None, Y, "growth_yoy", 6.0, "percent"),
    ("6.9 percent and", "6.9 percent", "value_added_secondary", X, None, Y, "growth_yoy", 6.9, "percent"),
    ("5.4 percent respectively", "5.4 percent", "value_added_tertiary", X, None, Y, "growth_yoy", 5.4, "percent"),
    ("14.1:", "14.1", "value_added_primary", X, None, Y, "share", 14.1, "percent"),
    (":40.7:", "40.7", "value_added_secondary", X, None, Y, "share", 40.7, "percent"),
    (":45.2", "45.2", "value_added_tertiary", X, None, Y, "share", 45.2, "percent"),
    ("78,640 yuan", "78,640 yuan", "gdp_per_capita", X, None, Y, "level", 78640, "CNY"),
    ("an increase of 6.3 percent", "6.3 percent", "gdp_per_capita", X, None, Y, "growth_yoy", 6.3, "percent"),
    ("26.23 million", "26.23 million", "population", X, None, Y, "level", 26.23e6, "count"),
    ("15.82 million", "15.82 million", "population", X, None, Y, "level", 15.82e6, "count"),
    ("accounting for 60.3 percent", "60.3 percent", "population", X, None, Y, "share", 60.3, "percent"),
    ("472,300 persons", "472,300 persons", "jobs_created", X, None, Y, "level", 472300, "count"),
    ("averaged 4.4 percent", "4.4 percent", "unemployment_rate", X, None, Y, "level", 4.4, "percent"),
    ("5.69 million tons", "5.69 million tons", "other", X, None, Y, "level", 5.69e6, "t", "economy"),
    ("92.2 percent", "92.2 percent", "other", X, None, Y, "share", 92.2, "percent", "economy"),
    ("grew 8.7 percent", "8.7 percent", "industrial_output", X, None, Y, "growth_yoy", 8.7, "percent"),
    ("rose 9.6 percent", "9.6 percent", "value_added_industrial_clusters", X, None, Y, "growth_yoy", 9.6, "percent"),
    ("by 7.1 percent", "7.1 percent", "investment", X, None, Y, "growth_yoy", 7.1, "percent"),
    ("by 9.8 percent", "9.8 percent", "infrastructure_investment", X, None, Y, "growth_yoy", 9.8, "percent"),
    ("398.6 billion yuan", "398.6 billion yuan", "other", X, None, Y, "level", 398.6 * B, "CNY", "economy"),
    ("up 4.2 percent", "4.2 percent", "other", X, None, Y, "growth_yoy", 4.2, "percent", "economy"),
    ("467.9 billion yuan", "467.9 billion yuan", "trade_total", X, None, Y, "level", 467.9 * B, "CNY"),
    ("22.3 percent", "22.3 percent", "trade_total", X, None, Y, "growth_yoy", 22.3, "percent"),
    ("390.6 billion yuan", "390.6 billion yuan", "exports", X, None, Y, "level", 390.6 * B, "CNY"),
    ("77.3 billion yuan", "77.3 billion yuan", "imports", X, None, Y, "level", 77.3 * B, "CNY"),
    ("up 29.0 percent", "29.0 percent", "exports", X, None, Y, "growth_yoy", 29.0, "percent"),
    ("down 3.1 percent", "3.1 percent", "imports", X, None, Y, "growth_yoy", -3.1, "percent"),
    ("286.4 billion yuan", "286.4 billion yuan", "trade_total", X, CA, Y, "level", 286.4 * B, "CNY"),
    ("61.2 percent", "61.2 percent", "trade_total", X, CA, Y, "share", 61.2, "percent"),
    ("9,860 kilometers", "9,860 kilometers", "railway_length", X, None, Y, "level", 9860, "km"),
    ("232,000 kilometers", "232,000 kilometers", "road_length", X, None, Y, "level", 232000, "km"),
    ("11,760 kilometers", "11,760 kilometers", "expressway_length", X, None, Y, "level", 11760, "km"),
    ("302.0 million", "302.0 million", "tourists", X, None, Y, "level", 302e6, "count"),
    ("up 13.9 percent", "13.9 percent", "tourists", X, None, Y, "growth_yoy", 13.9, "percent"),
    ("30,899 yuan", "30,899 yuan", "disposable_income_per_capita", X, None, Y, "level", 30899, "CNY"),
    ("up 6.3 percent", "6.3 percent", "disposable_income_per_capita", X, None, Y, "growth_yoy", 6.3, "percent"),
    ("42,820 yuan", "42,820 yuan", "income_per_capita_urban", X, None, Y, "level", 42820, "CNY"),
    ("19,426 yuan", "19,426 yuan", "income_per_capita_rural", X, None, Y, "level", 19426, "CNY"),
    ("by 4.5 percent", "4.5 percent", "income_per_capita_urban", X, None, Y, "growth_yoy", 4.5, "percent"),
    ("7.6 percent respectively", "7.6 percent", "income_per_capita_rural", X, None, Y, "growth_yoy", 7.6, "percent"),
]

DOCS["p05_uza_uzbekistan_kyrgyzstan_china_corridor"] = [
    ("get 1.9 trillion soums by 2027", "1.9 trillion soums", "infrastructure_investment", UZ, None, "2027", "target", 1.9e12, "UZS"),
    ("1.86 million tonnes", "1.86 million tonnes", "cargo_throughput", UZ, CN, "2024", "level", 1.86e6, "t"),
    ("25.3 percent", "25.3 percent", "cargo_throughput", UZ, CN, "2024", "growth_yoy", 25.3, "percent"),
    ("310 Uzbek and Chinese trucks a day", "310", "other", "Irkeshtam", None, "2024", "level", 310, "count_per_day", "logistics"),
    ("against 240 in 2023", "240", "other", "Irkeshtam", None, "2023", "level", 240, "count_per_day", "logistics"),
    ("1,240 combined road-rail trains", "1,240 combined road-rail trains", "freight_trains", UZ, CN, None, "level", 1240, "count"),
    ("258-km", "258-km", "road_length", KG, None, "2024", "level", 258, "km"),
    ("$312 million", "$312 million", "infrastructure_investment", KG, None, "2024", "level", 312e6, "USD"),
    ("14.6 billion soms", "14.6 billion soms", "infrastructure_investment", KG, None, "2027", "target", 14.6e9, "KGS"),
    ("51 percent by China", "51 percent", "other", CN, None, "2025-03", "share", 51, "percent", "economy"),
    ("24.5 percent each", "24.5 percent", "other", KG, None, "2025-03", "share", 24.5, "percent", "economy"),
    ("24.5 percent each", "24.5 percent", "other", UZ, None, "2025-03", "share", 24.5, "percent", "economy"),
    ("allocated 1.9 trillion soums", "1.9 trillion soums", "infrastructure_investment", UZ, None, "2027", "target", 1.9e12, "UZS"),
    ("about $147 million", "about $147 million", "infrastructure_investment", UZ, None, "2027", "target", 147e6, "USD"),
    ("42-km", "42-km", "railway_length", UZ, None, "2027", "target", 42, "km"),
    ("$2.08 billion", "$2.08 billion", "trade_total", UZ, CN, "2025-01/2025-02", "level", 2.08e9, "USD"),
    ("up 11.6 percent", "11.6 percent", "trade_total", UZ, CN, "2025-01/2025-02", "growth_yoy", 11.6, "percent"),
    ("19.8 percent", "19.8 percent", "trade_total", UZ, CN, "2025-01/2025-02", "share", 19.8, "percent"),
    ("214 new enterprises", "214 new enterprises", "enterprises", UZ, CN, "2025-01/2025-02", "level", 214, "count"),
    ("2,896", "2,896", "enterprises", UZ, CN, "2025-03", "level", 2896, "count"),
    ("5 million tonnes a year", "5 million tonnes a year", "cargo_throughput", UZ, CN, "2030", "target", 5e6, "t"),
    ("3.5 million tonnes", "3.5 million tonnes", "other", UZ, CN, "2030", "target", 3.5e6, "t", "logistics"),
]

T = "2023"
DOCS["p06_thinktank_chinese_investment_central_asia"] = [
    ("$17.4 billion", "$17.4 billion", "investment", CN, CA, T, "level", 17.4e9, "USD"),
    ("$8.1 billion", "$8.1 billion", "investment", CN, KZ, T, "level", 8.1e9, "USD"),
    ("46.6 percent", "46.6 percent", "investment", CN, KZ, T, "share", 46.6, "percent"),
    ("$3.2 billion", "$3.2 billion", "investment", CN, TJ, T, "level", 3.2e9, "USD"),
    ("$2.9 billion", "$2.9 billion", "investment", CN, UZ, T, "level", 2.9e9, "USD"),
    ("Kyrgyzstan with $1.9 billion", "$1.9 billion", "investment", CN, KG, T, "level", 1.9e9, "USD"),
    ("$1.3 billion", "$1.3 billion", "investment", CN, TM, T, "level", 1.3e9, "USD"),
    ("roughly 60 percent", "roughly 60 percent", "investment", CN, CA, T, "share", 60, "percent"),
    ("about a sixth", "about a sixth", "investment", CN, CA, T, "share", 100 / 6, "percent"),
    ("$2.6 billion", "$2.6 billion", "investment", CN, CA, "2015", "level", 2.6e9, "USD"),
    ("$0.4 billion", "$0.4 billion", "investment", CN, CA, "2019", "level", 0.4e9, "USD"),
    ("recovered to $1.9 billion", "$1.9 billion", "investment", CN, CA, "2023", "level", 1.9e9, "USD"),
    ("11 percent", "11 percent", "investment", CN, KZ, T, "share", 11, "percent"),
    ("2,896", "2,896", "enterprises", UZ, CN, "2025-03", "level", 2896, "count"),
    ("about 18 percent", "about 18 percent", "enterprises", UZ, CN, "2025-03", "share", 18, "percent"),
    ("$6.3 billion", "$6.3 billion", "contracts_signed", CN, CA, T, "level", 6.3e9, "USD"),
    ("38 percent more", "38 percent", "contracts_signed", CN, CA, T, "growth_yoy", 38, "percent"),
    ("$4.7 billion", "$4.7 billion", "other", CN, CA, T, "level", 4.7e9, "USD", "economy"),
    ("about $1.7 billion", "about $1.7 billion", "other", KG, CN, T, "level", 1.7e9, "USD", "economy"),
    ("some 36 percent", "some 36 percent", "other", KG, CN, T, "share", 36, "percent", "economy"),
    ("about $1.0 billion", "about $1.0 billion", "other", TJ, CN, T, "level", 1.0e9, "USD", "economy"),
    ("26 billion yuan", "26 billion yuan", "investment", CN, CA, None, "target", 26 * B, "CNY"),
    ("about $3.7 billion", "about $3.7 billion", "investment", CN, CA, None, "target", 3.7e9, "USD"),
    ("56 Chinese-backed projects", "56 Chinese-backed projects", "enterprises", KZ, CN, "2024", "level", 56, "count"),
    ("15 had been completed", "15", "enterprises", KZ, CN, "2024", "level", 15, "count"),
    ("12 were under construction", "12", "enterprises", KZ, CN, "2024", "level", 12, "count"),
    ("$14.2 billion", "$14.2 billion", "investment", KZ, CN, "2024", "level", 14.2e9, "USD"),
    ("roughly a fifth", "roughly a fifth", "enterprises", X, KZ, "2024", "share", 20, "percent"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
