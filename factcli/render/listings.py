"""Facts, entities and sources as a Listing: one object holding every shape the
`--format` choices need, built from the same records so the formats cannot drift apart.

- `records`: nested JSON-ready objects (json, jsonl, yaml)
- `flat`: one scalar per column (csv, tsv)
- `columns` and `rows`: what a person reads (table, markdown)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from factcli.model import QUALIFIER_KEYS, Entity, Fact, Literal, Source, Store
from factcli.render.records import entity_record, fact_record, source_summary

# How a table may treat a column when the terminal is narrow:
KEY = "key"  # ids, dates, counts: never wrapped, never cut
NAME = "name"  # names and labels: wrapped between words only
TEXT = "text"  # quotes, descriptions: wrapped wherever needed


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT
    style: str = ""


@dataclass(frozen=True)
class Listing:
    what: str  # "facts", "entities", "sources": for messages
    records: list[dict[str, Any]]
    fields: tuple[str, ...]  # the csv/tsv header, there even when no row is
    flat: list[dict[str, Any]]
    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]]

    def project(self, names: tuple[str, ...]) -> Listing:
        """The same listing with only the named display columns (for a compact table)."""
        keep = [i for i, c in enumerate(self.columns) if c.name in names]
        return replace(self, columns=tuple(self.columns[i] for i in keep),
                       rows=[tuple(row[i] for i in keep) for row in self.rows])


FACT_COLUMNS = (Column("id", KEY, "cyan"), Column("subject", NAME, "bold"), Column("predicate", NAME),
                Column("object", NAME, "bold"), Column("qualifiers", TEXT, "dim"), Column("quote", TEXT, "italic"))


def qualifiers_text(fact: Fact, store: Store) -> str:
    return "; ".join(f"{key}: {store.qualifier_text(value)}" for key, value in fact.qualifiers)


FACT_FIELDS = ("id", "subject", "subject_name", "predicate", "predicate_label", "object", "object_text",
               *QUALIFIER_KEYS, "source", "quote", "file", "line")


def fact_flat(fact: Fact, store: Store) -> dict[str, Any]:
    obj = fact.object
    row: dict[str, Any] = {
        "id": fact.id,
        "subject": fact.subject,
        "subject_name": store.entities[fact.subject].name,
        "predicate": fact.predicate,
        "predicate_label": store.predicates[fact.predicate].label,
        "object": obj.value if isinstance(obj, Literal) else obj,
        "object_text": store.object_text(fact),
    }
    qualifiers = dict(fact.qualifiers)
    row.update({key: qualifiers.get(key, "") for key in QUALIFIER_KEYS})
    row.update({"source": fact.source, "quote": fact.quote.text, "file": fact.file, "line": fact.line})
    return row


def facts_listing(facts: list[Fact], store: Store) -> Listing:
    rows = [(f.id, store.entities[f.subject].name, store.predicates[f.predicate].label, store.object_text(f),
             qualifiers_text(f, store), f.quote.text) for f in facts]
    return Listing("facts", [fact_record(f, store) for f in facts], FACT_FIELDS,
                   [fact_flat(f, store) for f in facts], FACT_COLUMNS, rows)


ENTITY_COLUMNS = (Column("id", KEY, "cyan"), Column("name", NAME, "bold"), Column("type", KEY),
                  Column("facts", KEY), Column("aliases", TEXT), Column("description", TEXT, "dim"))
ENTITY_FIELDS = ("id", "name", "type", "aliases", "description", "fact_count")


def entities_listing(entities: list[Entity], counts: dict[str, int]) -> Listing:
    records = [{**entity_record(e), "fact_count": counts.get(e.id, 0)} for e in entities]
    flat = [{**r, "aliases": "; ".join(r["aliases"])} for r in records]
    rows = [(e.id, e.name, e.type, str(counts.get(e.id, 0)), ", ".join(e.aliases), e.description) for e in entities]
    return Listing("entities", records, ENTITY_FIELDS, flat, ENTITY_COLUMNS, rows)


SOURCE_COLUMNS = (Column("id", KEY, "cyan"), Column("title", NAME, "bold"), Column("date", KEY),
                  Column("facts", KEY), Column("path", TEXT, "dim"))
SOURCE_FIELDS = ("id", "title", "date", "path", "url", "fact_count")


def sources_listing(sources: list[Source], counts: dict[str, int]) -> Listing:
    records = [{**source_summary(s), "fact_count": counts.get(s.id, 0)} for s in sources]
    flat = [{**r, "url": r["url"] or ""} for r in records]
    rows = [(s.id, s.title, s.date, str(counts.get(s.id, 0)), s.path) for s in sources]
    return Listing("sources", records, SOURCE_FIELDS, flat, SOURCE_COLUMNS, rows)
