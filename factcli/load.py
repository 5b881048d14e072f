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
from factcli import files, storecache
from factcli.errors import FactsInvalid, FactsUnreadable, Problem, ProblemLog
from factcli.model import Entity, Fact, Literal, Predicate, Quote, Source, Store
from factcli.text import locate, normalize_with_map

if TYPE_CHECKING:  # the YAML modules are imported only when files are parsed, not on a cache hit
    from factcli import schema, yamlio

# Called as work proceeds: (what, done, total); total 0 means "size unknown". The core
# only reports; the command line decides whether and how to show it.
Progress = Callable[[str, int, int], None]

ENV_VAR = "FACTCLI_FACTS"
FACT_SUFFIXES = (".yaml", ".yml")
# A fact file for one article is tens of KB. Parsed, a file costs up to ~50x its size
# in memory, so the cap keeps the worst case near half a GB and a few seconds.
MAX_FILE_BYTES = 8 * 2**20
MAX_SOURCE_BYTES = 8 * 2**20


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
        return str(files.resolved(path).relative_to(Path.cwd().resolve()))
    except (OSError, ValueError):  # outside the working folder, or that folder is gone
        return str(path)


def _scan(location: Path) -> tuple[list[Path], list[Problem]]:
    """The fact files at a location, and the folders below it that could not be listed.

    Every *.yaml / *.yml that is not a folder counts, so a broken link or a pipe named
    like a fact file is reported rather than silently left out. Hidden names (a leading
    dot: editor lock files, .git) are skipped, and links to folders are not followed.
    """
    shown = _short(str(location))
    try:
        if not location.exists():
            if os.path.lexists(location):
                raise FactsUnreadable(f"{shown}: a symbolic link to nothing (or a loop); fix the link")
            raise FactsUnreadable(f"{shown}: no such file or folder; pass --facts PATH or set {ENV_VAR}")
        if location.is_file():
            return [location], []
        if not location.is_dir():
            raise FactsUnreadable(f"{shown}: not a file or folder (a pipe or device?); pass a fact file or folder")
    except OSError as err:
        raise FactsUnreadable(f"{shown}: {files.reason(err)}") from None
    found: list[Path] = []
    problems: list[Problem] = []
    folders = [location]  # a stack, not recursion: os.walk recurses (Python < 3.12), and folders nest deep
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if _is_folder(entry):
                        if not entry.is_symlink():
                            folders.append(Path(entry.path))
                    elif entry.name.endswith(FACT_SUFFIXES):
                        found.append(Path(entry.path))
        except OSError as err:
            problems.append(Problem(display_path(folder), None, files.reason(err)))
    if not found and not problems:
        raise FactsUnreadable(f"{shown}: no fact files (*.yaml) in this folder")
    return sorted(found), problems


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link that loops: not a folder, so reported when read as a file
        return False


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass(frozen=True)
class LoadResult:
    store: Store  # what validated; complete only when there are no problems
    problems: tuple[Problem, ...]  # the first ones found (at most errors.MAX_PROBLEMS_KEPT)
    problem_count: int  # all of them
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

    Raises FactsUnreadable only when there is nothing to read (no such path, no files).
    With `cache`, use the on-disk cache unless FACTCLI_NO_CACHE is set (with `reuse`
    false, only record what a new entry needs)."""
    with paused_gc():
        return _load(location, cache, progress, reuse)


def _load(location: Path, cache: bool, progress: Progress | None, reuse: bool) -> LoadResult:
    paths, unlisted = _scan(location)
    cache_dir = disk_cache.directory() if cache and not unlisted else None
    if cache_dir is not None and reuse:
        from factcli import indexcache

        hit = indexcache.open_index(cache_dir, location, paths)
        if hit is not None:
            return LoadResult(hit.store, (), 0, hit.key, cached=True, index=hit)
    from factcli import schema

    shown_files = [display_path(p) for p in paths]
    inputs = storecache.Inputs(paths, {}, {}, {}) if cache_dir is not None else None
    problems = ProblemLog()
    problems.extend(unlisted)
    drafts: list[tuple[str, Path, schema.Draft]] = []
    total = _total_size(paths) if progress else 0
    done = 0
    for path, shown in zip(paths, shown_files, strict=True):
        root = _parse(path, shown, problems, inputs)
        if progress:
            done += _size(path)
            progress("reading facts", done, total)
        if root is _UNREADABLE:
            continue
        file_drafts = schema.check_file(shown, root, problems)
        drafts.extend((shown, path, d) for d in file_drafts.records)
    builder = _Builder(problems, inputs, progress)
    for shown, path, draft in drafts:
        builder.add(shown, path, draft)
    store = builder.finish(tuple(shown_files))
    return LoadResult(store, tuple(problems.kept), problems.total, inputs=inputs if not problems.total else None)


def load_store(location: Path, *, cache: bool = False, progress: Progress | None = None) -> Store:
    """A Store, or FactsInvalid listing the problems: no answer from unverified facts."""
    return clean(load(location, cache=cache, progress=progress)).store


def clean(result: LoadResult) -> LoadResult:
    """The result, or FactsInvalid listing the problems it has."""
    if result.problem_count:
        count = result.problem_count
        raise FactsInvalid(f"the facts have {count} problem{'s' * (count != 1)}; "
                           f"run 'factcli validate' for the report", result.problems, count)
    return result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _total_size(paths: list[Path]) -> int:
    return sum(_size(p) for p in paths)


_UNREADABLE = object()


def _parse(path: Path, shown: str, problems: ProblemLog, inputs: storecache.Inputs | None) -> yamlio.YNode | None:
    """The file's root node (None when empty), or _UNREADABLE after recording why."""
    from factcli import yamlio

    try:
        data = files.read_bytes(path, MAX_FILE_BYTES)
    except files.Unreadable as err:
        problems.append(Problem(shown, None, str(err)))
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

    def __init__(self, problems: ProblemLog, inputs: storecache.Inputs | None = None,
                 progress: Progress | None = None) -> None:
        self.problems = problems
        self.inputs = inputs
        self.progress = progress
        self.sources: dict[str, Source] = {}
        self.entities: dict[str, Entity] = {}
        self.predicates: dict[str, Predicate] = {}
        self.fact_drafts: list[tuple[str, schema.Draft]] = []
        self.part_of_lines: dict[str, int | None] = {}
        self.seen: dict[tuple[str, str], str] = {}
        # Each source text read once: (text, its normalised form) or why it cannot be read.
        self.texts: dict[Path, tuple[str, tuple[str, list[int]]] | str] = {}

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
                shown, draft.line, v.get("part_of", ""))
            self.part_of_lines[v["id"]] = draft.line_of("part_of") if "part_of" in v else draft.line
        elif draft.kind == "predicate":
            self.predicates[v["id"]] = Predicate(
                v["id"], v.get("label") or v["id"].replace("_", " ").replace("-", " "),
                tuple(v.get("synonyms", ())), tuple(v.get("passive", ())), bool(v.get("describes", False)),
                bool(v.get("symmetric", False)), shown, draft.line, bool(v.get("one_subject", False)))
        else:
            self.fact_drafts.append((shown, draft))

    def _add_source(self, shown: str, path: Path, draft: schema.Draft) -> None:
        v = draft.values
        from factcli import yamlio

        text_path = files.resolved(path.parent / str(v["path"]))
        if self.inputs is not None:
            self.inputs.declared[v["id"]] = (path, str(v["path"]))
        loaded = self._text(text_path)
        if isinstance(loaded, str):
            self.problem(shown, draft.line_of("path"), f"source text {yamlio.shorten(v['path'])}: {loaded} "
                                                       f"(looked for {_short(str(text_path))})")
            return
        self.sources[v["id"]] = Source(v["id"], v["title"], v["date"], str(text_path), loaded[0],
                                       v.get("url"), shown, draft.line)

    def _text(self, path: Path) -> tuple[str, tuple[str, list[int]]] | str:
        if path not in self.texts:
            try:
                data = files.read_bytes(path, MAX_SOURCE_BYTES)
                text = storecache.decode_text(data)  # universal newlines, as read_text gives
            except files.Unreadable as err:
                self.texts[path] = str(err)
            except UnicodeDecodeError as err:
                self.texts[path] = f"not UTF-8 text (byte 0x{err.object[err.start]:02x}); save it as UTF-8"
            else:
                self.texts[path] = (text, normalize_with_map(text))
                if self.inputs is not None:
                    self.inputs.text_digests[path] = disk_cache.digest(data)
        return self.texts[path]

    def finish(self, shown_files: tuple[str, ...]) -> Store:
        self._check_parts()
        facts = []
        total = len(self.fact_drafts)
        for i, (shown, draft) in enumerate(self.fact_drafts, 1):
            fact = self._fact(shown, draft)
            if fact:
                facts.append(fact)
            if self.progress and (i % 2000 == 0 or i == total):
                self.progress("checking quotes", i, total)
        return Store(shown_files, self.sources, self.entities, self.predicates, tuple(facts))

    def _check_parts(self) -> None:
        """Each `part_of` names a known entity, and no entity is part of itself."""
        circled: set[str] = set()  # a circle is reported once, at its first entity
        for entity in list(self.entities.values()):
            if not entity.part_of or entity.id in circled:
                continue
            line = self.part_of_lines.get(entity.id)
            if entity.part_of not in self.entities:
                self.problem(entity.file, line, f"entity '{entity.id}' is part_of unknown entity '{entity.part_of}'")
                continue
            chain, at = [entity.id], entity.part_of
            while at and at not in chain:
                chain.append(at)
                at = self.entities[at].part_of if at in self.entities else ""
            if at == entity.id:  # (one that leads into another's circle is reported there)
                circled.update(chain)
                self.problem(entity.file, line, f"entity '{entity.id}' is part of itself "
                                                f"({' -> '.join([*chain, at])}); remove one part_of")

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
