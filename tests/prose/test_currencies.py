"""Currencies: yuan, RMB, CNY, renminbi, $, USD, US dollars, euro; equivalents in parentheses."""

import pytest

from tests.prose.helpers import facts, one


@pytest.mark.parametrize("text, unit", [
    ("In 2023, exports reached 5 billion yuan.", "CNY"),
    ("In 2023, exports reached RMB 5 billion.", "CNY"),
    ("In 2023, exports reached 5 billion RMB.", "CNY"),
    ("In 2023, exports reached CNY 5 billion.", "CNY"),
    ("In 2023, exports reached 5 billion renminbi.", "CNY"),
    ("In 2023, exports reached $5 billion.", "USD"),
    ("In 2023, exports reached 5 billion USD.", "USD"),
    ("In 2023, exports reached 5 billion US dollars.", "USD"),
    ("In 2023, exports reached 5 billion U.S. dollars.", "USD"),
    ("In 2023, exports reached 5 billion euros.", "EUR"),
    ("In 2023, exports reached 5 billion tenge.", "KZT"),
    ("In 2023, exports reached 5 billion soums.", "UZS"),
    ("In 2023, exports reached 5 billion so'm.", "UZS"),
    ("In 2023, exports reached 5 billion manats.", "TMT"),
    ("In 2023, exports reached 5 billion soms.", "KGS"),
    ("In 2023, exports reached 5 billion somoni.", "TJS"),
])
def test_currency_spellings(text, unit):
    o = one(text)
    assert (o["value"], o["unit"]) == (5e9, unit)


def test_equivalent_in_parentheses_is_a_second_observation():
    found = facts("In 2022, Xinjiang's foreign trade reached 246.36 billion yuan ($34 billion).",
                  fields=("value", "unit", "indicator_code", "period", "region"))
    assert found == [(2.4636e11, "CNY", "trade_total", "2022", "Xinjiang"),
                     (3.4e10, "USD", "trade_total", "2022", "Xinjiang")]


def test_small_amounts_with_code_after():
    assert facts("In 2023, per capita GDP in Urumqi reached $11,346 USD.") == [(11346, "USD")]
