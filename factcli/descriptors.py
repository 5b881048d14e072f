"""Descriptions that stand for an entity: "the official who met Galuzin", "the
delegation led by Tanmaya Lal", "the leader of India's delegation".

A question that names something only by such a description asks two things: who or
what is described, and then the question about it. Each description found is asked as
a question of its own ("which official met Galuzin"); a confident answer that is an
entity replaces the description in the question, which is then asked again. Pure text
and index work; the answering is passed in, so this module does not rank anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# Nouns that head a description of a person ("the leader of X") and the question
# that finds who it is.
_ROLE_NOUNS = ("leader", "head", "chief", "boss", "principal")
_DETERMINER = r"(?:the|a|an|this|that)"
# A noun phrase of one to four words after a determiner: what is described.
_WORD = r"(?!(?:the|a|an|of|in|at|on|for|to|by|with|and|or)\b)[\w()'\u2019-]+"  # not a function word
_NOUN_PHRASE = rf"((?:{_WORD}\s+){{0,3}}?{_WORD})"
# The patterns, compiled on first use: most questions are answered by the fast path
# before a description is looked for, and compiling them costs start-up time.
_RELATIVE = (rf"(?i)\b{_DETERMINER}\s+{_NOUN_PHRASE}\s+(?:who|whom|that|which|where|(?:at|in|during|on)\s+which|"
             rf"(?P<prep>with|to|from|alongside)\s+(?:whom|which))\s+(?=\w)")
_PARTICIPLE = rf"(?i)\b{_DETERMINER}\s+{_NOUN_PHRASE}\s+(\w+ed)\s+by\s+(?=\w)"
# "the official Lal met": a reduced relative clause, its subject named (capitalised)
# right after one or two lower-case words
# (a pronoun is no noun: "said that it backs India" is what was said, not "the X it backs")
_FUNCTION = frozenset("the a an this that of in at on for to by with and or is was were are did does "
                      "it they he she we you i its their his her".split())
_LOWER = rf"(?!(?:{'|'.join(sorted(_FUNCTION))})\b)(?-i:[a-z][\w'\u2019-]*)"
_REDUCED = rf"(?i)\b{_DETERMINER}\s+((?:{_LOWER}\s+)?{_LOWER})\s+(?=(?-i:[A-Z])\w+(?:['\u2019]s)?\s+\w)"
_ROLE_OF = rf"(?i)\b{_DETERMINER}\s+((?:\w+\s+)?(?:{'|'.join(_ROLE_NOUNS)}))\s+of\s+(?=\w)"
# "India's top official", "Russia's chief negotiator": a person named by a country's
# role for them; no clause follows, so the match is the whole description.
_OWNER_ROLE = (r"(?<![\w-])((?:(?-i:[A-Z])[\w-]*\s+)*(?-i:[A-Z])[\w-]*['\u2019]s)\s+((?:top|chief|lead|senior|main|head)\s+)?"
               r"(leader|head|chief|boss|principal|envoy|negotiator|representative|official|diplomat)(?![\w'\u2019-])")
# "India's delegation head", "the Indian lead", "Moscow's team chief": the head of a
# side named by its country (a capitalised name, or its demonym), said as one noun
_SIDE_HEAD = (r"(?<![\w-])(?:(?i:the)\s+)?((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(['\u2019]s)?\s+"
              r"(?i:(?:(delegation|team|side|contingent)\s+)?(head|chief|leader|lead|boss|principal))(?!\s+of\b)"
              r"(?=['\u2019]s\b|(?![\w'\u2019-]))")
_NOT_OWNERS = frozenset({"who", "what", "which", "whose", "the", "a", "an", "did", "does", "was", "is", "how", "tell",
                         "name", "give", "and", "or", "of", "in", "at", "with"})
_CLEFT = r"(?i)^\s*(?:was|is|were|are)\s+it\s+[^?]*?\bthat\s+(?=\w)"
# Where a description's clause must end at the latest.
# A one-word aside in brackets is part of a name ("Secretary (West)"), not an end.
_CLAUSE_END = r"[,;:?!.]|\((?![\w-]+\))|(?<!\w)\)|\s[-\u2013\u2014]\s|$"
MAX_CLAUSE_WORDS = 8  # a description's clause is tried at every length up to this
_PREPOSITION_LAST = r"(?i)\b(?:in|at|on|during|of|for|from|with|by|about|to)\s*$"
MAX_WHOLE_CLAUSE_WORDS = 16  # and whole up to this, when it ends the question
MAX_READINGS = 32  # sub-questions asked per question at most: each is a whole ask


@dataclass(frozen=True)
class Reading:
    """One way to read a description: the sub-question that finds what it describes,
    and the question with the description's place kept for the answer."""

    start: int  # where the description begins in the question
    end: int  # where it ends
    sub_question: str
    noun: str  # what the description says the thing is ("official", "delegation", "leader")
    to_end: bool = False  # its clause is a long one that runs to the end of the question


