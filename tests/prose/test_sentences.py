"""Sentence splitting survives abbreviations and initials, so evidence is the whole sentence."""

from pipelines.extract.segment import Line, sentences_of


def split(text):
    return [s.text for s in sentences_of(Line(0, text), 0)]


def test_abbreviations_do_not_end_sentences():
    text = ("Trade with the U.S. grew 5% in 2024. The C.C. C.P.C. approved the plan. "
            "Dr. Wang said No. 1 port grew. See pp. 12-15 for details.")
    assert split(text) == ["Trade with the U.S. grew 5% in 2024.", "The C.C. C.P.C. approved the plan.",
                           "Dr. Wang said No. 1 port grew.", "See pp. 12-15 for details."]


def test_initials_do_not_end_sentences():
    assert split("Scholars A.V. Bondarenko and E.S. Bazhenova wrote it. It matters.") == [
        "Scholars A.V. Bondarenko and E.S. Bazhenova wrote it.", "It matters."]


def test_escaped_dollar_starts_a_number_not_a_sentence():
    assert split(r"In 1992, it reached \$432 million. In 1995, \$328 million.") == [
        r"In 1992, it reached \$432 million.", r"In 1995, \$328 million."]


def test_evidence_is_the_sentence():
    from tests.prose.helpers import extract

    found = extract("Growth was strong. In 2024, the U.S. bought goods worth $5 billion from Xinjiang. Fine.")
    assert found[0]["evidence"] == "In 2024, the U.S. bought goods worth $5 billion from Xinjiang."
