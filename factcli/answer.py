"""Question -> Answer, or a refusal with its reason. Pure: no I/O, no terminal.

Each fact is scored by how well it fits the analysed question: the entities the
question names in the fact's slots, the relation, the words it shares, and whether the
slot left open is the kind of thing asked for (a person for "who", a date for "when").
The open slot is the answer. Refusals are first-class results: an unknown entity, no
fact that covers the words asked, or two different answers too close to call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcli.index import Index
from factcli.lexicon import SYNONYMS, stem
from factcli.model import AGENT_TYPES, PLACE_TYPES, Fact, Literal
from factcli.question import GENERIC, ORDINALS, Analysis, analyse
from factcli.schema import format_date

CONFIDENT = 0.6  # below this an answer is not given
CLOSE_CALL = 0.08  # rival answers whose confidence differs by less are not picked between


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    answer: str
    slot: str  # "subject", "object", "date", "place" or "card"
    score: float
    confidence: float
    given: str  # the value of the slot the question supplied, to tell rivals from siblings
    details: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    answer: str | None
    confidence: float
    reason: str | None
    fact: Fact | None
    candidates: tuple[Candidate, ...]
    analysis: Analysis | None
    alternatives: tuple[Candidate, ...] = ()


def refusal(question: str, reason: str, analysis: Analysis | None = None,
            candidates: tuple[Candidate, ...] = (), alternatives: tuple[Candidate, ...] = ()) -> Answer:
    return Answer(question, False, None, 0.0, reason, None, candidates, analysis, alternatives)


def ask(question: str, index: Index, top: int = 5) -> Answer:
    """Answer one question from the index; never raises for any text."""
    if not question.strip():
        return refusal(question, "the question is empty")
    analysis = analyse(question, index)
    if not analysis.stems:
        return refusal(question, "the question has no words to look up", analysis)
    ranked = rank(analysis, index)
    if not ranked:
        return refusal(question, _nothing_reason(analysis, index), analysis)
    best = ranked[0]
    shown = tuple(ranked[:top])
    if analysis.strange:
        words = ", ".join(repr(w) for w in analysis.strange)
        return refusal(question, f"the facts say nothing about {words}", analysis, shown)
    rivals = [c for c in ranked[1:] if _rival(best, c)]
    if rivals and best.confidence - rivals[0].confidence < CLOSE_CALL and rivals[0].confidence >= CONFIDENT - 0.1:
        return refusal(question, f"two different answers are too close to call: "
                                 f"{best.answer!r} and {rivals[0].answer!r}; ask more precisely",
                       analysis, shown, (best, rivals[0]))
    if best.confidence < CONFIDENT:
        return refusal(question, f"no fact answers this confidently (best: {best.answer!r} "
                                 f"at {best.confidence:.2f})", analysis, shown)
    alternatives = tuple(c for c in ranked[1:top] if c.answer != best.answer)
    return Answer(question, True, best.answer, round(best.confidence, 3), None, best.fact,
                  shown, analysis, alternatives)


def _rival(best: Candidate, other: Candidate) -> bool:
    """Another answer to the same open question, not a sibling value of the same
    subject and relation ("supports: X" and "supports: Y" are both true)."""
    if other.answer == best.answer:
        return False
    siblings = other.fact.predicate == best.fact.predicate and other.given == best.given
    return not siblings


def _nothing_reason(analysis: Analysis, index: Index) -> str:
    if analysis.unknown:
        return f"the facts say nothing about {', '.join(repr(w) for w in analysis.unknown)}"
    if not analysis.mentions and not analysis.predicates:
        return "the question names nothing the facts know"
    return "no fact states what is asked"


def rank(analysis: Analysis, index: Index) -> list[Candidate]:
    if analysis.describe:
        card = _card(analysis, index)
        if card:
            return [card]
    if analysis.abbreviate:
        short = _short_form(analysis, index)
        if short:
            return [short]
    candidates = [c for i in _candidate_facts(analysis, index) if (c := _score(i, analysis, index))]
    candidates.sort(key=lambda c: (-c.confidence, -c.score, c.fact.id))
    # keep the best candidate per answer text
    seen: set[str] = set()
    unique = []
    for c in candidates:
        key = c.answer.lower()
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique


def _candidate_facts(analysis: Analysis, index: Index) -> list[int]:
    """Facts that share an entity, a relation or a content word with the question."""
    wanted = set()
    for entity in analysis.entities:
        wanted.update(index.facts_by_entity.get(entity, ()))
    if analysis.entities:
        # Only facts with a named entity in their context: any other has misses >= 1 and
        # no slot hit, so _score gives it at most 0.64 * 0.55 * 0.6 (+0.15 hinted) < 0.5,
        # too low to be answered or to be a rival. Skipping them keeps every decision and
        # saves scoring the thousands of facts that merely share the relation in a big store.
        stems = set(analysis.stems)
        need = max(1, len(stems) // 2)
        for entity in analysis.entities:
            for i in index.facts_by_context.get(entity, ()):
                if i not in wanted and (index.store.facts[i].predicate in analysis.predicates
                                        or len(stems & index.fact_stems[i]) >= need):
                    wanted.add(i)
        return sorted(wanted)
    if analysis.predicates:
        for i, fact in enumerate(index.store.facts):
            if fact.predicate in analysis.predicates:
                wanted.add(i)
    stems = set(analysis.stems)
    for i, doc in enumerate(index.fact_stems):
        if i not in wanted and len(stems & doc) >= max(1, len(stems) // 2):
            wanted.add(i)
    return sorted(wanted)


def _expanded(stem_: str) -> set[str]:
    return {stem_, *(stem(s) for s in SYNONYMS.get(stem_, ()))}


def _score(i: int, analysis: Analysis, index: Index) -> Candidate | None:
    store = index.store
    fact = store.facts[i]
    entities = analysis.entities
    if analysis.excluded & {fact.subject, fact.object if isinstance(fact.object, str) else ""}:
        return None
    context = index.fact_context[i]
    doc = index.fact_stems[i]
    sentence = index.sentence_stems[i]

    subject_given = fact.subject in entities
    obj = fact.object
    literal = isinstance(obj, Literal)
    lit = index.literal_stems[i]
    matched_lit = [s for s in lit if s in analysis.stems]
    lit_cover = len(matched_lit) / len(lit) if literal and lit else 0.0
    object_given = (not literal and obj in entities) or (literal and (
        lit_cover >= 0.99 or (len(lit) >= 4 and lit_cover >= 0.75)
        or any(any(c.isdigit() for c in s) or s in ORDINALS for s in matched_lit)))

    slot_hits = int(subject_given) + int(object_given)
    ctx_hits = sum(1 for e in entities if e in context and e not in (fact.subject, obj))
    misses = sum(1 for e in entities if e not in context)

    pred = analysis.predicates.get(fact.predicate)
    pred_strength = pred[0] if pred else 0.0
    passive = bool(pred and pred[1])

    weighed = [s for s in analysis.stems if s not in _GENERIC_STEMS]
    quoted = index.quote_stems[i]
    strong = [s for s in weighed if _expanded(s) & doc]
    weak = [s for s in weighed if s not in strong and _expanded(s) & sentence]
    in_quote = sum(1 for s in strong if _expanded(s) & quoted)
    lex = (len(strong) + 0.5 * len(weak)) / len(weighed) if weighed else 1.0
    unexplained = [s for s in weighed if s not in strong and s not in weak]

    slot, answer, fit, given, entity = _open_slot(fact, analysis, subject_given, object_given, passive, index)
    if slot is None or fit <= 0:
        return None
    if analysis.options and entity not in analysis.options:
        return None
    if slot_hits + ctx_hits == 0 and pred_strength == 0 and lex < 0.5:
        return None

    hinted = analysis.hint is not None and entity == analysis.hint
    score = (1.2 * slot_hits + 0.5 * ctx_hits - 1.0 * misses + 1.0 * pred_strength + 1.5 * lex + 0.8 * fit
             + 0.5 * hinted + 0.3 * in_quote / max(1, len(weighed)))
    unknown = sum(1 for s in unexplained if s in _unknown_stems(analysis))
    confidence = _confidence(slot_hits, ctx_hits, misses, pred_strength, lex, fit, len(unexplained), unknown)
    if entities and slot_hits == 0:
        confidence *= 0.6  # the question names things, but none of them fills a slot here
    if analysis.predicates and fact.predicate not in analysis.predicates:
        confidence *= 0.7  # the question asks about another relation
    if hinted:
        confidence = min(1.0, confidence + 0.15)
    details = {"slot_hits": slot_hits, "context_hits": ctx_hits, "unrelated_entities": misses,
               "relation": round(pred_strength, 2), "word_overlap": round(lex, 2), "type_fit": fit,
               "unexplained": unexplained, "score": round(score, 3)}
    return Candidate(fact, answer, slot, round(score, 3), round(confidence, 3), given, details)


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)


def _unknown_stems(analysis: Analysis) -> set[str]:
    return {stem(w) for w in analysis.unknown}


def _confidence(slot_hits: int, ctx_hits: int, misses: int, pred: float, lex: float, fit: float,
                unexplained: int, unknown: int) -> float:
    """A probability-like score: evidence that the fact is the one asked about, times
    how much of the question it explains, times how well the answer's type fits.
    Words the facts never use at all (`unknown`) weigh most: the question is likely
    about something else."""
    evidence = min(1.0, 0.4 * min(slot_hits, 2) + 0.15 * min(ctx_hits, 2) + 0.4 * pred)
    value = (0.4 + 0.6 * evidence) * (0.5 + 0.5 * lex) * (0.6 + 0.4 * fit)
    value *= 0.55 ** misses * 0.85 ** (unexplained - unknown) * 0.5 ** unknown
    return round(max(0.0, min(1.0, value)), 3)


def _open_slot(fact: Fact, analysis: Analysis, subject_given: bool, object_given: bool,
               passive: bool, index: Index) -> tuple[str | None, str, float, str, str | None]:
    """The slot the question leaves open and wants filled: its name, text, how well its
    type fits, which slot the question gave, and the entity in it (if any)."""
    store = index.store
    wanted = analysis.wanted
    if analysis.hint:
        wanted = "hint:" + store.entities[analysis.hint].type
    options: list[tuple[float, str, str, str, str | None]] = []
    obj = fact.object
    if not object_given:
        fit = _fit(wanted, obj, index)
        options.append((fit + (0.05 if not passive else -0.05), "object", store.object_text(fact), fact.subject,
                        obj if isinstance(obj, str) else None))
    if not subject_given:
        fit = _fit(wanted, fact.subject, index)
        options.append((fit + (0.05 if passive else 0.0), "subject", store.entities[fact.subject].name,
                        obj if isinstance(obj, str) else store.object_text(fact),
                        fact.subject))
    date = fact.qualifier("date")
    if date and wanted == "date":
        options.append((0.9, "date", format_date(date), fact.id, None))
    place = fact.qualifier("place")
    if place and wanted == "place" and place not in analysis.entities:
        options.append((0.9, "place", store.qualifier_text(place), fact.id, place))
    if not options:
        return None, "", 0.0, "", None
    fit, slot, answer, given, entity = max(options, key=lambda o: o[0])
    return slot, answer, max(0.0, min(1.0, fit)), given, entity


def _fit(wanted: str, value: str | Literal, index: Index) -> float:
    """How well a slot's value is the kind of thing the question wants."""
    if wanted.startswith("hint:"):
        hinted = wanted[5:]
        if isinstance(value, Literal):
            return 0.2
        return 1.0 if index.store.entities[value].type == hinted else 0.2
    if isinstance(value, Literal):
        kind = value.kind
        table = {"date": {"date": 1.0, "thing": 0.5, "any": 0.8},
                 "number": {"number": 1.0, "ordinal": 1.0, "thing": 0.6, "any": 0.8},
                 "text": {"thing": 1.0, "any": 0.9, "ordinal": 0.3, "agent": 0.1, "event": 0.2,
                          "organization": 0.2, "place": 0.1}}
        return table[kind].get(wanted, 0.0)
    etype = index.store.entities[value].type
    if wanted == "agent":
        return 1.0 if etype == "person" else 0.8 if etype in AGENT_TYPES else 0.0
    if wanted == "person":
        return 1.0 if etype == "person" else 0.0
    if wanted == "place":
        return 1.0 if etype in PLACE_TYPES else 0.0
    if wanted == "country":
        return 1.0 if etype == "country" else 0.0
    if wanted == "event":
        return 1.0 if etype == "event" else 0.5 if etype in ("topic", "document") else 0.0
    if wanted == "organization":
        return 1.0 if etype in ("organization", "group") else 0.3
    if wanted in ("date", "number", "ordinal"):
        return 0.0
    if wanted == "thing":
        return 0.3 if etype == "person" else 0.9
    return 0.8


