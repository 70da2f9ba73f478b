"""The annotations of the seventeenth held-out gold (heldout17): `uv run python -m benchmarks.heldout17.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, UZ, B, build_and_report

HERE = Path(__file__).resolve().parent

DOCS = {}


def table_row(row: str, cells: list[tuple]) -> list[tuple]:
    """A table row's annotations, one per cell, in the row's order: each cell is (cell text, code, region, partner, period,
    measure, scale, unit[, domain]); the anchor is the row up to the cell's end, so the cell is its first occurrence there."""
    out, pos = [], 0
    for cell, code, region, partner, period, measure, scale, unit, *dom in cells:
        i = row.index(cell, pos)
        anchor = row[:i + len(cell)]
        assert anchor.index(cell) == i, (row, cell)
        out.append((anchor, cell, code, region, partner, period, measure, float(cell.replace(",", "")) * scale, unit, *dom))
        pos = i + len(cell)
    return out


# ae01: dated 17 October 2025 (dateline); the title states one period, January-September 2025, so rule 3 dates the undated
# figures (the lead, the livestock paragraph, Table 1). "By 1 October" is 2025-10 and rule 2 carries it through the crops
# paragraph; "On 1 October 2025" is 2025-10 (the herd and its change); "In September" 2025-09 (rule 2 to the change);
# "in January-August 2025" 2025-01/2025-08 (rule 2 to Talas's share); "for the year as a whole" 2025; "by 2027" a target year.
# Region Kyrgyzstan unless noted. Gross output of agriculture is a production value, not value added, and has no code:
# `other` (economy); the branch's share of GDP is `value_added_primary` `share` (k05). Crops, livestock products, herds and
# prices are `other` (economy); food exports to China are a product part of exports, `other` (trade), Kyrgyzstan / China.
# Table 1 (whitespace): regions as written (x04), "Kyrgyz Republic" is Kyrgyzstan and repeats the prose totals.
P1 = "2025-01/2025-09"
O1 = "2025-10"
TABLE1 = [  # (row, region): meat (thousand t), milk (thousand t)
    ("Batken                                  31.8                  92.4", "Batken"),
    ("Jalal-Abad                              74.5                 231.6", "Jalal-Abad"),
    ("Issyk-Kul                               56.2                 187.5", "Issyk-Kul"),
    ("Naryn                                   45.7                 104.8", "Naryn"),
    ("Osh                                     88.9                 296.3", "Osh"),
    ("Talas                                   27.4                  88.1", "Talas"),
    ("Chui                                    70.3                 305.7", "Chui"),
    ("Kyrgyz Republic                        398.6               1,318.2", KG),
]
rows1 = []
for row, region in TABLE1:
    meat, milk = row.split()[-2:]
    rows1 += table_row(row, [
        (meat, "other", region, None, P1, "level", 1e3, "t", "economy"),
        (milk, "other", region, None, P1, "level", 1e3, "t", "economy"),
    ])
