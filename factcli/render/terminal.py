"""Terminal facts in one place: is the stream a terminal, may we use colour, how wide.

The rules (clig.dev, no-color.org, force-color.org):
- colour only on a terminal, never when NO_COLOR is set, TERM=dumb or --no-color;
- FORCE_COLOR (non-empty) makes a pipe behave like a terminal: colour and its width
  (COLUMNS, else 80), which is also how tests see the terminal layout;
- piped output is never wrapped: a line is as long as its content.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

PIPE_WIDTH = 10_000  # wide enough that no value is wrapped or cut when piped


@dataclass(frozen=True)
class Terminal:
    terminal: bool  # lay out for a screen (width, wrapping)
    colour: bool

    @classmethod
    def detect(cls, isatty: bool, environ: Mapping[str, str], no_color_flag: bool = False) -> Terminal:
        refused = no_color_flag or bool(environ.get("NO_COLOR")) or environ.get("TERM") == "dumb"
        forced = bool(environ.get("FORCE_COLOR"))
        terminal = isatty or forced
        return cls(terminal=terminal, colour=terminal and not refused)


def make_console(stream: TextIO, no_color_flag: bool = False) -> Console:
    """A rich Console for `stream` that follows the rules above; never reads markup."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 on its own; the command line ends a closed pipe quietly with 0
            raise BrokenPipeError

        def _render_buffer(self, buffer):  # type: ignore[no-untyped-def]
            # Piped, a table is as wide as its widest row and rich pads every other row
            # to it; trailing blanks are noise to grep and diff.
            text = super()._render_buffer(buffer)
            if self.is_terminal:
                return text
            return "\n".join(line.rstrip() for line in text.split("\n"))

    try:
        isatty = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        isatty = False
    term = Terminal.detect(isatty, os.environ, no_color_flag)
    return _Console(file=stream, markup=False, highlight=False, emoji=False,
                    force_terminal=term.terminal, no_color=not term.colour,
                    color_system="auto" if term.colour else None,
                    soft_wrap=not term.terminal, width=None if term.terminal else PIPE_WIDTH)
