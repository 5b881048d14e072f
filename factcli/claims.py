"""A claim put right: "A student says Galuzin headed the Russian delegation. Who
actually did?" reports a claim and asks what the value in doubt really is. The claim
is asked again with the question's wh-phrase where that value stood ("who headed the
Russian delegation?"), so the facts answer it whether the claim was right or wrong.

Read before anything else: the claim's words and the question's wh-phrase are only
text, and the value in doubt is a name the facts know, an ordinal or a date."""

from __future__ import annotations

import re

from factcli.dated import said_dates
from factcli.index import Index, content_stems

# "<someone> says/claims/thinks (that) <claim>. <wh-question>?": the one who claims is
# a few words at most ("A student", "My colleague", "The draft")
# (patterns are kept as text and compiled by `re` on first use: start-up time)
_CLAIM_THEN_ASKED = (
    r"(?is)^\s*(?:[\w'\u2019-]+\s+){1,4}?(?:says?|said|claims?|claimed|thinks?|thought|believes?|believed|insists?|"
    r"insisted|reckons?|reckoned|argues?|argued|maintains?|maintained|told\s+(?:me|us)|wrote|writes|has\s+it)"
    r"\s+(?:that\s+)?(?P<claim>[^?.!;]+?)\s*[.;!]+\s+(?P<asked>[^?.!;]+?)\s*\?*\s*$")

# "Am I right that <claim>? <wh-question>?", "Is it true that ...", "I heard that ...":
# the asker's own claim, put as a question or said
_CHECKED_THEN_ASKED = (
    r"(?is)^\s*(?:am\s+i\s+(?:right|correct)|is\s+it\s+(?:true|right|correct)|i\s+(?:heard|read|was\s+told))"
    r"\s+(?:that\s+)?(?P<claim>[^?.!;]+?)\s*[?.;!]+\s+(?P<asked>[^?.!;]+?)(?:,?\s+then)?\s*\?*\s*$")

_AUX = r"(?:was|were|is|are|did|does|do|had|has|have|according|actually|really|in\s+fact)\b"
# the wh-phrase the question opens with: "With whom", "What number", "Which round"
_WH_PHRASE = (
    rf"(?i)^(?:(?P<prep>with|to|by|at|in|on|from|for)\s+)?(?P<wh>who|whom|what|which|when|where)"
    rf"(?P<noun>(?:\s+(?!{_AUX})[a-z][\w-]*){{0,3}})")

# how the question calls an ordinal ("what number was it", "which round")
_ORDINAL_NOUNS = frozenset(["number", "round", "rounds", "session", "edition", "meeting", "sitting", "one",
                            "iteration", "instalment", "installment"])
_DATE_NOUNS = frozenset(["date", "dates", "day", "days"])
_EVENT_NOUNS = frozenset(["meeting", "session", "forum", "group", "talks", "one", "body", "format", "track"])
_PERSON_NOUNS = frozenset(["official", "officials", "person", "minister", "diplomat", "man", "woman", "envoy",
                           "leader", "one"])
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                  "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth")
_ORDINAL = (rf"(?i)\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|{_ORDINAL_WORDS})\b"
                      r"(?:\s+(?:round|session|edition|meeting|sitting|one))?")


def claim_put_right(question: str, index: Index) -> str | None:
    """The claim asked again with the question's wh-phrase where its value in doubt
    stood, or None when the question reports no claim or the claim holds no value of
    the kind the question asks for."""
    if not re.search(r"[.;!?]\s+\S", question):
        return None  # one sentence reports no claim before its question
    said = re.match(_CLAIM_THEN_ASKED, question) or re.match(_CHECKED_THEN_ASKED, question)
    if said is None:
        return None
    claim, asked = said.group("claim", "asked")
    phrase = re.match(_WH_PHRASE, asked)
    if phrase is None:
        return None
    prep, wh, noun = phrase.group("prep"), phrase.group("wh").lower(), phrase.group("noun").strip().lower()
    last = noun.split()[-1] if noun else ""
    if wh in ("who", "whom") or (wh == "which" and last in _PERSON_NOUNS - {"one"}):
        span = _named(claim, asked, prep, ("person",), index)
        asked_as = "whom" if span and re.search(r"(?i)\b(?:with|to|by|at|from|for|of)\s+$", claim[: span[0]]) else "who"
    elif wh == "when" or last in _DATE_NOUNS:
        span = _date(claim)
        asked_as = f"{wh} {noun}" if noun else "which dates"
    elif last in _ORDINAL_NOUNS and re.search(_ORDINAL, claim):
        found = re.search(_ORDINAL, claim)
        span = found.span() if found else None
        # "which meeting was it" doubts the claim's ordinal, not which meeting it is
        asked_as = f"{wh} {noun}" if last in ("number", "round", "rounds") else "which round"
    elif wh == "which" and last in _EVENT_NOUNS:
        # "Am I right that the UN consultations were where ...? Which meeting was it?":
        # the meeting the claim names is in doubt
        span = _named(claim, asked, None, ("event",), index)
        asked_as = f"which {noun}"
    else:
        return None
    if span is None:
        return None
    before, after = claim[: span[0]], claim[span[1]:]
    # (a word on either side is kept apart from what is asked: "took place on what dates")
    return f"{before}{' ' if before[-1:].isalnum() else ''}{asked_as}{' ' if after[:1].isalnum() else ''}{after}?".strip()


def _named(claim: str, asked: str, prep: str | None, types: tuple[str, ...], index: Index) -> tuple[int, int] | None:
    """Where the claim names the person (or meeting: `types`) in doubt, one the facts know the question does
    not name itself ("Who did Lal really meet?" doubts the other one): the one after
    the question's preposition ("with whom": "... with Vershinin"); else, asked with a
    preposition, one after the claim's subject; else the first."""
    named = {m.entity for m in index.mentions(content_stems(claim, index.canon))}
    named -= {m.entity for m in index.mentions(content_stems(asked, index.canon))}
    spans = []
    for entity in named:
        record = index.store.entities.get(entity)
        if record is None or record.type not in types:
            continue
        for form in sorted((record.name, *record.aliases), key=len, reverse=True):
            found = re.search(rf"(?i)(?<![\w-]){re.escape(form)}(?![\w-])", claim)
            if found:
                spans.append(found.span())
                break
    spans.sort()
    if prep:
        after = [s for s in spans if re.search(rf"(?i)\b{prep}\s+$", claim[: s[0]])]
        spans = after or spans[1:] or spans
    return spans[0] if spans else None


def _date(claim: str) -> tuple[int, int] | None:
    """Where the claim says a date, without the preposition before it."""
    dates = said_dates(claim)
    if len(dates) != 1:
        return None
    start = dates[0].start
    lead = re.match(r"(?i)(?:on|in|from|between|during)\s+", claim[start:])
    return (start + lead.end() if lead else start, dates[0].end)
