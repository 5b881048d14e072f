"""Realistic synthetic fact stores for benchmarks: news-like articles, entities with
aliases, shared predicates, and facts whose quotes are sentences of their article.

Layout written under DIR (the same shape as the shipped facts):
  seeds/article-000001.txt            one UTF-8 article per source, dateline first
  facts/predicates.yaml               the relations, with synonyms and passive forms
  facts/entities/entities-0001.yaml   entities, ENTITIES_PER_FILE per file
  facts/articles/articles-0001.yaml   sources and their facts, a few hundred facts per file

Deterministic for a given (n, seed). Also writes DIR/questions.json: a mixed question set
(direct, paraphrase, typo, unanswerable) with the answers the facts support.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

ENTITIES_PER_FILE = 1000
FACTS_PER_ARTICLE = (20, 80)  # facts per source, drawn uniformly
FACTS_PER_FILE = 300  # articles are grouped into fact files of about this many facts

_SYLLABLES = ("ka lo mi ra ten vos bar del is an or ul zen mar tov sel pri gan dor vel no shi ta ber lin ros "
              "kov ez ni ma sa re hal bo ri mon dra fe gu ki lu pa sto ve wen yar zo ad el im").split()
_FOREIGN = ("qux zyx quor xan vuq jix qel xor").split()  # never in a generated name: for unanswerable questions
_ORG_KINDS = ("Institute", "Bank", "Corporation", "Council", "Agency", "Foundation", "Union", "Authority",
              "Party", "Commission", "Group", "Federation", "Trust", "Network", "Alliance")
_TOPICS = ("climate finance", "water security", "grain exports", "cyber defence", "rail freight",
           "port security", "vaccine supply", "rare earth mining", "border trade", "solar power",
           "fisheries policy", "debt relief", "nuclear safety", "space research", "drought relief",
           "migration policy", "digital payments", "coastal flooding", "tax reform", "airline safety",
           "wheat prices", "copper mining", "refugee housing", "wind energy", "public health",
           "steel tariffs", "river pollution", "election security", "food safety", "textile exports")
_TITLES = ("finance minister", "foreign minister", "chief executive", "chairman", "spokesperson",
           "director general", "deputy governor", "trade envoy", "senior adviser", "party leader",
           "ambassador", "mayor", "chief economist", "secretary general", "defence minister")
_EVENT_KINDS = ("Summit", "Forum", "Conference", "Round Table", "Dialogue", "Congress")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FILLER = ("Officials described the atmosphere as constructive.", "Further talks are expected next year.",
           "Observers said the outcome was broadly in line with expectations.",
           "No joint statement was issued on the second day.", "Details were not made public.")

# Relations: id, label, synonyms, passive, describes
PREDICATES = [
    ("leads", "leads", ["heads", "head", "led", "leader", "chairs", "in charge of", "runs", "chief"],
     ["led by", "headed by", "run by"], False),
    ("holds-title", "holds the title", ["title", "position", "post", "role", "job", "serves as"], [], True),
    ("works-at", "works at", ["works for", "employed by", "member of", "part of"], [], False),
    ("met", "met", ["meet", "meeting", "talks with", "held talks with", "sat down with"], ["met by"], False),
    ("visited", "visited", ["visit", "travelled to", "traveled to", "went to", "trip to", "toured"], [], False),
    ("held-in", "took place in", ["held in", "venue", "location", "where", "hosted", "city"], [], False),
    ("held-on", "took place on", ["held on", "date", "when", "dates", "day"], [], False),
    ("based-in", "is based in", ["headquartered in", "headquarters", "based", "seat"], [], False),
    ("founded-in", "was founded in", ["founded", "established", "set up", "created", "year founded"], [], False),
    ("located-in", "is located in", ["located", "lies in", "situated in", "country"], [], False),
    ("announced", "announced", ["announce", "announcement", "unveiled", "declared", "said it would"], [], False),
    ("signed", "signed", ["sign", "signing", "agreement", "deal", "accord", "concluded"], [], False),
    ("discussed", "discussed", ["discuss", "discussion", "talked about", "focused on", "topic", "agenda",
                                "covered"], [], False),
    ("invested", "invested", ["investment", "invest", "spent", "how much", "funding", "committed"], [], False),
    ("employs", "employs", ["staff", "employees", "workforce", "how many people", "headcount"], [], False),
    ("criticized", "criticized", ["criticised", "criticism", "condemned", "attacked", "faulted"],
     ["criticized by", "criticised by"], False),
    ("supports", "supports", ["support", "backs", "backed", "endorsed", "endorses", "favours"], ["backed by"],
     False),
    ("attended", "attended", ["attend", "took part in", "participated in", "was at", "present at"], [], False),
]


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class Fact:
    id: str
    subject: Entity
    predicate: str
    object: Entity | tuple[str, object, str]  # entity, or (kind, value, text)
    sentence: str
    qualifiers: dict[str, str] = field(default_factory=dict)


class Names:
    """Unique pronounceable names from syllables; the vocabulary grows with the store,
    as a real one does."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: tuple[int, int] = (2, 3)) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(*syllables))).capitalize()

    def unique(self, make) -> str:
        for _ in range(1000):
            name = make()
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name
        raise RuntimeError("name space exhausted")


