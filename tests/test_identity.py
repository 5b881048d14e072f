"""Reading "the same person" questions into the two questions that name each side (factcli.identity)."""

from __future__ import annotations

import pytest

from factcli.identity import parse


def test_a_relative_clause_keeps_its_noun_in_the_question_that_resolves_it():
    asked = parse("Was the head of the Russian team the same person Lal met to discuss Ukraine?")
    assert asked is not None and not asked.both
    assert (asked.first, asked.second) == ("Who is the head of the Russian team?",
                                           "Who is the person Lal met to discuss Ukraine?")


def test_a_side_after_as_is_asked_as_said():
    asked = parse("Is Vershinin the same man as the leader of the Russian side?")
    assert asked is not None
    assert (asked.first, asked.second) == ("Who is Vershinin?", "Who is the leader of the Russian side?")


def test_two_sides_joined_by_and():
    asked = parse("Are Galuzin and the head of the Russian team the same person?")
    assert asked is not None
    assert (asked.first_said, asked.second_said) == ("Galuzin", "the head of the Russian team")


def test_the_same_doer_at_both_of_two_meetings_asks_who_did_it_at_each():
    asked = parse("Did the same Indian official lead the delegation at both the JWG and the UN talks?")
    assert asked is not None and asked.both
    assert (asked.first, asked.second) == ("Which Indian official lead the delegation at the JWG?",
                                           "Which Indian official lead the delegation at the UN talks?")
    asked = parse("Was the Indian delegation at the UN talks led by the same person as at the JWG?")
    assert asked is not None and asked.both
    assert (asked.first, asked.second) == ("Who led the Indian delegation at the UN talks?",
                                           "Who led the Indian delegation at the JWG?")


@pytest.mark.parametrize("question", ["Who led the Russian team?", "Did the talks cover the same ground as before?",
                                      "Was the same support voiced again?"])
def test_other_questions_are_no_such_comparison(question):
    assert parse(question) is None


def test_a_name_and_a_person_described_by_a_clause_are_compared():
    asked = parse("Is it the case that Sergey Vershinin was the Russian official with whom Lal discussed Ukraine?")
    assert (asked.first, asked.second) == ("Who is Sergey Vershinin?",
                                           "Who is the Russian official with whom Lal discussed Ukraine?")
    assert parse("Is Galuzin the man Lal met?").second == "Who is the man Lal met?"


@pytest.mark.parametrize("question", ["Is Vershinin the deputy foreign minister?",
                                      "Is Galuzin the one who headed the Russian team, or the one Lal met?"])
def test_a_title_alone_or_a_choice_is_no_identity(question):
    assert parse(question) is None
