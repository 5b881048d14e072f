"""Find an entity or a fact by what a user typed: exact id, name or alias first, then
the closest name by rapidfuzz. Misses raise NotFound with the nearest suggestions."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from factcli.errors import NotFound
from factcli.index import Index
from factcli.model import Entity

MIN_SCORE = 80


def find_entity(text: str, index: Index) -> Entity:
    store = index.store
    wanted = utils.default_process(text)
    if text in store.entities:
        return store.entities[text]
    choices = {f"{i}:{form.text}": form.entity for i, form in enumerate(index.forms)}
    names = {key: utils.default_process(key.split(":", 1)[1]) for key in choices}
    exact = [choices[k] for k, v in names.items() if v == wanted]
    if exact:
        return store.entities[exact[0]]
    # ratio (not WRatio/partial) so a short query does not match every longer name
    best = process.extract(wanted, names, scorer=fuzz.ratio, processor=None, limit=3)
    if best and best[0][1] >= MIN_SCORE:
        return store.entities[choices[best[0][2]]]
    hints = ", ".join(dict.fromkeys(store.entities[choices[b[2]]].name for b in best))
    raise NotFound(f"no entity matches {text!r}" + (f"; closest: {hints}" if hints else ""))