DOCS["ae01_kyrgyz_nsc_agriculture_livestock_jan_sep_2025"] = [
    ("amounted to 287.4 billion soms", "287.4 billion soms", "other", KG, None, P1, "level", 287.4 * B, "KGS", "economy"),
    ("was 4.6 percent higher", "4.6 percent", "other", KG, None, P1, "growth_yoy", 4.6, "percent", "economy"),
    ("made up 52.7 percent", "52.7 percent", "other", KG, None, P1, "share", 52.7, "percent", "economy"),
    ("livestock production 45.9 percent", "45.9 percent", "other", KG, None, P1, "share", 45.9, "percent", "economy"),
    ("generated 11.2 percent", "11.2 percent", "value_added_primary", KG, None, P1, "share", 11.2, "percent"),
    ("threshed from 512,300 hectares", "512,300 hectares", "other", KG, None, O1, "level", 512300, "ha", "economy"),
    ("came to 1.62 million tonnes", "1.62 million tonnes", "other", KG, None, O1, "level", 1.62e6, "t", "economy"),
    ("3.1 percent more than a year earlier", "3.1 percent", "other", KG, None, O1, "growth_yoy", 3.1, "percent", "economy"),
    ("roughly two fifths", "roughly two fifths", "other", KG, None, O1, "share", 40, "percent", "economy"),
    ("had dug 1,108.6 thousand tonnes", "1,108.6 thousand tonnes", "other", KG, None, O1, "level", 1108600, "t", "economy"),
    ("at 814.2 thousand tonnes", "814.2 thousand tonnes", "other", KG, None, O1, "level", 814200, "t", "economy"),
    ("was 2.4 percent smaller", "2.4 percent", "other", KG, None, O1, "growth_yoy", -2.4, "percent", "economy"),
    ("produced 398.6 thousand tonnes", "398.6 thousand tonnes", "other", KG, None, P1, "level", 398600, "t", "economy"),
    ("1,318.2 thousand tonnes of milk", "1,318.2 thousand tonnes", "other", KG, None, P1, "level", 1318200, "t", "economy"),
    ("486.3 million eggs", "486.3 million", "other", KG, None, P1, "level", 486.3e6, "count", "economy"),
    ("grew by 2.3,", "2.3", "other", KG, None, P1, "growth_yoy", 2.3, "percent", "economy"),
    ("milk by 1.8 and", "1.8", "other", KG, None, P1, "growth_yoy", 1.8, "percent", "economy"),
    ("eggs by 6.7 percent", "6.7 percent", "other", KG, None, P1, "growth_yoy", 6.7, "percent", "economy"),
] + rows1 + [
    ("kept 1.94 million head", "1.94 million", "other", KG, None, O1, "level", 1.94e6, "count", "economy"),
    ("6.48 million sheep", "6.48 million", "other", KG, None, O1, "level", 6.48e6, "count", "economy"),
    ("2.9 percent larger", "2.9 percent", "other", KG, None, O1, "growth_yoy", 2.9, "percent", "economy"),
    ("average of 262 soms", "262 soms", "other", KG, None, "2025-09", "level", 262, "KGS", "economy"),
    ("8.3 percent more than in September 2024", "8.3 percent", "other", KG, None, "2025-09", "growth_yoy", 8.3, "percent",
     "economy"),
    ("came to 48.7 million US dollars", "48.7 million US dollars", "other", KG, CN, "2025-01/2025-08", "level", 48.7e6, "USD",
     "trade"),
    ("21.4 percent more", "21.4 percent", "other", KG, CN, "2025-01/2025-08", "growth_yoy", 21.4, "percent", "trade"),
    ("about four fifths", "about four fifths", "other", "Talas", CN, "2025-01/2025-08", "share", 80, "percent", "trade"),
    ("to exceed 1.8 million tonnes", "1.8 million tonnes", "other", KG, None, "2025", "target", 1.8e6, "t", "economy"),
    ("at least 2 percent", "at least 2 percent", "other", KG, None, "2025", "target", 2, "percent", "economy"),
    ("rise to 450 by 2027", "450", "enterprises", KG, None, "2027", "target", 450, "count"),
]

# ae02: released 18 February 2025; the title states one period, 2024 (an annual report), so rule 3 dates the undated figures.
# "By the end of 2024", "at year-end", "at the end of 2024", "over the year", "during the year" are 2024; Table 1's columns give
# 2023 and 2024, and "Change (%)" is the 2024 growth_yoy; "in 2025", "by the end of the year" (in the targets) 2025; "By 2027" a
# target year. The park lies in the Aksu Economic and Technological Development Zone: region `Aksu` for every row (ab05's bonded
# zone takes its city; the park is named for its place). Its gross industrial output value is `industrial_output`; yarn,
# garments, spindles and wages are `other` (economy); its exports are textile and garment exports, a product part of Aksu's
# exports: `other` (trade) (ab01's textiles sold abroad, t03). Projects are `enterprises`; workers are `population`.
P2 = "2024"
AK = "Aksu"
TABLE2 = [  # (row, code, scale, unit, domain)
    ("Enterprises in operation         number                 163        186          14.1", "enterprises", 1, "count", None),
    ("Yarn                             10,000 tonnes         44.3       48.6           9.7", "other", 1e4, "t", "economy"),
    ("Garments                         10,000 pieces       16,420     21,800          32.8", "other", 1e4, "count", "economy"),
    ("Gross industrial output value    100 million yuan     344.1      386.4          12.3", "industrial_output", 1e8, "CNY",
     None),
    ("Exports                          100 million yuan     38.33      48.60          26.8", "other", 1e8, "CNY", "trade"),
]
rows2 = []
for row, code, scale, unit, dom in TABLE2:
    v23, v24, ch = row.split()[-3:]
    extra = [dom] if dom else []
    rows2 += table_row(row, [
        (v23, code, AK, None, "2023", "level", scale, unit, *extra),
        (v24, code, AK, None, "2024", "level", scale, unit, *extra),
        (ch, code, AK, None, "2024", "growth_yoy", 1, "percent", *extra),
    ])
