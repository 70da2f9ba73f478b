"""The annotations of the fifteenth held-out gold (heldout15): `uv run python -m benchmarks.heldout15.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, TM, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# ac01: dated 15 September 2025 (dateline line); the title states one period, January-August 2025 -> rule 3 for every undated
# figure and Table 1 (whose title says the same). "In August alone" is 2025-08 (both its year-on-year and its month-on-month
# change, the latter `growth_other`); "At the end of August" 2025-08; "in January-July 2025" 2025-01/2025-07. Region Kazakhstan
# unless noted. Output of the whole of industry (of a region) is `industrial_output`; a section's output (mining, manufacturing,
# utilities) and a product's output are parts with no code: `other` (economy). Table rows: "Republic of Kazakhstan" is Kazakhstan,
# "Almaty city" is `Almaty`, "Almaty region" keeps its full name (aa03's Tashkent city / Tashkent region), oblasts drop "region".
P1 = "2025-01/2025-08"
TABLE1 = [  # (row anchor, output in billion tenge, change %, region)
    ("Republic of Kazakhstan          31,846.2             6.4", "31,846.2", "6.4", KZ),
    ("Atyrau                           8,397.5            15.2", "8,397.5", "15.2", "Atyrau"),
    ("Mangystau                        2,284.1            -3.6", "2,284.1", "-3.6", "Mangystau"),
    ("Karaganda                        2,942.7             3.1", "2,942.7", "3.1", "Karaganda"),
    ("East Kazakhstan                  1,788.4             5.5", "1,788.4", "5.5", "East Kazakhstan"),
    ("Almaty city                      1,214.0             8.9", "1,214.0", "8.9", "Almaty"),
    ("Almaty region                      612.8            11.7", "612.8", "11.7", "Almaty region"),
]
rows1 = []
for anchor, out, ch, region in TABLE1:
    rows1 += level_and_growth(anchor, out, ch, "industrial_output", region, P1, "KZT", B)
DOCS["ac01_kazakhstan_bns_industrial_production_jan_aug_2025"] = [
    ("31,846.2 billion tenge", "31,846.2 billion tenge", "industrial_output", KZ, None, P1, "level", 31846.2 * B, "KZT"),
    ("6.4 percent higher", "6.4 percent", "industrial_output", KZ, None, P1, "growth_yoy", 6.4, "percent"),
    ("16,402.9 billion tenge", "16,402.9 billion tenge", "other", KZ, None, P1, "level", 16402.9 * B, "KZT", "economy"),
    ("51.5 percent", "51.5 percent", "other", KZ, None, P1, "share", 51.5, "percent", "economy"),
    ("grew by 9.1 percent", "9.1 percent", "other", KZ, None, P1, "growth_yoy", 9.1, "percent", "economy"),
    ("13,214.6 billion tenge", "13,214.6 billion tenge", "other", KZ, None, P1, "level", 13214.6 * B, "KZT", "economy"),
    ("5.2 percent more", "5.2 percent", "other", KZ, None, P1, "growth_yoy", 5.2, "percent", "economy"),
    ("increased by 2.7 percent", "2.7 percent", "other", KZ, None, P1, "growth_yoy", 2.7, "percent", "economy"),
    ("shrank by 1.8 percent", "1.8 percent", "other", KZ, None, P1, "growth_yoy", -1.8, "percent", "economy"),
    ("rose 5.9 percent", "5.9 percent", "industrial_output", KZ, None, "2025-08", "growth_yoy", 5.9, "percent"),
    ("1.2 percent compared with July", "1.2 percent", "industrial_output", KZ, None, "2025-08", "growth_other", 1.2, "percent"),
    ("66.2 million tonnes", "66.2 million tonnes", "other", KZ, None, P1, "level", 66.2e6, "t", "economy"),
    ("up 12.8 percent", "12.8 percent", "other", KZ, None, P1, "growth_yoy", 12.8, "percent", "economy"),
    ("slipped 2.3 percent", "2.3 percent", "other", KZ, None, P1, "growth_yoy", -2.3, "percent", "economy"),
    ("71.4 million tonnes", "71.4 million tonnes", "other", KZ, None, P1, "level", 71.4e6, "t", "economy"),
    ("318.4 thousand tonnes", "318.4 thousand tonnes", "other", KZ, None, P1, "level", 318400, "t", "economy"),
    ("increase of 4.6 percent", "4.6 percent", "other", KZ, None, P1, "growth_yoy", 4.6, "percent", "economy"),
    ("2.16 million tonnes", "2.16 million tonnes", "other", KZ, None, P1, "level", 2.16e6, "t", "economy"),
    ("7.4 percent less", "7.4 percent", "other", KZ, None, P1, "growth_yoy", -7.4, "percent", "economy"),
] + rows1 + [
    ("26.4 percent", "26.4 percent", "industrial_output", "Atyrau", None, P1, "share", 26.4, "percent"),
    ("Almaty region (11.7 percent)", "11.7 percent", "industrial_output", "Almaty region", None, P1, "growth_yoy", 11.7, "percent"),
    ("grew 13.4 percent", "13.4 percent", "industrial_output", "Turkistan", None, P1, "growth_yoy", 13.4, "percent"),
    ("fell 6.1 percent", "6.1 percent", "industrial_output", "Kyzylorda", None, P1, "growth_yoy", -6.1, "percent"),
    ("19,386 industrial enterprises", "19,386", "enterprises", KZ, None, "2025-08", "level", 19386, "count"),
    ("4.2 percent more", "4.2 percent", "enterprises", KZ, None, "2025-08", "growth_yoy", 4.2, "percent"),
    ("142.6 thousand tonnes", "142.6 thousand tonnes", "other", KZ, CN, "2025-01/2025-07", "level", 142600, "t", "trade"),
    ("about 53 percent", "53 percent", "other", KZ, CN, "2025-01/2025-07", "share", 53, "percent", "trade"),
]

# ac02: dated 27 October 2025 (its first lines); the title states one period, the 2025 campaign (`2025`, z04's "2025 cotton
# season") -> rule 3 for every undated figure and Table 1 (whose title also says 2025). "last year" / "in 2024" / "early 2024" are
# 2024; "this year" 2025; "in late July" 2025-07; "in September" and "at the end of September" 2025-09; "in January-September 2025"
# 2025-01/2025-09 (rule 2 carries it through the export paragraph); "For 2026" and "the start of the next campaign" 2026; "by 2028"
# a target year. Region Xinjiang unless noted. Tomatoes, paste, areas, prices and stocks have no code: `other` (economy); paste
# sold abroad is a product part of exports: `other` (trade).
Y2 = "2025"
P2X = "2025-01/2025-09"
TABLE2 = [  # (row anchor, deliveries in thousand t, change %, region)
    ("| Changji                                      | 1,884                  | 9.2 ", "1,884", "9.2", "Changji"),
    ("| Bayingolin                                   | 1,571                  | 12.4 ", "1,571", "12.4", "Bayingolin"),
    ("| Tacheng                                      | 862                    | 3.5 ", "862", "3.5", "Tacheng"),
    ("| Bortala                                      | 418                    | -6.0 ", "418", "-6.0", "Bortala"),
    ("| Hami                                         | 310                    | 4.0 ", "310", "4.0", "Hami"),
    ("| Xinjiang Production and Construction Corps   | 1,075                  | 11.8 ", "1,075", "11.8",
     "Xinjiang Production and Construction Corps"),
    ("| Xinjiang, total                              | 6,120                  | 8.7 ", "6,120", "8.7", X),
]
rows2 = []
for anchor, d, ch, region in TABLE2:
    rows2 += level_and_growth(anchor, d, ch, "other", region, Y2, "t", 1e3, "economy")
DOCS["ac02_xinjiang_processing_tomato_season_2025"] = [
    ("6.12 million tonnes", "6.12 million tonnes", "other", X, None, Y2, "level", 6.12e6, "t", "economy"),
    ("8.7 percent more", "8.7 percent", "other", X, None, Y2, "growth_yoy", 8.7, "percent", "economy"),
    ("58,400 hectares", "58,400 hectares", "other", X, None, Y2, "level", 58400, "ha", "economy"),
    ("Sixty-one factories", "Sixty-one", "enterprises", X, None, Y2, "level", 61, "count"),
    ("1.03 million tonnes", "1.03 million tonnes", "other", X, None, Y2, "level", 1.03e6, "t", "economy"),
    ("up 6.2 percent", "6.2 percent", "other", X, None, Y2, "growth_yoy", 6.2, "percent", "economy"),
    ("about 71 percent", "71 percent", "other", X, None, Y2, "share", 71, "percent", "economy"),
    ("93 percent of the area", "93 percent", "other", X, None, Y2, "share", 93, "percent", "economy"),
] + rows2 + [
    ("ran 30 of the factories", "30", "enterprises", X, None, Y2, "level", 30, "count"),
    ("about 600 hectares", "600 hectares", "other", "Bortala", None, "2025-07", "level", 600, "ha", "economy"),
    ("420 yuan", "420 yuan", "other", X, None, Y2, "level", 420, "CNY", "economy"),
    ("580 yuan", "580 yuan", "other", X, None, "2024", "level", 580, "CNY", "economy"),
    ("760-800 US dollars", "760-800 US dollars", "other", X, None, "2025-09", "level", 760, "USD", "economy"),
    ("760-800 US dollars", "760-800 US dollars", "other", X, None, "2025-09", "level", 800, "USD", "economy"),
    ("1,150 dollars", "1,150 dollars", "other", X, None, "2024", "level", 1150, "USD", "economy"),
    ("486,300 tonnes", "486,300 tonnes", "other", X, None, P2X, "level", 486300, "t", "trade"),
    ("2.79 billion yuan", "2.79 billion yuan", "other", X, None, P2X, "level", 2.79 * B, "CNY", "trade"),
    ("3.1 percent higher", "3.1 percent", "other", X, None, P2X, "growth_yoy", 3.1, "percent", "trade"),
    ("fell 11.4 percent", "11.4 percent", "other", X, None, P2X, "growth_yoy", -11.4, "percent", "trade"),
    ("132,800 tonnes", "132,800 tonnes", "other", X, CA, P2X, "level", 132800, "t", "trade"),
    ("27.3 percent", "27.3 percent", "other", X, CA, P2X, "share", 27.3, "percent", "trade"),
    ("64,900 tonnes", "64,900 tonnes", "other", X, KZ, P2X, "level", 64900, "t", "trade"),
    ("41,200 tonnes", "41,200 tonnes", "other", X, UZ, P2X, "level", 41200, "t", "trade"),
    ("52,000 seasonal workers", "52,000", "population", X, None, Y2, "level", 52000, "count"),
    ("50,000 hectares", "50,000 hectares", "other", X, None, "2026", "target", 50000, "ha", "economy"),
    ("410,000 tonnes", "410,000 tonnes", "other", X, None, "2025-09", "level", 410000, "t", "economy"),
    ("below 300,000 tonnes", "below 300,000 tonnes", "other", X, None, "2026", "target", 300000, "t", "economy"),
    ("200,000 tonnes a year", "200,000 tonnes", "other", X, CA, "2028", "target", 200000, "t", "trade"),
]

# ac03: dated 6 November 2025 (dateline); no stated period (the title and the lead give none). "now" and "So far" / "To date"
# are 2025-11 (rule 1); "As of 1 November" 2025-11, carried by rule 2 through its paragraph; "in October" 2025-10; "In
# January-September 2025" and "in the same period" 2025-01/2025-09. The Kyrgyz section is a line still being built: its length,
# cost, tunnels, bridges, stations and capacity are `target` with its opening year 2030 (same sentence; "Once it opens in 2030");
# the Chinese line takes "the same year" (2030), the Uzbek section "in 2029". Region Kyrgyzstan unless noted. Works done and
# structures counted have no code: `other` (logistics); money paid for land and to local suppliers `other` (economy).
P3 = "2025-11"
DOCS["ac03_kyrgyz_transport_ministry_cku_railway_progress"] = [
    ("at 34 sites", "34", "other", KG, None, P3, "level", 34, "count", "logistics"),
    ("2.35 billion US dollars", "2.35 billion US dollars", "infrastructure_investment", KG, None, "2030", "target", 2.35 * B, "USD"),
    ("run 305 km", "305 km", "railway_length", KG, None, "2030", "target", 305, "km"),
    ("with 27 tunnels", "27", "other", KG, None, "2030", "target", 27, "count", "logistics"),
    ("50.4 km", "50.4 km", "other", KG, None, "2030", "target", 50.4, "km", "logistics"),
    ("96 bridges", "96", "other", KG, None, "2030", "target", 96, "count", "logistics"),
    ("11 stations", "11", "other", KG, None, "2030", "target", 11, "count", "logistics"),
    ("the 213-km line", "213-km", "railway_length", X, None, "2030", "target", 213, "km"),
    ("Uzbekistan's 50-km section", "50-km", "railway_length", UZ, None, "2029", "target", 50, "km"),
    ("15 million tonnes", "15 million tonnes", "freight_capacity", KG, None, "2030", "target", 15e6, "t"),
    ("on 62 km", "62 km", "other", KG, None, P3, "level", 62, "km", "logistics"),
    ("118 km", "118 km", "other", KG, None, P3, "level", 118, "km", "logistics"),
    ("at nine portals", "nine", "other", KG, None, P3, "level", 9, "count", "logistics"),
    ("the 2.8-km Kara-Suu", "2.8-km", "other", KG, None, "2025-10", "level", 2.8, "km", "logistics"),
    ("for 23 bridges", "23", "other", KG, None, P3, "level", 23, "count", "logistics"),
    ("21.4 billion soms", "21.4 billion soms", "infrastructure_investment", KG, None, P3, "level", 21.4 * B, "KGS"),
    ("245 million dollars", "245 million dollars", "infrastructure_investment", KG, None, P3, "level", 245e6, "USD"),
    ("Some 7,300 people", "7,300", "population", KG, None, P3, "level", 7300, "count"),
    ("4,600 of them", "4,600", "population", KG, None, P3, "level", 4600, "count"),
    ("reach 12,000", "12,000", "population", KG, None, "2027", "target", 12000, "count"),
    ("3.6 billion soms", "3.6 billion soms", "other", KG, None, P3, "level", 3.6 * B, "KGS", "economy"),
    ("1,860 hectares", "1,860 hectares", "other", KG, None, P3, "level", 1860, "ha", "economy"),
    ("1.18 billion soms", "1.18 billion soms", "other", KG, None, P3, "level", 1.18 * B, "KGS", "economy"),
    ("2,240 landowners", "2,240", "population", KG, None, P3, "level", 2240, "count"),
    ("1.42 million tonnes", "1.42 million tonnes", "cargo_throughput", "Torugart", None, "2025-01/2025-09", "level", 1.42e6, "t"),
    ("16.8 percent more", "16.8 percent", "cargo_throughput", "Torugart", None, "2025-01/2025-09", "growth_yoy", 16.8, "percent"),
    ("1.96 million tonnes", "1.96 million tonnes", "cargo_throughput", "Irkeshtam", None, "2025-01/2025-09", "level", 1.96e6, "t"),
    ("17.3 billion dollars", "17.3 billion dollars", "trade_total", KG, CN, "2025-01/2025-09", "level", 17.3 * B, "USD"),
    ("200-250 million dollars", "200-250 million dollars", "other", KG, None, "2030", "target", 200e6, "USD", "economy"),
    ("200-250 million dollars", "200-250 million dollars", "other", KG, None, "2030", "target", 250e6, "USD", "economy"),
]

# ac04: the first lines print "October 2025" (the document's date, 2025-10). The title states no period and the summary gives
# several (first half of 2025, 2024, 2026), so there is no rule 3: each figure takes its own time words or its paragraph's.
# "in the first half of 2025" is 2025-H1 and "the same period of 2024" 2024-H1; "in January-June" is 2025-01/2025-06 as written
# (rule 2 carries it through its paragraph); "now" 2025-10; "two decades ago" 2005 (rule 1); "in September"
# 2025-09; "since March" is open-ended, so the policy rate is null; "for the full year", "end 2025" and "for the year" 2025.
# Region Uzbekistan unless noted. Forecasts (the summary, Table 1's "f" columns, the outlook) are `target` (u06); inflation and the
# policy rate are `other` (economy) `level`, the poverty rate `other` (social) `level`, remittances and public debt `other` (economy).
P4 = "2025-01/2025-06"
TABLE4 = [  # (row anchor, cells 2023..2026f, code, unit, scale, domain)
    ("Real GDP growth (%)                      6.3      6.5      6.9      6.2", ["6.3", "6.5", "6.9", "6.2"], "gdp",
     "percent", 1, "economy"),
    ("  end of period (%)                      8.8      9.8      8.0      6.5", ["8.8", "9.8", "8.0", "6.5"], "other",
     "percent", 1, "economy"),
    ("Poverty rate (%)                        11.0      8.9      7.6      6.6", ["11.0", "8.9", "7.6", "6.6"], "other",
     "percent", 1, "social"),
    ("Remittance inflows (US$ bn)             11.5     14.8     17.9     18.6", ["11.5", "14.8", "17.9", "18.6"], "other",
     "USD", B, "economy"),
]
rows4 = []
for anchor, cells, code, unit, scale, dom in TABLE4:
    for (period, actual), cell in zip([("2023", True), ("2024", True), ("2025", False), ("2026", False)], cells):
        if actual:
            measure = "growth_yoy" if code == "gdp" else "level"
        else:
            measure = "target"
        rows4.append((anchor, cell, code, UZ, None, period, measure, float(cell) * scale, unit, dom))
DOCS["ac04_thinktank_uzbekistan_economic_update_autumn_2025"] = [
    ("expanded 7.2 percent", "7.2 percent", "gdp", UZ, None, "2025-H1", "growth_yoy", 7.2, "percent"),
    ("against 6.6 percent", "6.6 percent", "gdp", UZ, None, "2024-H1", "growth_yoy", 6.6, "percent"),
    ("to 6.9 percent", "6.9 percent", "gdp", UZ, None, "2025", "target", 6.9, "percent"),
    ("to 6.2 percent in 2026", "6.2 percent", "gdp", UZ, None, "2026", "target", 6.2, "percent"),
    ("717.5 trillion sum", "717.5 trillion sum", "gdp", UZ, None, P4, "level", 717.5e12, "UZS"),
    ("56.4 billion US dollars", "56.4 billion US dollars", "gdp", UZ, None, P4, "level", 56.4 * B, "USD"),
    ("grew by 6.8, 14.2", "6.8", "industrial_output", UZ, None, P4, "growth_yoy", 6.8, "percent"),
    ("6.8, 14.2 and", "14.2", "other", UZ, None, P4, "growth_yoy", 14.2, "percent", "economy"),
    ("and 13.9 percent respectively", "13.9 percent", "value_added_tertiary", UZ, None, P4, "growth_yoy", 13.9, "percent"),
    ("agriculture grew 3.1 percent", "3.1 percent", "value_added_primary", UZ, None, P4, "growth_yoy", 3.1, "percent"),
    ("47.1 percent of GDP", "47.1 percent", "value_added_tertiary", UZ, None, "2025-10", "share", 47.1, "percent"),
    ("about a third two decades", "about a third", "value_added_tertiary", UZ, None, "2005", "share", 100 / 3, "percent"),
    ("at 8.6 percent in September", "8.6 percent", "other", UZ, None, "2025-09", "level", 8.6, "percent", "economy"),
    ("from 9.8 percent at the end of 2024", "9.8 percent", "other", UZ, None, "2024", "level", 9.8, "percent", "economy"),
    ("at 14 percent since March", "14 percent", "other", UZ, None, None, "level", 14, "percent", "economy"),
    ("8.9 billion US dollars", "8.9 billion US dollars", "other", UZ, None, P4, "level", 8.9 * B, "USD", "economy"),
    ("31 percent more", "31 percent", "other", UZ, None, P4, "growth_yoy", 31, "percent", "economy"),
    ("about three quarters", "about three quarters", "other", UZ, "Russia", P4, "share", 75, "percent", "economy"),
    ("96 million dollars", "96 million dollars", "other", UZ, CN, P4, "level", 96e6, "USD", "economy"),
    ("rose 18.5 percent", "18.5 percent", "trade_total", UZ, CN, "2025-H1", "growth_yoy", 18.5, "percent"),
    ("7.4 billion dollars", "7.4 billion dollars", "trade_total", UZ, CN, "2025-H1", "level", 7.4 * B, "USD"),
    ("21.7 percent", "21.7 percent", "trade_total", UZ, CN, "2025-H1", "share", 21.7, "percent"),
    ("to 8.9 percent in 2024", "8.9 percent", "other", UZ, None, "2024", "level", 8.9, "percent", "social"),
    ("11.0 percent a year earlier", "11.0 percent", "other", UZ, None, "2023", "level", 11.0, "percent", "social"),
    ("3.3 million people", "3.3 million", "population", UZ, None, "2024", "level", 3.3e6, "count"),
] + rows4 + [
    ("7.5-8.5 percent", "7.5-8.5 percent", "other", UZ, None, "2025", "target", 7.5, "percent", "economy"),
    ("7.5-8.5 percent", "7.5-8.5 percent", "other", UZ, None, "2025", "target", 8.5, "percent", "economy"),
    ("exceed 17 billion dollars", "17 billion dollars", "other", UZ, None, "2025", "target", 17 * B, "USD", "economy"),
    ("32.6 percent of GDP", "32.6 percent", "other", UZ, None, "2025-06", "share", 32.6, "percent", "economy"),
    ("3.4 billion dollars", "3.4 billion dollars", "other", UZ, CN, "2025-06", "level", 3.4 * B, "USD", "economy"),
    ("200 billion dollars", "200 billion dollars", "gdp", UZ, None, "2030", "target", 200 * B, "USD"),
]

# ac05: released 2025-07-30 (its first lines); the title states one period, the first half of 2025 (`2025-H1`) -> rule 3 for the
# undated figures and Table 1 (whose title says the same). "By the end of June" is 2025-06 (rule 2 carries it through its
# paragraph); "a year earlier" against the first half is 2024-H1; "by the end of 2025" dates the target. Region Xinjiang unless
# noted. Cross-border RMB receipts and payments, settlement, loans, accounts and currency trading are money flows and stocks with
# no code: `other` (economy); Table 1's rows take the row's country as partner (Total: Central Asia), cells x 1e8 CNY.
P5 = "2025-H1"
TABLE5 = [  # (row anchor, amount, change, share, partner)
    ("| Kazakhstan     | 218.4                     | 31.4                    | 31.9 ", "218.4", "31.4", "31.9", KZ),
    ("| Kyrgyzstan     | 74.3                      | 18.7                    | 10.9 ", "74.3", "18.7", "10.9", KG),
    ("| Uzbekistan     | 41.9                      | 45.2                    | 6.1 ", "41.9", "45.2", "6.1", UZ),
    ("| Tajikistan     | 12.7                      | 9.8                     | 1.9 ", "12.7", "9.8", "1.9", TJ),
    ("| Turkmenistan   | 3.2                       | -12.5                   | 0.5 ", "3.2", "-12.5", "0.5", TM),
    ("| Total          | 350.5                     | 28.4                    | 51.2 ", "350.5", "28.4", "51.2", CA),
]
rows5 = []
for anchor, amt, ch, sh, partner in TABLE5:
    rows5 += [
        (anchor, amt, "other", X, partner, P5, "level", float(amt) * 1e8, "CNY", "economy"),
        (anchor, ch, "other", X, partner, P5, "growth_yoy", float(ch), "percent", "economy"),
        (anchor, sh, "other", X, partner, P5, "share", float(sh), "percent", "economy"),
    ]
DOCS["ac05_pboc_xinjiang_cross_border_rmb_h1_2025"] = [
    ("68.42 billion yuan", "68.42 billion yuan", "other", X, None, P5, "level", 68.42 * B, "CNY", "economy"),
    ("up 23.6 percent", "23.6 percent", "other", X, None, P5, "growth_yoy", 23.6, "percent", "economy"),
    ("42.7 percent", "42.7 percent", "other", X, None, P5, "share", 42.7, "percent", "economy"),
    ("30.15 billion yuan", "30.15 billion yuan", "other", X, None, P5, "level", 30.15 * B, "CNY", "economy"),
    ("38.27 billion yuan", "38.27 billion yuan", "other", X, None, P5, "level", 38.27 * B, "CNY", "economy"),
    ("51.90 billion yuan", "51.90 billion yuan", "other", X, None, P5, "level", 51.90 * B, "CNY", "economy"),
    ("47.36 billion yuan", "47.36 billion yuan", "other", X, None, P5, "level", 47.36 * B, "CNY", "economy"),
    ("16.52 billion yuan", "16.52 billion yuan", "other", X, None, P5, "level", 16.52 * B, "CNY", "economy"),
] + rows5 + [
    ("2,163 enterprises", "2,163", "enterprises", X, CA, "2025-06", "level", 2163, "count"),
    ("318 of them", "318", "enterprises", X, CA, "2025-06", "level", 318, "count"),
    ("maintained 76 RMB", "76", "other", X, CA, "2025-06", "level", 76, "count", "economy"),
    ("5.63 billion yuan", "5.63 billion yuan", "other", X, CA, "2025-06", "level", 5.63 * B, "CNY", "economy"),
    ("6.14 billion yuan", "6.14 billion yuan", "other", "Horgos", None, P5, "level", 6.14 * B, "CNY", "economy"),
    ("37.8 percent more", "37.8 percent", "other", "Horgos", None, P5, "growth_yoy", 37.8, "percent", "economy"),
    ("9.86 billion yuan", "9.86 billion yuan", "other", "Xinjiang Pilot FTZ", None, P5, "level", 9.86 * B, "CNY", "economy"),
    ("14.4 percent", "14.4 percent", "other", "Xinjiang Pilot FTZ", None, P5, "share", 14.4, "percent", "economy"),
    ("4.37 billion yuan", "4.37 billion yuan", "other", X, CA, P5, "level", 4.37 * B, "CNY", "economy"),
    ("218.5 billion yuan", "218.5 billion yuan", "trade_total", X, None, P5, "level", 218.5 * B, "CNY"),
    ("up 2.1 percent", "2.1 percent", "trade_total", X, None, P5, "growth_yoy", 2.1, "percent"),
    ("73.6 percent", "73.6 percent", "trade_total", X, CA, P5, "share", 73.6, "percent"),
    ("2.06 billion yuan", "2.06 billion yuan", "other", X, None, P5, "level", 2.06 * B, "CNY", "economy"),
    ("1.38 billion yuan", "1.38 billion yuan", "other", X, None, "2024-H1", "level", 1.38 * B, "CNY", "economy"),
    ("more than 2,500", "more than 2,500", "enterprises", X, CA, "2025", "target", 2500, "count"),
]

# ac06: time stamp 2025-08-21 in the first lines. The lead's only time words, "closed on Thursday", resolve to 2025-08 (rule 1),
# the one period of the story, which rule 3 gives to the headline and the undated sentences. "in June" 2025-06 (rule 2 carries
# it to the logistics park's area and capacity); "in the first seven months of 2025" and "over the same period"
# 2025-01/2025-07; "in August 2024" 2024-08; "next year" 2026. The fair is Xinjiang's ("China (Xinjiang)-Central Asia"): its
# contracts, projects, exhibitors, visits, area, booths and sales are region Xinjiang (seed 000 and aa05's Expo contracts; Yining
# is the venue); deals "with Kazakh partners" etc. take the country as partner. The logistics park is region Yining (its place).
P6 = "2025-08"
DOCS["ac06_xinhua_yining_central_asia_trade_fair_2025"] = [
    ("worth 41.6 bln yuan", "41.6 bln yuan", "contracts_signed", X, None, P6, "level", 41.6 * B, "CNY"),
    ("with 286 cooperation", "286", "enterprises", X, None, P6, "level", 286, "count"),
    ("worth 41.6 billion yuan", "41.6 billion yuan", "contracts_signed", X, None, P6, "level", 41.6 * B, "CNY"),
    ("5.8 billion U.S. dollars", "5.8 billion U.S. dollars", "contracts_signed", X, None, P6, "level", 5.8 * B, "USD"),
    ("1,346 exhibitors", "1,346", "enterprises", X, None, P6, "level", 1346, "count"),
    ("32 countries and regions", "32", "other", X, None, P6, "level", 32, "count", "economy"),
    ("52,000-square-meter", "52,000-square-meter", "other", X, None, P6, "level", 5.2, "ha", "economy"),
    ("186,000 visits", "186,000", "tourists", X, None, P6, "level", 186000, "count"),
    ("418 of the exhibitors", "418", "enterprises", X, CA, P6, "level", 418, "count"),
    ("38 percent of the booths", "38 percent", "other", X, CA, P6, "share", 38, "percent", "economy"),
    ("roughly one in five", "roughly one in five", "tourists", X, None, P6, "share", 20, "percent"),
    ("15.3 billion yuan", "15.3 billion yuan", "contracts_signed", X, KZ, P6, "level", 15.3 * B, "CNY"),
    ("9.8 billion yuan", "9.8 billion yuan", "contracts_signed", X, UZ, P6, "level", 9.8 * B, "CNY"),
    ("6.2 billion yuan", "6.2 billion yuan", "contracts_signed", X, KG, P6, "level", 6.2 * B, "CNY"),
    ("2.1 billion yuan", "2.1 billion yuan", "contracts_signed", X, TJ, P6, "level", 2.1 * B, "CNY"),
    ("0.9 billion yuan", "0.9 billion yuan", "contracts_signed", X, TM, P6, "level", 0.9 * B, "CNY"),
    ("47 percent", "47 percent", "contracts_signed", X, None, P6, "share", 47, "percent"),
    ("132 million yuan", "132 million yuan", "other", X, None, P6, "level", 132e6, "CNY", "economy"),
    ("48.6 million yuan", "48.6 million yuan", "other", X, None, P6, "level", 48.6e6, "CNY", "economy"),
    ("1.8 billion yuan", "1.8 billion yuan", "infrastructure_investment", "Yining", None, "2025-06", "level", 1.8 * B, "CNY"),
    ("120,000 square meters", "120,000 square meters", "other", "Yining", None, "2025-06", "level", 12, "ha", "economy"),
    ("3 million tonnes", "3 million tonnes", "freight_capacity", "Yining", None, "2025-06", "level", 3e6, "t"),
    ("19.73 billion yuan", "19.73 billion yuan", "trade_total", "Ili", None, "2025-01/2025-07", "level", 19.73 * B, "CNY"),
    ("up 14.2 percent", "14.2 percent", "trade_total", "Ili", None, "2025-01/2025-07", "growth_yoy", 14.2, "percent"),
    ("4,216 China-Europe", "4,216", "freight_trains", "Horgos", None, "2025-01/2025-07", "level", 4216, "count"),
    ("972 exhibitors", "972", "enterprises", X, None, "2024-08", "level", 972, "count"),
    ("27.4 billion yuan", "27.4 billion yuan", "contracts_signed", X, None, "2024-08", "level", 27.4 * B, "CNY"),
    ("2,000 exhibitors", "2,000", "enterprises", X, None, "2026", "target", 2000, "count"),
    ("more than 50 billion yuan", "more than 50 billion yuan", "contracts_signed", X, None, "2026", "target", 50 * B, "CNY"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
