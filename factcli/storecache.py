"""The validated Store in the cache database: the content key that says whether it
still matches the files, and a Store that reads its records from the database as
they are asked for.

The key covers every input a load reads: each fact file (by its name under the facts
location) and each source text (by the fact file that declares it and the path written
there, resolved again on every read, exactly as a load resolves it). Checking it
re-reads and hashes all of them. A source text is read again when its Source is first
asked for and must still have the digest checked; otherwise it is damage (the index
then answers from the files).

Records are stored as arrays in the order of `_LAYOUT`; a model class whose fields no
longer match it turns the cache off rather than restore a wrong object.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcli import cache, files
from factcli.model import Entity, Fact, Literal, Predicate, Quote, Source, Store

# The fields the codec below writes and reads, per model class, in order.
_LAYOUT: dict[type, tuple[str, ...]] = {
    Source: ("id", "title", "date", "path", "text", "url", "file", "line"),
    Entity: ("id", "name", "type", "aliases", "description", "file", "line", "part_of"),
    Predicate: ("id", "label", "synonyms", "passive", "describes", "symmetric", "file", "line", "one_subject"),
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


def key_of(head: dict[str, Any]) -> str:
    """The content key: a digest of every input's digest, the code and the location."""
    parts = [head["code"], head["location"], head["files"], head["texts"]]
    return cache.digest(json.dumps(parts, separators=(",", ":")).encode())


def _name(location: Path, path: Path) -> str:
    return path.relative_to(location).as_posix() if path != location else "."


# -- writing ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Encoded:
    """A Store as the head and the rows of the cache database."""

    head: dict[str, Any]  # files, texts, predicates, orders: what every reader needs
    sources: dict[str, object]
    entities: dict[str, object]
    facts: list[list[Any]]  # one record per fact, in order
    orders: list[list[str]]  # source ids, entity ids: the order to list them in


def encode(location: Path, store: Store, inputs: Inputs) -> Encoded:
    index_of = {f: i for i, f in enumerate(inputs.files)}
    shown = {s: i for i, s in enumerate(store.files)}
    texts: list[list[Any]] = []
    text_index: dict[tuple[int, str], int] = {}
    sources: dict[str, object] = {}
    for source in store.sources.values():
        fact_file, written = inputs.declared[source.id]
        ref = (index_of[fact_file], written)
        if ref not in text_index:
            text_index[ref] = len(texts)
            texts.append([ref[0], written, inputs.text_digests[Path(source.path)]])
        sources[source.id] = [source.title, source.date, text_index[ref], source.url, shown[source.file], source.line]
    entities: dict[str, object] = {e.id: [e.name, e.type, e.aliases, e.description, shown[e.file], e.line,
                                          e.part_of] for e in store.entities.values()}
    facts = [[f.id, f.subject, f.predicate, [f.object.kind, f.object.value, f.object.text]
              if isinstance(f.object, Literal) else f.object, f.source, f.quote.text, f.quote.start, f.quote.end,
              f.qualifiers, shown[f.file], f.line] for f in store.facts]
    head = {
        "files": [[_name(location, f), inputs.file_digests[f]] for f in inputs.files],
        "texts": texts,
        "facts": len(store.facts),
        "predicates": [[p.id, p.label, p.synonyms, p.passive, p.describes, p.symmetric, shown[p.file], p.line,
                        p.one_subject]
                       for p in store.predicates.values()],
    }
    return Encoded(head, sources, entities, facts, [list(store.sources), list(store.entities)])


# -- checking ----------------------------------------------------------------------------

def fresh(head: dict[str, Any], location: Path, files: list[Path]) -> list[Path] | None:
    """The resolved source text paths, in the head's order, if every input is byte for
    byte what the entry was built from; None otherwise."""
    try:
        if [name for name, _ in head["files"]] != [_name(location, f) for f in files]:
            return None  # a fact file was added, removed or renamed
        texts = _resolved([(files[file_index].parent, written) for file_index, written, _ in head["texts"]])
        wanted = [d for _, d in head["files"]] + [d for _, _, d in head["texts"]]
        found = _digests([*files, *texts])
    except (OSError, RuntimeError, ValueError, TypeError, KeyError, IndexError):
        return None  # an input went away (or its path loops), or the head is not what this code writes
    return texts if found == wanted else None


def _resolved(paths: list[tuple[Path, str]]) -> list[Path]:
    """`(folder / written).resolve()` for each, as a load resolves a source text path,
    but resolving each folder once: the thousands of texts of a big store share a few
    folders, and resolving looks at every component of a path."""
    folders: dict[tuple[Path, str], str] = {}
    out = []
    for folder, written in paths:
        head, name = os.path.split(written)
        if name in ("", ".", "..") or os.path.isabs(written):
            out.append((folder / written).resolve())
            continue
        where = folders.get((folder, head))
        if where is None:
            where = folders[(folder, head)] = str((folder / head).resolve())
        candidate = os.path.join(where, name)
        # a name that is itself a symbolic link resolves further
        out.append(Path(os.path.realpath(candidate)) if os.path.islink(candidate) else Path(candidate))
    return out


def _digests(paths: list[Path]) -> list[str | None]:
    """The digest of each file, None for one that cannot be read. (Serially: a second
    thread made it slower, as most texts are small and the time goes to Python's
    per-file work, which holds the GIL.)"""
    from factcli.load import MAX_FILE_BYTES, MAX_SOURCE_BYTES

    limit = max(MAX_FILE_BYTES, MAX_SOURCE_BYTES)  # a bigger file never validated: it has changed
    out: list[str | None] = []
    for path in paths:
        data = _read_input(path, limit)
        out.append(None if data is None else cache.digest(data))
    return out