DOCS["ae02_aksu_textile_garment_park_annual_report_2024"] = [
    ("it had 186 enterprises", "186", "enterprises", AK, None, P2, "level", 186, "count"),
    ("23 of them moved in", "23", "enterprises", AK, None, P2, "level", 23, "count"),
    ("among them nine garment makers", "nine", "enterprises", AK, None, P2, "level", 9, "count"),
    ("reached 38.64 billion yuan", "38.64 billion yuan", "industrial_output", AK, None, P2, "level", 38.64 * B, "CNY"),
    ("up 12.3 percent on 2023", "12.3 percent", "industrial_output", AK, None, P2, "growth_yoy", 12.3, "percent"),
    ("spun 486,000 tonnes", "486,000 tonnes", "other", AK, None, P2, "level", 486000, "t", "economy"),
    ("sewed 218 million garments", "218 million", "other", AK, None, P2, "level", 218e6, "count", "economy"),
    ("stood at 5.2 million spindles", "5.2 million", "other", AK, None, P2, "level", 5.2e6, "count", "economy"),
    ("some 18.6 percent", "18.6 percent", "other", AK, None, P2, "share", 18.6, "percent", "economy"),
] + rows2 + [
    ("employed 62,800 people", "62,800", "population", AK, None, P2, "level", 62800, "count"),
    ("and 71.4 percent of them", "71.4 percent", "population", AK, None, P2, "share", 71.4, "percent"),
    ("created 7,350 new jobs", "7,350", "jobs_created", AK, None, P2, "level", 7350, "count"),
    ("rose to 4,650 yuan", "4,650 yuan", "other", AK, None, P2, "level", 4650, "CNY", "economy"),
    ("came to 4.86 billion yuan", "4.86 billion yuan", "other", AK, None, P2, "level", 4.86 * B, "CNY", "trade"),
    ("26.8 percent more than in 2023", "26.8 percent", "other", AK, None, P2, "growth_yoy", 26.8, "percent", "trade"),
    ("amounted to 3.12 billion yuan", "3.12 billion yuan", "other", AK, CA, P2, "level", 3.12 * B, "CNY", "trade"),
    ("or 64.2 percent", "64.2 percent", "other", AK, CA, P2, "share", 64.2, "percent", "trade"),
    ("took 1.47 billion yuan", "1.47 billion yuan", "other", AK, KZ, P2, "level", 1.47 * B, "CNY", "trade"),
    ("830 million yuan respectively", "830 million yuan", "other", AK, UZ, P2, "level", 830e6, "CNY", "trade"),
    ("146 such trains", "146", "freight_trains", AK, None, P2, "level", 146, "count"),
    ("totalled 9.37 billion yuan", "9.37 billion yuan", "investment", AK, None, P2, "level", 9.37 * B, "CNY"),
    ("Twenty-eight projects", "Twenty-eight", "enterprises", AK, None, P2, "level", 28, "count"),
    ("to 45 billion yuan in 2025", "45 billion yuan", "industrial_output", AK, None, "2025", "target", 45 * B, "CNY"),
    ("at least 25 new enterprises", "at least 25", "enterprises", AK, None, "2025", "target", 25, "count"),
    ("to employ 70,000 people", "70,000", "population", AK, None, "2025", "target", 70000, "count"),
    ("to exceed 6 billion yuan", "6 billion yuan", "other", AK, None, "2025", "target", 6 * B, "CNY", "trade"),
    ("reach 6 million spindles", "6 million", "other", AK, None, "2027", "target", 6e6, "count", "economy"),
    ("make up 30 percent", "30 percent", "other", AK, None, "2027", "target", 30, "percent", "economy"),
]

