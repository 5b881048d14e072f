"""The index in the cache database, queried in place: a process opens the database and
reads only the rows a question needs, instead of reading and rebuilding everything.

Tables (each `n INTEGER PRIMARY KEY, body BLOB`, rows written by `cache.pack`):
  head       row 0: format, version, code, location, content key, the inputs and their
             digests, predicates, phrases, canon, table sizes
  facts      row i: fact i's record and its index entries (words, context, quote phrase);
             a list of stems as one string, words separated by spaces
  sentences  row i: the sentence(s) fact i quotes
  vocabulary row k: the sorted vocabulary words with the k-th first letter of the head
  orders     rows 0 and 1: the source ids and the entity ids in the store's order
  keyed tables, rows = hash buckets of {key: value}: sources, entities, fact_ids (fact
             id -> i), forms (stem -> the forms holding it), by_entity, by_context,
             by_predicate, by_stem (key -> fact numbers)
Small things (predicates, phrases, canon) are in the head and read whole; everything
else is read by key and kept for the rest of the process.

If a row turns out damaged while answering, the index loads the facts from the files,
builds the in-memory Index, rewrites the cache, and answers every later query from that
(`_recover`): both give the same answers, so a damaged cache never changes one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from factcli import cache, storecache
from factcli.index import Form, Index, IndexQueries, Phrase
from factcli.model import Fact, Store

_KEYED = ("sources", "entities", "fact_ids", "forms", "by_entity", "by_context", "by_predicate", "by_stem")
_BATCH = 500  # fact rows read in one query when several are known to be wanted


# -- writing ----------------------------------------------------------------------------

def write(cache_dir: Path, location: Path, store: Store, index: Index, inputs: storecache.Inputs) -> bool:
    """Cache a clean Store and its built Index; False when it could not be written."""
    if not storecache.supported():
        return False
    encoded = storecache.encode(location, store, inputs)
    head = dict(encoded.head)
    head.update(format=cache.FORMAT, version=cache.VERSION, code=cache.code_fingerprint(),
                location=cache.location_key(location))
    head["key"] = storecache.key_of(head)
    head["canon"] = index.canon
    head["phrases"] = [[p.predicate, p.stems, p.text, p.passive] for p in index.phrases]
    vocabulary: dict[str, list[str]] = {}
    for word in sorted(index.vocabulary):
        vocabulary.setdefault(word[0], []).append(word)
    head["initials"] = list(vocabulary)
    keyed: dict[str, dict[str, object]] = {
        "sources": encoded.sources,
        "entities": encoded.entities,
        "fact_ids": {f.id: i for i, f in enumerate(store.facts)},
        "forms": _forms_by_stem(index),
        "by_entity": dict(index.facts_by_entity),
        "by_context": dict(index.facts_by_context),
        "by_predicate": dict(index.facts_by_predicate),
        "by_stem": dict(index.facts_by_stem),
    }
    # Stems are runs of [a-z0-9] (text.words), so a list of them is stored as one
    # space-separated string: decoding a row of thousands of small JSON strings was
    # most of the time of reading it.
    facts = ([*record, " ".join(sorted(index.fact_stems[i])), index.quote_phrases[i],
              " ".join(sorted(index.sentence_stems[i])), sorted(index.fact_context[i]), " ".join(index.literal_stems[i])]
             for i, record in enumerate(encoded.facts))

    def fill(db: sqlite3.Connection) -> None:
        buckets: dict[str, int] = {}
        for name in ("head", "facts", "sentences", "vocabulary", "orders", *_KEYED):
            cache.create_table(db, name)
        cache.fill_table(db, "orders", cache.dense_rows(encoded.orders))
        cache.fill_table(db, "facts", cache.dense_rows(facts))
        cache.fill_table(db, "sentences", cache.dense_rows(index.sentence_text[f.id] for f in store.facts))
        cache.fill_table(db, "vocabulary", cache.dense_rows(vocabulary.values()))
        for name, mapping in keyed.items():
            buckets[name], rows = cache.keyed_rows(mapping)
            cache.fill_table(db, name, rows)
        head["buckets"] = buckets
        cache.fill_table(db, "head", [(0, cache.pack(0, head))])

    return cache.write_database(cache_dir, location, fill)


def _forms_by_stem(index: Index) -> dict[str, object]:
    """Stem -> every form holding it, in creation order: [number, entity, stems, text,
    is_name, whether this stem is the one the form is filed under for `mentions`]."""
    numbers = {id(form): n for n, form in enumerate(index.forms)}
    rare = {id(form): s for s, found in index._forms_by_rare_stem.items() for _, form in found}
    return {s: [[numbers[id(f)], f.entity, f.stems, f.text, f.is_name, rare[id(f)] == s] for f in forms]
            for s, forms in index.forms_by_stem.items()}


# -- reading ----------------------------------------------------------------------------

def open_index(cache_dir: Path, location: Path, files: list[Path]) -> CachedIndex | None:
    """The cached index of `location` if its entry is whole and every input is byte for
    byte what it was built from; None otherwise (the caller loads from the files)."""
    if not storecache.supported():
        return None
    opened = cache.open_entry(cache_dir, location)
    if opened is None:
        return None
    db, head, identity = opened
    try:
        if head.get("key") != storecache.key_of(head):
            raise cache.Damaged("key")
        texts = storecache.fresh(head, location, files)
        if texts is None:
            db.close()
            return None
        return CachedIndex(db, head, identity, cache_dir, location, files, texts)
    except (cache.Damaged, KeyError, TypeError, ValueError, IndexError, AttributeError):
        db.close()
        return None


class CachedIndex(IndexQueries):
    """The index read in place from the cache database (see the module docstring)."""

    def __init__(self, db: sqlite3.Connection, head: dict[str, Any], identity: os.stat_result, cache_dir: Path,
                 location: Path, files: list[Path], texts: list[Path]) -> None:
        self._db = db
        self._identity = identity
        self._cache_dir = cache_dir
        self._location = location
        self._fallback: Index | None = None
        self.key: str = head["key"]
        self._buckets: dict[str, int] = head["buckets"]
        self._bucket_memo: dict[tuple[str, int], dict[str, Any]] = {}
        self._initials: dict[str, int] = {c: n for n, c in enumerate(head["initials"])}
        self._words: dict[str, list[str]] = {}
        self._word_sets: dict[str, frozenset[str]] = {}
        self.canon: dict[str, str] = head["canon"]
        self.phrases = [Phrase(p, tuple(stems), text, passive) for p, stems, text, passive in head["phrases"]]
        self.phrases_by_stem: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            for s in set(phrase.stems):
                self.phrases_by_stem.setdefault(s, []).append(phrase)
        # fact i's parts, read together from its row
        self._facts: dict[int, Fact] = {}
        self._fact_parts: dict[int, tuple[frozenset[str], str, frozenset[str], frozenset[str], tuple[str, ...]]] = {}
        self._quote_stems: dict[int, frozenset[str]] = {}
        self._wanted: set[int] = set()  # facts a posting list named and not yet read
        self._form_memo: dict[str, list[tuple[int, Form, bool]]] = {}
        self.store = storecache.CachedStore(self, head, location, files, texts)
        self.vocabulary = _Vocabulary(self)
        self.forms_by_stem = _FormsByStem(self)
        self.fact_stems = _PerFact(self, 0, "fact_stems")
        self.quote_phrases = _PerFact(self, 1, "quote_phrases")
        self.sentence_stems = _PerFact(self, 2, "sentence_stems")
        self.fact_context = _PerFact(self, 3, "fact_context")
        self.literal_stems = _PerFact(self, 4, "literal_stems")
        self.quote_stems = _QuoteStems(self)
        self.sentence_text = _SentenceText(self)
        # the facts of an entity, its context or a relation are all read by the ranking;
        # of a word's facts only those sharing enough words (facts_sharing below)
        self.facts_by_entity = _Postings(self, "by_entity", "facts_by_entity", announce=True)
        self.facts_by_context = _Postings(self, "by_context", "facts_by_context", announce=True)
        self.facts_by_predicate = _Postings(self, "by_predicate", "facts_by_predicate", announce=True)
        self.facts_by_stem = _Postings(self, "by_stem", "facts_by_stem", announce=False)

    # -- damage -------------------------------------------------------------------------
    @property
    def recovered(self) -> bool:
        """Whether damage was found and the index now answers from the files."""
        return self._fallback is not None

    def guarded(self, read: Callable[[], Any], instead: Callable[[Any], Any]) -> Any:
        """`read()` from the database; on damage, `instead(index)` from the files."""
        if self._fallback is None:
            try:
                return read()
            except (cache.Damaged, sqlite3.Error, ValueError, TypeError, KeyError, IndexError, AttributeError):
                self._recover()
        return instead(self._fallback)

    def guarded_store(self, read: Callable[[], Any], instead: Callable[[Store], Any]) -> Any:
        return self.guarded(read, lambda index: instead(index.store))

    def _recover(self) -> None:
        from factcli.load import clean, load, paused_gc

        self._db.close()
        cache.discard(self._cache_dir, self._location, self._identity)
        with paused_gc():
            result = clean(load(self._location, cache=True, reuse=False))
            index = Index.build(result.store)
        if result.inputs is not None:
            write(self._cache_dir, self._location, result.store, index, result.inputs)
        self._fallback = index

    # -- rows -----------------------------------------------------------------------------
    def keyed(self, table: str, key: str) -> Any:
        """The value of `key` in a keyed table; KeyError when it has none."""
        return self._bucket(table, cache.bucket_of(key, self._buckets[table]))[key]

    def dense(self, table: str, n: int) -> Any:
        row = self._db.execute(f"SELECT body FROM {table} WHERE n = ?", (n,)).fetchone()
        if row is None:
            raise cache.Damaged(f"{table}: no row {n}")
        return cache.unpack(row[0], n)

    def fact(self, i: int) -> Fact:
        """Fact i, reading its row (and those of other wanted facts) if not yet read."""
        found = self._facts.get(i)
        if found is None:
            self._read_facts(i)
            found = self._facts[i]
        return found

    def _read_facts(self, i: int) -> None:
        chosen = [i]
        if i in self._wanted:
            self._wanted.discard(i)
            while self._wanted and len(chosen) < _BATCH:
                k = self._wanted.pop()
                if k not in self._facts:
                    chosen.append(k)
        marks = ",".join("?" * len(chosen))
        rows = dict(self._db.execute(f"SELECT n, body FROM facts WHERE n IN ({marks})", chosen).fetchall())
        shown = self.store.files
        for k in chosen:
            if k not in rows:
                raise cache.Damaged(f"facts: no row {k}")
            record = cache.unpack(rows[k], k)
            self._facts[k] = storecache.decode_fact(record[:11], shown)
            stems, phrase, sentence, context, literal = record[11:]
            self._fact_parts[k] = (frozenset(stems.split()), phrase, frozenset(sentence.split()), frozenset(context),
                                   tuple(literal.split()))

    def fact_part(self, i: int, part: int) -> Any:
        if i not in self._fact_parts:
            self._read_facts(i)
        return self._fact_parts[i][part]

    def announce(self, facts: Sequence[int]) -> None:
        """Facts a posting list named: the next fact row read brings them along."""
        if len(facts) > 1:
            self._wanted.update(k for k in facts if k not in self._facts)

    def words_from(self, letter: str) -> list[str]:
        if letter not in self._words:
            n = self._initials.get(letter)
            self._words[letter] = [] if n is None else self.dense("vocabulary", n)
        return self._words[letter]

    # -- the lookups IndexQueries runs on ---------------------------------------------
    def _words_from(self, letter: str) -> Sequence[str]:
        return self.guarded(lambda: self.words_from(letter), lambda index: index._words_from(letter))

    def forms_with(self, stem_: str) -> list[tuple[int, Form, bool]] | None:
        """(number, form, filed under this stem) for every form holding `stem_`, or None."""
        found = self._form_memo.get(stem_)
        if found is None:
            try:
                rows = self.keyed("forms", stem_)
            except KeyError:
                return None
            found = self._form_memo[stem_] = [(n, Form(entity, tuple(stems), text, is_name), rare)
                                              for n, entity, stems, text, is_name, rare in rows]
        return found

    def _forms_under(self, stem_: str) -> Sequence[tuple[int, Form]]:
        return self.guarded(lambda: [(n, form) for n, form, rare in self.forms_with(stem_) or () if rare],
                            lambda index: index._forms_under(stem_))

    def _phrases_under(self, stem_: str) -> Sequence[Phrase]:
        return self.phrases_by_stem.get(stem_, ())

    def _facts_with_stem(self, stem_: str) -> Sequence[int]:
        return self.facts_by_stem.get(stem_, ())

    def _facts_of_predicate(self, predicate: str) -> Sequence[int]:
        # read without announcing: a long list is not wanted, and its facts must not be
        # brought along with the next fact read
        return self.guarded(lambda: self._keyed_or_empty("by_predicate", predicate),
                            lambda index: index.facts_by_predicate.get(predicate, ()))

    def _keyed_or_empty(self, table: str, key: str) -> Any:
        try:
            return self.keyed(table, key)
        except KeyError:
            return []

    def facts_sharing(self, stems: set[str], need: int) -> set[int]:
        found = super().facts_sharing(stems, need)
        self.announce(sorted(found))
        return found

    @property
    def forms(self) -> list[Form]:
        """Every entity form in creation order (for name lookups, which scan them all)."""
        def read() -> list[Form]:
            numbered: list[tuple[int, Form]] = []
            for bucket in range(self._buckets["forms"]):
                for found in self._bucket("forms", bucket).values():
                    numbered.extend((n, Form(e, tuple(stems), text, is_name))
                                    for n, e, stems, text, is_name, rare in found if rare)
            return [form for _, form in sorted(numbered, key=lambda pair: pair[0])]

        return self.guarded(read, lambda index: index.forms)

    def _bucket(self, table: str, bucket: int) -> dict[str, Any]:
        group = self._bucket_memo.get((table, bucket))
        if group is None:
            group = self.dense(table, bucket)
            if not isinstance(group, dict):
                raise cache.Damaged(f"{table}: bucket {bucket}")
            self._bucket_memo[(table, bucket)] = group
        return group


class _Vocabulary:
    """Membership in the vocabulary, one first letter's words read at a time."""

    def __init__(self, index: CachedIndex) -> None:
        self.index = index

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        index = self.index

        def read() -> bool:
            letter = word[0]
            if letter not in index._word_sets:
                index._word_sets[letter] = frozenset(index.words_from(letter))
            return word in index._word_sets[letter]

        return index.guarded(read, lambda fallback: word in fallback.vocabulary)

    def __iter__(self) -> Iterator[str]:
        index = self.index
        return iter(index.guarded(lambda: [w for c in sorted(index._initials) for w in index.words_from(c)],
                                  lambda fallback: sorted(fallback.vocabulary)))


