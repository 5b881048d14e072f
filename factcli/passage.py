"""The part of an article a question points at: "according to the opening summary",
"in the lede", "per the closing line", "what does the final paragraph say". Such a
question asks what that part says, so an answer quoted from elsewhere in the source
answers another question (the summary's "global security challenges" against the
body's "emerging challenges"). Pure text work: no index, no facts."""

from __future__ import annotations

import re
from functools import lru_cache

OPENING = "opening"
CLOSING = "closing"

# a paragraph or a line of it; a section's heading is a headline, not a passage
_PASSAGE = r"(?:paragraph|para|graf|summary|sentence|sentences|line|lines|passage|part|section|bit|blurb|words)"
# (patterns, not compiled: re compiles them on first use, which start-up does not pay)
_OPENING_SAID = (
    rf"(?i)\b(?:(?:opening|lead|leading|first|top|introductory|intro|initial)\s+(?:summary\s+)?{_PASSAGE}"
    r"|summary\s+(?:line\s+|paragraph\s+)?(?:at\s+the\s+top|up\s+top)|(?:the|its|article['\u2019]s|story['\u2019]s)"
    r"\s+(?:lede|lead|intro|introduction|summary|standfirst))\b(?!\s+(?:heading|headline|title)s?\b)")
_CLOSING_SAID = (
    rf"(?i)\b(?:closing|final|last|concluding|ending|end)\s+{_PASSAGE}\b(?!\s+(?:heading|headline|title)s?\b)")


def passage_asked(question: str) -> str | None:
    """OPENING or CLOSING when the question names the article's first or last
    paragraph; None when it names neither, or both."""
    opening = re.search(_OPENING_SAID, question) is not None
    closing = re.search(_CLOSING_SAID, question) is not None
    if opening == closing:
        return None  # neither, or "the first and the last lines": no one part
    return OPENING if opening else CLOSING


def in_passage(text: str, start: int, passage: str) -> bool:
    """Whether the character at `start` of a source text lies in its first (OPENING)
    or last (CLOSING) paragraph; paragraphs are parted by blank lines."""
    blocks = _paragraphs(text)
    if not blocks:
        return False
    begin, end = blocks[0] if passage == OPENING else blocks[-1]
    return begin <= start < end


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.DOTALL))