# ae03: dated 24 July 2025 (dateline); the title and the lead state one period, the first half of 2025 (`2025-H1`), and so does
# Table 1's title; rule 3 dates the undated figures, "over the half-year" is the same. "in January-June" is written as a month
# span, 2025-01/2025-06 (t03, ac04), and rule 2 carries it to the next sentence of its paragraph (the trips to China); "At the
# end of June" 2025-06; "in March" 2025-03; "now" 2025-07; "For 2025 as a whole" and "by 2030" date the targets. Visitors take
# the host country as region and their origin as partner (aa06, x03): region Uzbekistan unless noted, and the regions visited
# (`Samarkand`, `Bukhara`, `Khorezm`) drop "region" (x04). Exports of tourism services are a part of exports by product:
# `other` (trade); money a tourist spends is `other` (economy) (aa06). Flights and passengers between the two countries are
# two-sided with China a side: region China, partner Uzbekistan (aa06's routes); trips by Uzbek citizens to China likewise.
P3 = "2025-H1"
J3 = "2025-01/2025-06"
TABLE3 = [  # (row, partner): visitors (thousand), share (%)
    ("| Kazakhstan    | 1,482.3            | 28.8 ", KZ),
    ("| Kyrgyzstan    | 1,213.7            | 23.6 ", KG),
    ("| Tajikistan    | 1,068.5            | 20.8 ", TJ),
    ("| Russia        | 412.8              | 8.0 ", "Russia"),
    ("| Turkmenistan  | 176.4              | 3.4 ", "Turkmenistan"),
    ("| China         | 92.6               | 1.8 ", CN),
    ("| All countries | 5,140.0            | 100.0 ", None),
]
rows3 = []
for row, partner in TABLE3:
    v, sh = [c.strip() for c in row.split("|")[2:4]]
    rows3 += table_row(row, [
        (v, "tourists", UZ, partner, P3, "level", 1e3, "count"),
        (sh, "tourists", UZ, partner, P3, "share", 1, "percent"),
    ])
DOCS["ae03_uzbekistan_tourism_committee_visitors_h1_2025"] = [
    ("received 5.14 million foreign visitors", "5.14 million", "tourists", UZ, None, P3, "level", 5.14e6, "count"),
    ("21.6 percent more", "21.6 percent", "tourists", UZ, None, P3, "growth_yoy", 21.6, "percent"),
    ("made 3.94 million", "3.94 million", "tourists", UZ, CA, P3, "level", 3.94e6, "count"),
    ("or 76.7 percent", "76.7 percent", "tourists", UZ, CA, P3, "share", 76.7, "percent"),
    ("made up 39.4 percent", "39.4 percent", "tourists", UZ, None, P3, "share", 39.4, "percent"),
] + rows3 + [
    ("grew fastest, by 24.1 percent", "24.1 percent", "tourists", UZ, KG, P3, "growth_yoy", 24.1, "percent"),
    ("rose by 58.3 percent", "58.3 percent", "tourists", UZ, CN, P3, "growth_yoy", 58.3, "percent"),
    ("1,240 US dollars", "1,240 US dollars", "other", UZ, CN, P3, "level", 1240, "USD", "economy"),
    ("received 1.03 million foreign visitors", "1.03 million", "tourists", "Samarkand", None, P3, "level", 1.03e6, "count"),
    ("Bukhara region 612,000", "612,000", "tourists", "Bukhara", None, P3, "level", 612000, "count"),
    ("Khiva, 384,000", "384,000", "tourists", "Khorezm", None, P3, "level", 384000, "count"),
    ("reached 1.87 billion US dollars", "1.87 billion US dollars", "other", UZ, None, J3, "level", 1.87 * B, "USD", "trade"),
    ("up 24.3 percent", "24.3 percent", "other", UZ, None, J3, "growth_yoy", 24.3, "percent", "trade"),
    ("had 1,842 hotels", "1,842", "enterprises", UZ, None, "2025-06", "level", 1842, "count"),
    ("1,316 family guest houses", "1,316", "enterprises", UZ, None, "2025-06", "level", 1316, "count"),
    ("98,400 beds", "98,400", "other", UZ, None, "2025-06", "level", 98400, "count", "economy"),
    ("averaged 63.5 percent", "63.5 percent", "other", UZ, None, P3, "level", 63.5, "percent", "economy"),
    ("reached 81 percent", "81 percent", "other", "Samarkand", None, "2025-03", "level", 81, "percent", "economy"),
    ("on 14 routes", "14", "other", CN, UZ, "2025-07", "level", 14, "count", "logistics"),
    ("carried 186,300 passengers", "186,300", "passengers", CN, UZ, J3, "level", 186300, "count"),
    ("44.8 percent more", "44.8 percent", "passengers", CN, UZ, J3, "growth_yoy", 44.8, "percent"),
    ("made 48,700 trips", "48,700", "tourists", CN, UZ, J3, "level", 48700, "count"),
    ("expects 11 million foreign visitors", "11 million", "tourists", UZ, None, "2025", "target", 11e6, "count"),
    ("more than 4 billion US dollars", "more than 4 billion US dollars", "other", UZ, None, "2025", "target", 4 * B, "USD",
     "trade"),
    ("receive 1 million visitors", "1 million", "tourists", UZ, CN, "2030", "target", 1e6, "count"),
]

