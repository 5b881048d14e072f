"""A facts location -> a ready Index: the validated Store and the built Index, each
from the on-disk cache when the files are byte for byte what it was built from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcli import cache as disk_cache
from factcli import indexcache
from factcli.index import Index
from factcli.load import Progress, clean, load, paused_gc


@dataclass(frozen=True)
class Prepared:
    index: Index
    store_cached: bool  # the Store came from the cache, not the YAML
    index_cached: bool  # the Index came from the cache, not Index.build


def prepare(location: Path, *, cache: bool = True, progress: Progress | None = None) -> Prepared:
    """The Index for `location`, or FactsInvalid: no answer from unverified facts.

    With `cache`, use the on-disk cache unless FACTCLI_NO_CACHE is set."""
    with paused_gc():
        return _prepare(location, cache, progress)


def _prepare(location: Path, cache: bool, progress: Progress | None) -> Prepared:
    result = clean(load(location, cache=cache, progress=progress))
    cache_dir = disk_cache.directory() if cache and result.key else None
    if cache_dir is not None and result.key:
        index = indexcache.read(cache_dir, location, result.key, result.store, Index)
        if index is not None:
            return Prepared(index, result.cached, True)
    if progress:
        progress("building the index", 0, 0)
    index = Index.build(result.store)
    if progress:
        progress("building the index", 1, 1)
    if cache_dir is not None and result.key:
        indexcache.write(cache_dir, location, result.key, index, result.store)
    return Prepared(index, result.cached, False)
