"""The annotations of the twelfth held-out gold (heldout12): `uv run python -m benchmarks.heldout12.build_gold` writes its
gold/*.jsonl (offsets computed and checked by benchmarks/gold_tools.py, which also says what an annotation holds)."""
from pathlib import Path

from benchmarks.gold_tools import CA, CN, KG, KZ, TJ, UZ, TM, B, X, build_and_report

HERE = Path(__file__).resolve().parent

DOCS = {}

# z01: dated 2025-07-11 (dateline); the title states one period, "the first half of 2025" (2025-H1) -> rule 3 for every
# undated figure, the present-tense area included. Table 1's columns are H1 2024 / H1 2025; "Change, %" is the growth of
# H1 2025. Region `Khorgos ICBC` throughout (the Centre, its zones, checkpoints and customs post). Goods bought and carried out
# by visitors are cross-border purchases with no code: `other` (trade), in KZT/CNY and in tonnes (t02's ICBC purchases).
IC, H1 = "Khorgos ICBC", "2025-H1"
TABLE1 = [  # (row anchor, H1 2024 t, H1 2025 t, change %)
    ("| Clothing and footwear                | 18,420  | 21,960  | 19.2      |", "18,420", "21,960", "19.2"),
    ("| Household appliances and electronics | 6,310   | 7,840   | 24.2      |", "6,310", "7,840", "24.2"),
    ("| Textiles and bedding                 | 5,870   | 6,120   | 4.3       |", "5,870", "6,120", "4.3"),
    ("| Food products                        | 3,240   | 2,910   | -10.2     |", "3,240", "2,910", "-10.2"),
    ("| Other goods                          | 4,460   | 5,230   | 17.3      |", "4,460", "5,230", "17.3"),
    ("| Total                                | 38,300  | 44,060  | 15.0      |", "38,300", "44,060", "15.0"),
]
rows1 = []
for anchor, a, b, ch in TABLE1:
    rows1 += [
        (anchor, a, "other", IC, None, "2024-H1", "level", float(a.replace(",", "")), "t", "trade"),
        (anchor, b, "other", IC, None, H1, "level", float(b.replace(",", "")), "t", "trade"),
        (anchor, ch, "other", IC, None, H1, "growth_yoy", float(ch), "percent", "trade"),
    ]
