"""The foundation contract: shipped facts validate, quote the article verbatim, cover
every statement sentence, list as JSON, and answer the first question."""

from __future__ import annotations

from pathlib import Path

from conftest import SECOND, TESTS, run

from factcli.load import load_store, shipped_facts
from factcli.text import normalize, sentences

SEED = TESTS.parent / "seeds" / "000_611cf8fc74704ec0.txt"


def test_validate_shipped_facts_is_clean_and_covers_every_sentence():
    result = run("validate", "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    report = result.json
    assert report["ok"] is True and report["problems"] == []
    assert report["facts"] >= 30 and report["sources"] == 1
    (coverage,) = report["coverage"]
    assert coverage["sentences"] == 15  # the article's statement sentences, headlines left out
    assert coverage["covered"] == coverage["sentences"] and coverage["uncovered"] == []


def test_validate_text_report_names_counts_and_coverage():
    result = run("validate")
    assert result.exit_code == 0
    assert "1 sources" in result.stdout and "15/15 sentences" in result.stdout


def test_every_quote_is_verbatim_at_its_offsets():
    store = load_store(shipped_facts())
    for fact in store.facts:
        text = store.sources[fact.source].text
        assert text[fact.quote.start:fact.quote.end] == fact.quote.text
        assert normalize(fact.quote.text) in normalize(text)


def test_shipped_seed_is_the_shared_article_unchanged():
    store = load_store(shipped_facts())
    (source,) = store.sources.values()
    assert Path(source.path).read_bytes() == SEED.read_bytes()
    assert source.date == "2024-12-21"


def test_headlines_and_dateline_are_not_statement_sentences():
    found = [s.text for s in sentences(SEED.read_text(encoding="utf-8"))]
    assert not any(s.startswith("India-Russia Joint Working Group Focuses") for s in found)
    assert found[0].startswith("During meetings in Moscow")


def test_facts_json_lists_every_fact_with_its_quote():
    result = run("facts", "--format", "json")
    assert result.exit_code == 0
    facts = result.json
    assert len(facts) == len(load_store(shipped_facts()).facts)
    for record in facts:
        assert {"id", "subject", "predicate", "object", "quote", "source", "qualifiers"} <= record.keys()
    led = next(f for f in facts if f["subject"] == "sergey-vershinin" and f["predicate"] == "led")
    assert led["object"] == "russian-delegation"


def test_ask_names_vershinin_from_another_folder(tmp_path):
    result = run("ask", "who led the Russian side", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Sergey Vershinin"
    assert "headed the Russian team" in result.stdout  # the verbatim sentence behind it


def test_facts_location_precedence(tmp_path):
    env = {"FACTCLI_FACTS": str(SECOND / "facts")}
    from_env = run("ask", "who cut the ribbon", "--json", env=env)
    assert from_env.json["answer"] == "Ana Costa"
    # --facts beats the environment variable
    explicit = run("--facts", str(shipped_facts()), "ask", "who cut the ribbon", "--json", env=env)
    assert explicit.json["answered"] is False


def test_a_second_article_needs_no_code_change():
    result = run("--facts", str(SECOND / "facts"), "validate", "--json")
    assert result.exit_code == 0 and result.json["facts"] == 7
    answer = run("--facts", str(SECOND / "facts"), "ask", "who designed the children's wing", "--json").json
    assert answer["answer"] == "Tomas Berg"
    assert answer["source"]["id"] == "riverside-2025"


def test_version_and_module_entry_point():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("factcli ")
