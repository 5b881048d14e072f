"""One thing at a time, whole: a fact with its quote in the surrounding text (`show`),
and an entity's card as a table or a tree (`about`). Data goes in as Text, never markup."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Column, Table
from rich.text import Text
from rich.tree import Tree

from factcli.model import Entity, Fact, Store
from factcli.query import Context
from factcli.render.listings import facts_listing, qualifiers_text
from factcli.render.plain import safe
from factcli.render.tables import table

# The quote is marked with guillemets as well as a style, so it stands out when piped.
QUOTE_OPEN, QUOTE_CLOSE = "»", "«"


def T(text: object, style: str = "") -> Text:
    return Text(safe(text), style=style)


def _fields(rows: list[tuple[str, Text]]) -> Table:
    grid = Table.grid(Column(no_wrap=True, style="dim"), Column(overflow="fold"), padding=(0, 2))
    for name, value in rows:
        grid.add_row(name, value)
    return grid


def _named(name: str, key: str) -> Text:
    return Text.assemble(T(name, "bold"), T(f"  {key}", "dim"))


def fact_detail(console: Console, fact: Fact, store: Store, context: Context) -> None:
    source = store.sources[fact.source]
    obj = fact.object
    rows = [("subject", _named(store.entities[fact.subject].name, fact.subject)),
            ("predicate", _named(store.predicates[fact.predicate].label, fact.predicate)),
            ("object", _named(store.object_text(fact), obj if isinstance(obj, str) else obj.kind))]
    if fact.qualifiers:
        rows.append(("qualifiers", T(qualifiers_text(fact, store))))
    rows += [("source", Text.assemble(T(source.title, "bold"), T(f" ({source.date})"), T(f"  {source.id}", "dim"))),
             ("quote", T(f"characters {fact.quote.start}-{fact.quote.end} of {source.path}")),
             ("stated in", T(f"{fact.file}:{fact.line}"))]
    in_text = Text.assemble(T(context.before), T(f"{QUOTE_OPEN}{context.quote}{QUOTE_CLOSE}", "bold yellow"),
                            T(context.after))
    console.print(Group(T(fact.id, "bold cyan"), Padding(_fields(rows), (0, 0, 1, 2), expand=False),
                        Padding(in_text, (0, 0, 0, 2), expand=False)))


def _entity_fields(entity: Entity, facts: list[Fact], store: Store) -> list[tuple[str, Text]]:
    rows = [("id", T(entity.id)), ("type", T(entity.type))]
    if entity.aliases:
        rows.append(("aliases", T(", ".join(entity.aliases))))
    if entity.description:
        rows.append(("description", T(entity.description)))
    if entity.part_of in store.entities:
        rows.append(("part of", _named(store.entities[entity.part_of].name, entity.part_of)))
    rows.append(("facts", T(str(len(facts)))))
    return rows


def entity_table(console: Console, entity: Entity, store: Store, facts: list[Fact]) -> None:
    console.print(T(entity.name, "bold"))
    console.print(Padding(_fields(_entity_fields(entity, facts, store)), (0, 0, 1, 2), expand=False))
    if facts:
        table(console, facts_listing(facts, store).project(("id", "subject", "predicate", "object", "qualifiers")))


def entity_tree(console: Console, entity: Entity, store: Store, facts: list[Fact]) -> None:
    """The entity at the root; what it does, what is done to it, and where it is named."""
    root = Tree(Text.assemble(T(entity.name, "bold"), T(f"  {entity.type}, {entity.id}", "dim")))
    for name, value in _entity_fields(entity, facts, store)[2:-1]:
        root.add(Text.assemble((f"{name}: ", "dim"), value))
    branches: dict[str, Tree] = {}

    def branch(label: str) -> Tree:
        if label not in branches:
            branches[label] = root.add(T(label, "bold"))
        return branches[label]

    for fact in facts:
        label = store.predicates[fact.predicate].label
        if fact.subject == entity.id:
            leaf = T(store.object_text(fact))
        elif fact.object == entity.id:
            passive = store.predicates[fact.predicate].passive
            label = passive[0] if passive else f"{label} (as object)"
            leaf = T(store.entities[fact.subject].name)
        else:
            label = "named in"
            leaf = T(f"{store.entities[fact.subject].name} {store.predicates[fact.predicate].label} "
                     f"{store.object_text(fact)}")
        leaf.append(T(f"  {fact.id}", "dim"))
        branch(label).add(leaf)
    console.print(root)
