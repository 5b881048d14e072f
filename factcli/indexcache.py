"""The built Index in the cache, restored without rebuilding it.

The Index is a plain object graph built deterministically from a Store: dicts, lists,
sets, tuples and small records of this package. The codec writes whatever attributes
it has, so it follows the Index as its fields change, as JSON with a few tags:
  {"$t": [...]} tuple, {"$s": [...]} set, {"$f": [...]} frozenset,
  {"$d": [[k, v], ...]} dict with keys JSON cannot hold, {"$dd": "list", "v": ...} defaultdict,
  {"$o": "module:Class", "$id": n, "a": {...}} an object of a factcli class, {"$r": n} the same object again,
  {"$store": 0}, {"$fact": i}, {"$entity": id}, {"$source": id}, {"$predicate": id}: the Store's own records.
Only classes of already-imported factcli modules are restored, without calling their
constructors: reading never imports or runs anything. A value of any other type (a
function, a compiled matrix) makes the index uncacheable; it is then built every time,
never restored wrongly. The entry is tied to the Store's content key.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from factcli import cache
from factcli.model import Entity, Fact, Predicate, Source, Store

PART = "index"
_FACTORIES: dict[str, type] = {"list": list, "set": set, "dict": dict, "int": int}


class Unsupported(Exception):
    """The object graph holds something the codec does not write."""


def write(cache_dir: Path, location: Path, key: str, index: object, store: Store) -> bool:
    try:
        encoded = _Encoder(store).value(index)
    except Unsupported:
        return False
    body = json.dumps(encoded, ensure_ascii=False, separators=(",", ":"), allow_nan=True).encode()
    return cache.write(cache_dir, location, PART, {"key": key, "class": _name(type(index))}, body)


def read(cache_dir: Path, location: Path, key: str, store: Store, expected: type) -> Any | None:
    """The cached index for the Store with content `key`, or None."""
    found = cache.read(cache_dir, location, PART)
    if found is None:
        return None
    header, body = found
    if header.get("key") != key or header.get("class") != _name(expected):
        return None
    try:
        index = json.loads(body, object_hook=_Decoder(store).hook)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, Unsupported, RecursionError):
        return None
    return index if type(index) is expected else None


def _name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _attributes(obj: object) -> dict[str, Any]:
    if hasattr(obj, "__dict__"):
        return vars(obj)
    names = [n for cls in type(obj).__mro__ for n in getattr(cls, "__slots__", ())]
    return {n: getattr(obj, n) for n in names if hasattr(obj, n)}


class _Encoder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.records: dict[int, dict[str, Any]] = {id(f): {"$fact": i} for i, f in enumerate(store.facts)}
        for tag, table in (("$entity", store.entities), ("$source", store.sources), ("$predicate", store.predicates)):
            self.records.update({id(r): {tag: k} for k, r in table.items()})
        self.objects: dict[int, int] = {}
        self.open: set[int] = set()
        self.keep: list[object] = []  # ids stay unique while the encoder holds the objects

    def value(self, v: Any) -> Any:
        kind = type(v)
        if v is None or kind in (str, int, float, bool):
            return v
        if kind is list:
            return [self.value(x) for x in v]
        if kind is tuple:
            return {"$t": [self.value(x) for x in v]}
        if kind is frozenset:
            return {"$f": [self.value(x) for x in v]}
        if kind is set:
            return {"$s": [self.value(x) for x in v]}
        if kind is dict:
            return self.mapping(v)
        if kind is defaultdict:
            factory = next((k for k, f in _FACTORIES.items() if v.default_factory is f), None)
            if factory is None:
                raise Unsupported(f"defaultdict of {v.default_factory!r}")
            return {"$dd": factory, "v": self.mapping(v)}
        if v is self.store:
            return {"$store": 0}
        if id(v) in self.records and isinstance(v, (Fact, Entity, Source, Predicate)):
            return self.records[id(v)]
        return self.instance(v)

    def mapping(self, v: dict) -> Any:
        if all(type(k) is str and not k.startswith("$") for k in v):
            return {k: self.value(x) for k, x in v.items()}
        return {"$d": [[self.value(k), self.value(x)] for k, x in v.items()]}

    def instance(self, v: object) -> dict[str, Any]:
        cls = type(v)
        if not cls.__module__.startswith("factcli.") or isinstance(v, (tuple, list, dict, set, frozenset)):
            raise Unsupported(f"a {cls.__module__}.{cls.__qualname__}")
        if id(v) in self.objects:
            return {"$r": self.objects[id(v)]}
        if id(v) in self.open:
            raise Unsupported("a cycle")
        self.open.add(id(v))
        self.keep.append(v)
        attributes = {k: self.value(x) for k, x in _attributes(v).items()}
        self.open.discard(id(v))
        number = self.objects[id(v)] = len(self.objects)
        return {"$o": _name(cls), "$id": number, "a": attributes}


class _Decoder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.objects: dict[int, object] = {}
        self.tags = {
            "$t": lambda d: tuple(d["$t"]),
            "$f": lambda d: frozenset(d["$f"]),
            "$s": lambda d: set(d["$s"]),
            "$d": lambda d: {k: v for k, v in d["$d"]},
            "$dd": lambda d: defaultdict(_FACTORIES[d["$dd"]], d["v"]),
            "$store": lambda d: store,
            "$fact": lambda d: store.facts[d["$fact"]],
            "$entity": lambda d: store.entities[d["$entity"]],
            "$source": lambda d: store.sources[d["$source"]],
            "$predicate": lambda d: store.predicates[d["$predicate"]],
            "$o": self.instance,
            "$r": lambda d: self.objects[d["$r"]],
        }

    def hook(self, d: dict[str, Any]) -> Any:
        for first in d:  # a tag, when there is one, is the first key; plain keys never start with "$"
            return self.tags[first](d) if first[:1] == "$" else d
        return d

    def instance(self, d: dict[str, Any]) -> object:
        module_name, _, qualname = d["$o"].partition(":")
        module = sys.modules.get(module_name) if module_name.startswith("factcli.") else None
        if module is None:
            raise Unsupported(d["$o"])
        cls: Any = module
        for part in qualname.split("."):
            cls = getattr(cls, part)
        if not isinstance(cls, type):
            raise Unsupported(d["$o"])
        obj = object.__new__(cls)
        if hasattr(obj, "__dict__"):
            obj.__dict__.update(d["a"])
        else:
            for k, x in d["a"].items():
                object.__setattr__(obj, k, x)
        self.objects[d["$id"]] = obj
        return obj
