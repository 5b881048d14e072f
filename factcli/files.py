"""Read a file a user named, whatever it turns out to be, as bytes or one clear reason.

A path can be a pipe or a device (reading would block or never end), a folder, a
symlink loop, too long a name, or hold a NUL byte; each of those raises something
different (OSError, RuntimeError, ValueError) or nothing at all. Everything here
ends in `Unreadable` with a message a user can act on, and reads at most `limit`
bytes, so no file costs more memory than that.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class Unreadable(Exception):
    """The file cannot be read; str() is the reason, without the path."""


def read_bytes(path: Path, limit: int) -> bytes:
    """The whole file, if it is a regular file of at most `limit` bytes."""
    try:
        # O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise Unreadable(reason(err)) from None
    except ValueError:
        raise Unreadable("the path contains a NUL character") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise Unreadable("is a folder, not a file" if stat.S_ISDIR(mode)
                         else "is not a regular file (a pipe, device or socket)")
    with os.fdopen(fd, "rb") as stream:
        try:
            # Read one byte past the limit rather than trusting st_size, which /proc
            # files report as 0 and a file being written can outgrow.
            data = stream.read(limit + 1)
        except OSError as err:
            raise Unreadable(reason(err)) from None
    if len(data) > limit:
        raise Unreadable(f"larger than {size_text(limit)}; split it into smaller files")
    return data


def reason(err: OSError) -> str:
    """An OSError as a short reason a user can act on."""
    if err.errno == errno.ELOOP:
        return "cannot read: a symbolic link that loops"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    if err.errno == errno.ENAMETOOLONG:
        return "cannot read: the file name is too long"
    return f"cannot read: {(err.strerror or str(err)).lower()}"


def resolved(path: Path) -> Path:
    """`path` made absolute with symlinks resolved where possible; never raises.

    Path.resolve() raises RuntimeError on a symlink loop (Python < 3.13) and OSError
    on too long a name; such a path is kept as written and fails later, when read.
    """
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def size_text(size: int) -> str:
    return f"{size // 2**20} MiB" if size >= 2**20 else f"{size} bytes"
