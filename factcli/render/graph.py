"""A Graph as Mermaid (for a Markdown page) or Graphviz DOT text.

Node ids are generated (`n1`, `n2`, ...) so that no entity id can collide with a
keyword of either language (`end`, `graph`, `subgraph`...); names go in quoted labels.
"""

from __future__ import annotations

from factcli.graph import Graph
from factcli.render.plain import one_line

GRAPH_FORMATS = ("mermaid", "dot")


def _ids(graph: Graph) -> dict[str, str]:
    return {node.key: f"n{i}" for i, node in enumerate(graph.nodes, 1)}


def _mermaid_label(text: str) -> str:
    # Mermaid reads entity codes in labels; a quote ends the label, # starts a code
    return one_line(text).replace("#", "#35;").replace('"', "#quot;")


def mermaid(graph: Graph) -> str:
    """A `graph LR` Mermaid flowchart: rectangles for entities, rounded boxes for values."""
    ids = _ids(graph)
    lines = ["graph LR"]
    for node in graph.nodes:
        label = _mermaid_label(node.label)
        shape = f'("{label}")' if node.literal else f'["{label}"]'
        lines.append(f"  {ids[node.key]}{shape}")
    for edge in graph.edges:
        lines.append(f'  {ids[edge.source]} -->|"{_mermaid_label(edge.label)}"| {ids[edge.target]}')
    return "\n".join(lines) + "\n"


def _dot_string(text: str) -> str:
    return '"' + one_line(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot(graph: Graph) -> str:
    """A Graphviz digraph: boxes for entities, rounded boxes for values, fact ids as edge ids."""
    ids = _ids(graph)
    lines = ["digraph facts {", "  rankdir=LR;", "  node [shape=box];"]
    for node in graph.nodes:
        style = ", style=rounded" if node.literal else ""
        lines.append(f"  {ids[node.key]} [label={_dot_string(node.label)}{style}];")
    for edge in graph.edges:
        lines.append(f"  {ids[edge.source]} -> {ids[edge.target]} "
                     f"[label={_dot_string(edge.label)}, id={_dot_string(edge.fact)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
