"""Speech as a voice assistant writes it down, put the way the question would be typed.

Dictated questions carry what speech adds and says nothing of what is asked: a word
said twice ("the, the Russian minister"), a hesitation ("um"), and "like" put before a
clause or an option ("how big a deal, like", "or like domestic terrorism"). A topic said
first runs into the question about it with no comma ("the russian guy lal went to see
what was his name"), and a guess into the question it follows ("who led the russian
side was it galuzin or what"). Numbers come as words, and a date said aloud ("December nineteen
to twenty") is read as the facts write it ("December 19-20"). "Like" before a noun
("technologies like drones") gives examples and stays; "were were" is no stutter but a
slip of "where".
"""

from __future__ import annotations

import re

_STUTTER = r"(?i)\b(the|a|an|to|of|in|on|at|and|what|who|which|how|it)\s*,?\s+\1\b"
_HESITATION = r"(?i)(?:^|(?<=\s))(?:u+m+|u+h+m*|e+r+m+|h+m+)\b[,.]*\s*"
_LIKE_OPTION = r"(?i)\bor\s+like\s+"
_LIKE_CLAUSE = r"(?i)(?<=\w)\s+like\s+(?=(?:how|what|which|who|whom|where|when|why)\b)"

# "the russian guy lal went to see what was his name": a topic, then the question
# about it, with no comma between (speech has none); a wh-word, a verb and a pronoun
# in that order make a question of their own, never a relative clause
_TOPIC_THEN_ASKED = (r"(?i)(?<=[\w)])\s+(?=(?:what|who|whom|where|when|which|how)\s+(?:was|is|were|are|did|does|"
                     r"do|has|had)\s+(?:his|her|its|their|that|this|it|he|she|they)\b|(?:whats|whos|wheres)\s+"
                     r"(?:his|her|its|their|that|this|it|he|she|they)\b)")

# "who led the russian side was it galuzin or what": a wh-question whole, then a guess
# asked after it ("was it ...") with no comma between; the first has its verb already
_GUESS_AFTER = r"(?i)(?<=[\w)])\s+(?=(?:is|was|are|were)\s+(?:it|that|this|he|she|they)\s+\w)"
_WH_THEN_VERB = (r"(?i)^\s*(?:who|whom|what|which|where|when|how)\b.*?\b(?:is|was|are|were|did|does|do|has|have|"
                 r"had|led|met|held|said|took|gave|made|[a-z]{3,}ed)\b")

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEEN_ORDINALS = ("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                  "nineteenth").split()
_DAY_WORDS: dict[str, int] = {
    **{w: n for n, w in enumerate(_UNITS, 1)}, **{w: n for n, w in enumerate(_TEENS, 10)},
    **{w: n for n, w in enumerate(_UNIT_ORDINALS, 1)}, **{w: n for n, w in enumerate(_TEEN_ORDINALS, 10)},
    "twenty": 20, "twentieth": 20, "thirty": 30, "thirtieth": 30,
}
# longest first, so "twenty one" is read whole and "nineteenth" before "nineteen"
_DAY = ("(?:(?:twenty|thirty)[-\\s](?:" + "|".join(_UNIT_ORDINALS + _UNITS) + ")|"
        + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th)?)")
_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_SPAN = r"\s*(?:to|through|till|until|and|-|\u2013)\s*(?:the\s+)?"
# "December nineteen to twenty", "the nineteenth and twentieth of December"
_MONTH_FIRST = rf"(?i)\b(?P<month>{_MONTH})\s+(?:the\s+)?(?P<a>{_DAY})(?:{_SPAN}(?P<b>{_DAY}))?(?![\w-])"
_DAY_FIRST = rf"(?i)\b(?:the\s+)?(?P<a>{_DAY})(?:{_SPAN}(?P<b>{_DAY}))?\s+of\s+(?P<month>{_MONTH})\b"


def number_said(said: str) -> int | None:
    """The number a word or two say, up to thirty-one ("13", "13th", "sixth", "twenty
    one"), or None."""
    said = said.strip().lower()
    return _day(said) if re.fullmatch(_DAY, said, re.IGNORECASE) else None


def _day(said: str) -> int | None:
    """The day of the month a word or two say ("twenty one", "19th"), or None."""
    said = said.lower().replace("-", " ")
    digits = re.match(r"\d{1,2}", said)
    if digits:
        return int(digits.group(0))
    parts = said.split()
    if len(parts) == 2:
        return _DAY_WORDS[parts[0]] + _DAY_WORDS[parts[1]]
    return _DAY_WORDS.get(said)


def _date_as_typed(found: re.Match[str]) -> str:
    first, last = _day(found.group("a")), _day(found.group("b")) if found.group("b") else None
    if first is None or not 1 <= first <= 31 or (last is not None and not first < last <= 31) \
            or (found.group("month").lower() == "may" and found.group("a").lower() in _UNITS):
        return found.group(0)  # "may one ask" is no date; nor is a span that runs backwards
    days = f"{first}-{last}" if last is not None else f"{first}"
    return f"{found.group('month')} {days}"


# "the twenty first", "the twentieth": a day said as words, in the figures a date is
# typed with ("the 21st"), which the readers of days offered know
_TENS_ORDINAL = (r"(?i)\b(?:(?P<tens>twenty|thirty)[-\s](?P<unit>" + "|".join(_UNIT_ORDINALS) + r")|"
                 r"(?P<round>twentieth|thirtieth))\b")


def _ordinal_in_figures(found: re.Match[str]) -> str:
    if re.search(rf"(?i)\b{_MONTH}\s+(?:the\s+)?$", found.string[: found.start()]):
        return found.group(0)  # after its month, a day is the date readers' to read (or to leave)
    if found.group("round"):
        return "20th" if found.group("round").lower() == "twentieth" else "30th"
    n = _DAY_WORDS[found.group("tens").lower()] + _DAY_WORDS[found.group("unit").lower()]
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def as_typed(question: str) -> str:
    """The question without what speech adds (see the module's docstring)."""
    low = question.lower()  # (plain substring tests first: most questions have none of these)
    question = re.sub(_STUTTER, r"\1", question)
    if "um" in low or "uh" in low or "erm" in low or "hm" in low:
        question = re.sub(_HESITATION, "", question)
    if "," not in question and re.search(_TOPIC_THEN_ASKED, question[1:]):
        question = re.sub(_TOPIC_THEN_ASKED, ", ", question, count=1)
    if "," not in question and " or " in low:
        guess = re.search(_GUESS_AFTER, question)
        if guess and re.match(_WH_THEN_VERB, question[: guess.start()]):
            question = f"{question[: guess.start()]},{question[guess.start():]}"
    if "like" in low:
        question = re.sub(_LIKE_OPTION, "or ", question)
        question = re.sub(_LIKE_CLAUSE, ", ", question)
    if "ber" in low or "ary" in low or "may" in low or "june" in low or "july" in low or "august" in low \
            or "april" in low or "march" in low:
        question = re.sub(_DAY_FIRST, _date_as_typed, question)
        question = re.sub(_MONTH_FIRST, _date_as_typed, question)
    if "twent" in low or "thirt" in low:
        question = re.sub(_TENS_ORDINAL, _ordinal_in_figures, question)
    return question
