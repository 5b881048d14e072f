"""Property tests for hostile input.

- For any bytes in a fact file, loading either succeeds or raises the project's own
  error type (FactcliError) whose problems all name that file: never anything else.
- For any text, including surrogates, controls and over-long input, a question is
  answered or declined, and its JSON record is one line of valid JSON.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.errors import FactcliError
from factcli.index import Index
from factcli.intake import MAX_QUESTION_CHARS, answer
from factcli.load import load_store
from factcli.model import Store
from factcli.render.records import answer_record, dumps

from .conftest import ARTICLE, GOOD

BASE = GOOD.encode()
# Pieces that hit every branch of the reader: syntax, tags, anchors, encodings, nesting,
# YAML 1.1 scalars, document markers, line endings, numbers that overflow.
PIECES = st.sampled_from([
    b"!!python/object/apply:os.system ", b"!foo ", b"!<tag:x> ", b"&a ", b"*a", b"<<: ", b"? ", b"- ", b": ", b", ",
    b"{", b"}", b"[", b"]", b"'", b'"', b"|\n", b">-\n", b"#", b"\n", b"\r\n", b"\r", b"\t", b"  ", b"---\n", b"...\n",
    b"%YAML 1.1\n", b"%TAG !e! tag:e:\n", b"\x00", b"\xff", b"\xef\xbb\xbf", b"\xff\xfe", b"\xc2\x85", b"\xe2\x80\xa8",
    b"~", b"null", b"NO", b"yes", b".nan", b"-.inf", b"1e400", b"1.0e+400", b"0x1F", b"1:30", b"9" * 60, b"2024-13-45",
    b"entities:", b"facts:", b"sources:", b"id: ", b"name: ", b"type: ", b"number: ", b"date: ", b"path: ",
])
FRAGMENT = st.lists(st.one_of(PIECES, st.binary(max_size=6), st.text(max_size=6).map(str.encode)), max_size=30).map(
    b"".join)
SPLICED = st.tuples(st.integers(0, len(BASE)), st.integers(0, 40), FRAGMENT).map(
    lambda t: BASE[:t[0]] + t[2] + BASE[t[0] + t[1]:])


def _load(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        path = folder / "f.yaml"
        path.write_bytes(data)
        try:
            store = load_store(path)
        except FactcliError as err:
            named = [Path(p.file).name for p in err.problems]
            assert (named and set(named) == {"f.yaml"}) or (not named and "f.yaml" in err.message), err.message
            assert err.problem_count >= len(err.problems)
        else:
            assert isinstance(store, Store)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_in_a_fact_file_load_or_raise_only_our_error_naming_the_file(data):
    _load(data)


@settings(max_examples=250, deadline=None)
@given(SPLICED)
def test_a_fact_file_spliced_with_hostile_pieces_loads_or_raises_only_our_error(data):
    _load(data)


@cache
def _index() -> Index:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
        return Index.build(load_store(folder))


# Any code point, surrogates and controls included. Drawn alone they are rare (2048 of
# 1.1 million code points), so hostile ones are also drawn as tokens of their own.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
HOSTILE = st.sampled_from(["\ud800", "\udcff", "\x00", "\x1b[2J", "\x1b]0;t\x07", "\x9b", "\x85", "\u2028", "\u2029",
                           "\ufeff", "\u202e", "\r", "\n", "\t", "[bold]", "[/]", ":smile:", "\\", "\ufffd"])
WORDS = st.sampled_from(["who", "chairs", "the", "club", "Alice", "Smith", "what", "not", "or", "13th", " ", "?"])
QUESTIONS = st.lists(st.one_of(st.text(ANY_CHARACTER, max_size=4), HOSTILE, WORDS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(QUESTIONS, st.text(ANY_CHARACTER, min_size=MAX_QUESTION_CHARS - 5, max_size=MAX_QUESTION_CHARS + 50)))
def test_any_question_is_answered_or_declined_as_one_line_of_json(question):
    result = answer(question, _index())
    assert result.answered or result.reason
    line = dumps(answer_record(result, _index().store))
    assert "\n" not in line and len(line.splitlines()) == 1
    line.encode("utf-8")  # a strict UTF-8 stdout can print it
    # JSON reads an escaped high+low surrogate pair as one character, as UTF-16 does.
    as_utf16 = question.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    assert json.loads(line)["question"] == as_utf16


SPANS = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 300), st.integers(0, 80))
def test_sentence_coverage_by_bisection_matches_counting_every_span(spans, start, length):
    """Coverage visits only the spans near a sentence (so 20,000 facts take seconds, not
    minutes); it must count exactly what comparing with every span counts."""
    from factcli.validate import _merge, _share

    quoted = _merge(spans)
    end = start + length
    every_span = sum(max(0, min(end, b) - max(start, a)) for a, b in quoted) / max(1, end - start)
    assert _share(start, end, quoted, [a for a, _ in quoted]) == every_span
