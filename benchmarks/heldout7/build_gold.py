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

if __name__ == "__main__":
    build_and_report(DOCS, HERE)
