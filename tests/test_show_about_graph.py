"""show (one fact whole, its quote in context), about (card as table, tree, json, yaml)
and graph (Mermaid and DOT that parse)."""

from __future__ import annotations

import json
import re

import yaml
from conftest import run

from factcli.load import load_store, shipped_facts

STORE = load_store(shipped_facts())
SOURCE_TEXT = next(iter(STORE.sources.values())).text


def test_show_prints_the_fact_and_its_quote_inside_the_source_text():
    result = run("show", "lal-met-galuzin")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0] == "lal-met-galuzin"
    assert "Tanmaya Lal" in out and "Mikhail Galuzin" in out and "role: to discuss the current situation" in out
    # the quote is marked inside the words that come before it in the article
    assert "including the conflict in Ukraine, »with Lal meeting Russian Deputy Foreign Minister Mikhail Galuzin" \
           " to discuss the current situation.«" in out


def test_show_json_and_yaml_give_the_fact_source_and_context():
    data = run("show", "vershinin-led-russian-team", "--format", "json").json
    assert data == yaml.safe_load(run("show", "vershinin-led-russian-team", "--format", "yaml").stdout)
    assert run("show", "vershinin-led-russian-team", "--json").json == data
    fact, context = data["fact"], data["context"]
    assert fact["id"] == "vershinin-led-russian-team" and fact["object"] == "russian-delegation"
    assert data["source"]["id"] == fact["source"] == "moscow-talks-2024"
    assert context["quote"] == fact["quote"] == SOURCE_TEXT[context["start"]:context["end"]]
    assert context["before"].endswith("UNSC discussions. ") and context["after"].startswith(" The talks also covered")
    assert context["before"] + context["quote"] + context["after"] in SOURCE_TEXT


def test_show_unknown_id_exits_2_and_suggests_the_closest():
    result = run("show", "vershinin-led")
    assert result.exit_code == 2 and result.stdout == ""
    assert "no fact has the id 'vershinin-led'" in result.stderr
    assert "closest: vershinin-led-russian-team" in result.stderr
    as_json = run("show", "vershinin-led", "--format", "json")
    assert as_json.exit_code == 2
    error = json.loads(as_json.stderr)["error"]
    assert "vershinin-led-russian-team" in error["message"] and error["problems"] == []


def test_about_table_tree_json_and_yaml():
    table = run("about", "Vershinin")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0] == "Sergey Vershinin"
    assert "sergey-vershinin" in table.stdout and "vershinin-led-russian-team" in table.stdout
    tree = run("about", "Russian side", "--format", "tree")
    assert tree.exit_code == 0
    lines = tree.stdout.splitlines()
    assert lines[0].startswith("Russian delegation")
    # the delegation is the object of "led": the tree says who led it
    at = next(i for i, line in enumerate(lines) if line.endswith("led by"))
    assert "Sergey Vershinin" in lines[at + 1] and "vershinin-led-russian-team" in lines[at + 1]
    data = run("about", "lal", "--format", "json").json
    assert data == yaml.safe_load(run("about", "lal", "--format", "yaml").stdout)
    assert data["id"] == "tanmaya-lal"
    assert {f["id"] for f in data["facts"]} >= {"lal-met-galuzin", "lal-led-indian-delegation"}


MERMAID_NODE = re.compile(r'^  (n\d+)(\["[^"\n]*"\]|\("[^"\n]*"\))$')
MERMAID_EDGE = re.compile(r'^  (n\d+) -->\|"[^"\n]*"\| (n\d+)$')


def test_graph_mermaid_has_a_node_per_entity_and_an_edge_per_fact():
    result = run("graph", "--entity", "Lal")
    assert result.exit_code == 0
    first, *lines = result.stdout.splitlines()
    assert first == "graph LR"
    nodes = [m.group(1) for m in map(MERMAID_NODE.match, lines) if m]
    edges = [m.groups() for m in map(MERMAID_EDGE.match, lines) if m]
    assert len(nodes) + len(edges) == len(lines)  # every line is one or the other
    assert all(a in nodes and b in nodes for a, b in edges)
    lal_facts = [f for f in STORE.facts if "tanmaya-lal" in (f.subject, f.object)]
    assert len(edges) == len(lal_facts) == 5
    assert '["Mikhail Galuzin"]' in result.stdout and '-->|"met"|' in result.stdout


DOT_STATEMENT = re.compile(r'^  (rankdir=LR|node \[shape=box\]|n\d+ \[label="(?:[^"\\]|\\.)*"(, style=rounded)?\]'
                           r'|n\d+ -> n\d+ \[label="(?:[^"\\]|\\.)*", id="(?:[^"\\]|\\.)*"\]);$')


def test_graph_dot_is_one_digraph_of_well_formed_statements(tmp_path, write):
    result = run("graph", "--format", "dot")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "digraph facts {" and lines[-1] == "}"
    assert all(DOT_STATEMENT.match(line) for line in lines[1:-1]), lines
    assert sum(" -> " in line for line in lines) == len(STORE.facts)
    # quotes and backslashes in names stay inside their string
    write("a.txt", 'The "Big" club.\n')
    write("f.yaml", 'sources: [{id: s, title: T, date: "2024-01-02", path: a.txt}]\n'
                    'predicates: [{id: is, label: is}]\n'
                    'entities: [{id: c, name: "The \\"Big\\" \\\\ club", type: group}]\n'
                    'facts: [{id: c-is, subject: c, predicate: is, object: {text: "big"}, source: s,'
                    ' quote: "The \\"Big\\" club."}]\n')
    hostile = run("--facts", str(tmp_path), "graph", "--format", "dot")
    assert hostile.exit_code == 0, hostile.stderr
    assert all(DOT_STATEMENT.match(line) for line in hostile.stdout.splitlines()[1:-1])
    assert 'label="The \\"Big\\" \\\\ club"' in hostile.stdout
    mermaid = run("--facts", str(tmp_path), "graph").stdout
    assert '["The #quot;Big#quot; \\ club"]' in mermaid


def test_graph_for_an_unknown_entity_exits_1():
    result = run("graph", "--entity", "Xi Jinping")
    assert result.exit_code == 1 and result.stdout == "" and "no entity matches" in result.stderr

