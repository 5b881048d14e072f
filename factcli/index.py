"""The searchable index built from a Store: surface forms, predicate phrases, word
documents per fact, and the vocabulary used to correct misspellings.

Two implementations answer the same queries: `Index`, built in memory from a Store
(`Index.build`), and the on-disk one in `factcli.indexcache`, which reads only the rows
a question needs. The query algorithms live once, in `IndexQueries`, over a few lookups
each implementation provides, so both give the same answers.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from factcli.lexicon import (
    SOUND_ALIKE_INITIALS,
    STOPWORDS,
    common_words,
    common_words_from,
    english_spelling,
    place_names,
    sound_key,
    stem,
)
from factcli.model import PLACE_TYPES, Fact, Literal, Store
from factcli.text import words

# Prefixes that make a word from a word ("restated"; not "un", "under": "untied" and
# "undersore" are slips of "united" and "underscore" far more often than words)
_PREFIXES = ("re",)


@dataclass(frozen=True)
class Form:
    """One way to name an entity: its name or an alias, as content stems."""

    entity: str
    stems: tuple[str, ...]
    text: str
    is_name: bool


@dataclass(frozen=True)
class Phrase:
    """One way to say a predicate."""

    predicate: str
    stems: tuple[str, ...]
    text: str
    passive: bool


def _holds_in_order(longer: str, shorter: str) -> bool:
    """Whether `shorter` is `longer` with letters left out."""
    letters = iter(longer)
    return all(c in letters for c in shorter)


# "Both nations shared ...", "the two sides agreed ...": the parties, said together
_BOTH_SAID = r"(?i)\b(?:both|the\s+two)\s+(?:nations|countries|sides|parties)\b"


@dataclass(frozen=True)
class Mention:
    """Where a form occurs in a token sequence (content-token positions, inclusive)."""

    entity: str
    form: Form
    start: int
    end: int

    @property
    def size(self) -> int:
        return len(self.form.stems)


def content_stems(text: str, canon: dict[str, str] | None = None) -> list[str]:
    canon = canon or {}
    return [canon.get(s, s) for s in (stem(w) for w in words(text) if w not in STOPWORDS)]


def _form_stems(text: str, canon: dict[str, str]) -> tuple[str, ...]:
    tokens = words(text)
    if text.isupper() and all(w in STOPWORDS for w in tokens):
        # a code that is also a common word ("IN" for India, "US"): filed as written, so
        # only a question that writes it in capitals finds it (see `coded`)
        return (text,)
    kept = [canon.get(s, s) for s in (stem(w) for w in tokens if w not in STOPWORDS)]
    return tuple(kept or (stem(w) for w in tokens))


class IndexQueries:
    """The queries a question needs, over lookups an implementation provides:
    `vocabulary` (membership), `_words_from(letter)` (the sorted vocabulary words with
    that first letter), `_forms_under(stem)` ((creation number, Form) pairs filed under
    their rarest stem), `_phrases_under(stem)` and `_facts_with_stem(stem)`."""

    vocabulary: Container[str]
    store: Store
    canon: dict[str, str]

    def _words_from(self, letter: str) -> Sequence[str]:
        raise NotImplementedError

    def _forms_under(self, stem_: str) -> Sequence[tuple[int, Form]]:
        raise NotImplementedError

    def _phrases_under(self, stem_: str) -> Sequence[Phrase]:
        raise NotImplementedError

    def _facts_with_stem(self, stem_: str) -> Sequence[int]:
        raise NotImplementedError

    def relation_facts(self, predicate: str, limit: int) -> Sequence[int]:
        """The facts of a relation, or none when there are more than `limit`: a scan
        over them is only worth it for a rare relation."""
        facts = self._facts_of_predicate(predicate)
        return facts if len(facts) <= limit else ()

    def first_fact_of(self, predicate: str) -> int | None:
        """One fact of a relation, read without bringing the others along (a cached
        index would otherwise load every fact of a common relation)."""
        facts = self._facts_of_predicate(predicate)
        return facts[0] if facts else None

    def _facts_of_predicate(self, predicate: str) -> Sequence[int]:
        raise NotImplementedError

    def coded(self, text: str) -> str:
        """`text` with a code that is also a common word, written in capitals as an
        alias spells it ("IN lead?"), put as the name it stands for ("India lead?"):
        written in lower case it is the common word ("who led in the talks")."""
        def named(m: re.Match[str]) -> str:
            forms = self.forms_under(m.group())
            entity = self.store.entities.get(forms[0].entity) if forms else None
            return entity.name if entity is not None else m.group()
        return re.sub(r"\b[A-Z]{2,3}\b", lambda m: named(m) if m.group().lower() in STOPWORDS else m.group(), text)

    def forms_under(self, stem_: str) -> Sequence[Form]:
        """The names and aliases filed under a stem (each under its rarest stem)."""
        return [form for _, form in self._forms_under(stem_)]

    def knows_stem(self, stem_: str) -> bool:
        """Whether any fact's own words have this stem."""
        return bool(self._facts_with_stem(stem_))

    def facts_sharing(self, stems: set[str], need: int) -> set[int]:
        """Facts whose own words include at least `need` of `stems` (through the
        inverted lists, so only facts sharing a word are visited)."""
        counts: dict[int, int] = defaultdict(int)
        for s in stems:
            for i in self._facts_with_stem(s):
                counts[i] += 1
        return {i for i, n in counts.items() if n >= need}

    def has_longer_word(self, prefix: str) -> bool:
        """Whether a vocabulary word starts with `prefix` and is longer ("tech" ->
        "technologies"); a binary search among the words with its first letter (every
        word that starts with the prefix is there)."""
        if not prefix:
            return False
        chosen = self._words_from(prefix[0])
        at = bisect.bisect_right(chosen, prefix)
        return at < len(chosen) and chosen[at].startswith(prefix)

    def correct(self, word: str) -> str:
        """The vocabulary word a misspelt `word` most likely meant, else `word`."""
        if word in self.vocabulary or word in STOPWORDS or len(word) < 3 or any(c.isdigit() for c in word):
            return word
        if word.endswith("in") and len(word) > 5 and word + "g" in common_words():
            # "talkin'": the spoken ending typed as said; unless a word of the facts sounds
            # as typed and is as near ("rushin" is "russian", not "rushing")
            key = sound_key(word)
            sounded = [v for v in self._words_from(word[0]) if sound_key(v) == key and OSA.distance(word, v) <= 2]
            return sounded[0] if len(sounded) == 1 else word + "g"
        if word in common_words() or word in place_names() or self.knows_stem(stem(word)) or self._prefixed(word):
            return word  # a real word, or a form of a word the facts use ("firmed"), is no misspelling
        limit = 1 if len(word) <= 6 else 2 if len(word) <= 10 else 3
        if len(word) == 3:  # only a swap of letters: "JGW" -> "jwg"
            # the first such word in vocabulary order; each starts with one of the word's letters
            swapped = [v for letter in sorted(set(word)) for v in self._words_from(letter)
                       if len(v) == 3 and sorted(v) == sorted(word)]
            if swapped:
                return min(swapped)
            # or a letter dropped, when only one word of the facts has it back: "hig" -> "high"
            dropped = [v for v in self._words_from(word[0]) if len(v) == 4 and _holds_in_order(v, word)]
            return dropped[0] if len(dropped) == 1 and word not in common_words() else word
        # Slips rarely hit the first letter, and a different first letter usually means
        # a different word ("East" is not a misspelt "west"); a swap of the first two
        # letters is the exception.
        choices = list(self._words_from(word[0])) + [v for v in self._words_from(word[1]) if v[1:2] == word[0]]
        nearest = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=8)
        if nearest:
            # among equally near words, one with the letters as typed, then one ending as
            # typed: "ministery" is "ministry", not
            # "minister"; then one that sounds as typed: "meating" is "meeting", not "meaning"
            best = min(distance for _, distance, _ in nearest)
            tied = [choice for choice, distance, _ in nearest if distance == best]
            # two letters swapped keeps every letter: "countyr" is "country", not "counter"
            tied = [choice for choice in tied if sorted(choice) == sorted(word)] or tied
            # a letter dropped is a commoner slip than one added: "sixt" is "sixth", not "sit"
            tied = [choice for choice in tied if len(choice) > len(word) and _holds_in_order(choice, word)] or tied
            ending = [choice for choice in tied if choice[-1] == word[-1]] or tied
            if len(ending) > 1:
                key = sound_key(word)
                return next((choice for choice in ending if sound_key(choice) == key), ending[0])
            return ending[0]
        if word.endswith("s") and len(word) > 4:
            # a possessive typed without its apostrophe, and misspelt: "rusias" is "Russia's"
            bare = word[:-1]
            found = process.extractOne(bare, choices, scorer=OSA.distance, score_cutoff=1)
            if found and bare not in common_words():
                return found[0]
        if limit == 1 and len(word) >= 5:
            # a name of the facts misspelt twice ("Tanmia" for Tanmaya) rather than an
            # everyday word once ("Tania"): a name is what a question about them names
            named = [v for v, _, _ in process.extract(word, choices, scorer=OSA.distance, score_cutoff=2, limit=3)
                     if v not in common_words() and len(v) > len(word)]
            if len(named) == 1:
                return named[0]
        # Not a slip of a word the facts use: perhaps of an everyday word ("thretas" for
        # "threats"), which synonyms may still tie to the facts; else a word of the facts
        # spelt by ear ("rushan"); else honestly unknown.
        found = process.extract(word, common_words_from(word[0]), scorer=OSA.distance, score_cutoff=min(limit, 1),
                                limit=10)
        # a dropped letter is the commonest slip ("stuf" is "stuff" sooner than "stu"), then
        # two letters swapped ("vioce" is "voice" sooner than "vice")
        found.sort(key=lambda f: (f[1], 0 if len(f[0]) > len(word) else 1 if sorted(f[0]) == sorted(word) else 2, f[0]))
        if found:
            return found[0][0]
        heard = self._spelt_as_heard(word)
        if heard is None and english_spelling(word) != word:
            # a name as another language writes it: "Wierszynin", "Werschinin" (Vershinin)
            heard = self._spelt_as_heard(english_spelling(word))
        return heard if heard is not None else word

    def _prefixed(self, word: str) -> bool:
        """Whether `word` is a real word with a prefix: "restated" is "stated" said again,
        not a slip of "related"."""
        return any(word.startswith(p) and len(word) - len(p) >= 5 and (
            word[len(p):] in common_words() or word[len(p):] in self.vocabulary) for p in _PREFIXES)

    def _spelt_as_heard(self, word: str) -> str | None:
        """The vocabulary word that sounds as `word` is spelt ("rushan": russian,
        "yukrain": ukraine), the nearest in letters if several do, when slips of a letter
        or two found none. Long words only: short ones sound like too many others."""
        bases = [word] + [word[: -len(end)] + add for end, add in (("s", ""), ("es", ""), ("d", ""), ("ed", ""),
                                                                      ("ing", ""), ("ing", "e")) if word.endswith(end)]
        if len(word) < 5 or any(base in common_words() for base in bases):
            return None  # an everyday word or a form of one ("menaces", "voiced", "talking")
        key = sound_key(word)
        if len(key) < 3:
            return None
        initials = sorted({word[0], *SOUND_ALIKE_INITIALS.get(word[0], "")})
        choices = [v for letter in initials for v in self._words_from(letter)]
        # the letters first (rapidfuzz, in C), the sound only of the few words that near
        near = process.extract(word, choices, scorer=OSA.distance, score_cutoff=3, limit=None)
        found = sorted((distance, v) for v, distance, _ in near if sound_key(v) == key)
        if not found or (len(found) > 1 and found[1][0] == found[0][0]):
            return None  # none, or two as near: no telling which was meant
        return found[0][1]

    def near_words(self, word: str) -> list[str]:
        """Vocabulary words one slip from `word` (two for long words), nearest first,
        with the same first letter."""
        limit = 1 if len(word) <= 6 else 2
        found = process.extract(word, list(self._words_from(word[0])), scorer=OSA.distance,
                                score_cutoff=limit, limit=20)
        return [w for w, _, _ in sorted(found, key=lambda f: (f[1], f[0]))]

    def parties(self, fact: Fact) -> tuple[str, ...]:
        """The two countries a meeting of the fact is between, in the order its
        description names them: whom "both nations" in the fact's sentence means; none
        when no meeting of the fact names two."""
        for holder in (fact.subject, fact.qualifier("event")):
            record = self.store.entities.get(str(holder or ""))
            if record is None or record.type != "event" or not record.description:
                continue
            said = content_stems(record.description, self.canon)
            countries = tuple(dict.fromkeys(m.entity for m in self.mentions(said, exclusive=False)
                                            if self.store.entities[m.entity].type == "country"))
            if len(countries) == 2:
                return countries
        return ()

    def mentions(self, stems: list[str], exclusive: bool = True) -> list[Mention]:
        """Entity forms whose every stem occurs, in order and close together, in
        `stems`; with `exclusive`, the longest win where they overlap, so "Russian
        team" beats "Russian"."""
        positions: dict[str, list[int]] = defaultdict(list)
        for pos, s in enumerate(stems):
            positions[s].append(pos)
        order = {s: k for k, s in enumerate(positions)}
        hits: list[tuple[int, int, Mention]] = []
        seen: set[Form] = set()
        for s in positions:
            for number, form in self._forms_under(s):
                if form in seen:
                    continue
                seen.add(form)
                # every place the form occurs: "Russia's side ... did Russia back" names
                # the delegation and, apart from it, the country
                for span in _spans(form.stems, positions):
                    hits.append((min(order[t] for t in form.stems), number, Mention(form.entity, form, *span)))
        # A form found with words between its own does not reach over another thing's
        # one-word name: "UNSC seat does the article discuss" does not say "UNSC
        # discussions", as the article is named in between
        named_at: dict[int, set[str]] = defaultdict(set)
        for _, _, m in hits:
            if m.size == 1:
                named_at[m.start].add(m.entity)
        hits = [h for h in hits if h[2].end - h[2].start + 1 == h[2].size or not any(
            named_at.get(p, set()) - {h[2].entity} for p in range(h[2].start + 1, h[2].end)
            if stems[p] not in h[2].form.stems)]
        # ties below keep the order of a scan over the question's stems in turn
        found = [h[2] for h in sorted(hits, key=lambda h: h[:2])]
        found.sort(key=lambda m: (-m.size, not m.form.is_name, m.start))
        # a form found with words between its own ("Indian team leader at the foreign
        # ministry" holds "India's foreign ministry") gives way to a form of two words or
        # more that starts it and is found whole ("Indian team")
        whole = [m for m in found if m.size >= 2 and m.end - m.start + 1 == m.size]
        found.sort(key=lambda m: m.end - m.start + 1 > m.size and any(
            w.entity != m.entity and m.start == w.start and w.end < m.end for w in whole))
        if not exclusive:
            firsts: dict[Form, Mention] = {}
            for m in found:
                if m.form not in firsts or m.start < firsts[m.form].start:
                    firsts[m.form] = m
            return [m for m in found if firsts[m.form] is m]
        chosen: list[Mention] = []
        taken: set[int] = set()
        named: set[str] = set()
        for m in self._parts_first(found):
            cells = set(range(m.start, m.end + 1))
            if not cells & taken and m.entity not in named:  # an entity named twice is one mention
                chosen.append(m)
                taken |= cells
                named.add(m.entity)
        return chosen

    def _parts_first(self, found: list[Mention]) -> list[Mention]:
        """The name of a part read before the name of its whole when the two share a word
        and the part's goes on after it: "India-Russia talks on UN matters" are the UN
        talks, not the Moscow talks that take in the whole visit."""
        out = list(found)
        for m in found:
            part = next((p for p in out if p.start > m.start and p.end > m.end and p.start <= m.end
                         and self.store.entities[p.entity].part_of == m.entity), None)
            if part is not None and out.index(part) > out.index(m):
                out.remove(part)
                out.insert(out.index(m), part)
        return out

    def phrases_in(self, stems: list[str]) -> dict[str, tuple[float, bool]]:
        """Predicates whose phrases occur in `stems`: id -> (strength, passive)."""
        positions: dict[str, list[int]] = defaultdict(list)
        for pos, s in enumerate(stems):
            positions[s].append(pos)
        out: dict[str, tuple[float, bool]] = {}
        for s in positions:
            for phrase in self._phrases_under(s):
                if _span(phrase.stems, positions):
                    strength = min(1.0, 0.6 + 0.2 * len(phrase.stems))
                    old = out.get(phrase.predicate)
                    if not old or strength > old[0] or (strength == old[0] and phrase.passive):
                        out[phrase.predicate] = (strength, phrase.passive)
        return out

    def relation_words(self, stems: list[str]) -> dict[str, frozenset[str]]:
        """The words that say each predicate phrases_in finds: "held" says held-in,
        held-on and held alike, "title" and "head" two relations."""
        positions: dict[str, list[int]] = defaultdict(list)
        for pos, s in enumerate(stems):
            positions[s].append(pos)
        out: dict[str, set[str]] = defaultdict(set)
        for s in positions:
            for phrase in self._phrases_under(s):
                if _span(phrase.stems, positions):
                    out[phrase.predicate].update(phrase.stems)
        return {p: frozenset(w) for p, w in out.items()}

    @staticmethod
    def slot_entities(fact: Fact) -> list[str]:
        """Entities the fact names in a slot: subject, entity object, place and event."""
        out = [fact.subject]
        if isinstance(fact.object, str):
            out.append(fact.object)
        out.extend(v for k, v in fact.qualifiers if k in ("place", "event"))
        return out