# ae04: dated 12 December 2025 (dateline); the title states one period, January-November 2025, so rule 3 dates the undated
# figures and Table 1 (whose title says the same); "in the eleven months" is that span. "At the end of November" is 2025-11
# and rule 2 carries it to the plants built by Chinese companies; "ten years ago" resolves against the document's year to 2015
# (heldout12's "five years ago"); "a year earlier" against the eleven months is 2024-01/2024-11; "now" 2025-12; "in November"
# 2025-11; "Since 2014" is open-ended (null); "in 2026", "When it opens" (the same 2026) and "by 2030" are target years.
# Region Tajikistan unless noted. Cement, clinker capacity, rebar and tiles are `other` (economy); cement sold abroad or bought
# abroad is a product part of exports/imports, `other` (trade) (ab02, ad04). Plants are `enterprises` (ab02's plants), those of
# Chinese companies with partner China (aa03). Table 1: each row's region is its Location cell (ad03's Prefecture cell); "All
# plants" is Tajikistan and repeats the lead at another precision (counted again).
P4 = "2025-01/2025-11"
TABLE4 = [  # (row, region): output (thousand t), change (%)
    ("| Huaxin Gayur Cement        | Yovon    | 1,146.2                 | 4.3 ", "Yovon"),
    ("| Chzhungtsai Mohir Cement   | Vahdat   | 948.7                   | 9.2 ", "Vahdat"),
    ("| Huaxin Cement Sughd        | Ghafurov | 872.5                   | 6.8 ", "Ghafurov"),
    ("| Dangara Sino-Tajik Cement  | Dangara  | 615.4                   | 18.6 ", "Dangara"),
    ("| Dushanbe Cement Plant      | Dushanbe | 402.3                   | -3.1 ", "Dushanbe"),
    ("| All plants                 |          | 4,860.4                 | 7.9 ", TJ),
]
rows4 = []
for row, region in TABLE4:
    out, ch = [c.strip() for c in row.split("|")[3:5]]
    rows4 += table_row(row, [
        (out, "other", region, None, P4, "level", 1e3, "t", "economy"),
        (ch, "other", region, None, P4, "growth_yoy", 1, "percent", "economy"),
    ])
