"""A progress bar for long loads: on stderr, only when stderr is a terminal, and only
once a load has taken long enough to notice, so quick commands print nothing extra."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from factcli.load import Progress as ProgressHook

DELAY = 0.5  # seconds of silence before the bar appears


@contextmanager
def load_progress(stream: IO[str] | None = None, color: bool = True) -> Iterator[ProgressHook | None]:
    """A hook to pass to load/prepare, or None when `stream` (stderr) is not a terminal."""
    stream = sys.stderr if stream is None else stream
    if not stream.isatty():
        yield None
        return
    bar = _DelayedBar(stream, color)
    try:
        yield bar.update
    finally:
        bar.close()


class _DelayedBar:
    """Records progress from the loading thread; a timer shows it with rich after DELAY.
    The timer's refresh thread keeps the spinner turning through phases that report
    nothing while they run (building the index)."""

    def __init__(self, stream: IO[str], color: bool) -> None:
        self.stream, self.color = stream, color
        self.lock = threading.Lock()
        self.last: tuple[str, int, int] = ("loading the facts", 0, 0)
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.phase = ""
        self.closed = False
        self.timer = threading.Timer(DELAY, self._show)
        self.timer.daemon = True
        self.timer.start()

    def update(self, what: str, done: int, total: int) -> None:
        with self.lock:
            self.last = (what, done, total)
            if self.progress is not None:
                self._apply()

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn

        with self.lock:
            if self.closed:
                return
            console = Console(file=self.stream, no_color=not self.color, highlight=False)
            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                     TaskProgressColumn(), TimeElapsedColumn(), console=console, transient=True)
            self.progress.start()
            self._apply()

    def _apply(self) -> None:
        assert self.progress is not None
        what, done, total = self.last
        if what != self.phase:  # a new phase: a new task, so an unknown total shows as a pulse
            if self.task is not None:
                self.progress.remove_task(self.task)
            self.task = self.progress.add_task(what, total=total or None)
            self.phase = what
        self.progress.update(self.task, completed=done, total=total or None)

    def close(self) -> None:
        self.timer.cancel()
        with self.lock:
            self.closed = True
            if self.progress is not None:
                self.progress.stop()