@dataclass
class Index(IndexQueries):
    """The index built in memory from a Store."""

    store: Store
    forms: list[Form] = field(default_factory=list)
    forms_by_stem: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))
    phrases: list[Phrase] = field(default_factory=list)
    phrases_by_stem: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    vocabulary: set[str] = field(default_factory=set)
    fact_stems: list[frozenset[str]] = field(default_factory=list)  # the fact's own words
    quote_stems: list[frozenset[str]] = field(default_factory=list)  # the words of its quote
    # The quote's content stems in order, joined: the choice rapidfuzz matches the
    # question's phrasing against (preprocessed once here, so no processor at query time).
    quote_phrases: list[str] = field(default_factory=list)
    sentence_stems: list[frozenset[str]] = field(default_factory=list)  # words of the sentences it quotes
    fact_context: list[frozenset[str]] = field(default_factory=list)
    literal_stems: list[tuple[str, ...]] = field(default_factory=list)
    facts_by_entity: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    facts_by_context: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # inverse of fact_context
    facts_by_stem: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # inverse of fact_stems
    facts_by_predicate: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    canon: dict[str, str] = field(default_factory=dict)  # demonym stem -> place stem
    sentence_text: dict[str, str] = field(default_factory=dict)  # fact id -> the sentence(s) it quotes
    _vocab_list: list[str] = field(default_factory=list)
    _by_initial: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Each form once, under its rarest stem, with its creation number: a form matches
    # only where all its stems occur, so looking forms up by the rarest one finds the
    # same matches without visiting every form that shares a common word ("Summit").
    _forms_by_rare_stem: dict[str, list[tuple[int, Form]]] = field(default_factory=dict)

    @classmethod
    def build(cls, store: Store) -> Index:
        index = cls(store)
        index._add_canon()
        index._add_forms()
        index._index_rare_stems()
        index._add_phrases()
        index._add_facts()
        index._vocab_list = sorted(index.vocabulary)
        for word in index._vocab_list:
            index._by_initial[word[0]].append(word)
        return index

    # -- building ------------------------------------------------------------
    def _add_canon(self) -> None:
        """Demonyms read as their place: "Russian" and "Russia" are one word to the
        matcher, so "the Russian deputy minister" meets "Minister ... for Russia".
        Taken from the facts' own aliases (a one-word alias sharing the name's start)."""
        for entity in self.store.entities.values():
            name = words(entity.name)
            if entity.type not in PLACE_TYPES or len(name) != 1:
                continue
            for alias in entity.aliases:
                token = words(alias)
                if len(token) == 1 and token[0] != name[0] and token[0][:4] == name[0][:4]:
                    self.canon[stem(token[0])] = stem(name[0])

    def _add_forms(self) -> None:
        for entity in self.store.entities.values():
            names = [(entity.name, True), *((a, False) for a in entity.aliases)]
            if entity.type == "person" and len(entity.name.split()) > 1:
                # a person is also named by the first name alone ("which official is called
                # Sergey"), as an alias spells it too ("Sergei Vershinin": Sergei); an alias
                # that shares no word with the name ("Secretary (West)") is no full name
                full = entity.name.split()
                firsts = {full[0]} | {a.split()[0] for a in entity.aliases
                                      if len(a.split()) > 1 and a.split()[-1] == full[-1]}
                names.extend((first, False) for first in sorted(firsts))
            for text, is_name in names:
                stems = _form_stems(text, self.canon)
                if not stems:
                    continue
                form = Form(entity.id, stems, text, is_name)
                self.forms.append(form)
                for s in set(stems):
                    self.forms_by_stem[s].append(form)
                self.vocabulary.update(words(text))
            self.vocabulary.update(words(entity.description))

    def _index_rare_stems(self) -> None:
        for number, form in enumerate(self.forms):
            rare = min(form.stems, key=lambda s: (len(self.forms_by_stem[s]), s))
            self._forms_by_rare_stem.setdefault(rare, []).append((number, form))

    def _add_phrases(self) -> None:
        for predicate in self.store.predicates.values():
            for text in predicate.phrases:
                stems = _form_stems(text, self.canon)
                phrase = Phrase(predicate.id, stems, text, text in predicate.passive)
                self.phrases.append(phrase)
                for s in set(stems):
                    self.phrases_by_stem[s].append(phrase)
                self.vocabulary.update(words(text))

    def _add_facts(self) -> None:
        store = self.store
        for source in store.sources.values():
            self.vocabulary.update(words(source.title))
        seen_sources: set[str] = set()
        for i, fact in enumerate(store.facts):
            if fact.source not in seen_sources:
                seen_sources.add(fact.source)
                self.vocabulary.update(words(store.sources[fact.source].text))
            doc: set[str] = set()
            context: set[str] = {fact.subject}
            named_in_role: set[str] = set()
            for entity_id in self.slot_entities(fact):
                entity = store.entities[entity_id]
                context.add(entity_id)
                for text in (entity.name, *entity.aliases):
                    doc.update(content_stems(text, self.canon))
                self.facts_by_entity[entity_id].append(i)
            for text in store.predicates[fact.predicate].phrases:
                doc.update(content_stems(text, self.canon))
            for key, value in fact.qualifiers:
                if key == "role":  # free text the curator gave: "to discuss the situation in Ukraine"
                    role = content_stems(str(value), self.canon)
                    doc.update(role)
                    # what it names makes the fact one to look at ("what was held in
                    # parallel with the JWG"), though the fact is not about it
                    named_in_role.update(m.entity for m in self.mentions(role, exclusive=False))
            obj = fact.object
            lit = content_stems(obj.text, self.canon) if isinstance(obj, Literal) else []
            self.literal_stems.append(tuple(lit))
            doc.update(lit)
            quoted = content_stems(fact.quote.text, self.canon)
            doc.update(quoted)
            self.quote_stems.append(frozenset(quoted))
            self.quote_phrases.append(" ".join(quoted))
            enclosing = _enclosing_sentences(store.sources[fact.source].text, fact)
            self.sentence_text[fact.id] = enclosing
            sentence = content_stems(enclosing, self.canon)
            for mention in self.mentions(sentence, exclusive=False):
                context.add(mention.entity)
            if re.search(_BOTH_SAID, enclosing):
                context.update(self.parties(fact))
            # a fact about a meeting of a series is found by the series' name too ("what
            # came up at the talks": the JWG's discussions), though it is not about the
            # series: the series is no entity of its context, which scoring reads
            for entity_id in context:
                named_in_role.update(self.store.wholes(entity_id))
            self.fact_stems.append(frozenset(doc))
            for s in doc:
                self.facts_by_stem[s].append(i)
            self.facts_by_predicate[fact.predicate].append(i)
            self.sentence_stems.append(frozenset(sentence))
            self.fact_context.append(frozenset(context))
            for entity_id in context | named_in_role:
                self.facts_by_context[entity_id].append(i)

    # -- the lookups IndexQueries runs on ------------------------------------------
    def _words_from(self, letter: str) -> Sequence[str]:
        return self._by_initial.get(letter, ())

    def _forms_under(self, stem_: str) -> Sequence[tuple[int, Form]]:
        return self._forms_by_rare_stem.get(stem_, ())

    def _phrases_under(self, stem_: str) -> Sequence[Phrase]:
        return self.phrases_by_stem.get(stem_, ())

    def _facts_with_stem(self, stem_: str) -> Sequence[int]:
        return self.facts_by_stem.get(stem_, ())

    def _facts_of_predicate(self, predicate: str) -> Sequence[int]:
        return self.facts_by_predicate.get(predicate, ())


