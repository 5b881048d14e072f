"""Fact locations and source paths that are not what they claim: missing, empty, a
folder, a pipe, a device, a link that loops or leads nowhere, too long a name, a NUL
byte. Nothing may hang, and each is named in the message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run

from .conftest import GOOD, QUESTION, assert_refused, clean, json_error


def assert_unreadable(location: str, says: str) -> None:
    """Every command, validate included, exits 2 with one line naming the location."""
    for args in (["validate"], ["ask", QUESTION], ["facts"], ["about", "Alice"]):
        result = run("--facts", location, *args)
        clean(result)
        assert result.exit_code == 2, (args, result.stdout, result.stderr)
        assert result.stdout == ""
        assert result.stderr.startswith(f"factcli: {location[:150]}") and says in result.stderr, result.stderr
    error = json_error(run("--facts", location, "validate", "--json"))
    assert says in error["message"]


def test_a_path_that_does_not_exist(tmp_path):
    assert_unreadable(str(tmp_path / "nope"), "no such file or folder; pass --facts PATH or set FACTCLI_FACTS")


def test_a_missing_path_from_the_environment(tmp_path):
    result = run("ask", QUESTION, env={"FACTCLI_FACTS": str(tmp_path / "gone")})
    assert result.exit_code == 2 and f"{tmp_path / 'gone'}: no such file or folder" in result.stderr


def test_an_empty_folder(tmp_path):
    assert_unreadable(str(tmp_path), "no fact files (*.yaml) in this folder")


def test_a_folder_without_fact_files(tmp_path):
    (tmp_path / "notes.txt").write_text("facts: []\n", encoding="utf-8")
    (tmp_path / "facts.json").write_text("{}", encoding="utf-8")
    assert_unreadable(str(tmp_path), "no fact files (*.yaml) in this folder")


def test_a_folder_holding_only_a_folder_named_like_a_fact_file(tmp_path):
    (tmp_path / "facts.yaml").mkdir()
    assert_unreadable(str(tmp_path), "no fact files (*.yaml) in this folder")


def test_a_folder_named_like_a_fact_file_is_searched_like_any_folder(folder):
    inner = folder / "more.yaml"
    inner.mkdir()
    (inner / "zed.yaml").write_text("entities:\n  - {id: zed, name: Zed, type: person}\n", encoding="utf-8")
    checked = run("--facts", str(folder), "validate", "--json")
    assert checked.exit_code == 0 and checked.json["files"] == 2 and checked.json["entities"] == 3


def test_a_fact_location_that_is_a_device():
    assert_unreadable(os.devnull, "not a file or folder")


def test_a_fact_location_that_is_a_pipe(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    assert_unreadable(str(tmp_path / "pipe.yaml"), "not a file or folder")


def test_a_fact_location_that_is_a_symlink_loop(tmp_path):
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    assert_unreadable(str(tmp_path / "loop.yaml"), "a symbolic link to nothing (or a loop)")


def test_a_fact_location_with_too_long_a_name(tmp_path):
    assert_unreadable(str(tmp_path / ("x" * 5000)), "the file name is too long")


def test_a_pipe_named_like_a_fact_file_is_reported_not_waited_on(folder):
    os.mkfifo(folder / "pipe.yaml")
    assert_refused(folder, "pipe.yaml", "is not a regular file (a pipe, device or socket)")


def test_a_fact_file_that_is_a_symlink_loop_is_reported(folder):
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    assert_refused(folder, "loop.yaml", "cannot read: a symbolic link that loops")


def test_a_fact_file_that_links_to_nothing_is_reported(folder):
    (folder / "gone.yaml").symlink_to(folder / "missing-target.yaml")
    assert_refused(folder, "gone.yaml", "cannot read: no such file or directory")


def test_hidden_files_and_folders_are_skipped(folder):
    """Editors leave hidden lock files (.#good.yaml, a link to nowhere) while a file is open."""
    (folder / ".#good.yaml").symlink_to("user@host.1234")
    (folder / ".git").mkdir()
    (folder / ".git" / "broken.yaml").write_text("[", encoding="utf-8")
    assert run("--facts", str(folder), "validate").exit_code == 0


def test_folders_nested_1200_deep_are_searched_without_recursion(folder):
    # Built and removed with loops: Path.mkdir(parents=True) and shutil.rmtree recurse too.
    levels = [folder.joinpath(*["d"] * depth) for depth in range(1, 1201)]
    for level in levels:
        level.mkdir()
    try:
        (levels[-1] / "deep.yaml").write_text("facts: 42\n", encoding="utf-8")
        assert_refused(folder, "deep.yaml", "'facts' must be a list", 1)
    finally:
        (levels[-1] / "deep.yaml").unlink(missing_ok=True)
        for level in reversed(levels):
            level.rmdir()


def test_links_to_folders_are_not_followed(folder):
    (folder / "up").symlink_to(folder.parent)
    (folder / "self").symlink_to(folder)
    checked = run("--facts", str(folder), "validate", "--json")
    assert checked.exit_code == 0 and checked.json["files"] == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_fact_file_without_read_permission(folder):
    locked = folder / "locked.yaml"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    assert_refused(folder, "locked.yaml", "cannot read: permission denied")


# -- the source text a fact file points at ----------------------------------------------

def _point_source_at(folder: Path, path: str) -> None:
    (folder / "good.yaml").write_text(GOOD.replace("path: article.txt", f"path: {path}"), encoding="utf-8")


def test_a_source_text_that_does_not_exist(folder):
    _point_source_at(folder, "missing.txt")
    assert_refused(folder, "good.yaml", "source text 'missing.txt': cannot read: no such file or directory", 5)


def test_a_source_text_that_is_a_folder(folder):
    _point_source_at(folder, "..")
    assert_refused(folder, "good.yaml", "source text '..': is a folder, not a file", 5)


def test_a_source_text_that_is_a_pipe(folder):
    os.mkfifo(folder / "pipe.txt")
    _point_source_at(folder, "pipe.txt")
    assert_refused(folder, "good.yaml", "source text 'pipe.txt': is not a regular file", 5)


def test_a_source_text_that_is_a_device(folder):
    _point_source_at(folder, "/dev/zero")
    assert_refused(folder, "good.yaml", "source text '/dev/zero': is not a regular file", 5)


def test_a_source_text_that_is_a_symlink_loop(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    _point_source_at(folder, "loop.txt")
    assert_refused(folder, "good.yaml", "source text 'loop.txt': cannot read: a symbolic link that loops", 5)


def test_a_source_path_with_a_nul_byte(folder):
    _point_source_at(folder, '"article\\0.txt"')
    assert_refused(folder, "good.yaml", "the path contains a NUL character", 5)


def test_a_source_path_with_too_long_a_name(folder):
    _point_source_at(folder, "x" * 5000)
    assert_refused(folder, "good.yaml", "cannot read: the file name is too long", 5)


def test_a_source_text_that_is_not_utf8(folder):
    (folder / "article.txt").write_bytes("Alice Smith chairs the caf\xe9.\n".encode("latin-1"))
    assert_refused(folder, "good.yaml", "source text 'article.txt': not UTF-8 text (byte 0xe9)", 5)


# -- the gold file eval reads -------------------------------------------------------

@pytest.mark.parametrize("make, says", [
    (lambda p: os.mkfifo(p), "is not a regular file (a pipe, device or socket)"),
    (lambda p: p.mkdir(), "is a folder, not a file"),
    (lambda p: p.symlink_to(p), "cannot read: a symbolic link that loops"),
    (lambda p: None, "cannot read: no such file or directory"),
    (lambda p: p.write_bytes(b"questions: \xff\n"), "not UTF-8"),
    (lambda p: p.write_text('questions: !!python/object/apply:builtins.open ["ran", "w"]\n'), "unknown tag"),
    (lambda p: p.write_text("[" * 100_000), "nested deeper than 64 levels"),
    (lambda p: p.write_text("questions: 42\n"), "expected a mapping with a 'questions' list"),
], ids=["pipe", "folder", "symlink loop", "missing", "not UTF-8", "code tag", "deep", "wrong shape"])
def test_a_bad_gold_file_is_a_usage_error_naming_it(folder, tmp_path, make, says):
    gold = tmp_path / "gold.yaml"
    make(gold)
    result = run("--facts", str(folder), "eval", str(gold), cwd=tmp_path)
    clean(result)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"factcli: {gold}") and says in result.stderr, result.stderr
    assert not (tmp_path / "ran").exists()


def test_control_characters_and_line_breaks_in_a_file_name_stay_escaped_on_one_line(folder):
    name = "evil\x1b]0;owned\x07\nname.yaml"
    (folder / name).write_text("facts: 42\n", encoding="utf-8")
    for args in (["validate"], ["ask", QUESTION]):
        result = run("--facts", str(folder), *args)
        clean(result)
        shown = result.stdout + result.stderr
        assert "\x1b" not in shown and "\x07" not in shown
        assert any(line.endswith("evil\\x1b]0;owned\\x07\\nname.yaml:1: 'facts' must be a list of fact records, "
                                 "not a number ('42')") for line in shown.splitlines()), shown
