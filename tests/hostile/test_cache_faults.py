"""The on-disk cache: used on the next run, never the truth (issues 5 and 6). Edits
that keep size and modification time, damaged or foreign cache files, an unwritable
cache folder and concurrent runs all still give the right answer."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SECOND, run

from factcli import cache, storecache
from factcli.index import Index
from factcli.load import load, shipped_facts
from factcli.prepare import prepare

QUESTION = "who designed the children's wing"
FROM_FILES = "store read from the files, index built"
FROM_CACHE = "store from the cache, index from the cache"


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    """A private copy of the second fixture article: facts/ and seeds/."""
    shutil.copytree(SECOND, tmp_path / "store")
    return tmp_path / "store" / "facts"


@pytest.fixture
def cache_home(tmp_path: Path) -> Path:
    return tmp_path / "xdg"


def ask(facts: Path, cache_home: Path, question: str = QUESTION, **env: str):
    return run("--facts", str(facts), "--debug", "ask", "--json", question,
               env={"XDG_CACHE_HOME": str(cache_home), **env})


def cache_files(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "factcli").glob("*.sqlite"))


def edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """What rsync -t or cp -p can leave behind: new bytes, same size, same mtime."""
    assert len(old.encode()) == len(new.encode())
    before = path.stat()
    path.write_bytes(path.read_bytes().replace(old.encode(), new.encode()))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_second_run_reads_the_cache_and_answers_the_same(facts, cache_home):
    first = ask(facts, cache_home)
    assert first.exit_code == 0 and first.json["answer"] == "Tomas Berg"
    assert FROM_FILES in first.stderr
    second = ask(facts, cache_home)
    assert second.exit_code == 0 and FROM_CACHE in second.stderr
    assert second.stdout == first.stdout

    info = run("--facts", str(facts), "cache", "info", "--json", env={"XDG_CACHE_HOME": str(cache_home)})
    assert info.exit_code == 0
    report = info.json
    assert report["enabled"] is True and report["directory"] == str(cache_home / "factcli")
    (entry,) = report["entries"]
    assert entry["location"] == str(facts.resolve()) and entry["current"] is True and entry["exists"] is True
    assert entry["facts"] == 7 and entry["bytes"] > 0
    assert [p["part"] for p in entry["parts"]] == ["database"]


def test_cache_info_text_names_the_folder_and_the_location(facts, cache_home):
    ask(facts, cache_home)
    out = run("--facts", str(facts), "cache", "info", env={"XDG_CACHE_HOME": str(cache_home)}).stdout
    assert f"cache folder {cache_home / 'factcli'} (on)" in out
    assert f"* {facts.resolve()}: 7 facts" in out


def test_fact_edit_keeping_size_and_mtime_is_answered_from_the_new_facts(facts, cache_home):
    assert ask(facts, cache_home).json["answer"] == "Tomas Berg"
    edit_keeping_size_and_mtime(facts.parent / "seeds" / "riverside-library.txt", "Berg", "Borg")
    edit_keeping_size_and_mtime(facts / "riverside-library.yaml", "Berg", "Borg")
    result = ask(facts, cache_home)
    assert result.exit_code == 0 and result.json["answer"] == "Tomas Borg"
    assert FROM_FILES in result.stderr
    assert FROM_CACHE in ask(facts, cache_home).stderr  # and the new facts are cached in turn


def test_source_text_edit_keeping_size_and_mtime_is_validated_again(facts, cache_home):
    assert ask(facts, cache_home).exit_code == 0
    edit_keeping_size_and_mtime(facts.parent / "seeds" / "riverside-library.txt", "Tomas Berg", "Tomas Borg")
    result = ask(facts, cache_home)
    assert result.exit_code == 2  # the quote no longer occurs in its source: no answer
    assert "does not occur verbatim" in result.stderr
    report = run("--facts", str(facts), "validate", "--json", env={"XDG_CACHE_HOME": str(cache_home)})
    assert report.exit_code == 1 and not report.json["ok"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_source_text_replaced_by_a_pipe_is_reported_not_waited_on(facts, cache_home):
    assert ask(facts, cache_home).exit_code == 0
    text = facts.parent / "seeds" / "riverside-library.txt"
    text.unlink()
    os.mkfifo(text)
    result = ask(facts, cache_home)  # checking the cache must not block on the pipe (run() times out)
    assert result.exit_code == 2 and "not a regular file" in result.stderr and "internal error" not in result.stderr


def test_a_new_fact_file_is_seen(facts, cache_home):
    ask(facts, cache_home)
    (facts / "extra.yaml").write_text(
        "entities:\n  - id: tomas-berg\n    name: Tomas Berg\n    type: person\n", encoding="utf-8")
    result = ask(facts, cache_home)
    assert result.exit_code == 2 and "duplicate entity id 'tomas-berg'" in result.stderr


def _rewrite_head(path: Path, change) -> None:
    """Write the head row again, changed, with a valid checksum: a well-formed entry
    that some other version or program wrote."""
    db = sqlite3.connect(path)
    (body,) = db.execute("SELECT body FROM head WHERE n = 0").fetchone()
    head = json.loads(body[4:])[1]
    change(head)
    db.execute("UPDATE head SET body = ? WHERE n = 0", (cache.pack(0, head),))
    db.commit()
    db.close()


def _other_program(path: Path) -> None:
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE head (n INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO head VALUES (0, 'not ours')")
    db.commit()
    db.close()


DAMAGE = {
    "truncated": lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
    "first page only": lambda path: path.write_bytes(path.read_bytes()[:4096]),
    "longer": lambda path: path.write_bytes(path.read_bytes() + b"\0" * 4096),
    "empty": lambda path: path.write_bytes(b""),
    "binary": lambda path: path.write_bytes(bytes(range(256)) * 64),
    "the JSON cache of older versions": lambda path: path.write_bytes(b'{"format": "factcli-cache"}\n[]'),
    "foreign version": lambda path: _rewrite_head(path, lambda head: head.update(version=99)),
    "other code": lambda path: _rewrite_head(path, lambda head: head.update(code="0" * 32)),
    "another location": lambda path: _rewrite_head(path, lambda head: head.update(location="/elsewhere")),
    "another program's database": _other_program,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_or_foreign_cache_files_are_ignored_and_rebuilt(facts, cache_home, damage):
    expected = ask(facts, cache_home).stdout
    (path,) = cache_files(cache_home)
    DAMAGE[damage](path)
    result = ask(facts, cache_home)
    assert result.exit_code == 0 and result.stdout == expected
    assert FROM_FILES in result.stderr and "internal error" not in result.stderr
    assert FROM_CACHE in ask(facts, cache_home).stderr  # rewritten whole


def test_a_flipped_byte_anywhere_never_changes_an_answer(facts, cache_home):
    """SQLite does not checksum its pages; factcli checksums every row, so a flipped
    byte is found on opening or when its row is read (then the answer comes from the
    files), or it lies where nothing is read: the answer is the same in every case."""
    expected = ask(facts, cache_home).stdout
    listing = run("--facts", str(facts), "facts", "--format", "json", env={"XDG_CACHE_HOME": str(cache_home)}).stdout
    (path,) = cache_files(cache_home)
    pristine = path.read_bytes()
    for at in range(50, len(pristine), len(pristine) // 23):
        path.write_bytes(pristine[:at] + bytes([pristine[at] ^ 0x20]) + pristine[at + 1 :])
        result = ask(facts, cache_home)
        assert (result.exit_code, result.stdout) == (0, expected), (at, result.stderr)
        assert "internal error" not in result.stderr
        path.write_bytes(pristine[:at] + bytes([pristine[at] ^ 0x01]) + pristine[at + 1 :])
        listed = run("--facts", str(facts), "facts", "--format", "json", env={"XDG_CACHE_HOME": str(cache_home)})
        assert (listed.exit_code, listed.stdout) == (0, listing), (at, listed.stderr)


def test_damage_found_while_answering_answers_from_the_files_and_rewrites_the_entry(facts, cache_home):
    expected = ask(facts, cache_home).stdout
    (path,) = cache_files(cache_home)
    db = sqlite3.connect(path)
    for n, body in db.execute("SELECT n, body FROM facts").fetchall():  # the head and its key still check out
        db.execute("UPDATE facts SET body = ? WHERE n = ?", (body.replace(b"Berg", b"Borg"), n))
    db.commit()
    db.close()
    result = ask(facts, cache_home)
    assert FROM_CACHE in result.stderr  # the entry looked whole when it was opened ...
    assert result.exit_code == 0 and result.stdout == expected  # ... yet its rows were not believed
    assert b"Borg" not in cache_files(cache_home)[0].read_bytes()  # and it was written again
    again = ask(facts, cache_home)
    assert FROM_CACHE in again.stderr and again.stdout == expected


def _without_root_powers() -> list[str] | None:
    """A command prefix under which file permissions apply: none needed for a normal
    user; for root, setpriv dropping the capabilities that override them."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = "-dac_override,-dac_read_search"
    return [setpriv, "--bounding-set", drop, "--inh-caps", drop]