DOCS["z01_khorgos_icbc_operating_report_h1_2025"] = [
    ("covers 528 hectares", "528 hectares", "other", IC, None, H1, "level", 528, "ha", "economy"),
    ("of which 185 hectares", "185 hectares", "other", IC, None, H1, "level", 185, "ha", "economy"),
    ("received 3.46 million visits", "3.46 million", "tourists", IC, None, H1, "level", 3.46e6, "count"),
    ("14.2 percent more", "14.2 percent", "tourists", IC, None, H1, "growth_yoy", 14.2, "percent"),
    ("71.5 percent", "71.5 percent", "tourists", IC, CN, H1, "share", 71.5, "percent"),
    ("26.8 percent", "26.8 percent", "tourists", IC, KZ, H1, "share", 26.8, "percent"),
    ("with 812,000 visits", "812,000", "tourists", IC, None, "2025-05", "level", 812000, "count"),
    ("more than 21 million visits", "more than 21 million", "tourists", IC, None, None, "level", 21e6, "count"),
    ("made 28,600 trips", "28,600", "other", IC, None, H1, "level", 28600, "count", "logistics"),
    ("182.4 billion tenge", "182.4 billion tenge", "other", IC, None, H1, "level", 182.4 * B, "KZT", "trade"),
    ("2.56 billion yuan", "2.56 billion yuan", "other", IC, None, H1, "level", 2.56 * B, "CNY", "trade"),
    ("up 19.6 percent", "19.6 percent", "other", IC, None, H1, "growth_yoy", 19.6, "percent", "trade"),
    ("52,700 tenge", "52,700 tenge", "other", IC, None, H1, "level", 52700, "KZT", "trade"),
] + rows1 + [
    ("roughly half of the total weight", "roughly half", "other", IC, None, H1, "share", 50, "percent", "trade"),
    ("carrying out 14 projects", "14", "enterprises", IC, None, "2025-07", "level", 14, "count"),
    ("612 billion tenge", "612 billion tenge", "investment", IC, None, None, "target", 612 * B, "KZT"),
    ("five of them", "five", "enterprises", IC, None, "2025-07", "level", 5, "count"),
    ("3.8 billion yuan", "3.8 billion yuan", "investment", IC, None, "2025-01/2025-06", "level", 3.8 * B, "CNY"),
    ("3,460 shops", "3,460", "enterprises", IC, None, "2025-06", "level", 3460, "count"),
    ("5.12 billion yuan", "5.12 billion yuan", "trade_total", IC, None, H1, "level", 5.12 * B, "CNY"),
    ("up 23.8 percent", "23.8 percent", "trade_total", IC, None, H1, "growth_yoy", 23.8, "percent"),
    ("88 percent", "88 percent", "exports", IC, None, H1, "share", 88, "percent"),
    ("Around 6,800 people", "6,800", "population", IC, None, "2025-07", "level", 6800, "count"),
    ("2,150 of them", "2,150", "population", IC, None, "2025-07", "level", 2150, "count"),
    ("4.9 billion tenge", "4.9 billion tenge", "other", IC, None, H1, "level", 4.9 * B, "KZT", "economy"),
    ("about 7.5 million visits", "7.5 million", "tourists", IC, None, "2025", "target", 7.5e6, "count"),
    ("present 35,000", "35,000", "other", IC, None, "2025-07", "level", 35000, "count_per_day", "logistics"),
    ("to 50,000 people", "50,000", "other", IC, None, "2027", "target", 50000, "count_per_day", "logistics"),
    ("46-billion-tenge", "46-billion-tenge", "infrastructure_investment", IC, None, "2026", "target", 46 * B, "KZT"),
]

# z02: issued 2025-02-14; the title states one period, 2024 -> rule 3 ("At year-end" is 2024, "in December" 2024-12). The
# population is "at 1 January 2025" (2025-01), in prose and in Table 3's first column. Region Bishkek (the city itself, not
# standing for the country); Table 3's rows are the districts without "district". Square metres are converted to hectares
# (1 m2 = 0.0001 ha), as s04's floor area; housing rows are `other` (economy).
BI, Y2, J25 = "Bishkek", "2024", "2025-01"
TABLE2 = [  # (row anchor, population thousand, housing thousand sq m, multi-apartment %, district)
    ("Leninsky               368.4                    402.7                  94.8", "368.4", "402.7", "94.8", "Leninsky"),
    ("Oktyabrsky             322.9                    318.5                  92.1", "322.9", "318.5", "92.1", "Oktyabrsky"),
    ("Pervomaisky            227.6                    171.2                  96.4", "227.6", "171.2", "96.4", "Pervomaisky"),
    ("Sverdlovsky            263.9                    194.0                  89.1", "263.9", "194.0", "89.1", "Sverdlovsky"),
]
rows2 = []
for anchor, pop, hou, sh, reg in TABLE2:
    rows2 += [
        (anchor, pop, "population", reg, None, J25, "level", float(pop) * 1e3, "count"),
        (anchor, hou, "other", reg, None, Y2, "level", float(hou) * 1e3 / 1e4, "ha", "economy"),
        (anchor, sh, "other", reg, None, Y2, "share", float(sh), "percent", "economy"),
    ]
