"""The annotations of the thirteenth held-out gold (heldout13): `uv run python -m benchmarks.heldout13.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, UZ, TM, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# aa01: dated 28 March 2025 (dateline); the title states one period, 2024 -> rule 3 for every undated figure, Table 1 included
# (its title also says 2024). "At the end of the year" and "At year-end" are 2024. Region Bayingolin (the prefecture) unless
# noted; the refinery in Korla and Korla's airport take region Korla. Farm and oil output, areas and tourism revenue have no code:
# `other` (economy). "Korla fragrant pears" is a product's name, not a place.
BY, Y1 = "Bayingolin", "2024"
TABLE1 = [  # (row anchor, output in 10,000 t, change %)
    ("Grain                      10,000 tonnes       86.2           2.7", "86.2", "2.7"),
    ("Cotton                     10,000 tonnes       79.3          -3.1", "79.3", "-3.1"),
    ("Korla fragrant pears       10,000 tonnes       62.3           4.8", "62.3", "4.8"),
    ("Processing tomatoes        10,000 tonnes      187.5           6.4", "187.5", "6.4"),
]
rows1 = []
for anchor, out, ch in TABLE1:
    rows1 += level_and_growth(anchor, out, ch, "other", BY, Y1, "t", 1e4, "economy")
DOCS["aa01_bayingolin_statistical_communique_2024"] = [
    ("was 168.47 billion yuan", "168.47 billion yuan", "gdp", BY, None, Y1, "level", 168.47 * B, "CNY"),
    ("increase of 6.6 percent", "6.6 percent", "gdp", BY, None, Y1, "growth_yoy", 6.6, "percent"),
    ("27.93 billion yuan", "27.93 billion yuan", "value_added_primary", BY, None, Y1, "level", 27.93 * B, "CNY"),
    ("up 5.4 percent", "5.4 percent", "value_added_primary", BY, None, Y1, "growth_yoy", 5.4, "percent"),
    ("82.16 billion yuan", "82.16 billion yuan", "value_added_secondary", BY, None, Y1, "level", 82.16 * B, "CNY"),
    ("up 7.8 percent", "7.8 percent", "value_added_secondary", BY, None, Y1, "growth_yoy", 7.8, "percent"),
    ("58.38 billion yuan", "58.38 billion yuan", "value_added_tertiary", BY, None, Y1, "level", 58.38 * B, "CNY"),
    ("up 5.5 percent", "5.5 percent", "value_added_tertiary", BY, None, Y1, "growth_yoy", 5.5, "percent"),
    ("118,260 yuan", "118,260 yuan", "gdp_per_capita", BY, None, Y1, "level", 118260, "CNY"),
    ("was 1.43 million", "1.43 million", "population", BY, None, Y1, "level", 1.43e6, "count"),
    ("urbanisation rate was 61.8 percent", "61.8 percent", "other", BY, None, Y1, "level", 61.8, "percent", "social"),
    ("41,600 hectares", "41,600 hectares", "other", BY, None, Y1, "level", 41600, "ha", "economy"),
    ("about one tenth", "about one tenth", "other", BY, None, Y1, "share", 10, "percent", "economy"),
] + rows1 + [
    ("grew by 9.2 percent", "9.2 percent", "industrial_output", BY, None, Y1, "growth_yoy", 9.2, "percent"),
    ("6.42 million tonnes", "6.42 million tonnes", "other", BY, None, Y1, "level", 6.42e6, "t", "economy"),
    ("up 3.9 percent", "3.9 percent", "other", BY, None, Y1, "growth_yoy", 3.9, "percent", "economy"),
    ("up 5.6 percent", "5.6 percent", "other", BY, None, Y1, "growth_yoy", 5.6, "percent", "economy"),
    ("4.95 million tonnes", "4.95 million tonnes", "other", "Korla", None, Y1, "level", 4.95e6, "t", "economy"),
    ("12.73 million kilowatts", "12.73 million kilowatts", "energy_capacity", BY, None, Y1, "level", 12.73e6, "kW"),
    ("7.08 million kilowatts", "7.08 million kilowatts", "energy_capacity", BY, None, Y1, "level", 7.08e6, "kW"),
    ("2.4 million kilowatts", "2.4 million kilowatts", "other", BY, None, Y1, "level", 2.4e6, "kW", "economy"),
    ("by 11.4 percent", "11.4 percent", "investment", BY, None, Y1, "growth_yoy", 11.4, "percent"),
    ("grew 18.9 percent", "18.9 percent", "investment", BY, None, Y1, "growth_yoy", 18.9, "percent"),
    ("declined 4.2 percent", "4.2 percent", "infrastructure_investment", BY, None, Y1, "growth_yoy", -4.2, "percent"),
    ("A total of 327 projects", "327", "enterprises", BY, None, Y1, "level", 327, "count"),
    ("6.84 billion yuan", "6.84 billion yuan", "trade_total", BY, None, Y1, "level", 6.84 * B, "CNY"),
    ("up 23.7 percent", "23.7 percent", "trade_total", BY, None, Y1, "growth_yoy", 23.7, "percent"),
    ("5.91 billion yuan", "5.91 billion yuan", "exports", BY, None, Y1, "level", 5.91 * B, "CNY"),
    ("0.93 billion yuan", "0.93 billion yuan", "imports", BY, None, Y1, "level", 0.93 * B, "CNY"),
    ("68.5 percent", "68.5 percent", "exports", BY, CA, Y1, "share", 68.5, "percent"),
    ("41.2 percent", "41.2 percent", "other", BY, None, Y1, "share", 41.2, "percent", "trade"),
    ("five civil airports", "five", "airports", BY, None, Y1, "level", 5, "count"),
    ("2.18 million passenger trips", "2.18 million", "passengers", BY, None, Y1, "level", 2.18e6, "count"),
    ("1.64 million of them", "1.64 million", "passengers", "Korla", None, Y1, "level", 1.64e6, "count"),
    ("43.62 million visits", "43.62 million", "tourists", BY, None, Y1, "level", 43.62e6, "count"),
    ("18.4 percent more", "18.4 percent", "tourists", BY, None, Y1, "growth_yoy", 18.4, "percent"),
    ("46.3 billion yuan", "46.3 billion yuan", "other", BY, None, Y1, "level", 46.3 * B, "CNY", "economy"),
    ("drew 5.1 million", "5.1 million", "tourists", BY, None, Y1, "level", 5.1e6, "count"),
    ("46,710 yuan", "46,710 yuan", "income_per_capita_urban", BY, None, Y1, "level", 46710, "CNY"),
    ("24,380 yuan", "24,380 yuan", "income_per_capita_rural", BY, None, Y1, "level", 24380, "CNY"),
    ("up 4.7 percent", "4.7 percent", "income_per_capita_urban", BY, None, Y1, "growth_yoy", 4.7, "percent"),
    ("7.3 percent respectively", "7.3 percent", "income_per_capita_rural", BY, None, Y1, "growth_yoy", 7.3, "percent"),
    ("17,450 new urban jobs", "17,450", "jobs_created", BY, None, Y1, "level", 17450, "count"),
    ("stood at 3.9 percent", "3.9 percent", "unemployment_rate", BY, None, Y1, "level", 3.9, "percent"),
]

# aa02: dated 16 October 2025 (dateline); the title states one period, January-September 2025 -> rule 3 for every undated
# figure, the key-figure bullets and Table 1 included. "At the end of September" is 2025-09; "in August" 2025-08. KTZ is the
# national company: region Kazakhstan unless noted. Freight carried is `cargo_throughput` (v05); TEU, wagons and locomotives are
# `other` (logistics, count); revenue and its parts `other` (economy); capital expenditure on lines and rolling stock is
# `infrastructure_investment` (railways, v05).
P2 = "2025-01/2025-09"
TABLE2 = [  # (row anchor, thousand t, change %, container trains, trains per day, region: the Chinese side's name)
    ("Dostyk – Alashankou    14,862             5.1        3,914                19", "14,862", "5.1", "3,914", "19", "Alashankou"),
    ("Altynkol – Khorgos      9,318            10.9        2,806                14", "9,318", "10.9", "2,806", "14", "Horgos"),
]
rows2 = []
for anchor, t, ch, trains, per_day, reg in TABLE2:
    rows2 += level_and_growth(anchor, t, ch, "cargo_throughput", reg, P2, "t", 1e3)
    rows2 += [
        (anchor, trains, "freight_trains", reg, None, P2, "level", float(trains.replace(",", "")), "count"),
        (anchor, per_day, "train_frequency", reg, None, P2, "level", float(per_day), "count_per_day"),
    ]
DOCS["aa02_ktz_operating_results_jan_sep_2025"] = [
    ("214.6 million tonnes", "214.6 million tonnes", "cargo_throughput", KZ, None, P2, "level", 214.6e6, "t"),
    ("(+2.8% year on year)", "+2.8%", "cargo_throughput", KZ, None, P2, "growth_yoy", 2.8, "percent"),
    ("(+4.1%)", "+4.1%", "other", KZ, None, P2, "growth_yoy", 4.1, "percent", "logistics"),
    ("21.3 million tonnes", "21.3 million tonnes", "cargo_throughput", KZ, None, P2, "level", 21.3e6, "t"),
    ("(+14.6%)", "+14.6%", "cargo_throughput", KZ, None, P2, "growth_yoy", 14.6, "percent"),
    ("1.08 million TEU", "1.08 million", "other", KZ, None, P2, "level", 1.08e6, "count", "logistics"),
    ("(+9.7%)", "+9.7%", "other", KZ, None, P2, "growth_yoy", 9.7, "percent", "logistics"),
    ("15.9 million", "15.9 million", "passengers", KZ, None, P2, "level", 15.9e6, "count"),
    ("(+3.2%)", "+3.2%", "passengers", KZ, None, P2, "growth_yoy", 3.2, "percent"),
    ("9.9 percent", "9.9 percent", "cargo_throughput", KZ, None, P2, "share", 9.9, "percent"),
    ("24.2 million tonnes", "24.2 million tonnes", "cargo_throughput", CN, KZ, P2, "level", 24.2e6, "t"),
    ("increase of 7.4 percent", "7.4 percent", "cargo_throughput", CN, KZ, P2, "growth_yoy", 7.4, "percent"),
    ("11.6 million tonnes", "11.6 million tonnes", "cargo_throughput", CN, KZ, P2, "level", 11.6e6, "t"),
    ("12.6 million tonnes", "12.6 million tonnes", "cargo_throughput", CN, KZ, P2, "level", 12.6e6, "t"),
] + rows2 + [
    ("numbered 6,120", "6,120", "freight_trains", KZ, None, P2, "level", 6120, "count"),
    ("12.4 percent more", "12.4 percent", "freight_trains", KZ, None, P2, "growth_yoy", 12.4, "percent"),
    ("1,046 of them", "1,046", "freight_trains", KZ, None, P2, "level", 1046, "count"),
    ("8.6 million tonnes", "8.6 million tonnes", "cargo_throughput", KZ, None, P2, "level", 8.6e6, "t"),
    ("1,850 new freight wagons", "1,850", "other", KZ, None, P2, "level", 1850, "count", "logistics"),
    ("forty-two locomotives", "forty-two", "other", KZ, None, P2, "level", 42, "count", "logistics"),
    ("sixteen of them", "sixteen", "other", KZ, None, P2, "level", 16, "count", "logistics"),
    ("68,400 freight wagons", "68,400", "other", KZ, None, "2025-09", "level", 68400, "count", "logistics"),
    ("rose 9.8 percent", "9.8 percent", "other", KZ, None, P2, "growth_yoy", 9.8, "percent", "economy"),
    ("1.92 trillion tenge", "1.92 trillion tenge", "other", KZ, None, P2, "level", 1.92e12, "KZT", "economy"),
    ("generated 71 percent", "71 percent", "other", KZ, None, P2, "share", 71, "percent", "economy"),
    ("$612 million", "$612 million", "other", KZ, None, P2, "level", 612e6, "USD", "economy"),
    ("486 billion tenge", "486 billion tenge", "infrastructure_investment", KZ, None, P2, "level", 486 * B, "KZT"),
    ("The 75-km Almaty", "75-km", "railway_length", "Almaty", None, "2025-08", "level", 75, "km"),
    ("245 billion tenge", "245 billion tenge", "infrastructure_investment", "Almaty", None, "2025-08", "level", 245 * B, "KZT"),
    ("152-km", "152-km", "railway_length", KZ, None, "2026", "target", 152, "km"),
    ("288–292 million tonnes", "288–292 million tonnes", "cargo_throughput", KZ, None, "2025", "target", 288e6, "t"),
    ("288–292 million tonnes", "288–292 million tonnes", "cargo_throughput", KZ, None, "2025", "target", 292e6, "t"),
    ("about 28 million tonnes", "28 million tonnes", "cargo_throughput", KZ, None, "2025", "target", 28e6, "t"),
    ("35 million tonnes", "35 million tonnes", "cargo_throughput", KZ, None, "2030", "target", 35e6, "t"),
    ("Kazakhstan 10,000 a year", "10,000", "freight_trains", KZ, None, "2030", "target", 10000, "count"),
]

# aa03: dated 23 October 2025 (dateline); the title states one period, January-September 2025 -> rule 3 for undated flows. The
# stock figures carry "As of 1 October 2025" / "on 1 October" / "at the beginning of October" (2025-10), and rule 2 carries the
# first paragraph's date to its later sentences. Region Uzbekistan unless noted; enterprises and workers of the Chinese-capital
# group take partner China (k01, p05). Table 1: operating stock and share on 1 October (2025-10), registrations January-September.
UZP, OCT = "2025-01/2025-09", "2025-10"
TABLE3 = [  # (row anchor, operating, registered, share %, region)
    ("Tashkent city                 1,412                318                       16.9", "1,412", "318", "16.9", "Tashkent"),
    ("Tashkent region                 486                127                       23.8", "486", "127", "23.8", "Tashkent region"),
    ("Samarkand region                231                 58                       19.4", "231", "58", "19.4", "Samarkand"),
    ("Andijan region                  204                 61                       27.6", "204", "61", "27.6", "Andijan"),
    ("Navoi region                     96                 29                       31.2", "96", "29", "31.2", "Navoi"),
    ("Republic of Uzbekistan        3,318                812                       18.6", "3,318", "812", "18.6", UZ),
]
rows3 = []
for anchor, op, reg_, sh, region in TABLE3:
    rows3 += [
        (anchor, op, "enterprises", region, CN, OCT, "level", float(op.replace(",", "")), "count"),
        (anchor, reg_, "enterprises", region, CN, UZP, "level", float(reg_), "count"),
        (anchor, sh, "enterprises", region, CN, OCT, "share", float(sh), "percent"),
    ]
DOCS["aa03_uzbekistan_enterprises_chinese_capital_jan_sep_2025"] = [
    ("2025, 17,842 enterprises", "17,842", "enterprises", UZ, None, OCT, "level", 17842, "count"),
    ("9.6 percent more", "9.6 percent", "enterprises", UZ, None, OCT, "growth_yoy", 9.6, "percent"),
    ("of 3,318, 2,905", "3,318", "enterprises", UZ, CN, OCT, "level", 3318, "count"),
    ("2,905 and", "2,905", "enterprises", UZ, "Russia", OCT, "level", 2905, "count"),
    ("1,764 of them", "1,764", "enterprises", UZ, "Turkey", OCT, "level", 1764, "count"),
    ("made up 18.6 percent", "18.6 percent", "enterprises", UZ, CN, OCT, "share", 18.6, "percent"),
    ("2,614 new enterprises", "2,614", "enterprises", UZ, None, UZP, "level", 2614, "count"),
    ("including 812 with", "812", "enterprises", UZ, CN, UZP, "level", 812, "count"),
    ("against 701", "701", "enterprises", UZ, CN, "2024-01/2024-09", "level", 701, "count"),
    ("41.3 percent", "41.3 percent", "enterprises", UZ, CN, OCT, "share", 41.3, "percent"),
    ("24.6 percent", "24.6 percent", "enterprises", UZ, CN, OCT, "share", 24.6, "percent"),
    ("10.2 percent", "10.2 percent", "enterprises", UZ, CN, OCT, "share", 10.2, "percent"),
    ("employed 74,600 people", "74,600", "population", UZ, CN, OCT, "level", 74600, "count"),
    ("$9.42 billion", "$9.42 billion", "investment", UZ, None, UZP, "level", 9.42 * B, "USD"),
    ("119.6 trillion sum", "119.6 trillion sum", "investment", UZ, None, UZP, "level", 119.6e12, "UZS"),
    ("31.6 percent more", "31.6 percent", "investment", UZ, None, UZP, "growth_yoy", 31.6, "percent"),
    ("$2.87 billion", "$2.87 billion", "investment", CN, UZ, UZP, "level", 2.87 * B, "USD"),
    ("or 30.5 percent", "30.5 percent", "investment", CN, UZ, UZP, "share", 30.5, "percent"),
    ("$1.36 billion", "$1.36 billion", "investment", "Russia", UZ, UZP, "level", 1.36 * B, "USD"),
    ("$3.41 billion", "$3.41 billion", "other", UZ, None, UZP, "level", 3.41 * B, "USD", "trade"),
    ("21.7 percent", "21.7 percent", "other", UZ, None, UZP, "share", 21.7, "percent", "trade"),
] + rows3 + [
    ("almost one in three", "almost one in three", "enterprises", "Navoi", CN, OCT, "share", 100 / 3, "percent"),
    ("$42.3 billion", "$42.3 billion", "investment", UZ, None, "2025", "target", 42.3 * B, "USD"),
    ("$5.8 billion", "$5.8 billion", "contracts_signed", CN, UZ, "2025-09", "level", 5.8 * B, "USD"),
]

# aa04: dated 11 February 2025 (dateline); the headline and lead state one period, 2024 -> rule 3 for the undated sentences
# (the pipeline's length and capacity included). "last year" is 2024; "this year" 2025; "In January alone" and "From 1 January"
# 2025-01. "Kazakhstan's oil deliveries to China" is possessive: the oil pumped to China is cargo carried between two countries,
# `cargo_throughput`, region Kazakhstan, partner China, and its transit part keeps that reading; the oil produced in Kazakhstan is
# a product part of Kazakh exports, `other` (trade, t). Gas volumes in cubic metres have no unit and are not annotated.
TABLE4 = [  # (row anchor, sub-anchor for the last cell, total, transit, Kazakh oil, year)
    ("2021    10.91           10.00", "10.00                        0.91", "10.91", "10.00", "0.91", "2021"),
    ("2022    10.52           10.00", "10.00                        0.52", "10.52", "10.00", "0.52", "2022"),
    ("2023    10.86           10.00", "10.00                        0.86", "10.86", "10.00", "0.86", "2023"),
    ("2024    11.23           10.00", "10.00                        1.23", "11.23", "10.00", "1.23", "2024"),
]
rows4 = []
for anchor, anchor_kz, tot, tr, kz, year in TABLE4:
    rows4 += [
        (anchor, tot, "cargo_throughput", KZ, CN, year, "level", float(tot) * 1e6, "t"),
        (anchor, tr, "cargo_throughput", KZ, CN, year, "level", float(tr) * 1e6, "t"),
        (anchor_kz, kz, "other", KZ, CN, year, "level", float(kz) * 1e6, "t", "trade"),
    ]
Y4 = "2024"
DOCS["aa04_kazakhstan_oil_gas_pipelines_china_2024"] = [
    ("holds at 10 mln tonnes", "10 mln tonnes", "cargo_throughput", KZ, CN, Y4, "level", 10e6, "t"),
    ("rose 3.4 percent", "3.4 percent", "cargo_throughput", KZ, CN, Y4, "growth_yoy", 3.4, "percent"),
    ("to 11.23 million tonnes", "11.23 million tonnes", "cargo_throughput", KZ, CN, Y4, "level", 11.23e6, "t"),
    ("10.0 million tonnes", "10.0 million tonnes", "cargo_throughput", KZ, CN, Y4, "level", 10e6, "t"),
    ("remaining 1.23 million tonnes", "1.23 million tonnes", "other", KZ, CN, Y4, "level", 1.23e6, "t", "trade"),
] + rows4 + [
    ("runs 965 km", "965 km", "other", KZ, None, Y4, "level", 965, "km", "economy"),
    ("built for 20 million tonnes", "20 million tonnes", "freight_capacity", KZ, None, Y4, "level", 20e6, "t"),
    ("7,620 tenge", "7,620 tenge", "other", KZ, None, "2025-01", "level", 7620, "KZT", "economy"),
    ("68.8 million tonnes", "68.8 million tonnes", "other", KZ, None, Y4, "level", 68.8e6, "t", "trade"),
    ("below 2 percent", "below 2 percent", "other", CN, KZ, Y4, "share", 2, "percent", "trade"),
    ("$1.02 billion", "$1.02 billion", "other", KZ, CN, Y4, "level", 1.02 * B, "USD", "trade"),
    ("412 billion tenge", "412 billion tenge", "other", KZ, None, Y4, "level", 412 * B, "KZT", "economy"),
    ("33.1 billion manat", "33.1 billion manat", "other", TM, CN, Y4, "level", 33.1 * B, "TMT", "trade"),
    ("$9.46 billion", "$9.46 billion", "other", TM, CN, Y4, "level", 9.46 * B, "USD", "trade"),
    ("11.5 million tonnes", "11.5 million tonnes", "cargo_throughput", KZ, CN, "2025", "target", 11.5e6, "t"),
    ("full 10 million tonnes", "10 million tonnes", "cargo_throughput", KZ, CN, "2025", "target", 10e6, "t"),
    ("0.98 million tonnes", "0.98 million tonnes", "cargo_throughput", KZ, CN, "2025-01", "level", 0.98e6, "t"),
    ("1.1 trillion tenge", "1.1 trillion tenge", "investment", KZ, None, "2027", "target", 1.1e12, "KZT"),
]

# aa05: a press-conference transcript held 18 December 2025; the title states one period, January-November 2025 -> rule 3 for
# the undated figures. "By the end of October" / "in October" are 2025-10; "in June" 2025-06; "in September" 2025-09; "now"
# 2025-12; "This year" 2025; "Next year" 2026; "in 2026" and "by 2027" date targets. Region Xinjiang unless noted; the parts of
# Xinjiang's outward investment take the receiving country as partner (p06).
P5, NOW5 = "2025-01/2025-11", "2025-12"
DOCS["aa05_xinjiang_commerce_press_conference_investment_2025"] = [
    ("412 million US dollars", "412 million US dollars", "investment", X, None, P5, "level", 412e6, "USD"),
    ("up 27.3 percent", "27.3 percent", "investment", X, None, P5, "growth_yoy", 27.3, "percent"),
    ("A total of 238", "238", "enterprises", X, None, P5, "level", 238, "count"),
    ("96 of them", "96", "enterprises", X, CA, P5, "level", 96, "count"),
    ("providing 47 percent", "47 percent", "investment", "Hong Kong", X, P5, "share", 47, "percent"),
    ("1.18 billion US dollars", "1.18 billion US dollars", "investment", X, None, P5, "level", 1.18 * B, "USD"),
    ("62.4 percent", "62.4 percent", "investment", X, CA, P5, "share", 62.4, "percent"),
    ("received 356 million", "356 million", "investment", X, KZ, P5, "level", 356e6, "USD"),
    ("214 million", "214 million", "investment", X, UZ, P5, "level", 214e6, "USD"),
    ("118 million US dollars", "118 million US dollars", "investment", X, KG, P5, "level", 118e6, "USD"),
    ("9.64 billion US dollars", "9.64 billion US dollars", "investment", X, None, "2025-10", "level", 9.64 * B, "USD"),
    ("4.26 billion US dollars", "4.26 billion US dollars", "contracts_signed", X, None, P5, "level", 4.26 * B, "USD"),
    ("up 18.5 percent", "18.5 percent", "contracts_signed", X, None, P5, "growth_yoy", 18.5, "percent"),
    ("2.87 billion US dollars", "2.87 billion US dollars", "other", X, None, P5, "level", 2.87 * B, "USD", "economy"),
    ("3,900 workers", "3,900", "other", X, None, P5, "level", 3900, "count", "social"),
    ("86.7 billion yuan", "86.7 billion yuan", "contracts_signed", X, None, "2025-06", "level", 86.7 * B, "CNY"),
    ("94-kilometre", "94-kilometre", "road_length", KG, None, "2025-10", "level", 94, "km"),
    ("7.4 billion soms", "7.4 billion soms", "infrastructure_investment", KG, None, "2025-10", "level", 7.4 * B, "KGS"),
    ("1,000-megawatt", "1,000-megawatt", "energy_capacity", "Samarkand", None, "2026", "target", 1e6, "kW"),
    ("400 megawatts", "400 megawatts", "energy_capacity", "Samarkand", None, "2025-09", "level", 4e5, "kW"),
    ("run 41 projects", "41", "enterprises", X, TJ, NOW5, "level", 41, "count"),
    ("5.6 billion somoni", "5.6 billion somoni", "investment", X, TJ, NOW5, "level", 5.6 * B, "TJS"),
    ("operate 56 overseas", "56", "trade_platforms", X, None, NOW5, "level", 56, "count"),
    ("34 of them", "34", "trade_platforms", X, CA, NOW5, "level", 34, "count"),
    ("410,000 square metres", "410,000 square metres", "other", X, CA, NOW5, "level", 41, "ha", "economy"),
    ("a dozen new warehouses", "a dozen", "other", X, CA, "2025", "level", 12, "count", "logistics"),
    ("more than 500 million US dollars", "more than 500 million US dollars", "investment", X, None, "2026", "target", 500e6, "USD"),
    ("exceed 6 billion US dollars", "6 billion US dollars", "investment", X, CA, "2027", "target", 6 * B, "USD"),
]

# aa06: dated May 2025 (first lines); the title gives a span (2015-2024), not one period, so there is no rule 3: every figure has
# its own year, its paragraph's (rule 2) or a table row. "last year" is 2024. Visitors take the host as region and their
# origin as partner (h05): arrivals from China are Kazakhstan / China, trips by Kazakh citizens to China are China / Kazakhstan.
# Visitors' spending has no code: `other` (economy), where it is spent.
TABLE6 = [  # (row anchor, arrivals thousand, trips thousand, spending $ mn, year)
    ("2015          396.0                    512.4                        214", "396.0", "512.4", "214", "2015"),
    ("2019          582.0                    688.1                        331", "582.0", "688.1", "331", "2019"),
    ("2021           57.3                     41.6                         29", "57.3", "41.6", "29", "2021"),
    ("2023          298.6                    604.9                        187", "298.6", "604.9", "187", "2023"),
    ("2024          712.4                  1,118.5                        486", "712.4", "1,118.5", "486", "2024"),
]
rows6 = []
for anchor, arr, trips, spend, year in TABLE6:
    rows6 += [
        (anchor, arr, "tourists", KZ, CN, year, "level", float(arr) * 1e3, "count"),
        (anchor, trips, "tourists", CN, KZ, year, "level", float(trips.replace(",", "")) * 1e3, "count"),
        (anchor, spend, "other", KZ, CN, year, "level", float(spend) * 1e6, "USD", "economy"),
    ]
DOCS["aa06_paper_kazakhstan_china_tourist_flows_2015_2024"] = [
    ("from 396,000", "396,000", "tourists", KZ, CN, "2015", "level", 396000, "count"),
    ("to 582,000", "582,000", "tourists", KZ, CN, "2019", "level", 582000, "count"),
    ("10.1 percent a year", "10.1 percent", "tourists", KZ, CN, "2015/2019", "growth_avg_annual", 10.1, "percent"),
    ("only 57,300", "57,300", "tourists", KZ, CN, "2021", "level", 57300, "count"),
    ("still 298,600", "298,600", "tourists", KZ, CN, "2023", "level", 298600, "count"),
    ("712,400 Chinese visitors", "712,400", "tourists", KZ, CN, "2024", "level", 712400, "count"),
    ("6.8 percent", "6.8 percent", "tourists", KZ, CN, "2024", "share", 6.8, "percent"),
    ("10.4 million foreign visitors", "10.4 million", "tourists", KZ, None, "2024", "level", 10.4e6, "count"),
] + rows6 + [
    ("1.12 million trips", "1.12 million", "tourists", CN, KZ, "2024", "level", 1.12e6, "count"),
    ("85 percent more", "85 percent", "tourists", CN, KZ, "2024", "growth_yoy", 85, "percent"),
    ("About 38 percent", "38 percent", "tourists", X, KZ, "2024", "share", 38, "percent"),
    ("on 17 routes", "17", "other", CN, KZ, "2024-07", "level", 17, "count", "logistics"),
    ("$486 million", "$486 million", "other", KZ, CN, "2024", "level", 486e6, "USD", "economy"),
    ("about 14 percent", "14 percent", "other", KZ, CN, "2024", "share", 14, "percent", "economy"),
    ("roughly $680", "$680", "other", KZ, CN, "2024", "level", 680, "USD", "economy"),
    ("captured 61 percent", "61 percent", "other", "Almaty", CN, "2024", "share", 61, "percent", "economy"),
    ("19 percent for Astana", "19 percent", "other", "Astana", CN, "2024", "share", 19, "percent", "economy"),
    ("1.0–1.2 million", "1.0–1.2 million", "tourists", KZ, CN, "2027", "target", 1e6, "count"),
    ("1.0–1.2 million", "1.0–1.2 million", "tourists", KZ, CN, "2027", "target", 1.2e6, "count"),
    ("2 million Chinese visitors", "2 million", "tourists", KZ, CN, "2029", "target", 2e6, "count"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
