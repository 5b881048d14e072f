"""Fact files -> a validated Store, with every problem found in one pass.

Where the facts come from, in order: an explicit path (`--facts`), the FACTCLI_FACTS
environment variable, the facts shipped with the package.

With `cache=True` a load first looks in the on-disk cache (factcli.cache): when the
files are byte for byte what an entry was built from, the Store (and the index) come
from it instead of the YAML. Otherwise the load records the digests of what it read,
so `prepare` can write the entry once the index is built.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcli import cache as disk_cache
from factcli import storecache
from factcli.errors import FactsInvalid, FactsUnreadable, Problem
from factcli.model import Entity, Fact, Literal, Predicate, Quote, Source, Store
from factcli.text import locate, normalize_with_map

if TYPE_CHECKING:  # the YAML modules are imported only when files are parsed, not on a cache hit
    from factcli import schema, yamlio

# Called as work proceeds: (what, done, total); total 0 means "size unknown". The core
# only reports; the command line decides whether and how to show it.
Progress = Callable[[str, int, int], None]

ENV_VAR = "FACTCLI_FACTS"
FACT_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 256 * 1024 * 1024


def shipped_facts() -> Path:
    """The facts inside the installed wheel, or the checkout's `facts/` in development."""
    package = Path(__file__).resolve().parent
    bundled = package / "_data" / "facts"
    return bundled if bundled.is_dir() else package.parent / "facts"


def facts_location(option: str | None = None, environ: dict[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    chosen = option or environ.get(ENV_VAR) or None
    return Path(chosen) if chosen else shipped_facts()


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def fact_files(location: Path) -> list[Path]:
    """The fact files at a location (one file, or every *.yaml below a folder)."""
    if not location.exists():
        raise FactsUnreadable(f"{location}: no such file or folder; pass --facts PATH or set {ENV_VAR}")
    if location.is_file():
        return [location]
    if not location.is_dir():
        raise FactsUnreadable(f"{location}: not a file or folder")
    found = sorted(p for p in location.rglob("*") if p.suffix in FACT_SUFFIXES and p.is_file())
    if not found:
        raise FactsUnreadable(f"{location}: no fact files (*.yaml) in this folder")
    return found


@dataclass(frozen=True)
class LoadResult:
    store: Store  # what validated; complete only when `problems` is empty
    problems: tuple[Problem, ...]
    key: str | None = None  # the content key, when the store is in the cache
    cached: bool = False  # read from the cache rather than the files
    index: Any = None  # with `cached`: the index of the cache entry (an indexcache.CachedIndex)
    inputs: storecache.Inputs | None = None  # what a load from the files read, to key a new entry


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a load creates millions of objects: it
    would otherwise walk them all again and again (a third of a 100k-fact load). They
    hold no reference cycles, so reference counting still frees what is dropped."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(location: Path, *, cache: bool = False, progress: Progress | None = None,
         reuse: bool = True) -> LoadResult:
    """Read and check every fact file at `location`; never raises for bad content.

    With `cache`, use the on-disk cache unless FACTCLI_NO_CACHE is set (with `reuse`
    false, only record what a new entry needs)."""
    with paused_gc():
        return _load(location, cache, progress, reuse)


def _load(location: Path, cache: bool, progress: Progress | None, reuse: bool) -> LoadResult:
    files = fact_files(location)
    cache_dir = disk_cache.directory() if cache else None
    if cache_dir is not None and reuse:
        from factcli import indexcache

        hit = indexcache.open_index(cache_dir, location, files)
        if hit is not None:
            return LoadResult(hit.store, (), hit.key, cached=True, index=hit)
    from factcli import schema

    shown_files = [display_path(p) for p in files]

    inputs = storecache.Inputs(files, {}, {}, {}) if cache_dir is not None else None
    problems: list[Problem] = []
    drafts: list[tuple[str, Path, schema.Draft]] = []
    total = _total_size(files) if progress else 0
    done = 0
    for path, shown in zip(files, shown_files, strict=True):
        root = _parse(path, shown, problems, inputs)
        if progress:
            done += _size(path)
            progress("reading facts", done, total)
        if root is _UNREADABLE:
            continue
        file_drafts = schema.check_file(shown, root)
        problems.extend(file_drafts.problems)
        drafts.extend((shown, path, d) for d in file_drafts.records)
    builder = _Builder(problems, inputs, progress)
    for shown, path, draft in drafts:
        builder.add(shown, path, draft)
    store = builder.finish(tuple(shown_files))
    return LoadResult(store, tuple(problems), inputs=inputs if not problems else None)


def load_store(location: Path, *, cache: bool = False, progress: Progress | None = None) -> Store:
    """A Store, or FactsInvalid listing every problem: no answer from unverified facts."""
    return clean(load(location, cache=cache, progress=progress)).store


def clean(result: LoadResult) -> LoadResult:
    """The result, or FactsInvalid listing every problem it has."""
    if result.problems:
        count = len(result.problems)
        raise FactsInvalid(f"the facts have {count} problem{'s' * (count != 1)}; "
                           f"run 'factcli validate' for the report", result.problems)
    return result


_UNREADABLE = object()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _total_size(files: list[Path]) -> int:
    return sum(_size(p) for p in files)


def _parse(path: Path, shown: str, problems: list[Problem], inputs: storecache.Inputs | None) -> yamlio.YNode | None:
    """The file's root node (None when empty), or _UNREADABLE after recording why."""
    from factcli import yamlio

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(shown, None, f"larger than {MAX_FILE_BYTES // 2**20} MiB; split it"))
            return _UNREADABLE
        data = path.read_bytes()
    except OSError as err:
        problems.append(Problem(shown, None, f"cannot read: {err.strerror or err}"))
        return _UNREADABLE
    if inputs is not None:  # the key is the digest of the very bytes parsed
        inputs.file_digests[path] = disk_cache.digest(data)
    try:
        node = yamlio.parse(yamlio.decode(data))
    except yamlio.YamlError as err:
        problems.extend(Problem(shown, i.line, i.message) for i in err.issues)
        return _UNREADABLE if err.root is None else err.root
    return node