DOCS["z02_bishkek_city_construction_housing_population_2024"] = [
    ("at 496.2 billion soms", "496.2 billion soms", "gdp", BI, None, Y2, "level", 496.2 * B, "KGS"),
    ("34.0 percent", "34.0 percent", "gdp", BI, None, Y2, "share", 34.0, "percent"),
    ("10.9 percent in real terms", "10.9 percent", "gdp", BI, None, Y2, "growth_yoy", 10.9, "percent"),
    ("118.6 billion soms", "118.6 billion soms", "other", BI, None, Y2, "level", 118.6 * B, "KGS", "economy"),
    ("21.3 percent more", "21.3 percent", "other", BI, None, Y2, "growth_yoy", 21.3, "percent", "economy"),
    ("143.9 billion soms", "143.9 billion soms", "investment", BI, None, Y2, "level", 143.9 * B, "KGS"),
    ("17.8 percent", "17.8 percent", "investment", BI, None, Y2, "growth_yoy", 17.8, "percent"),
    ("22.4 percent", "22.4 percent", "investment", BI, None, Y2, "share", 22.4, "percent"),
    ("1,946 enterprises", "1,946", "enterprises", BI, None, Y2, "level", 1946, "count"),
    ("712 of them", "712", "enterprises", BI, CN, Y2, "level", 712, "count"),
    ("1,086,400 square metres", "1,086,400 square metres", "other", BI, None, Y2, "level", 108.64, "ha", "economy"),
    ("12.7 percent more", "12.7 percent", "other", BI, None, Y2, "growth_yoy", 12.7, "percent", "economy"),
    ("1,012,900 square metres", "1,012,900 square metres", "other", BI, None, Y2, "level", 101.29, "ha", "economy"),
    ("9,820 apartments", "9,820", "other", BI, None, Y2, "level", 9820, "count", "economy"),
    ("1,140 individual", "1,140", "other", BI, None, Y2, "level", 1140, "count", "economy"),
    ("118,300 soms", "118,300 soms", "other", BI, None, "2024-12", "level", 118300, "KGS", "economy"),
    ("eleven schools", "eleven", "other", BI, None, Y2, "level", 11, "count", "social"),
    ("20,300 places", "20,300", "other", BI, None, Y2, "level", 20300, "count", "social"),
    ("four kindergartens", "four", "other", BI, None, Y2, "level", 4, "count", "social"),
    ("built 23 km", "23 km", "other", BI, None, Y2, "level", 23, "km", "logistics"),
    ("146 km", "146 km", "other", BI, None, Y2, "level", 146, "km", "logistics"),
    ("was 1,182,800", "1,182,800", "population", BI, None, J25, "level", 1182800, "count"),
    ("2.9 percent more", "2.9 percent", "population", BI, None, J25, "growth_yoy", 2.9, "percent"),
    ("52.6 percent", "52.6 percent", "population", BI, None, J25, "share", 52.6, "percent"),
    ("27,450 births", "27,450", "other", BI, None, Y2, "level", 27450, "count", "social"),
    ("6,180 deaths", "6,180", "other", BI, None, Y2, "level", 6180, "count", "social"),
    ("net 11,900", "11,900", "other", BI, None, Y2, "level", 11900, "count", "social"),
    ("41,280 soms", "41,280 soms", "other", BI, None, Y2, "level", 41280, "KGS", "economy"),
    ("numbered 3,410", "3,410", "population", BI, None, "2024-12", "level", 3410, "count"),
] + rows2

# z03: dated 2025-10-07 (dateline). The title states two periods (the 2025 summer season and the 2024-2025 autumn-winter
# period), so rule 3 never applies: each figure has its own time words, its paragraph's (rule 2), or the document month (rule 4,
# "now"). "Over these five months" is the summer season 2025-05/2025-09; "over those six months" the winter 2024-10/2025-03.
# Electricity exports and imports are product parts of trade: `other` (trade), region Tajikistan. kWh volumes have no unit.
S25, S24, W, N9 = "2025-05/2025-09", "2024-05/2024-09", "2024-10/2025-03", "2025-01/2025-09"
AF = "Afghanistan"
TABLE3 = [  # (row anchor, May-Sep 2024, Oct 2024-Mar 2025, May-Sep 2025 in USD million, partner)
    ("| Uzbekistan  | 46.8         | 3.1               | 51.2         |", "46.8", "3.1", "51.2", UZ),
    ("| Afghanistan | 41.7         | 18.9              | 47.4         |", "41.7", "18.9", "47.4", AF),
    ("| Total       | 88.5         | 22.0              | 98.6         |", "88.5", "22.0", "98.6", None),
]
rows3 = []
for anchor, a, w, b, partner in TABLE3:
    rows3 += [
        (anchor, a, "other", TJ, partner, S24, "level", float(a) * 1e6, "USD", "trade"),
        (anchor, w, "other", TJ, partner, W, "level", float(w) * 1e6, "USD", "trade"),
        (anchor, b, "other", TJ, partner, S25, "level", float(b) * 1e6, "USD", "trade"),
    ]
