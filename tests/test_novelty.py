"""Whether something was new or had happened before (factcli.novelty), and how ask
answers it from the sentence of the fact that confirms the rest of the question."""

from __future__ import annotations

import pytest
from conftest import run

from factcli.novelty import asked, not_the_first


@pytest.mark.parametrize("question, kind, rest", [
    ("Was this the first time Russia backed India's bid?", "first", "Did Russia backed India's bid?"),
    ("Is Russia's support for India's UNSC seat new?", "first", "Is Russia's support for India's UNSC seat?"),
    ("Has Russia supported India's bid before?", "again", "Has Russia supported India's bid?"),
    ("Did Russia voice support for India's bid for the first time, or once again?", "choice",
     "Did Russia voice support for India's bid?"),
    ("Was the commitment newly made or reinforced at the JWG?", "choice", "Was the commitment at the JWG?"),
    ("Was the backing said for the first time, or was it said before too?", "choice", "Was the backing said?"),
    # the other option is a clause of its own, or a noun of repeating: not part of what was done
    ("Was this the first time Russia backed India's bid, or did it reiterate earlier support?", "choice",
     "Did Russia backed India's bid?"),
    ("Was Russia's backing something new, or a repeat of earlier support?", "choice", "Was Russia's backing?"),
])
def test_the_question_says_which_it_asks_and_the_rest_is_a_yes_no_question(question, kind, rest):
    found = asked(question)
    assert found is not None and (found.kind, found.question) == (kind, rest)


@pytest.mark.parametrize("question", ["Who led the Indian delegation?", "What happened before the talks?",
                                      "Which new technologies were discussed?"])
def test_questions_about_other_things_ask_neither(question):
    assert asked(question) is None


def test_a_sentence_says_it_happened_again_or_gives_a_meeting_its_place_in_a_series():
    assert not_the_first("Russia has reiterated its support for India's bid", of_a_meeting=False) == "reiterated"
    assert not_the_first("Russia once again voiced its firm support", of_a_meeting=False) == "once again"
    # a meeting's number says the meeting had met before, not that what was said at it was said before
    assert not_the_first("During the 13th Joint Working Group, India and Russia met", of_a_meeting=False) is None
    assert not_the_first("During the 13th Joint Working Group, India and Russia met", of_a_meeting=True).startswith(
        "13th Joint Working Group")


@pytest.mark.parametrize("question, answer", [
    ("Is Russia's support for India's UNSC seat new?", "No: reiterated (not the first time)"),
    ("Has Russia backed India's bid for a permanent seat before?", "Yes: reiterated (not the first time)"),
    ("Did Russia voice its support for India's bid for the first time, or once again?",
     "Again, not the first time: reiterated"),
    ("Was Russia's backing for India's Security Council seat something new, or a repeat of earlier support?",
     "Again, not the first time: reiterated"),
])
def test_ask_answers_from_the_words_of_the_confirming_sentence(question, answer):
    result = run("ask", question, "--json")
    assert result.exit_code == 0 and result.json["answer"] == answer
    assert "reiterated" in result.json["source"]["quote"]


def test_a_sentence_that_does_not_say_it_happened_before_is_no_answer():
    result = run("ask", "Was this the first time Lal met Galuzin?", "--json")
    assert result.exit_code == 1 and result.json["answered"] is False
    result = run("ask", "Which country reiterated its support for India's bid?", "--json")
    assert result.json["answer"] != "Yes: reiterated (not the first time)"
