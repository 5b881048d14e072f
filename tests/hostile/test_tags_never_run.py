"""YAML tags that would run code (`!!python/object/apply:...`) and every other tag we do not
know are refused with file:line, and nothing they name is ever called.

Each payload opens a marker file for writing. The control test shows the payloads are
live: PyYAML's unsafe loader does create the marker. factcli must not.
"""

from __future__ import annotations

import contextlib

import pytest
import yaml
from conftest import run

from .conftest import assert_refused

# {m} is the marker file's path. Each payload, if constructed, calls open(m, "w").
PAYLOADS = {
    "apply as a value": 'entities: !!python/object/apply:builtins.open ["{m}", "w"]\n',
    "apply at the top level": '!!python/object/apply:builtins.open ["{m}", "w"]\n',
    "apply as a field": 'entities:\n  - id: !!python/object/apply:builtins.open ["{m}", "w"]\n',
    "apply as a key": 'entities:\n  - ? !!python/object/apply:builtins.open ["{m}", "w"]\n    : x\n',
    "new with kwargs": 'facts: !!python/object/new:builtins.open {{args: ["{m}", "w"]}}\n',
    "verbatim tag": 'facts: !<tag:yaml.org,2002:python/object/apply:builtins.open> ["{m}", "w"]\n',
    "%TAG shorthand": '%TAG !py! tag:yaml.org,2002:python/object/apply:\n---\nfacts: !py!builtins.open ["{m}", "w"]\n',
}
LINES = {"apply as a value": 1, "apply at the top level": 1, "apply as a field": 2, "apply as a key": 2,
         "new with kwargs": 1, "verbatim tag": 1, "%TAG shorthand": 3}


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_payloads_are_live_in_an_unsafe_loader(tmp_path, name):
    marker = tmp_path / "ran"
    with contextlib.suppress(yaml.YAMLError):  # e.g. an unhashable key, raised after the call was made
        yaml.unsafe_load(PAYLOADS[name].format(m=marker))
    assert marker.exists()


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_code_tags_are_refused_and_never_run(folder, name):
    marker = folder.parent / "ran"
    (folder / "bad.yaml").write_text(PAYLOADS[name].format(m=marker), encoding="utf-8")
    assert_refused(folder, "bad.yaml", "unknown tag", LINES[name])  # runs validate and ask
    assert not marker.exists()


def test_no_command_runs_a_code_tag(folder):
    marker = folder.parent / "ran"
    (folder / "bad.yaml").write_text(PAYLOADS["apply as a value"].format(m=marker), encoding="utf-8")
    for command in (["validate"], ["validate", "--json"], ["facts", "--format", "json"], ["about", "Alice"],
                    ["ask", "-", "--json"], ["eval", str(folder / "bad.yaml")]):
        result = run("--facts", str(folder), *command, input="who chairs the club\n")
        assert result.exit_code in (1, 2) and "Traceback" not in result.stderr
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!!python/name:os.system", "!!python/module:os", "!ruby/object:Gem::Installer",
                                 "!custom", "!!binary", "!!set", "!!omap", "!!timestamp", "!!merge", "!!value"])
def test_every_other_unknown_tag_is_refused(folder, tag):
    (folder / "bad.yaml").write_text(f"entities:\n  - id: zed\n    name: {tag} Zed\n    type: person\n",
                                     encoding="utf-8")
    assert_refused(folder, "bad.yaml", "unknown tag", 3)


def test_standard_tags_on_text_are_accepted(folder):
    (folder / "more.yaml").write_text("entities:\n  - id: !!str zed\n    name: !!str Zed\n    type: person\n",
                                      encoding="utf-8")
    assert run("--facts", str(folder), "validate").exit_code == 0
