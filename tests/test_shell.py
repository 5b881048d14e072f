"""factcli shell: piped questions answered without prompts; at a terminal, a prompt,
tab completion of entity names and history kept between sessions."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run

from factcli.shell import PROMPT, complete, history_file, state_dir

NAMES = ["Sergey Vershinin", "Vershinin", "Russian delegation", "Russia", "Tanmaya Lal", "Lal"]


def test_piped_questions_are_answered_in_order_without_prompts():
    lines = "who led the Russian side\n\nwhat does MEA stand for\n:about Galuzin\nwhat is the capital of France\n"
    result = run("shell", input=lines)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert PROMPT.strip() not in out and "Ask about the facts" not in out
    first, second = out.index("Sergey Vershinin"), out.index("Ministry of External Affairs")
    card = out.index("mikhail-galuzin")
    assert first < second < card < out.index("No answer")


def test_piped_shell_with_quiet_and_json():
    questions = "who led the Russian side\nwhat is the capital of France\nwhat does MEA stand for\n"
    assert run("shell", "--quiet", input=questions).stdout == "Sergey Vershinin\n\nMinistry of External Affairs\n"
    records = run("shell", "--json", input=questions).jsonl
    assert [r["answered"] for r in records] == [True, False, True]


def test_shell_commands_and_their_mistakes():
    result = run("shell", input=":help\n:facts permanent seat\n:nonsense\n:about\n:about Xi Jinping\n"
                                ":quit\nwho led the Russian side\n")
    assert result.exit_code == 0
    assert ":about NAME" in result.stdout and "talks-in-moscow-support" in result.stdout
    assert "unknown command :nonsense" in result.stderr and "which entity?" in result.stderr
    assert "no entity matches 'Xi Jinping'" in result.stderr
    assert "Sergey Vershinin" not in result.stdout  # asked after :quit


def test_completion_finds_names_across_words():
    assert complete("who is Vershi", 7, NAMES) == ["Vershinin"]
    assert complete("who led the russian d", 20, NAMES) == ["delegation"]  # "russian d" -> "Russian delegation"
    assert complete("who is ser", 7, NAMES) == ["Sergey Vershinin"]
    assert complete("Russ", 0, NAMES) == ["Russia", "Russian delegation"]
    assert complete(":ab", 0, NAMES) == [":about"]
    assert complete("who is xyz", 7, NAMES) == []


def test_history_lives_in_the_xdg_state_directory():
    assert history_file({"XDG_STATE_HOME": "/tmp/state"}) == Path("/tmp/state/factcli/history")
    home = Path.home() / ".local" / "state" / "factcli"
    assert state_dir({}) == home
    assert state_dir({"XDG_STATE_HOME": "relative/path"}) == home  # the spec says: ignore it


pty = pytest.importorskip("pty")


class Terminal:
    """factcli shell on a pseudo-terminal, typed at like a person would."""

    def __init__(self, tmp_path: Path, preamble: str = "") -> None:
        master, slave = pty.openpty()
        env = {k: v for k, v in os.environ.items() if k not in ("FACTCLI_FACTS", "NO_COLOR", "FORCE_COLOR")}
        env.update(XDG_STATE_HOME=str(tmp_path), TERM="dumb", HOME=str(tmp_path))
        code = preamble + "import sys; from factcli.cli import main; sys.argv = ['factcli', 'shell']; main()"
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdin=slave, stdout=slave, stderr=slave,
                                     env=env, close_fds=True)
        os.close(slave)
        self.master = master
        self.output = b""

    def read_until(self, text: bytes, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while text not in self.output and time.monotonic() < end:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    break
        assert text in self.output, self.output.decode(errors="replace")

    def type(self, keys: bytes, then_wait_for: bytes) -> None:
        os.write(self.master, keys)
        self.read_until(then_wait_for)

    def close(self) -> int:
        code = self.proc.wait(30)
        os.close(self.master)
        return code


def test_terminal_session_completes_names_and_keeps_history(tmp_path):
    session = Terminal(tmp_path)
    session.read_until(PROMPT.encode())
    session.type(b"who is Vershi\t", b"Vershinin")  # tab completes the name
    session.type(b"\r", b"Deputy Minister")
    session.type(b":quit\r", b":quit")
    assert session.close() == 0
    history = (tmp_path / "factcli" / "history").read_text()
    # GNU readline writes the line as typed; macOS's libedit escapes the spaces (\040)
    assert "who is Vershinin" in history.replace("\\040", " ").splitlines()
    # the next session starts with it: the up arrow brings the last question back
    again = Terminal(tmp_path)
    again.read_until(PROMPT.encode())
    again.type(b"\x1b[A", b":quit")  # the previous line was :quit
    again.type(b"\r", b":quit")
    assert again.close() == 0


def test_terminal_session_works_without_readline(tmp_path):
    session = Terminal(tmp_path, preamble="import sys; sys.modules['readline'] = None\n")
    session.read_until(PROMPT.encode())
    session.type(b"who led the Russian side\r", b"Sergey Vershinin")
    os.write(session.master, b"\x04")  # Ctrl-D ends the session
    assert session.close() == 0
    assert not (tmp_path / "factcli" / "history").exists()