class _FormsByStem(Mapping[str, list[Form]]):
    """Stem -> every entity form holding it, in creation order."""

    def __init__(self, index: CachedIndex) -> None:
        self.index = index

    def _find(self, stem_: object) -> list[Form] | None:
        if not isinstance(stem_, str):
            return None
        index = self.index

        def read() -> list[Form] | None:
            found = index.forms_with(stem_)
            return None if found is None else [form for _, form, _ in found]

        return index.guarded(read, lambda fallback: fallback.forms_by_stem.get(stem_))

    def get(self, stem_: str, default: Any = None) -> Any:  # type: ignore[override]
        found = self._find(stem_)
        return default if found is None else found

    def __getitem__(self, stem_: str) -> list[Form]:
        found = self._find(stem_)
        return [] if found is None else found  # as the built Index's defaultdict

    def __contains__(self, stem_: object) -> bool:
        return self._find(stem_) is not None

    def __iter__(self) -> Iterator[str]:
        index = self.index
        return iter(index.guarded(
            lambda: [k for bucket in range(index._buckets["forms"]) for k in index._bucket("forms", bucket)],
            lambda fallback: list(fallback.forms_by_stem)))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _PerFact(Sequence[Any]):
    """One part of every fact's index entry (its words, context, ...), by fact number."""

    def __init__(self, index: CachedIndex, part: int, name: str) -> None:
        self.index, self.part, self.name = index, part, name

    def __len__(self) -> int:
        return len(self.index.store.facts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = _in_range(i, len(self))
        index = self.index
        return index.guarded(lambda: index.fact_part(i, self.part), lambda fallback: getattr(fallback, self.name)[i])


def _in_range(i: int, count: int) -> int:
    """A fact number as a sequence reads it (negative from the end); IndexError, not
    damage, outside the facts."""
    if i < 0:
        i += count
    if not 0 <= i < count:
        raise IndexError(i)
    return i


class _QuoteStems(_PerFact):
    """A quote's words: the words of its quote phrase, which holds them in order."""

    def __init__(self, index: CachedIndex) -> None:
        super().__init__(index, 1, "quote_stems")

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = _in_range(i, len(self))
        index = self.index
        if index._fallback is None and i in index._quote_stems:
            return index._quote_stems[i]

        def read() -> frozenset[str]:
            found = index._quote_stems[i] = frozenset(index.fact_part(i, 1).split())
            return found

        return index.guarded(read, lambda fallback: fallback.quote_stems[i])


class _SentenceText(Mapping[str, str]):
    """Fact id -> the sentence(s) its quote stands in."""

    def __init__(self, index: CachedIndex) -> None:
        self.index = index
        self.memo: dict[str, str] = {}

    def __getitem__(self, fact_id: str) -> str:
        index = self.index
        if index._fallback is None and fact_id in self.memo:
            return self.memo[fact_id]

        def read() -> str | None:
            try:
                i = index.keyed("fact_ids", fact_id)
            except KeyError:
                return None
            found = self.memo[fact_id] = index.dense("sentences", i)
            return found

        found = index.guarded(read, lambda fallback: fallback.sentence_text.get(fact_id))
        if found is None:
            raise KeyError(fact_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return (fact.id for fact in self.index.store.facts)

    def __len__(self) -> int:
        return len(self.index.store.facts)


class _Postings(Mapping[str, list[int]]):
    """Key (an entity, a predicate, a stem) -> the numbers of the facts filed under it.
    A key with none gives an empty list, as the built Index's defaultdicts do."""

    def __init__(self, index: CachedIndex, table: str, name: str, announce: bool) -> None:
        self.index, self.table, self.name, self.announce = index, table, name, announce

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        found = self._find(key)
        return default if found is None else found

    def __getitem__(self, key: str) -> list[int]:
        found = self._find(key)
        return [] if found is None else found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None

    def _find(self, key: str) -> list[int] | None:
        index = self.index

        def read() -> list[int] | None:
            try:
                found = index.keyed(self.table, key)
            except KeyError:
                return None
            if self.announce:
                index.announce(found)
            return found

        return index.guarded(read, lambda fallback: getattr(fallback, self.name).get(key))

    def __iter__(self) -> Iterator[str]:
        index = self.index

        def read() -> list[str]:
            return [k for bucket in range(index._buckets[self.table]) for k in index._bucket(self.table, bucket)]

        return iter(index.guarded(read, lambda fallback: list(getattr(fallback, self.name))))

    def __len__(self) -> int:
        return sum(1 for _ in self)
