"""Pick facts, entities and sources out of a Store for listing: filters, fuzzy search,
the closest ids to a mistyped one, and a quote in the text around it. No I/O, no terminal.

Fuzzy here means forgiving one slip in a word, not "anything vaguely similar": a filter
that matches nothing says so (exit 1) instead of listing near misses as if they matched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from factcli.errors import NotFound, NothingMatches
from factcli.index import Index
from factcli.lookup import find_entity
from factcli.model import Fact, Literal, Store

# A query word this long or longer may differ by about one edit per five letters;
# shorter words must occur exactly (three letters with one slip match everything).
FUZZY_WORD_LENGTH = 4
WORD_SCORE = 80
NAME_SCORE = 80
SUGGESTIONS = 3


@dataclass(frozen=True)
class FactFilter:
    """What `factcli facts` was asked to keep; None means "any"."""

    entity: str | None = None
    predicate: str | None = None
    source: str | None = None
    search: str | None = None

    def describe(self) -> str:
        given = [(name, value) for name, value in (("--entity", self.entity), ("--predicate", self.predicate),
                                                    ("--source", self.source), ("--search", self.search))
                 if value is not None]
        return " ".join(f"{name} {value!r}" for name, value in given)


def filter_facts(index: Index, wanted: FactFilter) -> list[Fact]:
    """The facts that pass every given filter, in file order.

    Raises NothingMatches (exit 1) when a filter names nothing known or nothing passes.
    """
    store = index.store
    facts = list(store.facts)
    if wanted.entity is not None:
        try:
            entity = find_entity(wanted.entity, index).id
        except NotFound as err:
            raise NothingMatches(err.message) from None
        facts = [f for f in facts if f.subject == entity or f.object == entity]
    if wanted.predicate is not None:
        predicates = resolve_predicate(wanted.predicate, store)
        facts = [f for f in facts if f.predicate in predicates]
    if wanted.source is not None:
        sources = resolve_source(wanted.source, store)
        facts = [f for f in facts if f.source in sources]
    if wanted.search is not None:
        facts = search_facts(facts, store, wanted.search)
    if not facts:
        raise NothingMatches(f"no facts match {wanted.describe()}")
    return facts


def resolve_predicate(text: str, store: Store) -> set[str]:
    """Predicate ids named by an id, label, synonym or passive form (one typo allowed)."""
    phrases: dict[str, str] = {}
    for predicate in store.predicates.values():
        for phrase in (predicate.id, *predicate.phrases):
            phrases.setdefault(f"{predicate.id}\x00{phrase}", utils.default_process(phrase))
    wanted = utils.default_process(text)
    exact = {key.split("\x00")[0] for key, phrase in phrases.items() if phrase == wanted}
    if exact:
        return exact
    near = process.extract(wanted, phrases, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=NAME_SCORE)
    if near:
        return {near[0][2].split("\x00")[0]}
    hints = closest(text, [p.id for p in store.predicates.values()])
    raise NothingMatches(f"no predicate matches {text!r}" + _hint(hints))


def resolve_source(text: str, store: Store) -> set[str]:
    """Source ids named by an id, or whose title contains the text (typos forgiven)."""
    if text in store.sources:
        return {text}
    wanted = utils.default_process(text)
    found = {s.id for s in store.sources.values()
             if wanted and (wanted in utils.default_process(s.title) or wanted == utils.default_process(s.id))}
    if not found:
        found = {s.id for s in store.sources.values()
                 if fuzz.partial_ratio(wanted, utils.default_process(f"{s.id} {s.title}")) >= NAME_SCORE}
    if found:
        return found
    raise NothingMatches(f"no source matches {text!r}" + _hint(closest(text, list(store.sources))))


def fact_haystack(fact: Fact, store: Store) -> str:
    """A fact's fields (ids and the names they stand for) as one lower-case string.

    The source is left out (--source filters by it): every fact of an article shares
    it, so a word of its id or headline would match them all.
    """
    obj = fact.object
    parts = [fact.id, fact.subject, store.entities[fact.subject].name, fact.predicate,
             store.predicates[fact.predicate].label, store.object_text(fact),
             obj.kind if isinstance(obj, Literal) else obj, fact.quote.text]
    for key, value in fact.qualifiers:
        parts += [key, value, store.qualifier_text(value)]
    return utils.default_process(" ".join(parts))


def search_facts(facts: list[Fact], store: Store, text: str) -> list[Fact]:
    """Facts whose fields hold every word of `text`; long words may carry a typo."""
    words = utils.default_process(text).split()
    if not words:
        return list(facts)
    kept = []
    for fact in facts:
        haystack = fact_haystack(fact, store)
        if all(_word_in(word, haystack) for word in words):
            kept.append(fact)
    return kept


def _word_in(word: str, haystack: str) -> bool:
    if word in haystack:
        return True
    # partial_ratio aligns the word with its best-matching stretch of the haystack
    return len(word) >= FUZZY_WORD_LENGTH and fuzz.partial_ratio(word, haystack) >= WORD_SCORE


def find_fact(fact_id: str, store: Store) -> Fact:
    """The fact with this id; NotFound (exit 2) naming the closest ids otherwise."""
    for fact in store.facts:
        if fact.id == fact_id:
            return fact
    hints = closest(fact_id, [f.id for f in store.facts])
    raise NotFound(f"no fact has the id {fact_id!r}" + _hint(hints) + "; list them with 'factcli facts'")


def closest(text: str, choices: list[str], limit: int = SUGGESTIONS) -> list[str]:
    """The choices nearest to `text`, best first (at most `limit`)."""
    found = process.extract(text, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=50)
    return [choice for choice, _, _ in found]


def _hint(names: list[str]) -> str:
    return f"; closest: {', '.join(names)}" if names else ""


def fact_counts(store: Store) -> tuple[Counter[str], Counter[str]]:
    """How many facts name each entity (as subject, object or qualifier) and cite each source."""
    entities: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for fact in store.facts:
        sources[fact.source] += 1
        entities.update(set(Index.slot_entities(fact)))  # the same facts `about` lists
    return entities, sources


@dataclass(frozen=True)
class Context:
    """A quote with the text of its paragraph on either side."""

    before: str
    quote: str
    after: str


CONTEXT_CHARS = 300


def quote_context(fact: Fact, store: Store, limit: int = CONTEXT_CHARS) -> Context:
    """The quote inside its paragraph, each side cut to about `limit` characters at a space."""
    text = store.sources[fact.source].text
    start, end = fact.quote.start, fact.quote.end
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    before = text[left:start]
    after = text[end:right if right >= 0 else len(text)]
    if len(before) > limit:
        cut = before.find(" ", len(before) - limit)
        before = "… " + before[cut + 1:] if cut >= 0 else before[-limit:]
    if len(after) > limit:
        cut = after.rfind(" ", 0, limit)
        after = after[:cut if cut > 0 else limit] + " …"
    return Context(before, text[start:end], after)
