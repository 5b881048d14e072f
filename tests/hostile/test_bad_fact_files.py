"""Broken fact files: validate exits 1 and lists `file:line: message`; ask exits 2 with the
same message on stderr; never a traceback. Each case is a file put next to a good one."""

from __future__ import annotations

import random

import pytest
from conftest import run

from .conftest import QUESTION, assert_refused

ENTITY = "entities:\n  - id: zed\n    name: Zed\n    type: person\n"


def fact_with_number(number: str) -> str:
    return ("facts:\n  - id: f9\n    subject: alice\n    predicate: chairs\n"
            f"    object: {{number: {number}}}\n    source: s1\n    quote: The club has 13 members.\n")


SYNTAX = {
    "unclosed flow mapping": (b"facts: [\n  {id: a\n", "YAML syntax error", 3),
    "two colons on a line": (b"entities:\n  - id: a: b\n", "YAML syntax error", 2),
    "tab indentation": (b"entities:\n\t- id: a\n", "YAML syntax error", 2),
    "bad indentation": (b"entities:\n  - id: a\n   name: b\n", "YAML syntax error", 3),
    "unclosed quote": (b'entities:\n  - id: "a\n', "YAML syntax error", 3),
}

ENCODING = {
    "latin-1": ("entities:\n  - {id: cafe, name: Caf\xe9, type: place}\n".encode("latin-1"), "not UTF-8", 2),
    "cp1252 quotes": (b"entities:\n  - {id: q, name: \x93Q\x94, type: place}\n", "not UTF-8", 2),
    "UTF-16 with BOM": (ENTITY.encode("utf-16"), "not UTF-8 text: the file is UTF-16", 1),
    "UTF-16 without BOM": (ENTITY.encode("utf-16-le"), "not UTF-8", 1),
    "UTF-32 with BOM": (ENTITY.encode("utf-32"), "not UTF-8 text: the file is UTF-32", 1),
    "NUL byte in text": (b"entities:\n  - id: a\x00b\n", "NUL bytes", 2),
    "binary junk": (random.Random(6).randbytes(4096), "not UTF-8", None),
    "an executable header": (b"\x7fELF\x02\x01\x01" + bytes(64), "not UTF-8", 1),
    "control characters, valid UTF-8": (bytes(range(1, 9)) * 64, "not a text file", 1),
    "empty file": (b"", "the file is empty", None),
    "only comments and blank lines": (b"# nothing here\n\n   \n", "the file is empty", None),
    "only a document marker": (b"---\n", "the file is empty", None),
}

SHAPES = {
    "top level is a list": ("- 1\n- 2\n", "the top level must be a mapping", 1),
    "top level is a number": ("42\n", "the top level must be a mapping", 1),
    "top level is text": ("just some words\n", "the top level must be a mapping", 1),
    "facts: 42": ("facts: 42\n", "'facts' must be a list of fact records, not a number", 1),
    "facts is a mapping": ("facts:\n  id: f1\n", "'facts' must be a list of fact records, not a mapping", 2),
    "a fact that is a number": ("facts:\n  - 42\n", "each fact must be a mapping of fields, not a number", 2),
    "an entity that is a list": ("entities:\n  - [a, b]\n", "each entity must be a mapping of fields, not a list", 2),
    "name is a list": ("entities:\n  - id: zed\n    name: [Z]\n    type: person\n", "entity name must be text, not a list", 3),
    "type is a number": ("entities:\n  - id: zed\n    name: Zed\n    type: 7\n", "read by YAML as a number", 4),
    "name is NO": ("entities:\n  - id: no-name\n    name: NO\n    type: country\n", "read by YAML as a boolean", 3),
    "id with spaces": ("entities:\n  - id: two words\n    name: Z\n    type: person\n", "may use only letters", 2),
    "describes is yes": ("predicates:\n  - id: p\n    describes: yes\n", "must be true or false", 3),
    "impossible date": ('sources:\n  - {id: s2, title: T, date: "2024-13-45", path: article.txt}\n', "is not a date", 2),
    "reversed date range": (fact_with_number("1").replace("{number: 1}", '{date: "2024-12-20/2024-12-19"}'),
                            "ends before it starts", 5),
    "number NaN": (fact_with_number(".nan"), "is not a finite number", 5),
    "number infinity": (fact_with_number("-.inf"), "is not a finite number", 5),
    "float overflow": (fact_with_number("1.0e+999"), "is not a finite number", 5),
    "integer beyond 2**53": (fact_with_number("1" + "0" * 30), "beyond +/-2**53", 5),
    "5000-digit integer": (fact_with_number("9" * 5000), "has more than 40 characters", 5),
    "base-60 number": (fact_with_number("1:30"), "base-60", 5),
    "number is text": (fact_with_number("many"), "must be a number, not text", 5),
    "null values": ("entities:\n  - id:\n    name: ~\n    type: person\n", "read by YAML as null", 2),
    "null record": ("facts:\n  -\n", "each fact must be a mapping of fields, not null", 2),
    "unknown field": (ENTITY + "    colour: red\n", "unknown field 'colour' in entity", 5),
    "unknown section": ("extras:\n  - 1\n", "unknown section 'extras'", 1),
    "unknown qualifier": (fact_with_number("13") + "    qualifiers: {mood: happy}\n", "unknown qualifier 'mood'", 8),
    "missing field": ("entities:\n  - id: zed\n    type: person\n", "entity is missing its 'name'", 2),
    "a list as a key": ("entities:\n  - {[1, 2]: x, id: zed, name: Zed, type: person}\n", "a mapping key must be plain text", 2),
    "a mapping as a key": ("entities:\n  - ? {a: b}\n    : x\n", "a mapping key must be plain text", 2),
    "a number as a key": ("entities:\n  - {1: x, id: zed, name: Zed, type: person}\n", "unknown field '1'", 2),
    "a merge key": ("entities:\n  - <<: {id: zed}\n    name: Zed\n    type: person\n", "unknown field '<<'", 2),
    "several documents": (ENTITY + "---\n" + ENTITY, "more than one YAML document", 5),
    "unknown entity": (fact_with_number("13").replace("alice", "nobody"), "names unknown entity 'nobody'", 3),
    "quote not in the source": (fact_with_number("13").replace("The club has", "The club had"),
                                "does not occur verbatim", 7),
}

