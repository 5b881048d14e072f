"""The on-disk cache: what a facts location compiles to, so a process neither parses
YAML nor re-validates nor rebuilds the index when nothing changed, and answers a
question by reading only the few rows it needs.

Where: $XDG_CACHE_HOME/factcli, default ~/.cache/factcli. FACTCLI_NO_CACHE=1 turns it
off. One SQLite database per facts location (`NAME.sqlite`, NAME a digest of the
location's resolved path), holding the validated store and the built index.

The cache is a speed-up, never the truth:
- Its head row names the format, the code that wrote it, the facts location and the
  content key: a digest of the bytes of every input file (fact files and source
  texts), never their size or modification time, which `cp -p` or `rsync -t` keep
  across an edit. Checking it reads every input once (storecache.fresh).
- The code that wrote an entry is part of its identity (a digest of factcli's own
  modules), so an upgrade or a local edit never reads an older layout.
- Every row is `crc32 + JSON` and repeats its own key; tables are dense (row n for
  every n below the count the head gives). A row that is missing, fails its checksum
  or carries another key is damage (`Damaged`), as is any sqlite3 error: a corrupt,
  truncated or foreign file is never read as facts. Damage found on opening is a
  miss; damage found later, while answering, makes the index answer from the files
  instead (indexcache), so the answer is the same either way.
- Writes build the database under a temporary name in the same folder, then
  `os.replace`: a reader sees a whole database or none, whatever runs at the same
  time. Any OSError or sqlite3 error while writing means no cache.
- Reading never runs code: SQLite rows and JSON, no pickle.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

FORMAT = "factcli-cache"
VERSION = 2
DISABLE_VAR = "FACTCLI_NO_CACHE"
FOREIGN = "(unreadable or foreign)"  # what `entries` groups files it cannot read under
SUFFIX = ".sqlite"
_OLD_SUFFIXES = (".json",)  # the JSON cache of earlier versions: cleared, never read
_MAGIC = b"SQLite format 3\x00"


class Damaged(Exception):
    """A cache row or file is not what this code wrote."""


def digest(data: bytes) -> str:
    """A content digest: SHA-256 (which OpenSSL runs on the CPU's SHA instructions, the
    fastest hash in the standard library where they exist), cut to 128 bits."""
    return hashlib.sha256(data).hexdigest()[:32]


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


def entry_path(cache_dir: Path, location: Path) -> Path:
    name = digest(location_key(location).encode())[:24]
    return cache_dir / f"{name}{SUFFIX}"


# -- rows ------------------------------------------------------------------------------

def pack(key: object, value: object) -> bytes:
    """A row body: its checksum, then the JSON of [key, value]."""
    data = json.dumps([key, value], ensure_ascii=False, separators=(",", ":"), allow_nan=True).encode()
    return struct.pack(">I", zlib.crc32(data)) + data


def unpack(body: object, key: object) -> Any:
    """The value of a row body written by `pack` for `key`; Damaged otherwise."""
    if not isinstance(body, bytes) or len(body) < 4:
        raise Damaged(f"row {key!r}: not a row")
    data = body[4:]
    if struct.unpack(">I", body[:4])[0] != zlib.crc32(data):
        raise Damaged(f"row {key!r}: checksum")
    try:
        found, value = json.loads(data)
    except (ValueError, TypeError) as err:
        raise Damaged(f"row {key!r}: {err}") from None
    if found != key:
        raise Damaged(f"row {key!r}: holds {found!r}")
    return value


def bucket_of(key: str, buckets: int) -> int:
    """The row of a keyed table that holds `key` (the same in every process)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def create_table(db: sqlite3.Connection, name: str) -> None:
    db.execute(f"CREATE TABLE {name} (n INTEGER PRIMARY KEY, body BLOB NOT NULL)")


def fill_table(db: sqlite3.Connection, name: str, rows: Iterable[tuple[int, bytes]]) -> None:
    db.executemany(f"INSERT INTO {name} (n, body) VALUES (?, ?)", rows)


def dense_rows(values: Iterable[object]) -> Iterator[tuple[int, bytes]]:
    """Rows 0, 1, 2, ... each holding its number and one value."""
    for n, value in enumerate(values):
        yield n, pack(n, value)


def keyed_rows(mapping: dict[str, object]) -> tuple[int, list[tuple[int, bytes]]]:
    """A string-keyed mapping as hash buckets: (bucket count, rows). Every bucket has a
    row, empty or not, so a missing row is damage, never a missing key."""
    buckets = max(1, len(mapping))
    grouped: list[dict[str, object]] = [{} for _ in range(buckets)]
    for key, value in mapping.items():
        grouped[bucket_of(key, buckets)][key] = value
    return buckets, [(n, pack(n, group)) for n, group in enumerate(grouped)]


