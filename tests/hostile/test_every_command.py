"""Every command refuses broken facts the same way: exit 2, each problem as
`file:line: message` on stderr (a JSON error under --json), nothing on stdout, no
traceback. Only validate reports instead, and exits 1."""

from __future__ import annotations

import pytest
from conftest import run

from .conftest import clean, json_error

BROKEN = {
    "syntax.yaml": (b"entities:\n  - id: a: b\n", 2, "YAML syntax error"),
    "tag.yaml": (b"facts: !!python/object/apply:os.system [echo hi]\n", 1, "unknown tag"),
    "latin1.yaml": (b"entities:\n  - name: caf\xe9\n", 2, "not UTF-8"),
    "bomb.yaml": (b"a: &a [x, x]\nb: [*a, *a]\n", 1, "anchors and aliases are not supported"),
    "deep.yaml": (b"[" * 100_000, 1, "nested deeper than 64 levels"),
    "shape.yaml": (b"facts: 42\n", 1, "'facts' must be a list"),
}
COMMANDS = {
    "ask": (["ask", "who chairs the club"], False), "ask --json": (["ask", "who chairs the club", "--json"], True),
    "ask -": (["ask", "-"], False), "ask - --json": (["ask", "-", "--json"], True),
    "facts": (["facts"], False), "facts json": (["facts", "--format", "json"], True),
    "facts jsonl": (["facts", "--format", "jsonl"], True),
    "about": (["about", "Alice"], False), "about --json": (["about", "Alice", "--json"], True),
    "eval": (["eval", "{gold}"], False), "eval --json": (["eval", "{gold}", "--json"], True),
}


@pytest.fixture
def broken(folder):
    for name, (content, _, _) in BROKEN.items():
        (folder / name).write_bytes(content)
    gold = folder.parent / "gold.yaml"
    gold.write_text("questions:\n  - {question: who chairs the club, expect: Alice Smith}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_but_validate_exits_2_naming_each_file_and_line(broken, command):
    args, as_json = COMMANDS[command]
    args = [a.format(gold=broken.parent / "gold.yaml") for a in args]
    result = run("--facts", str(broken), *args, input="who chairs the club\n")
    clean(result)
    assert result.exit_code == 2 and result.stdout == ""
    if as_json:
        problems = json_error(result)["problems"]
        found = {(p["file"].rsplit("/", 1)[-1], p["line"]) for p in problems}
    else:
        found = {(line.split(":")[0].rsplit("/", 1)[-1], int(line.split(":")[1]))
                 for line in result.stderr.splitlines() if ".yaml:" in line}
    assert {(name, line) for name, (_, line, _) in BROKEN.items()} <= found, result.stderr
    for _, _, says in BROKEN.values():
        assert says in result.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_validate_reports_every_file_and_exits_1(broken, as_json):
    result = run("--facts", str(broken), "validate", *(["--json"] if as_json else []))
    clean(result)
    assert result.exit_code == 1
    for name, (_, line, says) in BROKEN.items():
        if as_json:
            assert any(p["file"].endswith(name) and p["line"] == line and says in p["message"]
                       for p in result.json["problems"])
        else:
            assert any(f"{name}:{line}: " in text and says in text for text in result.stdout.splitlines())