DOCS["z03_tajik_energy_ministry_export_seasons_2025"] = [
    ("earned $98.6 million", "$98.6 million", "other", TJ, None, S25, "level", 98.6e6, "USD", "trade"),
    ("11.4 percent more", "11.4 percent", "other", TJ, None, S25, "growth_yoy", 11.4, "percent", "trade"),
    ("44 percent", "44 percent", "other", TJ, AF, S25, "share", 44, "percent", "trade"),
    ("rose 13.7", "13.7", "other", TJ, AF, S25, "growth_yoy", 13.7, "percent", "trade"),
    ("9.4 percent respectively", "9.4 percent", "other", TJ, UZ, S25, "growth_yoy", 9.4, "percent", "trade"),
    ("up 6.8 percent", "6.8 percent", "other", TJ, None, N9, "growth_yoy", 6.8, "percent", "economy"),
] + rows3 + [
    ("$24.3 million", "$24.3 million", "other", TJ, TM, W, "level", 24.3e6, "USD", "trade"),
    ("$128.5 million", "$128.5 million", "other", TJ, None, "2024", "level", 128.5e6, "USD", "trade"),
    ("was 6,780 MW", "6,780 MW", "energy_capacity", TJ, None, "2025-10", "level", 6.78e6, "kW"),
    ("89.7 percent", "89.7 percent", "energy_capacity", TJ, None, "2025-10", "share", 89.7, "percent"),
    ("3,125 MW", "3,125 MW", "energy_capacity", "Nurek", None, "2025-08", "level", 3.125e6, "kW"),
    ("eleven small", "eleven", "other", TJ, None, N9, "level", 11, "count", "economy"),
    ("combined 24 MW", "24 MW", "other", TJ, None, N9, "level", 24000, "kW", "economy"),
    ("477 km", "477 km", "other", TJ, None, "2025-10", "level", 477, "km", "economy"),
    ("1,300 MW", "1,300 MW", "other", "Sangtuda", None, "2026", "target", 1.3e6, "kW", "economy"),
    ("4.72 billion somoni", "4.72 billion somoni", "investment", TJ, None, N9, "level", 4.72 * B, "TJS"),
    ("61 percent", "61 percent", "investment", TJ, None, N9, "share", 61, "percent"),
    ("about 21,000 people", "21,000", "population", TJ, None, "2025-10", "level", 21000, "count"),
    ("$380 million", "$380 million", "contracts_signed", CN, TJ, "2025-09", "level", 380e6, "USD"),
    ("400 MW", "400 MW", "energy_capacity", "Sughd", None, "2027", "target", 4e5, "kW"),
    ("$300 million", "$300 million", "other", TJ, None, "2030", "target", 300e6, "USD", "trade"),
]

# z04: dated 2025-12-16 (first lines); the title states one period, the 2025 cotton season -> rule 3 (Table 2 included).
# "this year" is 2025; "now" is 2025-12; "five years ago" is 2020; "by the end of November" 2025-11; "By 15 December" 2025-12.
# Region Xinjiang unless noted. Cotton area, output, rates, machines and prices have no code: `other` (economy) (p04, w02).
Y4 = "2025"
TABLE4 = [  # (row anchor, area thousand ha, lint output 10,000 t, mechanised harvesting rate %, prefecture)
    ("Aksu                   612.4                156.2                       96.1", "612.4", "156.2", "96.1", "Aksu"),
    ("Kashgar                458.7                103.2                       93.5", "458.7", "103.2", "93.5", "Kashgar"),
    ("Bayingolin             321.5                 83.6                       98.7", "321.5", "83.6", "98.7", "Bayingolin"),
    ("Tacheng                268.3                 68.4                       99.2", "268.3", "68.4", "99.2", "Tacheng"),
    ("Changji                176.9                 47.8                       99.5", "176.9", "47.8", "99.5", "Changji"),
    ("Bortala                 92.6                 24.1                       99.0", "92.6", "24.1", "99.0", "Bortala"),
]
rows4 = []
for anchor, area, out, rate, reg in TABLE4:
    rows4 += [
        (anchor, area, "other", reg, None, Y4, "level", float(area) * 1e3, "ha", "economy"),
        (anchor, out, "other", reg, None, Y4, "level", float(out) * 1e4, "t", "economy"),
        (anchor, rate, "other", reg, None, Y4, "level", float(rate), "percent", "economy"),
    ]
