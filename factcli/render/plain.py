"""Text made safe to show: no terminal control characters, no markup surprises.
Kept free of rich so error messages and machine formats do not pay for importing it."""

from __future__ import annotations

import unicodedata


def safe(text: object) -> str:
    """Text with terminal control characters (ESC, NUL, BEL...) shown escaped."""
    s = str(text)
    if s.isprintable():
        return s
    out = []
    for ch in s:
        if ch == "\n" or ch == "\t" or unicodedata.category(ch)[0] != "C":
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
    return "".join(out)


def one_line(text: object) -> str:
    """`safe` text on a single line: newlines and tabs become spaces."""
    return " ".join(safe(text).split())
