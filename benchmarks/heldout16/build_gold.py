"""The annotations of the sixteenth held-out gold (heldout16): `uv run python -m benchmarks.heldout16.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, UZ, B, X, build_and_report

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


# ad01: issued 9 October 2025; the title states one period, the holiday of 1-8 October 2025, a span inside one month, so
# `2025-10` (the contract's "in March 2025" -> 2025-03). Rule 3 dates every undated figure, Table 1 (whose title says the same)
# and the present-tense airport count (a stated period comes before rule 4). "last year's holiday" and "a year earlier" make
# `growth_yoy`; "Measured against the same holiday in 2019" is another base: `growth_other`. "In the first three quarters of
# 2025" is 2025-01/2025-09; "for the full year" dates the target (2025). Region Xinjiang unless noted. Visits are `tourists`;
# tourism revenue and hotel occupancy (a rate) are `other` (economy); travellers through land ports and airport passengers are
# `passengers`. Foreign visitors by nationality take the country as partner (m03, x03).
P1 = "2025-10"
Q1 = "2025-01/2025-09"
TABLE1 = [  # (row, region): visits (10,000), change (%), revenue (100 million yuan)
    ("Urumqi                        412.6          8.1                        46.83", "Urumqi"),
    ("Ili                           368.9         12.4                        39.27", "Ili"),
    ("Kashgar                       276.5         14.9                        24.18", "Kashgar"),
    ("Aksu                          126.4         -2.3                         8.95", "Aksu"),
]
rows1 = []
for row, region in TABLE1:
    v, ch, rev = row.split()[1:]
    rows1 += table_row(row, [
        (v, "tourists", region, None, P1, "level", 1e4, "count"),
        (ch, "tourists", region, None, P1, "growth_yoy", 1, "percent"),
        (rev, "other", region, None, P1, "level", 1e8, "CNY", "economy"),
    ])
DOCS["ad01_xinjiang_culture_tourism_golden_week_2025"] = [
    ("received 23.46 million visits", "23.46 million", "tourists", X, None, P1, "level", 23.46e6, "count"),
    ("up 9.8 percent year on year", "9.8 percent", "tourists", X, None, P1, "growth_yoy", 9.8, "percent"),
    ("21.93 billion yuan", "21.93 billion yuan", "other", X, None, P1, "level", 21.93 * B, "CNY", "economy"),
    ("an increase of 11.6 percent", "11.6 percent", "other", X, None, P1, "growth_yoy", 11.6, "percent", "economy"),
    ("visits were 41.2 percent higher", "41.2 percent", "tourists", X, None, P1, "growth_other", 41.2, "percent"),
    ("revenue 36.5 percent higher", "36.5 percent", "other", X, None, P1, "growth_other", 36.5, "percent", "economy"),
    ("made up 38.7 percent", "38.7 percent", "tourists", X, None, P1, "share", 38.7, "percent"),
    ("roughly three in five", "roughly three in five", "tourists", X, None, P1, "share", 60, "percent"),
    ("The region's 19 scenic areas", "19", "other", X, None, P1, "level", 19, "count", "economy"),
    ("received 4.37 million visits", "4.37 million", "tourists", X, None, P1, "level", 4.37e6, "count"),
    ("or 18.6 percent of the total", "18.6 percent", "tourists", X, None, P1, "share", 18.6, "percent"),
    ("handled 1.18 million passenger trips", "1.18 million", "passengers", "Urumqi", None, P1, "level", 1.18e6, "count"),
    ("14.3 percent more", "14.3 percent", "passengers", "Urumqi", None, P1, "growth_yoy", 14.3, "percent"),
    ("the 28 civil airports", "28", "airports", X, None, P1, "level", 28, "count"),
    ("together handled 2.04 million", "2.04 million", "passengers", X, None, P1, "level", 2.04e6, "count"),
] + rows1 + [
    ("alone logged 1.06 million visits", "1.06 million", "tourists", "Kashgar", None, P1, "level", 1.06e6, "count"),
    ("cleared 186,400", "186,400", "passengers", X, None, P1, "level", 186400, "count"),
    ("up 27.9 percent", "27.9 percent", "passengers", X, None, P1, "growth_yoy", 27.9, "percent"),
    ("Khorgos alone 52,700", "52,700", "passengers", "Horgos", None, P1, "level", 52700, "count"),
    ("received 71,300 foreign visitors", "71,300", "tourists", X, None, P1, "level", 71300, "count"),
    ("accounted for 64 percent", "64 percent", "tourists", X, CA, P1, "share", 64, "percent"),
    ("Kazakh citizens numbered 29,800", "29,800", "tourists", X, KZ, P1, "level", 29800, "count"),
    ("8,900 and 7,600", "8,900", "tourists", X, UZ, P1, "level", 8900, "count"),
    ("8,900 and 7,600", "7,600", "tourists", X, KG, P1, "level", 7600, "count"),
    ("occupancy rate of 81.4 percent", "81.4 percent", "other", X, None, P1, "level", 81.4, "percent", "economy"),
    ("in Urumqi 88.2 percent", "88.2 percent", "other", "Urumqi", None, P1, "level", 88.2, "percent", "economy"),
    ("More than 1,200 cultural", "More than 1,200", "other", X, None, P1, "level", 1200, "count", "economy"),
    ("received 262.8 million visits", "262.8 million", "tourists", X, None, Q1, "level", 262.8e6, "count"),
    ("up 11.3 percent", "11.3 percent", "tourists", X, None, Q1, "growth_yoy", 11.3, "percent"),
    ("287.5 billion yuan", "287.5 billion yuan", "other", X, None, Q1, "level", 287.5 * B, "CNY", "economy"),
    ("more than 330 million visits", "more than 330 million", "tourists", X, None, "2025", "target", 330e6, "count"),
]

# ad02: dated 16 October 2025 (dateline). The title names two periods (2024 and January-September 2025), so there is no rule 3;
# every figure has its own time words or its paragraph's (rule 2): the lead's "in January-September 2025" and the later "Over the
# nine months", "in January-September", "in the nine months" are 2025-01/2025-09; "In 2024 as a whole", "last year" and "For
# the whole of 2024" are 2024; "now" is 2025-10; "In May 2025" 2025-05 (rule 2 carries it to the sorting centre's capacity,
# ac06's logistics park); "since January" is open-ended (null); "For the full year" 2025. Kazpost is the national operator:
# region Kazakhstan unless noted. Items handled by the post are `other` (logistics, count) (s06's parcels from China), China's
# part with partner China; the value of goods bought from foreign online stores is `other` (trade) (s06); Kazpost's revenue is
# `other` (economy).
P2 = "2025-01/2025-09"
TABLE2 = [  # (row, region): items (thousand), change (%)
    ("| Almaty city          | 9,418           | 21.3 ", "Almaty"),
    ("| Astana city          | 6,205           | 19.8 ", "Astana"),
    ("| Shymkent city        | 3,137           | 26.4 ", "Shymkent"),
    ("| Karaganda region     | 2,264           | 12.1 ", "Karaganda"),
    ("| Almaty region        | 2,089           | 30.7 ", "Almaty region"),
    ("| Kazakhstan, total    | 34,862          | 20.6 ", KZ),
]
rows2 = []
for row, region in TABLE2:
    items, ch = [c.strip() for c in row.split("|")[2:4]]
    rows2 += table_row(row, [
        (items, "other", region, CN, P2, "level", 1e3, "count", "logistics"),
        (ch, "other", region, CN, P2, "growth_yoy", 1, "percent", "logistics"),
    ])
DOCS["ad02_kazpost_cross_border_parcels_china_2024_2025"] = [
    ("delivered 41.7 million international", "41.7 million", "other", KZ, None, P2, "level", 41.7e6, "count", "logistics"),
    ("18.4 percent more", "18.4 percent", "other", KZ, None, P2, "growth_yoy", 18.4, "percent", "logistics"),
    ("accounted for 83.6 percent", "83.6 percent", "other", KZ, CN, P2, "share", 83.6, "percent", "logistics"),
    ("about 34.9 million pieces", "34.9 million", "other", KZ, CN, P2, "level", 34.9e6, "count", "logistics"),
    ("handled 48.3 million", "48.3 million", "other", KZ, None, "2024", "level", 48.3e6, "count", "logistics"),
    ("against 31.2 million", "31.2 million", "other", KZ, None, "2023", "level", 31.2e6, "count", "logistics"),
    ("14.6 million in 2021", "14.6 million", "other", KZ, None, "2021", "level", 14.6e6, "count", "logistics"),
    ("79.5 percent last year", "79.5 percent", "other", KZ, CN, "2024", "share", 79.5, "percent", "logistics"),
    ("processed 21.6 million items", "21.6 million", "other", "Horgos", None, P2, "level", 21.6e6, "count", "logistics"),
    ("Dostyk 7.4 million", "7.4 million", "other", "Dostyk", None, P2, "level", 7.4e6, "count", "logistics"),
] + rows2 + [
    ("runs 2,940 self-service", "2,940", "other", KZ, None, "2025-10", "level", 2940, "count", "logistics"),
    ("taken on 1,450 additional", "1,450", "population", KZ, None, None, "level", 1450, "count"),
    ("built for 18.5 billion tenge", "18.5 billion tenge", "infrastructure_investment", "Almaty", None, "2025-05", "level",
     18.5 * B, "KZT"),
    ("process 600,000 items a day", "600,000", "other", "Almaty", None, "2025-05", "level", 600000, "count_per_day",
     "logistics"),
    ("worth 612.4 billion tenge", "612.4 billion tenge", "other", KZ, None, P2, "level", 612.4 * B, "KZT", "trade"),
    ("about $1.19 billion", "$1.19 billion", "other", KZ, None, P2, "level", 1.19 * B, "USD", "trade"),
    ("made up 71 percent", "71 percent", "other", KZ, CN, P2, "share", 71, "percent", "trade"),
    ("$1.46 billion", "$1.46 billion", "other", KZ, None, "2024", "level", 1.46 * B, "USD", "trade"),
    ("rose 27 percent", "27 percent", "other", KZ, None, P2, "growth_yoy", 27, "percent", "economy"),
    ("58.3 billion tenge", "58.3 billion tenge", "other", KZ, None, P2, "level", 58.3 * B, "KZT", "economy"),
    ("sent 214,000 items abroad", "214,000", "other", KZ, None, P2, "level", 214000, "count", "logistics"),
    ("38,000 of them", "38,000", "other", KZ, CN, P2, "level", 38000, "count", "logistics"),
    ("more than 58 million", "more than 58 million", "other", KZ, None, "2025", "target", 58e6, "count", "logistics"),
]

# ad03: a press conference on 23 December 2025 whose title states one period, 2025 (rule 3 for the undated figures). "In
# January-November" is 2025-01/2025-11 (rule 2 carries it through the first paragraph); "At the end of November" 2025-11; "during
# the year", "this year" 2025; "now" 2025-12 (rule 1; the workers are in the same sentence); "in 2024" and "than in 2023" date
# water use; "From June to August" 2025-06/2025-08; "Next year" 2026; "By 2030" a target year. Region Xinjiang unless noted.
# Water-project spending is `investment` (not transport); projects under construction are `enterprises` (ab01's "186 projects
# ... 64 of them"); reservoirs, floods, areas and canals have no code: `other` (economy). Volumes in cubic metres have no contract
# unit and are not annotated; the coefficient 0.582 is not a percent and is not annotated either.
P3 = "2025-01/2025-11"
TABLE3 = [  # (row, region, due year): total investment (100 million yuan) is a `target` of its due year, 2025's part a level
    ("| Dashixia water control project         | Aksu       | 138.2                               | 21.6 ", "Aksu", "2026"),
    ("| Kalasu reservoir, Yurungkash River     | Hotan      | 54.7                                | 9.8 ", "Hotan", "2027"),
    ("| Aertashi irrigation district, phase II | Kashgar    | 36.9                                | 7.4 ", "Kashgar", "2026"),
    ("| Xiaoshixia reservoir                   | Ili        | 28.3                                | 6.1 ", "Ili", "2027"),
    ("| Northern water diversion, stage 3      | Changji    | 97.5                                | 14.2 ", "Changji", "2028"),
]
rows3 = []
for row, region, due in TABLE3:
    total, done = [c.strip() for c in row.split("|")[3:5]]
    rows3 += table_row(row, [
        (total, "investment", region, None, due, "target", 1e8, "CNY"),
        (done, "investment", region, None, "2025", "level", 1e8, "CNY"),
    ])
DOCS["ad03_xinjiang_water_resources_reservoirs_irrigation_2025"] = [
    ("reached 61.8 billion yuan", "61.8 billion yuan", "investment", X, None, P3, "level", 61.8 * B, "CNY"),
    ("up 7.3 percent", "7.3 percent", "investment", X, None, P3, "growth_yoy", 7.3, "percent"),
    ("provided 38.4 billion yuan", "38.4 billion yuan", "investment", X, None, P3, "level", 38.4 * B, "CNY"),
    ("23.4 billion yuan", "23.4 billion yuan", "investment", X, None, P3, "level", 23.4 * B, "CNY"),
    ("412 water projects", "412", "enterprises", X, None, "2025-11", "level", 412, "count"),
    ("27 of them large", "27", "enterprises", X, None, "2025-11", "level", 27, "count"),
    ("Eleven reservoirs", "Eleven", "other", X, None, "2025", "level", 11, "count", "economy"),
    ("now has 684 reservoirs", "684", "other", X, None, "2025-12", "level", 684, "count", "economy"),
    ("about 132,000 workers", "132,000", "population", X, None, "2025-12", "level", 132000, "count"),
    ("some 71,500 of them", "71,500", "population", X, None, "2025-12", "level", 71500, "count"),
] + rows3 + [
    ("a further 186,700 hectares", "186,700 hectares", "other", X, None, "2025", "level", 186700, "ha", "economy"),
    ("total to 4.42 million hectares", "4.42 million hectares", "other", X, None, "2025", "level", 4.42e6, "ha", "economy"),
    ("or 82.6 percent", "82.6 percent", "other", X, None, "2025", "share", 82.6, "percent", "economy"),
    ("Some 2,360 kilometres", "2,360 kilometres", "other", X, None, "2025", "level", 2360, "km", "economy"),
    ("2.7 percent less", "2.7 percent", "other", X, None, "2024", "growth_yoy", -2.7, "percent", "economy"),
    ("fell to 88.9 percent", "88.9 percent", "other", X, None, "2024", "share", 88.9, "percent", "economy"),
    ("1,870 square kilometres", "1,870 square kilometres", "other", X, None, "2025", "level", 187000, "ha", "economy"),
    ("reached 99.2 percent", "99.2 percent", "other", X, None, "2025", "level", 99.2, "percent", "social"),
    ("for 1.1 million rural residents", "1.1 million", "population", X, None, "2025", "level", 1.1e6, "count"),
    ("37 floods", "37", "other", X, None, "2025-06/2025-08", "level", 37, "count", "economy"),
    ("about 65 billion yuan", "65 billion yuan", "investment", X, None, "2026", "target", 65 * B, "CNY"),
    ("cover 85 percent", "85 percent", "other", X, None, "2030", "target", 85, "percent", "economy"),
    ("About 58 percent", "58 percent", "investment", X, None, "2025", "share", 58, "percent"),
]

# ad04: dated 28 November 2025; the title states one period, the 2025 harvest (`2025`, z04 and ac02's seasons), so rule 3 dates
# the undated figures and Table 1 (whose title says 2025). "last year" and "in 2024" are 2024; "now" 2025-11 (rule 1); "in
# January-October" 2025-01/2025-10, carried by rule 2 through the export paragraph ("in the ten months" is the same span); "In
# October" 2025-10; "by 2027" and "by the same year" a target year. Region Aksu (the prefecture) unless noted. Crops, areas,
# processing, online sales and prices are `other` (economy); nuts and dates sold abroad are a product part of exports: `other`
# (trade); walnuts cleared at a crossing are a product part of its cargo: `other` (logistics) (v05's coal). Table rows: counties
# drop "county"; "Aksu City" keeps its name so that it does not merge with the prefecture (v01's Altay City); "Prefecture" is Aksu.
# The First Division of the XPCC and Alar are one administration: region `Alar` (ab01's Shihezi).
P4 = "2025"
E4 = "2025-01/2025-10"
TABLE4 = [  # (row, region): walnuts (thousand t), change (%), red dates (thousand t)
    ("Wensu               184.3          7.9                 61.2", "Wensu"),
    ("Awat                 76.2          8.8                318.5", "Awat"),
    ("Aksu City            31.5         -1.2                276.9", "Aksu City"),
    ("Prefecture          518.6          6.4              1,040.0", "Aksu"),
]
rows4 = []
for row, region in TABLE4:
    w, ch, d = row.split()[-3:]
    rows4 += table_row(row, [
        (w, "other", region, None, P4, "level", 1e3, "t", "economy"),
        (ch, "other", region, None, P4, "growth_yoy", 1, "percent", "economy"),
        (d, "other", region, None, P4, "level", 1e3, "t", "economy"),
    ])
AK = "Aksu"
DOCS["ad04_aksu_walnut_jujube_season_2025"] = [
    ("harvested 518,600 tonnes", "518,600 tonnes", "other", AK, None, P4, "level", 518600, "t", "economy"),
    ("6.4 percent more than last year", "6.4 percent", "other", AK, None, P4, "growth_yoy", 6.4, "percent", "economy"),
    ("246,000 hectares", "246,000 hectares", "other", AK, None, P4, "level", 246000, "ha", "economy"),
    ("came to 1.04 million tonnes", "1.04 million tonnes", "other", AK, None, P4, "level", 1.04e6, "t", "economy"),
    ("3.8 percent less", "3.8 percent", "other", AK, None, P4, "growth_yoy", -3.8, "percent", "economy"),
    ("about 42 percent", "42 percent", "other", AK, None, P4, "share", 42, "percent", "economy"),
    ("nine tenths", "nine tenths", "other", AK, None, "2025-11", "share", 90, "percent", "economy"),
    ("some 152,000 hectares", "152,000 hectares", "other", AK, None, P4, "level", 152000, "ha", "economy"),
    ("crop of 286,000 tonnes", "286,000 tonnes", "other", "Hotan", None, P4, "level", 286000, "t", "economy"),
    ("picked 436,000 tonnes", "436,000 tonnes", "other", "Alar", None, P4, "level", 436000, "t", "economy"),
] + rows4 + [
    ("from 14 to 17 yuan", "14 to 17 yuan", "other", AK, None, P4, "level", 14, "CNY", "economy"),
    ("from 14 to 17 yuan", "14 to 17 yuan", "other", AK, None, P4, "level", 17, "CNY", "economy"),
    ("18-21 yuan", "18-21 yuan", "other", AK, None, "2024", "level", 18, "CNY", "economy"),
    ("18-21 yuan", "18-21 yuan", "other", AK, None, "2024", "level", 21, "CNY", "economy"),
    ("162 processing enterprises", "162", "enterprises", AK, None, P4, "level", 162, "count"),
    ("packed 386,000 tonnes", "386,000 tonnes", "other", AK, None, P4, "level", 386000, "t", "economy"),
    ("reached 2.14 billion yuan", "2.14 billion yuan", "other", AK, None, P4, "level", 2.14 * B, "CNY", "economy"),
    ("exported 38,400 tonnes", "38,400 tonnes", "other", AK, None, E4, "level", 38400, "t", "trade"),
    ("worth 642 million yuan", "642 million yuan", "other", AK, None, E4, "level", 642e6, "CNY", "trade"),
    ("up 23.5 percent", "23.5 percent", "other", AK, None, E4, "growth_yoy", 23.5, "percent", "trade"),
    ("took 61 percent", "61 percent", "other", AK, CA, E4, "share", 61, "percent", "trade"),
    ("12,600 tonnes", "12,600 tonnes", "other", AK, KZ, E4, "level", 12600, "t", "trade"),
    ("7,900 tonnes respectively", "7,900 tonnes", "other", AK, UZ, E4, "level", 7900, "t", "trade"),
    ("at 4,300 tonnes", "4,300 tonnes", "other", AK, None, E4, "level", 4300, "t", "trade"),
    ("cleared 16,800 tonnes", "16,800 tonnes", "other", "Irkeshtam", None, E4, "level", 16800, "t", "logistics"),
    ("780-820 som", "780-820 som", "other", "Bishkek", None, "2025-10", "level", 780, "KGS", "economy"),
    ("780-820 som", "780-820 som", "other", "Bishkek", None, "2025-10", "level", 820, "KGS", "economy"),
    ("98,000 sum", "98,000 sum", "other", "Tashkent", None, "2025-10", "level", 98000, "UZS", "economy"),
    ("to 60 percent by 2027", "60 percent", "other", AK, None, "2027", "target", 60, "percent", "economy"),
    ("100,000-tonne cold store", "100,000-tonne", "other", "Aksu City", None, "2027", "target", 100000, "t", "economy"),
]

# ad05: delivered 7 January 2025. The title states no period and the heading "I. The year 2024 in review" is not a lead (m04, y01,
# ab06): each paragraph of Section I carries its own "in 2024" / "Last year" / "In 2024", and rule 2 dates the sentences after
# it; "in October" is 2024-10 (its year from the paragraph, y01); "at the end of 2024" 2024. "Since 2021" is open-ended: null.
# Section II's "this year" is 2025; "in 2027" and "By 2027" are target years. Region Urumqi unless noted.
U = "Urumqi"
Y5 = "2024"
DOCS["ad05_urumqi_government_work_report_2025"] = [
    ("443.6 billion yuan", "443.6 billion yuan", "gdp", U, None, Y5, "level", 443.6 * B, "CNY"),
    ("growing 6.3 percent", "6.3 percent", "gdp", U, None, Y5, "growth_yoy", 6.3, "percent"),
    ("primary industry up 4.1 percent", "4.1 percent", "value_added_primary", U, None, Y5, "growth_yoy", 4.1, "percent"),
    ("the secondary 7.8 percent", "7.8 percent", "value_added_secondary", U, None, Y5, "growth_yoy", 7.8, "percent"),
    ("the tertiary 5.9 percent", "5.9 percent", "value_added_tertiary", U, None, Y5, "growth_yoy", 5.9, "percent"),
    ("contributed 69.4 percent", "69.4 percent", "value_added_tertiary", U, None, Y5, "share", 69.4, "percent"),
    ("surged 31.2 percent", "31.2 percent", "investment", U, None, Y5, "growth_yoy", 31.2, "percent"),
    ("rose 13.6 percent", "13.6 percent", "investment", U, None, Y5, "growth_yoy", 13.6, "percent"),
    ("started 1,030 projects", "1,030", "enterprises", U, None, Y5, "level", 1030, "count"),
    ("passed 500,000", "500,000", "enterprises", U, None, Y5, "level", 500000, "count"),
    ("97.45 billion yuan", "97.45 billion yuan", "trade_total", U, None, Y5, "level", 97.45 * B, "CNY"),
    ("up 19.7 percent", "19.7 percent", "trade_total", U, None, Y5, "growth_yoy", 19.7, "percent"),
    ("84.12 billion yuan", "84.12 billion yuan", "exports", U, None, Y5, "level", 84.12 * B, "CNY"),
    ("made up 63.8 percent", "63.8 percent", "trade_total", U, CA, Y5, "share", 63.8, "percent"),
    ("assembled 1,826", "1,826", "freight_trains", U, None, Y5, "level", 1826, "count"),
    ("28.73 million passenger trips", "28.73 million", "passengers", U, None, Y5, "level", 28.73e6, "count"),
    ("rose to 46", "46", "other", U, None, Y5, "level", 46, "count", "logistics"),
    ("The 56-kilometre eastern", "56-kilometre", "expressway_length", U, None, "2024-10", "level", 56, "km"),
    ("received 39.6 million visitors", "39.6 million", "tourists", U, None, Y5, "level", 39.6e6, "count"),
    ("up 17.2 percent", "17.2 percent", "tourists", U, None, Y5, "growth_yoy", 17.2, "percent"),
    ("spent 52.3 billion yuan", "52.3 billion yuan", "other", U, None, Y5, "level", 52.3 * B, "CNY", "economy"),
    ("reached 54,870 yuan", "54,870 yuan", "income_per_capita_urban", U, None, Y5, "level", 54870, "CNY"),
    ("up 4.6 percent", "4.6 percent", "income_per_capita_urban", U, None, Y5, "growth_yoy", 4.6, "percent"),
    ("27,360 yuan", "27,360 yuan", "income_per_capita_rural", U, None, Y5, "level", 27360, "CNY"),
    ("up 6.9 percent", "6.9 percent", "income_per_capita_rural", U, None, Y5, "growth_yoy", 6.9, "percent"),
    ("created 62,400 new urban jobs", "62,400", "jobs_created", U, None, Y5, "level", 62400, "count"),
    ("at 4.2 percent", "4.2 percent", "unemployment_rate", U, None, Y5, "level", 4.2, "percent"),
    ("took 75.2 percent", "75.2 percent", "livelihood_spending", U, None, Y5, "share", 75.2, "percent"),
    ("at 4.16 million", "4.16 million", "population", U, None, Y5, "level", 4.16e6, "count"),
    ("rate of 6.0 percent", "6.0 percent", "gdp", U, None, None, "growth_avg_annual", 6.0, "percent"),
    ("around 6.5 percent", "6.5 percent", "gdp", U, None, "2025", "target", 6.5, "percent"),
    ("more than 10 percent", "more than 10 percent", "investment", U, None, "2025", "target", 10, "percent"),
    ("above 110 billion yuan", "above 110 billion yuan", "trade_total", U, None, "2025", "target", 110 * B, "CNY"),
    ("retail sales growth of 6 percent", "6 percent", "other", U, None, "2025", "target", 6, "percent", "economy"),
    ("at least 60,000", "at least 60,000", "jobs_created", U, None, "2025", "target", 60000, "count"),
    ("within 5 percent", "5 percent", "unemployment_rate", U, None, "2025", "target", 5, "percent"),
    ("and 45 million tourist visits", "45 million", "tourists", U, None, "2025", "target", 45e6, "count"),
    ("form 2,000 freight trains", "2,000", "freight_trains", U, None, "2025", "target", 2000, "count"),
    ("21.8 billion yuan", "21.8 billion yuan", "infrastructure_investment", U, None, "2027", "target", 21.8 * B, "CNY"),
    ("pass 500 billion yuan", "500 billion yuan", "gdp", U, None, "2027", "target", 500 * B, "CNY"),
]

# ad06: dated 30 September 2025 (dateline); the title and the lead state one period, the first half of 2025 (`2025-H1`), so
# rule 3 dates the undated figures and Table 1 (whose title says the same); "over the period" is that period. "For the whole of
# 2024" is 2024; "over 2005-2024" a total over the years, 2005/2024; "as of 30 June 2025" 2025-06; "in 2025 as a whole" and "by
# 2029" date the forecasts and the goal. Gross FDI into Kazakhstan and its parts (reinvested earnings, activities, regions of
# Kazakhstan, the net inflow and the stock) are `investment`, region Kazakhstan or the Kazakh region. Money from an investing
# country takes that country as region and Kazakhstan as partner (aa03, k05, p06: "Investors from China provided ..."); Kazakh
# money invested in China is region Kazakhstan, partner China. The exchange rate is `other` (economy, KZT) (ab03).
P6 = "2025-H1"
TABLE6 = [  # (row, region): USD million, change (%)
    ("| Netherlands   | 2,486.3     | 4.2 ", "Netherlands"),
    ("| United States | 1,392.8     | 18.6 ", "United States"),
    ("| Switzerland   | 916.4       | -7.9 ", "Switzerland"),
    ("| China         | 812.5       | 36.4 ", CN),
    ("| Russia        | 704.1       | 9.3 ", "Russia"),
    ("| South Korea   | 402.9       | 51.7 ", "South Korea"),
    ("| Total         | 9,127.4     | 11.8 ", KZ),
]
rows6 = []
for row, region in TABLE6:
    amt, ch = [c.strip() for c in row.split("|")[2:4]]
    partner = None if region == KZ else KZ
    rows6 += table_row(row, [
        (amt, "investment", region, partner, P6, "level", 1e6, "USD"),
        (ch, "investment", region, partner, P6, "growth_yoy", 1, "percent"),
    ])
DOCS["ad06_nbk_gross_fdi_inflows_by_country_h1_2025"] = [
    ("USD 9,127.4 million, or", "USD 9,127.4 million", "investment", KZ, None, P6, "level", 9127.4e6, "USD"),
    ("4.64 trillion tenge", "4.64 trillion tenge", "investment", KZ, None, P6, "level", 4.64e12, "KZT"),
    ("an increase of 11.8%", "11.8%", "investment", KZ, None, P6, "growth_yoy", 11.8, "percent"),
    ("USD 1,984.6 million", "USD 1,984.6 million", "investment", KZ, None, P6, "level", 1984.6e6, "USD"),
    ("USD 4,211.5 million", "USD 4,211.5 million", "investment", KZ, None, P6, "level", 4211.5e6, "USD"),
    ("or 46.1%", "46.1%", "investment", KZ, None, P6, "share", 46.1, "percent"),
] + rows6 + [
    ("USD 1,421.6 million", "USD 1,421.6 million", "investment", CN, KZ, "2024", "level", 1421.6e6, "USD"),
    ("USD 26.8 billion", "USD 26.8 billion", "investment", CN, KZ, "2005/2024", "level", 26.8 * B, "USD"),
    ("USD 87.6 million", "USD 87.6 million", "investment", KZ, CN, P6, "level", 87.6e6, "USD"),
    ("USD 3,861.2 million", "USD 3,861.2 million", "investment", KZ, None, P6, "level", 3861.2e6, "USD"),
    ("or 42.3%", "42.3%", "investment", KZ, None, P6, "share", 42.3, "percent"),
    ("USD 1,672.0 million", "USD 1,672.0 million", "investment", KZ, None, P6, "level", 1672.0e6, "USD"),
    ("USD 918.6 million", "USD 918.6 million", "investment", KZ, None, P6, "level", 918.6e6, "USD"),
    ("USD 2,954.7 million", "USD 2,954.7 million", "investment", "Atyrau", None, P6, "level", 2954.7e6, "USD"),
    ("USD 1,318.2 million", "USD 1,318.2 million", "investment", "Almaty", None, P6, "level", 1318.2e6, "USD"),
    ("USD 906.3 million", "USD 906.3 million", "investment", "Astana", None, P6, "level", 906.3e6, "USD"),
    ("USD 163.4 billion", "USD 163.4 billion", "investment", KZ, None, "2025-06", "level", 163.4 * B, "USD"),
    ("held 5.2%", "5.2%", "investment", CN, KZ, "2025-06", "share", 5.2, "percent"),
    ("508.42 tenge", "508.42 tenge", "other", KZ, None, P6, "level", 508.42, "KZT", "economy"),
    ("USD 17-19 billion", "USD 17-19 billion", "investment", KZ, None, "2025", "target", 17 * B, "USD"),
    ("USD 17-19 billion", "USD 17-19 billion", "investment", KZ, None, "2025", "target", 19 * B, "USD"),
    ("USD 25 billion", "USD 25 billion", "investment", KZ, None, "2029", "target", 25 * B, "USD"),
    ("was 18.3% in the first half", "18.3%", "investment", KZ, None, P6, "share", 18.3, "percent"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
