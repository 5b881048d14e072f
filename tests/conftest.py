"""Test helpers that read like the command line: run("ask", "...", "--json")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SECOND = TESTS / "fixtures" / "second"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def json(self):
        return json.loads(self.stdout)

    @property
    def jsonl(self):
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None, timeout: float = 60) -> Run:
    """Run factcli in a new process, as a user would; stdout and stderr kept apart."""
    dropped = ("FACTCLI_FACTS", "FACTCLI_NO_CACHE", "NO_COLOR", "FORCE_COLOR")
    full_env = {k: v for k, v in os.environ.items() if k not in dropped}
    full_env.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    done = subprocess.run([sys.executable, "-m", "factcli", *args], input=data, capture_output=True,
                          env=full_env, cwd=cwd, timeout=timeout)
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Never touch the real ~/.cache: the suite's processes (run() passes the environment
    on) share one cache folder under the session's temporary folder."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield Path(os.environ["XDG_CACHE_HOME"])
    if old is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (bytes or text) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
