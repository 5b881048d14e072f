"""Questions as they arrive, bounded before they are analysed.

Analysing a question costs more than linear time in its length (a 100 KB question
takes minutes), and a line on stdin can be of any size, so both are bounded here: a
question longer than MAX_QUESTION_CHARS is declined without analysis, and a stdin
line is kept only up to what it takes to know that it is too long.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from factcli.answer import Answer, ask, refusal
from factcli.index import Index

MAX_QUESTION_CHARS = 1000
# A UTF-8 character is at most 4 bytes, so this many bytes always decode to more than
# MAX_QUESTION_CHARS characters: a line cut here is declined as too long, never answered.
_KEEP_BYTES = 4 * MAX_QUESTION_CHARS + 4
_CHUNK = 64 * 1024


def answer(question: str, index: Index, top: int = 5) -> Answer:
    """The answer to one question, or a refusal when it is blank or too long."""
    if not question.strip():
        return refusal(question, "empty line")
    if len(question) > MAX_QUESTION_CHARS:
        return refusal(question, f"the question has {len(question):,} characters; the limit is "
                                 f"{MAX_QUESTION_CHARS:,}: ask something shorter")
    return ask(question, index, top=top)


def question_lines(stream: BinaryIO) -> Iterator[str]:
    """One question per input line, whatever the bytes: exactly one item per line.

    Invalid UTF-8 becomes U+FFFD, NUL bytes are dropped, the line ending is removed;
    only the first _KEEP_BYTES of a line are kept, the rest is read and thrown away.
    """
    while True:
        raw = stream.readline(_KEEP_BYTES)
        if not raw:
            return
        if len(raw) == _KEEP_BYTES and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
        yield raw.decode("utf-8", errors="replace").replace("\x00", "").rstrip("\r\n")


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return