@dataclass(frozen=True)
class Resolved:
    """A description read as an entity: the question asked in its place."""

    description: str
    entity_name: str
    entity: str
    sub_confidence: float
    question: str


def readings(question: str) -> Iterator[Reading]:
    """Every span that may be a description, with the sub-question that resolves it;
    a clause's end is unknown, so each length up to MAX_CLAUSE_WORDS is a reading."""
    patterns = [(_RELATIVE, _relative_question), (_PARTICIPLE, _participle_question), (_ROLE_OF, _role_question)]
    if _may_reduce(question):
        patterns.append((_REDUCED, _relative_question))
    if "'" in question or "\u2019" in question:
        for match in re.finditer(_OWNER_ROLE, question):
            sub = f"who is {match.group(1)} {match.group(2) or ''}{match.group(3)}"
            yield Reading(match.start(), match.end(), sub, match.group(3).lower())
    for match in re.finditer(_SIDE_HEAD, question):
        owner, owned, group = match.group(1), match.group(2), (match.group(3) or "side").lower()
        if owner.split()[0].lower() in _NOT_OWNERS:
            continue
        side = f"{owner}'s {group}" if owned else f"the {owner} {group}"
        head = match.group(4).lower()
        yield Reading(match.start(), match.end(), f"who led {side}", "leader" if head == "lead" else head)
    # "was it at the JWG or at the UN consultations that Russia voiced support": the
    # "that" of a cleft opens what is said of the thing asked, not a description of it
    cleft = re.match(_CLEFT, question)
    for pattern, make in patterns:
        for match in re.finditer(pattern, question):  # re caches the compiled pattern
            if cleft and match.end() == cleft.end():
                continue
            if pattern == _REDUCED and _appositive_subject(question, match):
                continue
            stop = re.search(_CLAUSE_END, question[match.end() :])
            clause_end = match.end() + stop.start() if stop else len(question)
            at_end = not question[clause_end:].strip(" ?.!")
            # (a description after a preposition comes after the question's own verb, so
            # its clause to the end holds no verb of the question's: "who headed the
            # team in the talks at which Russia voiced ...")
            after_preposition = re.search(_PREPOSITION_LAST, question[: match.start()]) is not None
            for end in _word_ends(question, match.end(), clause_end, whole=at_end):
                if _cuts_a_noun_phrase(question, end):
                    continue
                clause = question[match.end() : end]
                noun = match.group(1).split()[-1].lower()
                yield Reading(match.start(), end, make(match, clause), noun,
                              to_end=at_end and end == clause_end and after_preposition
                              and len(re.findall(r"[\w()'\u2019-]+", clause)) > MAX_CLAUSE_WORDS)


# Words a description's clause does not end on when more words follow: they need the
# words after them ("the person who led the group of | Indian diplomats").
_NEEDS_MORE = _FUNCTION - {"it", "they", "he", "she", "we", "you", "i", "this", "that"}


def _cuts_a_noun_phrase(question: str, end: int) -> bool:
    """Whether a clause ending at `end` leaves part of its last noun phrase behind: "the
    person who led the group of Indian | diplomats in both meetings" would be read as
    Tanmaya Lal followed by stray words, and those words as another question."""
    following = re.match(r"\s+([\w'\u2019-]+)", question[end:])
    if following is None:
        return False
    last = re.search(r"[\w'\u2019-]+$", question[:end])
    word, after = (last.group(0) if last else ""), following.group(1)
    if word.lower() in _NEEDS_MORE:
        return True
    # a country's adjective before a lower-case noun ("Indian diplomats"), not a verb
    # ("the official who met the Russian discussed ...": "-ed")
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|an|ese|ish)", word)) and after[:1].islower() \
        and after.lower() not in _FUNCTION and not after.endswith("ed")


# Past forms a reduced relative clause's verb may take besides "-ed" ("the official Lal met").
_IRREGULAR_PAST = frozenset("met led held saw told gave took made sent chose won spoke brought sought".split())


def _appositive_subject(question: str, match: re.Match[str]) -> bool:
    """"Does the delegation head Vershinin belong to ...": after "does" the words are the
    subject, the name in apposition to its noun, and the bare verb after the name is the
    question's own; "did the official Lal met discuss ..." has a past one, a clause."""
    if not re.search(r"(?i)\b(?:do|does|did)(?:n['\u2019]?t)?\s*$", question[: match.start()]):
        return False
    after = re.match(r"\s*[\w-]+(?:['\u2019]s)?\s+([\w'\u2019-]+)", question[match.end() :])
    verb = after.group(1).lower() if after else ""
    return not (verb.endswith("ed") or verb in _IRREGULAR_PAST)


