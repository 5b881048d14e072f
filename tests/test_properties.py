"""Property tests: whatever text a user asks, the answerer gives an answer or a refusal."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.answer import ask
from factcli.index import Index
from factcli.load import load_store, shipped_facts

WORDS = st.sampled_from(["who", "led", "Russian", "side", "what", "MEA", "stand", "for", "not", "or",
                         "13th", "when", "Vershinen", ":", ",", "?", "the", "delegation", "which", "war"])


@cache
def index() -> Index:
    return Index.build(load_store(shipped_facts()))


def check(question: str) -> None:
    result = ask(question, index())
    assert result.answered in (True, False)
    if result.answered:
        assert result.answer and result.fact is not None and 0.0 <= result.confidence <= 1.0
    else:
        assert result.answer is None and result.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_an_answer_or_a_refusal(question):
    check(question)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_any_mix_of_known_words_gets_an_answer_or_a_refusal(question):
    check(question)