# -- the database file -----------------------------------------------------------------

def connect(path: Path) -> sqlite3.Connection | None:
    """The cache database at `path`, read-only, if it looks whole; None otherwise.

    The file is never changed in place (writers replace it whole), so it is opened
    immutable: no locks, no journal. A file shorter or longer than its SQLite header
    says (truncated, or not SQLite at all) is refused before SQLite reads it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return None
    if len(header) < 100 or header[:16] != _MAGIC:
        return None
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages, valid_for, change = (struct.unpack(">I", header[o : o + 4])[0] for o in (28, 92, 24))
    if valid_for != change or pages * page_size != size:
        return None
    try:
        return sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


def write_database(cache_dir: Path, location: Path, fill: Callable[[sqlite3.Connection], None]) -> bool:
    """Build a database with `fill` under a temporary name, then put it in place
    atomically; False (and nothing left behind) when that fails."""
    target = entry_path(cache_dir, location)
    temporary = target.with_name(f".tmp-{os.getpid()}-{os.urandom(4).hex()}-{target.name}")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(temporary, isolation_level=None)
            try:
                # a private file until it is renamed: no journal, no syncing
                db.execute("PRAGMA journal_mode=OFF")
                db.execute("PRAGMA synchronous=OFF")
                db.execute("BEGIN")
                fill(db)
                db.execute("COMMIT")
            finally:
                db.close()
            os.replace(temporary, target)
        finally:
            if temporary.exists():
                temporary.unlink()
    except (OSError, sqlite3.Error):
        return False
    return True


def head_of(db: sqlite3.Connection) -> dict[str, Any]:
    """The head row of a cache database; Damaged when it is not ours."""
    try:
        row = db.execute("SELECT body FROM head WHERE n = 0").fetchone()
    except sqlite3.Error as err:
        raise Damaged(str(err)) from None
    if row is None:
        raise Damaged("no head")
    head = unpack(row[0], 0)
    if not (isinstance(head, dict) and head.get("format") == FORMAT and head.get("version") == VERSION):
        raise Damaged("another format")
    return head


def open_entry(cache_dir: Path, location: Path) -> tuple[sqlite3.Connection, dict[str, Any], os.stat_result] | None:
    """The database of `location`, its head and the file's identity, if it is whole,
    ours, and written by this code for this location; None otherwise."""
    path = entry_path(cache_dir, location)
    db = connect(path)
    if db is None:
        return None
    try:
        head = head_of(db)
        identity = path.stat()
    except (Damaged, OSError):
        db.close()
        return None
    if head.get("code") != code_fingerprint() or head.get("location") != location_key(location):
        db.close()
        return None
    return db, head, identity


def discard(cache_dir: Path, location: Path, identity: os.stat_result) -> None:
    """Remove a damaged entry, unless another process has replaced it meanwhile."""
    path = entry_path(cache_dir, location)
    try:
        now = path.stat()
        if (now.st_ino, now.st_dev, now.st_mtime_ns) == (identity.st_ino, identity.st_dev, identity.st_mtime_ns):
            path.unlink()
    except OSError:
        pass


# -- cache info / cache clear -------------------------------------------------------

@dataclass(frozen=True)
class PartInfo:
    part: str
    path: str
    bytes: int
    facts: int | None
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
    """Every entry in the cache folder, read from head rows only."""
    grouped: dict[str, list[PartInfo]] = {}
    try:
        files = sorted(p for p in cache_dir.iterdir()
                       if p.suffix in (SUFFIX, *_OLD_SUFFIXES) and not p.name.startswith("."))
    except OSError:
        return []
    for path in files:
        head = _head(path)
        if head is None:
            grouped.setdefault(FOREIGN, []).append(PartInfo("file", str(path), _size(path), None, False))
            continue
        info = PartInfo("database", str(path), _size(path),
                        head.get("facts") if isinstance(head.get("facts"), int) else None,
                        head.get("code") == code_fingerprint())
        grouped.setdefault(str(head.get("location")), []).append(info)
    return [Entry(loc, loc != FOREIGN and os.path.exists(loc), tuple(parts))
            for loc, parts in grouped.items()]


def clear(cache_dir: Path) -> tuple[int, int]:
    """Remove every cache file (and leftover temporary files): (removed, could not remove)."""
    removed = failed = 0
    try:
        files = [p for p in cache_dir.iterdir() if p.suffix in (SUFFIX, *_OLD_SUFFIXES)]
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


def _head(path: Path) -> dict[str, Any] | None:
    if path.suffix != SUFFIX:
        return None
    db = connect(path)
    if db is None:
        return None
    try:
        return head_of(db)
    except Damaged:
        return None
    finally:
        db.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
