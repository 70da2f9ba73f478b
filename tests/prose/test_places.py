"""Places and partners: aliases, subjects, bilateral figures, border crossings, respectively lists."""

import pytest

from tests.prose.helpers import extract


def places(text):
    return [(o["region"], o["partner"]) for o in extract(text)]


@pytest.mark.parametrize("text, region", [
    ("In 2024, the XUAR's GDP reached 2 trillion yuan.", "Xinjiang"),
    ("In 2024, the GDP of the Xinjiang Uyghur Autonomous Region reached 2 trillion yuan.", "Xinjiang"),
    ("In 2024, northwest China's Xinjiang reported exports of 5 billion yuan.", "Xinjiang"),
    ("In 2024, exports from Ürümqi reached 5 billion yuan.", "Urumqi"),
    ("In 2024, the Khorgas port handled 5 million tons of cargo.", "Horgos"),
    ("In 2024, the Alataw Pass port handled 5 million tons of cargo.", "Alashankou"),
    ("In 2024, Kuldja received 2 million tourists.", "Yining"),
])
def test_aliases(text, region):
    assert places(text)[0][0] == region


def test_border_crossing_named_by_both_sides_is_the_chinese_side():
    assert places("In 2011, the Dostyk-Alashankou crossing handled 16 million tons.")[0][0] == "Alashankou"


def test_bilateral_trade_prefers_xinjiang_then_china():
    assert places("In 2007, trade between Kazakhstan and Xinjiang was $9.2 billion.") == [("Xinjiang", "Kazakhstan")]
    assert places("In 1994, trade between Kazakhstan and China reached $218.7 million.") == [("China", "Kazakhstan")]


def test_possessive_subject_wins():
    assert places("In 1993, Kazakhstan's exports to China comprised $84 million.") == [("Kazakhstan", "China")]


def test_the_region_is_the_document_main_place():
    text = "Xinjiang is in the northwest. Xinjiang trades with many countries. In 2024, the region's GDP was 2 trillion yuan."
    assert places(text) == [("Xinjiang", None)]


def test_respectively_places():
    text = "The Urumqi, Kashgar and Horgos sections have received 20, 6, and 17 permissions respectively."
    assert [p for p, _ in places(text)] == ["Urumqi", "Kashgar", "Horgos"]


def test_pronoun_sentence_keeps_the_subject_place():
    text = ("The Bakhty border crossing is one of the most important checkpoints. "
            "Its annual capacity is 200,000 tons of freight.")
    assert places(text) == [("Bakhty", None)]


def test_the_two_ports_are_their_common_region():
    text = ("As of May 2025, the Horgos and Alashankou ports had handled 42,300 freight trains. "
            "The two ports together moved 26.5 million tons of cargo in 2024.")
    assert places(text)[-1] == ("Xinjiang", None)


def test_a_share_belongs_to_its_possessive_holder():
    text = "China's share of the region's total foreign trade rose from 4.8 percent in 1998 to 22.6 percent in 2022."
    assert [p for p, _ in places(text)] == ["China", "China"]


def test_elliptical_list_after_of_them():
    text = "In 2024, 3,214 trains passed through the ports. Alashankou handled 1,806 of them and Horgos 1,408."
    assert [p for p, _ in places(text)][1:] == ["Alashankou", "Horgos"]


@pytest.mark.parametrize("text", [
    "In 2023, trade between China and the five Central Asian states reached $89.4 billion.",
    "In 2023, China's exports to the five Central Asian countries amounted to $61.4 billion.",
])
def test_a_counted_group_of_countries_is_still_the_other_side(text):
    assert places(text) == [("China", "Central Asia")]
