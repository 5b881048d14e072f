"""Choosing between two options in words of their own, from a sentence (factcli.choice)."""

from __future__ import annotations

from factcli.choice import distinguishing, first_settled, settled_by, whole_option
from factcli.lexicon import RELATED_STEMS, stem


def stems_of(text: str) -> list[str]:
    return [stem(w) for w in text.lower().split()]


def related(s: str) -> set[str]:
    return {s, *RELATED_STEMS.get(s, ())}


def test_only_the_words_that_tell_options_apart_count():
    assert distinguishing([("low", "level"), ("high", "level")]) == [{"low"}, {"high"}]


def test_the_sentence_settles_the_option_it_says_in_its_own_words():
    text = "Russia once again voiced its firm support for India's permanent membership"
    assert settled_by(text, [("firm",), ("weak",)], set(), stems_of, related) == (0, "firm")
    # a synonym says it too, and a hyphenated compound is given whole
    assert settled_by("a series of high-level meetings", [("low",), ("high",)], set(), stems_of, related) == (
        1, "high-level")
    assert settled_by("In a significant diplomatic development", [("minor",), ("major",)], set(), stems_of,
                      related) == (1, "significant")


def test_an_option_whose_words_stand_apart_is_given_whole_in_the_sentences_words():
    text = "ongoing international issues, including the conflict in Ukraine, with Lal meeting Galuzin"
    options = [(stem("ukraine"), stem("conflict")), (stem("syrian"), stem("war"))]
    assert settled_by(text, options, set(), stems_of, related) == (0, "conflict in Ukraine")
    assert whole_option(text, options[0], stems_of) == "conflict in Ukraine"
    # words too far apart do not make the option
    assert whole_option("the conflict was discussed at length by the officials of Ukraine", options[0],
                        stems_of) is None


def test_a_sentence_that_says_both_or_neither_settles_nothing():
    both = "regional and global developments were discussed"
    assert settled_by(both, [("regional",), ("global",)], set(), stems_of, related) == (-1, "")
    assert settled_by("the talks were held in Moscow", [("firm",), ("weak",)], set(), stems_of, related) is None
    # a later candidate does not settle what the better one left open by saying both
    assert first_settled([("a", [both]), ("b", ["global security challenges"])], [("regional",), ("global",)],
                         set(), stems_of, related) is None


def test_words_the_question_already_says_settle_nothing():
    text = "India and Russia held the sixth round of consultations"
    assert settled_by(text, [("meeting",), ("later",)], {stem("consultations")}, stems_of, related) is None


def test_a_choice_of_clauses_is_two_yes_no_questions_each_with_its_option():
    from factcli.choice import clauses
    assert clauses("Did Galuzin head the Russian team, or did he meet Lal?") == (
        ("Did Galuzin head the Russian team", "Did Galuzin head the Russian team"),
        ("did Galuzin meet Lal", "did he meet Lal"))
    assert clauses("Was it at the JWG or at the UN talks that Russia backed India?") == (
        ("Was it at the JWG that Russia backed India", "at the JWG"),
        ("Was it at the UN talks that Russia backed India", "at the UN talks"))
    assert clauses("Did they weaken or reinforce their pledge?") == (
        ("Did they weaken their pledge", "weaken"), ("Did they reinforce their pledge", "reinforce"))
    assert clauses("Did Lal not meet Galuzin, or did he meet Vershinin?") is None  # a negation is left alone
    assert clauses("Who led the Indian side?") is None


def test_a_verb_in_ate_meets_its_noun_in_ation_and_short_words_keep_their_at():
    assert stem("collaborate") == stem("collaborated") == stem("collaboration")
    assert stem("reiterated") == stem("reiteration")
    assert stem("combat") == "combat" and stem("format") == "format"