def _may_reduce(question: str) -> bool:
    """Whether a reduced relative clause may be there ("the official Lal met"): a
    capitalised word after one or two lower-case content words after a determiner. A
    cheap test first: the pattern is costly to compile, and few questions need it."""
    said = question.split()
    for i, word in enumerate(said):
        if i < 2 or not word[:1].isupper():
            continue
        before = said[max(0, i - 3) : i]
        for k in (1, 2):
            if len(before) > k and before[-k - 1].lower() in ("the", "a", "an", "this", "that") and all(
                    w[:1].islower() and w.lower() not in _FUNCTION for w in before[-k:]):
                return True
    return False


def resolve(question: str, answer_entity: Callable[[str, str], tuple[str, str, float] | None]) -> list[Resolved]:
    """The question rewritten, once per description that `answer_entity` resolves
    (sub-question and the noun it describes -> entity id, name, confidence), the
    description replaced by the entity's name.
    A description that is the whole question ("who is the leader of X") is the
    question itself, not a step towards it."""
    out: list[tuple[Reading, Resolved]] = []
    whole: set[tuple[int, str]] = set()  # (start, entity) of readings whose clause ends the question
    frame = _frame_only(question)
    for asked, reading in enumerate(readings(question)):
        if asked >= MAX_READINGS:
            break
        if frame(reading):
            continue
        found = answer_entity(reading.sub_question, reading.noun)
        if not found:
            continue
        entity, name, confidence = found
        said = name
        if question[reading.start : reading.end].lower().startswith("the ") and name.split()[-1][:1].islower():
            said = f"the {name}"  # "the group Lal led": "the Indian delegation", a common noun's article kept
        rewritten = question[: reading.start] + said + question[reading.end :]
        out.append((reading, Resolved(question[reading.start : reading.end], name, entity, confidence, rewritten)))
        if reading.to_end:
            whole.add((reading.start, entity))
    # A long clause read to the end of the question that finds the same thing as its
    # first words is the whole clause: a shorter reading leaves the rest of it behind,
    # as stray words of the question ("the consultations on UN-related issues voiced
    # its firm support ..."). (A short clause is read at each length, and the answer
    # that fits best wins: "the official who met Galuzin work at" finds him too.)
    return [resolved for reading, resolved in out
            if reading.to_end or (reading.start, resolved.entity) not in whole]


def _word_ends(text: str, start: int, stop: int, whole: bool = False) -> list[int]:
    """Where a clause may end: after each of its first words; and, when it runs to the
    end of the question (`whole`), after its last word even when it is a long one
    ("the talks at which Russia voiced its firm support for India's permanent
    membership?")."""
    ends = [m.end() for m in re.finditer(r"[\w()'\u2019-]+", text[start:stop])]
    tried = ends[:MAX_CLAUSE_WORDS]
    if whole and MAX_CLAUSE_WORDS < len(ends) <= MAX_WHOLE_CLAUSE_WORDS:
        tried.append(ends[-1])
    return [start + e for e in tried]


def _relative_question(match: re.Match[str], clause: str) -> str:
    # "the Indian official who met Galuzin" -> "which Indian official met Galuzin";
    # "the man whom Lal met" -> "which man Lal met": word order matters little here;
    # "the official with whom Lal discussed Ukraine" -> "... discussed Ukraine with"
    prep = match.groupdict().get("prep")
    return f"which {match.group(1)} {clause}" + (f" {prep.lower()}" if prep else "")


def _participle_question(match: re.Match[str], clause: str) -> str:
    return f"which {match.group(1)} was {match.group(2)} by {clause}"


def _role_question(match: re.Match[str], clause: str) -> str:
    return f"who is the {match.group(1)} of {clause}"


def _frame_only(question: str) -> Callable[[Reading], bool]:
    """Whether a reading is what the question asks for: it comes right after the
    question's frame ("who was the minister that Lal met": the minister is asked)."""
    def asked(reading: Reading) -> bool:
        if question[reading.end : reading.end + 2] in ("'s", "\u2019s"):
            return False  # "what's the Indian lead's title": the description owns what is asked
        before = question[: reading.start].strip().lower()
        if not before and re.search(r"(?i)\b(?:which|what|where|when|whom|whose|how)\b", question[reading.end :]):
            return False  # "the official who met Galuzin led India at which meeting?": the subject
        return not before or re.fullmatch(r"(?:who|what|which)(?:\s+(?:is|was|are|were)|'s)?|tell me|name|"
                                          r"identify|give me|tell me who|tell me what", before) is not None \
            or re.fullmatch(_ASKED_ONE_WHO_WAS, before) is not None
    return asked


# "what is the name of the person who was the boss of ...": the one asked is the one
# described, so the description is no step towards it
_ASKED_ONE_WHO_WAS = (r"(?:(?:what|who)(?:\s+(?:is|was)|['\u2019]s)\s+|tell\s+me\s+|give\s+me\s+)?"
                      r"(?:(?:the|his|her)\s+(?:full\s+)?name\s+(?:please\s+)?of\s+)?(?:the|this|that)\s+"
                      r"(?:person|official|man|woman|one|individual|diplomat|minister|leader|figure)\s+"
                      r"(?:who|that)\s+(?:is|was|were|are)")
