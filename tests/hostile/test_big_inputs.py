"""Inputs built to exhaust time, memory or the stack: alias bombs, 100,000 levels of
nesting, a 5 MB file of 60,000 broken records, a file over the size cap. Each ends in a
clear refusal (run() would time out otherwise); none is allowed to expand or recurse."""

from __future__ import annotations

import pytest
from conftest import run

from .conftest import QUESTION, assert_refused, clean

LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True))


def test_billion_laughs_is_refused_and_its_aliases_counted_not_listed(folder):
    (folder / "bad.yaml").write_text(LAUGHS, encoding="utf-8")
    problems = assert_refused(folder, "bad.yaml", "anchors and aliases are not supported (&a)", 1)
    alias_lines = [p for p in problems if "are not supported" in p["message"]]
    assert len(alias_lines) == 20  # 9 anchors and 72 aliases: the first 20 listed...
    assert any(p["message"] == "... and 61 more anchors and aliases" for p in problems)  # ...the rest counted


def test_an_anchor_used_100000_times_is_refused(folder):
    (folder / "bad.yaml").write_text("facts: &x [1]\nentities: [" + "*x, " * 100_000 + "]\n", encoding="utf-8")
    assert_refused(folder, "bad.yaml", "anchors and aliases are not supported (*x)", 2)


def test_a_merge_key_through_an_alias_is_refused(folder):
    body = "entities:\n  - &base {id: zed, name: Zed, type: person}\n  - <<: *base\n    id: zed2\n"
    (folder / "bad.yaml").write_text(body, encoding="utf-8")
    assert_refused(folder, "bad.yaml", "anchors and aliases are not supported (*base)", 3)


DEEP = {
    "flow lists, unclosed": "[" * 100_000,
    "flow lists, closed": "[" * 100_000 + "]" * 100_000,
    "flow mappings": "{a: " * 100_000 + "}" * 100_000,
    "block lists on one line": "- " * 100_000 + "x\n",
    "under a section": "facts:\n  - " + "[" * 100_000 + "]" * 100_000 + "\n",
    "mixed": "{a: [" * 50_000 + "]}" * 50_000,
}


@pytest.mark.parametrize("body", list(DEEP.values()), ids=list(DEEP))
def test_nesting_100000_levels_deep_is_refused_without_recursion(folder, body):
    (folder / "bad.yaml").write_text(body, encoding="utf-8")
    problems = assert_refused(folder, "bad.yaml", "nested deeper than 64 levels")
    assert not any("Recursion" in p["message"] for p in problems)


def test_block_mappings_nested_by_indentation_are_refused(folder):
    body = "".join(" " * depth + f"k{depth}:\n" for depth in range(1200)) + " " * 1200 + "x\n"
    (folder / "bad.yaml").write_text(body, encoding="utf-8")
    assert_refused(folder, "bad.yaml", "nested deeper than 64 levels", 65)


def test_nesting_within_the_limit_is_only_a_shape_problem(folder):
    (folder / "bad.yaml").write_text("facts:\n  - " + "[" * 60 + "]" * 60 + "\n", encoding="utf-8")
    assert_refused(folder, "bad.yaml", "each fact must be a mapping of fields, not a list", 2)


RECORD = "  - id: f{i}\n    subject: [x]\n    predicate: 42\n    object: o\n    source: s\n    quote: q\n"
PER_RECORD = 2  # subject is a list; predicate is a number


def test_5mb_of_60000_broken_records_lists_the_first_problems_and_counts_the_rest(folder):
    body = "facts:\n" + "".join(RECORD.format(i=i) for i in range(60_000))
    assert len(body) > 5_000_000
    (folder / "big.yaml").write_text(body, encoding="utf-8")
    total = 60_000 * PER_RECORD

    checked = run("--facts", str(folder), "validate", "--json")
    clean(checked)
    report = checked.json
    assert checked.exit_code == 1 and not report["ok"]
    assert report["problem_count"] == total
    assert len(report["problems"]) == 1000  # the first thousand, in order
    first = report["problems"][0]
    assert (first["line"], first["message"]) == (3, "fact subject must be text, not a list")
    assert report["problems"][-1]["line"] == 6 * 499 + 4

    asked = run("--facts", str(folder), "ask", QUESTION)
    clean(asked)
    lines = asked.stderr.splitlines()
    assert asked.exit_code == 2 and asked.stdout == ""
    assert lines[0].endswith("big.yaml:3: fact subject must be text, not a list")
    assert lines[50] == f"... and {total - 50} more problems"
    assert lines[51] == f"factcli: the facts have {total} problems; run 'factcli validate' for the report"
    assert len(lines) == 52


def test_human_validate_output_counts_what_it_does_not_list(folder):
    (folder / "big.yaml").write_text("facts:\n" + "".join(RECORD.format(i=i) for i in range(2000)), encoding="utf-8")
    checked = run("--facts", str(folder), "validate")
    clean(checked)
    assert checked.exit_code == 1
    assert f"... and {2000 * PER_RECORD - 50} more problems" in checked.stdout
    assert checked.stdout.rstrip().endswith(f"{2000 * PER_RECORD} problems")


def test_a_fact_file_over_8_mib_is_refused_unread(folder):
    (folder / "huge.yaml").write_text("# padding\n" * 900_000, encoding="utf-8")
    assert_refused(folder, "huge.yaml", "larger than 8 MiB; split it into smaller files")


def test_a_source_text_over_8_mib_is_refused(folder):
    (folder / "article.txt").write_text("Alice Smith chairs the club. " * 300_000, encoding="utf-8")
    assert_refused(folder, "good.yaml", "source text 'article.txt': larger than 8 MiB", 5)


def test_a_5mb_line_is_read(folder):
    name = "Z" * 5_000_000
    (folder / "more.yaml").write_text(f"entities:\n  - id: zed\n    name: {name}\n    type: person\n", encoding="utf-8")
    checked = run("--facts", str(folder), "validate", "--json")
    clean(checked)
    assert checked.exit_code == 0 and checked.json["entities"] == 3
