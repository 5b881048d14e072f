"""`factcli shell`: questions one after another against one loaded index.

At a terminal: a prompt, history kept between sessions in the XDG state directory,
and tab completion of entity names (with the standard `readline` module when Python
has it; without it the shell still works, just without those two). With stdin not a
terminal: one question per line, answers printed without prompts or greetings.

No terminal drawing happens here: the caller passes a `View` that prints answers,
tables and cards, so this module stays free of rich and typer.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from factcli.answer import Answer, ask
from factcli.errors import FactcliError
from factcli.index import Index

PROMPT = "factcli> "
HISTORY_LINES = 1000
COMMANDS = {
    ":about": ":about NAME   the card of an entity (name, alias or id; typos are fine)",
    ":facts": ":facts [TEXT] the fact table, or the facts whose fields hold TEXT",
    ":help": ":help         this list",
    ":quit": ":quit         leave (Ctrl-D works too)",
}
QUIT = {":quit", ":q", ":exit"}
# Characters that end a word for completion. Not space-free names: "Sergey Ver<TAB>"
# is completed by looking back over the line, see `complete`.
WORD_BREAKS = " \t\n\"?,;!()"


class View(Protocol):
    """How the shell shows things; the command line supplies one built on rich."""

    def answer(self, result: Answer) -> None: ...
    def facts(self, index: Index, search: str | None) -> None: ...
    def about(self, index: Index, name: str) -> None: ...
    def say(self, text: str) -> None: ...
    def problem(self, text: str) -> None: ...


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_STATE_HOME/factcli, else ~/.local/state/factcli (XDG Base Directory spec)."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_STATE_HOME", "")
    # the spec says a relative path is invalid and must be ignored
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "state"
    return root / "factcli"


def history_file(environ: Mapping[str, str] | None = None) -> Path:
    return state_dir(environ) / "history"


def complete(line: str, word_start: int, names: Iterable[str]) -> list[str]:
    """Replacements for the word that starts at `word_start` of `line` (the text up to
    the cursor), completing names that may span several words: with `line` "who is
    sergey ver", names holding "Sergey Vershinin" give "Vershinin"."""
    if line.startswith(":") and " " not in line:
        return sorted(c for c in COMMANDS if c.startswith(line))
    lowered = line.lower()
    found: dict[str, None] = {}
    # every word start at or before the cursor's word could be where a name begins
    starts = [0, *(i + 1 for i, ch in enumerate(line[:word_start]) if ch in WORD_BREAKS)]
    for start in starts:
        typed = lowered[start:]
        for name in names:
            if name.lower().startswith(typed):
                found[name[word_start - start:]] = None
    return sorted(found)


@dataclass
class Shell:
    index: Index
    view: View
    top: int = 5

    def handle(self, line: str) -> bool:
        """Act on one input line; False when the session should end."""
        text = line.strip()
        if not text:
            return True
        if text.startswith(":"):
            return self._command(text)
        self.view.answer(ask(text, self.index, top=self.top))
        return True

    def _command(self, text: str) -> bool:
        name, _, rest = text.partition(" ")
        rest = rest.strip()
        if name in QUIT:
            return False
        try:
            if name == ":help":
                self.view.say("Ask a question, or:\n" + "\n".join(f"  {usage}" for usage in COMMANDS.values()))
            elif name == ":facts":
                self.view.facts(self.index, rest or None)
            elif name == ":about" and rest:
                self.view.about(self.index, rest)
            elif name == ":about":
                self.view.problem("which entity? e.g. :about Vershinin")
            else:
                self.view.problem(f"unknown command {name}; :help lists the commands")
        except FactcliError as err:
            self.view.problem(err.message)
        return True

    def run_lines(self, lines: Iterable[str]) -> None:
        """Stdin is not a terminal: every line is a question or a command, no prompts."""
        for line in lines:
            if not self.handle(line):
                break

    def run_interactive(self, read: Callable[[str], str] = input, out: TextIO = sys.stdout) -> None:
        """A prompt per question until :quit or end of input; Ctrl-C abandons the line."""
        history = _History(self.index)
        history.load()
        try:
            while True:
                try:
                    line = read(PROMPT)
                except EOFError:
                    out.write("\n")
                    break
                except KeyboardInterrupt:
                    out.write("\n")
                    continue
                if not self.handle(line):
                    break
        finally:
            if (problem := history.save()) is not None:
                self.view.problem(problem)


class _History:
    """readline's history file and completer, when readline exists."""

    def __init__(self, index: Index) -> None:
        try:
            import readline
        except ImportError:  # e.g. Windows without pyreadline: no history, no completion
            self.readline = None
            return
        self.readline = readline
        self.path = history_file()
        store = index.store
        names = sorted({text for e in store.entities.values() for text in (e.name, *e.aliases)})
        matches: list[str] = []

        def completer(word: str, state: int) -> str | None:
            if state == 0:
                cursor = readline.get_endidx()
                matches[:] = complete(readline.get_line_buffer()[:cursor], readline.get_begidx(), names)
            return matches[state] if state < len(matches) else None

        readline.set_completer(completer)
        readline.set_completer_delims(WORD_BREAKS)
        # macOS's Python links libedit, which spells the binding differently
        if "libedit" in (readline.__doc__ or ""):
            readline.parse_and_bind("bind ^I rl_complete")
        else:
            readline.parse_and_bind("tab: complete")

    def load(self) -> None:
        if self.readline is None:
            return
        self.readline.set_history_length(HISTORY_LINES)
        with contextlib.suppress(OSError):  # no history yet, or unreadable: start afresh
            self.readline.read_history_file(self.path)

    def save(self) -> str | None:
        """Write the history; a message when that was not possible."""
        if self.readline is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.readline.write_history_file(self.path)
        except OSError as err:
            return f"could not save the history to {self.path}: {err.strerror or err}"
        return None