DOCS["z04_xinjiang_cotton_harvest_mechanisation_2025"] = [
    ("2.43 million hectares", "2.43 million hectares", "other", X, None, Y4, "level", 2.43e6, "ha", "economy"),
    ("6.16 million tonnes", "6.16 million tonnes", "other", X, None, Y4, "level", 6.16e6, "t", "economy"),
    ("8.3 percent", "8.3 percent", "other", X, None, Y4, "growth_yoy", 8.3, "percent", "economy"),
    ("92.8 percent", "92.8 percent", "other", X, None, Y4, "share", 92.8, "percent", "economy"),
    ("about 96 percent", "96 percent", "other", X, None, "2025-12", "share", 96, "percent", "economy"),
] + rows4 + [
    ("reached 97.2 percent", "97.2 percent", "other", X, None, Y4, "level", 97.2, "percent", "economy"),
    ("harvesting 98.6 percent", "98.6 percent", "other", X, None, Y4, "level", 98.6, "percent", "economy"),
    ("12,860 cotton pickers", "12,860", "other", X, None, Y4, "level", 12860, "count", "economy"),
    ("of which 9,140", "9,140", "other", X, None, Y4, "level", 9140, "count", "economy"),
    ("71.1 percent", "71.1 percent", "other", X, None, Y4, "share", 71.1, "percent", "economy"),
    ("fewer than a third", "fewer than a third", "other", X, None, "2020", "share", 100 / 3, "percent", "economy"),
    ("More than 31,000", "More than 31,000", "other", X, None, Y4, "level", 31000, "count", "economy"),
    ("1.9 million hectares", "1.9 million hectares", "other", X, None, Y4, "level", 1.9e6, "ha", "economy"),
    ("48,000 tractors", "48,000", "other", X, None, Y4, "level", 48000, "count", "economy"),
    ("from 6.1 yuan", "6.1 yuan", "other", X, None, Y4, "level", 6.1, "CNY", "economy"),
    ("6.6 yuan per kilogram", "6.6 yuan", "other", X, None, Y4, "level", 6.6, "CNY", "economy"),
    ("96.4 billion yuan", "96.4 billion yuan", "other", X, None, Y4, "level", 96.4 * B, "CNY", "economy"),
    ("18,600 yuan", "18,600 yuan", "other", X, None, Y4, "level", 18600, "CNY", "economy"),
    ("1,020 licensed", "1,020", "enterprises", X, None, "2025-11", "level", 1020, "count"),
    ("4.85 million tonnes", "4.85 million tonnes", "other", X, None, "2025-11", "level", 4.85e6, "t", "economy"),
    ("2.73 million tonnes", "2.73 million tonnes", "other", X, None, "2025-12", "level", 2.73e6, "t", "logistics"),
    ("21.4 percent more", "21.4 percent", "other", X, None, "2025-12", "growth_yoy", 21.4, "percent", "logistics"),
    ("38,600 tonnes", "38,600 tonnes", "other", X, UZ, "2025-01/2025-11", "level", 38600, "t", "trade"),
    ("1.02 billion yuan", "1.02 billion yuan", "other", X, UZ, "2025-01/2025-11", "level", 1.02 * B, "CNY", "trade"),
    ("to 99 percent", "99 percent", "other", X, None, "2027", "target", 99, "percent", "economy"),
    ("about 2.4 million hectares", "2.4 million hectares", "other", X, None, "2027", "target", 2.4e6, "ha", "economy"),
]

