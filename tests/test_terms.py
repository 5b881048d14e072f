"""The article's term for a thing described in other words (factcli.terms)."""

from __future__ import annotations

from factcli.lexicon import RELATED_STEMS, stem
from factcli.terms import described, term_for


def stems_of(text: str) -> list[str]:
    return [stem(w) for w in text.lower().split()]


def related(s: str) -> set[str]:
    return {s, *RELATED_STEMS.get(s, ())}


SENTENCE = "Both nations shared their experiences in tackling cross-border terrorism, radicalisation, and terror financing."


def test_the_description_is_read_from_the_ways_a_term_is_asked():
    assert described("What term does the report use for the flow of money to terrorists?") == "the flow of money to terrorists"
    assert described("What is the funding of terrorists called in the article?") == "the funding of terrorists"
    assert described("What does the piece call money going to terrorists, listed among the threats?") == (
        "money going to terrorists")
    assert described("Who led the Russian side?") is None


def test_the_phrase_whose_every_word_says_the_description_is_the_term():
    description = stems_of("money going to terrorists")
    assert term_for(description, [SENTENCE], stems_of, related) == "terror financing"


def test_a_phrase_that_says_one_word_of_the_description_is_no_term():
    # "terrorism" says "terrorists" alone: too little to be the description's term
    assert term_for(stems_of("weapons used by terrorists"), [SENTENCE], stems_of, related) is None


def test_words_apart_across_a_comma_are_no_one_term():
    # "terrorism, radicalisation" would say both words, but a comma stands between them
    assert term_for(stems_of("terrorism radicalisation"), [SENTENCE], stems_of, related) is None
