"""Understanding a question: the answer type it wants, the entities and relation it
names, and the words nothing in the facts explains. Pure; no ranking here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from factcli.index import Index, Mention
from factcli.lexicon import FRAME_WORDS, STOPWORDS, SYNONYMS, stem
from factcli.text import words

WH_WORDS = ("what", "which", "who", "whom", "whose", "where", "when", "how")
_AUXILIARIES = {"is", "are", "was", "were", "did", "do", "does", "has", "have", "had", "will"}

# The noun after "which"/"what" narrows the answer type.
_NOUN_TYPES = {
    "country": "country", "nation": "country", "countries": "country", "nations": "country",
    "city": "place", "place": "place", "venue": "place", "location": "place", "capital": "place",
    "date": "date", "day": "date", "dates": "date", "year": "date", "month": "date", "days": "date",
    "person": "person", "official": "person", "minister": "person", "diplomat": "person",
    "leader": "person", "people": "person", "officials": "person",
    "meeting": "event", "event": "event", "talks": "event", "session": "event", "forum": "event",
    "body": "organization", "organisation": "organization", "organization": "organization",
    "ministry": "organization", "group": "organization",
    "round": "ordinal",
}
_DESCRIBE = re.compile(r"^(?:(?:who|what)(?: is| are| was| were)?|tell me about|define|describe|explain)\b(?P<rest>.*)$")
_ABBREVIATE = {"acronym", "abbreviation", "abbreviated", "initials", "short"}


@dataclass(frozen=True)
class Analysis:
    question: str
    tokens: tuple[str, ...]  # all words, lower-case, misspellings corrected
    corrections: tuple[tuple[str, str], ...]  # (as typed, as read)
    stems: tuple[str, ...]  # content stems, in order
    wanted: str  # person, agent, place, date, number, country, event, organization, ordinal, thing, any
    describe: bool  # "who is X", "what is X" or a bare name: answer with X's card
    abbreviate: bool  # asks for the short form of a name
    mentions: tuple[Mention, ...]
    predicates: dict[str, tuple[float, bool]]
    unknown: tuple[str, ...]  # content words found nowhere in the facts

    @property
    def entities(self) -> set[str]:
        return {m.entity for m in self.mentions}


def analyse(question: str, index: Index) -> Analysis:
    raw = words(question)
    tokens, corrections = _corrected(raw, index)
    content = [t for t in tokens if t not in STOPWORDS and t not in FRAME_WORDS]
    stems = [stem(t) for t in content]
    mentions = index.mentions(stems)
    predicates = index.phrases_in(stems)
    wanted = _wanted(tokens)
    covered = {p for m in mentions for p in range(m.start, m.end + 1)}
    describe = bool(mentions) and len(covered) == len(stems) and _asks_description(tokens, wanted)
    unknown = tuple(t for t in content if t not in index.vocabulary and not _bridged(t, index))
    return Analysis(question, tuple(tokens), tuple(corrections), tuple(stems), wanted, describe,
                    bool(_ABBREVIATE & set(tokens)), tuple(mentions), predicates, unknown)


def _corrected(raw: list[str], index: Index) -> tuple[list[str], list[tuple[str, str]]]:
    tokens: list[str] = []
    corrections: list[tuple[str, str]] = []
    for pos, word in enumerate(raw):
        fixed = word
        if pos == 0 and word not in WH_WORDS:
            fixed = _wh_typo(word, raw[1] if len(raw) > 1 else "")
        if fixed == word:
            fixed = index.correct(word)
        if fixed != word:
            corrections.append((word, fixed))
        tokens.append(fixed)
    return tokens, corrections


def _wh_typo(word: str, following: str) -> str:
    """'waht', 'wich', 'were were...': a first word one slip from a wh-word."""
    for wh in WH_WORDS:
        if OSA.distance(word, wh) == 1 and (word not in STOPWORDS or following in _AUXILIARIES):
            return wh
    return word


def _wanted(tokens: list[str]) -> str:
    text = " ".join(tokens)
    if re.search(r"\bhow (many|much)\b", text) or re.search(r"\bwhat number\b", text):
        return "number"
    for i, tok in enumerate(tokens):
        if tok in ("who", "whom", "whose"):
            return "agent"
        if tok == "where":
            return "place"
        if tok == "when":
            return "date"
        if tok in ("which", "what") and i + 1 < len(tokens):
            following = [t for t in tokens[i + 1 : i + 3] if t not in ("of", "the", "a", "an")]
            for noun in following[:1]:
                if noun in _NOUN_TYPES:
                    return _NOUN_TYPES[noun]
                if noun.endswith("s") and noun[:-1] in _NOUN_TYPES:
                    return _NOUN_TYPES[noun[:-1]]
            return "thing"
    return "any"


def _asks_description(tokens: list[str], wanted: str) -> bool:
    text = " ".join(tokens)
    if not any(t in WH_WORDS for t in tokens) and not _DESCRIBE.match(text):
        return True  # a bare name
    return bool(_DESCRIBE.match(text)) and wanted in ("agent", "thing", "any")


def _bridged(word: str, index: Index) -> bool:
    """A word outside the vocabulary that a synonym or a prefix ties to it ("tech")."""
    if any(s in index.vocabulary for s in SYNONYMS.get(word, ())):
        return True
    return len(word) >= 4 and any(v.startswith(word) for v in index.vocabulary if len(v) > len(word))
