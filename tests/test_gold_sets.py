"""The hand-made gold sets the accuracy benchmarks score against stay consistent with their texts."""

from pathlib import Path

import pytest

from benchmarks.gold_tools import verify

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17"])
def test_every_gold_span_is_its_text_and_every_field_is_valid(name):
    assert verify(BENCHMARKS / name) == 0