def test_an_unwritable_cache_folder_means_no_cache_not_an_error(facts, cache_home):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    folder = cache_home / "factcli"
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("FACTCLI_NO_CACHE", None)
    try:
        for _ in range(2):
            done = subprocess.run([*prefix, sys.executable, "-m", "factcli", "--facts", str(facts), "--debug",
                                   "ask", "--json", QUESTION], capture_output=True, env=env, timeout=60)
            stderr = done.stderr.decode()
            assert done.returncode == 0 and json.loads(done.stdout)["answer"] == "Tomas Berg", stderr
            assert FROM_FILES in stderr and "rror" not in stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_cache_home_that_is_a_file_means_no_cache(facts, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = ask(facts, blocker)
    assert result.exit_code == 0 and result.json["answer"] == "Tomas Berg"


def test_concurrent_runs_all_answer_right(facts, cache_home):
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("FACTCLI_NO_CACHE", None)
    questions = [QUESTION, "who cut the ribbon", "how much did the renovation cost"] * 3
    for _ in range(2):  # first all cold and writing at once, then reading while others may write
        procs = [subprocess.Popen([sys.executable, "-m", "factcli", "--facts", str(facts), "ask", "--json", q],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for q in questions]
        results = [(p.communicate(timeout=120), p.returncode) for p in procs]
        for ((out, err), code), question in zip(results, questions, strict=True):
            assert code == 0, err.decode()
            answer = json.loads(out)["answer"]
            assert answer == {QUESTION: "Tomas Berg", "who cut the ribbon": "Ana Costa"}.get(question, "4.2 million euros")
    assert FROM_CACHE in ask(facts, cache_home).stderr


def test_no_cache_variable_turns_the_cache_off(facts, cache_home):
    for _ in range(2):
        result = ask(facts, cache_home, FACTCLI_NO_CACHE="1")
        assert result.exit_code == 0 and FROM_FILES in result.stderr
    assert cache_files(cache_home) == []
    info = run("cache", "info", "--json", env={"XDG_CACHE_HOME": str(cache_home), "FACTCLI_NO_CACHE": "1"})
    assert info.json["enabled"] is False and info.json["entries"] == []


def test_cache_clear_removes_every_entry(facts, cache_home):
    ask(facts, cache_home)
    env = {"XDG_CACHE_HOME": str(cache_home)}
    cleared = run("cache", "clear", env=env)
    assert cleared.exit_code == 0 and cleared.stdout.startswith("removed 1 cache file from ")
    assert cache_files(cache_home) == []
    assert run("cache", "info", "--json", env=env).json["entries"] == []
    assert FROM_FILES in ask(facts, cache_home).stderr
    run("cache", "clear", env=env)
    assert run("cache", "clear", env=env).stdout.startswith("removed 0 cache files")


def test_facts_with_problems_are_not_cached(facts, cache_home):
    (facts / "bad.yaml").write_text("entities:\n  - id: x\n    type: person\n", encoding="utf-8")
    assert ask(facts, cache_home).exit_code == 2
    assert cache_files(cache_home) == []


def test_quick_loads_print_no_progress_when_stderr_is_not_a_terminal(facts, cache_home):
    result = run("--facts", str(facts), "ask", QUESTION, env={"XDG_CACHE_HOME": str(cache_home)})
    assert result.exit_code == 0 and result.stderr == ""


# -- the core, directly ---------------------------------------------------------------

@pytest.mark.parametrize("location", [shipped_facts(), SECOND / "facts"], ids=["shipped", "second"])
def test_the_cached_index_holds_what_the_built_one_does(location, tmp_path, monkeypatch):
    """Every record and every index entry read from the database equals the built one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert storecache.supported(), "a model class changed: update storecache._LAYOUT and its codec"
    fresh = load(location)
    built = prepare(location)
    cached = prepare(location)
    assert (built.store_cached, built.index_cached, cached.store_cached, cached.index_cached) == (
        False, False, True, True)
    store, index = cached.index.store, cached.index
    original = Index.build(fresh.store)
    assert list(store.facts) == list(fresh.store.facts) and tuple(store.files) == fresh.store.files
    assert store.predicates == fresh.store.predicates
    for table in ("entities", "sources"):
        mine, theirs = getattr(store, table), getattr(fresh.store, table)
        assert list(mine) == list(theirs) and [mine[k] for k in mine] == list(theirs.values())
        assert "no-such-id" not in mine and mine.get("no-such-id") is None
    for restored, source in zip(store.sources.values(), fresh.store.sources.values(), strict=True):
        assert (restored.text, restored.path) == (source.text, source.path)
    for i, fact in enumerate(fresh.store.facts):
        for name in ("fact_stems", "quote_stems", "quote_phrases", "sentence_stems", "fact_context", "literal_stems"):
            assert getattr(index, name)[i] == getattr(original, name)[i], (name, i)
        assert index.sentence_text[fact.id] == original.sentence_text[fact.id]
    for name in ("facts_by_entity", "facts_by_context", "facts_by_predicate", "facts_by_stem"):
        theirs = getattr(original, name)
        assert {k: list(getattr(index, name).get(k)) for k in theirs} == {k: list(v) for k, v in theirs.items()}, name
        assert getattr(index, name).get("no-such-key") is None and getattr(index, name)["no-such-key"] == []
    assert sorted(index.vocabulary) == sorted(original.vocabulary)
    assert all(w in index.vocabulary for w in original.vocabulary) and "zzzqqq" not in index.vocabulary
    assert index.forms == original.forms and index.canon == original.canon and index.phrases == original.phrases
    assert {k: index.forms_by_stem.get(k) for k in original.forms_by_stem} == dict(original.forms_by_stem)
    assert sorted(index.forms_by_stem) == sorted(original.forms_by_stem) and "zzzqqq" not in index.forms_by_stem
    with pytest.raises(IndexError):
        index.fact_stems[len(store.facts)]
    with pytest.raises(IndexError):
        store.facts[len(store.facts)]
    with pytest.raises(KeyError):
        index.sentence_text["no-such-fact"]
    assert not index.recovered  # asking for what is not there is no damage


def test_load_reports_progress_to_the_hook():
    seen: list[tuple[str, int, int]] = []
    load(shipped_facts(), progress=lambda what, done, total: seen.append((what, done, total)))
    phases = [s[0] for s in seen]
    assert phases[0] == "reading facts" and phases[-1] == "checking quotes"
    assert seen[-1][1] == seen[-1][2] > 0
    reading = [s for s in seen if s[0] == "reading facts"]
    assert reading[-1][1] == reading[-1][2] > 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_on_a_terminal_only_after_a_while():
    from factcli.render.progress import DELAY, load_progress

    quick = _Terminal()
    with load_progress(quick, color=False) as hook:
        hook("reading facts", 1, 2)
    assert quick.getvalue() == ""

    slow = _Terminal()
    with load_progress(slow, color=False) as hook:
        hook("reading facts", 1, 2)
        time.sleep(DELAY + 0.5)
        hook("building the index", 0, 0)
        time.sleep(0.3)
    assert "reading facts" in slow.getvalue() or "building the index" in slow.getvalue()

    with load_progress(io.StringIO()) as hook:
        assert hook is None
