"""A question passed on from someone else, read as the question itself.

A radio host reading out a listener's text, an assistant relaying the boss's query, a
teacher quoting a pupil: "So Thabo from Khayelitsha wants to know, where were the
meetings held?", "A listener in Bellville asks, and I quote her SMS, on what dates
...?", "Naledi writes, 'whats Tanmaya Lals posishun at the MEA'". Who asks, and how,
says nothing of what is asked, and the asker's name, which no fact knows, would have
the question refused. The question is what follows the last verb of asking, when that
reads as a question of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcli.text import words

# a verb that passes a question on: "asks", "is asking", "wants to know", "writes"
_PASSED_ON = (r"(?i)\b(?:asks|asked|(?:is|was|['\u2019]s)\s+asking|(?:wants?|wanted|needs?|would\s+like|"
              r"['\u2019]d\s+like)\s+to\s+know|wonders|wondered|(?:is|was|['\u2019]s)\s+wondering|writes|wrote|"
              r"types|typed|texts|texted|messages|messaged|emails|emailed|says|said|queries|enquires|inquires|"
              r"(?:has|with|sends?|sent)\s+(?:a|this|the)\s+(?:question|query)|(?:question|query)\s+is|"
              # "a tricky one from Sipho:", "next, a text from Bellville,"
              r"(?:one|question|query|message|text|note|sms|email)\s+(?:in\s+)?from\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?"
              r"(?=\s*[,:\u2013\u2014]))\b")
_WH = r"(?:who|whom|whose|what|which|when|where|why|how|whether|if|wat|wot|wich|whats|wats|whos|who['\u2019]s|what['\u2019]s)"
_AUXILIARY = r"(?:is|was|are|were|did|do|does|has|have|had|can|could|will|would|should|may|might)"
# what a question opens with, said straight after the verb of asking: "asks who led ..."
_OPENS_A_QUESTION = rf"(?i)^(?:(?:(?:in|on|at|of|for|from|by|with|to|during|over|about|under)\s+)?{_WH}|{_AUXILIARY})\b"
_QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d"
_ASIDE_WORDS = 15  # "and I quote her SMS", "shame he's been up all night with this"


# a forwarded message's marks and who it is from, before the question: "FW: quick one -",
# "From Mark:", "RE: boss's question:"
_FORWARDED = (r"(?i)^\s*(?:(?:fw|fwd|re)\s*:\s*)+(?:(?:a\s+)?quick\s+(?:one|q|question)\s*[:,\u2013\u2014-]\s*)?"
              r"|^\s*from\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?\s*:\s*")
# a request made for someone else: "Can you confirm for him what ...", "check for the boss:"
_FOR_SOMEONE = (r"(?i)\b(confirm|check|find\s+out|look\s+up|verify)\s+for\s+(?:him|her|them|the\s+boss|my\s+boss|"
                r"the\s+team)\b\s*")
# someone else's wish for the thing itself: "He wants the full name of ...", "Boss needs the date"
_WISH = (r"(?i)^\s*(?:[\w'\u2019]+\s+){0,2}?(?:he|she|they|boss|the\s+boss|my\s+boss)\s+(?:wants|needs|would\s+like|"
         r"['\u2019]d\s+like)\s+(?=(?:the|his|her|its|their)\b)")


def passed_on(question: str, knows: Callable[[str], bool]) -> str:
    """`question` without a lead-in that passes it on, or as it stands. `knows(word)`:
    whether the facts use the word; an aside between the verb of asking and the
    question ("ja", "and it's a fair question") uses none, and is left out too."""
    low = question.lower()
    forwarded = re.match(_FORWARDED, question) if low.lstrip()[:3] in ("fw:", "fwd", "re:", "fro") else None
    if forwarded and len(words(question[forwarded.end():])) >= 2:
        return passed_on(question[forwarded.end():], knows)
    if " for " in low and re.search(_FOR_SOMEONE, question):
        question = re.sub(_FOR_SOMEONE, lambda m: f"{m.group(1)} ", question)  # (the request is the asker's own)
    wish = re.match(_WISH, question) if "like" in low or "want" in low or "need" in low else None
    if wish:
        return f"Tell me {question[wish.end():].strip()}"
    if not re.search(_PASSED_ON, question):
        return question
    for verb in reversed(list(re.finditer(_PASSED_ON, question))):
        lead = question[: verb.start()]
        # "What did Russia say ...": the question itself asks what was said; a clause on
        # the asker, after a comma, asks nothing ("And Gert, who admits he's lost, wants to know")
        if re.match(rf"(?i)^\s*(?:{_WH}|{_AUXILIARY})\b", lead) or "?" in lead \
                or re.search(rf"(?i)(?<!,)\s{_WH}\b", lead):
            continue
        asked = _question_after(question[verb.end():], knows, verb.group().lower().endswith("know"))
        if asked is not None:
            return asked
    return question


def _question_after(tail: str, knows: Callable[[str], bool], to_know: bool) -> str | None:
    """The question after a verb of asking, or None when what follows is no question:
    "The MEA says the two sides agreed ..." reports a statement. `to_know`: the verb
    is a wish to know ("needs to know the last item": what that item is)."""
    marked = re.match(rf"^\s*(?:[,:;\u2013\u2014-]+\s*|(?=[{_QUOTE_MARKS}]))", tail)
    if not marked:
        # "wants to know what the group stressed was important": a question reported,
        # put as the request it is, which is read with its words in their reported order
        asked = tail.strip()
        # ("needs to know the last item in the list": what that item is)
        opens = re.match(_OPENS_A_QUESTION, asked) or (to_know and re.match(r"(?i)^(?:the|his|her|its|their)\s", asked))
        return f"Tell me {asked}" if opens and len(words(asked)) >= 2 else None
    asked = tail[marked.end():]
    while True:  # asides about the asker before the question: none of their words is the facts'
        aside = re.match(rf"^\s*([^,:?{_QUOTE_MARKS}]+)[,:]\s*", asked)
        if not aside or len(words(aside.group(1))) > _ASIDE_WORDS or re.match(_OPENS_A_QUESTION, aside.group(1).strip()) \
                or any(re.fullmatch(_WH, w) or knows(w) for w in words(aside.group(1))):
            break
        asked = asked[aside.end():]
    asked = asked.strip()
    if asked[:1] in _QUOTE_MARKS:
        # the question quoted whole; a quote that closes before the end is a phrase the
        # question asks about ('says "Renewed Support" or "Continued Support"?')
        closing = re.search(rf"[{_QUOTE_MARKS}](?=\s*[?.!]*\s*$)", asked[1:])
        if closing is None or re.search(rf"[{_QUOTE_MARKS}](?=\s|$)", asked[1 : closing.start() + 1]):
            return None
        asked = asked[1 : closing.start() + 1].strip()
    said = words(asked)
    if len(said) < 2 or not (any(re.fullmatch(_WH, w) for w in said) or "or" in said or asked.endswith("?")):
        return None
    return asked
