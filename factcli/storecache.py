"""A validated Store in the cache: its JSON form, and the content key that says whether
it still matches the files.

The key covers every input a load reads: each fact file (by its name under the facts
location) and each source text (by the fact file that declares it and the path written
there, resolved again on every read, exactly as a load resolves it). Reading an entry
re-reads and hashes all of them; the source texts it reads are the ones the Store
carries, so quote offsets always point into the text on disk now.

Records are stored as arrays in the order of `_LAYOUT`; a model class whose fields
no longer match it turns the store cache off rather than restore a wrong object.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcli import cache
from factcli.model import Entity, Fact, Literal, Predicate, Quote, Source, Store

PART = "store"

# The fields the codec below writes and reads, per model class, in order.
_LAYOUT: dict[type, tuple[str, ...]] = {
    Source: ("id", "title", "date", "path", "text", "url", "file", "line"),
    Entity: ("id", "name", "type", "aliases", "description", "file", "line"),
    Predicate: ("id", "label", "synonyms", "passive", "describes", "file", "line"),
    Literal: ("kind", "value", "text"),
    Quote: ("text", "start", "end"),
    Fact: ("id", "subject", "predicate", "object", "source", "quote", "qualifiers", "file", "line"),
    Store: ("files", "sources", "entities", "predicates", "facts"),
}


def supported() -> bool:
    """Whether the codec still covers every field of the model."""
    return all(tuple(f.name for f in dataclasses.fields(cls)) == names for cls, names in _LAYOUT.items())


@dataclass
class Inputs:
    """What a load read, as digests of the bytes it used."""

    files: list[Path]  # the fact files, in load order
    file_digests: dict[Path, str]
    text_digests: dict[Path, str]  # resolved source text path -> digest
    declared: dict[str, tuple[Path, str]]  # source id -> (fact file, path as written)


def key_of(header: dict[str, Any]) -> str:
    """The content key: a digest of every input's digest, the code and the location."""
    parts = [header["code"], header["location"], header["files"], header["texts"]]
    return cache.digest(json.dumps(parts, separators=(",", ":")).encode())


def _name(location: Path, path: Path) -> str:
    return path.relative_to(location).as_posix() if path != location else "."


def write(cache_dir: Path, location: Path, store: Store, inputs: Inputs) -> str | None:
    """Cache a clean Store; the content key, or None when it could not be written."""
    if not supported():
        return None
    index_of = {f: i for i, f in enumerate(inputs.files)}
    texts: list[list[Any]] = []
    text_index: dict[tuple[int, str], int] = {}
    for source in store.sources.values():
        fact_file, written = inputs.declared[source.id]
        ref = (index_of[fact_file], written)
        if ref not in text_index:
            text_index[ref] = len(texts)
            texts.append([ref[0], written, inputs.text_digests[Path(source.path)]])
    shown = {s: i for i, s in enumerate(store.files)}
    body = json.dumps(_encode(store, shown, text_index, inputs.declared, index_of), ensure_ascii=False,
                      separators=(",", ":"), allow_nan=True).encode()
    header = {"files": [[_name(location, f), inputs.file_digests[f]] for f in inputs.files], "texts": texts,
              "facts": len(store.facts)}
    header["key"] = key_of({**header, "code": cache.code_fingerprint(), "location": cache.location_key(location)})
    return header["key"] if cache.write(cache_dir, location, PART, header, body) else None


def read(cache_dir: Path, location: Path, files: list[Path], shown: list[str]) -> tuple[Store, str] | None:
    """The cached Store and its content key, if every input is byte for byte what it was
    built from; None otherwise (the caller loads from the files)."""
    if not supported():
        return None
    found = cache.read(cache_dir, location, PART)
    if found is None:
        return None
    header, body = found
    try:
        if [name for name, _ in header["files"]] != [_name(location, f) for f in files]:
            return None  # a fact file was added, removed or renamed
        for path, (_, wanted) in zip(files, header["files"], strict=True):
            if cache.digest(path.read_bytes()) != wanted:
                return None
        texts: list[tuple[str, str]] = []  # (resolved path, text) per text entry
        for file_index, written, wanted in header["texts"]:
            resolved = (files[file_index].parent / written).resolve()
            data = resolved.read_bytes()
            if cache.digest(data) != wanted:
                return None
            texts.append((str(resolved), decode_text(data)))
        store = _decode(json.loads(body), shown, texts)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # an input went away, or the entry is not what this code writes
    return store, header["key"]


def decode_text(data: bytes) -> str:
    """Bytes of a source text as `Path.read_text(encoding="utf-8")` returns them
    (universal newlines), so offsets match a load from the files."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


# -- the codec ------------------------------------------------------------------------

def _encode(store: Store, shown: dict[str, int], text_index: dict[tuple[int, str], int],
            declared: dict[str, tuple[Path, str]], index_of: dict[Path, int]) -> dict[str, Any]:
    def text_of(source: Source) -> int:
        fact_file, written = declared[source.id]
        return text_index[(index_of[fact_file], written)]

    def obj(value: str | Literal) -> Any:
        return [value.kind, value.value, value.text] if isinstance(value, Literal) else value

    return {
        "sources": [[s.id, s.title, s.date, text_of(s), s.url, shown[s.file], s.line] for s in store.sources.values()],
        "entities": [[e.id, e.name, e.type, e.aliases, e.description, shown[e.file], e.line]
                     for e in store.entities.values()],
        "predicates": [[p.id, p.label, p.synonyms, p.passive, p.describes, shown[p.file], p.line]
                       for p in store.predicates.values()],
        "facts": [[f.id, f.subject, f.predicate, obj(f.object), f.source, f.quote.start, f.quote.end,
                   f.qualifiers, shown[f.file], f.line] for f in store.facts],
    }


def _decode(body: dict[str, Any], shown: list[str], texts: list[tuple[str, str]]) -> Store:
    sources: dict[str, Source] = {}
    for sid, title, date, text, url, file, line in body["sources"]:
        path, content = texts[text]
        sources[sid] = Source(sid, title, date, path, content, url, shown[file], line)
    entities = {e[0]: Entity(e[0], e[1], e[2], tuple(e[3]), e[4], shown[e[5]], e[6]) for e in body["entities"]}
    predicates = {p[0]: Predicate(p[0], p[1], tuple(p[2]), tuple(p[3]), p[4], shown[p[5]], p[6])
                  for p in body["predicates"]}
    facts = []
    for fid, subject, predicate, obj, sid, start, end, qualifiers, file, line in body["facts"]:
        text = sources[sid].text
        value = obj if isinstance(obj, str) else Literal(*obj)
        facts.append(Fact(fid, subject, predicate, value, sid, Quote(text[start:end], start, end),
                          tuple((k, v) for k, v in qualifiers), shown[file], line))
    return Store(tuple(shown), sources, entities, predicates, tuple(facts))
