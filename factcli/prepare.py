"""A facts location -> a ready index: the one in the on-disk cache when the files are
byte for byte what it was built from (queried in place), else the Store loaded from
the files and `Index.build`, which is then written to the cache."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcli import cache as disk_cache
from factcli import indexcache
from factcli.index import Index, IndexQueries
from factcli.load import Progress, clean, load, paused_gc


@dataclass(frozen=True)
class Prepared:
    index: IndexQueries  # an Index, or an indexcache.CachedIndex: the same queries and answers
    store_cached: bool  # the Store came from the cache, not the YAML
    index_cached: bool  # the index came from the cache, not Index.build


def prepare(location: Path, *, cache: bool = True, progress: Progress | None = None) -> Prepared:
    """The Index for `location`, or FactsInvalid: no answer from unverified facts.

    With `cache`, use the on-disk cache unless FACTCLI_NO_CACHE is set."""
    with paused_gc():
        return _prepare(location, cache, progress)


def _prepare(location: Path, cache: bool, progress: Progress | None) -> Prepared:
    result = clean(load(location, cache=cache, progress=progress))
    if result.index is not None:
        return Prepared(result.index, True, True)
    if progress:
        progress("building the index", 0, 0)
    index = Index.build(result.store)
    if progress:
        progress("building the index", 1, 1)
    cache_dir = disk_cache.directory() if cache else None
    if cache_dir is not None and result.inputs is not None:
        indexcache.write(cache_dir, location, result.store, index, result.inputs)
    return Prepared(index, False, False)
