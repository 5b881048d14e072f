"""A small valid fact folder to break, and one assertion for "refused, clearly".

Every bad fact file goes next to a good one: without it the folder answers "who chairs
the club", so a refusal is caused by the bad file and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run, run

ARTICLE = "Alice Smith chairs the club. The club has 13 members.\n"
GOOD = """\
sources:
  - id: s1
    title: "The club"
    date: "2024-01-02"
    path: article.txt
entities:
  - {id: alice, name: Alice Smith, type: person}
  - {id: club, name: the club, type: organization, aliases: [club]}
predicates:
  - {id: chairs, synonyms: [leads, heads]}
facts:
  - {id: f1, subject: alice, predicate: chairs, object: club, source: s1, quote: "Alice Smith chairs the club."}
"""
QUESTION = "who chairs the club"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with a valid fact file and its source text."""
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (facts / "good.yaml").write_text(GOOD, encoding="utf-8")
    return facts


def clean(result: Run) -> None:
    """No traceback and no internal error, whatever else happened."""
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "internal error" not in result.stderr, result.stderr[-2000:]


def assert_refused(folder: Path, bad: str, says: str, line: int | None = None) -> list[dict]:
    """validate lists a problem in `bad` (at `line`) saying `says` and exits 1; ask exits 2
    with the same `file:line: message` on stderr and nothing on stdout. Returns validate's problems."""
    checked = run("--facts", str(folder), "validate", "--json")
    clean(checked)
    assert checked.exit_code == 1, checked.stdout[:2000] + checked.stderr[:2000]
    problems = checked.json["problems"]
    matching = [p for p in problems if Path(p["file"]).name == bad and says in p["message"]]
    assert matching, problems[:20]
    if line is not None:
        assert line in [p["line"] for p in matching], matching
    asked = run("--facts", str(folder), "ask", QUESTION)
    clean(asked)
    assert asked.exit_code == 2 and asked.stdout == "", asked.stdout[:2000]
    where = f"{bad}:{line}: " if line is not None else f"{bad}:"
    assert any(where in text and says in text for text in asked.stderr.splitlines()), asked.stderr[:3000]
    return problems


def json_error(result: Run) -> dict:
    """The JSON error object a command prints on stderr under --json."""
    return json.loads(result.stderr)["error"]
