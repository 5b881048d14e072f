"""Whether something was new or had happened before ("was this the first time Russia
backed India's bid?", "had the support been given before?"). The facts state what
happened; their sentences say whether it happened again ("reiterated", "once again",
"renewed") or give its place in a series ("the 13th JWG", "the sixth round"). This
module reads both sides as text: which of the two a question asks, the question
without the words that ask it, and what a fact's sentence says. answer.py does the
ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# compiled on first use: most questions never get past the cheap word test below
_AT_CLAUSE_END = r"(?=\s*(?:[?,.!]|$|\bor\b))"  # "... new?", "... before, or ..."
_FIRST = (r"(?i)\b(?:for\s+the\s+(?:very\s+)?first\s+time|the\s+(?:very\s+)?first\s+time|first[- ]ever"
          r"|(?<=['\u2019]s\s)(?:very\s+)?first\s+time"  # "Moscow's first time backing ..."
          r"|(?:something|anything)\s+new|brand[- ]new|newly(?:\s+\w+)?|(?<=\s)new" + _AT_CLAUSE_END +
          # "a first-time position", "a fresh stance": new, said of what was taken up
          r"|first[- ]time(?=\s+(?:position|stance|statement|pledge|commitment|move|step|endorsement|backing|support))"
          r"|fresh(?=\s+(?:position|stance|statement|pledge|commitment|move|endorsement)))")
_AGAIN = (r"(?i)\b(?:once\s+again|once\s+more|yet\s+again|again|anew|previously|already"
          r"|before(?:\s+(?:too|as\s+well|also))?" + _AT_CLAUSE_END + r"|earlier" + _AT_CLAUSE_END
          + r"|(?:had|has|have)\s+(?:it\s+|this\s+|that\s+)?(?:been\s+)?(?:given|said|voiced|expressed|stated|done)"
          r"\s+before)"
          # "a fresh round of old support", "repeating an earlier stance": what was there before
          r"|\b(?:earlier|previous|prior|old|older|existing|long-standing|longstanding)\s+(?:stance|position|"
          r"support|backing|view|line|policy|commitment)\b")
_FIRST_TIME_CLAUSE = (r"(?i)^\s*(?:is|was)\s+(?:this|it|that)\s+(?:really\s+)?(?:the\s+|(?P<owner>\w+)['\u2019]s\s+)?"
                      r"(?:very\s+)?first\s+time\s+(?:that\s+)?(.+)$")
# verbs that ask whether it was repeated and are themselves the relation's words
_REPEAT = r"(?:reiterat\w*|repeat\w*|restat\w*|reaffirm\w*|renew\w*|reinforc\w*)"
_REPEAT_WORDS = r"\b" + _REPEAT + r"\b"
_REPEAT_VERBS = "(?i)" + _REPEAT_WORDS
# what a sentence says that makes it not the first time
_SAID_AGAIN = (r"(?i)\b(?:reiterat\w*|once\s+again|once\s+more|again|renewed|reaffirm\w*|repeated|restated"
               r"|reinforced)\b")
_IN_SERIES = (r"(?i)\b(?:(?:[2-9]|\d{2,})(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              r"|eleventh|twelfth|thirteenth)\b(?:\s+\w+){0,6}")
_CHEAP = ("first", "new", "again", "before", "more", "previous", "earlier", "already", "reiterat", "repeat",
          "restat", "reaffirm", "renew", "anew", "reinforc")
# what is left of a choice once the words that ask it are taken out: "..., or was it said?", "..., or ?"
_AT_END = r"\s*(?=[?.!]*\s*$)"
_LEFT_OVER = (r"(?i),?\s*or\s+(?:was|were|had|has|is)\s+(?:it|this|that)(?:\s+\w+)?" + _AT_END
              + r"|(?:\s*,?\s*(?:or|and)\s*)+" + _AT_END + r"|\s*," + _AT_END
              + r"|\b(?:had|has|have)\s+it" + _AT_END)


# the other option of a choice: ", or did it reiterate ...", "or a repeat of ..."
_OR_AGAIN = (r"(?i),?\s+or\s+(?:(?:did|was|were|had|has|is)\s+(?:it|this|that|they|russia)\s+)?(?:(?:a|an|just|merely|"
             r"simply)\s+)?(?:" + _REPEAT + r"|(?:said|voiced|given|done)\s+(?:before|earlier))")
_OR_REPEATED = (r"(?i)(?:,\s*|\s)or\s+(?:(?:did|was|were|had|has|is)\s+(?:it|this|that|they)\s+)?"
                r"(?:(?:a|an|just|merely|simply)\s+)?" + _REPEAT_WORDS
                + r"(?:\s+(?:it|this|that|them)\b|\s+(?:of|an?|the)\s+[^?,.;]*)?")  # "or was it reiterating it"


@dataclass(frozen=True)
class Asked:
    kind: str  # "first" (was it new?), "again" (had it happened before?), "choice" (which of the two?)
    question: str  # the question without the words that ask it, as a yes-or-no question


def asked(question: str) -> Asked | None:
    """Which of the two the question asks, or None when it asks neither."""
    low = question.lower()
    if not any(word in low for word in _CHEAP):
        return None
    first = re.search(_FIRST, question)
    again = re.search(_AGAIN, question)
    verb = re.search(_REPEAT_VERBS, question)
    if not (first or again or verb):
        return None
    kind = "choice" if first and (again or verb) else "first" if first else "again"
    clause = re.match(_FIRST_TIME_CLAUSE, question)
    other = re.search(_OR_AGAIN, clause.group(2)) if clause else None
    if clause and (not (again or verb) or other):
        # "was this the first time Lal met Galuzin?": did Lal meet Galuzin? (", or did
        # it reiterate earlier support" is the other option, not part of what was done);
        # "was this Moscow's first time backing ...": did Moscow back ...
        done = clause.group(2)[: other.start()] if other else clause.group(2)
        if clause.group("owner"):
            done = f"{clause.group('owner')} {done.strip()}"
        return Asked(kind, f"Did {done.strip().rstrip('?.!')}?")
    rest = question
    if first and verb and not again:
        # "newly made or reinforced", "something new, or a repeat of earlier support":
        # the choice's second option is the verb, "or" and all
        again = re.search(_OR_REPEATED, question)
    for found in sorted((m for m in (first, again) if m), key=lambda m: -m.start()):
        rest = rest[: found.start()] + rest[found.end() :]
    if kind == "choice":
        rest = re.sub(r"(?i),?\s+or\b[^?]*", "", rest)  # the second option runs to the end: ", or was it ..."
    rest = re.sub(r"\s+([?.!,])", r"\1", re.sub(_LEFT_OVER, "", re.sub(r"\s+", " ", rest))).strip()
    if not rest.endswith("?"):
        rest = rest.rstrip(".!") + "?"
    return Asked(kind, rest)


def not_the_first(sentence: str, of_a_meeting: bool) -> str | None:
    """The words of a sentence that say it happened before ("reiterated"), or, when a
    meeting itself is asked about, its place in a series ("13th Joint Working Group":
    the JWG had met before, which says nothing of what was said at it); None when it
    says nothing of the kind."""
    said = re.search(_SAID_AGAIN, sentence)
    if said:
        return said.group(0)
    series = re.search(_IN_SERIES, sentence) if of_a_meeting else None
    return series.group(0) if series else None


def answer_text(kind: str, words: str) -> str:
    """The reply in the sentence's own words: "No: reiterated (not the first time)"."""
    if kind == "first":
        return f"No: {words} (not the first time)"
    if kind == "again":
        return f"Yes: {words} (not the first time)"
    return f"Again, not the first time: {words}"
