"""facts, entities and sources: every --format parses with the standard parser for that
format, filters keep exactly what they name, and a filter that matches nothing exits 1."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import yaml
from conftest import SECOND, run

from factcli.load import load_store, shipped_facts

STORE = load_store(shipped_facts())
FACT_KEYS = {"id", "subject", "predicate", "object", "quote", "source", "qualifiers"}
ANSI = re.compile(r"\x1b\[")


def markdown_rows(text: str) -> list[list[str]]:
    """A Markdown table's cells, after checking its structure: a header, a `---` row,
    and the same number of cells (split at unescaped pipes) on every line."""
    lines = text.splitlines()
    assert len(lines) >= 2
    rows = []
    for line in lines:
        assert line.startswith("| ") and line.endswith(" |"), line
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line[1:-1])]
        rows.append(cells)
    assert all(set(cell) == {"-"} for cell in rows[1])
    assert {len(r) for r in rows} == {len(rows[0])}
    return [rows[0], *rows[2:]]


def parse(fmt: str, text: str) -> list[dict]:
    """Records from any listing format, each read by its format's own parser."""
    if fmt == "json":
        return json.loads(text)
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    if fmt == "yaml":
        return yaml.safe_load(text)
    if fmt in ("csv", "tsv"):
        return list(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
    header, *rows = markdown_rows(text)
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml", "csv", "tsv", "markdown"])
def test_every_fact_format_parses_and_lists_every_fact(fmt):
    result = run("facts", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert not ANSI.search(result.stdout)
    records = parse(fmt, result.stdout)
    assert [r["id"] for r in records] == [f.id for f in STORE.facts]
    by_id = {r["id"]: r for r in records}
    led = by_id["lal-met-galuzin"]
    if fmt in ("json", "jsonl", "yaml"):
        assert led.keys() >= FACT_KEYS
        assert led["qualifiers"] == {"role": "to discuss the current situation in Ukraine", "place": "moscow"}
        assert led["object"] == "mikhail-galuzin" and led["source"] == "moscow-talks-2024"
        assert by_id["article-date"]["object"] == {"date": "2024-12-21", "text": "December 21, 2024"}
    elif fmt in ("csv", "tsv"):
        assert FACT_KEYS - {"qualifiers"} | {"date", "place", "event", "role"} <= led.keys()
        assert led["role"] == "to discuss the current situation in Ukraine" and led["place"] == "moscow"
        assert led["object"] == "mikhail-galuzin"
    else:
        assert led["object"] == "Mikhail Galuzin" and "role: to discuss" in led["qualifiers"]
    fact = next(f for f in STORE.facts if f.id == "lal-met-galuzin")
    assert led["quote"] == fact.quote.text


def test_yaml_and_json_carry_the_same_records():
    assert yaml.safe_load(run("facts", "-f", "yaml").stdout) == run("facts", "-f", "json").json


def test_the_table_lists_every_fact_id():
    result = run("facts")
    assert result.exit_code == 0 and not ANSI.search(result.stdout)
    for fact in STORE.facts:
        assert re.search(rf"\b{re.escape(fact.id)}\b", result.stdout)


@pytest.mark.parametrize("command", ["entities", "sources"])
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "yaml", "csv", "tsv", "markdown"])
def test_entities_and_sources_in_every_format(command, fmt):
    result = run("--facts", str(SECOND / "facts"), command, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert not ANSI.search(result.stdout)
    store = load_store(SECOND / "facts")
    expected = store.entities if command == "entities" else store.sources
    if fmt == "table":
        assert all(key in result.stdout for key in expected)
        return
    records = parse(fmt, result.stdout)
    assert [r["id"] for r in records] == list(expected)
    first = records[0]
    count = first.get("fact_count", first.get("facts"))
    if command == "sources":
        assert int(count) == 7 and first["date"] == "2025-03-02"
    else:  # riverside-library is the subject of two facts
        assert first["id"] == "riverside-library" and int(count) == 2


def ids(*args: str) -> list[str]:
    result = run("facts", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [r["id"] for r in result.json]


def test_entity_filter_is_fuzzy_and_takes_subject_or_object():
    # "Russian side" is an alias; the delegation is the object of Vershinin's fact and
    # the subject of the fact naming its country
    assert sorted(ids("--entity", "Russian side")) == ["russian-delegation-represents-russia",
                                                       "vershinin-led-russian-team"]
    found = ids("--entity", "vershinen")  # misspelt
    assert found and all(
        f.subject == "sergey-vershinin" or f.object == "sergey-vershinin" for f in STORE.facts if f.id in found)
    assert set(found) == {f.id for f in STORE.facts if "sergey-vershinin" in (f.subject, f.object)}


def test_predicate_filter_takes_an_id_or_a_synonym():
    led = ids("--predicate", "led")
    assert led == [f.id for f in STORE.facts if f.predicate == "led"] and len(led) == 3
    assert ids("--predicate", "headed") == led


def test_source_filter_takes_an_id_or_title_words():
    everything = [f.id for f in STORE.facts]
    assert ids("--source", "moscow-talks-2024") == everything
    assert ids("--source", "UNSC seat") == everything


def test_search_looks_at_every_field_and_forgives_a_typo():
    found = ids("--search", "permanant membership")
    assert "russia-firm-support" in found and "support-for-permanent-membership" in found
    assert all("permanent" in f.quote.text.lower() for f in STORE.facts if f.id in found)
    assert ids("--search", "galuzin role") == ["lal-met-galuzin"]  # a qualifier's text


def test_filters_combine():
    assert ids("--entity", "Lal", "--predicate", "met") == ["lal-met-galuzin"]


@pytest.mark.parametrize("args", [["--entity", "Xi Jinping"], ["--predicate", "invaded"],
                                  ["--source", "the guardian"], ["--search", "xylophone"],
                                  ["--entity", "Vershinin", "--predicate", "met"]])
def test_a_filter_that_matches_nothing_exits_1(args):
    result = run("facts", *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("factcli: no ") and len(result.stderr.splitlines()) == 1


def test_nothing_found_still_prints_a_document_that_parses():
    as_json = run("facts", "--search", "xylophone", "--format", "json")
    assert as_json.exit_code == 1 and as_json.json == []
    assert json.loads(as_json.stderr)["error"]["message"] == "no facts match --search 'xylophone'"
    as_csv = run("facts", "--search", "xylophone", "--format", "csv")
    assert as_csv.exit_code == 1 and list(csv.reader(io.StringIO(as_csv.stdout))) == [as_csv.stdout.strip().split(",")]
    assert "quote" in as_csv.stdout


def test_text_from_the_data_is_never_markup_nor_a_terminal_command(tmp_path, write):
    write("article.txt", 'The [bold]Red | Blue[/] "Club", said A\x1b[31m.\n')
    write("facts.yaml", """\
sources:
  - {id: s1, title: "A [bold]title[/]", date: "2024-01-02", path: article.txt}
predicates:
  - {id: said, label: said}
entities:
  - {id: club, name: "The [bold]Red | Blue[/] \\"Club\\"", type: organization, description: "Bell\\a here"}
  - {id: a, name: "A\\e[31m", type: person}
facts:
  - {id: club-said, subject: club, predicate: said, object: a, source: s1,
     quote: "The [bold]Red | Blue[/] \\"Club\\", said A\\e[31m."}
""")
    for fmt in ("table", "markdown", "csv", "tsv", "json", "yaml"):
        result = run("--facts", str(tmp_path), "facts", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        if fmt in ("table", "csv", "tsv"):
            assert 'The [bold]Red | Blue[/] "Club"' in result.stdout.replace('""', '"')
            assert "A\\x1b[31m" in result.stdout  # shown escaped
    coloured = run("--facts", str(tmp_path), "facts", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in coloured and "\x1b[31m" not in coloured  # our styles only, never the data's
    header, row = markdown_rows(run("--facts", str(tmp_path), "facts", "-f", "markdown").stdout)
    assert dict(zip(header, row, strict=True))["subject"] == 'The [bold]Red | Blue[/] "Club"'
    assert json.loads(run("--facts", str(tmp_path), "facts", "-f", "json").stdout)[0]["object"] == "a"
    entities = run("--facts", str(tmp_path), "entities", "-f", "json").json
    assert entities[0]["description"] == "Bell\a here"  # exact in JSON, escaped by json itself


@pytest.mark.parametrize("command", ["facts", "entities", "sources"])
def test_json_flag_is_format_json(command):
    assert run(command, "--json").json == run(command, "--format", "json").json


def test_a_quote_that_is_a_quotation_is_shown_in_one_pair_of_marks():
    # the MEA's words are a quotation in the article: the fact's quote holds their marks
    said = run("ask", "What did the two sides agree to enhance cooperation on?")
    line = next(row for row in said.stdout.splitlines() if row.startswith("quote"))
    assert "\u201c\u201c" not in line and line.count("\u201c") == 1 and line.count("\u201d") == 1
    plain = run("ask", "who led the Russian side")
    assert "\u201cSergey Vershinin, Deputy Minister" in plain.stdout
