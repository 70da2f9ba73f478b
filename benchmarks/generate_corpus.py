"""A synthetic corpus for the scale benchmark: N plain-text economic reports in the style of the
seed documents in raw/ (analytical articles, news items with a dateline, academic papers,
numbered policy reports with markdown pipe tables, statistical communiqués, logistics bulletins).

    uv run python -m benchmarks.generate_corpus --docs 1000  --out /tmp/corpus1k
    uv run python -m benchmarks.generate_corpus --docs 10000 --out /tmp/corpus10k     # ~100 MB

Test data, not rules: the templates live here and nowhere else. Every document draws its own
years, places, partners and figures and shuffles its sentences and sections, so no two documents
are alike (the generator checks: the pipeline keys documents by a hash of their text, and two
equal texts would be one document). Deterministic by --seed: document i depends only on
(seed, i), so the same command writes the same bytes, and a larger corpus starts with the
documents of a smaller one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# ---- vocabulary ----------------------------------------------------------------------------------

CITIES = ["Urumqi", "Kashgar", "Horgos", "Yining", "Karamay", "Turpan", "Hami", "Korla", "Shihezi", "Aksu",
          "Hotan", "Changji", "Bole", "Kuytun", "Artux"]
PREFECTURES = ["Ili", "Kashgar", "Aksu", "Hotan", "Changji", "Bortala", "Bayingolin", "Altay", "Tacheng", "Kizilsu"]
PORTS = ["Horgos", "Alashankou", "Bakhty", "Jeminay", "Takeshiken", "Torugart", "Irkeshtam", "Khunjerab", "Dulata"]
PARTNERS = ["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan", "Russia", "Mongolia", "Pakistan"]
PARTNER_CITIES = {"Kazakhstan": ["Almaty", "Astana", "Shymkent", "Zaysan", "Aktau"], "Kyrgyzstan": ["Bishkek", "Osh"],
                  "Uzbekistan": ["Tashkent", "Samarkand"], "Tajikistan": ["Dushanbe", "Khujand"],
                  "Turkmenistan": ["Ashgabat"], "Russia": ["Novosibirsk", "Barnaul"], "Mongolia": ["Ulaanbaatar"],
                  "Pakistan": ["Gilgit", "Islamabad"]}
OUTLETS = ["China Daily", "Xinhua", "Tianshan Net", "Global Times", "Kazinform", "Trend", "CGTN", "The Astana Times"]
OFFICIALS = ["Erkin Tuniyaz", "Wang Hui", "Li Ming", "Zhang Long", "Ma Xingrui", "Chen Jie", "Liu Yang", "Aynur Tursun",
             "Serik Zhumangarin", "Ablikim Kasim", "Gulnar Abdukerim", "Zhao Wei"]
AGENCIES = ["the Urumqi customs", "the regional department of commerce", "the regional bureau of statistics",
            "the Urumqi bureau of China State Railway Group", "the regional development and reform commission",
            "the regional department of transport", "the local government", "the port administration"]
UNIVERSITIES = ["Xinjiang University", "the Al-Farabi Kazakh National University", "Lanzhou University",
                "Shihezi University", "the Kazakh Institute for Strategic Studies", "Nazarbayev University",
                "the Chinese Academy of Social Sciences", "Xinjiang Normal University"]
SURNAMES = ["MADIYEV", "ZHANYMKHAN", "ARDAK", "WANG", "LI", "ZHANG", "OMAROVA", "SULEIMENOV", "TURSUN", "YANG", "NURLAN",
            "BEKOVA", "CHEN", "ISKAKOV", "ABDULLA", "KASYMOV"]
GIVEN = ["Daniyar", "Oshan", "Kaliolla", "Nabidzhan", "Aigerim", "Li", "Wei", "Yerlan", "Madina", "Rustam", "Gulmira",
         "Hui", "Timur", "Saule", "Jun", "Dilnoza"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SPANS = ["first quarter", "first half", "first three quarters", "first five months", "first eight months",
         "first ten months"]
GOODS = ["electromechanical products", "garments", "footwear", "solar cells", "lithium-ion batteries", "tomatoes",
         "cotton yarn", "steel products", "motor vehicles", "agricultural products", "building materials"]
INDUSTRIES = ["new energy", "new materials", "coal chemical", "oil and gas", "textile and garment", "green mining",
              "grain and oil", "high-quality livestock products", "green organic fruits and vegetables", "silicon-based"]
THEMES = ["infrastructure connectivity", "opening-up", "industrial upgrading", "border trade", "energy transition",
          "cross-border logistics", "the digital economy", "rural revitalization", "tourism", "regional cooperation"]
# prose without figures, in the register of the seed documents (their long analytical sentences
# carry about six numbers per KB; the news items of benchmarks/heldout about twenty)
FILLER = [
    "Analysts note that the pattern reflects both cyclical demand and a deliberate policy of opening the west, and that {theme} has become the lens through which most local plans are now written.",
    "Local officials describe the measures as part of a longer effort to turn a peripheral area into a hub, a transformation that began with the Western Development Strategy and has accelerated under the Belt and Road Initiative.",
    "The change has been gradual rather than abrupt, and it has not been even across the prefectures: the northern slope of the Tianshan Mountains has moved faster than the oases of the south.",
    "Observers caution that part of the growth rests on a low base and on one-off projects, and that the durability of the trend depends on whether private firms follow the state-owned pioneers.",
    "The same period saw a shift in the composition of goods, away from raw materials toward manufactures assembled in {city} and shipped onward to {partner} and the wider Central Asian market.",
    "Much of the new capacity is concentrated along the corridor between {city} and {port}, where industrial parks, bonded warehouses and rail yards have been built side by side.",
    "Businesses interviewed for this report cited customs facilitation as the most visible improvement, followed by the simplification of permits and the arrival of regular container services.",
    "The policy framework draws on the Belt and Road Initiative and on the Western Development Strategy, and it assigns {region} the role of a core area linking China with Central and West Asia.",
    "Cooperation in education, health care and culture has accompanied the economic ties, with universities in {city} and {pcity} exchanging students and researchers every year.",
    "Questions remain about water resources, the environment and the pace of urbanization, which together set limits on how far the {industry} industry can expand in the arid south.",
    "These developments have drawn attention from investors in Central Asia and beyond, many of whom see {city} as a gateway rather than a destination in its own right.",
    "A significant institutional shift came with the establishment of the pilot Free Trade Zone, whose sections in Urumqi, Kashgar and Horgos were given wide autonomy in trade and investment policy.",
    "At the local level, the autonomous region has delegated a range of powers to the free trade zone, covering overseas investment cooperation, cultural tourism services and the registration of foreign firms.",
    "The industrial development of {pref} is undergoing a superposition of national strategies and local policies, forming a policy system centered on {theme} and supported by targeted subsidies.",
    "Social stability is presented in official documents as the foundation for attracting investment, and the authorities link it explicitly to the implementation of key projects in {industry}.",
    "The continuous enhancement of political mutual trust with {partner} has laid a foundation for expanding the space of trade cooperation, including sister-city networks and regular high-level exchanges.",
    "In the view of many economists, the decisive factor has been the improvement of transport links, which cut the time and cost of moving goods between the coast and the western border.",
    "Traditional advantageous industries, emerging industries and upgraded traditional industries are expected to develop in coordination, forming what planners call a modern industrial system.",
    "The regional government has repeatedly stressed that {theme} must benefit ordinary residents, and it reports progress in housing, schooling and medical care alongside the headline economic figures.",
    "Across the border, {partner} has pursued its own programme of logistics investment, and the two sides now coordinate timetables, inspection procedures and the handling of empty containers.",
    "Critics argue that official statistics overstate the pace of change, while supporters point to new roads, power lines and industrial parks that are visible to any traveller in the region.",
    "The experience of {city} shows how a border city can combine processing industries with trade services, although it also shows how dependent such a model remains on policy support.",
    "For {partner}, the relationship offers access to Chinese capital and markets, but it also raises concerns about trade imbalances and the competitiveness of domestic producers.",
    "Planners in {pref} have identified {industry} as a priority, citing local resources, available land and the prospect of selling into neighbouring markets to the west.",
    "In this context, the role of the state remains central: public investment sets the pace, and private enterprises tend to follow where infrastructure and incentives are already in place.",
    "The evolution of {theme} in the region can be divided into several stages, each marked by a new policy document and by a change in the balance between central and local initiative.",
]


# ---- numbers as people write them ----------------------------------------------------------------

class Doc:
    """The draws of one document: its places, years and a random source for its figures."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.year = rng.randint(2016, 2025)
        self.prev = self.year - 1
        self.base = self.year - rng.choice([5, 8, 10, 12])
        self.city = rng.choice(CITIES)
        self.city2 = rng.choice([c for c in CITIES if c != self.city])
        self.pref = rng.choice(PREFECTURES)
        self.port = rng.choice(PORTS)
        self.port2 = rng.choice([p for p in PORTS if p != self.port])
        self.partner = rng.choice(PARTNERS)
        self.partner2 = rng.choice([p for p in PARTNERS if p != self.partner])
        self.pcity = rng.choice(PARTNER_CITIES[self.partner])
        self.official = rng.choice(OFFICIALS)
        self.agency = rng.choice(AGENCIES)
        self.outlet = rng.choice(OUTLETS)
        self.span = rng.choice(SPANS)
        self.month = rng.choice(MONTHS)
        self.good = rng.choice(GOODS)
        self.industry = rng.choice(INDUSTRIES)
        self.theme = rng.choice(THEMES)
        self.decks: dict[str, list[str]] = {}
        self.prose_share = 0.0  # the share of paragraphs without figures, set by the genre
        self.region = rng.choice(["Xinjiang", "Xinjiang", "the Xinjiang Uygur Autonomous Region", "XUAR",
                                  "Xinjiang Uyghur Autonomous Region"])

    # figures: each call draws a new one
    def pct(self, lo=0.5, hi=25.0) -> str:
        return f"{self.rng.uniform(lo, hi):.1f}"

    def bn(self, lo=5.0, hi=900.0) -> str:
        v = self.rng.uniform(lo, hi)
        return f"{v:.2f}" if self.rng.random() < 0.6 else f"{v:.1f}"

    def tn(self) -> str:
        return f"{self.rng.uniform(0.9, 2.6):.2f}"

    def count(self, lo=10, hi=99_999) -> str:
        return f"{self.rng.randint(lo, hi):,}"

    def mn(self, lo=1.0, hi=300.0) -> str:
        return f"{self.rng.uniform(lo, hi):.2f}"

    def money(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return f"{self.bn()} billion yuan"
        if r < 0.65:
            return f"{self.bn(1, 80)} billion U.S. dollars" if self.rng.random() < 0.5 else f"${self.bn(1, 80)} billion"
        if r < 0.85:
            return f"{self.bn(10, 900)} million yuan"
        return f"{self.count(1000, 90000)} million yuan"


def fill(d: Doc, template: str) -> str:
    """Replace {field} with a draw of that field: document fields keep one value, figures draw anew."""
    fields = {
        "year": lambda: str(d.year), "prev": lambda: str(d.prev), "base": lambda: str(d.base),
        "next": lambda: str(d.year + d.rng.choice([1, 2, 5])),
        "city": lambda: d.city, "city2": lambda: d.city2, "pref": lambda: d.pref, "port": lambda: d.port,
        "port2": lambda: d.port2, "partner": lambda: d.partner, "partner2": lambda: d.partner2,
        "pcity": lambda: d.pcity, "official": lambda: d.official, "agency": lambda: d.agency,
        "outlet": lambda: d.outlet, "span": lambda: d.span, "month": lambda: d.month, "good": lambda: d.good,
        "industry": lambda: d.industry, "theme": lambda: d.theme, "region": lambda: d.region,
        "pct": d.pct, "small": lambda: d.pct(0.1, 4.9), "share": lambda: d.pct(5, 70), "bn": d.bn, "tn": d.tn,
        "money": d.money, "count": d.count, "n": lambda: str(d.rng.randint(2, 40)), "mn": d.mn,
        "trains": lambda: d.count(300, 19_000), "perday": lambda: str(d.rng.randint(6, 30)),
        "km": lambda: d.count(120, 12_500), "mt": lambda: d.mn(0.5, 40), "kw": lambda: d.mn(2, 160),
        "yuan": lambda: d.count(9_000, 95_000), "people": lambda: d.mn(0.2, 26),
        # phrasings that vary between documents (they hold fields of their own)
        "up": lambda: d.rng.choice(["up {pct} percent", "an increase of {pct}%", "a rise of {pct} percent",
                                    "{pct}% more than a year earlier", "up {pct} percent year on year"]),
        "reached": lambda: d.rng.choice(["reached", "amounted to", "stood at", "totaled", "came to"]),
    }
    for _ in range(3):  # a phrasing's own fields are filled on the next pass
        template = re.sub(r"\{(\w+)\}", lambda m: fields[m[1]](), template)
        if "{" not in template:
            break
    return template


# ---- sentence pools by topic ---------------------------------------------------------------------

ECONOMY = [
    "In {year}, {region}'s GDP {reached} {tn} trillion yuan, {up}.",
    "The gross regional product (GRP) of the region grew from {bn} billion yuan in {base} to {tn} trillion yuan in {year}.",
    "Preliminary verification shows that the GRP of {region} reached {bn} billion yuan in the {span} of {year}, up {small} percent at constant prices.",
    "The value added of the primary industry was {bn} billion yuan, up {small} percent; that of the secondary industry was {bn} billion yuan, up {small} percent; and that of the tertiary industry was {bn} billion yuan, up {small} percent.",
    "Per capita GDP in {region} was {yuan} yuan in {year}, an increase of {small} percent.",
    "The value added of industrial enterprises above designated size rose {pct} percent in {year}.",
    "Fixed-asset investment in {region} grew {pct} percent in {year}, with infrastructure investment up {pct} percent.",
    "The digital economy of {region} was worth about {bn} billion yuan in {year}, accounting for {share} percent of GDP.",
    "In {year}, the {industry} cluster achieved an added value of {bn} billion yuan.",
    "Economic growth in {pref} reached {small} percent in {year}, above the regional average of {small} percent.",
    "Industrial output in {city} increased by {pct}% in {year}, to {bn} billion yuan.",
    "Installed power generation capacity in {region} stood at {kw} million kilowatts at the end of {year}.",
    "The {industry} base near {city} has a total capacity of {kw} million kilowatts.",
    "Government spending on livelihoods reached {bn} billion yuan, over {share} percent of the regional budget.",
]
TRADE = [
    "In {year}, {region}'s foreign trade {reached} {bn} billion yuan, {up}.",
    "Exports totaled {bn} billion yuan, an increase of {pct} percent, while imports slipped {small} percent to {bn} billion yuan.",
    "Trade between {region} and {partner} was valued at {bn} billion yuan in {year}, {up}.",
    "{partner} remained {region}'s largest trading partner, accounting for {share} percent of the region's total trade.",
    "From January to {month} {year}, the volume of foreign trade reached {bn} billion yuan.",
    "Trade turnover between {partner} and China amounted to ${bn} billion in {year}, up {pct}% from the previous year.",
    "Exports of {good} climbed {pct} percent to {bn} billion yuan in {year}.",
    "Border small-amount trade rose {pct} percent to {bn} billion yuan, while general trade grew {pct} percent to {bn} billion yuan.",
    "The import and export volume of the Xinjiang pilot FTZ reached about {bn} billion yuan in {year}, accounting for {share} percent of the region's total.",
    "Imports from {partner2} rose {pct}% to ${bn} billion in {year}.",
    "Among the land ports, {port} handled imports and exports worth {bn} billion yuan in {year}, up {pct} percent.",
    "In the {span} of {year}, trade with the five Central Asian countries combined reached {bn} billion yuan.",
    "The number of enterprises with import and export records in {region} rose to {count} in {year}.",
    "The region has established trade ties with {n} countries and regions along the Belt and Road.",
    "Cross-border e-commerce in {city} grew {pct} percent in {year} to {bn} billion yuan.",
]
LOGISTICS = [
    "In the {span} of {year}, {trains} China-Europe freight trains passed through {port}, up {pct} percent year on year.",
    "{port} currently receives and dispatches an average of {perday} trains per day, up from {perday} in {prev}.",
    "Cargo throughput at {port} {reached} {mt} million tons in {year}, {up}.",
    "The total operating mileage of railways in {region} reached {km} kilometers by the end of {year}.",
    "The region had {km} km of expressways and {n} civil airports in operation in {year}.",
    "Work started in {month} {year} on a new railway crossing at {port2}, a {bn}-billion-yuan project designed to handle {mt} million tons of freight a year.",
    "The {city} assembly center for China-Europe freight trains dispatched {trains} trains in {year}.",
    "The {port} port recorded {count} inbound and outbound passenger trips in {year}, up {pct} percent.",
    "Freight volume between {region} and {partner} by rail reached {mt} million tonnes in {year}.",
    "A {km}-kilometer highway linking {city} and {city2} was completed in {year} at a cost of {bn} billion yuan.",
    "Customs clearance for a train at {port} now takes less than {n} hours.",
    "The logistics hub in {city} was allocated {bn} billion yuan of investment in {year}.",
]
SOCIAL = [
    "The permanent population of {region} at the end of {year} was {people} million.",
    "Per capita disposable income of residents in {region} was {yuan} yuan in {year}, up {small} percent.",
    "Urban residents earned {yuan} yuan per capita and rural residents {yuan} yuan in {year}.",
    "Newly added urban jobs totaled {count} in {year}, and the surveyed urban unemployment rate averaged {small} percent.",
    "The region received {mn} million tourists in {year}, {up}, and tourism revenue {reached} {bn} billion yuan.",
    "Over {share} percent of the regional government's financial expenditure was used for people's livelihoods in {year}.",
    "In {year}, {people} million people were covered by basic medical insurance in {region}.",
    "The {pref} prefecture lifted {count} people out of poverty between {base} and {year}.",
]
QUOTES = [
    "\"We will step up efforts to build {city} into a regional center for international trade and logistics,\" {official} said.",
    "\"{region} has embarked on a great journey from isolation to openness,\" said {official}, adding that cooperation with {partner} will deepen.",
    "\"By continuously releasing policy dividends, the free trade zone has promoted high-quality development,\" {official} added.",
    "{official}, speaking at a press conference in {city}, said the region aims to lift its foreign trade above {bn} billion yuan by {next}.",
    "According to {agency}, the figures for {year} are preliminary and may be revised.",
]
TOPICS = {"Economy": ECONOMY, "Trade": TRADE, "Logistics": LOGISTICS, "Society": SOCIAL}
HEADINGS = {
    "Economy": ["Economic Development of {region}", "Overall Economy", "Growth and Structure",
                "Current Situation and Trend Analysis of Economic Growth", "Industry, Energy and Investment"],
    "Trade": ["Foreign Trade", "Expansion of Trade Scale and Optimization of Trade Structure",
              "Trade with {partner} and Central Asia", "Opening-up and the Free Trade Zone"],
    "Logistics": ["Transport and Logistics", "Ports and Freight Trains", "Infrastructure Connectivity",
                  "Railways, Roads and Border Crossings"],
    "Society": ["People's Livelihood", "Population and Employment", "Incomes and Social Security",
                "Tourism and Culture"],
}


# ---- markdown pipe tables ------------------------------------------------------------------------

def table(d: Doc) -> list[str]:
    rng = d.rng
    kind = rng.choice(["industries", "trade_periods", "ports", "partners", "cities"])
    if kind == "industries":
        head = ["Industrial Type", "Added Value (100 million yuan)", "Year-on-Year Growth Rate (%)"]
        rows = [[n, f"{rng.uniform(100, 9000):,.2f}", d.pct(0.5, 9.9)]
                for n in ("Primary Industry", "Secondary Industry", "Tertiary Industry")]
        intro = f"In terms of industrial structure, the three industries in {d.year} developed as follows."
    elif kind == "trade_periods":
        head = ["Period", "Total Import and Export Value (100 million yuan)", "Year-on-Year Growth Rate (%)"]
        periods = rng.sample([f"First Half of {d.prev}", f"First Half of {d.year}", f"First Quarter of {d.year}",
                              f"First Five Months of {d.year}", f"Full Year {d.prev}", f"January-{d.month} {d.year}"], 3)
        rows = [[p, f"{rng.uniform(50, 4000):,.2f}", d.pct(-5, 60)] for p in periods]
        intro = f"In terms of trade scale, {d.region}'s total foreign trade volume has grown rapidly."
    elif kind == "ports":
        head = ["Port", "China-Europe Trains", "Cargo (10,000 tons)", "Growth (%)"]
        rows = [[p, d.count(200, 9000), f"{rng.uniform(50, 3000):,.1f}", d.pct(-3, 30)]
                for p in rng.sample(PORTS, rng.randint(2, 4))]
        intro = f"Freight handled at the main land ports in {d.year}:"
    elif kind == "partners":
        head = ["Partner", "Trade (USD 100 million)", "Year-on-Year Growth Rate (%)", "Proportion (%)"]
        rows = [[p, f"{rng.uniform(5, 500):,.2f}", d.pct(-10, 40), d.pct(1, 40)]
                for p in rng.sample(PARTNERS, rng.randint(3, 5))]
        intro = f"Trade of {d.region} with its main partners in {d.year}:"
    else:
        head = ["City", "GDP (100 million yuan)", "Growth (%)", "Population (10,000)"]
        rows = [[c, f"{rng.uniform(100, 5000):,.1f}", d.pct(1, 9), f"{rng.uniform(20, 450):.1f}"]
                for c in rng.sample(CITIES, rng.randint(3, 5))]
        intro = f"Main economic indicators of the cities, {d.year}:"
    lead = rng.random() < 0.5  # with or without the leading pipe, as in the seed documents
    fmt = (lambda cells: "| " + " | ".join(cells) + " |") if lead else (lambda cells: " | ".join(cells) + " |")
    return [intro, fmt(head), ("|" if lead else "") + "---|" * len(head), *(fmt(r) for r in rows)]


# ---- genres --------------------------------------------------------------------------------------

def paragraph(d: Doc, topic: str, n: int) -> str:
    """n sentences of a topic, dealt from the document's shuffled deck of that topic (a template
    comes back only once the deck is used up, with new figures)."""
    sents = []
    for _ in range(n):
        deck = d.decks.setdefault(topic, [])
        if not deck:
            deck.extend(TOPICS[topic])
            d.rng.shuffle(deck)
        sents.append(fill(d, deck.pop()))
    for _ in range(d.rng.choice([0, 1, 1, 2, 2, 3])):  # figures sit inside prose, as in the seeds
        sents.insert(d.rng.randrange(len(sents) + 1), fill(d, d.rng.choice(FILLER)))
    return " ".join(sents)


def prose(d: Doc) -> str:
    return " ".join(fill(d, t) for t in d.rng.sample(FILLER, d.rng.randint(2, 5)))


def section(d: Doc, topic: str, paragraphs: int, tables: bool) -> list[str]:
    out = [fill(d, d.rng.choice(HEADINGS[topic]))]
    for _ in range(paragraphs):
        out.append(prose(d) if d.rng.random() < d.prose_share else paragraph(d, topic, d.rng.randint(2, 5)))
        if tables and d.rng.random() < 0.25:
            out.extend(table(d))
    return out


def topics_in_order(d: Doc) -> list[str]:
    order = list(TOPICS)
    d.rng.shuffle(order)
    return order


def grow(d: Doc, target: int, head: list[str], body, sep: str) -> str:
    """Sections from `body` until the document reaches about `target` characters."""
    parts, size = list(head), sum(len(p) + 1 for p in head)
    topics = topics_in_order(d)
    i = 0
    while size < target:
        block = body(topics[i % len(topics)], i)
        parts.extend(block)
        size += sum(len(b) + len(sep) for b in block)
        i += 1
    return sep.join(parts) + "\n"


def analysis(d: Doc, target: int) -> str:
    title = fill(d, d.rng.choice(["{region}: {theme} and the economy, {base}-{year}",
                                  "The role of {region} in China's westward opening",
                                  "How {theme} is reshaping {city} and {pref}"]))
    lead = fill(d, "To date, {region} occupies a central role in the strategic development of the People's Republic "
                   "of China, and {theme} has become one of its defining themes since {base}.")
    return grow(d, target, [title, lead],
                lambda topic, i: section(d, topic, d.rng.randint(2, 4), tables=False), "\n")


def news(d: Doc, target: int) -> str:
    date = f"{d.year + 1}-{d.rng.randint(1, 12):02d}-{d.rng.randint(1, 28):02d}"
    title = fill(d, d.rng.choice(["{region}'s foreign trade tops {bn} billion yuan in {year}",
                                  "Freight trains through {port} keep gathering pace",
                                  "{partner}-China trade grows as rail freight across the border expands",
                                  "{city} bets on {theme}"]))
    byline = d.rng.choice([f"Updated: {date} 09:{d.rng.randint(10, 59)} | {d.outlet}",
                           f"Source: {d.outlet} | {date} | Editor: {d.official}", f". date {date}"])
    lead = fill(d, d.rng.choice(["{city}, {month} {n} ({outlet}) -- The foreign trade of {region} reached {bn} billion "
                                 "yuan in {year}, up {pct} percent year on year, {agency} said.",
                                 "As of {month} {year}, {port} had handled a cumulative {trains} China-Europe freight "
                                 "trains, according to {agency}."]))

    def body(topic: str, i: int) -> list[str]:
        paras = [prose(d) if d.rng.random() < d.prose_share else paragraph(d, topic, d.rng.randint(1, 3))
                 for _ in range(d.rng.randint(2, 4))]
        if d.rng.random() < 0.6:
            paras.insert(d.rng.randrange(len(paras) + 1), fill(d, d.rng.choice(QUOTES)))
        return paras
    return grow(d, target, [title, byline, "", lead], body, "\n\n")


def paper(d: Doc, target: int) -> str:
    title = fill(d, d.rng.choice(["{region} DEVELOPMENT STRATEGY AND THE SOCIO-ECONOMIC DEVELOPMENT OF ITS BORDER AREAS",
                                  "{theme} IN {region} AND CENTRAL ASIA: EVIDENCE FROM {base}-{year}",
                                  "THE ECONOMY OF {pref} PREFECTURE IN THE ERA OF THE BELT AND ROAD"])).upper()
    authors = []
    for _ in range(d.rng.randint(1, 4)):
        authors += [f"{d.rng.choice(GIVEN)} {d.rng.choice(SURNAMES)}", "",
                    f"{d.rng.choice(['Ph.D. Student', 'Professor', 'Senior Lecturer', 'Assistant Professor'])}, "
                    f"{d.rng.choice(UNIVERSITIES)} ({d.rng.choice(['Almaty', 'Urumqi', 'Astana', 'Beijing'])})", ""]
    abstract = fill(d, "This article examines {theme} in {region} between {base} and {year}. It traces the policies "
                       "of the central government, the response of the prefectures and the effect on trade with "
                       "{partner} and {partner2}.")
    head = ["REGIONAL ECONOMY", "", title, "", *authors, "ABSTRACT", "", abstract, "",
            f"KEYWORDS: {d.theme}, border regions, {d.partner}, socio-economic development.", "", "Introduction", "",
            d.rng.choice(FILLER) + " " + d.rng.choice(FILLER)]

    def body(topic: str, i: int) -> list[str]:
        return ["", *section(d, topic, d.rng.randint(2, 3), tables=d.rng.random() < 0.3)]
    text = grow(d, target, head, body, "\n")
    refs = [f"{j + 1}. {d.rng.choice(SURNAMES).title()} {d.rng.choice(GIVEN)[0]}. On {d.rng.choice(THEMES)}. "
            f"{d.rng.choice(UNIVERSITIES).removeprefix('the ')}, {d.rng.randint(2005, d.year)}." for j in range(d.rng.randint(3, 8))]
    return text + "\nNOTES\n\n" + "\n".join(refs) + "\n"


def policy_report(d: Doc, target: int) -> str:
    def body(topic: str, i: int) -> list[str]:
        out = [f"{i + 1}. " + fill(d, d.rng.choice(HEADINGS[topic]))]
        for _ in range(d.rng.randint(1, 3)):
            out.append(prose(d) if d.rng.random() < d.prose_share else paragraph(d, topic, d.rng.randint(2, 5)))
        if d.rng.random() < 0.6:
            out.extend(table(d))
        return out
    return grow(d, target, [], body, "\n")


def communique(d: Doc, target: int) -> str:
    head = [f"Statistical Communiqué of {d.pref} on the {d.year} National Economic and Social Development",
            f"{d.pref} Bureau of Statistics", f"{d.rng.choice(MONTHS[1:5])} {d.rng.randint(1, 28)}, {d.year + 1}", ""]
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    def body(topic: str, i: int) -> list[str]:
        block = [f"{numerals[i % len(numerals)]}. {fill(d, d.rng.choice(HEADINGS[topic]))}",
                 paragraph(d, topic, d.rng.randint(3, 6))]
        if d.rng.random() < 0.3:
            block.extend(table(d))
        return [*block, ""]
    return grow(d, target, head, body, "\n")


GENRES = {"analysis": analysis, "news": news, "paper": paper, "report": policy_report, "communique": communique}
PROSE_SHARE = {"analysis": 0.55, "news": 0.3, "paper": 0.6, "report": 0.45, "communique": 0.15}


def document(seed: int, i: int, mean_kb: float) -> tuple[str, str]:
    """Document i of the corpus seeded `seed`: (file name, text)."""
    rng = random.Random(f"caravan-corpus:{seed}:{i}")
    d = Doc(rng)
    genre = rng.choice(list(GENRES))
    d.prose_share = PROSE_SHARE[genre]
    target = int(min(max(rng.lognormvariate(0, 0.5) * mean_kb * 1000 / 1.13, 1500), 60_000))
    slug = re.sub(r"[^a-z0-9]+", "_", f"{d.city} {d.partner}".lower())
    return f"{i:05d}_{genre}_{slug}.txt", GENRES[genre](d, target)


def _write_range(args: tuple[Path, int, int, int, float]) -> list[tuple[str, str, int]]:
    out, seed, start, stop, mean_kb = args
    written = []
    for i in range(start, stop):
        name, text = document(seed, i, mean_kb)
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        written.append((name, hashlib.sha256(data).hexdigest(), len(data)))
    return written


def generate(out: Path, docs: int, seed: int = 0, mean_kb: float = 10.0, workers: int = 1) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    step = max(1, docs // (workers * 8) or 1)
    ranges = [(out, seed, s, min(s + step, docs), mean_kb) for s in range(0, docs, step)]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = [r for part in pool.map(_write_range, ranges) for r in part]
    else:
        results = [r for part in map(_write_range, ranges) for r in part]
    seen: dict[str, str] = {}
    for name, digest, _ in results:
        if digest in seen:  # astronomically unlikely with drawn figures; fail loudly rather than merge
            raise RuntimeError(f"{name} repeats {seen[digest]}: change --seed")
        seen[digest] = name
    return {"docs": len(results), "bytes": sum(n for *_, n in results)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True, help="number of documents")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (created; must be empty or absent)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--mean-kb", type=float, default=10.0, help="mean document size in KB (default 10: 10k docs ~100 MB)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--force", action="store_true", help="empty --out first if it holds files")
    a = ap.parse_args(argv)
    if a.out.exists() and any(a.out.iterdir()):
        if not a.force:
            print(f"{a.out} is not empty (use --force to replace it)", file=sys.stderr)
            return 2
        shutil.rmtree(a.out)
    started = time.perf_counter()
    stats = generate(a.out, a.docs, a.seed, a.mean_kb, a.workers)
    print(f"wrote {stats['docs']} documents, {stats['bytes'] / 1e6:.1f} MB, to {a.out} "
          f"in {time.perf_counter() - started:.1f} s (seed {a.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
