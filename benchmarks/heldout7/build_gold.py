"""The annotations of the seventh held-out gold (heldout7): `uv run python -m benchmarks.heldout7.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an
annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, TM, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# u01: dated 29 July 2025; the title states one period, January-June 2025 -> rule 3, Table 2 included.
JJ = "2025-01/2025-06"
TABLE1 = [  # (row anchor, turnover, exports, imports, growth, partner)
    ("| China      | 3,412.7  | 71.3    | 3,341.4 | 14.2               |", "3,412.7", "71.3", "3,341.4", "14.2", CN),
    ("| Russia     | 1,286.5  | 208.6   | 1,077.9 | 3.1                |", "1,286.5", "208.6", "1,077.9", "3.1", "Russia"),
    ("| Kazakhstan | 612.3    | 241.0   | 371.3   | 6.4                |", "612.3", "241.0", "371.3", "6.4", KZ),
    ("| Uzbekistan | 498.1    | 176.2   | 321.9   | 22.7               |", "498.1", "176.2", "321.9", "22.7", UZ),
]
rows1 = []
for anchor, tot, ex, im, gr, partner in TABLE1:
    rows1 += [
        (anchor, tot, "trade_total", KG, partner, JJ, "level", float(tot.replace(",", "")) * 1e6, "USD"),
        (anchor, ex, "exports", KG, partner, JJ, "level", float(ex.replace(",", "")) * 1e6, "USD"),
        (anchor, im, "imports", KG, partner, JJ, "level", float(im.replace(",", "")) * 1e6, "USD"),
        (anchor, gr, "trade_total", KG, partner, JJ, "growth_yoy", float(gr), "percent"),
    ]
DOCS["u01_kyrgyz_nsc_external_sector_jan_jun_2025"] = [
    ("722.4 billion soms", "722.4 billion soms", "gdp", KG, None, JJ, "level", 722.4 * B, "KGS"),
    ("increase of 11.7 percent", "11.7 percent", "gdp", KG, None, JJ, "growth_yoy", 11.7, "percent"),
    ("98.3 billion soms", "98.3 billion soms", "investment", KG, None, JJ, "level", 98.3 * B, "KGS"),
    ("18.2 percent more", "18.2 percent", "investment", KG, None, JJ, "growth_yoy", 18.2, "percent"),
    ("$7,126.4 million", "$7,126.4 million", "trade_total", KG, None, JJ, "level", 7126.4e6, "USD"),
    ("up 11.8 percent", "11.8 percent", "trade_total", KG, None, JJ, "growth_yoy", 11.8, "percent"),
    ("$1,208.9 million", "$1,208.9 million", "exports", KG, None, JJ, "level", 1208.9e6, "USD"),
    ("$5,917.5 million", "$5,917.5 million", "imports", KG, None, JJ, "level", 5917.5e6, "USD"),
    ("by 19.6 and", "19.6", "exports", KG, None, JJ, "growth_yoy", 19.6, "percent"),
    ("10.3 percent respectively", "10.3 percent", "imports", KG, None, JJ, "growth_yoy", 10.3, "percent"),
    ("$512.3 million", "$512.3 million", "other", KG, None, JJ, "level", 512.3e6, "USD", "trade"),
    ("42.4 percent", "42.4 percent", "other", KG, None, JJ, "share", 42.4, "percent", "trade"),
] + rows1 + [
    ("47.9 percent", "47.9 percent", "trade_total", CN, KG, JJ, "share", 47.9, "percent"),
    ("45.3 percent", "45.3 percent", "trade_total", CN, KG, "2024-01/2024-06", "share", 45.3, "percent"),
    ("fell 4.8 percent", "4.8 percent", "trade_total", KG, "Turkey", JJ, "growth_yoy", -4.8, "percent"),
    ("$265.9 million", "$265.9 million", "trade_total", KG, "Turkey", JJ, "level", 265.9e6, "USD"),
    ("1.38 million tonnes", "1.38 million tonnes", "cargo_throughput", KG, None, JJ, "level", 1.38e6, "t"),
    ("up 24.5 percent", "24.5 percent", "cargo_throughput", KG, None, JJ, "growth_yoy", 24.5, "percent"),
    ("96,700 truck crossings", "96,700", "other", KG, None, JJ, "level", 96700, "count", "logistics"),
    ("$1,412.8 million", "$1,412.8 million", "other", KG, None, JJ, "level", 1412.8e6, "USD", "economy"),
    ("$1,061.5 million", "$1,061.5 million", "other", KG, None, JJ, "level", 1061.5e6, "USD", "economy"),
    ("7.4 percent less", "7.4 percent", "other", KG, None, JJ, "growth_yoy", -7.4, "percent", "economy"),
    ("92.6 percent", "92.6 percent", "other", KG, "Russia", JJ, "share", 92.6, "percent", "economy"),
    ("641,200 citizens", "641,200", "population", KG, None, "2025-07", "level", 641200, "count"),
    ("about seven in ten", "about seven in ten", "population", KG, "Russia", "2025-07", "share", 70, "percent"),
    ("$5 billion by 2026", "$5 billion", "exports", KG, None, "2026", "target", 5 * B, "USD"),
]

# u02: dated 14 November 2025; the lead states one period, January-October (2025) -> rule 3 (headline included).
N10, N9 = "2025-01/2025-10", "2025-01/2025-09"
RO = "Rogun"
DOCS["u02_asiaplus_tajik_power_aluminium_jan_oct_2025"] = [
    ("up 12.3% as", "12.3%", "industrial_output", TJ, None, N10, "growth_yoy", 12.3, "percent"),
    ("grew 12.3 percent", "12.3 percent", "industrial_output", TJ, None, N10, "growth_yoy", 12.3, "percent"),
    ("by 8.2 percent", "8.2 percent", "gdp", TJ, None, N9, "growth_yoy", 8.2, "percent"),
    ("126.4 billion somoni", "126.4 billion somoni", "gdp", TJ, None, N9, "level", 126.4 * B, "TJS"),
    ("about $11.8 billion", "$11.8 billion", "gdp", TJ, None, N9, "level", 11.8 * B, "USD"),
    ("rose 7.8 percent", "7.8 percent", "other", TJ, None, N10, "growth_yoy", 7.8, "percent", "economy"),
    ("1,200 megawatts", "1,200 megawatts", "energy_capacity", RO, None, "2025-11", "level", 1.2e6, "kW"),
    ("3,780 MW", "3,780 MW", "energy_capacity", RO, None, "2029", "target", 3.78e6, "kW"),
    ("6.4 GW", "6.4 GW", "energy_capacity", TJ, None, "2025-10", "level", 6.4e6, "kW"),
    ("more than 90 percent", "90 percent", "energy_capacity", TJ, None, "2025-10", "share", 90, "percent"),
    ("3.6 billion somoni", "3.6 billion somoni", "investment", RO, None, N10, "level", 3.6 * B, "TJS"),
    ("about 18,000 people", "about 18,000 people", "population", RO, None, "2025-11", "level", 18000, "count"),
    ("1,100 of them", "1,100", "population", RO, None, "2025-11", "level", 1100, "count"),
    ("$112.6 million", "$112.6 million", "other", TJ, None, N10, "level", 112.6e6, "USD", "trade"),
    ("up 18 percent", "18 percent", "other", TJ, None, N10, "growth_yoy", 18, "percent", "trade"),
    ("61 percent", "61 percent", "other", TJ, UZ, N10, "share", 61, "percent", "trade"),
    ("35 percent of supplies", "35 percent", "other", TJ, "Afghanistan", N10, "share", 35, "percent", "trade"),
    ("118,400 tonnes", "118,400 tonnes", "other", TJ, None, N10, "level", 118400, "t", "economy"),
    ("9.6 percent more", "9.6 percent", "other", TJ, None, N10, "growth_yoy", 9.6, "percent", "economy"),
    ("136,500 tonnes", "136,500 tonnes", "other", TJ, None, "2024", "level", 136500, "t", "economy"),
    ("104,700 tonnes", "104,700 tonnes", "other", TJ, None, N10, "level", 104700, "t", "trade"),
    ("$289.5 million", "$289.5 million", "other", TJ, None, N10, "level", 289.5e6, "USD", "trade"),
    ("41,300 tonnes", "41,300 tonnes", "other", TJ, CN, N10, "level", 41300, "t", "trade"),
    ("212,000 tonnes", "212,000 tonnes", "other", TJ, None, N10, "level", 212000, "t", "trade"),
    ("$160 million", "$160 million", "contracts_signed", CN, TJ, "2025-10", "level", 160e6, "USD"),
    ("from 38 percent", "38 percent", "other", TJ, None, "2019", "share", 38, "percent", "trade"),
    ("to 17 percent", "17 percent", "other", TJ, None, "2024", "share", 17, "percent", "trade"),
    ("300,000 tonnes", "300,000 tonnes", "other", TJ, None, "2030", "target", 300000, "t", "economy"),
    ("200 MW", "200 MW", "energy_capacity", TJ, None, "2027", "target", 2e5, "kW"),
    ("$190 million", "$190 million", "investment", TJ, None, "2027", "target", 190e6, "USD"),
]

# u03: dated 2025-10-24 (release line); the lead states one period, the first three quarters of 2025 -> rule 3
# (headline and the partner table, whose title says the same).
Q3, SE = "2025-01/2025-09", "2025-09"
TABLE3 = [  # (row anchor, total, exports, imports, growth, partner)
    ("  Kazakhstan    121.63     98.41     23.22    11.7", "121.63", "98.41", "23.22", "11.7", KZ),
    ("  Kyrgyzstan     84.09     83.52      0.57    19.3", "84.09", "83.52", "0.57", "19.3", KG),
    ("  Uzbekistan     37.85     35.10      2.75    28.6", "37.85", "35.10", "2.75", "28.6", UZ),
    ("  Russia         33.62     20.04     13.58    -6.4", "33.62", "20.04", "13.58", "-6.4", "Russia"),
    ("  Tajikistan     14.27     13.98      0.29    24.1", "14.27", "13.98", "0.29", "24.1", TJ),
]
rows3 = []
for anchor, tot, ex, im, gr, partner in TABLE3:
    rows3 += [
        (anchor, tot, "trade_total", X, partner, Q3, "level", float(tot) * B, "CNY"),
        (anchor, ex, "exports", X, partner, Q3, "level", float(ex) * B, "CNY"),
        (anchor, im, "imports", X, partner, Q3, "level", float(im) * B, "CNY"),
        (anchor, gr, "trade_total", X, partner, Q3, "growth_yoy", float(gr), "percent"),
    ]
DOCS["u03_urumqi_customs_xinjiang_trade_q1_q3_2025"] = [
    ("grows 15.2% in", "15.2%", "trade_total", X, None, Q3, "growth_yoy", 15.2, "percent"),
    ("367.84 billion yuan", "367.84 billion yuan", "trade_total", X, None, Q3, "level", 367.84 * B, "CNY"),
    ("51.6 billion US dollars", "51.6 billion US dollars", "trade_total", X, None, Q3, "level", 51.6 * B, "USD"),
    ("up 15.2 percent", "15.2 percent", "trade_total", X, None, Q3, "growth_yoy", 15.2, "percent"),
    ("301.26 billion yuan", "301.26 billion yuan", "exports", X, None, Q3, "level", 301.26 * B, "CNY"),
    ("up 18.9 percent", "18.9 percent", "exports", X, None, Q3, "growth_yoy", 18.9, "percent"),
    ("66.58 billion yuan", "66.58 billion yuan", "imports", X, None, Q3, "level", 66.58 * B, "CNY"),
    ("down 1.3 percent", "1.3 percent", "imports", X, None, Q3, "growth_yoy", -1.3, "percent"),
    ("46.71 billion yuan", "46.71 billion yuan", "trade_total", X, None, SE, "level", 46.71 * B, "CNY"),
    ("increase of 9.6 percent", "9.6 percent", "trade_total", X, None, SE, "growth_yoy", 9.6, "percent"),
    ("198.47 billion yuan", "198.47 billion yuan", "border_trade", X, None, Q3, "level", 198.47 * B, "CNY"),
    ("54.0 percent", "54.0 percent", "border_trade", X, None, Q3, "share", 54.0, "percent"),
    ("grew 21.4 percent", "21.4 percent", "general_trade", X, None, Q3, "growth_yoy", 21.4, "percent"),
    ("92.15 billion yuan", "92.15 billion yuan", "general_trade", X, None, Q3, "level", 92.15 * B, "CNY"),
    ("38.06 billion yuan", "38.06 billion yuan", "market_procurement_exports", X, None, Q3, "level", 38.06 * B, "CNY"),
    ("262.47 billion yuan", "262.47 billion yuan", "trade_total", X, CA, Q3, "level", 262.47 * B, "CNY"),
    ("71.4 percent", "71.4 percent", "trade_total", X, CA, Q3, "share", 71.4, "percent"),
    ("233.39 billion yuan", "233.39 billion yuan", "exports", X, CA, Q3, "level", 233.39 * B, "CNY"),
    ("29.08 billion yuan", "29.08 billion yuan", "imports", X, CA, Q3, "level", 29.08 * B, "CNY"),
    ("4.63 billion yuan", "4.63 billion yuan", "trade_total", X, TM, Q3, "level", 4.63 * B, "CNY"),
] + rows3 + [
    ("fell 12.3 percent", "12.3 percent", "trade_total", X, "European Union", Q3, "growth_yoy", -12.3, "percent"),
    ("9.86 billion yuan", "9.86 billion yuan", "trade_total", X, "European Union", Q3, "level", 9.86 * B, "CNY"),
    ("124.30 billion yuan", "124.30 billion yuan", "exports_electromechanical", X, None, Q3, "level", 124.30 * B, "CNY"),
    ("up 23.5 percent", "23.5 percent", "exports_electromechanical", X, None, Q3, "growth_yoy", 23.5, "percent"),
    ("41.3 percent", "41.3 percent", "exports_electromechanical", X, None, Q3, "share", 41.3, "percent"),
    ("96.12 billion yuan", "96.12 billion yuan", "other", X, None, Q3, "level", 96.12 * B, "CNY", "trade"),
    ("213,600 motor vehicles", "213,600", "other", X, None, Q3, "level", 213600, "count", "trade"),
    ("31.72 billion yuan", "31.72 billion yuan", "other", X, None, Q3, "level", 31.72 * B, "CNY", "trade"),
    ("21.35 billion yuan", "21.35 billion yuan", "other", X, None, Q3, "level", 21.35 * B, "CNY", "trade"),
    ("rose 16.2 percent", "16.2 percent", "other", X, None, Q3, "growth_yoy", 16.2, "percent", "trade"),
    ("9.47 billion yuan", "9.47 billion yuan", "other", X, None, Q3, "level", 9.47 * B, "CNY", "trade"),
    ("325.91 billion yuan", "325.91 billion yuan", "other", X, None, Q3, "level", 325.91 * B, "CNY", "trade"),
    ("88.6 percent", "88.6 percent", "other", X, None, Q3, "share", 88.6, "percent", "trade"),
    ("rose to 5,126", "5,126", "enterprises", X, None, Q3, "level", 5126, "count"),
    ("27.4 billion yuan", "27.4 billion yuan", "trade_total", "Urumqi", None, Q3, "level", 27.4 * B, "CNY"),
]

# u04: dated 23 July 2025; the title states one period, the first half of 2025 -> rule 3. All rows are region Kashgar
# (the prefecture) unless noted.
KS, H = "Kashgar", "2025-H1"
DOCS["u04_kashgar_press_conference_h1_2025"] = [
    ("RMB 68.27 billion", "RMB 68.27 billion", "gdp", KS, None, H, "level", 68.27 * B, "CNY"),
    ("up 6.9 percent", "6.9 percent", "gdp", KS, None, H, "growth_yoy", 6.9, "percent"),
    ("rose 9.4 percent", "9.4 percent", "industrial_output", KS, None, H, "growth_yoy", 9.4, "percent"),
    ("increased 11.2 percent", "11.2 percent", "investment", KS, None, H, "growth_yoy", 11.2, "percent"),
    ("312 projects", "312", "enterprises", KS, None, H, "level", 312, "count"),
    ("19.62 million tourist visits", "19.62 million", "tourists", KS, None, H, "level", 19.62e6, "count"),
    ("up 27.4 percent", "27.4 percent", "tourists", KS, None, H, "growth_yoy", 27.4, "percent"),
    ("RMB 21.35 billion", "RMB 21.35 billion", "other", KS, None, H, "level", 21.35 * B, "CNY", "economy"),
    ("up 31.0 percent", "31.0 percent", "other", KS, None, H, "growth_yoy", 31.0, "percent", "economy"),
    ("Nearly a quarter", "Nearly a quarter", "tourists", KS, None, H, "share", 25, "percent"),
    ("186,000", "186,000", "tourists", KS, None, H, "level", 186000, "count"),
    ("58,000", "58,000", "tourists", KS, "Pakistan", H, "level", 58000, "count"),
    ("41,000 respectively", "41,000", "tourists", KS, KG, H, "level", 41000, "count"),
    ("118.6 ten thousand tonnes", "118.6 ten thousand tonnes", "other", KS, None, H, "level", 1.186e6, "t", "economy"),
    ("351,000 hectares", "351,000 hectares", "other", KS, None, H, "level", 351000, "ha", "economy"),
    ("2.4 percent less", "2.4 percent", "other", KS, None, H, "growth_yoy", -2.4, "percent", "economy"),
    ("1.18-1.22 million tonnes", "1.18-1.22 million tonnes", "other", KS, None, "2025", "target", 1.18e6, "t", "economy"),
    ("1.18-1.22 million tonnes", "1.18-1.22 million tonnes", "other", KS, None, "2025", "target", 1.22e6, "t", "economy"),
    ("1.16 million tonnes", "1.16 million tonnes", "other", KS, None, "2024", "level", 1.16e6, "t", "economy"),
    ("Forty-six new", "Forty-six", "enterprises", KS, None, H, "level", 46, "count"),
    ("132,000 workers", "132,000 workers", "population", KS, None, "2025-07", "level", 132000, "count"),
    ("RMB 28.43 billion", "RMB 28.43 billion", "trade_total", KS, None, H, "level", 28.43 * B, "CNY"),
    ("up 18.2 percent", "18.2 percent", "trade_total", KS, None, H, "growth_yoy", 18.2, "percent"),
    ("RMB 26.91 billion", "RMB 26.91 billion", "exports", KS, None, H, "level", 26.91 * B, "CNY"),
    ("about three fifths", "about three fifths", "trade_total", KS, KG, H, "share", 60, "percent"),
    ("51,800 tonnes", "51,800 tonnes", "cargo_throughput", "Khunjerab", None, "2025-04/2025-06", "level", 51800, "t"),
    ("23,400 exit-entry", "23,400", "passengers", "Khunjerab", None, "2025-04/2025-06", "level", 23400, "count"),
    ("24,860 new urban jobs", "24,860", "jobs_created", KS, None, H, "level", 24860, "count"),
    ("62.2 percent", "62.2 percent", "jobs_created", KS, None, H, "share", 62.2, "percent"),
    ("512,000 times", "512,000", "other", KS, None, H, "level", 512000, "count", "social"),
    ("RMB 19,840", "RMB 19,840", "income_per_capita_urban", KS, None, H, "level", 19840, "CNY"),
    ("RMB 7,486", "RMB 7,486", "income_per_capita_rural", KS, None, H, "level", 7486, "CNY"),
    ("up 4.6 percent", "4.6 percent", "income_per_capita_urban", KS, None, H, "growth_yoy", 4.6, "percent"),
    ("8.1 percent respectively", "8.1 percent", "income_per_capita_rural", KS, None, H, "growth_yoy", 8.1, "percent"),
    ("around 7 percent", "7 percent", "gdp", KS, None, "2025", "target", 7, "percent"),
    ("42 million tourist visits", "42 million", "tourists", KS, None, "2025", "target", 42e6, "count"),
]

# u05: dated 3 September 2025; the lead states one period, January-July (2025) -> rule 3 (headline included).
J7 = "2025-01/2025-07"
DOCS["u05_middle_corridor_caspian_containers_jan_jul_2025"] = [
    ("boxes up 62%", "62%", "other", KZ, None, J7, "growth_yoy", 62, "percent", "logistics"),
    ("rose 62 percent", "62 percent", "other", KZ, None, J7, "growth_yoy", 62, "percent", "logistics"),
    ("58,400 TEU", "58,400 TEU", "other", KZ, None, J7, "level", 58400, "count", "logistics"),
    ("36,900 TEU", "36,900 TEU", "other", "Aktau", None, J7, "level", 36900, "count", "logistics"),
    ("4.9 million tonnes", "4.9 million tonnes", "cargo_throughput", KZ, None, J7, "level", 4.9e6, "t"),
    ("7.8 million tonnes", "7.8 million tonnes", "cargo_throughput", KZ, None, "2024", "level", 7.8e6, "t"),
    ("12 container vessels", "12", "other", KZ, None, "2025-09", "level", 12, "count", "logistics"),
    ("3.1 million tonnes", "3.1 million tonnes", "cargo_throughput", "Alat", None, J7, "level", 3.1e6, "t"),
    ("41,200 TEU", "41,200 TEU", "other", "Alat", None, J7, "level", 41200, "count", "logistics"),
    ("4.3 million tonnes", "4.3 million tonnes", "cargo_throughput", "Azerbaijan", None, J7, "level", 4.3e6, "t"),
    ("up 11 percent", "11 percent", "cargo_throughput", "Azerbaijan", None, J7, "growth_yoy", 11, "percent"),
    ("1.2 million tonnes", "1.2 million tonnes", "cargo_throughput", "Turkmenbashi", None, "2025-01/2025-06", "level", 1.2e6, "t"),
    ("412 block trains", "412", "freight_trains", "Horgos", None, J7, "level", 412, "count"),
    ("186 of them", "186", "freight_trains", "Xi'an", None, J7, "level", 186, "count"),
    ("58 from Urumqi", "58", "freight_trains", "Urumqi", None, J7, "level", 58, "count"),
    ("average 9 a day", "9 a day", "train_frequency", "Horgos", None, "2025-09", "level", 9, "count_per_day"),
    ("612 Trans-Caspian trains", "612", "freight_trains", X, None, "2024", "level", 612, "count"),
    ("96 in 2022", "96", "freight_trains", X, None, "2022", "level", 96, "count"),
    ("240,000 TEU", "240,000 TEU", "other", "Aktau", None, "2026", "target", 240000, "count", "logistics"),
    ("$120 million", "$120 million", "infrastructure_investment", "Aktau", None, "2026", "target", 120e6, "USD"),
    ("1.4 billion manat", "1.4 billion manat", "infrastructure_investment", TM, None, "2027", "target", 1.4 * B, "TMT"),
    ("690 billion tenge", "690 billion tenge", "infrastructure_investment", KZ, None, "2030", "target", 690 * B, "KZT"),
    ("200,000 TEU", "200,000 TEU", "other", KZ, None, "2027", "target", 200000, "count", "logistics"),
    ("305 km", "305 km", "railway_length", KG, None, None, "target", 305, "km"),
    ("27 tunnels", "27", "other", KG, None, None, "target", 27, "count", "logistics"),
    ("15 million tonnes", "15 million tonnes", "freight_capacity", KG, None, None, "target", 15e6, "t"),
]

# u06: dated 18 June 2025 (first line), but no figure needs rule 4 and the title states no single period. Every figure has
# its own year, span or table column. "The region" is Central Asia.
TABLE6 = [  # (row anchor, 2000 cell, 2024 cell, region)
    ("| Kazakhstan   | 1,229 | 13,140 |", "1,229", "13,140", KZ),
    ("| Kyrgyzstan   | 280   | 2,427  |", "280", "2,427", KG),
    ("| Tajikistan   | 139   | 1,342  |", "139", "1,342", TJ),
    ("| Turkmenistan | 1,140 | 8,730  |", "1,140", "8,730", TM),
    ("| Uzbekistan   | 558   | 3,162  |", "558", "3,162", UZ),
]
rows6 = []
for anchor, c00, c24, reg in TABLE6:
    rows6 += [
        (anchor, c00, "gdp_per_capita", reg, None, "2000", "level", float(c00.replace(",", "")), "USD"),
        (anchor, c24, "gdp_per_capita", reg, None, "2024", "level", float(c24.replace(",", "")), "USD"),
    ]
DOCS["u06_paper_central_asia_incomes_since_2000"] = [
    ("about $37 billion", "$37 billion", "gdp", CA, None, "2000", "level", 37 * B, "USD"),
    ("$499 billion", "$499 billion", "gdp", CA, None, "2024", "level", 499 * B, "USD"),
    ("55.4 million", "55.4 million", "population", CA, None, "2000", "level", 55.4e6, "count"),
    ("82.1 million", "82.1 million", "population", CA, None, "2024", "level", 82.1e6, "count"),
    ("about 1.7 percent a year", "1.7 percent", "population", CA, None, "2000/2024", "growth_avg_annual", 1.7, "percent"),
    ("some three fifths", "some three fifths", "gdp", KZ, None, "2024", "share", 60, "percent"),
] + rows6 + [
    ("10.4 percent a year", "10.4 percent", "gdp_per_capita", KZ, None, "2000/2024", "growth_avg_annual", 10.4, "percent"),
    ("at 7.5 percent", "7.5 percent", "gdp_per_capita", UZ, None, "2000/2024", "growth_avg_annual", 7.5, "percent"),
    ("only $139 in 2000", "$139", "gdp_per_capita", TJ, None, "2000", "level", 139, "USD"),
    ("passed $1,000", "$1,000", "gdp_per_capita", TJ, None, "2021", "level", 1000, "USD"),
    ("97 percent above", "97 percent", "gdp_per_capita", TM, None, "2024", "growth_other", 97, "percent"),
    ("397,000 tenge", "397,000 tenge", "other", KZ, None, "2024", "level", 397000, "KZT", "economy"),
    ("5.9 million soums", "5.9 million soums", "other", UZ, None, "2024", "level", 5.9e6, "UZS", "economy"),
    ("45 percent of Tajikistan", "45 percent", "other", TJ, None, "2024", "share", 45, "percent", "economy"),
    ("24 percent of Kyrgyzstan", "24 percent", "other", KG, None, "2024", "share", 24, "percent", "economy"),
    ("$6.3 billion", "$6.3 billion", "other", TJ, None, "2024", "level", 6.3 * B, "USD", "economy"),
    ("from 17 percent", "17 percent", "other", UZ, None, "2021", "level", 17, "percent", "social"),
    ("to 8.9 percent", "8.9 percent", "other", UZ, None, "2024", "level", 8.9, "percent", "social"),
    ("5.5-6.0 percent", "5.5-6.0 percent", "gdp", CA, None, "2025", "target", 5.5, "percent"),
    ("5.5-6.0 percent", "5.5-6.0 percent", "gdp", CA, None, "2025", "target", 6.0, "percent"),
    ("$4,000 by 2030", "$4,000", "gdp_per_capita", UZ, None, "2030", "target", 4000, "USD"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
