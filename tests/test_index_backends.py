"""The index read in place from the cache database answers exactly as the index built
in memory: every gold question, through the command line, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import SECOND, TESTS, run

from factcli.load import shipped_facts

GOLD = [
    (shipped_facts(), [TESTS / "questions.yaml", TESTS / "dev2.yaml"]),
    (SECOND / "facts", [SECOND / "questions.yaml"]),
]


def _questions(files: list[Path]) -> list[str]:
    found = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [q["question"] for q in data["questions"]]
    return found


@pytest.mark.parametrize(("location", "files"), GOLD, ids=["shipped", "second"])
def test_cached_and_built_indexes_give_the_same_answers(location, files, tmp_path):
    questions = _questions(files)
    batch = "\n".join(questions) + "\n"
    # one hash seed for all three runs: the answers must not depend on anything but the index
    env = {"XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": "0"}
    built = run("--facts", str(location), "ask", "-", "--json", input=batch, env={**env, "FACTCLI_NO_CACHE": "1"})
    writing = run("--facts", str(location), "--debug", "ask", "-", "--json", input=batch, env=env)
    cached = run("--facts", str(location), "--debug", "ask", "-", "--json", input=batch, env=env)
    assert "store read from the files, index built" in writing.stderr
    assert "store from the cache, index from the cache" in cached.stderr
    assert built.exit_code == writing.exit_code == cached.exit_code == 0
    records = built.jsonl
    assert [r["question"] for r in records] == questions
    assert sum(r["answered"] for r in records) > len(questions) // 2  # real answers, not a run of refusals
    assert writing.jsonl == records
    assert cached.jsonl == records
