"""The hot path (factcli/fastpath.py) answers plain asks without Typer or Rich; its
output must be exactly what the full command line prints for the same call."""

from __future__ import annotations

import pytest
from conftest import SECOND, run

QUESTIONS = ["who led the Russian side", "who led the Chinese delegation", "when were the talks held",
             "what does MEA stand for", "who led the delegation", "[bold]who[/] led \x1b[31m the Russian side"]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("flags", [["--json"], ["--quiet"], ["-q", "--json"]])
def test_hot_path_prints_what_the_full_command_line_prints(question, flags):
    fast = run("ask", question, *flags)
    # --no-color is not served by the hot path: the same call through Typer
    full = run("--no-color", "ask", question, *flags)
    assert (fast.exit_code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


def test_hot_path_honours_facts_option_and_environment():
    by_option = run("--facts", str(SECOND / "facts"), "ask", "who cut the ribbon", "--json")
    by_env = run("ask", "who cut the ribbon", "--json", env={"FACTCLI_FACTS": str(SECOND / "facts")})
    assert by_option.stdout == by_env.stdout
    assert by_option.json["source"]["path"].endswith(".txt")


def test_calls_the_hot_path_does_not_serve_still_work(tmp_path):
    missing = run("--facts", str(tmp_path / "nowhere"), "ask", "who led the Russian side", "--json")
    assert missing.exit_code == 2 and missing.stderr.startswith('{"error"')
    blank = run("ask", "   ", "--json")
    assert blank.exit_code == 2
    human = run("ask", "who led the Russian side")
    assert human.exit_code == 0 and "quote" in human.stdout
