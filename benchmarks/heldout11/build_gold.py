"""The annotations of the eleventh held-out gold (heldout11): `uv run python -m benchmarks.heldout11.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, UZ, B, X, build_and_report, level_and_growth

HERE = Path(__file__).resolve().parent

DOCS = {}

# y01: delivered 2025-01-14; the title states no period and the heading "Review of Our Work in 2024" is not a lead (m04), so
# every paragraph of Section I carries its own "Last year" / "in 2024" and rule 2 dates its undated sentences. Section II's
# "this year" is 2025. Region Kizilsu (the prefecture) unless noted; "the prefecture's two land ports" are pooled -> Kizilsu.
KS, Y1 = "Kizilsu", "2024"
DOCS["y01_kizilsu_government_work_report_2025"] = [
    ("reached 21.46 billion yuan", "21.46 billion yuan", "gdp", KS, None, Y1, "level", 21.46 * B, "CNY"),
    ("increase of 6.8 percent", "6.8 percent", "gdp", KS, None, Y1, "growth_yoy", 6.8, "percent"),
    ("added 3.12 billion yuan", "3.12 billion yuan", "value_added_primary", KS, None, Y1, "level", 3.12 * B, "CNY"),
    ("5.87 billion yuan", "5.87 billion yuan", "value_added_secondary", KS, None, Y1, "level", 5.87 * B, "CNY"),
    ("12.47 billion yuan", "12.47 billion yuan", "value_added_tertiary", KS, None, Y1, "level", 12.47 * B, "CNY"),
    ("by 5.9 percent", "5.9 percent", "value_added_primary", KS, None, Y1, "growth_yoy", 5.9, "percent"),
    ("9.3 percent and", "9.3 percent", "value_added_secondary", KS, None, Y1, "growth_yoy", 9.3, "percent"),
    ("6.1 percent respectively", "6.1 percent", "value_added_tertiary", KS, None, Y1, "growth_yoy", 6.1, "percent"),
    ("rate of 7.2 percent", "7.2 percent", "gdp", KS, None, "2021/2024", "growth_avg_annual", 7.2, "percent"),
    ("grew 14.2 percent", "14.2 percent", "investment", KS, None, Y1, "growth_yoy", 14.2, "percent"),
    ("156 projects", "156", "enterprises", KS, None, Y1, "level", 156, "count"),
    ("rose 11.6 percent", "11.6 percent", "industrial_output", KS, None, Y1, "growth_yoy", 11.6, "percent"),
    ("18.64 billion yuan", "18.64 billion yuan", "trade_total", KS, None, Y1, "level", 18.64 * B, "CNY"),
    ("up 27.3 percent", "27.3 percent", "trade_total", KS, None, Y1, "growth_yoy", 27.3, "percent"),
    ("16.92 billion yuan", "16.92 billion yuan", "exports", KS, None, Y1, "level", 16.92 * B, "CNY"),
    ("58.4 percent", "58.4 percent", "border_trade", KS, None, Y1, "share", 58.4, "percent"),
    ("Kyrgyzstan 71.6 percent", "71.6 percent", "trade_total", KS, KG, Y1, "share", 71.6, "percent"),
    ("2.31 million tonnes", "2.31 million tonnes", "cargo_throughput", KS, None, Y1, "level", 2.31e6, "t"),
    ("up 17.5 percent", "17.5 percent", "cargo_throughput", KS, None, Y1, "growth_yoy", 17.5, "percent"),
    ("1.58 million tonnes", "1.58 million tonnes", "cargo_throughput", "Irkeshtam", None, Y1, "level", 1.58e6, "t"),
    ("510 trucks a day", "510", "other", "Irkeshtam", None, "2024-08", "level", 510, "count_per_day", "logistics"),
    ("opened two overseas", "two", "other", KS, KG, Y1, "level", 2, "count", "logistics"),
    ("to five.", "five", "trade_platforms", KS, KG, Y1, "level", 5, "count"),
    ("4.86 million tourist visits", "4.86 million", "tourists", KS, None, Y1, "level", 4.86e6, "count"),
    ("32.4 percent more", "32.4 percent", "tourists", KS, None, Y1, "growth_yoy", 32.4, "percent"),
    ("about two fifths", "two fifths", "tourists", KS, None, Y1, "share", 40, "percent"),
    ("The 121-kilometre", "121-kilometre", "expressway_length", KS, None, "2024-09", "level", 121, "km"),
    ("412 kilometres", "412 kilometres", "expressway_length", KS, None, "2024-09", "level", 412, "km"),
    ("1,380 kilometres", "1,380 kilometres", "other", KS, None, None, "level", 1380, "km", "logistics"),
    ("78.2 percent", "78.2 percent", "livelihood_spending", KS, None, Y1, "share", 78.2, "percent"),
    ("37,216 yuan", "37,216 yuan", "income_per_capita_urban", KS, None, Y1, "level", 37216, "CNY"),
    ("13,874 yuan", "13,874 yuan", "income_per_capita_rural", KS, None, Y1, "level", 13874, "CNY"),
    ("up 4.7 percent", "4.7 percent", "income_per_capita_urban", KS, None, Y1, "growth_yoy", 4.7, "percent"),
    ("8.3 percent respectively", "8.3 percent", "income_per_capita_rural", KS, None, Y1, "growth_yoy", 8.3, "percent"),
    ("11,620 new urban jobs", "11,620", "jobs_created", KS, None, Y1, "level", 11620, "count"),
    ("83,400 rural labourers", "83,400", "other", KS, None, Y1, "level", 83400, "count", "social"),
    ("kept at 4.3 percent", "4.3 percent", "unemployment_rate", KS, None, Y1, "level", 4.3, "percent"),
    ("above 97 percent", "97 percent", "insurance_coverage", KS, None, Y1, "level", 97, "percent"),
    ("around 7 percent", "7 percent", "gdp", KS, None, "2025", "target", 7, "percent"),
    ("more than 12 percent", "12 percent", "investment", KS, None, "2025", "target", 12, "percent"),
    ("22 billion yuan", "22 billion yuan", "trade_total", KS, None, "2025", "target", 22 * B, "CNY"),
    ("12,000 new urban jobs", "12,000", "jobs_created", KS, None, "2025", "target", 12000, "count"),
    ("within 4.5 percent", "4.5 percent", "unemployment_rate", KS, None, "2025", "target", 4.5, "percent"),
    ("5.5 million tourist visits", "5.5 million", "tourists", KS, None, "2025", "target", 5.5e6, "count"),
    ("3 million tonnes", "3 million tonnes", "cargo_throughput", KS, None, "2027", "target", 3e6, "t"),
    ("1.9-billion-yuan", "1.9-billion-yuan", "infrastructure_investment", "Torugart", None, "2026", "target", 1.9 * B, "CNY"),
]

# y02: dated 2025-11-14 (first lines); the title states one period, January-October 2025 -> rule 3 for the undated figures
# (retail trade, the table's retail column). Inflation figures carry "In October 2025" (rule 2 for the paragraph); wages and
# unemployment carry "the third quarter of 2025"; foreign trade "January-September 2025". Region Kazakhstan unless noted.
# Inflation, the base rate, wages and retail turnover have no catalog code: `other` (economy).
P2, Q3, M10 = "2025-01/2025-10", "2025-Q3", "2025-10"
TABLE2 = [  # (row anchor, wage tenge, wage change %, retail bn tenge, region)
    ("| Republic of Kazakhstan | 433,516             | 10.3      | 17,860.4                       |", "433,516", "10.3", "17,860.4", KZ),
    ("| Atyrau region          | 781,930             | 8.4       | 612.3                          |", "781,930", "8.4", "612.3", "Atyrau"),
    ("| Turkestan region       | 301,250             | 13.7      | 894.6                          |", "301,250", "13.7", "894.6", "Turkestan"),
]
rows2 = []
for anchor, wage, ch, ret, reg in TABLE2:
    rows2 += level_and_growth(anchor, wage, ch, "other", reg, Q3, "KZT", 1, "economy")
    rows2.append((anchor, ret, "other", reg, None, P2, "level", float(ret.replace(",", "")) * B, "KZT", "economy"))
DOCS["y02_kazakhstan_prices_wages_retail_jan_oct_2025"] = [
    ("accelerated to 12.6 percent", "12.6 percent", "other", KZ, None, M10, "level", 12.6, "percent", "economy"),
    ("12.2 percent in September", "12.2 percent", "other", KZ, None, "2025-09", "level", 12.2, "percent", "economy"),
    ("11.4 percent", "11.4 percent", "other", KZ, None, M10, "level", 11.4, "percent", "economy"),
    ("12.9 percent", "12.9 percent", "other", KZ, None, M10, "level", 12.9, "percent", "economy"),
    ("14.1 percent", "14.1 percent", "other", KZ, None, M10, "level", 14.1, "percent", "economy"),
    ("rose 0.9 percent", "0.9 percent", "other", KZ, None, M10, "growth_other", 0.9, "percent", "economy"),
    ("10.8 percent", "10.8 percent", "other", KZ, None, None, "growth_other", 10.8, "percent", "economy"),
    ("15.3 percent", "15.3 percent", "other", "Mangystau", None, M10, "level", 15.3, "percent", "economy"),
    ("to 18 percent", "18 percent", "other", KZ, None, M10, "level", 18, "percent", "economy"),
    ("11.5–12.5 percent", "11.5–12.5 percent", "other", KZ, None, "2025", "target", 11.5, "percent", "economy"),
    ("11.5–12.5 percent", "11.5–12.5 percent", "other", KZ, None, "2025", "target", 12.5, "percent", "economy"),
    ("target of 5 percent", "5 percent", "other", KZ, None, None, "target", 5, "percent", "economy"),
    ("433,516 tenge", "433,516 tenge", "other", KZ, None, Q3, "level", 433516, "KZT", "economy"),
    ("10.3 percent more", "10.3 percent", "other", KZ, None, Q3, "growth_yoy", 10.3, "percent", "economy"),
    ("fell 1.9 percent", "1.9 percent", "other", KZ, None, Q3, "growth_yoy", -1.9, "percent", "economy"),
    ("436,900 people", "436,900", "population", KZ, None, Q3, "level", 436900, "count"),
    ("was 4.5 percent", "4.5 percent", "unemployment_rate", KZ, None, Q3, "level", 4.5, "percent"),
    ("17.86 trillion tenge", "17.86 trillion tenge", "other", KZ, None, P2, "level", 17.86e12, "KZT", "economy"),
    ("6.2 percent more", "6.2 percent", "other", KZ, None, P2, "growth_yoy", 6.2, "percent", "economy"),
    ("2.64 trillion tenge", "2.64 trillion tenge", "other", KZ, None, P2, "level", 2.64e12, "KZT", "economy"),
    ("up 18.5 percent", "18.5 percent", "other", KZ, None, P2, "growth_yoy", 18.5, "percent", "economy"),
    ("14.8 percent of all", "14.8 percent", "other", KZ, None, P2, "share", 14.8, "percent", "economy"),
    ("$104.3 billion", "$104.3 billion", "trade_total", KZ, None, "2025-01/2025-09", "level", 104.3 * B, "USD"),
    ("2.4 percent less", "2.4 percent", "trade_total", KZ, None, "2025-01/2025-09", "growth_yoy", -2.4, "percent"),
    ("$58.9 billion", "$58.9 billion", "exports", KZ, None, "2025-01/2025-09", "level", 58.9 * B, "USD"),
    ("$45.4 billion", "$45.4 billion", "imports", KZ, None, "2025-01/2025-09", "level", 45.4 * B, "USD"),
    ("$21.9 billion", "$21.9 billion", "trade_total", KZ, CN, "2025-01/2025-09", "level", 21.9 * B, "USD"),
    ("21.0 percent", "21.0 percent", "trade_total", CN, KZ, "2025-01/2025-09", "share", 21.0, "percent"),
] + rows2

# y03: dated 2025-11-19 (first lines); the title and lead state one period, January-October 2025 -> rule 3 (Table 1, the cargo
# paragraph and the undated sentences). "In October alone" is 2025-10; "in the ten months" is the span again. Region Kyrgyzstan
# (the release's subject) unless noted; Table 1's title is possessive, so its cells are Kyrgyzstan / the row's country (u01).
P3, EAEU = "2025-01/2025-10", "Eurasian Economic Union"
TABLE3 = [  # (row anchor, turnover, exports, imports in $ mn, turnover change %, partner)
    ("China           5,862.3      118.6    5,743.7          14.2", "5,862.3", "118.6", "5,743.7", "14.2", CN),
    ("Russia          2,431.7      402.9    2,028.8           6.5", "2,431.7", "402.9", "2,028.8", "6.5", "Russia"),
    ("Kazakhstan      1,217.4      512.6      704.8          -3.1", "1,217.4", "512.6", "704.8", "-3.1", KZ),
    ("Uzbekistan        948.1      287.3      660.8          21.7", "948.1", "287.3", "660.8", "21.7", UZ),
]
rows3 = []
for anchor, tot, exp, imp, ch, partner in TABLE3:
    rows3 += [
        (anchor, tot, "trade_total", KG, partner, P3, "level", float(tot.replace(",", "")) * 1e6, "USD"),
        (anchor, exp, "exports", KG, partner, P3, "level", float(exp.replace(",", "")) * 1e6, "USD"),
        (anchor, imp, "imports", KG, partner, P3, "level", float(imp.replace(",", "")) * 1e6, "USD"),
        (anchor, ch, "trade_total", KG, partner, P3, "growth_yoy", float(ch), "percent"),
    ]
DOCS["y03_kyrgyz_customs_foreign_trade_jan_oct_2025"] = [
    ("$13,486.2 million", "$13,486.2 million", "trade_total", KG, None, P3, "level", 13486.2e6, "USD"),
    ("11.8 percent more", "11.8 percent", "trade_total", KG, None, P3, "growth_yoy", 11.8, "percent"),
    ("$2,361.4 million", "$2,361.4 million", "exports", KG, None, P3, "level", 2361.4e6, "USD"),
    ("up 24.7 percent", "24.7 percent", "exports", KG, None, P3, "growth_yoy", 24.7, "percent"),
    ("$11,124.8 million", "$11,124.8 million", "imports", KG, None, P3, "level", 11124.8e6, "USD"),
    ("up 9.4 percent", "9.4 percent", "imports", KG, None, P3, "growth_yoy", 9.4, "percent"),
    ("$1,482.6 million", "$1,482.6 million", "trade_total", KG, None, "2025-10", "level", 1482.6e6, "USD"),
    ("$276.9 million", "$276.9 million", "exports", KG, None, "2025-10", "level", 276.9e6, "USD"),
    ("$3,912.5 million", "$3,912.5 million", "trade_total", KG, EAEU, P3, "level", 3912.5e6, "USD"),
    ("29.0 percent", "29.0 percent", "trade_total", KG, EAEU, P3, "share", 29.0, "percent"),
    ("increase of 5.3 percent", "5.3 percent", "trade_total", KG, EAEU, P3, "growth_yoy", 5.3, "percent"),
    ("$1,018.7 million", "$1,018.7 million", "exports", KG, EAEU, P3, "level", 1018.7e6, "USD"),
    ("$2,893.8 million", "$2,893.8 million", "imports", KG, EAEU, P3, "level", 2893.8e6, "USD"),
    ("43.5 percent", "43.5 percent", "trade_total", CN, KG, P3, "share", 43.5, "percent"),
    ("$1,386.5 million", "$1,386.5 million", "other", KG, CN, P3, "level", 1386.5e6, "USD", "trade"),
] + rows3 + [
    ("2.12 million tonnes", "2.12 million tonnes", "cargo_throughput", KG, None, P3, "level", 2.12e6, "t"),
    ("21.3 percent more", "21.3 percent", "cargo_throughput", KG, None, P3, "growth_yoy", 21.3, "percent"),
    ("1.41 million tonnes", "1.41 million tonnes", "cargo_throughput", "Irkeshtam", None, P3, "level", 1.41e6, "t"),
    ("118,600 trucks", "118,600", "other", KG, None, P3, "level", 118600, "count", "logistics"),
    ("68.4 billion som", "68.4 billion som", "other", KG, None, P3, "level", 68.4 * B, "KGS", "economy"),
    ("12.1 percent more", "12.1 percent", "other", KG, None, P3, "growth_yoy", 12.1, "percent", "economy"),
    ("exceed $2.8 billion", "$2.8 billion", "exports", KG, None, "2025", "target", 2.8 * B, "USD"),
]

# y04: dated 2025-04-22 (dateline); the lead states one period, the first quarter of 2025 -> rule 3 (headline, table, undated
# sentences). "In March alone" / "in March" are 2025-03; "now" is 2025-04; "Last year" 2024. Fruit and vegetables are a product
# part of exports: `other` (trade), region Uzbekistan, partner the destination where one is named.
Q4 = "2025-Q1"
TABLE4 = [  # (row anchor, thousand tonnes, $ mn, change in value %, partner)
    ("| Kazakhstan  | 118.4           | 61.2 | 12.3               |", "118.4", "61.2", "12.3", KZ),
    ("| Russia      | 97.6            | 72.8 | 9.1                |", "97.6", "72.8", "9.1", "Russia"),
    ("| China       | 38.2            | 54.6 | 41.7               |", "38.2", "54.6", "41.7", CN),
]
rows4 = []
for anchor, vol, val, ch, partner in TABLE4:
    rows4 += [
        (anchor, vol, "other", UZ, partner, Q4, "level", float(vol) * 1e3, "t", "trade"),
        (anchor, val, "other", UZ, partner, Q4, "level", float(val) * 1e6, "USD", "trade"),
        (anchor, ch, "other", UZ, partner, Q4, "growth_yoy", float(ch), "percent", "trade"),
    ]
DOCS["y04_uzbekistan_fruit_vegetable_exports_q1_2025"] = [
    ("up 18.5% in", "18.5%", "other", UZ, None, Q4, "growth_yoy", 18.5, "percent", "trade"),
    ("$287.4 million", "$287.4 million", "other", UZ, None, Q4, "level", 287.4e6, "USD", "trade"),
    ("18.5 percent more", "18.5 percent", "other", UZ, None, Q4, "growth_yoy", 18.5, "percent", "trade"),
    ("grew 9.2 percent", "9.2 percent", "other", UZ, None, Q4, "growth_yoy", 9.2, "percent", "trade"),
    ("392,600 tonnes", "392,600 tonnes", "other", UZ, None, Q4, "level", 392600, "t", "trade"),
    ("$96.3 million", "$96.3 million", "other", UZ, None, Q4, "level", 96.3e6, "USD", "trade"),
    ("$71.8 million", "$71.8 million", "other", UZ, None, Q4, "level", 71.8e6, "USD", "trade"),
    ("$64.1 million", "$64.1 million", "other", UZ, None, Q4, "level", 64.1e6, "USD", "trade"),
    ("$2,180 per tonne", "$2,180", "other", UZ, None, Q4, "level", 2180, "USD", "economy"),
    ("3.72 trillion sum", "3.72 trillion sum", "other", UZ, None, Q4, "level", 3.72e12, "UZS", "trade"),
    ("$118.2 million", "$118.2 million", "other", UZ, None, "2025-03", "level", 118.2e6, "USD", "trade"),
] + rows4 + [
    ("by 41.7 percent", "41.7 percent", "other", UZ, CN, Q4, "growth_yoy", 41.7, "percent", "trade"),
    ("to $54.6 million", "$54.6 million", "other", UZ, CN, Q4, "level", 54.6e6, "USD", "trade"),
    ("19.0 percent", "19.0 percent", "other", UZ, CN, Q4, "share", 19.0, "percent", "trade"),
    ("$21.3 million", "$21.3 million", "other", UZ, CN, Q4, "level", 21.3e6, "USD", "trade"),
    ("stands at 47", "47", "other", UZ, CN, "2025-04", "level", 47, "count", "trade"),
    ("Some 2,150", "2,150", "other", UZ, CN, Q4, "level", 2150, "count", "logistics"),
    ("3,500–4,200 sum", "3,500–4,200 sum", "other", "Tashkent", None, "2025-03", "level", 3500, "UZS", "economy"),
    ("3,500–4,200 sum", "3,500–4,200 sum", "other", "Tashkent", None, "2025-03", "level", 4200, "UZS", "economy"),
    ("rose to 1,146", "1,146", "enterprises", UZ, None, Q4, "level", 1146, "count"),
    ("212 shipped", "212", "enterprises", UZ, CN, Q4, "level", 212, "count"),
    ("$1.98 billion", "$1.98 billion", "other", UZ, None, "2024", "level", 1.98 * B, "USD", "trade"),
    ("$2.4 billion", "$2.4 billion", "other", UZ, None, "2025", "target", 2.4 * B, "USD", "trade"),
    ("$5 billion by 2030", "$5 billion", "other", UZ, None, "2030", "target", 5 * B, "USD", "trade"),
]

# y05: a journal article with only a volume year in its first line (no document date, no relative time words); its title gives
# a span (2015-2020), not one period (k04, t06). Every figure has its own year or span, or takes its paragraph's (rule 2).
# Region Xinjiang unless noted; figures pooled over poor counties or the southern prefectures take Xinjiang (k04).
S5 = "2016/2020"
TABLE5 = [  # (row anchor, 2015, 2020, average annual growth 2015-2020 %, county)
    ("Shache       6,402    11,583     12.6", "6,402", "11,583", "12.6", "Shache"),
    ("Yecheng      5,812    10,936     13.5", "5,812", "10,936", "13.5", "Yecheng"),
    ("Pishan       5,246    10,104     14.0", "5,246", "10,104", "14.0", "Pishan"),
    ("Akto         4,870     9,735     14.9", "4,870", "9,735", "14.9", "Akto"),
]
rows5 = []
for anchor, a, b, g, reg in TABLE5:
    rows5 += [
        (anchor, a, "income_per_capita_rural", reg, None, "2015", "level", float(a.replace(",", "")), "CNY"),
        (anchor, b, "income_per_capita_rural", reg, None, "2020", "level", float(b.replace(",", "")), "CNY"),
        (anchor, g, "income_per_capita_rural", reg, None, "2015/2020", "growth_avg_annual", float(g), "percent"),
    ]
DOCS["y05_paper_xinjiang_poverty_alleviation_2015_2020"] = [
    ("2.52 million", "2.52 million", "population", X, None, "2015", "level", 2.52e6, "count"),
    ("3,412 poor villages", "3,412", "other", X, None, "2015", "level", 3412, "count", "social"),
    ("32 poor counties", "32", "other", X, None, "2015", "level", 32, "count", "social"),
    ("was 15.6 percent", "15.6 percent", "other", X, None, "2015", "level", 15.6, "percent", "social"),
    ("5.7 percent", "5.7 percent", "other", CN, None, "2015", "level", 5.7, "percent", "social"),
    ("2.73 million", "2.73 million", "poverty_alleviated", X, None, S5, "level", 2.73e6, "count"),
    ("last ten poor", "ten", "other", X, None, "2020-11", "level", 10, "count", "social"),
    ("108.3 billion yuan", "108.3 billion yuan", "fiscal_expenditure", X, None, S5, "level", 108.3 * B, "CNY"),
    ("21.7 billion yuan", "21.7 billion yuan", "fiscal_expenditure", X, None, S5, "level", 21.7 * B, "CNY"),
    ("about 70 percent", "70 percent", "fiscal_expenditure", X, None, S5, "share", 70, "percent"),
    ("67.8 billion yuan", "67.8 billion yuan", "investment", X, None, S5, "level", 67.8 * B, "CNY"),
    ("four fifths", "four fifths", "investment", X, None, S5, "share", 80, "percent"),
    ("16.4 billion yuan", "16.4 billion yuan", "investment", X, None, "2020", "level", 16.4 * B, "CNY"),
    ("2.8 million rural", "2.8 million", "other", X, None, S5, "level", 2.8e6, "count", "social"),
    ("Some 165,000", "165,000", "other", X, None, S5, "level", 165000, "count", "social"),
    ("301 new communities", "301", "other", X, None, S5, "level", 301, "count", "social"),
    ("9,425 yuan", "9,425 yuan", "income_per_capita_rural", X, None, "2015", "level", 9425, "CNY"),
    ("14,056 yuan", "14,056 yuan", "income_per_capita_rural", X, None, "2020", "level", 14056, "CNY"),
    ("increase of 8.3 percent", "8.3 percent", "income_per_capita_rural", X, None, "2015/2020", "growth_avg_annual", 8.3,
     "percent"),
    ("21.6 percent", "21.6 percent", "other", X, None, "2015", "share", 21.6, "percent", "economy"),
    ("33.9 percent", "33.9 percent", "other", X, None, "2020", "share", 33.9, "percent", "economy"),
] + rows5 + [
    ("46,300 rural households", "46,300", "other", X, None, "2021/2024", "level", 46300, "count", "social"),
    ("92 percent", "92 percent", "other", X, None, "2024", "share", 92, "percent", "social"),
    ("15,870 yuan", "15,870 yuan", "income_per_capita_rural", X, None, "2024", "level", 15870, "CNY"),
    ("up 8.9 percent", "8.9 percent", "income_per_capita_rural", X, None, "2024", "growth_yoy", 8.9, "percent"),
    ("above 99 percent", "99 percent", "insurance_coverage", X, None, "2024", "level", 99, "percent"),
    ("20,000 yuan by 2027", "20,000 yuan", "income_per_capita_rural", X, None, "2027", "target", 20000, "CNY"),
]

# y06: dated 2025-01-06 (source line); the headline and lead state one period, 2024 -> rule 3 (the undated sentences and the
# monthly table, whose title also says 2024). "now" is 2025-01; "last year" 2024; "This year" 2025; "In December" 2024-12.
# Region Urumqi (the assembly centre) unless noted.
UR, Y6 = "Urumqi", "2024"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
TABLE6 = [  # (row anchor, trains, period)
    (f"{m:<16}{n}", str(n), f"2024-{i:02d}") for i, (m, n) in enumerate(
        zip(MONTHS, [128, 112, 146, 151, 155, 149, 162, 166, 158, 153, 145, 187]), start=1)
] + [("Full year     1,812", "1,812", Y6)]
rows6 = [(anchor, n, "freight_trains", UR, None, per, "level", float(n.replace(",", "")), "count") for anchor, n, per in TABLE6]
DOCS["y06_urumqi_china_europe_trains_2024"] = [
    ("handles record 1,812", "1,812", "freight_trains", UR, None, Y6, "level", 1812, "count"),
    ("a record 1,812", "1,812", "freight_trains", UR, None, Y6, "level", 1812, "count"),
    ("up 11.4 percent", "11.4 percent", "freight_trains", UR, None, Y6, "growth_yoy", 11.4, "percent"),
    ("181,200 twenty-foot", "181,200", "other", UR, None, Y6, "level", 181200, "count", "logistics"),
    ("2.46 million tonnes", "2.46 million tonnes", "cargo_throughput", UR, None, Y6, "level", 2.46e6, "t"),
    ("46.2 billion yuan", "46.2 billion yuan", "other", UR, None, Y6, "level", 46.2 * B, "CNY", "trade"),
    ("6.4 billion U.S. dollars", "6.4 billion U.S. dollars", "other", UR, None, Y6, "level", 6.4 * B, "USD", "trade"),
    ("numbered 1,405", "1,405", "freight_trains", UR, None, Y6, "level", 1405, "count"),
    ("and 407 respectively", "407", "freight_trains", UR, None, Y6, "level", 407, "count"),
    ("grew 26.1 percent", "26.1 percent", "freight_trains", UR, None, Y6, "growth_yoy", 26.1, "percent"),
    ("numbered 1,036", "1,036", "freight_trains", UR, CA, Y6, "level", 1036, "count"),
    ("57.2 percent", "57.2 percent", "freight_trains", UR, CA, Y6, "share", 57.2, "percent"),
    ("146 trains", "146", "freight_trains", UR, None, Y6, "level", 146, "count"),
    ("25 regular routes", "25", "other", UR, None, "2025-01", "level", 25, "count", "logistics"),
    ("1,104 and 708", "1,104", "freight_trains", "Alashankou", None, Y6, "level", 1104, "count"),
    ("1,104 and 708", "708", "freight_trains", "Horgos", None, Y6, "level", 708, "count"),
    ("More than 38,000", "38,000", "other", UR, None, Y6, "level", 38000, "count", "trade"),
    ("handled 187 trains", "187", "freight_trains", UR, None, "2024-12", "level", 187, "count"),
    ("or six a day", "six", "train_frequency", UR, None, "2024-12", "level", 6, "count_per_day"),
    ("four a day", "four", "train_frequency", UR, None, "2023-12", "level", 4, "count_per_day"),
] + rows6 + [
    ("more than 9,400 trains", "9,400", "freight_trains", UR, None, None, "level", 9400, "count"),
    ("more than 2,000 trains", "2,000", "freight_trains", UR, None, "2025", "target", 2000, "count"),
    ("A 1.2-billion-yuan", "1.2-billion-yuan", "infrastructure_investment", UR, None, "2026", "target", 1.2 * B, "CNY"),
    ("3 million tonnes", "3 million tonnes", "freight_capacity", UR, None, "2026", "target", 3e6, "t"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