class _Builder:
    """Turns drafts from all files into records, checking what spans files."""

    def __init__(self, problems: list[Problem], inputs: storecache.Inputs | None = None,
                 progress: Progress | None = None) -> None:
        self.problems = problems
        self.inputs = inputs
        self.progress = progress
        self.sources: dict[str, Source] = {}
        self.entities: dict[str, Entity] = {}
        self.predicates: dict[str, Predicate] = {}
        self.fact_drafts: list[tuple[str, schema.Draft]] = []
        self.seen: dict[tuple[str, str], str] = {}
        self.texts: dict[Path, tuple[str, tuple[str, list[int]]] | None] = {}

    def problem(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message))

    def add(self, shown: str, path: Path, draft: schema.Draft) -> None:
        v = draft.values
        key = (draft.kind, str(v["id"]))
        if key in self.seen:
            self.problem(shown, draft.line_of("id"), f"duplicate {draft.kind} id '{v['id']}' (first at {self.seen[key]})")
            return
        self.seen[key] = f"{shown}:{draft.line_of('id')}"
        if draft.kind == "source":
            self._add_source(shown, path, draft)
        elif draft.kind == "entity":
            self.entities[v["id"]] = Entity(
                v["id"], v["name"], v["type"], tuple(v.get("aliases", ())), v.get("description", ""),
                shown, draft.line)
        elif draft.kind == "predicate":
            self.predicates[v["id"]] = Predicate(
                v["id"], v.get("label") or v["id"].replace("_", " ").replace("-", " "),
                tuple(v.get("synonyms", ())), tuple(v.get("passive", ())), bool(v.get("describes", False)),
                shown, draft.line)
        else:
            self.fact_drafts.append((shown, draft))

    def _add_source(self, shown: str, path: Path, draft: schema.Draft) -> None:
        v = draft.values
        text_path = (path.parent / str(v["path"])).resolve()
        if self.inputs is not None:
            self.inputs.declared[v["id"]] = (path, str(v["path"]))
        loaded = self._text(text_path)
        if loaded is None:
            self.problem(shown, draft.line_of("path"), f"source text '{v['path']}' cannot be read as UTF-8 text "
                                                       f"(looked for {text_path})")
            return
        self.sources[v["id"]] = Source(v["id"], v["title"], v["date"], str(text_path), loaded[0],
                                       v.get("url"), shown, draft.line)

    def _text(self, path: Path) -> tuple[str, tuple[str, list[int]]] | None:
        if path not in self.texts:
            try:
                data = path.read_bytes()
                text = storecache.decode_text(data)
            except (OSError, UnicodeDecodeError):
                self.texts[path] = None
            else:
                self.texts[path] = (text, normalize_with_map(text))
                if self.inputs is not None:
                    self.inputs.text_digests[path] = disk_cache.digest(data)
        return self.texts[path]

    def finish(self, files: tuple[str, ...]) -> Store:
        facts = []
        total = len(self.fact_drafts)
        for i, (shown, draft) in enumerate(self.fact_drafts, 1):
            fact = self._fact(shown, draft)
            if fact:
                facts.append(fact)
            if self.progress and (i % 2000 == 0 or i == total):
                self.progress("checking quotes", i, total)
        return Store(files, self.sources, self.entities, self.predicates, tuple(facts))

    def _fact(self, shown: str, draft: schema.Draft) -> Fact | None:
        v = draft.values
        ok = True

        def need(table: dict, key: str, value: str, what: str) -> None:
            nonlocal ok
            if value not in table:
                ok = False
                self.problem(shown, draft.line_of(key), f"fact '{v['id']}' names unknown {what} '{value}'")

        need(self.entities, "subject", v["subject"], "entity")
        need(self.predicates, "predicate", v["predicate"], "predicate")
        obj = v["object"]
        if isinstance(obj, str):
            need(self.entities, "object", obj, "entity")
        qualifiers = v.get("qualifiers", {})
        for key in ("place", "event"):
            if key in qualifiers:
                need(self.entities, "qualifiers", qualifiers[key], f"{key} entity")
        source = self.sources.get(v["source"])
        if source is None:
            if ("source", v["source"]) not in self.seen:
                self.problem(shown, draft.line_of("source"), f"fact '{v['id']}' names unknown source '{v['source']}'")
            return None
        span = locate(str(v["quote"]), source.text, self.texts[Path(source.path)][1])
        if span is None:
            self.problem(shown, draft.line_of("quote"),
                         f"quote of fact '{v['id']}' does not occur verbatim in source '{source.id}'; "
                         f"copy the exact words from {Path(source.path).name}")
            return None
        if not ok:
            return None
        literal = Literal(*obj) if isinstance(obj, tuple) else obj
        ordered = tuple((k, qualifiers[k]) for k in ("date", "place", "event", "role") if k in qualifiers)
        return Fact(v["id"], v["subject"], v["predicate"], literal, source.id,
                    Quote(source.text[span.start:span.end], span.start, span.end), ordered, shown, draft.line)
