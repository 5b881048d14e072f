"""Options labelled as in a quiz ("Who led the Indian side: A) Vershinin B) Lal C) Galuzin?",
"(a) Moscow (b) Delhi", "1. ... 2. ..."): the question read as the plain choice a reader
would say aloud, "Who led the Indian side: Vershinin, Lal or Galuzin?". The answer is
the option's own words, never its letter, which no fact states.

Text in, text out: nothing here knows the facts.
"""

from __future__ import annotations

import itertools
import re

# A label: a letter or digit closed by a bracket ("A)", "(b)"), or a capital or digit
# closed by a full stop or colon ("B.", "2:"). A small letter with a stop is left alone:
# "a." ends many a sentence's abbreviation, and "e.g." would read as option E.
_LABEL = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[:,;]))(?:\(([A-Za-z]|\d)\)|([A-Za-z]|\d)\)|([A-Z]|\d)[.:])(?=\s+\S)")
_FIRSTS = "aA1"
_JOINER = re.compile(r"(?i)[\s,;]*(?:\bor\b|\band\b)?[\s,;]*$")  # "A) x, or B) y": the "or" between them


def _label_of(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def as_choice(question: str) -> str:
    """The question with its labelled options said as a choice ("x, y or z"); else as it is."""
    found = list(_LABEL.finditer(question))
    # the run of labels in order (A, B, C ...; a, b ...; 1, 2 ...) from the first: a stray
    # "(b)" elsewhere is no list of options
    run: list[re.Match[str]] = []
    for match in found:
        if run and ord(_label_of(match)) - ord(_label_of(run[-1])) == 1:
            run.append(match)
        elif _label_of(match) in _FIRSTS and len(run) < 2:
            run = [match]
    if len(run) < 2:
        return question
    stem = question[: run[0].start()].rstrip(" \t:?-\u2013\u2014,")
    if not re.search(r"\w", stem):
        return question  # options with no question before them: nothing to choose for
    texts = [question[m.end() : after.start()] for m, after in itertools.pairwise(run)]
    # the last option runs to the question mark (or the end); what follows it stays
    tail_start = run[-1].end()
    close = re.search(r"\?|$", question[tail_start:])
    end = tail_start + close.start()
    texts.append(question[tail_start:end])
    options = [_JOINER.sub("", text).strip() for text in texts]
    if not all(options):
        return question
    said = ", ".join(options[:-1]) + " or " + options[-1]
    return f"{stem}: {said}{question[end:] or '?'}"