def _read_input(path: Path, limit: int) -> bytes | None:
    """A file's bytes with the checks of `files.read_bytes` (a regular file, at most
    `limit` bytes, never waiting on a pipe); None for anything else, which the load
    from the files then reports. Its reads are sized to the file: reading thousands of
    small texts through an 8 MiB buffer each took twice as long."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except (OSError, ValueError):
        return None
    try:
        size = os.fstat(fd)
        if not stat.S_ISREG(size.st_mode) or size.st_size > limit:
            return None
        chunks: list[bytes] = []
        total, want = 0, size.st_size + 1  # one byte more shows a file that grew
        while total <= limit:
            chunk = os.read(fd, want)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = 1 << 20
        return None if total > limit else b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def decode_text(data: bytes) -> str:
    """Bytes of a source text as `Path.read_text(encoding="utf-8")` returns them
    (universal newlines), so offsets match a load from the files."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


# -- reading -----------------------------------------------------------------------------

class Rows:
    """What the lazy Store reads through: implemented by the index's database reader,
    which also decides what happens on damage."""

    def keyed(self, table: str, key: str) -> Any: ...  # the value, or KeyError
    def dense(self, table: str, n: int) -> Any: ...
    def guarded_store(self, read: Callable[[], Any], instead: Callable[[Store], Any]) -> Any: ...
    def fact(self, i: int) -> Fact: ...


class CachedStore(Store):
    """A Store whose records are read from the cache database when first asked for."""

    def __init__(self, rows: Rows, head: dict[str, Any], location: Path, files: list[Path],
                 texts: list[Path]) -> None:
        shown = _ShownFiles(files)
        predicates = {p[0]: Predicate(p[0], p[1], tuple(p[2]), tuple(p[3]), p[4], p[5], shown[p[6]], p[7], p[8])
                      for p in head["predicates"]}
        facts = _Facts(rows, head["facts"], shown)
        sources = _Sources(rows, 0, shown, head["texts"], texts)
        entities = _Entities(rows, 1, shown)
        super().__init__(shown, sources, entities, predicates, facts)  # type: ignore[arg-type]


class _ShownFiles(Sequence[str]):
    """The fact files as a user would type them, worked out when first needed."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files
        self.memo: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i not in self.memo:
            from factcli.load import display_path

            self.memo[i] = display_path(self.files[i])
        return self.memo[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]


class _Facts(Sequence[Fact]):
    def __init__(self, rows: Rows, count: int, shown: _ShownFiles) -> None:
        self.rows, self.count, self.shown = rows, count, shown

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self.count)))
        if i < 0:
            i += self.count
        if not 0 <= i < self.count:
            raise IndexError(i)
        return self.rows.guarded_store(lambda: self.rows.fact(i), lambda store: store.facts[i])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(other) == self.count and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


def decode_fact(record: list[Any], shown: Sequence[str]) -> Fact:
    fid, subject, predicate, obj, sid, quote, start, end, qualifiers, file, line = record
    value = obj if isinstance(obj, str) else Literal(*obj)
    return Fact(fid, subject, predicate, value, sid, Quote(quote, start, end),
                tuple((k, v) for k, v in qualifiers), shown[file], line)


class _Records(Mapping[str, Any]):
    """Records by id from a keyed table; iteration in the store's own order."""

    table = ""

    def __init__(self, rows: Rows, order_row: int, shown: _ShownFiles) -> None:
        self.rows, self.order_row, self.shown = rows, order_row, shown
        self.memo: dict[str, Any] = {}
        self._order: list[str] | None = None

    @property
    def order(self) -> list[str]:
        """Every id in the store's order: read only when the records are listed."""
        if self._order is None:
            self._order = self.rows.guarded_store(lambda: list(self.rows.dense("orders", self.order_row)),
                                                  lambda store: list(getattr(store, self.table)))
        return self._order

    def __getitem__(self, key: str) -> Any:
        if key in self.memo:
            return self.memo[key]
        if not isinstance(key, str):
            raise KeyError(key)
        found = self.rows.guarded_store(lambda: self._read(key), lambda store: self._fallback(store, key))
        if found is None:
            raise KeyError(key)
        self.memo[key] = found
        return found

    def _read(self, key: str) -> Any:
        try:
            return self.decode(key, self.rows.keyed(self.table, key))
        except KeyError:
            return None

    def _fallback(self, store: Store, key: str) -> Any:
        return getattr(store, self.table).get(key)

    def decode(self, key: str, value: Any) -> Any:
        raise NotImplementedError

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self.memo:
            return True

        def read() -> bool:
            try:
                self.rows.keyed(self.table, key)
            except KeyError:
                return False
            return True

        return self.rows.guarded_store(read, lambda store: key in getattr(store, self.table))


class _Entities(_Records):
    table = "entities"

    def decode(self, key: str, value: Any) -> Entity:
        name, type_, aliases, description, file, line, part_of = value
        return Entity(key, name, type_, tuple(aliases), description, self.shown[file], line, part_of)


class _Sources(_Records):
    table = "sources"

    def __init__(self, rows: Rows, order_row: int, shown: _ShownFiles, texts: list[list[Any]],
                 paths: list[Path]) -> None:
        super().__init__(rows, order_row, shown)
        self.texts, self.paths = texts, paths

    def decode(self, key: str, value: Any) -> Source:
        title, date, text_index, url, file, line = value
        path = self.paths[text_index]
        from factcli.load import MAX_SOURCE_BYTES

        try:
            data = files.read_bytes(path, MAX_SOURCE_BYTES)
        except files.Unreadable as err:
            raise cache.Damaged(f"{path}: {err}") from None
        if cache.digest(data) != self.texts[text_index][2]:
            raise cache.Damaged(f"{path} changed since the cache was checked")
        return Source(key, title, date, str(path), decode_text(data), url, self.shown[file], line)
