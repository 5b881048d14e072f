"""Dates said in questions, and yes-or-no questions about when something happened."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import run

from factcli.dated import said_dates

DECEMBER_2024 = date(2024, 12, 19)


@pytest.mark.parametrize("text, first, last", [
    ("were the talks held on 21 December 2024?", date(2024, 12, 21), date(2024, 12, 21)),
    ("held on December 19-20", date(2024, 12, 19), date(2024, 12, 20)),
    ("was it on the 21st?", date(2024, 12, 21), date(2024, 12, 21)),
    ("did they meet in 2023?", date(2023, 1, 1), date(2023, 12, 31)),
    ("was it in November?", date(2024, 11, 1), date(2024, 11, 30)),
    ("on Dec. 19th, 2024", date(2024, 12, 19), date(2024, 12, 19)),
])
def test_a_date_said_is_read_as_its_days_the_missing_parts_from_the_fact(text, first, last):
    said = said_dates(text)
    assert len(said) == 1 and said[0].span(DECEMBER_2024) == (first, last)


def test_words_that_only_look_like_months_are_no_dates():
    assert said_dates("the two sides may meet again; will they march on?") == []
    assert said_dates("the 13th round of the JWG") == []


@pytest.mark.parametrize("question, expected", [
    ("Were the talks held on December 21?", "No: December 19-20, 2024"),
    ("Is it the case that the meetings took place on 21 December 2024?", "No: December 19-20, 2024"),
    ("Did the talks happen on December 19-20?", "Yes: December 19-20, 2024"),
    ("Was the article published on the 21st?", "Yes: December 21, 2024"),
    ("Did the talks begin on December 20?", "No: December 19, 2024"),
])
def test_a_yes_or_no_question_about_a_date_compares_it_with_the_fact_s(question, expected):
    result = run("ask", question, "--json")
    assert result.json["answer"] == expected and result.exit_code == 0


def test_no_is_only_said_of_one_time_happenings():
    # Russia backed India's bid at the talks; that says nothing of 2019
    result = run("ask", "Did Russia back India's bid in 2019?", "--json")
    assert result.json["answered"] is False and result.exit_code == 1