def _card(analysis: Analysis, index: Index) -> Candidate | None:
    """"Who is X" / "what is X" / a bare name: the entity's description, backed by the
    fact that best says what X is."""
    mention = max(analysis.mentions, key=lambda m: m.size)
    entity = index.store.entities[mention.entity]
    facts = [index.store.facts[i] for i in index.facts_by_entity.get(entity.id, ())]
    if not facts:
        return None
    predicates = index.store.predicates
    backing = sorted(facts, key=lambda f: (f.subject != entity.id, not predicates[f.predicate].describes))[0]
    text = entity.name
    if entity.description:
        text = f"{entity.name}: {entity.description}"
    confidence = 0.9 if len(analysis.mentions) == 1 else 0.6
    return Candidate(backing, text, "card", 1.0, confidence, "card",
                     {"entity": entity.id, "matched": mention.form.text})


def _short_form(analysis: Analysis, index: Index) -> Candidate | None:
    """'What is the acronym for X': X's all-capitals alias."""
    for mention in analysis.mentions:
        entity = index.store.entities[mention.entity]
        acronyms = [a for a in entity.aliases if a.isupper() and len(a) <= 8]
        if acronyms:
            facts = [index.store.facts[i] for i in index.facts_by_entity[entity.id]]
            backing = sorted(facts, key=lambda f: not index.store.predicates[f.predicate].describes)[0]
            return Candidate(backing, acronyms[0], "card", 1.0, 0.9, "card", {"entity": entity.id})
    return None
