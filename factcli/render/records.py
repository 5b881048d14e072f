"""Results as plain, JSON-ready data: one shape for every machine format, built from
the same objects the human output uses, so the two cannot drift apart."""

from __future__ import annotations

from typing import Any

from factcli.answer import Answer, Candidate
from factcli.model import Entity, Fact, Literal, Source, Store
from factcli.render.plain import dumps  # noqa: F401  (the one JSON encoder, re-exported)


def fact_record(fact: Fact, store: Store) -> dict[str, Any]:
    obj = fact.object
    return {
        "id": fact.id,
        "subject": fact.subject,
        "subject_name": store.entities[fact.subject].name,
        "predicate": fact.predicate,
        "predicate_label": store.predicates[fact.predicate].label,
        "object": obj.to_json() if isinstance(obj, Literal) else obj,
        "object_text": store.object_text(fact),
        "qualifiers": dict(fact.qualifiers),
        "source": fact.source,
        "quote": fact.quote.text,
        "file": fact.file,
        "line": fact.line,
    }


def source_record(fact: Fact, store: Store) -> dict[str, Any]:
    source = store.sources[fact.source]
    return {"id": source.id, "title": source.title, "date": source.date, "path": source.path,
            "quote": fact.quote.text, "start": fact.quote.start, "end": fact.quote.end}


def answer_record(answer: Answer, store: Store) -> dict[str, Any]:
    fact = answer.fact
    alternatives = answer.alternatives
    return {
        "question": answer.question,
        "answered": answer.answered,
        "answer": answer.answer,
        "confidence": answer.confidence,
        "reason": answer.reason,
        "fact": fact_record(fact, store) if fact else None,
        "source": source_record(fact, store) if fact else None,
        "alternatives": [alternative_record(c) for c in alternatives],
    }


def alternative_record(candidate: Candidate) -> dict[str, Any]:
    return {"answer": candidate.answer, "confidence": candidate.confidence, "fact_id": candidate.fact.id}


def entity_record(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "type": entity.type, "aliases": list(entity.aliases),
            "description": entity.description, "part_of": entity.part_of or None}


def source_summary(source: Source) -> dict[str, Any]:
    return {"id": source.id, "title": source.title, "date": source.date, "path": source.path, "url": source.url}
