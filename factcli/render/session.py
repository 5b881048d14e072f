"""The shell's View drawn with rich: answers, fact tables and entity cards, the same
renderers the one-shot commands use."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Console

from factcli.answer import Answer
from factcli.index import Index
from factcli.lookup import find_entity
from factcli.query import FactFilter, filter_facts
from factcli.render import cards, human
from factcli.render.listings import facts_listing
from factcli.render.plain import safe
from factcli.render.records import answer_record, dumps
from factcli.render.tables import table


@dataclass
class RichView:
    index: Index
    console: Callable[[], Console]
    as_json: bool = False
    quiet: bool = False
    spaced: bool = True  # a blank line after each answer, so answers read apart

    def answer(self, result: Answer) -> None:
        if self.as_json:
            print(dumps(answer_record(result, self.index.store)), flush=True)
        elif self.quiet:
            # one line per question, so piped answers line up with the questions
            print(safe(result.answer) if result.answered else "", flush=True)
        else:
            human.answer(self.console(), result, self.index.store)
            if self.spaced:
                print(flush=True)

    def facts(self, index: Index, search: str | None) -> None:
        chosen = filter_facts(index, FactFilter(search=search))
        table(self.console(), facts_listing(chosen, index.store))

    def about(self, index: Index, name: str) -> None:
        entity = find_entity(name, index)
        related = [index.store.facts[i] for i in index.facts_by_entity.get(entity.id, ())]
        cards.entity_table(self.console(), entity, index.store, related)

    def say(self, text: str) -> None:
        print(text, flush=True)

    def problem(self, text: str) -> None:
        print(f"factcli: {safe(text)}", file=sys.stderr, flush=True)
