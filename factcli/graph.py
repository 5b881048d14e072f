"""Facts as a graph: entities (and literal values) are nodes, each fact is an edge from
its subject to its object labelled with the relation. Drawing it is render/graph.py's job."""

from __future__ import annotations

from dataclasses import dataclass

from factcli.model import Fact, Literal, Store


@dataclass(frozen=True)
class Node:
    key: str  # entity id, or "<fact id>#object" for a literal value
    label: str
    kind: str  # entity type, or the literal kind (text, date, number)
    literal: bool = False


@dataclass(frozen=True)
class Edge:
    source: str  # node keys
    target: str
    label: str
    fact: str


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def build_graph(facts: list[Fact], store: Store) -> Graph:
    """One node per entity named as subject or object, one per literal object, one edge per fact."""
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []

    def entity_node(entity_id: str) -> str:
        if entity_id not in nodes:
            entity = store.entities[entity_id]
            nodes[entity_id] = Node(entity_id, entity.name, entity.type)
        return entity_id

    for fact in facts:
        subject = entity_node(fact.subject)
        obj = fact.object
        if isinstance(obj, Literal):
            # a literal belongs to its fact: two facts dated the same day stay two nodes
            target = f"{fact.id}#object"
            nodes[target] = Node(target, obj.text, obj.kind, literal=True)
        else:
            target = entity_node(obj)
        edges.append(Edge(subject, target, store.predicates[fact.predicate].label, fact.id))
    return Graph(tuple(nodes.values()), tuple(edges))