class World:
    """The entities every article draws from."""

    def __init__(self, n_facts: int, rng: random.Random) -> None:
        self.rng = rng
        names = Names(rng)
        self.entities: list[Entity] = []
        count = max(1, n_facts // 1000)
        self.countries = [self._add("country", names.unique(lambda: names.word((2, 3)) + "ia"), adjective=True)
                          for _ in range(min(250, 10 + count * 2))]
        self.cities = [self._add("city", names.unique(lambda: names.word((2, 3))), within=rng.choice(self.countries))
                       for _ in range(max(20, n_facts // 100))]
        self.orgs = [self._org(names) for _ in range(max(20, n_facts // 20))]
        self.people = [self._person(names) for _ in range(max(40, n_facts // 8))]
        self.topics = [self._add("topic", t, description=f"The subject of {t}.") for t in _TOPICS]
        self.events: list[Entity] = []
        self._names = names

    def _add(self, etype: str, name: str, adjective: bool = False, within: Entity | None = None,
             aliases: list[str] | None = None, description: str = "") -> Entity:
        slug = name.lower().replace(" ", "-")
        entity = Entity(f"{etype[:3]}-{slug}", name, etype, aliases or [], description)
        if adjective:
            entity.aliases.append(name[:-2] + "ian")  # "Kalonia" -> "Kalonian"
            entity.description = f"A country; its people are {name[:-2]}ians."
        if within:
            entity.description = f"A city in {within.name}."
            entity.within = within  # type: ignore[attr-defined]
        self.entities.append(entity)
        return entity

    def _org(self, names: Names) -> Entity:
        rng = self.rng
        kind = rng.choice(_ORG_KINDS)
        if rng.random() < 0.3:
            name = names.unique(lambda: f"{kind} of {rng.choice(self.countries).name} {rng.choice(_TOPICS).title()}")
        else:
            name = names.unique(lambda: f"{names.word((2, 3))} {kind}")
        acronym = "".join(w[0] for w in name.split() if w[0].isupper())
        aliases = [acronym] if len(acronym) >= 3 else []
        return self._add("organization", name, aliases=aliases,
                         description=f"A {kind.lower()} in {rng.choice(self.countries).name}.")

    def _person(self, names: Names) -> Entity:
        name = names.unique(lambda: f"{names.word((2, 2))} {names.word((2, 3))}")
        last = name.split()[1]
        title = self.rng.choice(_TITLES)
        return self._add("person", name, aliases=[last, f"{name[0]}. {last}"],
                         description=f"A {title} from {self.rng.choice(self.countries).name}.")

    def event(self, city: Entity, year: int) -> Entity:
        kind = self.rng.choice(_EVENT_KINDS)
        topic = self.rng.choice(_TOPICS)
        name = self._names.unique(lambda: f"{city.name} {kind} on {topic.title()} {year}"
                                  if self.rng.random() < 0.5 else f"{year} {city.name} {kind}")
        return self._add("event", name, aliases=[f"{city.name} {kind.lower()}"],
                         description=f"A {kind.lower()} on {topic} held in {city.name} in {year}.")


def _date(rng: random.Random, year: int) -> tuple[str, str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"{year}-{month:02d}-{day:02d}", f"{_MONTHS[month - 1]} {day}, {year}"


class Article:
    """One source: a story about an event, its people and organisations, told as facts."""

    def __init__(self, number: int, world: World, rng: random.Random, size: int) -> None:
        self.number = number
        self.id = f"article-{number:06d}"
        self.year = rng.randint(2015, 2025)
        self.date, _ = _date(rng, self.year)
        self.city = rng.choice(world.cities)
        self.event = world.event(self.city, self.year)
        self.people = rng.sample(world.people, k=min(len(world.people), rng.randint(3, 8)))
        self.orgs = rng.sample(world.orgs, k=min(len(world.orgs), rng.randint(2, 5)))
        self.title = f"{self.people[0].name} and {self.orgs[0].name} at the {self.event.name}"
        self.rng, self.world = rng, world
        self.facts: list[Fact] = []
        said: set[str] = set()
        for i in range(size):
            for _ in range(20):  # an article does not say the same sentence twice
                fact = self._fact(f"{self.id}-f{i:03d}")
                if fact.sentence not in said:
                    break
            said.add(fact.sentence)
            self.facts.append(fact)

    def _fact(self, fid: str) -> Fact:
        rng, world = self.rng, self.world
        person, other = rng.sample(self.people, 2)
        org = rng.choice(self.orgs)
        kind = rng.choice(("leads", "holds-title", "works-at", "met", "visited", "held-in", "held-on", "based-in",
                           "founded-in", "located-in", "announced", "signed", "discussed", "invested", "employs",
                           "criticized", "supports", "attended"))
        ev, city = self.event, self.city
        date, date_text = _date(rng, self.year)
        if kind == "leads":
            return Fact(fid, person, kind, org, rng.choice((
                f"{person.name} leads {org.name}, according to officials.",
                f"{org.name} is led by {person.name}, who spoke to reporters in {city.name}.")))
        if kind == "holds-title":
            title = person.description.split(" from ")[0].removeprefix("A ")
            return Fact(fid, person, kind, ("text", title, title),
                        f"{person.name}, the {title}, arrived in {city.name} on {date_text}.")
        if kind == "works-at":
            return Fact(fid, person, kind, org, f"{person.name} works at {org.name} and attended as an observer.")
        if kind == "met":
            return Fact(fid, person, kind, other, f"{person.name} met {other.name} in {city.name} on {date_text}.",
                        {"date": date, "place": city.id})
        if kind == "visited":
            place = rng.choice(world.cities)
            return Fact(fid, person, kind, place, f"Earlier, {person.name} visited {place.name} on {date_text}.",
                        {"date": date})
        if kind == "held-in":
            return Fact(fid, ev, kind, city, f"The {ev.name} was held in {city.name}.")
        if kind == "held-on":
            return Fact(fid, ev, kind, ("date", date, date_text), f"The {ev.name} took place on {date_text}.",
                        {"place": city.id})
        if kind == "based-in":
            return Fact(fid, org, kind, city, f"{org.name} is based in {city.name}.")
        if kind == "founded-in":
            year = rng.randint(1900, 2010)
            return Fact(fid, org, kind, ("number", year, str(year)), f"{org.name} was founded in {year}.")
        if kind == "located-in":
            return Fact(fid, city, kind, city.within, f"{city.name} lies in {city.within.name}.")
        if kind == "announced":
            what = f"a new programme on {rng.choice(_TOPICS)}"
            return Fact(fid, org, kind, ("text", what, what), f"{org.name} announced {what} on {date_text}.",
                        {"date": date, "event": ev.id})
        if kind == "signed":
            what = f"an agreement on {rng.choice(_TOPICS)}"
            return Fact(fid, org, kind, ("text", what, what), f"{org.name} signed {what} with {other.name}.",
                        {"event": ev.id})
        if kind == "discussed":
            topic = rng.choice(world.topics)
            return Fact(fid, ev, kind, topic, f"Delegates at the {ev.name} discussed {topic.name}.")
        if kind == "invested":
            amount = rng.randint(2, 900)
            text = f"{amount} million dollars"
            return Fact(fid, org, kind, ("number", amount * 1_000_000, text),
                        f"{org.name} invested {text} in {rng.choice(_TOPICS)} projects.")
        if kind == "employs":
            staff = rng.randint(20, 90_000)
            return Fact(fid, org, kind, ("number", staff, f"{staff} people"), f"{org.name} employs {staff} people.")
        if kind == "criticized":
            return Fact(fid, person, kind, org, f"{person.name} criticized {org.name} over its handling of "
                                                f"{rng.choice(_TOPICS)}.")
        if kind == "supports":
            topic = rng.choice(world.topics)
            return Fact(fid, org, kind, topic, f"{org.name} supports faster progress on {topic.name}.")
        return Fact(fid, person, "attended", ev, f"{person.name} attended the {ev.name} in {city.name}.",
                    {"place": city.id})

    def text(self) -> str:
        """The article: a dateline, a headline, then the facts' sentences in paragraphs with some filler."""
        out = [f"date {self.date} {self.title}", ""]
        paragraph: list[str] = []
        for fact in self.facts:
            paragraph.append(fact.sentence)
            if self.rng.random() < 0.1:
                paragraph.append(self.rng.choice(_FILLER))
            if len(paragraph) >= 4:
                out.extend([" ".join(paragraph), ""])
                paragraph = []
        if paragraph:
            out.append(" ".join(paragraph))
        return "\n".join(out) + "\n"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are a subset of YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _entity_yaml(e: Entity) -> str:
    aliases = ", ".join(_q(a) for a in e.aliases)
    return (f"  - id: {e.id}\n    name: {_q(e.name)}\n    type: {e.type}\n    aliases: [{aliases}]\n"
            f"    description: {_q(e.description)}\n")


def _fact_yaml(f: Fact, source: str) -> str:
    obj = f.object
    if isinstance(obj, Entity):
        object_text = obj.id
    else:
        kind, value, text = obj
        shown = _q(value) if isinstance(value, str) else value
        object_text = f"{{{kind}: {shown}, text: {_q(text)}}}" if kind != "text" else f"{{text: {_q(text)}}}"
    lines = [f"  - id: {f.id}", f"    subject: {f.subject.id}", f"    predicate: {f.predicate}",
             f"    object: {object_text}"]
    if f.qualifiers:
        inner = ", ".join(f"{k}: {_q(v)}" for k, v in f.qualifiers.items())
        lines.append(f"    qualifiers: {{{inner}}}")
    lines += [f"    source: {source}", f"    quote: {_q(f.sentence)}"]
    return "\n".join(lines) + "\n"


def _predicates_yaml() -> str:
    out = ["predicates:"]
    for pid, label, synonyms, passive, describes in PREDICATES:
        out += [f"  - id: {pid}", f"    label: {_q(label)}", f"    synonyms: [{', '.join(_q(s) for s in synonyms)}]"]
        if passive:
            out.append(f"    passive: [{', '.join(_q(s) for s in passive)}]")
        if describes:
            out.append("    describes: true")
    return "\n".join(out) + "\n"


def generate(n_facts: int, root: Path, seed: int = 5) -> dict[str, int]:
    """Write a store of exactly `n_facts` facts under `root`; return its counts."""
    rng = random.Random(seed)
    world = World(n_facts, rng)
    facts_dir, seeds_dir = root / "facts", root / "seeds"
    for d in (facts_dir / "entities", facts_dir / "articles", seeds_dir):
        d.mkdir(parents=True, exist_ok=True)
    (facts_dir / "predicates.yaml").write_text(_predicates_yaml(), encoding="utf-8")
    articles: list[Article] = []
    written = 0
    while written < n_facts:
        size = min(n_facts - written, rng.randint(*FACTS_PER_ARTICLE))
        article = Article(len(articles) + 1, world, rng, size)
        (seeds_dir / f"{article.id}.txt").write_text(article.text(), encoding="utf-8")
        articles.append(article)
        written += size
    _write_articles(articles, facts_dir / "articles")
    entities = world.entities
    for start in range(0, len(entities), ENTITIES_PER_FILE):
        body = "".join(_entity_yaml(e) for e in entities[start:start + ENTITIES_PER_FILE])
        (facts_dir / "entities" / f"entities-{start // ENTITIES_PER_FILE + 1:04d}.yaml").write_text(
            "entities:\n" + body, encoding="utf-8")
    questions = make_questions(articles, world, rng)
    (root / "questions.json").write_text(json.dumps(questions, indent=1, ensure_ascii=False), encoding="utf-8")
    return {"facts": written, "sources": len(articles), "entities": len(entities), "questions": len(questions)}


def _write_articles(articles: list[Article], folder: Path) -> None:
    batch: list[Article] = []
    number = 0

    def flush() -> None:
        nonlocal number
        number += 1
        sources = "".join(f"  - id: {a.id}\n    title: {_q(a.title)}\n    date: \"{a.date}\"\n"
                          f"    path: ../../seeds/{a.id}.txt\n" for a in batch)
        facts = "".join(_fact_yaml(f, a.id) for a in batch for f in a.facts)
        (folder / f"articles-{number:04d}.yaml").write_text(f"sources:\n{sources}\nfacts:\n{facts}", encoding="utf-8")
        batch.clear()

    for article in articles:
        batch.append(article)
        if sum(len(a.facts) for a in batch) >= FACTS_PER_FILE:
            flush()
    if batch:
        flush()


# -- questions -----------------------------------------------------------------------

def _typo(text: str, rng: random.Random) -> str | None:
    """Swap two inner letters of the longest capitalised word: 'Kalonia' -> 'Klaonia'."""
    candidates = [w for w in text.split() if w[:1].isupper() and len(w.strip("?.,")) >= 6]
    if not candidates:
        return None
    word = max(candidates, key=len).strip("?.,")
    i = rng.randint(1, len(word) - 3)
    typo = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return text.replace(word, typo, 1) if typo != word else None


def _asked(fact: Fact) -> list[tuple[str, str, list[str]]] | None:
    """(direct question, paraphrase, accepted answers) for the relations that ask well."""
    s, o = fact.subject, fact.object
    if fact.predicate == "leads" and isinstance(o, Entity):
        return [(f"Who leads {o.name}?", f"Who is in charge of {o.name}?", [s.name, *s.aliases])]
    if fact.predicate == "held-in" and isinstance(o, Entity):
        return [(f"Where was the {s.name} held?", f"In which city did the {s.name} take place?", [o.name])]
    if fact.predicate == "based-in" and isinstance(o, Entity):
        return [(f"Where is {s.name} based?", f"Which city is {s.name} headquartered in?", [o.name])]
    if fact.predicate == "founded-in" and not isinstance(o, Entity):
        return [(f"When was {s.name} founded?", f"In what year was {s.name} established?", [str(o[2])])]
    if fact.predicate == "employs" and not isinstance(o, Entity):
        return [(f"How many people does {s.name} employ?", f"What is the headcount of {s.name}?", [str(o[1])])]
    if fact.predicate == "located-in" and isinstance(o, Entity):
        return [(f"Which country is {s.name} in?", f"In which country does {s.name} lie?", [o.name])]
    return None


def make_questions(articles: list[Article], world: World, rng: random.Random, per_kind: int = 15) -> list[dict]:
    """A mixed set: direct, paraphrase and typo questions about sampled facts whose
    answer is unique in the store, and unanswerable ones about names nobody mentions."""
    unique: dict[str, list[Fact]] = {}
    for article in articles:
        for fact in article.facts:
            asked = _asked(fact)
            if asked:
                unique.setdefault(asked[0][0], []).append(fact)
    pool = [facts[0] for facts in unique.values() if len({_answer_key(f) for f in facts}) == 1]
    rng.shuffle(pool)
    out: list[dict] = []
    for fact in pool[:per_kind]:
        direct, paraphrase, answers = _asked(fact)[0]
        out.append({"kind": "direct", "question": direct, "expect": answers})
        out.append({"kind": "paraphrase", "question": paraphrase, "expect": answers})
        typo = _typo(direct, rng)
        if typo:
            out.append({"kind": "typo", "question": typo, "expect": answers})
    for _ in range(per_kind):
        made_up = "".join(rng.choice(_FOREIGN) for _ in range(2)).capitalize()
        template = rng.choice(("Who leads the {} Institute?", "Where is {} Bank based?",
                               "When was the {} Foundation founded?", "Who met {} Vostok in Geneva?"))
        out.append({"kind": "unanswerable", "question": template.format(made_up), "expect": "abstain"})
    return out


def _answer_key(fact: Fact) -> str:
    o = fact.object
    return o.id if isinstance(o, Entity) else str(o[1])