DOCS["ae04_tajikistan_industry_ministry_cement_jan_nov_2025"] = [
    ("produced 4.86 million tonnes", "4.86 million tonnes", "other", TJ, None, P4, "level", 4.86e6, "t", "economy"),
    ("7.9 percent more", "7.9 percent", "other", TJ, None, P4, "growth_yoy", 7.9, "percent", "economy"),
    ("accounted for 83 percent", "83 percent", "other", TJ, CN, P4, "share", 83, "percent", "economy"),
    ("had 11 operating cement plants", "11", "enterprises", TJ, None, "2025-11", "level", 11, "count"),
    ("capacity of 6.6 million tonnes", "6.6 million tonnes", "other", TJ, None, "2025-11", "level", 6.6e6, "t", "economy"),
    ("Seven of them", "Seven", "enterprises", TJ, CN, "2025-11", "level", 7, "count"),
    ("more than 1.2 million tonnes", "more than 1.2 million tonnes", "other", TJ, None, "2015", "level", 1.2e6, "t", "trade"),
] + rows4 + [
    ("reached 1.94 million tonnes", "1.94 million tonnes", "other", TJ, None, P4, "level", 1.94e6, "t", "trade"),
    ("71.6 million US dollars", "71.6 million US dollars", "other", TJ, None, P4, "level", 71.6e6, "USD", "trade"),
    ("against 1.58 million tonnes", "1.58 million tonnes", "other", TJ, None, "2024-01/2024-11", "level", 1.58e6, "t", "trade"),
    ("bought 1.12 million tonnes", "1.12 million tonnes", "other", TJ, UZ, P4, "level", 1.12e6, "t", "trade"),
    ("Afghanistan 610,000 tonnes", "610,000 tonnes", "other", TJ, "Afghanistan", P4, "level", 610000, "t", "trade"),
    ("reached 268,300 tonnes", "268,300 tonnes", "other", TJ, None, P4, "level", 268300, "t", "economy"),
    ("11.4 million square metres", "11.4 million square metres", "other", TJ, None, P4, "level", 1140, "ha", "economy"),
    ("about 1.3 billion US dollars", "1.3 billion US dollars", "investment", CN, TJ, None, "level", 1.3 * B, "USD"),
    ("employs 9,860 people", "9,860", "population", TJ, None, "2025-12", "level", 9860, "count"),
    ("86 percent of them", "86 percent", "population", TJ, None, "2025-12", "share", 86, "percent"),
    ("paid 612.8 million somoni", "612.8 million somoni", "other", TJ, None, P4, "level", 612.8e6, "TJS", "economy"),
    ("42-46 somoni", "42-46 somoni", "other", "Dushanbe", None, "2025-11", "level", 42, "TJS", "economy"),
    ("42-46 somoni", "42-46 somoni", "other", "Dushanbe", None, "2025-11", "level", 46, "TJS", "economy"),
    ("about 9 percent less", "9 percent", "other", "Dushanbe", None, "2025-11", "growth_yoy", -9, "percent", "economy"),
    ("capacity of 1.2 million tonnes a year", "1.2 million tonnes", "other", "Kulob", None, "2026", "target", 1.2e6, "t",
     "economy"),
    ("for 165 million US dollars", "165 million US dollars", "investment", "Kulob", None, "2026", "target", 165e6, "USD"),
    ("will reach 7.8 million tonnes", "7.8 million tonnes", "other", TJ, None, "2026", "target", 7.8e6, "t", "economy"),
    ("exports of 3 million tonnes", "3 million tonnes", "other", TJ, None, "2030", "target", 3e6, "t", "trade"),
]

