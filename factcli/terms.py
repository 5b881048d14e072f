"""The article's own term for a thing the question describes in other words: "What
term does the report use for the flow of money to terrorist groups?" is answered
"terror financing", the words of a sentence that say what the description says.

No ranking here: answer.py hands over the sentences and the way words are related
(stems, and each stem's related stems); this module reads the question's description
and finds the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from factcli.lexicon import STOPWORDS

# "what term/word/phrase does the article use for X", "what is X called", "what does
# the piece call X" (compiled on first use: start-up time)
_ASKS_TERM = (
    r"(?i)^\W*(?:what|which)\s+(?:term|word|words|phrase|name|label|expression)\s+(?:does|did|do)\s+(?:the\s+)?"
    r"(?:article|piece|report|story|text|writer|author|release|ministry|mea)\s+(?:use|uses|give|gives|apply)\s+"
    r"(?:for|to\s+describe|to\s+refer\s+to|to\s+name)\s+(?P<a>.+?)\s*[?.!]*\s*$"
    r"|^\W*what\s+(?:is|are)\s+(?P<b>.+?)\s+called(?:\s+in\s+(?:the\s+)?(?:article|piece|report|story|text))?"
    r"\s*[?.!]*\s*$"
    r"|^\W*what\s+does\s+the\s+(?:article|piece|report|story|text|writer)\s+call\s+(?P<c>.+?)\s*[?.!]*\s*$"
    # "what is the name the article uses for ..."
    r"|^\W*what(?:\s+is|['\u2019]s)\s+the\s+(?:term|word|phrase|name|label|expression)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:article|piece|report|story|text|writer|author|release)\s+(?:uses|used|gives|applies)\s+"
    r"(?:for|to\s+describe|to\s+refer\s+to|to\s+name)\s+(?P<d>.+?)\s*[?.!]*\s*$")
_WORD = r"[A-Za-z0-9]+(?:[-\u2010\u2011][A-Za-z0-9]+)*"
_LONGEST = 3  # words in a term
_AT_LEAST = 2  # words of the description a term must say


def described(question: str) -> str | None:
    """The description whose term is asked, or None when the question asks no term."""
    low = question.lower()
    if not ("term" in low or "word" in low or "phrase" in low or "name" in low or "label" in low
            or "expression" in low or "called" in low or " call " in low):
        return None
    found = re.match(_ASKS_TERM, question)
    if not found:
        return None
    said = next(g for g in (found.group("a"), found.group("b"), found.group("c"), found.group("d")) if g)
    if re.match(r"(?i)^(?:describe\s+|to\s+describe\s+)?how\b", said):
        return None  # "... to describe how strongly Moscow backed it": a degree, no thing's term
    return re.split(r"[,;:(\u2013\u2014]", said)[0]  # (", listed among ...": an aside, not the thing described)


def term_for(description: list[str], sentences: Iterable[str], stems_of: Callable[[str], list[str]],
             related: Callable[[str], set[str]], named: bool = False) -> str | None:
    """The phrase of the sentences (up to three words, no stopword at either end) every
    word of which says a word of the description, one of them in other words, saying
    the most of them; None when the best says fewer than two (one, of a description
    of three words or fewer that names nothing: `named` says it does), or two different
    phrases say as many."""
    wanted = set(description)
    best: dict[str, tuple[int, int]] = {}  # phrase (lower-case) -> (words of the description said, length)
    shown: dict[str, str] = {}
    for sentence in sentences:
        found = list(re.finditer(_WORD, sentence))
        for i in range(len(found)):
            for j in range(i, min(len(found), i + _LONGEST)):
                phrase = [m.group(0) for m in found[i : j + 1]]
                text = sentence[found[i].start() : found[j].end()]
                if phrase[0].lower() in STOPWORDS or phrase[-1].lower() in STOPWORDS or " ".join(phrase) != text:
                    continue  # (words apart across a comma or a quote mark are no one term)
                said: set[str] = set()
                renamed = False  # a word of the phrase that is not one of the description's own
                every = True
                for word in phrase:
                    if word.lower() in STOPWORDS:
                        continue
                    own = {s for stem_ in stems_of(word) for s in related(stem_)}
                    hit = {d for d in wanted if d in own or own & related(d)}
                    if not hit:
                        every = False
                        break
                    said |= hit
                    renamed = renamed or not any(_same_root(a, d) for a in stems_of(word) for d in wanted)
                # (the description's own words are no term the article uses for it:
                # "a permanent Council member" is not called "permanent member")
                if every and said and renamed:
                    best[text.lower()] = (len(said), len(phrase))
                    shown.setdefault(text.lower(), text)
    if not best:
        return None
    top = max(best.values())
    if top[0] < (_AT_LEAST if named else min(_AT_LEAST, len(wanted) - 2)):
        # (a short description may be said by one word, "people drawn into extremism";
        # not one that names a thing: "the group Vershinin headed" is no "led")
        return None
    winners = [k for k, v in best.items() if v == top]
    return shown[winners[0]] if len(winners) == 1 else None


def _same_root(one: str, other: str) -> bool:
    """"extremism" and "extremist", "terror" and "terrorist": one word in two forms."""
    return one == other or (len(one) >= 6 and len(other) >= 6 and one[:6] == other[:6])
