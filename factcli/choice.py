"""Choosing between two options the question offers in words of its own ("did Russia
voice its support firmly or weakly?", "low level or high level?"): the fact that fits
the rest of the question settles the choice when its sentence says one option and not
the other. The answer is the article's own words for it ("firm", "high-level").

No ranking here: answer.py ranks the facts for the question without its options and
hands the candidates over; this module only reads their sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# A word of running text, hyphenated compounds whole ("high-level", "counter-terrorism").
_TEXT_WORD = r"[A-Za-z0-9]+(?:[-\u2010\u2011][A-Za-z0-9]+)*"  # compiled on first use (start-up)


# An option of more words is a clause that carries the question's own words ("or
# underline the importance of collaboration"), and those are in every fitting sentence.
_MOST_WORDS = 3
_NEGATION = "non"  # the stem of the prefix that negates a word: "non-permanent"


def distinguishing(options: Sequence[Sequence[str]]) -> list[set[str]]:
    """Each option's stems that the other options do not share: in "low level or high
    level" only "low" and "high" tell them apart."""
    out = []
    for k, option in enumerate(options):
        others = {s for j, o in enumerate(options) if j != k for s in o}
        own = set(option) - others
        if not own and any(set(o) - set(option) == {_NEGATION} for j, o in enumerate(options) if j != k):
            own = set(option)  # "permanent or non-permanent": the first is the word said without "non-"
        out.append(own)
    return out


def settled_by(text: str, options: Sequence[Sequence[str]], asked: set[str], stems_of: Callable[[str], list[str]],
               related: Callable[[str], set[str]]) -> tuple[int, str] | None:
    """The one option a text says (each of the option's own words, or a synonym) and
    the words of the text that say it; None when it says
    none of them, (-1, "") when it says more than one. A word that says what the rest of the question
    already says (`asked`) settles nothing ("the UN consultations ... or later":
    "consultations" is no answer)."""
    words = []
    for m in re.finditer(_TEXT_WORD, text):
        said = set(stems_of(m.group(0)))
        for part in m.group(0).split("-"):  # "high-level" says "high" and "level"
            said.update(stems_of(part))
        if not said & asked:
            words.append((said, m.start(), m.end()))
    found: list[tuple[int, list[tuple[int, int]]]] = []
    for k, wanted in enumerate(distinguishing(options)):
        if not wanted or len(wanted) > _MOST_WORDS:
            return None  # no word of its own to tell it apart, or a clause rather than an option
        # (a word negated, "non-permanent", does not say the plain option "permanent")
        said_here = [(said, start, end) for said, start, end in words
                     if _NEGATION in wanted or _NEGATION not in said]
        # the option's own word where the text has it ("radicalisation"), else a synonym ("extremism")
        hits = {stem_: ([(start, end) for said, start, end in said_here if stem_ in said]
                        or [(start, end) for said, start, end in said_here if related(stem_) & said])
                for stem_ in wanted}
        if all(hits.values()):
            found.append((k, [span for spans in hits.values() for span in spans]))
    if len(found) != 1:
        return (-1, "") if found else None  # -1: it says more than one
    k, spans = found[0]
    spans.sort()
    start, end = spans[0]
    for next_start, next_end in spans[1:]:
        if not text[end:next_start].strip():
            end = next_end  # words side by side ("Middle East"); not a far one ("emerging ... new")
        else:
            break
    if end < spans[-1][1]:
        # the option's words a word or two apart say it whole: "conflict in Ukraine"
        whole = whole_option(text, sorted(distinguishing(options)[k]), stems_of)
        if whole:
            return k, whole
        # else, of two words, the last, the noun the first describes: "combatting
        # extremism" is settled by "combatting global terrorism and extremism" as
        # "extremism" (of more words the noun may come first: "a threat in their hands")
        head = options[k][-1]
        if head in distinguishing(options)[k] and len(options[k]) == 2:
            said = [(s, e) for s, e in spans if head in set(stems_of(text[s:e]))]
            if said:
                return k, text[said[0][0]:said[0][1]]
    return k, text[start:end]


def first_settled(candidates: Iterable[tuple[object, Sequence[str]]], options: Sequence[Sequence[str]],
                  asked: set[str], stems_of: Callable[[str], list[str]],
                  related: Callable[[str], set[str]], own_words: bool = False) -> tuple[object, str] | None:
    """The first candidate (in rank order) one of whose texts settles the choice, and
    the words that settle it. A text that says both options ends the search: "regional
    or global developments" is answered by "regional and global developments", not by
    a lesser fact that names one. With `own_words`, only a text that says the option in
    the question's own words settles it ("radicalisation", not its synonym "extremism")."""
    for candidate, texts in candidates:
        for text in texts:
            settled = settled_by(text, options, asked, stems_of, related)
            if settled and settled[0] < 0:
                return None
            if settled and not (own_words and not said_in_own_words(settled, options, stems_of)):
                return candidate, settled[1]
    return None