def _enclosing_sentences(text: str, fact: Fact) -> str:
    """The quote widened to the sentence(s) around it: the context it was said in."""
    start = max(text.rfind(". ", 0, fact.quote.start), text.rfind("\n", 0, fact.quote.start)) + 1
    ends = [i for i in (text.find(". ", fact.quote.end - 1), text.find("\n", fact.quote.end)) if i >= 0]
    return text[start:min(ends) + 1 if ends else len(text)]


def _spans(stems: tuple[str, ...], positions: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Every place a form occurs: the tightest window from each occurrence of its first
    stem; a form of one word occurs wherever the word does."""
    if len(stems) == 1:
        return [(p, p) for p in positions.get(stems[0], ())]
    span = _span(stems, positions)
    return [span] if span else []


def _span(stems: tuple[str, ...], positions: dict[str, list[int]]) -> tuple[int, int] | None:
    """The tightest window holding every stem (each at a distinct position), if it is
    no wider than the form plus two words."""
    if not all(s in positions for s in stems):
        return None
    if len(stems) == 1:
        p = positions[stems[0]][0]
        return p, p
    best: tuple[int, int] | None = None
    for anchor in positions[stems[0]]:
        last = anchor
        for s in stems[1:]:
            following = [p for p in positions[s] if p > last]
            if not following:
                break
            last = following[0]
        else:
            if last - anchor + 1 <= len(stems) + 2 and (best is None or last - anchor < best[1] - best[0]):
                best = (anchor, last)
    return best
