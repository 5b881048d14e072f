"""Bad fact files: every problem reported as file:line: message, exit codes kept."""

from __future__ import annotations

import pytest
from conftest import run

GOOD_SOURCE = """\
sources:
  - id: s1
    title: "T"
    date: "2024-01-02"
    path: article.txt
"""
ARTICLE = "Alice Smith chairs the club. The club meets on Mondays.\n"


@pytest.fixture
def folder(tmp_path, write):
    write("article.txt", ARTICLE)
    return tmp_path


def problems_of(folder, body: str, name: str = "bad.yaml"):
    (folder / name).write_text(body, encoding="utf-8")
    result = run("--facts", str(folder), "validate", "--json")
    assert result.exit_code == 1, result.stdout + result.stderr
    return result.json["problems"]


def test_duplicate_keys_are_reported_with_both_lines(folder):
    found = problems_of(folder, GOOD_SOURCE + "entities:\n  - id: a\n    name: A\n    name: B\n    type: person\n")
    assert [(p["file"].endswith("bad.yaml"), p["line"], p["message"]) for p in found] == [
        (True, 9, "duplicate key 'name' (first at line 8); keep one")]


def test_yaml_11_booleans_in_text_fields_are_flagged(folder):
    found = problems_of(folder, GOOD_SOURCE + "entities:\n  - id: a\n    name: NO\n    type: country\n")
    assert found[0]["line"] == 8 and "put it in quotes" in found[0]["message"]


def test_unknown_fields_missing_fields_and_bad_types(folder):
    body = GOOD_SOURCE + "entities:\n  - id: a\n    type: person\n    colour: red\n  - id: b\n    name: [x]\n    type: person\n"
    messages = [p["message"] for p in problems_of(folder, body)]
    assert any("unknown field 'colour'" in m for m in messages)
    assert any("missing its 'name'" in m for m in messages)
    assert any("must be text, not a list" in m for m in messages)


def test_part_of_names_a_known_entity_and_no_circle(folder):
    body = GOOD_SOURCE + """\
entities:
  - {id: club, name: The club, type: organization, part_of: league}
  - {id: a, name: A, type: event, part_of: b}
  - {id: b, name: B, type: event, part_of: a}
"""
    found = [(p["line"], p["message"]) for p in problems_of(folder, body)]
    assert found == [(7, "entity 'club' is part_of unknown entity 'league'"),
                     (8, "entity 'a' is part of itself (a -> b -> a); remove one part_of")]


def test_references_and_quotes_are_checked(folder):
    body = GOOD_SOURCE + """\
entities:
  - {id: alice, name: Alice Smith, type: person}
predicates:
  - {id: chairs}
facts:
  - {id: f1, subject: alice, predicate: chairs, object: nobody, source: s1, quote: "Alice Smith chairs the club."}
  - {id: f2, subject: alice, predicate: chairs, object: {text: club}, source: s1, quote: "Alice chairs the club."}
  - {id: f3, subject: alice, predicate: chairs, object: {text: club}, source: s9, quote: "x"}
"""
    found = problems_of(folder, body)
    by_line = {p["line"]: p["message"] for p in found}
    assert "unknown entity 'nobody'" in by_line[11]
    assert "does not occur verbatim" in by_line[12]
    assert "unknown source 's9'" in by_line[13]


def test_quotes_match_across_typographic_quotes_dashes_and_spaces(folder, write):
    write("article.txt", "He said \u201cwe agree\u201d \u2014 twice.\n")
    body = GOOD_SOURCE + """\
entities: [{id: he, name: He, type: person}]
predicates: [{id: said}]
facts:
  - {id: f1, subject: he, predicate: said, object: {text: agree}, source: s1, quote: 'said "we  agree" - twice.'}
"""
    (folder / "ok.yaml").write_text(body, encoding="utf-8")
    result = run("--facts", str(folder), "validate", "--json")
    assert result.exit_code == 0, result.stdout


def test_duplicate_ids_across_files(folder):
    (folder / "a.yaml").write_text(GOOD_SOURCE, encoding="utf-8")
    found = problems_of(folder, GOOD_SOURCE, name="b.yaml")
    assert "duplicate source id 's1'" in found[0]["message"] and "a.yaml:2" in found[0]["message"]


@pytest.mark.parametrize("body, expected", [
    ("x: !!python/object/apply:os.system ['echo pwned']\n", "unknown tag"),
    ("a: &x [1, 2]\nb: *x\n", "anchors and aliases are not supported"),
    ("[" * 100_000, "nest"),
    ("facts: [\n", "YAML syntax error"),
    ("- 1\n- 2\n", "top level must be a mapping"),
    ("facts: 42\n", "must be a list"),
    ("", "empty"),
])
def test_hostile_and_broken_yaml_is_refused_with_a_line(folder, body, expected):
    messages = " ".join(p["message"] for p in problems_of(folder, body))
    assert expected in messages


def test_non_utf8_file_says_so(folder):
    (folder / "bad.yaml").write_bytes(b"sources:\n  - id: \xff\xfe\n")
    result = run("--facts", str(folder), "validate", "--json")
    assert result.exit_code == 1
    assert result.json["problems"][0]["line"] == 2 and "not UTF-8" in result.json["problems"][0]["message"]


def test_other_commands_refuse_invalid_facts_with_exit_2(folder):
    (folder / "bad.yaml").write_text(GOOD_SOURCE + "entities:\n  - id: a\n", encoding="utf-8")
    result = run("--facts", str(folder), "ask", "who chairs the club")
    assert result.exit_code == 2
    assert "bad.yaml:7: entity is missing its 'name'" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_unreadable_locations_exit_2(tmp_path):
    missing = run("--facts", str(tmp_path / "nope"), "validate")
    assert missing.exit_code == 2 and "no such file or folder" in missing.stderr
    empty = run("--facts", str(tmp_path), "validate")
    assert empty.exit_code == 2 and "no fact files" in empty.stderr
