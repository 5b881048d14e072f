"""Questions that keep the article's word order and put the wh-word where the answer
goes ("... fostering stronger what?", "new technologies in the hands of who?", "the use
of technology for what purposes?"): the words before the wh-word, found in a source
sentence, point at the answer; the words after it, if any, end it.

Pure text: no index, no ranking. answer.py decides which sentences to read and how
sure the answer is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_WH = frozenset({"what", "who", "whom", "which", "whose"})
# Words that follow an in-place wh-word without being part of the sentence ("and what else")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "will", "can"})
_KIND = frozenset({"kind", "kinds", "sort", "type", "types", "form", "version"})  # "what kind of": its own frame
_AFTER_WH_FILLER = frozenset({"else", "exactly", "precisely", "again"})
# A wh-word right after one of these is its object, so it stands inside the sentence
# whatever follows it ("the use of what for terrorist purposes", "in the hands of who
# were a concern"), not at the head of a question of its own
_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "with", "about", "from", "by", "to", "into", "towards",
                           "against", "over", "under", "between", "among", "via"})
_STOP_AT = frozenset({"and", "but", "while", "which", "where", "that", "with", "to", "in", "on", "at", "for", "by",
                      "as", "during", "stated", "said"})
_LIST_JOINERS = frozenset({"and", "or"})
_NO_ITEM = frozenset({"more", "others", "so", "such", "beyond", "elsewhere", "etc"})  # "X and more"
_LIST_CLOSERS = frozenset({".", ";", ":", "!", "?", ")", "\u201d", '"'})
_TEXT_WORD = r"[A-Za-z0-9]+(?:[-\u2010\u2011'\u2019][A-Za-z0-9]+)*|[,.;:!?()\u201c\u201d\"]"  # compiled on first use (start-up)
_ORDINAL = (r"\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|last|next")
_MOST_WORDS = 4  # an answer runs at most this many words when nothing after the wh-word ends it


@dataclass(frozen=True)
class Gap:
    before: tuple[str, ...]  # the question's words right before the wh-word, as stems
    after: tuple[str, ...]  # the words right after it, as stems (may be empty)
    leads: tuple[tuple[str, ...], ...] = ()  # the tails of `before` that hold a content word, longest first
    last: bool = False  # the wh-word ends the question ("a step towards what?")


def gap_in(tokens: Sequence[str], stem: Callable[[str], str], stopwords: frozenset[str],
           verb: Callable[[str], bool]) -> Gap | None:
    """The gap a question leaves where its wh-word stands, if the wh-word stands inside
    the sentence (not first) after at least two words, one of them a content word, and
    ends it or comes before a noun ("for what purposes"), not a verb ("Galuzin - who
    met him?") or a function word ("which one is ...", "what kind of ...")."""
    at = next((i for i, t in enumerate(tokens) if t in _WH and i >= 2), None)
    if at is None:
        return None
    following = [t for t in tokens[at + 1 : at + 3] if t not in ("one", "ones") and t not in _AFTER_WH_FILLER]
    placed = tokens[at - 1] in _PREPOSITIONS and following[:1] != ["of"]  # "of which of them": a choice
    if any(t in _WH for t in tokens[:at]) or (following[:1] and (following[0] in _KIND or (not placed and (
            following[0] in _AUXILIARIES or following[0] in stopwords or verb(following[0]))))):
        return None  # "... Which one is Vershinin a deputy minister of?": a question of its own
    doing = at >= 2 and tokens[at - 1].endswith("ing") and tokens[at - 2] in _PREPOSITIONS  # "in tackling which"
    if not (placed or doing) and any(t in _AUXILIARIES for t in tokens[at + 2 : at + 4]):
        # "in the sixth round what developments were discussed": the same, its noun first
        # ("for what purposes did ..." asks in the sentence's own place)
        return None
    before = [t for t in tokens[max(0, at - 3) : at]]
    if not any(t not in stopwords for t in before):
        return None
    after = [t for t in tokens[at + 1 : at + 3] if t not in _AFTER_WH_FILLER]
    after = after[:1] if after and after[0] not in stopwords else []
    # "is fostering stronger what": the sentence may say "in fostering stronger ..."
    leads = tuple(tuple(stem(t) for t in before[k:]) for k in range(len(before) - 1)
                  if any(t not in stopwords for t in before[k:]))
    last = all(t in _AFTER_WH_FILLER for t in tokens[at + 1:])
    return Gap(tuple(stem(t) for t in before), tuple(stem(t) for t in after), leads, last)


def fill(gap: Gap, text: str, stem: Callable[[str], str]) -> str | None:
    """The words of `text` that stand where the gap is: after the question's words
    before it, up to its words after it (or a few words, to a punctuation mark or a
    joining word)."""
    found = [(m.group(0), m.start(), m.end()) for m in re.finditer(_TEXT_WORD, text)]
    said = [stem(w.lower().replace("\u2019", "'")) for w, _, _ in found]
    for lead in gap.leads:
        filled = _fill_after(lead, gap.after, found, said, text, gap.last)
        if filled:
            return filled
    return None


def _fill_after(lead: tuple[str, ...], after: tuple[str, ...], found: list[tuple[str, int, int]], said: list[str],
                text: str, last: bool = False) -> str | None:
    n = len(lead)
    for i in range(len(said) - n):
        if tuple(said[i : i + n]) != lead:
            continue
        start = i + n
        end = start
        ended_by_after = False
        while end < len(found) and end - start < _MOST_WORDS + len(after):
            if after and said[end] == after[0]:
                ended_by_after = True
                end += 1  # "for what purposes": "terrorist purposes"
                if end + 1 < len(found) and found[end][0].lower() == "of" and found[end + 1][0][0].isalnum() \
                        and not any(re.fullmatch(_ORDINAL, w.lower()) for w, _, _ in found[start:end]):
                    # "on which issues": "addressing issues of radicalisation, terror
                    # financing, and ...": what "of" says they are ("which round": "the
                    # sixth round of consultations" is said by "sixth")
                    return _of_phrase(found, end + 1, text)
                break
            if found[end][0].lower() in ("and", "or") and end > start and after and after[0] in said[end + 1 : end + 4]:
                end += 1  # "which platforms": "bilateral and multilateral platforms", both of them
                continue
            if not found[end][0][0].isalnum() or (end > start and found[end][0].lower() in _STOP_AT):
                break
            end += 1
        named = _noun_phrase_ending(found, said, start, after[0], text) if after and not ended_by_after else None
        if named:
            # "India's bid to which council": the noun asked ends the answer further on
            # ("to become a permanent member of the United Nations Security Council")
            return named
        if end > start and found[end - 1][0][0].isalnum():
            if not ended_by_after:
                # ("to combat what reinforced ...": a word after the gap the sentence does
                # not say ends nothing, so a list the answer opens is read whole)
                # (a phrase ending the sentence, when the question's words end at the gap:
                # "posed by what in the hands of terrorists" says that phrase itself)
                end = _list_end(found, end) or (_phrase_end(found, end) if last else None) or end
            return text[found[start][1] : found[end - 1][2]]
    return None


_FAR = 12  # how many words on the noun a question puts after its wh-word may stand
_NOT_IN_NAME = frozenset({"of", "a", "an", "the", "its", "their", "his", "her"})


def _noun_phrase_ending(found: list[tuple[str, int, int]], said: list[str], start: int, noun: str,
                        text: str) -> str | None:
    """The words that end with the noun asked, within a few words of where the gap
    begins: back from the noun over its name's words ("United Nations Security
    Council"), to a function word or a mark. None when the noun is not near."""
    at = next((k for k in range(start, min(start + _FAR, len(said))) if said[k] == noun), None)
    if at is None:
        return None
    first = at
    while first > start and found[first - 1][0][0].isalnum() and found[first - 1][0].lower() not in _STOP_AT \
            and found[first - 1][0].lower() not in _NOT_IN_NAME:
        first -= 1
    return text[found[first][1] : found[at][2]]


# prepositions whose phrase belongs to the noun before it when it ends the sentence
_NOUN_PREPOSITIONS = frozenset({"in", "of", "on", "at", "for"})


def _phrase_end(found: list[tuple[str, int, int]], end: int) -> int | None:
    """Where a prepositional phrase that ends the sentence ends: "a step towards
    India's aspirations in global diplomacy." answers "towards what?" with all of it.
    A phrase that runs on into more of the sentence is left off: None."""
    if end >= len(found) or found[end][0].lower() not in _NOUN_PREPOSITIONS:
        return None
    k = end + 1
    while k < len(found) and found[k][0][0].isalnum() and found[k][0].lower() not in _STOP_AT:
        k += 1
    if k - end - 1 < 1 or k - end - 1 > _MOST_WORDS or k >= len(found) or found[k][0] not in (".", "!", "?"):
        return None
    return k


def _of_phrase(found: list[tuple[str, int, int]], start: int, text: str) -> str:
    """The words after "the N of", to a stop word or mark, or the end of a list they open."""
    end = start
    while end < len(found) and end - start < _MOST_WORDS and found[end][0][0].isalnum() and (
            end == start or found[end][0].lower() not in _STOP_AT):
        end += 1
    end = _list_end(found, end) or end
    return text[found[start][1] : found[end - 1][2]]


def _list_end(found: list[tuple[str, int, int]], end: int) -> int | None:
    """Where a list the answer opens ends, if it ends the sentence: "combatting global
    terrorism and extremism." answers "combatting what?" with both. A list that runs
    on into more of the sentence, or an "and" that opens a clause ("and addressing
    global security challenges"), is no list: None. Only a list with commas ("A, B,
    and the use of C for D") has items with joining words inside."""
    k = end
    commas = False
    while k < len(found):
        word = found[k][0].lower()
        if word == ",":
            commas = True
            if k + 1 < len(found) and found[k + 1][0].lower() in _LIST_JOINERS:
                k += 1
                word = found[k][0].lower()
        if word not in _LIST_JOINERS and word != ",":
            return None
        k += 1
        item = k
        while k < len(found) and found[k][0][0].isalnum() and found[k][0].lower() not in _LIST_JOINERS and (
                commas or found[k][0].lower() not in _STOP_AT):
            k += 1
        if k == item or k - item > _MOST_WORDS + 3 or found[item][0].lower().endswith("ing") or (
                k - item == 1 and found[item][0].lower() in _NO_ITEM):
            return None
        # a closing quote may come after a comma: "... for terrorist purposes,” stated"
        if any(w in _LIST_CLOSERS for w, _, _ in found[k : k + 2]) or k == len(found):
            return k
    return None
