"""The on-disk cache: what a facts location compiles to, so a process neither parses
YAML nor re-validates nor rebuilds the index when nothing changed.

Where: $XDG_CACHE_HOME/factcli, default ~/.cache/factcli. FACTCLI_NO_CACHE=1 turns it
off. One entry per facts location, named after a digest of its resolved path; an
entry is one file per part (`NAME.store.json`, `NAME.index.json`).

Each file is one JSON header line, then a JSON body. The header names the format, the
code that wrote it, the facts location, the content key the body was built from, and a
digest of the body. The cache is a speed-up, never the truth:
- The content key is a digest of the bytes of every input file (fact files and source
  texts), never their size or modification time, which `cp -p` or `rsync -t` keep
  across an edit. Checking it reads every input once; blake2b hashes far faster than
  the files can be parsed.
- The code that wrote an entry is part of its identity (a digest of factcli's own
  modules), so an upgrade or a local edit never reads an older layout.
- A missing, unreadable, corrupt, truncated or foreign file is a miss, never an error.
- Writes go to a temporary file in the same folder, then `os.replace`: a reader sees a
  whole file or none, whatever runs at the same time. Any OSError while writing means
  no cache.
- JSON only: reading a cache file never runs code (no pickle, no marshal).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = "factcli-cache"
VERSION = 1
DISABLE_VAR = "FACTCLI_NO_CACHE"
PARTS = ("store", "index")
FOREIGN = "(unreadable or foreign)"  # what `entries` groups files it cannot read under
_SUFFIX = ".json"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def directory(environ: dict[str, str] | None = None) -> Path | None:
    """The cache folder, or None when FACTCLI_NO_CACHE turns the cache off."""
    environ = os.environ if environ is None else environ
    if environ.get(DISABLE_VAR, "").strip() not in ("", "0"):
        return None
    return folder(environ)


def folder(environ: dict[str, str] | None = None) -> Path:
    """Where the cache lives, whether or not it is turned off."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CACHE_HOME", "")
    # The XDG spec says to ignore a relative value
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "factcli"


@functools.cache
def code_fingerprint() -> str:
    """A digest of factcli's own modules: any change to the code that builds the cached
    objects makes older entries foreign."""
    package = Path(__file__).resolve().parent
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
    return h.hexdigest()


def location_key(location: Path) -> str:
    return str(location.resolve())


def entry_path(cache_dir: Path, location: Path, part: str) -> Path:
    name = digest(location_key(location).encode())[:24]
    return cache_dir / f"{name}.{part}{_SUFFIX}"


def read(cache_dir: Path, location: Path, part: str) -> tuple[dict[str, Any], bytes] | None:
    """The header and the (still encoded) body of a part, if it is ours, whole and
    written by this code for this location; None otherwise."""
    try:
        data = entry_path(cache_dir, location, part).read_bytes()
    except OSError:
        return None
    head, newline, body = data.partition(b"\n")
    if not newline:
        return None
    try:
        header = json.loads(head)
    except ValueError:
        return None
    if not (isinstance(header, dict) and header.get("format") == FORMAT and header.get("version") == VERSION
            and header.get("part") == part and header.get("code") == code_fingerprint()
            and header.get("location") == location_key(location)):
        return None
    if header.get("body") != digest(body):  # truncated or damaged after it was written
        return None
    return header, body


def write(cache_dir: Path, location: Path, part: str, header: dict[str, Any], body: bytes) -> bool:
    """Write a part atomically; False (and nothing written) when the folder is not writable."""
    full = {"format": FORMAT, "version": VERSION, "part": part, "code": code_fingerprint(),
            "location": location_key(location), **header, "body": digest(body)}
    head = json.dumps(full, ensure_ascii=False, separators=(",", ":")).encode()
    target = entry_path(cache_dir, location, part)
    temporary = target.with_name(f".tmp-{os.getpid()}-{os.urandom(4).hex()}-{target.name}")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(head + b"\n")
                out.write(body)
            os.replace(temporary, target)
        finally:
            if temporary.exists():
                temporary.unlink()
    except OSError:
        return False
    return True


# -- cache info / cache clear -------------------------------------------------------

@dataclass(frozen=True)
class PartInfo:
    part: str
    path: str
    bytes: int
    facts: int | None  # stores only
    fresh_code: bool  # written by this version of factcli


@dataclass(frozen=True)
class Entry:
    location: str
    exists: bool  # the facts location is still there
    parts: tuple[PartInfo, ...]

    @property
    def bytes(self) -> int:
        return sum(p.bytes for p in self.parts)

    def to_dict(self) -> dict[str, object]:
        return {"location": self.location, "exists": self.exists, "bytes": self.bytes,
                "facts": next((p.facts for p in self.parts if p.facts is not None), None),
                "parts": [{"part": p.part, "path": p.path, "bytes": p.bytes, "current_code": p.fresh_code}
                          for p in self.parts]}


def entries(cache_dir: Path) -> list[Entry]:
    """Every entry in the cache folder, read from headers only."""
    grouped: dict[str, list[PartInfo]] = {}
    try:
        files = sorted(p for p in cache_dir.iterdir() if p.suffix == _SUFFIX and not p.name.startswith("."))
    except OSError:
        return []
    for path in files:
        header = _header(path)
        if header is None:
            grouped.setdefault(FOREIGN, []).append(PartInfo("file", str(path), _size(path), None, False))
            continue
        info = PartInfo(str(header.get("part")), str(path), _size(path),
                        header.get("facts") if isinstance(header.get("facts"), int) else None,
                        header.get("code") == code_fingerprint())
        grouped.setdefault(str(header.get("location")), []).append(info)
    return [Entry(loc, loc != FOREIGN and os.path.exists(loc), tuple(parts))
            for loc, parts in grouped.items()]


def clear(cache_dir: Path) -> tuple[int, int]:
    """Remove every cache file (and leftover temporary files): (removed, could not remove)."""
    removed = failed = 0
    try:
        files = [p for p in cache_dir.iterdir() if p.suffix == _SUFFIX]
    except FileNotFoundError:
        return 0, 0
    except OSError:
        return 0, 1
    for path in files:
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue  # another process cleared it first
        except OSError:
            failed += 1
    return removed, failed


def _header(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            line = handle.readline(1 << 26)
        header = json.loads(line)
    except (OSError, ValueError):
        return None
    return header if isinstance(header, dict) and header.get("format") == FORMAT else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
