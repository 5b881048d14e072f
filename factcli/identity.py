"""Questions whether two descriptions name one and the same thing: "Was the head of
the Russian team the same person Lal met to discuss Ukraine?", "Are Vershinin and
the leader of the Russian side the same man?", "Did the same Indian official lead the
delegation at both the JWG and the UN talks?".

No fact states such an identity; it follows from two facts. Each side is asked as a
question of its own ("who is the head of the Russian team", "who is the person Lal
met to discuss Ukraine"), and the caller compares the entities the answers name. Pure
text work: the asking is the caller's, so this module ranks nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcli.lexicon import IS_IT_TRUE_THAT

# The patterns are compiled on first use (re caches them): most questions have no
# "same", and compiling costs every start-up.
# The nouns "the same ..." is said of, and whether the sub-question asks "who".
_NOUNS = {"person": True, "official": True, "man": True, "woman": True, "individual": True, "people": True,
          "diplomat": True, "minister": True, "figure": True, "leader": True, "head": True, "one": True,
          "meeting": False, "event": False, "session": False, "body": False, "group": False, "thing": False}
_NOUN = r"(?P<noun>" + "|".join(_NOUNS) + r")"
_SAME = r"(?:one\s+and\s+)?the\s+(?:very\s+)?same"
_BE = r"(?:is|was|are|were)"
# "Was X the same person as Y", "Is X the same person Lal met", "Is X also the same one who ..."
_X_SAME_AS_Y = (
    rf"(?i)^\s*{_BE}\s+(?P<x>.+?)\s+(?:also\s+|really\s+|actually\s+|in\s+fact\s+)?{_SAME}\s+{_NOUN}\s+"
    r"(?P<link>as|who|whom|that)?\s*(?P<y>\S.*?)\s*[?.!]*\s*$")
# "Are X and Y the same person?"
_X_AND_Y_SAME = rf"(?i)^\s*{_BE}\s+(?P<x>.+?)\s+and\s+(?P<y>.+?)\s+{_SAME}\s+{_NOUN}s?\s*[?.!]*\s*$"
# "Did the same Indian official head the delegation at both the JWG and the UN talks?"
_SAME_AT_BOTH = (
    rf"(?i)^\s*(?:did|was|were)\s+(?:it\s+)?{_SAME}\s+(?P<kind>(?:\w+\s+)??){_NOUN}\s+(?:who\s+|that\s+)?"
    r"(?P<verb>.+?)\s+(?:(?P<prep>at|in|for|during|on)\s+)?both\s+(?P<a>.+?)\s+and\s+(?:(?:at|in|for|during|on)\s+)?"
    r"(?P<b>.+?)\s*[?.!]*\s*$")
# "Was the delegation at the UN talks led by the same person as at the JWG?"
_SAME_DOER = (
    rf"(?i)^\s*{_BE}\s+(?P<thing>.+?)\s+(?P<prep>at|in|during|for)\s+(?P<a>.+?)\s+(?P<verb>[a-z]+)\s+by\s+{_SAME}\s+"
    rf"{_NOUN}\s+as\s+(?:(?:at|in|during|for)\s+)?(?P<b>.+?)\s*[?.!]*\s*$")
# "Was Vershinin the Russian official with whom Lal discussed Ukraine?", "Is Galuzin the
# man Lal met?": a name, and a person described by a clause (a title alone, "is Vershinin
# the deputy minister", is asked of the facts about him as it is)
_PERSON_NOUNS = r"(?:person|official|man|woman|minister|diplomat|leader|head|one|envoy|representative|individual)"
_NAME_IS_THE_DESCRIBED = (
    r"^\s*(?i:is|was)\s+(?P<x>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+(?i:also\s+|really\s+|actually\s+)?"
    rf"(?P<y>(?i:the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_PERSON_NOUNS})\s+"
    r"(?:(?i:who|whom|that|(?:with|to|from)\s+whom)\b|(?-i:[A-Z]))[^?]*?)\s*[?.!]*\s*$")
_IS_IT_TRUE_THAT = (rf"(?i)^\s*{IS_IT_TRUE_THAT}"
                    r"((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+(is|was)\s+(?=the\b)")
_OR_DIFFERENT = (r"(?i),?\s+or\s+(?:not|(?:did|were|was|is|are|do|does|has|had|have)\b[^?]*?"
                 r"\b(?:different|separate|distinct|two|another|other)\b[^?]*)\s*[?.!]*\s*$")
# "Was the Indian delegation led by the same person at both meetings?", "did the same
# official lead India at both sessions?": the two meetings are the facts' to name
_MEETINGS = r"(?:meetings|sessions|rounds|events|talks|gatherings|sittings|engagements)"
_BY_SAME_AT_BOTH = (
    rf"(?i)^\s*{_BE}\s+(?P<thing>.+?)\s+(?P<verb>[a-z]+)\s+by\s+{_SAME}\s+{_NOUN}\s+(?:at|in|during|for)\s+"
    rf"both\s+(?:of\s+)?(?:the\s+|those\s+|these\s+)?{_MEETINGS}\s*[?.!]*\s*$")
_SAME_DID_AT_BOTH = (
    rf"(?i)^\s*(?:did|was|were)\s+(?:it\s+)?{_SAME}\s+(?:\w+\s+)??{_NOUN}\s+(?:who\s+|that\s+)?(?P<did>.+?)\s+"
    rf"(?:at|in|during|for)\s+both\s+(?:of\s+)?(?:the\s+|those\s+|these\s+)?{_MEETINGS}\s*[?.!]*\s*$")
_PREPOSITION_END = r"(?i)\b(?:by|at|in|on|for|with|to|of|from|during)\s*$"
_PREPOSITION_START = r"(?i)^(?:by|at|in|on|for|with|to|of|from|during)\b"
_DETERMINED = r"(?i)^(?:the|a|an|this|that|its|his|her|their)\b|^[A-Z]"


@dataclass(frozen=True)
class SameQuestion:
    """The two sub-questions, each naming one side, and the sides as the question said them."""

    first: str
    second: str
    first_said: str
    second_said: str
    both: bool  # "the same official at both X and Y": the answer names the one at both


def parse(question: str) -> SameQuestion | None:
    """The two sides a question asks to be compared, or None for any other question."""
    if question.lstrip()[:1] in "IiWw" and re.match(_IS_IT_TRUE_THAT, question):
        # "is it the case that Vershinin was the official ...": was Vershinin the official ...
        question = re.sub(_IS_IT_TRUE_THAT, lambda m: f"{m.group(2)} {m.group(1)} ", question, count=1)
    named = re.match(_NAME_IS_THE_DESCRIBED, question) \
        if question.lstrip()[:1] in "IiWw" and " or " not in question.lower() else None  # (a choice is no identity)
    if named:
        x, y = named.group("x"), named.group("y")
        return SameQuestion(f"Who is {x}?", f"Who is {y}?", x, y, False)
    if "same" not in question.lower():
        return None
    # "..., or did two different people lead them?", "... or not?": the other answer is
    # the one "no" gives, and says nothing of the sides
    question = re.sub(_OR_DIFFERENT, "?", question)
    found = re.match(_SAME_AT_BOTH, question)
    if found:
        first, second = found.group("a"), found.group("b")
        who = "Who" if _NOUNS[found.group("noun").lower()] else "What"
        kind = found.group("kind").strip()
        frame = f"Which {kind} {found.group('noun')}" if kind else who
        ask = f"{frame} {found.group('verb')}" + (f" {found.group('prep')}" if found.group("prep") else "")
        return SameQuestion(f"{ask} {first}?", f"{ask} {second}?", first, second, True)
    found = re.match(_SAME_DOER, question)
    if found:
        who = "Who" if _NOUNS[found.group("noun").lower()] else "What"
        ask = f"{who} {found.group('verb')} {found.group('thing')} {found.group('prep')}"
        return SameQuestion(f"{ask} {found.group('a')}?", f"{ask} {found.group('b')}?", found.group("a"),
                            found.group("b"), True)
    found = re.match(_X_AND_Y_SAME, question)
    if found:
        who = "Who" if _NOUNS[found.group("noun").lower()] else "What"
        x, y = found.group("x"), found.group("y")
        return SameQuestion(f"{who} is {x}?", f"{who} is {y}?", x, y, False)
    found = re.match(_X_SAME_AS_Y, question)
    if found:
        noun = found.group("noun")
        who = "Who" if _NOUNS[noun.lower()] else "What"
        x, y, link = found.group("x"), found.group("y"), (found.group("link") or "").lower()
        if re.search(_PREPOSITION_END, x) or re.match(_PREPOSITION_START, y):
            return None  # "was the delegation led by the same person at both meetings": no two things named
        if link != "as" and not (not link and re.match(_DETERMINED, y) and not _starts_clause(y)):
            # "the same person Lal met to discuss Ukraine": a relative clause, whose noun
            # the sub-question keeps ("who is the person Lal met ...")
            y = f"the {noun} {link + ' ' if link else ''}{y}"
        return SameQuestion(f"{who} is {x}?", f"{who} is {y}?", x, y, False)
    return None


def across_meetings(question: str) -> str | None:
    """The question to ask of each meeting ("Who led the Indian delegation"), when the
    question asks whether one person did it at both meetings it does not name."""
    if "both" not in question.lower():
        return None
    # "..., and who?": the answer names who anyway
    question = re.sub(r"(?i),?\s+and\s+(?:if\s+so,?\s+)?(?:who|whom)(?:\s+(?:was|is)\s+(?:it|that))?\s*([?.!]*)\s*$",
                      r"\1", question)
    found = re.match(_BY_SAME_AT_BOTH, question)
    if found:
        return f"Who {found.group('verb')} {found.group('thing')}"
    found = re.match(_SAME_DID_AT_BOTH, question)
    return f"Who {found.group('did')}" if found and _NOUNS[found.group("noun").lower()] else None


def _starts_clause(text: str) -> bool:
    """"Lal met to discuss Ukraine": a name and then a verb start a clause, not a name alone."""
    said = text.split()
    return len(said) >= 2 and said[0][:1].isupper() and said[1][:1].islower() and said[0].lower() not in (
        "the", "a", "an", "this", "that")

