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
        category = unicodedata.category(ch)
        # line and paragraph separators (U+2028/9) end a line for many readers: escaped too
        if ch == "\n" or ch == "\t" or (category[0] != "C" and category not in ("Zl", "Zp")):
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
    return "".join(out)


def one_line(text: object) -> str:
    """`safe` text on a single line: newlines and tabs become spaces."""
    return " ".join(safe(text).split())


# Characters json.dumps leaves raw with ensure_ascii=False that a terminal may obey
# (DEL, C1 controls such as CSI U+009B), that splitlines() breaks a line at (U+0085,
# U+2028, U+2029), or that a strict UTF-8 stdout cannot encode (lone surrogates, from
# undecodable bytes in an argument or a path). They only occur inside strings, where a
# \u escape means the same: escaped, so one record stays one line and the terminal safe.
_RAW_CONTROLS = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def dumps(data: Any) -> str:
    """The one JSON encoder: stable key order as built, no NaN, UTF-8 kept readable."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return _RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