# z05: dated 2025-11-21 (source line; the dateline has no year); the lead states one period, "the first 10 months of this
# year" (2025-01/2025-10) -> rule 3 for the undated sentences. Vehicles exported are a product part of exports: `other`
# (trade), in count and CNY (u03's motor vehicles). "now" is 2025-11.
P5 = "2025-01/2025-10"
DOCS["z05_xinjiang_vehicle_exports_central_asia_jan_oct_2025"] = [
    ("exported 412,600", "412,600", "other", X, None, P5, "level", 412600, "count", "trade"),
    ("up 18.9 percent", "18.9 percent", "other", X, None, P5, "growth_yoy", 18.9, "percent", "trade"),
    ("64.3 percent", "64.3 percent", "other", X, CA, P5, "share", 64.3, "percent", "trade"),
    ("58.47 billion yuan", "58.47 billion yuan", "other", X, None, P5, "level", 58.47 * B, "CNY", "trade"),
    ("16.2 percent", "16.2 percent", "other", X, None, P5, "share", 16.2, "percent", "trade"),
    ("about a quarter", "about a quarter", "other", X, None, P5, "share", 25, "percent", "trade"),
    ("9 percent in 2023", "9 percent", "other", X, None, "2023", "share", 9, "percent", "trade"),
    ("taking 152,300", "152,300", "other", X, KZ, P5, "level", 152300, "count", "trade"),
    ("61,700", "61,700", "other", X, UZ, P5, "level", 61700, "count", "trade"),
    ("48,900", "48,900", "other", X, KG, P5, "level", 48900, "count", "trade"),
    ("jumped 71 percent", "71 percent", "other", X, None, P5, "growth_yoy", 71, "percent", "trade"),
    ("136,800 units", "136,800", "other", X, None, P5, "level", 136800, "count", "trade"),
    ("38,400 of the vehicles", "38,400", "other", X, None, P5, "level", 38400, "count", "trade"),
    ("18,900 units", "18,900", "other", X, UZ, P5, "level", 18900, "count", "trade"),
    ("cleared 176,500", "176,500", "other", "Horgos", None, P5, "level", 176500, "count", "trade"),
    ("Alashankou 93,200", "93,200", "other", "Alashankou", None, P5, "level", 93200, "count", "trade"),
    ("1,286 car-carrier", "1,286", "freight_trains", X, CA, P5, "level", 1286, "count"),
    ("27 percent more", "27 percent", "freight_trains", X, CA, P5, "growth_yoy", 27, "percent"),
    ("formed 214", "214", "freight_trains", "Urumqi", CA, P5, "level", 214, "count"),
    ("reached 312", "312", "enterprises", X, None, "2025-10", "level", 312, "count"),
    ("$2.14 billion", "$2.14 billion", "other", KZ, CN, "2025-01/2025-09", "level", 2.14 * B, "USD", "trade"),
    ("41 percent", "41 percent", "other", CN, KZ, "2025-11", "share", 41, "percent", "economy"),
    ("17,600 vehicles", "17,600", "other", "Almaty", None, "2025-01/2025-09", "level", 17600, "count", "economy"),
    ("421,000 vehicles", "421,000", "other", X, None, "2024", "level", 421000, "count", "trade"),
    ("exceed 500,000", "500,000", "other", X, None, "2025", "target", 500000, "count", "trade"),
    ("1.35 billion yuan", "1.35 billion yuan", "infrastructure_investment", "Horgos", None, "2026", "target", 1.35 * B, "CNY"),
    ("6,000 cars", "6,000", "other", "Horgos", None, "2026", "target", 6000, "count", "logistics"),
]