# ae05: time stamp 2025-12-02 08:15 in the first lines; the headline and the lead state one period, the first ten months of
# this year (2025-01/2025-10), so rule 3 dates the headline's growth and the undated figures ("over the period", "in the ten
# months" are the same). "At the end of October" is 2025-10; "For the whole of 2024" 2024; "this year" (the expectation) 2025;
# "in 2027" and "By 2027" are target years; the planned investment of the projects under construction has no year (null, w01).
# The Zhundong Economic and Technological Development Zone is named for its place: region `Zhundong` for every row (v03's
# Kumtor, w04's Almalyk; the prefecture, Changji, is only where it lies). The coal-chemical industry is a part by sector of
# the zone's industry: its output value is `other` (economy); the output value of all industrial enterprises above designated
# size is `industrial_output`, and the zone's share of the prefecture's industrial output an `industrial_output` `share`
# (ad04's Aksu share of Xinjiang's walnuts). Coal and chemicals are `other` (economy, t); coal leaving the zone is a product
# part of its cargo, `other` (logistics) (v05, ad04); chemicals sold abroad are `other` (trade).
P5 = "2025-01/2025-10"
ZD = "Zhundong"
DOCS["ae05_zhundong_coal_chemical_zone_jan_oct_2025"] = [
    ("up 14.8 pct", "14.8 pct", "other", ZD, None, P5, "growth_yoy", 14.8, "percent", "economy"),
    ("output worth 96.3 billion yuan", "96.3 billion yuan", "other", ZD, None, P5, "level", 96.3 * B, "CNY", "economy"),
    ("up 14.8 percent year on year", "14.8 percent", "other", ZD, None, P5, "growth_yoy", 14.8, "percent", "economy"),
    ("output value of 158.2 billion yuan", "158.2 billion yuan", "industrial_output", ZD, None, P5, "level", 158.2 * B, "CNY"),
    ("about three fifths", "about three fifths", "other", ZD, None, P5, "share", 60, "percent", "economy"),
    ("accounted for 38.5 percent", "38.5 percent", "industrial_output", ZD, None, P5, "share", 38.5, "percent"),
    ("reached 186.5 million tonnes", "186.5 million tonnes", "other", ZD, None, P5, "level", 186.5e6, "t", "economy"),
    ("7.2 percent more", "7.2 percent", "other", ZD, None, P5, "growth_yoy", 7.2, "percent", "economy"),
    ("72.4 million tonnes left", "72.4 million tonnes", "other", ZD, None, P5, "level", 72.4e6, "t", "logistics"),
    ("reached 1.38 million tonnes", "1.38 million tonnes", "other", ZD, None, P5, "level", 1.38e6, "t", "economy"),
    ("ethylene glycol 1.62 million tonnes", "1.62 million tonnes", "other", ZD, None, P5, "level", 1.62e6, "t", "economy"),
    ("methanol 3.05 million tonnes", "3.05 million tonnes", "other", ZD, None, P5, "level", 3.05e6, "t", "economy"),
    ("up 9.4,", "9.4", "other", ZD, None, P5, "growth_yoy", 9.4, "percent", "economy"),
    ("22.7 and", "22.7", "other", ZD, None, P5, "growth_yoy", 22.7, "percent", "economy"),
    ("5.1 percent respectively", "5.1 percent", "other", ZD, None, P5, "growth_yoy", 5.1, "percent", "economy"),
    ("11.3 percent more", "11.3 percent", "other", ZD, None, P5, "growth_yoy", 11.3, "percent", "economy"),
    ("stood at 23.6 million kilowatts", "23.6 million kilowatts", "energy_capacity", ZD, None, "2025-10", "level", 23.6e6,
     "kW"),
    ("made up 8.9 million kilowatts", "8.9 million kilowatts", "energy_capacity", ZD, None, "2025-10", "level", 8.9e6, "kW"),
    ("grew 21.3 percent", "21.3 percent", "investment", ZD, None, P5, "growth_yoy", 21.3, "percent"),
    ("Sixty-eight projects", "Sixty-eight", "enterprises", ZD, None, P5, "level", 68, "count"),
    ("312.4 billion yuan", "312.4 billion yuan", "investment", ZD, None, None, "target", 312.4 * B, "CNY"),
    ("annual capacity of 1 million tonnes", "1 million tonnes", "other", ZD, None, "2027", "target", 1e6, "t", "economy"),
    ("budgeted at 27.6 billion yuan", "27.6 billion yuan", "investment", ZD, None, "2027", "target", 27.6 * B, "CNY"),
    ("home to 214 industrial", "214", "enterprises", ZD, None, P5, "level", 214, "count"),
    ("employ about 58,000 people", "58,000", "population", ZD, None, P5, "level", 58000, "count"),
    ("worth 3.74 billion yuan", "3.74 billion yuan", "other", ZD, None, P5, "level", 3.74 * B, "CNY", "trade"),
    ("up 46.5 percent", "46.5 percent", "other", ZD, None, P5, "growth_yoy", 46.5, "percent", "trade"),
    ("taking 38 percent", "38 percent", "other", ZD, KZ, P5, "share", 38, "percent", "trade"),
    ("and 24 percent of them", "24 percent", "other", ZD, UZ, P5, "share", 24, "percent", "trade"),
    ("was 101.7 billion yuan", "101.7 billion yuan", "other", ZD, None, "2024", "level", 101.7 * B, "CNY", "economy"),
    ("expects about 118 billion yuan", "118 billion yuan", "other", ZD, None, "2025", "target", 118 * B, "CNY", "economy"),
    ("above 150 billion yuan", "above 150 billion yuan", "other", ZD, None, "2027", "target", 150 * B, "CNY", "economy"),
    ("convert half of the coal", "half", "other", ZD, None, "2027", "target", 50, "percent", "economy"),
]

