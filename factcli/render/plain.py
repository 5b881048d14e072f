"""Text made safe to show: no terminal control characters, no markup surprises, and
JSON that keeps them escaped. Kept free of rich so error messages and machine formats
do not pay for importing it."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any


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


# json.dumps escapes C0 controls but passes DEL and C1 (U+0080-U+009F, e.g. the CSI
# that some terminals obey) through raw; they can only occur inside strings, where
# a \u escape means the same, so escaping them keeps the JSON equal and the terminal safe.
_RAW_CONTROLS = re.compile("[\x7f-\x9f]")


def dumps(data: Any) -> str:
    """The one JSON encoder: stable key order as built, no NaN, UTF-8 kept readable."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return _RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
