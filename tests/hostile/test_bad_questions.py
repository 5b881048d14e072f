"""Bad questions: blank, huge, full of control sequences, NUL bytes, invalid UTF-8 or Rich
markup. Blank is a usage error; everything else is answered or declined, one result per
input line in batch mode, and nothing from the input reaches the terminal as a control
sequence."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import run

from .conftest import QUESTION, clean, json_error

# What must never reach stdout or stderr raw: C0 controls other than newline and tab,
# DEL, C1 controls, and the Unicode line and paragraph separators.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def no_raw_controls(*texts: str) -> None:
    for text in texts:
        found = RAW_CONTROL.search(text)
        assert found is None, repr(text[max(0, found.start() - 80):found.end() + 80])


# -- blank -----------------------------------------------------------------------

@pytest.mark.parametrize("question", ["", " ", "   \t  ", "\n", "\u00a0\u2003"])
def test_a_blank_question_is_a_usage_error(folder, question):
    result = run("--facts", str(folder), "ask", question)
    clean(result)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("factcli: the question is empty")
    as_json = run("--facts", str(folder), "ask", question, "--json")
    assert as_json.exit_code == 2 and "the question is empty" in json_error(as_json)["message"]


# -- very long -------------------------------------------------------------------

def test_a_100kb_argument_is_answered_or_declined(folder):
    question = ("who chairs the club " * 5000)[:100_000]
    result = run("--facts", str(folder), "ask", question, "--json", timeout=120)
    clean(result)
    assert result.exit_code in (0, 1)
    record = result.json
    assert record["question"] == question
    assert record["answered"] or record["reason"]
    human = run("--facts", str(folder), "ask", question, timeout=120)
    assert human.exit_code == result.exit_code and human.stdout.strip()


@pytest.mark.parametrize("line", [b"who chairs the club " * 50_000, b"a" * 1_000_000, b"[bold]" * 170_000,
                                  b"\x00" * 1_000_000, b"\xff" * 1_000_000, "\u00e9".encode() * 500_000],
                         ids=["words", "one word", "markup", "NUL bytes", "invalid UTF-8", "two-byte characters"])
def test_a_1mb_line_on_stdin_is_one_result_and_the_next_line_still_counts(folder, line):
    result = run("--facts", str(folder), "ask", "-", "--json", input=line + b"\n" + QUESTION.encode() + b"\n",
                 timeout=120)
    clean(result)
    assert result.exit_code == 0
    records = result.jsonl
    assert len(records) == 2 and len(result.stdout.splitlines()) == 2
    assert records[0]["answered"] is False and records[0]["reason"]
    assert records[1]["question"] == QUESTION and records[1]["answer"] == "Alice Smith"


def test_a_1mb_last_line_without_a_newline(folder):
    result = run("--facts", str(folder), "ask", "-", "--json", input=b"x" * 1_000_000, timeout=120)
    assert result.exit_code == 0 and len(result.jsonl) == 1


# -- control characters, escapes, NUL, invalid UTF-8 -------------------------------

HOSTILE_LINES = [
    b"\x1b[2J\x1b[H clear the screen",
    b"\x1b]0;set the title\x07 and ring",
    b"\x1b[31mred\x1b[0m words",
    b"\x1bP device control \x1b\\",
    b"nul \x00 in the middle",
    b"\x00",
    b"invalid \xff\xfe utf-8 \xc3(",
    b"carriage \r return inside",
    b"vertical \x0b tab and form \x0c feed",
    b"file \x1c group \x1d record \x1e separators",
    "next \u0085 line".encode(),
    "line \u2028 and paragraph \u2029 separators".encode(),
    "c1 \u009b31m csi".encode(),
    "bidi \u202e override".encode(),
    "\ufeffbyte order mark".encode(),
    b"\x7f delete",
    b"\x08\x08\x08 backspaces",
    b"",
    b"   ",
    QUESTION.encode(),
]
BATCH = b"\n".join(HOSTILE_LINES) + b"\r\n"  # the last line ends Windows-style


def test_batch_json_gives_exactly_one_record_per_input_line(folder):
    result = run("--facts", str(folder), "ask", "-", "--json", input=BATCH)
    clean(result)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()  # splitlines() also splits at U+2028, U+0085...
    assert len(lines) == len(HOSTILE_LINES) == len(result.stdout.split("\n")) - 1
    records = [json.loads(line) for line in lines]
    assert [r["answered"] for r in records] == [False] * (len(HOSTILE_LINES) - 1) + [True]
    assert records[-1]["answer"] == "Alice Smith"
    assert records[4]["question"] == "nul  in the middle"
    assert records[6]["question"].startswith("invalid \ufffd\ufffd utf-8")
    no_raw_controls(result.stdout, result.stderr)


def test_batch_human_output_gives_one_result_per_line_and_no_raw_controls(folder):
    result = run("--facts", str(folder), "ask", "-", input=BATCH)
    clean(result)
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert sum(line.startswith("No answer: ") for line in out) == len(HOSTILE_LINES) - 1
    assert out.count("Alice Smith") == 1
    no_raw_controls(result.stdout, result.stderr)


@pytest.mark.parametrize("flags", [[], ["--explain", "--top", "3"]], ids=["plain", "explain"])
@pytest.mark.parametrize("question", ["who \x1b[31mchairs\x1b[0m the club", "who chairs the club\x1b]0;owned\x07",
                                      "\x1b[2J\x1b[Hwho chairs", "who\x08\x08\x08 chairs \x9b2J the club"])
def test_control_sequences_in_an_argument_are_shown_escaped(folder, question, flags):
    result = run("--facts", str(folder), "ask", question, *flags)
    clean(result)
    assert result.exit_code in (0, 1)
    no_raw_controls(result.stdout, result.stderr)


def test_with_colour_forced_only_our_own_styles_reach_the_terminal(folder):
    question = "who chairs \x1b]0;owned\x07 the \x1b[2J club \x1b[5m"
    result = run("--facts", str(folder), "ask", question, "--explain", env={"FORCE_COLOR": "1"})
    clean(result)
    styled = result.stdout
    assert "\x1b[" in styled  # colour is on: rich's SGR sequences are there...
    no_raw_controls(re.sub(r"\x1b\[[0-9;]*m", "", styled), result.stderr)  # ...and nothing else
    assert "\x1b[2J" not in styled and "\x1b[5m" not in styled and "\x07" not in styled


def test_invalid_utf8_in_an_argument_with_a_strict_utf8_terminal(folder):
    """Python keeps undecodable argv bytes as lone surrogates; printing one raw would crash."""
    env = {"PYTHONIOENCODING": "utf-8:strict"}
    command = [sys.executable, "-m", "factcli", "--facts", str(folder), "ask", b"who chairs \xff the club"]
    for extra in ([], ["--json"], ["--explain"]):
        done = subprocess.run([*command, *extra], capture_output=True, timeout=60,
                              env={**_base_env(), **env})
        assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
        assert b"Traceback" not in done.stderr
        done.stdout.decode("utf-8")  # valid UTF-8, whatever the question held
    record = json.loads(subprocess.run([*command, "--json"], capture_output=True, timeout=60,
                                       env={**_base_env(), **env}).stdout)
    assert record["question"] == "who chairs \udcff the club"


def test_a_closed_stdin_is_an_empty_batch(folder):
    done = subprocess.run([sys.executable, "-m", "factcli", "--facts", str(folder), "ask", "-", "--json"],
                          capture_output=True, timeout=60, env=_base_env(), preexec_fn=lambda: os.close(0))
    assert done.returncode == 0 and done.stdout == b"" and b"Traceback" not in done.stderr


def _base_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("FACTCLI_FACTS", "NO_COLOR", "FORCE_COLOR")}


# -- Rich markup -----------------------------------------------------------------

MARKUP = ["who led the [/] Russian [bold]side", "who chairs [red]the club[/red]", "[link=http://x]who[/link] chairs",
          "who chairs the club [/bold] [", ":warning: who chairs the club", "who chairs the club \\[bold]"]


@pytest.mark.parametrize("question", MARKUP)
def test_markup_in_a_question_is_never_interpreted(folder, question):
    for flags in ([], ["--explain", "--top", "2"], ["--json"]):
        result = run("--facts", str(folder), "ask", question, *flags)
        clean(result)
        assert result.exit_code in (0, 1), result.stderr
        assert "MarkupError" not in result.stderr
    assert result.json["question"] == question


def test_markup_in_a_batch_is_never_interpreted(folder):
    result = run("--facts", str(folder), "ask", "-", input="\n".join(MARKUP) + "\n")
    clean(result)
    assert result.exit_code == 0


def test_markup_in_a_name_asked_about_prints_literally(folder):
    result = run("--facts", str(folder), "about", "[bold red]Zorblax[/bold red] [/]")
    clean(result)
    assert result.exit_code not in (0, 70)
    assert "no entity matches '[bold red]Zorblax[/bold red] [/]'" in result.stderr


def test_markup_in_a_gold_question_prints_literally(folder, tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text('questions:\n  - question: "who [bold]chairs[/bold] the [/] club"\n    expect: Nobody\n',
                    encoding="utf-8")
    result = run("--facts", str(folder), "eval", str(gold))
    clean(result)
    assert "who [bold]chairs[/bold] the [/] club" in result.stdout


def test_markup_and_escapes_in_the_facts_print_literally(folder):
    (folder / "good.yaml").write_text((folder / "good.yaml").read_text().replace(
        "name: Alice Smith", 'name: "[bold]Alice[/bold] \\e[31mSmith\\L"'), encoding="utf-8")  # YAML's backslash-L is U+2028
    result = run("--facts", str(folder), "ask", QUESTION)
    clean(result)
    assert result.exit_code == 0
    assert result.stdout.startswith("[bold]Alice[/bold] \\x1b[31mSmith\\u2028\n")
    no_raw_controls(result.stdout)


def test_a_closed_stdout_is_no_crash():
    # `factcli ... >&-`: Python starts with sys.stdout set to None
    import subprocess
    import sys

    for args in (["ask", "who led the Russian side"], ["ask", "--json", "who led the Chinese side"], ["facts"]):
        done = subprocess.run([sys.executable, "-m", "factcli", *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, close_fds=True,
                              preexec_fn=lambda: __import__("os").close(1))
        assert done.returncode in (0, 1), (args, done.stderr)
        assert b"Traceback" not in done.stderr