def said_in_own_words(settled: tuple[int, str], options: Sequence[Sequence[str]],
                      stems_of: Callable[[str], list[str]]) -> bool:
    """Whether the words that settled the choice are the option's own, not a synonym."""
    return distinguishing(options)[settled[0]] <= set(stems_of(settled[1]))


_AUXILIARIES = frozenset("did do does is was were are has have had can will would could".split())
_CLAUSE_AFTER = r"(?i)\s+(?=(?:that|where|when|which|who|whom|whose)\s)"
_LAST_OR = r"(?i),?\s+or\s+(?!.*\bor\b)"
# A negated clause is not confirmed by a fact that states the clause: left alone.
_NEGATED = r"(?i)\b(?:not|never|no)\b|n't\b"


def clauses(question: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """A yes-no question offering two clauses, as two yes-no questions, each with the
    words it offers: "Did Galuzin head the Russian team, or did he meet Lal about
    Ukraine?" is "Did Galuzin head the Russian team" and "did he meet Lal about
    Ukraine"; "Is Russia backing India as a permanent member or as a rotating one?"
    repeats what comes before the second option's first word ("as") in the first;
    "Did they weaken or reinforce their pledge?" gives each verb the words after the
    second. None when the question is no such choice."""
    text = question.strip().rstrip("?.! ")
    found = list(re.finditer(_LAST_OR, text))
    if len(found) != 1 or re.search(_NEGATED, text):
        return None
    left, right = text[: found[0].start()].strip(), text[found[0].end() :].strip()
    frame = re.search(r"(?i)\b(?:" + "|".join(sorted(_AUXILIARIES)) + r")\b", left)
    if frame is None or not right:
        return None
    lead, core = left[: frame.start()], left[frame.start() :]
    first = right.split()[0].lower()
    if first in _AUXILIARIES:  # "..., or did he meet Lal": a question of its own
        # whose "he" is the name the first clause opens with ("did Mikhail Galuzin head")
        named = re.match(r"\S+\s+((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*)\s", core)
        pronoun = r"(?i)^(\S+\s+)(?:he|she|they|it)\b"
        asked = re.sub(pronoun, lambda m: m.group(1) + named.group(1), right) if named else right
        return (lead + core, core), (lead + asked, right)
    said = core.split()
    at = max((k for k, word in enumerate(said) if k >= 2 and word.lower() == first), default=None)
    if at is not None:  # "as a permanent member or as a rotating one": from "as" on
        # "at the JWG or at the UN talks that Russia backed India": the clause after the
        # second option is the first's too
        clause = re.search(_CLAUSE_AFTER, right)
        option, tail = (right[: clause.start()], right[clause.start() :]) if clause else (right, "")
        return (lead + core + tail, " ".join(said[at:])), (lead + " ".join(said[:at] + right.split()), option)
    if len(said) < 3:
        return None
    # "weaken or reinforce their pledge": one word against the first of the rest
    tail = right.split()[1:]
    return (lead + " ".join(said + tail), said[-1]), (lead + " ".join(said[:-1] + right.split()), right.split()[0])


# The offer of both as the last option: "..., or both?", "... or at both of them",
# "... or the pair of them", "... or all of them", "..., or at the UN talks too?",
# "... or also in bigger forums?". The words after "or" (less the offer) are the
# other option, when they name one ("the UN talks").
OFFERS_BOTH = (r"(?i)(?:,\s*|\s*[-\u2013\u2014]\s*|\s)or\s+(?:(?:at|in|on|for|by)\s+)?"
               r"(?P<other>(?:both|all|each|every|the\s+(?:lot|pair|two)\s+of)\b[^,;?]*|also\b[^,;?]*|"
               r"[^,;?]*\b(?:as well|too))\s*[?.!]*\s*$")
# "both the meetings", "all of them": no option of its own
_ALL_OF_THEM = r"(?i)^(?:both|all|each|every|the\s+(?:lot|pair|two)\s+of)\b"
_ALSO = r"(?i)^also\b|\b(?:as well|too)$"
# The first option when it is "one" of them: "one nation", "just one of the sessions".
_JUST_ONE = r"(?i)\s*\b(?:(?:at|in|on|for|by)\s+)?one(?:\s+of)?(?:\s+(?:the|those|these|its))?(?:\s+\w+)?\s*$"
# "only", "just", "alone": the exclusive reading of an option, which "or both" denies
_ONLY = r"(?i)\b(?:only|just|solely|merely|alone)\b"


def without_both(question: str) -> tuple[str, str] | None:
    """A question offering both as the last option, asked without the offer and
    without "only" ("did Lal lead just the counter-terror meeting or the UN one
    too" is "did Lal lead the counter-terror meeting?"), and the other option it
    names there ("the UN one"; "" when the offer names none: "or both?"). None when
    no such offer ends the question."""
    found = re.search(OFFERS_BOTH, question)
    if found is None:
        return None
    other = found.group("other").strip()
    other = "" if re.match(_ALL_OF_THEM, other) else re.sub(_ALSO, "", other).strip()
    rest = re.sub(_ONLY, "", question[: found.start()])
    rest = re.sub(_JUST_ONE, "", rest) if re.search(r"(?i)\bone\b", rest) else rest
    rest = re.sub(r"\s*[,\u2013\u2014-]\s*$", "", re.sub(r"\s{2,}", " ", rest)).strip()
    head = re.search(r"(\w+)\W*$", rest)
    if head and re.search(r"(?i)\w\s+one$", other):  # "the counter-terror meeting or the UN one": a UN meeting
        other = other[: -len("one")] + head.group(1)
    return rest + "?", " ".join(other.split())


def whole_option(text: str, option: Sequence[str], stems_of: Callable[[str], list[str]]) -> str | None:
    """The fewest words of the text that say every word of an option, when they stand
    close together (at most two other words among them): "the Ukraine conflict" is said
    as "conflict in Ukraine". None when the text does not say it so."""
    need = set(option)
    said = [(need & set(stems_of(m.group(0))), m.start(), m.end()) for m in re.finditer(_TEXT_WORD, text)]
    best: tuple[int, int] | None = None
    for i, (first, _, _) in enumerate(said):
        if not first:
            continue
        got: set[str] = set()
        for j in range(i, min(len(said), i + len(need) + 2)):
            got |= said[j][0]
            if got == need:
                if best is None or j - i < best[1] - best[0]:
                    best = (i, j)
                break
    return text[said[best[0]][1] : said[best[1]][2]] if best else None


# Which of two wordings the source uses: "is it spelled 'combating' or 'combatting'?",
# "Joint Working Group or Joint Work Group?". The question asks about words, so the
# option the text has, word for word, is the answer, when the other is nowhere in it.
WORDING = (r"(?i)\b(?:spell\w*|terms?|words?|wording|worded|phras\w*|called|formula\w*|written|exact(?:ly)?|"
           r"subheadings?|headings|headlines?|titled?|verbatim|literally|says?|reads?|uses?|used)\b")
# Options not quoted may be things, not words ("which did the JWG say ..., bilateral
# platforms or multilateral ones"): only these ask about words themselves
WORDING_ITSELF = (r"(?i)\b(?:spell\w*|terms?|wording|worded|phrasing|verbatim|literally|formula\w*|"
                  r"(?:which|what)\s+(?:exact\s+)?word|exact\s+(?:words?|terms?|phrase|wording))\b")
_QUOTED = (r"(?:\"([^\"]{1,60})\"|\u201c([^\u201c\u201d]{1,60})\u201d"
           r"|(?<!\w)['\u2018]([^'\u2018\u2019]{1,60})['\u2019](?!\w))")
_QUOTED_PAIR = _QUOTED + r"\s*,?\s+or\s+(?:(?:the|a|an|as|with)\s+)?" + _QUOTED
# "radicalisation with s or radicalization with z": the words, without the letter that tells them apart
_SPELT_PAIR = r"(?i)\b([a-z]+)\s+with\s+(?:an?\s+)?['\"]?[a-z]['\"]?\s+or\s+([a-z]+)\s+with\s+(?:an?\s+)?['\"]?[a-z]['\"]?"


def worded_options(question: str) -> tuple[str, str] | None:
    """The two wordings a question offers in quotes, or spelt with a letter named."""
    quoted = re.search(_QUOTED_PAIR, question)
    if quoted:
        said = [g for g in quoted.groups() if g]
        return (said[0].strip(), said[1].strip()) if len(said) == 2 else None
    spelt = re.search(_SPELT_PAIR, question)
    return (spelt.group(1), spelt.group(2)) if spelt else None


def _as_written(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def verbatim_option(options: Sequence[str], texts: Iterable[str]) -> tuple[int, str] | None:
    """The one option the texts have word for word (case aside; a hyphen or a space
    between words alike), and the text's own writing of it; None when they have none
    of the options or more than one."""
    found: dict[int, str] = {}
    for text in texts:
        text = _as_written(text)
        for k, option in enumerate(options):
            words = [w for w in re.split(r"[\s\-\u2010\u2011]+", _as_written(option).strip(" .,;:")) if w]
            if not words:
                return None
            pattern = r"(?i)(?<![\w-])" + r"[\s\-\u2010\u2011]+".join(re.escape(w) for w in words) + r"(?![\w-])"
            said = re.search(pattern, text)
            if said and k not in found:
                found[k] = said.group(0)
    if len(found) != 1:
        return None
    return next(iter(found.items()))

