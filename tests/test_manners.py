"""Terminal manners: colour only where wanted, tables that read well from 60 to 200
columns, quiet broken pipes, JSON errors, exit codes, help with examples, --quiet."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import TESTS, run

from factcli.load import load_store, shipped_facts

STORE = load_store(shipped_facts())
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plain(text: str) -> str:
    return ANSI.sub("", text)


def squash(text: str) -> str:
    return " ".join(text.split())


# -- colour ----------------------------------------------------------------------

COMMANDS = [("ask", "who led the Russian side"), ("facts",), ("show", "lal-title"), ("about", "Lal", "-f", "tree"),
            ("entities",), ("validate",)]


@pytest.mark.parametrize("args", COMMANDS)
def test_piped_output_has_no_ansi_codes(args):
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x1b" not in result.stderr


@pytest.mark.parametrize(("env", "flags", "coloured"), [
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "1", "TERM": "dumb"}, [], False),
    ({"FORCE_COLOR": "1"}, ["--no-color"], False),
])
def test_force_color_forces_colour_unless_refused(env, flags, coloured):
    result = run(*flags, "facts", "--entity", "Lal", env=env)
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is coloured


# -- table widths ---------------------------------------------------------------------

def parse_boxed(text: str) -> list[dict[str, str]]:
    """Rows of a box-drawn table, each cell's wrapped lines joined again."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("│"):
            if not blocks or blocks[-1] is None:
                blocks.append([])
            blocks[-1].append(line)
        else:
            blocks.append(None)
    blocks = [b for b in blocks if b]
    cells = [[squash(" ".join(parts)) for parts in zip(*(line.split("│")[1:-1] for line in b), strict=True)]
             for b in blocks]
    header, *rows = cells
    return [dict(zip(header, row, strict=True)) for row in rows]


def parse_cards(text: str) -> list[dict[str, str]]:
    """Cards: an id line, then `  name  value` lines and indented continuation lines."""
    cards: list[dict[str, str]] = []
    field = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            cards.append({"id": line.strip()})
        elif line[2] != " ":
            field, _, value = line.strip().partition(" ")
            cards[-1][field] = value.strip()
        else:
            cards[-1][field] = squash(cards[-1][field] + " " + line)
    return cards


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_fact_tables_keep_every_value_whole_at_any_width(width):
    result = run("facts", env={"FORCE_COLOR": "1", "COLUMNS": str(width)})
    assert result.exit_code == 0
    out = plain(result.stdout)
    assert "\x1b[" in result.stdout  # laid out as for a terminal
    assert max(len(line) for line in out.splitlines()) <= width
    assert "…" not in out  # nothing cut to an ellipsis
    rows = parse_boxed(out) if out.startswith("┌") else parse_cards(out)
    assert [r["id"] for r in rows] == [f.id for f in STORE.facts]
    for row, fact in zip(rows, STORE.facts, strict=True):
        assert row["subject"] == squash(STORE.entities[fact.subject].name)
        assert row["object"] == squash(STORE.object_text(fact))
        assert row["quote"] == squash(fact.quote.text)  # long quotes wrap, and come back whole
    if width == 200:
        assert out.startswith("┌")  # wide enough for a real table, not cards
        first_cells = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
        assert {f.id for f in STORE.facts} <= set(first_cells)  # each id whole on one line


def test_piped_tables_put_each_row_on_one_line():
    lines = run("facts").stdout.splitlines()
    for fact in STORE.facts:
        (line,) = [line for line in lines if f"│ {fact.id} " in line]
        assert fact.quote.text in line and STORE.object_text(fact) in line


@pytest.mark.parametrize("width", [60, 200])
def test_entity_and_source_tables_fit_and_keep_ids(width):
    for command in ("entities", "sources"):
        out = plain(run(command, env={"FORCE_COLOR": "1", "COLUMNS": str(width)}).stdout)
        assert max(len(line) for line in out.splitlines()) <= width and "…" not in out
        keys = STORE.entities if command == "entities" else STORE.sources
        assert all(re.search(rf"(^|[│ ]){re.escape(key)}([│ ]|$)", out, re.M) for key in keys)


# -- user text -------------------------------------------------------------------------

def test_markup_in_user_text_prints_as_typed():
    question = "who led the [/] Russian [bold]side"
    result = run("ask", question, "--explain", env={"FORCE_COLOR": "1"})
    # read as markup, the stray [/] would raise MarkupError (exit 70)
    assert result.exit_code in (0, 1) and result.stderr == ""
    assert "Sergey Vershinin" in plain(result.stdout)
    missing = run("about", "[bold]Xi Jinping[/]")
    assert missing.exit_code == 2 and "'[bold]Xi Jinping[/]'" in missing.stderr
    shell = run("shell", input=":about [red]nobody[/red]\n")
    assert "'[red]nobody[/red]'" in shell.stderr


# -- pipes, errors and exit codes -------------------------------------------------------