# z06: dated September 2025 (first lines); the title states no period, so there is no rule 3: every figure has its own time
# words, its paragraph's (rule 2) or a table column. "last year" is 2024. Registered migrants are a group counted:
# `population`, region Kazakhstan (the host), partner the citizenship (x04's students hosted by China). Remittances are
# `other` (economy), region the receiving country, partner Kazakhstan (u01, v06).
TABLE6 = [  # (row anchor, 2022, 2023, 2024 in thousand people, partner)
    ("| Uzbekistan    | 198.4 | 241.7 | 286.3 |", "198.4", "241.7", "286.3", UZ),
    ("| Kyrgyzstan    | 61.2  | 70.8  | 78.5  |", "61.2", "70.8", "78.5", KG),
    ("| Tajikistan    | 24.6  | 29.3  | 33.9  |", "24.6", "29.3", "33.9", TJ),
    ("| All countries | 318.9 | 381.2 | 447.6 |", "318.9", "381.2", "447.6", None),
]
rows6 = []
for anchor, a, b, c, partner in TABLE6:
    for cell, year in ((a, "2022"), (b, "2023"), (c, "2024")):
        rows6.append((anchor, cell, "population", KZ, partner, year, "level", float(cell) * 1e3, "count"))
DOCS["z06_brief_labour_migration_to_kazakhstan"] = [
    ("rose to 447,600", "447,600", "population", KZ, None, "2024", "level", 447600, "count"),
    ("58 percent above", "58 percent", "population", KZ, None, "2024", "growth_other", 58, "percent"),
    ("120,000-150,000", "120,000-150,000", "population", KZ, KG, "2024", "level", 120000, "count"),
    ("120,000-150,000", "120,000-150,000", "population", KZ, KG, "2024", "level", 150000, "count"),
] + rows6 + [
    ("14.2 percent a year", "14.2 percent", "population", KZ, UZ, "2019/2024", "growth_avg_annual", 14.2, "percent"),
    ("almost two thirds", "almost two thirds", "population", KZ, UZ, "2024", "share", 200 / 3, "percent"),
    ("placed 14,600", "14,600", "other", UZ, KZ, "2024", "level", 14600, "count", "social"),
    ("9,800 a year before", "9,800", "other", UZ, KZ, "2023", "level", 9800, "count", "social"),
    ("employed 38 percent", "38 percent", "population", KZ, None, "2024", "share", 38, "percent"),
    ("agriculture 17 percent", "17 percent", "population", KZ, None, "2024", "share", 17, "percent"),
    ("catering 14 percent", "14 percent", "population", KZ, None, "2024", "share", 14, "percent"),
    ("hosted 41 percent", "41 percent", "population", "Almaty", None, "2024", "share", 41, "percent"),
    ("Astana 22 percent", "22 percent", "population", "Astana", None, "2024", "share", 22, "percent"),
    ("Shymkent 11 percent", "11 percent", "population", "Shymkent", None, "2024", "share", 11, "percent"),
    ("of 290,000", "290,000", "other", "Almaty", None, "2025-03/2025-04", "level", 290000, "KZT", "economy"),
    ("350,000 tenge", "350,000 tenge", "other", "Almaty", None, "2025-03/2025-04", "level", 350000, "KZT", "economy"),
    ("312,400", "312,400", "other", KZ, None, "2024", "level", 312400, "count", "social"),
    ("7,384 tenge", "7,384 tenge", "other", KZ, None, "2024", "level", 7384, "KZT", "economy"),
    ("$1.36 billion", "$1.36 billion", "other", UZ, KZ, "2024", "level", 1.36 * B, "USD", "economy"),
    ("23 percent more", "23 percent", "other", UZ, KZ, "2024", "growth_yoy", 23, "percent", "economy"),
    ("8.9 percent", "8.9 percent", "other", KZ, UZ, "2024", "share", 8.9, "percent", "economy"),
    ("$412 million", "$412 million", "other", KG, KZ, "2024", "level", 412e6, "USD", "economy"),
    ("520,000-560,000", "520,000-560,000", "population", KZ, None, "2027", "target", 520000, "count"),
    ("520,000-560,000", "520,000-560,000", "population", KZ, None, "2027", "target", 560000, "count"),
]

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