# ae06: dated 5 March 2025 (dateline); the headline's "last year" and the lead's "in 2024" state one period, 2024, so rule 3
# dates the undated figures and Table 1 (whose title says 2024); "over the year", "At the end of the year" and "at the end of
# 2024" are 2024; "in January-February 2025" 2025-01/2025-02; "for 2025" dates the budget target. Enterprises with Chinese
# capital are a group defined by their Chinese capital: region Kyrgyzstan, partner China, for their taxes, their number, their
# employees and their wages (aa03); the service's total collection and the budget target are Kyrgyzstan, partner null. Taxes
# paid are government revenue with no code: `other` (economy) (v03, w04); the USD figure is the same taxes in another currency
# (one row per currency). Companies by place of registration take the place: `Bishkek`, `Chui` (partner China).
P6 = "2024"
TABLE6 = [  # row: paid (million soms), share (%)
    "Mining and quarrying                       8,437.6                 38.6",
    "Manufacturing                              3,902.1                 17.9",
    "Wholesale and retail trade                 3,764.5                 17.2",
    "Construction                               2,871.9                 13.1",
    "Transport and storage                      1,318.0                  6.0",
    "Other activities                           1,545.9                  7.1",
]
rows6 = []
for row in TABLE6:
    paid, sh = row.split()[-2:]
    rows6 += table_row(row, [
        (paid, "other", KG, CN, P6, "level", 1e6, "KGS", "economy"),
        (sh, "other", KG, CN, P6, "share", 1, "percent", "economy"),
    ])
rows6 += table_row("Total                                     21,840.0", [
    ("21,840.0", "other", KG, CN, P6, "level", 1e6, "KGS", "economy"),
])
DOCS["ae06_kyrgyz_tax_service_chinese_capital_companies_2024"] = [
    ("capital paid 21.8 billion soms", "21.8 billion soms", "other", KG, CN, P6, "level", 21.8 * B, "KGS", "economy"),
    ("paid 21.84 billion soms", "21.84 billion soms", "other", KG, CN, P6, "level", 21.84 * B, "KGS", "economy"),
    ("18.7 percent more", "18.7 percent", "other", KG, CN, P6, "growth_yoy", 18.7, "percent", "economy"),
    ("about 251 million US dollars", "251 million US dollars", "other", KG, CN, P6, "level", 251e6, "USD", "economy"),
    ("or 7.6 percent", "7.6 percent", "other", KG, CN, P6, "share", 7.6, "percent", "economy"),
    ("collected 287.3 billion soms", "287.3 billion soms", "other", KG, None, P6, "level", 287.3 * B, "KGS", "economy"),
    ("year 1,268 enterprises", "1,268", "enterprises", KG, CN, P6, "level", 1268, "count"),
    ("roughly a third", "roughly a third", "enterprises", KG, CN, P6, "share", 33.33, "percent"),
] + rows6 + [
    ("paid 22.1 percent more", "22.1 percent", "other", KG, CN, P6, "growth_yoy", 22.1, "percent", "economy"),
    ("rose 10.3 percent", "10.3 percent", "other", KG, CN, P6, "growth_yoy", 10.3, "percent", "economy"),
    ("paid 12.63 billion soms", "12.63 billion soms", "other", "Bishkek", CN, P6, "level", 12.63 * B, "KGS", "economy"),
    ("or 57.8 percent", "57.8 percent", "other", "Bishkek", CN, P6, "share", 57.8, "percent", "economy"),
    ("Chui region 3.27 billion soms", "3.27 billion soms", "other", "Chui", CN, P6, "level", 3.27 * B, "KGS", "economy"),
    ("provided 41.5 percent", "41.5 percent", "other", KG, CN, P6, "share", 41.5, "percent", "economy"),
    ("reported 23,460 employees", "23,460", "population", KG, CN, P6, "level", 23460, "count"),
    ("88.2 percent of them", "88.2 percent", "population", KG, CN, P6, "share", 88.2, "percent"),
    ("wage of 46,730 soms", "46,730 soms", "other", KG, CN, P6, "level", 46730, "KGS", "economy"),
    ("paid 3.48 billion soms", "3.48 billion soms", "other", KG, CN, "2025-01/2025-02", "level", 3.48 * B, "KGS", "economy"),
    ("12.4 percent more", "12.4 percent", "other", KG, CN, "2025-01/2025-02", "growth_yoy", 12.4, "percent", "economy"),
    ("revenue of 331.0 billion soms", "331.0 billion soms", "other", KG, None, "2025", "target", 331.0 * B, "KGS", "economy"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