def test_a_reader_that_leaves_early_ends_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "factcli", "facts", "--format", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # gone before the first write: every write meets a closed pipe
    stderr = proc.stderr.read()
    assert proc.wait(60) == 0 and stderr == b""
    shell = subprocess.run(f"'{sys.executable}' -m factcli facts | head -1", shell=True, capture_output=True)
    assert shell.stdout.decode().startswith("┌") and shell.stderr == b""


def test_unknown_command_exits_2_with_a_suggestion():
    result = run("fact")
    assert result.exit_code == 2 and result.stdout == ""
    assert "No such command 'fact'" in result.stderr and "Did you mean 'facts'" in result.stderr


def test_usage_errors_under_json_are_json():
    result = run("ask", "who", "--json", "--top", "99")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--top" in json.loads(result.stderr)["error"]["message"]
    bad_format = run("facts", "--format", "xml")
    assert bad_format.exit_code == 2 and "xml" in bad_format.stderr


def test_facts_that_do_not_validate_give_json_problems_with_file_and_line(tmp_path):
    (tmp_path / "bad.yaml").write_text("entities:\n  - id: a\n    name: NO\n    type: country\n", encoding="utf-8")
    result = run("--facts", str(tmp_path), "facts", "--format", "json")
    assert result.exit_code == 2 and result.stdout == ""
    error = json.loads(result.stderr)["error"]
    assert "validate" in error["message"]
    assert error["problems"] and all(set(p) == {"file", "line", "message"} for p in error["problems"])
    assert any(p["file"].endswith("bad.yaml") and p["line"] == 3 for p in error["problems"])
    text = run("--facts", str(tmp_path), "entities")
    assert text.exit_code == 2 and re.search(r"bad\.yaml:3: ", text.stderr)


def test_an_internal_error_is_one_line_and_exit_70():
    code = ("import sys, factcli.cli as cli\n"
            "def broken(): raise RuntimeError('simulated bug')\n"
            "cli.load_index = broken\n"
            "sys.argv = ['factcli', *sys.argv[1:]]\n"
            "cli.main()\n")
    env = {k: v for k, v in os.environ.items() if k != "FACTCLI_FACTS"}
    done = subprocess.run([sys.executable, "-c", code, "facts"], capture_output=True, text=True, env=env)
    assert done.returncode == 70 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "simulated bug" in done.stderr and "--debug" in done.stderr
    debug = subprocess.run([sys.executable, "-c", code, "--debug", "facts"], capture_output=True, text=True, env=env)
    assert "Traceback" in debug.stderr and "RuntimeError: simulated bug" in debug.stderr


def test_version_and_python_dash_m():
    from factcli import __version__

    result = run("--version")  # run() itself goes through `python -m factcli`
    assert result.exit_code == 0 and result.stdout == f"factcli {__version__}\n"


# -- help -------------------------------------------------------------------------------

def commands() -> list[str]:
    text = run("--help").stdout
    section = text.split("Commands:", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in section.splitlines() if line.strip()]


def test_the_command_list_is_complete():
    assert set(commands()) >= {"ask", "validate", "facts", "show", "entities", "sources", "about", "graph",
                               "shell", "eval"}


def test_every_command_has_a_one_line_summary_and_an_example():
    main_help = run("--help").stdout
    assert "--install-completion" in main_help and "Exit codes" in main_help
    for name in commands():
        listed = next(line for line in main_help.splitlines() if line.strip().startswith(name + " "))
        assert not listed.rstrip().endswith("..."), f"{name}: summary too long for the command list"
        result = run(name, "--help")
        assert result.exit_code == 0, name
        paragraphs = result.stdout.split("\n\n")
        summary = paragraphs[1].strip()
        assert "\n" not in summary and summary.endswith("."), f"{name}: no one-line summary"
        examples = result.stdout.split("Example", 1)
        assert len(examples) == 2, f"{name}: no example"
        assert re.search(rf"^\s+.*factcli {name}\b", examples[1], re.M), f"{name}: example does not run {name}"


# -- quiet --------------------------------------------------------------------------------

def test_quiet_keeps_only_the_answer():
    result = run("ask", "what does MEA stand for", "--quiet")
    assert result.exit_code == 0 and result.stdout == "Ministry of External Affairs\n" and result.stderr == ""
    assert run("--quiet", "ask", "what does MEA stand for").stdout == result.stdout
    declined = run("ask", "what is the capital of France", "-q")
    assert declined.exit_code == 1 and declined.stdout == ""
    batch = run("ask", "-", "-q", input="what does MEA stand for\nwhat is the capital of France\n")
    assert batch.stdout == "Ministry of External Affairs\n\n"  # one line per question


def test_quiet_validate_prints_nothing_when_all_is_well():
    result = run("validate", "--quiet")
    assert result.exit_code == 0 and result.stdout == ""


def test_quiet_eval_prints_the_summary_line_only():
    result = run("--facts", str(TESTS / "fixtures" / "second" / "facts"), "eval",
                 str(TESTS / "fixtures" / "second" / "questions.yaml"), "--quiet")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1 and "questions" in result.stdout
