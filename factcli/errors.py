"""The project's own error types and the problem records they carry.

Core code raises these; the command line turns them into messages and exit codes in
one place (`factcli.cli`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

# Problems kept in full; past this they are only counted. A 5 MB file of broken
# records has hundreds of thousands of problems: nobody reads past the first
# screenful, and keeping them all would cost more memory than the file itself.
MAX_PROBLEMS_KEPT = 1000


class ExitCode(IntEnum):
    """Documented exit codes, shared by every command."""

    OK = 0
    NOT_FOUND = 1  # nothing found, not answered, or validation problems
    USAGE = 2  # usage error or unreadable/invalid data
    INTERNAL = 70  # a bug in factcli (EX_SOFTWARE)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the facts, at a file and (where known) a line."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        # A file name may hold a line break; a problem is still one line.
        file = self.file.replace("\n", "\\n").replace("\r", "\\r")
        where = f"{file}:{self.line}" if self.line else file
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "message": self.message}


class ProblemLog:
    """Problems in the order found: the first `keep` in full, every one counted."""

    def __init__(self, keep: int = MAX_PROBLEMS_KEPT) -> None:
        self.keep = keep
        self.kept: list[Problem] = []
        self.total = 0

    def append(self, problem: Problem) -> None:
        self.total += 1
        if len(self.kept) < self.keep:
            self.kept.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)


class FactcliError(Exception):
    """Base of every error a user can cause; carries its exit code."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, problems: tuple[Problem, ...] = (), problem_count: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems  # the first ones, at most MAX_PROBLEMS_KEPT
        self.problem_count = len(problems) if problem_count is None else problem_count


class FactsUnreadable(FactcliError):
    """The facts cannot be read at all: no such path, no fact files."""


class FactsInvalid(FactcliError):
    """The facts were read but do not validate; `problems` says where and why."""


class UsageError(FactcliError):
    """A bad question or option."""


class NotFound(FactcliError):
    """A lookup (fact id, entity) that matched nothing."""


class NothingMatches(FactcliError):
    """A filter (`facts --entity ...`) that matched nothing: not a mistake, just no result."""

    exit_code = ExitCode.NOT_FOUND
