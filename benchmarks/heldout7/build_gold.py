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

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
