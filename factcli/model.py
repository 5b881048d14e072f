"""The fact model: frozen records of sources, entities, predicates and facts. No I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

# Entity types a curator may use, and what kind of answer each one can be.
PERSON_TYPES = frozenset({"person"})
AGENT_TYPES = frozenset({"person", "organization", "group", "country"})
PLACE_TYPES = frozenset({"country", "city", "place", "venue", "region"})
ENTITY_TYPES = frozenset(
    {"person", "organization", "group", "country", "city", "place", "venue", "region",
     "event", "document", "topic", "role", "other"}
)
LITERAL_KINDS = ("text", "date", "number")
QUALIFIER_KEYS = ("date", "place", "event", "role")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    date: str  # ISO 8601 date of publication
    path: str  # absolute path of the source text
    text: str = field(repr=False, compare=False, default="")
    url: str | None = None
    file: str = ""  # the fact file that declares it, for messages
    line: int = 0


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    file: str = ""
    line: int = 0
    part_of: str = ""  # an event this one is part of ("the JWG" of "the Moscow talks"), or ""


@dataclass(frozen=True)
class Predicate:
    """A relation, with the words people use for it.

    `synonyms` are other ways to say it in the active voice ("headed", "chaired");
    `passive` are the ways to say it from the object's side ("led by").
    `describes` marks relations that say what the subject is (a title, an expansion):
    they back "who is X" and "what is X" answers.
    `symmetric` marks relations that hold both ways ("A met B" is "B met A").
    `one_subject` marks relations an object has one subject of (a delegation has one
    head): a fact with another subject then says no ("did Galuzin head the Russian team").
    """

    id: str
    label: str
    synonyms: tuple[str, ...] = ()
    passive: tuple[str, ...] = ()
    describes: bool = False
    symmetric: bool = False
    file: str = ""
    line: int = 0
    one_subject: bool = False

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms, *self.passive)


@dataclass(frozen=True)
class Literal:
    """A literal object: text, an ISO date (or `start/end` range) or a number."""

    kind: str  # one of LITERAL_KINDS
    value: str | int | float
    text: str  # how it reads in an answer

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {self.kind: self.value}
        if self.kind != "text":
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class Quote:
    text: str
    start: int  # character offsets into the source text, end exclusive
    end: int


@dataclass(frozen=True)
class Fact:
    id: str
    subject: str  # entity id
    predicate: str  # predicate id
    object: str | Literal  # entity id or literal
    source: str  # source id
    quote: Quote
    qualifiers: tuple[tuple[str, str], ...] = ()  # (key, entity id or text), in QUALIFIER_KEYS order
    file: str = ""
    line: int = 0

    def qualifier(self, key: str) -> str | None:
        return dict(self.qualifiers).get(key)


@dataclass(frozen=True)
class Store:
    """Everything loaded from one facts location, already validated."""

    files: tuple[str, ...]
    sources: dict[str, Source]
    entities: dict[str, Entity]
    predicates: dict[str, Predicate]
    facts: tuple[Fact, ...]

    def object_text(self, fact: Fact) -> str:
        obj = fact.object
        return obj.text if isinstance(obj, Literal) else self.entities[obj].name

    def qualifier_text(self, value: str) -> str:
        entity = self.entities.get(value)
        return entity.name if entity else value

    def wholes(self, entity_id: str) -> list[str]:
        """The events an entity is part of, nearest first (the loader refused cycles)."""
        wholes: list[str] = []
        entity = self.entities.get(entity_id)
        while entity is not None and entity.part_of and entity.part_of not in wholes:
            wholes.append(entity.part_of)
            entity = self.entities.get(entity.part_of)
        return wholes

    def has_parts(self, entity_id: str) -> bool:
        """Whether some event is part of this one (the Moscow talks hold the JWG)."""
        return entity_id in self._with_parts

    @cached_property
    def _with_parts(self) -> frozenset[str]:
        # a frozen dataclass may still cache: cached_property writes the instance's __dict__
        return frozenset(e.part_of for e in self.entities.values() if e.part_of)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def format_date(value: str) -> str:
    """'2024-12-19/2024-12-20' -> 'December 19-20, 2024'; one date -> 'December 19, 2024'."""
    first, _, last = value.partition("/")
    a = dt.date.fromisoformat(first)
    if not last:
        return f"{_MONTHS[a.month - 1]} {a.day}, {a.year}"
    b = dt.date.fromisoformat(last)
    if (a.year, a.month) == (b.year, b.month):
        return f"{_MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
    return f"{format_date(first)} - {format_date(last)}"