DUPLICATES = {
    "key in a record": (ENTITY + "    name: Zed again\n", "duplicate key 'name' (first at line 3); keep one", 5),
    "section": (ENTITY + "entities: []\n", "duplicate key 'entities' (first at line 1)", 5),
    "id in one file": (ENTITY + "  - {id: zed, name: Zed Two, type: person}\n", "duplicate entity id 'zed'", 5),
}


def _cases(table: dict) -> list:
    return [pytest.param(*value, id=key) for key, value in table.items()]


@pytest.mark.parametrize("content, says, line", _cases(SYNTAX) + _cases(ENCODING))
def test_unreadable_yaml_is_refused_with_file_and_line(folder, content, says, line):
    (folder / "bad.yaml").write_bytes(content)
    assert_refused(folder, "bad.yaml", says, line)


@pytest.mark.parametrize("content, says, line", _cases(SHAPES))
def test_wrong_shapes_and_types_are_refused_with_file_and_line(folder, content, says, line):
    (folder / "bad.yaml").write_text(content, encoding="utf-8")
    assert_refused(folder, "bad.yaml", says, line)


@pytest.mark.parametrize("content, says, line", _cases(DUPLICATES))
def test_duplicates_are_reported_as_duplicates(folder, content, says, line):
    (folder / "bad.yaml").write_text(content, encoding="utf-8")
    assert_refused(folder, "bad.yaml", says, line)


def test_duplicate_ids_across_files_name_both_places(folder):
    # Files load in name order, so the duplicate is the one in more.yaml (after good.yaml).
    (folder / "more.yaml").write_text("entities:\n  - {id: alice, name: Alice Again, type: person}\n", encoding="utf-8")
    problems = assert_refused(folder, "more.yaml", "duplicate entity id 'alice' (first at", 2)
    assert problems[0]["message"].endswith("good.yaml:7)")


def test_a_huge_hostile_value_is_quoted_short_and_escaped_in_messages(folder):
    value = '"\\e[31m' + "k" * 100_000 + '"'  # YAML's \e escape: a real ESC in the value
    (folder / "bad.yaml").write_text(ENTITY.replace("type: person", f"type: {value}"), encoding="utf-8")
    problems = assert_refused(folder, "bad.yaml", "entity type '\\x1b[31mkkkk", 4)
    assert max(len(p["message"]) for p in problems) < 300


def test_the_good_file_alone_is_accepted(folder):
    """The control for every test here: without a bad file, the folder validates and answers."""
    assert run("--facts", str(folder), "validate").exit_code == 0
    answered = run("--facts", str(folder), "ask", QUESTION)
    assert answered.exit_code == 0 and answered.stdout.startswith("Alice Smith")
