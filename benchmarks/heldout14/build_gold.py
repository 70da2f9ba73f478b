"""The annotations of the fourteenth held-out gold (heldout14): `uv run python -m benchmarks.heldout14.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# ab01: released 2 April 2025; the title states one period, 2024 -> rule 3 for every undated figure, Table 1 included (its
# title also says 2024). "By the end of the year" and "At year-end" are 2024; "now covers" is 2025-04 (rule 1). The Eighth
# Division and Shihezi City are one administration ("the division-city"): region `Shihezi` throughout. Crop areas, rates, farm and
# industrial output and tourism revenue have no code: `other` (economy). Electricity in kWh has no unit: only its growth.
SH, Y1 = "Shihezi", "2024"
TABLE1 = [  # (row anchor, output, growth %, scale)
    ("Lint cotton                  tonnes               412,600            3.8", "412,600", "3.8", 1),
    ("Processing tomatoes          tonnes             1,184,000            9.7", "1,184,000", "9.7", 1),
    ("Polyvinyl chloride           10,000 tonnes          146.3            2.9", "146.3", "2.9", 1e4),
    ("Cotton yarn                  10,000 tonnes           58.7           12.5", "58.7", "12.5", 1e4),
]
rows1 = []
for anchor, out, gr, scale in TABLE1:
    rows1 += level_and_growth(anchor, out, gr, "other", SH, Y1, "t", scale, "economy")
rows1.append(("Electricity generated        100 million kWh        428.6            6.8", "6.8", "other", SH, None, Y1,
              "growth_yoy", 6.8, "percent", "economy"))
DOCS["ab01_shihezi_eighth_division_statistical_bulletin_2024"] = [
    ("reached 121.63 billion yuan", "121.63 billion yuan", "gdp", SH, None, Y1, "level", 121.63 * B, "CNY"),
    ("up 7.1 percent", "7.1 percent", "gdp", SH, None, Y1, "growth_yoy", 7.1, "percent"),
    ("14.02 billion yuan", "14.02 billion yuan", "value_added_primary", SH, None, Y1, "level", 14.02 * B, "CNY"),
    ("61.85 billion yuan", "61.85 billion yuan", "value_added_secondary", SH, None, Y1, "level", 61.85 * B, "CNY"),
    ("45.76 billion yuan", "45.76 billion yuan", "value_added_tertiary", SH, None, Y1, "level", 45.76 * B, "CNY"),
    ("increases of 5.2 percent", "5.2 percent", "value_added_primary", SH, None, Y1, "growth_yoy", 5.2, "percent"),
    ("8.4 percent and", "8.4 percent", "value_added_secondary", SH, None, Y1, "growth_yoy", 8.4, "percent"),
    ("6.3 percent respectively", "6.3 percent", "value_added_tertiary", SH, None, Y1, "growth_yoy", 6.3, "percent"),
    ("11.5 : 50.9 : 37.6", "11.5", "value_added_primary", SH, None, Y1, "share", 11.5, "percent"),
    ("11.5 : 50.9 : 37.6", "50.9", "value_added_secondary", SH, None, Y1, "share", 50.9, "percent"),
    ("11.5 : 50.9 : 37.6", "37.6", "value_added_tertiary", SH, None, Y1, "share", 37.6, "percent"),
    ("161,400 yuan", "161,400 yuan", "gdp_per_capita", SH, None, Y1, "level", 161400, "CNY"),
    ("stood at 754,300", "754,300", "population", SH, None, Y1, "level", 754300, "count"),
    ("82.4 percent", "82.4 percent", "population", SH, None, Y1, "share", 82.4, "percent"),
    ("241,300 hectares", "241,300 hectares", "other", SH, None, Y1, "level", 241300, "ha", "economy"),
    ("136,700 hectares", "136,700 hectares", "other", SH, None, Y1, "level", 136700, "ha", "economy"),
    ("99.2 percent", "99.2 percent", "other", SH, None, Y1, "level", 99.2, "percent", "economy"),
    ("265,000 hectares", "265,000 hectares", "other", SH, None, "2025-04", "level", 265000, "ha", "economy"),
    ("grew 9.6 percent", "9.6 percent", "industrial_output", SH, None, Y1, "growth_yoy", 9.6, "percent"),
    ("78.4 percent", "78.4 percent", "other", SH, None, Y1, "share", 78.4, "percent", "economy"),
] + rows1 + [
    ("rose 12.8 percent", "12.8 percent", "investment", SH, None, Y1, "growth_yoy", 12.8, "percent"),
    ("3.5 percent lower", "3.5 percent", "infrastructure_investment", SH, None, Y1, "growth_yoy", -3.5, "percent"),
    ("During the year 186 projects", "186", "enterprises", SH, None, Y1, "level", 186, "count"),
    ("64 of them", "64", "enterprises", SH, None, Y1, "level", 64, "count"),
    ("18.94 billion yuan", "18.94 billion yuan", "trade_total", SH, None, Y1, "level", 18.94 * B, "CNY"),
    ("31.2 percent", "31.2 percent", "trade_total", SH, None, Y1, "growth_yoy", 31.2, "percent"),
    ("16.37 billion yuan", "16.37 billion yuan", "exports", SH, None, Y1, "level", 16.37 * B, "CNY"),
    ("up 35.6 percent", "35.6 percent", "exports", SH, None, Y1, "growth_yoy", 35.6, "percent"),
    ("2.57 billion yuan", "2.57 billion yuan", "imports", SH, None, Y1, "level", 2.57 * B, "CNY"),
    ("up 8.9 percent", "8.9 percent", "imports", SH, None, Y1, "growth_yoy", 8.9, "percent"),
    ("7.82 billion yuan", "7.82 billion yuan", "trade_total", SH, KZ, Y1, "level", 7.82 * B, "CNY"),
    ("62.3 percent", "62.3 percent", "trade_total", SH, CA, Y1, "share", 62.3, "percent"),
    ("5.46 billion yuan", "5.46 billion yuan", "other", SH, None, Y1, "level", 5.46 * B, "CNY", "trade"),
    ("412,000 passenger trips", "412,000", "passengers", SH, None, Y1, "level", 412000, "count"),
    ("27.5 percent more", "27.5 percent", "passengers", SH, None, Y1, "growth_yoy", 27.5, "percent"),
    ("14.36 million tourist visits", "14.36 million", "tourists", SH, None, Y1, "level", 14.36e6, "count"),
    ("11.2 billion yuan", "11.2 billion yuan", "other", SH, None, Y1, "level", 11.2 * B, "CNY", "economy"),
    ("44,920 yuan", "44,920 yuan", "disposable_income_per_capita", SH, None, Y1, "level", 44920, "CNY"),
    ("up 5.8 percent", "5.8 percent", "disposable_income_per_capita", SH, None, Y1, "growth_yoy", 5.8, "percent"),
    ("52,380 yuan", "52,380 yuan", "income_per_capita_urban", SH, None, Y1, "level", 52380, "CNY"),
    ("29,140 yuan", "29,140 yuan", "income_per_capita_rural", SH, None, Y1, "level", 29140, "CNY"),
    ("up 5.1 percent", "5.1 percent", "income_per_capita_urban", SH, None, Y1, "growth_yoy", 5.1, "percent"),
    ("7.4 percent respectively", "7.4 percent", "income_per_capita_rural", SH, None, Y1, "growth_yoy", 7.4, "percent"),
    ("13,870 new urban jobs", "13,870", "jobs_created", SH, None, Y1, "level", 13870, "count"),
    ("was 2.9 percent", "2.9 percent", "unemployment_rate", SH, None, Y1, "level", 2.9, "percent"),
    ("718,600 people", "718,600", "insurance_coverage", SH, None, Y1, "level", 718600, "count"),
    ("95.3 percent", "95.3 percent", "insurance_coverage", SH, None, Y1, "level", 95.3, "percent"),
]

# ab02: dated 14 May 2025 (dateline); no period in the title; the lead's only period is "last year" (2024), which rule 3 carries
# to undated sentences (the table's title also says 2024). "In January-March" is 2025-01/2025-03; "By early May" 2025-05 and
# "twelve months before" 2024-05; "on 1 April" 2025-04; "now" 2025-05; "in March" 2025-03; "in the first four months of the
# year" 2025-01/2025-04; "in April" 2025-04; "this year" / "in 2025" 2025; "by 2027" a target year. Meat exported (tonnes and
# dollars) is a product part of exports: `other` (trade), region Kazakhstan, partner China where the flow goes to China.
P2Q = "2025-01/2025-03"
TABLE2 = [  # (row anchor, tonnes, change %, $ thousand)
    ("| Beef, frozen and chilled  |  9,460 |              38.2 |            41,280 |", "9,460", "38.2", "41,280"),
    ("| Mutton and lamb           |  6,120 |              17.5 |            28,730 |", "6,120", "17.5", "28,730"),
    ("| Horse meat                |  1,890 |              -4.3 |             9,650 |", "1,890", "-4.3", "9,650"),
    ("| Total                     | 18,300 |              25.8 |            81,080 |", "18,300", "25.8", "81,080"),
]
rows2 = []
for anchor, t, ch, usd in TABLE2:
    rows2 += [
        (anchor, t, "other", KZ, CN, "2024", "level", float(t.replace(",", "")), "t", "trade"),
        (anchor, ch, "other", KZ, CN, "2024", "growth_yoy", float(ch), "percent", "trade"),
        (anchor, usd, "other", KZ, CN, "2024", "level", float(usd.replace(",", "")) * 1e3, "USD", "trade"),
    ]
DOCS["ab02_kazakhstan_agriculture_ministry_meat_exports_china_2025"] = [
    ("41,800 tonnes", "41,800 tonnes", "other", KZ, None, "2024", "level", 41800, "t", "trade"),
    ("$158.6 million", "$158.6 million", "other", KZ, None, "2024", "level", 158.6e6, "USD", "trade"),
    ("23.4 percent higher", "23.4 percent", "other", KZ, None, "2024", "growth_yoy", 23.4, "percent", "trade"),
    ("taking 18,300 tonnes", "18,300 tonnes", "other", KZ, CN, "2024", "level", 18300, "t", "trade"),
    ("43.8 percent", "43.8 percent", "other", KZ, CN, "2024", "share", 43.8, "percent", "trade"),
    ("rose to 9,460 tonnes", "9,460 tonnes", "other", KZ, CN, "2024", "level", 9460, "t", "trade"),
] + rows2 + [
    ("about $4,360 per tonne", "$4,360", "other", KZ, CN, "2024", "level", 4360, "USD", "economy"),
    ("5,240 tonnes", "5,240 tonnes", "other", KZ, CN, P2Q, "level", 5240, "t", "trade"),
    ("14.6 percent more", "14.6 percent", "other", KZ, CN, P2Q, "growth_yoy", 14.6, "percent", "trade"),
    ("roughly a third", "roughly a third", "other", KZ, CN, P2Q, "share", 100 / 3, "percent", "trade"),
    ("27 Kazakh meat-processing plants", "27", "enterprises", KZ, CN, "2025-05", "level", 27, "count"),
    ("against 19 twelve", "19", "enterprises", KZ, CN, "2024-05", "level", 19, "count"),
    ("11 of them may ship", "11", "enterprises", KZ, CN, "2025-05", "level", 11, "count"),
    ("and nine mutton", "nine", "enterprises", KZ, CN, "2025-05", "level", 9, "count"),
    ("8.9 million head", "8.9 million", "other", KZ, None, "2025-04", "level", 8.9e6, "count", "economy"),
    ("22.6 million sheep", "22.6 million", "other", KZ, None, "2025-04", "level", 22.6e6, "count", "economy"),
    ("4.5 million horses", "4.5 million", "other", KZ, None, "2025-04", "level", 4.5e6, "count", "economy"),
    ("3.1 percent larger", "3.1 percent", "other", KZ, None, "2025-04", "growth_yoy", 3.1, "percent", "economy"),
    ("412 industrial feedlots", "412", "enterprises", KZ, None, "2025-05", "level", 412, "count"),
    ("610,000 animals", "610,000", "other", KZ, None, "2025-05", "level", 610000, "count", "economy"),
    ("194 billion tenge", "194 billion tenge", "fiscal_expenditure", KZ, None, "2024", "level", 194 * B, "KZT"),
    ("221 billion tenge", "221 billion tenge", "fiscal_expenditure", KZ, None, "2025", "target", 221 * B, "KZT"),
    ("1.2 billion tenge", "1.2 billion tenge", "infrastructure_investment", "Bakhty", None, "2025-03", "level", 1.2 * B, "KZT"),
    ("1,140 trucks", "1,140", "other", "Bakhty", None, "2025-01/2025-04", "level", 1140, "count", "logistics"),
    ("3,900-4,300 tenge", "3,900-4,300 tenge", "other", "Almaty", None, "2025-04", "level", 3900, "KZT", "economy"),
    ("3,900-4,300 tenge", "3,900-4,300 tenge", "other", "Almaty", None, "2025-04", "level", 4300, "KZT", "economy"),
    ("60,000 tonnes", "60,000 tonnes", "other", KZ, None, "2025", "target", 60000, "t", "trade"),
    ("100,000 tonnes", "100,000 tonnes", "other", KZ, None, "2027", "target", 100000, "t", "trade"),
]

# ab03: dated 11 November 2025 (dateline); the title states one period, January-September 2025 -> rule 3 for undated figures.
# "At the end of September" / "at the end of September" 2025-09 (rule 2 carries it to the yuan rate); "in September" 2025-09;
# "at its meeting on 27 October" 2025-10; "for 2025 as a whole" dates the forecast. Table 1 columns give their own periods.
# Transfers are `other` (economy), region Kyrgyzstan, partner the sending country (u01); exchange rates, interventions, reserves,
# inflation and the policy rate are `other` (economy).
P3 = "2025-01/2025-09"
COLS3 = [("2025-Q1", 0), ("2025-Q2", 1), ("2025-Q3", 2), (P3, 3)]
TABLE3 = [
    ("Inflows                     662.4        850.3        921.6      2,434.3", ["662.4", "850.3", "921.6", "2,434.3"]),
    ("Net inflow                  490.5        655.8        717.8      1,864.1", ["490.5", "655.8", "717.8", "1,864.1"]),
]
rows3 = []
for anchor, cells in TABLE3:
    for period, i in COLS3:
        rows3.append((anchor, cells[i], "other", KG, None, period, "level", float(cells[i].replace(",", "")) * 1e6, "USD",
                      "economy"))
DOCS["ab03_nbkr_remittances_som_exchange_rate_jan_sep_2025"] = [
    ("USD 2,434.3 million", "USD 2,434.3 million", "other", KG, None, P3, "level", 2434.3e6, "USD", "economy"),
    ("8.8 percent", "8.8 percent", "other", KG, None, P3, "growth_yoy", 8.8, "percent", "economy"),
    ("USD 570.2 million", "USD 570.2 million", "other", KG, None, P3, "level", 570.2e6, "USD", "economy"),
    ("USD 1,864.1 million", "USD 1,864.1 million", "other", KG, None, P3, "level", 1864.1e6, "USD", "economy"),
    ("up 9.8 percent", "9.8 percent", "other", KG, None, P3, "growth_yoy", 9.8, "percent", "economy"),
    ("14.6 percent of GDP", "14.6 percent", "other", KG, None, P3, "share", 14.6, "percent", "economy"),
    ("84.6 percent", "84.6 percent", "other", KG, "Russia", P3, "share", 84.6, "percent", "economy"),
    ("5.9 percent", "5.9 percent", "other", KG, KZ, P3, "share", 5.9, "percent", "economy"),
    ("2.4 percent", "2.4 percent", "other", KG, "Turkey", P3, "share", 2.4, "percent", "economy"),
    ("USD 14.8 million", "USD 14.8 million", "other", KG, CN, P3, "level", 14.8e6, "USD", "economy"),
] + rows3 + [
    ("61.3 percent", "61.3 percent", "other", KG, None, P3, "share", 61.3, "percent", "economy"),
    ("30.8 percent", "30.8 percent", "other", KG, None, P3, "share", 30.8, "percent", "economy"),
    ("About 70 percent", "70 percent", "other", KG, None, P3, "share", 70, "percent", "economy"),
    ("87.4582 som", "87.4582 som", "other", KG, None, "2025-09", "level", 87.4582, "KGS", "economy"),
    ("87.39 som", "87.39 som", "other", KG, None, P3, "level", 87.39, "KGS", "economy"),
    ("12.18 som", "12.18 som", "other", KG, None, "2025-09", "level", 12.18, "KGS", "economy"),
    ("USD 86.5 million", "USD 86.5 million", "other", KG, None, P3, "level", 86.5e6, "USD", "economy"),
    ("USD 41.0 million", "USD 41.0 million", "other", KG, None, P3, "level", 41e6, "USD", "economy"),
    ("USD 5,862.4 million", "USD 5,862.4 million", "other", KG, None, "2025-09", "level", 5862.4e6, "USD", "economy"),
    ("7.5 percent", "7.5 percent", "other", KG, None, "2025-09", "level", 7.5, "percent", "economy"),
    ("9.25 percent", "9.25 percent", "other", KG, None, "2025-10", "level", 9.25, "percent", "economy"),
    ("USD 2.4-2.6 billion", "USD 2.4-2.6 billion", "other", KG, None, "2025", "target", 2.4 * B, "USD", "economy"),
    ("USD 2.4-2.6 billion", "USD 2.4-2.6 billion", "other", KG, None, "2025", "target", 2.6 * B, "USD", "economy"),
]

# ab04: dated 3 March 2025 (dateline); the title states one period, 2024 -> rule 3 for undated figures, the intro's present-tense
# world share included. "In the fourth quarter alone" is 2024-Q4; "In December" 2024-12; "Outlook for 2025" dates the guidance;
# "in 2026" the acid plant. Kazatomprom is the national company: region Kazakhstan. Uranium (tU) is `t`; production, sales,
# prices, revenue, profit and taxes are `other` (economy); capital expenditure of a mining company is `investment` (v03, w04);
# uranium shipped to China is a product part of exports, `other` (trade), Kazakhstan / China.
TABLE4 = [  # (row anchor, 2024 cell, change anchor, change cell, code, unit, scale); "10" also sits in "100%"
    ("Production (100% basis), tU         23,270", "23,270", "23,270         10", "10", "other", "t", 1),
    ("Production (attributable), tU       12,286", "12,286", "12,286         10", "10", "other", "t", 1),
    ("Average realised price, USD/lb       59.56", "59.56", "59.56         24", "24", "other", "USD", 1),
    ("Revenue, KZT billion               1,431.6", "1,431.6", "1,431.6         16", "16", "other", "KZT", B),
    ("Capital expenditure, KZT billion     294.3", "294.3", "294.3         46", "46", "investment", "KZT", B),
]
rows4 = []
for anchor, c24, ch_anchor, ch, code, unit, scale in TABLE4:
    dom = "economy"
    rows4 += [
        (anchor, c24, code, KZ, None, "2024", "level", float(c24.replace(",", "")) * scale, unit, dom),
        (ch_anchor, ch, code, KZ, None, "2024", "growth_yoy", float(ch), "percent", dom),
    ]
DOCS["ab04_kazatomprom_annual_results_2024_china_sales"] = [
    ("roughly 40 percent", "40 percent", "other", KZ, None, "2024", "share", 40, "percent", "economy"),
    ("grew by 10 percent", "10 percent", "other", KZ, None, "2024", "growth_yoy", 10, "percent", "economy"),
    ("23,270 tonnes of uranium", "23,270 tonnes", "other", KZ, None, "2024", "level", 23270, "t", "economy"),
    ("came to 12,286 tU", "12,286 tU", "other", KZ, None, "2024", "level", 12286, "t", "economy"),
    ("6,682 tU", "6,682 tU", "other", KZ, None, "2024-Q4", "level", 6682, "t", "economy"),
    ("was 17,013 tU", "17,013 tU", "other", KZ, None, "2024", "level", 17013, "t", "economy"),
    ("rose 16 percent", "16 percent", "other", KZ, None, "2024", "growth_yoy", 16, "percent", "economy"),
    ("KZT 1,431.6 billion", "KZT 1,431.6 billion", "other", KZ, None, "2024", "level", 1431.6 * B, "KZT", "economy"),
    ("about $3.0 billion", "$3.0 billion", "other", KZ, None, "2024", "level", 3.0 * B, "USD", "economy"),
] + rows4 + [
    ("8,120 tU", "8,120 tU", "other", KZ, CN, "2024", "level", 8120, "t", "trade"),
    ("48 percent", "48 percent", "other", KZ, CN, "2024", "share", 48, "percent", "trade"),
    ("21 percent of production", "21 percent", "other", KZ, CN, "2024", "share", 21, "percent", "economy"),
    ("about $1.6 billion", "$1.6 billion", "contracts_signed", KZ, CN, "2024-12", "level", 1.6 * B, "USD"),
    ("KZT 228.5 billion", "KZT 228.5 billion", "other", KZ, None, "2024", "level", 228.5 * B, "KZT", "economy"),
    ("KZT 386.2 billion", "KZT 386.2 billion", "other", KZ, None, "2024", "level", 386.2 * B, "KZT", "economy"),
    ("21,400 people", "21,400", "population", KZ, None, "2024", "level", 21400, "count"),
    ("800,000 tonnes a year", "800,000 tonnes", "other", "Zhanakorgan", None, "2026", "target", 800000, "t", "economy"),
    ("25,000-26,500 tU", "25,000-26,500 tU", "other", KZ, None, "2025", "target", 25000, "t", "economy"),
    ("25,000-26,500 tU", "25,000-26,500 tU", "other", KZ, None, "2025", "target", 26500, "t", "economy"),
    ("17,500-18,500 tU", "17,500-18,500 tU", "other", KZ, None, "2025", "target", 17500, "t", "economy"),
    ("17,500-18,500 tU", "17,500-18,500 tU", "other", KZ, None, "2025", "target", 18500, "t", "economy"),
    ("KZT 520-560 billion", "KZT 520-560 billion", "investment", KZ, None, "2025", "target", 520 * B, "KZT"),
    ("KZT 520-560 billion", "KZT 520-560 billion", "investment", KZ, None, "2025", "target", 560 * B, "KZT"),
]

# ab05: a wire dated 2025-10-27 (first lines); the headline and lead state one period, the first three quarters of 2025
# (2025-01/2025-09) -> rule 3 for undated figures (the zone's area included). "the whole of 2024" is 2024; "In September alone"
# and "By the end of September" 2025-09 (rule 2 carries the latter to the warehouses); "now" 2025-10; "for the full year" 2025;
# "by 2027" a target year. The zone lies in Urumqi's land port area: region `Urumqi`. E-commerce parcels and parallel-imported
# vehicles are `other` (trade, count); the table's columns: bonded trade in 100 million yuan, its change, parcels x 10,000.
P5 = "2025-01/2025-09"
TABLE5 = [  # (row anchor, trade, change, parcels, period)
    ("Q1               27.4                 38.6                186", "27.4", "38.6", "186", "2025-Q1"),
    ("Q2               33.1                 51.3                243", "33.1", "51.3", "243", "2025-Q2"),
    ("Q3               38.1                 47.9                297", "38.1", "47.9", "297", "2025-Q3"),
    ("Jan-Sep          98.6                 46.3                726", "98.6", "46.3", "726", P5),
]
UR = "Urumqi"
rows5 = []
for anchor, tr, ch, parcels, period in TABLE5:
    rows5 += level_and_growth(anchor, tr, ch, "bonded_zone_trade", UR, period, "CNY", 1e8)
    rows5.append((anchor, parcels, "other", UR, None, period, "level", float(parcels) * 1e4, "count", "trade"))
DOCS["ab05_urumqi_land_port_bonded_zone_q1_q3_2025"] = [
    ("up 46 pct", "46 pct", "bonded_zone_trade", UR, None, P5, "growth_yoy", 46, "percent"),
    ("9.86 billion yuan", "9.86 billion yuan", "bonded_zone_trade", UR, None, P5, "level", 9.86 * B, "CNY"),
    ("up 46.3 percent", "46.3 percent", "bonded_zone_trade", UR, None, P5, "growth_yoy", 46.3, "percent"),
    ("9.34 billion yuan", "9.34 billion yuan", "bonded_zone_trade", UR, None, "2024", "level", 9.34 * B, "CNY"),
    ("1.42 billion yuan", "1.42 billion yuan", "bonded_zone_trade", UR, None, "2025-09", "level", 1.42 * B, "CNY"),
] + rows5 + [
    ("61 percent", "61 percent", "other", UR, None, P5, "share", 61, "percent", "trade"),
    ("58 percent", "58 percent", "other", UR, KZ, P5, "share", 58, "percent", "trade"),
    ("17 percent of the parcels", "17 percent", "other", UR, UZ, P5, "share", 17, "percent", "trade"),
    ("Some 3,460 vehicles", "3,460", "other", UR, None, P5, "level", 3460, "count", "trade"),
    ("1.27 billion yuan", "1.27 billion yuan", "other", UR, None, P5, "level", 1.27 * B, "CNY", "trade"),
    ("2.41 square kilometres", "2.41 square kilometres", "other", UR, None, P5, "level", 241, "ha", "economy"),
    ("326 registered enterprises", "326", "enterprises", UR, None, "2025-09", "level", 326, "count"),
    ("58 of them", "58", "enterprises", UR, CA, "2025-09", "level", 58, "count"),
    ("186,000 square metres", "186,000 square metres", "other", UR, None, "2025-09", "level", 18.6, "ha", "economy"),
    ("About 7,800 people", "7,800", "population", UR, None, "2025-10", "level", 7800, "count"),
    ("1.62 million tonnes", "1.62 million tonnes", "cargo_throughput", UR, None, P5, "level", 1.62e6, "t"),
    ("21.4 percent", "21.4 percent", "bonded_zone_trade", UR, None, P5, "share", 21.4, "percent"),
    ("more than 14 billion yuan", "more than 14 billion yuan", "bonded_zone_trade", UR, None, "2025", "target", 14 * B, "CNY"),
    ("1.5 square kilometres", "1.5 square kilometres", "other", UR, None, "2027", "target", 150, "ha", "economy"),
]

# ab06: delivered 9 January 2025; the title states no period, and the heading "Review of Our Work in 2024" is not a lead (y01),
# so figures take their own years or their paragraph's: "Last year" / "last year" / "In 2024" / "in 2024" / "by the end of 2024"
# are 2024, "this year" 2025, "in 2027" the railway's completion year; "Over the past five years" is open-ended (null); the
# capacity "under construction" with no year is a target with null period. Region `Tacheng` (the prefecture) unless noted; the
# crossing named by both sides is the Chinese side's, `Baktu`.
TC, Y6 = "Tacheng", "2024"
DOCS["ab06_tacheng_prefecture_government_work_report_2025"] = [
    ("87.4 billion yuan", "87.4 billion yuan", "gdp", TC, None, Y6, "level", 87.4 * B, "CNY"),
    ("increase of 6.2 percent", "6.2 percent", "gdp", TC, None, Y6, "growth_yoy", 6.2, "percent"),
    ("6.12 billion yuan", "6.12 billion yuan", "other", TC, None, Y6, "level", 6.12 * B, "CNY", "economy"),
    ("up 9.3 percent", "9.3 percent", "other", TC, None, Y6, "growth_yoy", 9.3, "percent", "economy"),
    ("76.8 percent", "76.8 percent", "livelihood_spending", TC, None, Y6, "share", 76.8, "percent"),
    ("grew 11.5 percent", "11.5 percent", "investment", TC, None, Y6, "growth_yoy", 11.5, "percent"),
    ("the 213 key projects", "213", "enterprises", TC, None, Y6, "level", 213, "count"),
    ("36.8 billion yuan", "36.8 billion yuan", "investment", TC, None, Y6, "level", 36.8 * B, "CNY"),
    ("2.31 million tonnes", "2.31 million tonnes", "other", TC, None, Y6, "level", 2.31e6, "t", "economy"),
    ("43,300 hectares", "43,300 hectares", "other", TC, None, Y6, "level", 43300, "ha", "economy"),
    ("7.86 million head", "7.86 million", "other", TC, None, Y6, "level", 7.86e6, "count", "economy"),
    ("26.85 billion yuan", "26.85 billion yuan", "trade_total", TC, None, Y6, "level", 26.85 * B, "CNY"),
    ("up 15.3 percent", "15.3 percent", "trade_total", TC, None, Y6, "growth_yoy", 15.3, "percent"),
    ("9.72 billion yuan", "9.72 billion yuan", "border_trade", TC, None, Y6, "level", 9.72 * B, "CNY"),
    ("6.41 billion yuan", "6.41 billion yuan", "market_procurement_exports", TC, None, Y6, "level", 6.41 * B, "CNY"),
    ("83.5 percent", "83.5 percent", "trade_total", TC, KZ, Y6, "share", 83.5, "percent"),
    ("4.12 million tonnes", "4.12 million tonnes", "cargo_throughput", "Baktu", None, Y6, "level", 4.12e6, "t"),
    ("up 18.6 percent", "18.6 percent", "cargo_throughput", "Baktu", None, Y6, "growth_yoy", 18.6, "percent"),
    ("326,000 inbound", "326,000", "passengers", "Baktu", None, Y6, "level", 326000, "count"),
    ("41.7 percent more", "41.7 percent", "passengers", "Baktu", None, Y6, "growth_yoy", 41.7, "percent"),
    ("36-kilometre", "36-kilometre", "railway_length", TC, None, "2027", "target", 36, "km"),
    ("3.2 billion yuan", "3.2 billion yuan", "infrastructure_investment", TC, None, "2027", "target", 3.2 * B, "CNY"),
    ("612 kilometres", "612 kilometres", "expressway_length", TC, None, Y6, "level", 612, "km"),
    ("568,000 passengers", "568,000", "passengers", TC, None, Y6, "level", 568000, "count"),
    ("4.8 million kilowatts", "4.8 million kilowatts", "energy_capacity", TC, None, Y6, "level", 4.8e6, "kW"),
    ("another 2 million kilowatts", "2 million kilowatts", "energy_capacity", TC, None, None, "target", 2e6, "kW"),
    ("16.83 million visitors", "16.83 million", "tourists", TC, None, Y6, "level", 16.83e6, "count"),
    ("up 24.1 percent", "24.1 percent", "tourists", TC, None, Y6, "growth_yoy", 24.1, "percent"),
    ("13.9 billion yuan", "13.9 billion yuan", "other", TC, None, Y6, "level", 13.9 * B, "CNY", "economy"),
    ("rose 7.6 percent", "7.6 percent", "income_per_capita_rural", TC, None, Y6, "growth_yoy", 7.6, "percent"),
    ("24,710 yuan", "24,710 yuan", "income_per_capita_rural", TC, None, Y6, "level", 24710, "CNY"),
    ("the 4.9 percent growth", "4.9 percent", "income_per_capita_urban", TC, None, Y6, "growth_yoy", 4.9, "percent"),
    ("12,860 new urban jobs", "12,860", "jobs_created", TC, None, Y6, "level", 12860, "count"),
    ("above 96 percent", "above 96 percent", "insurance_coverage", TC, None, Y6, "level", 96, "percent"),
    ("7.0 percent", "7.0 percent", "gdp", TC, None, None, "growth_avg_annual", 7.0, "percent"),
    ("exceeded 120,000", "120,000", "enterprises", TC, None, Y6, "level", 120000, "count"),
    ("around 6.5 percent", "6.5 percent", "gdp", TC, None, "2025", "target", 6.5, "percent"),
    ("investment of 10 percent", "10 percent", "investment", TC, None, "2025", "target", 10, "percent"),
    ("more than 30 billion yuan", "more than 30 billion yuan", "trade_total", TC, None, "2025", "target", 30 * B, "CNY"),
    ("about 7 percent", "7 percent", "income_per_capita_rural", TC, None, "2025", "target", 7, "percent"),
    ("12,000 new urban jobs", "12,000", "jobs_created", TC, None, "2025", "target", 12000, "count"),
    ("within 5 percent", "5 percent", "unemployment_rate", TC, None, "2025", "target", 5, "percent"),
    ("18 million tourist visits", "18 million", "tourists", TC, None, "2025", "target", 18e6, "count"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
