"""Dictated questions, as a voice assistant writes them down, read as they would be typed."""

from __future__ import annotations

import pytest
from conftest import run

from factcli.spoken import as_typed


@pytest.mark.parametrize("said, typed", [
    ("the, the russian minister", "the russian minister"),
    ("um who led the talks", "who led the talks"),
    ("was it terror financing or like extremism", "was it terror financing or extremism"),
    ("how big a deal was it like how big", "how big a deal was it, how big"),
    ("were the meetings december nineteen to twenty or december twenty one",
     "were the meetings december 19-20 or december 21"),
    ("held on the nineteenth and twentieth of December", "held on December 19-20"),
    ("on December 19 to 20", "on December 19-20"),
])
def test_what_speech_adds_is_dropped_and_dates_said_aloud_are_written_as_dates(said, typed):
    assert as_typed(said) == typed


@pytest.mark.parametrize("said", [
    "Which technologies, like drones or crypto, were discussed?",  # "like" before examples stays
    "were were the meetings held",  # a slip of "where", not a stutter
    "may one ask who led the talks",  # "may" is no month before "one"
    "December 19, 2024",
    "from December thirty-first to first",  # a span that runs backwards is no date
])
def test_words_that_say_something_are_left_alone(said):
    assert as_typed(said) == said


def test_a_dictated_choice_of_dates_is_answered_with_the_one_the_facts_give():
    # (had been "December": the numbers said as words were no dates)
    result = run("ask", "were the meetings on december nineteen to twenty or on december twenty one", "--json")
    assert result.exit_code == 0 and result.json["answer"] == "19-20"
