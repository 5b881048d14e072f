"""Question -> Answer, or a refusal with its reason. Pure: no I/O, no terminal.

Each fact is scored by how well it fits the analysed question: the entities the
question names in the fact's slots, the relation, the words it shares, and whether the
slot left open is the kind of thing asked for (a person for "who", a date for "when").
The open slot is the answer. Refusals are first-class results: an unknown entity, no
fact that covers the words asked, or two different answers too close to call.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from rapidfuzz import fuzz

from factcli import choice, claims, cloze, dated, descriptors, identity, lettered, novelty, relayed, spoken, terms
from factcli.confidence import CONFIDENT, MAX_MARGIN, calibrated, logit, probability
from factcli.descriptors import Resolved
from factcli.index import Index, Mention, content_stems
from factcli.lexicon import (
    IS_IT_TRUE_THAT,
    PART_STEMS,
    RANK_STEMS,
    RELATED_STEMS,
    STOPWORDS,
    common_words,
    everyday_related,
    not_nouns,
    stem,
    wordnet_related,
)
from factcli.model import AGENT_TYPES, PLACE_TYPES, Entity, Fact, Literal, Store, format_date
from factcli.passage import CLOSING, in_passage, passage_asked
from factcli.question import (
    ACCORDING_TO,
    ADJECTIVES_LIKE_VERBS,
    AHEAD,
    BEHIND,
    GENERIC,
    HIGHER,
    HINT_ADJECTIVES,
    IRREGULAR_PAST,
    LIST_SEPARATOR,
    LOWER,
    NOUN_TYPES,
    ORDINALS,
    PLAIN_TYPES,
    SAID_IN_OTHER_WORDS,
    Analysis,
    analyse,
    choice_stated,
    declared,
    initials_joined,
    is_acronym,
    is_code,
    plainly_asked,
    put_up_for_checking,
    respelt,
    wh_words_spelt,
    without_contrast,
)
from factcli.text import words

CLOSE_CALL = 0.5  # rival answers whose likelihoods differ by less (log-odds) are not picked between
UNDERSPECIFIED_MARGIN = 1.5  # a fact this far ahead (log-odds) is the one meant, even if underspecified


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    answer: str
    slot: str  # "subject", "object", "date", "place", "event", "kind", "yes", "card", "named", "count",
    # or a reading of one of those: "choice", "novelty", "relation"
    score: float  # likelihood from the candidate's own features: ranks candidates
    confidence: float  # the chance the answer is right, given its rivals too
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
    steps: tuple[Resolved, ...] = ()  # descriptions read as entities on the way ("the leader of X" = Y)


def refusal(question: str, reason: str, analysis: Analysis | None = None,
            candidates: tuple[Candidate, ...] = (), alternatives: tuple[Candidate, ...] = ()) -> Answer:
    return Answer(question, False, None, 0.0, reason, None, candidates, analysis, alternatives)


def ask(question: str, index: Index, top: int = 5) -> Answer:
    """Answer one question from the index; never raises for any text. A question with
    misspelt words is answered as written with the words as read, and shown as asked."""
    typed = relayed.passed_on(wh_words_spelt(index.coded(spoken.as_typed(initials_joined(lettered.as_choice(question))))),
                              lambda word: word not in STOPWORDS and index.knows_stem(stem(word)))
    if typed != question:
        # dictated, passed on from someone else, with options labelled as in a quiz, or
        # with its wh-word typed in a hurry:
        # every reader below, the ones that look at the text too, reads it as typed,
        # without who passed it on
        said = ask(typed, index, top)
        return _shown_as(said, question)
    found = _ask_read(question, index, top)
    stated = choice_stated(question) if not found.answered else None
    if stated is not None:
        # "The talks were in Moscow or Delhi?": asked as the choice it states, when read as
        # said it finds nothing (read so, a choice is often answered already)
        chosen = _ask_read(stated, index, top)
        if chosen.answered:
            found = _shown_as(chosen, question)
    if not found.answered and " or " in question.lower():
        # "were the talks on December 19-20 or December 21?": the dates offered, when
        # nothing else reads the choice
        found = _dated_choice(question, index, top) or found
    if not found.answered and "?" in question:
        found = _remark_after(found, index, top) or found
    if not found.answered and re.search(_IF_NOT_THEN, question):
        found = _no_then_what(question, found, index, top) or found
    if "," in question and (not found.answered or found.answer in ("Yes", "No")):
        found = _wh_then_yes_no(question, found, index, top) or found
    if found.answered and " and " in question.lower():
        found = _yes_no_then_wh(question, found, index, top) or found
    if found.answered and found.analysis is not None and found.analysis.modifiers and found.candidates:
        found = _one_item(found, index) or found
    if re.search(_PER_SPEAKER, question):
        found = _as_its_speaker_said(question, found, index, top) or found
    chosen = found.answered and found.fact is not None and found.analysis is not None \
        and len(found.analysis.options) >= 2
    if chosen and all(re.match(_OWNER_OPTION, text) for text in found.analysis.option_texts):
        found = _owner_said(found, index)
    quoted = _quoted_phrase(question, index) if chosen else None
    if quoted and not any(quoted.lower() in said.lower() for said in found.analysis.option_texts) \
            and quoted.lower() not in index.sentence_text.get(found.fact.id, found.fact.quote.text).lower():
        # "what does the article label a 'critical step' — the UNSC endorsement or the
        # continued collaboration?": the article's words, quoted, are the sentence the
        # choice is settled by, which the answer's fact is not
        return refusal(question, f"the answer found is not from the sentence that says {quoted!r}", found.analysis,
                       found.candidates)
    return found


# "Per the ministry's statement, what did the two sides commit to doing?", "the issues the
# MEA said ...": the question says whose statement the answer is read from
_PER_SPEAKER = (r"(?i)\b(?:according\s+to|per|as\s+stated\s+by|as\s+reported\s+by|said|stated|says|states|"
                r"statement|announced)\b")
_SPEAKER_FLOOR = 0.5  # how likely, from its features alone, a fact of the statement must be


def _as_its_speaker_said(question: str, found: Answer, index: Index, top: int) -> Answer | None:
    """The answer read from what the one the question names said: the facts a statement
    of theirs quotes ("“The two sides agreed ...,” stated the MEA"), when the answer
    found is from another sentence and one of those facts fits the question well; as
    sure as its lead over the statement's other facts."""
    analysis = found.analysis
    if analysis is None or analysis.wanted not in ("thing", "any") or re.match(r"(?i)\s*how\b", analysis.question):
        # "which ministry put out the statement": who made it, which its own fact says;
        # "how did the MEA put out its statement": in what form, not what it says
        return None
    store = index.store
    # (an "according to ..." phrase is left out of the question as read: its words are read here)
    per = re.search(ACCORDING_TO, question)
    named = {m.entity for m in (*analysis.mentions, *(index.mentions(index_stems(per.group(0), index)) if per else ()))}
    speeches = [f for f in (store.facts[i] for e in sorted(named) for i in index.facts_by_entity.get(e, ()))
                if _SPEECH_WORDS & set(store.predicates[f.predicate].synonyms) and named & set(index.slot_entities(f))]
    speakers = {e for f in speeches for e in index.slot_entities(f)}
    # (what a speaker says is on the sentence that names it: its facts are found by it)
    near = (store.facts[i] for e in sorted(speakers) for i in index.facts_by_context.get(e, ()))
    said = {f.id for f in near for speech in speeches
            if f.source == speech.source and f.quote.text in speech.quote.text and not speakers & set(index.slot_entities(f))}
    if not said or (found.answered and found.fact is not None and found.fact.id in said):
        return None
    ranked = [c for c in rank(analysis, index) if c.fact.id in said]
    if not ranked or ranked[0].score < _SPEAKER_FLOOR:
        return None
    best = ranked[0]
    confidence = calibrated(best.score, _margin_to_rivals(best, ranked))
    if confidence < CONFIDENT:
        return None
    return Answer(question, True, best.answer, confidence, None, best.fact,
                  (replace(best, confidence=confidence), *ranked[1:top]), analysis, ())


_OWNER_OPTION = r"\s*[\w-]+['\u2019]s\b"  # "India's ministry or Russia's": options said by their owners


def _owner_said(found: Answer, index: Index) -> Answer:
    """A choice between things said by their owners ("India's ministry or Russia's?")
    answered in the option's words, not by the name of the thing chosen ("Ministry of
    External Affairs"), which does not say whose it is; an owner chosen keeps its name."""
    assert found.analysis is not None
    entity = next((e for e in found.analysis.options if index.store.entities[e].name == found.answer
                   and index.store.entities[e].type not in ("person", "country")), None)  # (the owner: its name)
    said = [t.strip() for t in found.analysis.option_texts
            if entity in {m.entity for m in index.mentions(index_stems(t, index))}] if entity else []
    return replace(found, answer=said[0]) if len(said) == 1 else found


# "Was this the first time ...? If not, which round was it?": a yes-or-no question,
# then what is so if the answer is no
_IF_NOT_THEN = r"(?i)^(?P<first>[^?]+\?)\s*(?:and\s+|but\s+)?if\s+not\b[^?]*\?*\s*$"


def _no_then_what(question: str, found: Answer, index: Index, top: int) -> Answer | None:
    """The first question alone, when its answer is a no that says what is so instead
    ("No: the sixth round"), which answers the follow-up too."""
    first = _ask_read(re.match(_IF_NOT_THEN, question).group("first"), index, top)  # type: ignore[union-attr]
    if not first.answered or not (first.answer or "").startswith("No:"):
        return None
    return _shown_as(first, question)


# "What was the result of the talks about Ukraine, did they agree on something?": a
# wh-question, then a yes-or-no one that follows it up ("when" is left out: "when Lal
# met Galuzin, was ..." is a clause, not a question)
_WH_THEN_YES_NO = (r"(?i)^\s*(?P<asked>(?!what\s+about\b)(?:what|which|who|whom|where|how)\b[^,?]*),\s*(?:and\s+)?"
                   r"(?:is|was|were|are|did|does|do|has|have|had|will|would|can|could)\s+"
                   r"(?:it|they|he|she|that|this|there|the\s+\w+)\b[^?]*\?*\s*$")


def _wh_then_yes_no(question: str, found: Answer, index: Index, top: int) -> Answer | None:
    """The wh-question alone, when a yes-or-no one follows it: its answer answers both
    (a bare yes or no answered only the second, and leaves the first asked); when the
    facts do not answer it, the follow-up is refused with it."""
    both = re.match(_WH_THEN_YES_NO, question)
    if not both:
        return None
    first = _ask_read(both.group("asked").rstrip() + "?", index, top)
    if not first.answered and not found.answered:
        return None  # refused either way: the whole question's reason stands
    return _shown_as(first, question)


# "Was a press conference held after the meetings, and where?": a yes-or-no question,
# then a wh-question that asks more of what it says, if so
_YES_NO_THEN_WH = (r"(?i)^\s*(?P<asked>(?:was|were|is|are|did|does|do|has|have|had)\b[^?]*?),?\s+(?:and|&)\s+"
                   r"(?:if\s+so,?\s+)?(?:where|when|who|whom|what|which|how)\b[^?]*\??\s*$")


def _yes_no_then_wh(question: str, found: Answer, index: Index, top: int) -> Answer | None:
    """A refusal, when the wh-question is answered but the yes-or-no one before it,
    which it builds on, is not confirmed and the answer does not confirm it either:
    "did they come up with a peace proposal, and what was it?" is not answered by
    what they discussed."""
    both = re.match(_YES_NO_THEN_WH, question)
    if not both or " or " in both.group("asked").lower():
        return None  # "was it held with A or with B, and who?": a choice, read whole
    first = _ask_read(both.group("asked").rstrip(" ,") + "?", index, top)
    if first.answered or first.analysis is None:
        return None
    # the answer to the wh-question may confirm it itself: "did the talks touch on any
    # armed conflict, and which one?" is answered by the "conflict in Ukraine"
    named = {s for m in first.analysis.mentions if m.form.is_name for s in m.form.stems}
    said = {s for s in first.analysis.stems if s not in named and s not in _GENERIC_STEMS}
    if said & set(index_stems(found.answer or "", index)):
        return None
    return refusal(question, f"the question builds on what the facts do not confirm ({first.reason})",
                   found.analysis, found.candidates)


# A phrase quoted in a question: 'critical step', "firm support" (not an apostrophe's "Russia's ... India's")
_QUOTED_IN_QUESTION = (r"(?:^|(?<=[\s(\u2014\u2013-]))[\"'\u2018\u201c](?P<said>[^\"'\u2018\u2019\u201c\u201d?]{3,60}?)"
                       r"[\"'\u2019\u201d](?=[\s,.;:?!)\u2014\u2013-]|$)")


def _quoted_phrase(question: str, index: Index) -> str | None:
    """The article's own words of two or more, quoted in the question, if any."""
    if not any(q in question for q in "'\"\u2018\u201c"):
        return None
    for found in re.finditer(_QUOTED_IN_QUESTION, question):
        said = found.group("said").strip()
        if len(said.split()) >= 2 and any(said.lower() in source.text.lower() for source in index.store.sources.values()):
            return said
    return None


# "who is Galuzin in the Russian government", "who is Vershinin wrt Russia": a person
# named, and where he stands: who he is
_WHO_IS_IN = (r"(?i)^\s*who\s*(?:is|was|'s|\u2019s)\s+(?P<name>(?:[\w.'\u2019-]+\s+){0,2}?[\w.'\u2019-]+)\s*,?\s+"
              r"(?:in|for|within|inside|wrt|w\.r\.t\.?|with\s+respect\s+to|in\s+relation\s+to|vis[- ]?[a\u00e0][- ]?vis|"
              r"relative\s+to|in\s+terms\s+of)\s+(?P<where>[^?]+?)\s*[?.!]*\s*$")


_WHO_IS_THEN_WHAT = (r"(?i)^\s*who\s*(?:is|was|'s|\u2019s)\s+(?P<name>[^,;:?\u2013\u2014]+?)\s*(?:[,;:\u2013\u2014]|\s-)\s*"
                     r"(?P<rest>(?:what|which)\s+(?!(?:is|was|are|were|did|does|do|has|had)\b)[\w'\u2019()-]+"
                     r"(?:\s+[\w'\u2019()-]+)?)\s*[?.!]*\s*$")


def _who_placed(placed: re.Match[str], index: Index) -> str | None:
    """The person "who is X in Y" names, when X names one person; "" when Y names a
    country other than his ("who is Lal in the Russian government": he is not in it)."""
    stems = index_stems(placed.group("name"), index)
    found = index.mentions(stems)
    named = {m.entity for m in found}
    if len(named) != 1 or {s for m in found for s in m.form.stems} != set(stems):
        return None  # ("who was deputy of Lal in ...": someone else, named by Lal)
    person = next(iter(named))
    if index.store.entities[person].type != "person":
        return None
    if _countries_in(placed.group("where"), index) - _described_countries(person, index):
        return ""
    return placed.group("name")


def _shown_as(answer: Answer, question: str) -> Answer:
    """An answer found for a question read another way, shown as the question asked."""
    return replace(answer, question=question,
                   analysis=replace(answer.analysis, question=question) if answer.analysis else None)


def _ask_read(question: str, index: Index, top: int = 5) -> Answer:
    """The answer to a question, read as it is best read: a claim put right, a statement
    checked, or the question with its misspellings read."""
    claim = claims.claim_put_right(question, index)
    if claim is not None:
        # "A student says Galuzin headed the Russian delegation. Who actually did?": the
        # claim asked again; unanswered, the question is read as said
        put_right = ask(claim, index, top)
        if put_right.answered:
            return _shown_as(put_right, question)
    then_what = re.match(_WHO_IS_THEN_WHAT, question) if question.lstrip()[:3].lower() == "who" else None
    if then_what is not None:
        # "who is Sergei Vershinin, what post": the second question says what the first asks
        said = ask(f"{then_what.group('name')}, {then_what.group('rest')}?", index, top)
        if said.answered:
            return _shown_as(said, question)
    placed = re.match(_WHO_IS_IN, question) if question.lstrip()[:3].lower() == "who" else None
    if placed is not None:
        who = _who_placed(placed, index)
        if who == "":
            return refusal(question, f"no fact places {placed.group('name')} in {placed.group('where')}")
        if who is not None:
            # "who is Galuzin in the Russian government": who he is, which says where
            said = ask(f"Who is {who}?", index, top)
            if said.answered:
                return _shown_as(said, question)
    statement = put_up_for_checking(question)
    if statement is not None:
        # a statement checked is first asked yes or no; unconfirmed, it is read as said
        # (its words may still name what it is about)
        checked = ask(statement, index, top)
        if checked.answered:
            return _shown_as(checked, question)
    if " or " in question.lower():
        # before misspellings are read: "combating or combatting" asks which is written
        worded = _worded_choice(question, index)
        if worded is not None:
            return worded
    said, corrections = respelt(plainly_asked(question), index)
    statement = declared(said, lambda subject: _names_one(subject, index))
    if statement is not None:
        # a statement asked is answered yes or no, or not at all: read as a wh-question
        # it would answer something never asked ("Lal met Vershinin about Ukraine?")
        checked = ask(statement, index, top)
        uncontrasted = None if checked.answered else without_contrast(statement)
        if uncontrasted is not None:
            checked = ask(uncontrasted, index, top)
        return _shown_as(checked, question)
    found = _ask_as_written(said, index, top)
    found = _asked_without_do(said, found, index, top) or found
    if not found.answered:
        found = _asked_in_order(said, index, top) or found
    uncontrasted = None if found.answered else without_contrast(said)
    if uncontrasted is not None:
        again = ask(uncontrasted, index, top)
        if again.answered and again.answer.startswith(("Yes", "No")):
            return _shown_as(again, question)
    if said == question:
        return found
    analysis = replace(found.analysis, question=question, corrections=corrections) if found.analysis else None
    return replace(found, question=question, analysis=analysis)


def _names_one(phrase: str, index: Index) -> bool:
    """Whether the phrase, all of it, names one thing the facts know ("Lal", "the
    Russian side"), not a kind of thing ("issues")."""
    stems = content_stems(phrase)
    return bool(stems) and any(m.start == 0 and m.end == len(stems) - 1 for m in index.mentions(stems))


# "what the MEA said in its press release", "what emerging challenges the discussions
# also focused on", "what the endorsement marks for India": a wh-question without its
# "did" or "does", as a reported question or a learner of English leaves it out
_WITHOUT_DO = (r"(?i)^\s*(?P<front>[^,?]{1,60},\s*)?(?P<prep>(?:on|in|at|with|about|to|for|from|by)\s+)?"
               r"(?P<wh>what|wat|wot|which|whom|who)\s+(?P<subject>(?:[\w'\u2019-]+\s+){1,6})"
               r"(?P<adverb>(?:also|then|later|finally|jointly|both|all|once\s+again|again)\s+)?"
               r"(?P<verb>[a-z]{3,}ed|said|told|met|led|held|gave|took|made|sent|sought|spoke|wrote|saw|chose|brought|"
               # a verb in -s only among those that say what a thing is or says: many
               # nouns end in -s too ("talks", "issues")
               r"marks|means|says|shows|signals|signifies|represents|reflects|indicates|wants|seeks|needs|"
               r"underscores|highlights|stresses|states|notes|covers|includes|involves|concerns|"
               # a bare verb only among those of saying and meaning, which are seldom nouns
               r"underscore|highlight|emphasi[sz]e|reiterate|reaffirm|discuss|signify|indicate)\b(?P<rest>.*)$")
_AUXILIARY = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "will", "can",
                        "could", "would", "should", "shall", "may", "might", "must"})


def _asked_without_do(said: str, plain: Answer, index: Index, top: int) -> Answer | None:
    """The question read with its "did"/"does" put back after its wh-phrase, when read
    as said (the words before the verb taken as the wh-word's noun: "which official
    led ...") it finds nothing, or finds the subject of its fact where the other
    reading finds something surer that is no subject."""
    if plain.answered and (not plain.candidates or plain.candidates[0].slot != "subject"):
        return None
    if not plain.answered and plain.analysis is not None and plain.analysis.unknown:
        return None  # "the facts say nothing about 'cricket'" however it is asked
    found = re.match(_WITHOUT_DO, said)
    if not found or any(w in _AUXILIARY for w in words(said[: found.start("verb")])):
        return None  # a question with its "did" or "is" needs none put back (one after the verb is the clause's)
    if all(w in STOPWORDS or w in GENERIC or w in PLAIN_TYPES or w in NOUN_TYPES
           for w in found.group("subject").lower().split()):
        return None  # "which official led ...": the words before the verb are the wh-word's noun
    if found.group("prep") and plain.answered:
        return None  # "in which forum India and Russia shared ...": the forum is a subject, as found
    verb = found.group("verb")
    do = "does" if verb.lower().endswith("s") and not verb.lower().endswith("ss") else "did"
    wh = "what" if found.group("wh").lower() in ("wat", "wot") else found.group("wh")
    phrase, subject = f"{found.group('front') or ''}{found.group('prep') or ''}{wh}", found.group("subject")
    # (or a name or an acronym: "on what kind of platforms JWG said ...")
    determined = re.match(r"(?i)((?:[\w'\u2019-]+\s+){1,3}?)((?:the|this|these|those|its|their)\s.*"
                          r"|(?-i:[A-Z])[\w'\u2019-]*\s.*)$", subject)
    if determined and determined.group(1).split()[-1].lower() in ("of", "among", "between", "from"):
        return None  # "which of the two meetings covered ...": the set is the subject's
    if determined:
        # "what emerging challenges the discussions ...": the wh-phrase ends where
        # the subject's determiner starts it
        phrase, subject = f"{phrase} {determined.group(1).strip()}", determined.group(2)
    elif wh.lower() == "which" and not found.group("prep"):
        return None  # "which MEA spokesperson issued ...": "which" and its noun are the subject
    again = _ask_as_written(f"{phrase} {do} {subject}{found.group('adverb') or ''}{verb}{found.group('rest')}",
                            index, top)
    if not again.answered or (again.candidates and again.candidates[0].slot == "subject"):
        return None
    if plain.answered and again.confidence <= plain.confidence:
        return None
    return _shown_as(again, said)


# A learner's passive out of English order: "For which purpose the collaboration was
# underscored by the JWG?" (its "was" after the subject), "How exactly is designated the
# position of Vershinin in the article?" (its participle before the subject)
_PARTICIPLE = (r"(?:[a-z]{3,}(?:ed|en)|held|led|made|said|told|shown|known|seen|done|given|sought|put|set"
               r"|[a-z]{3,}ing)")  # (and a progressive's: "In how many meetings Lal was leading ...")
_BE_AFTER_SUBJECT = (r"(?i)^\s*(?P<front>[^,?]{1,60},\s*)?(?P<wh>(?:(?:on|in|at|with|about|to|for|from|by|under)\s+)?"
                     r"(?:what|which|how|where|when|why)(?:\s+(?!the\b|a\b|an\b)[\w'\u2019-]+){0,3}?)\s+"
                     # the subject: a phrase with its determiner, or a name ("Tanmaya Lal was leading")
                     r"(?P<subject>(?:(?:the|a|an|this|these|those|its|their)\s|(?-i:[A-Z]))"
                     rf"[^?]*?)\s+(?P<be>is|was|are|were)\s+(?P<part>{_PARTICIPLE})\b(?P<rest>[^?]*?)\s*\??\s*$")
_PARTICIPLE_FIRST = (r"(?i)^\s*(?P<wh>(?:(?:on|in|at|with|about|to|for|from|by|under)\s+)?"
                     r"(?:how|what|which|where|when|why)(?:\s+(?:exactly|precisely))?"
                     # the wh-word's noun: "From which document is coming the quote ..."
                     r"(?:\s+(?!is\b|was\b|are\b|were\b)[a-z][\w-]*){0,2}?)\s+(?P<be>is|was|are|were)"
                     rf"\s+(?P<part>{_PARTICIPLE})\s+(?P<subject>(?:the|a|an|this|these|those|its|their)\s[^?]+?)"
                     r"(?P<rest>\s+(?:in|by)\s+(?:the|this)\s[^?]*)?\s*\??\s*$")


def _asked_in_order(said: str, index: Index, top: int) -> Answer | None:
    """A passive asked out of English order, read in it, when as said it finds nothing."""
    found = re.match(_BE_AFTER_SUBJECT, said) or re.match(_PARTICIPLE_FIRST, said)
    if found is None:
        return None
    said_wh = words(found.group("wh"))
    first = next((k for k, w in enumerate(said_wh) if w in ("what", "which", "how", "where", "when", "why")), 0)
    before = said_wh[first + 1:] + words(found.group("subject"))  # (after the wh-word, past its preposition)
    if any(w in _AUXILIARY or w in ("which", "what", "who", "whom", "that", "where", "when") for w in before):
        return None  # "What was the date on which the release was issued": in order already
    if found.group("subject")[:1].isupper() and said_wh[-1:] in (["which"], ["what"]):
        return None  # "Which UN agencies were discussed": the name is the wh-word's noun
    wh = re.sub(r"(?i)\s+(?:exactly|precisely)$", "", found.group("wh"))  # ("how exactly": how)
    be, part = found.group("be"), found.group("part")
    bare = _bare_verb(part) if part.lower().endswith("ing") else None
    if bare is not None:
        # a progressive for the simple tense, as learners use it: "From which document is
        # coming the quote" asks where the quote comes from
        be, part = {"is": "does", "are": "do"}.get(be.lower(), "did"), bare
    front = found.groupdict().get("front") or ""  # (a clause before the wh-phrase: only a be after its subject)
    ordered = f"{front}{wh} {be} {found.group('subject')} {part}{found.group('rest') or ''}?"
    again = _ask_as_written(ordered, index, top)
    if not again.answered:
        return None
    return _shown_as(again, said)


def _bare_verb(progressive: str) -> str | None:
    """"coming" -> "come", "leading" -> "lead", "running" -> "run"; None when no
    everyday word is left ("during" is no verb's)."""
    stem_ = progressive.lower()[:-3]
    doubled = stem_[:-1] if len(stem_) > 2 and stem_[-1] == stem_[-2] and stem_[-1] not in "sl" else ""
    # a short vowel before one consonant lost an "e" ("coming", "making"); else none was lost
    silent_e = re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", stem_) is not None
    for bare in (doubled, *((stem_ + "e", stem_) if silent_e else (stem_, stem_ + "e"))):
        if bare and bare in common_words():
            return bare
    return None


# the nouns that ask for a person ("which official was at the head of India's team")
_PERSON_NOUN = (r"(?:official|person|man|woman|diplomat|envoy|leader|minister|secretary|individual|figure|"
                r"representative|delegate|negotiator|one)")
# "Is Vershinin the one who headed the Russian team, or the one Lal met about Ukraine?"
_ONE = (r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:one|person|official|man|woman|guy|fellow|figure|individual|minister|diplomat|envoy|leader|\w+an)\b")
_ONE_OR_THE_OTHER = (rf"(?i)^\s*(?:is|was)\s+(?P<name>[^,?]+?)\s+(?P<first>{_ONE}[^?]*?),?\s+or\s+"
                     rf"(?P<second>{_ONE}[^?]*?)\s*\?*\s*$")
_TYPE_NOUN = {"person": "official", "event": "meeting", "organization": "body", "country": "country"}


def _one_or_the_other(question: str, index: Index) -> Answer | None:
    """"Is Galuzin the one who headed the Russian team, or the one Lal met about
    Ukraine?": each description read as the one it describes; the description that is
    the one named, when only one is, answers in the question's words."""
    if " or " not in question.lower():
        return None
    found = re.match(_ONE_OR_THE_OTHER, question)
    if not found:
        return None
    analysis = analyse(f"Who is {found.group('name')}?", index)
    named = {m.entity for m in analysis.mentions}
    if len(named) != 1:
        return None
    entity = next(iter(named))
    noun = _TYPE_NOUN.get(index.store.entities[entity].type)
    if noun is None:
        return None
    described = []
    for option in (found.group("first"), found.group("second")):
        said = re.sub(rf"(?i)^{_ONE}", f"the {noun}", option)
        whole = [r for r in descriptors.readings(said) if r.start == 0 and r.end == len(said)]
        resolved = _entity_answer(whole[0].sub_question, whole[0].noun, index) if whole else None
        if resolved is None:
            return None
        described.append((option, whole[0].sub_question, resolved[0]))
    chosen = [(option, sub) for option, sub, one in described if one == entity]
    if len(chosen) != 1:
        return None
    option, sub = chosen[0]
    hop = _ask(sub, index, 2)  # the fact that says it of the one named
    if not hop.answered or hop.fact is None:
        return None
    text = option[0].upper() + option[1:]
    best = replace(hop.candidates[0], answer=text, slot="choice") if hop.candidates else None
    return replace(hop, question=question, answer=text,
                   candidates=(best, *hop.candidates[1:]) if best else hop.candidates)


# "Which country seeks the seat, and which one supports it?": two wh-questions in one
_TWO_QUESTIONS = (r"(?i)^\s*((?:who|whom|what|which|where|when|how)\b[^?;]*?\w[^?;]*?)\s*(?:,|;)?\s+and\s+"
                  r"((?:who|whom|what|which|where|when|how)\b[^?;]*?\w)\s*\??\s*$")


# "How long did the meeting last, and was it held one-on-one?": a wh-question, then a
# yes-or-no one about what it named
_THEN_YES_OR_NO = (r"(?i)^\s*((?:who|whom|what|which|where|when|how)\b[^?;]*?\w)\s*[,;]\s*and\s+"
                   r"((?:was|were|is|are|did|does|do|has|have|had)\s+(?:it|they|he|she|this|that)\b[^?;]*?\w)\s*\??\s*$")


def _two_questions(question: str, index: Index, top: int) -> Answer | None:
    """Two wh-questions joined by "and", each answered on its own: both answers, in
    order, when both are answered and differ; a refusal when the second names what no
    fact knows; else None, and the question is read whole."""
    if " and " not in question.lower():
        return None
    found = re.match(_TWO_QUESTIONS, question) or re.match(_THEN_YES_OR_NO, question)
    if not found or min(len(words(part)) for part in found.groups()) < 3:
        return None  # "when and where": one question about two things
    asked, then = found.groups()
    first = _ask(f"{asked}?", index, top)
    if not first.answered and first.analysis is not None and found.re.pattern == _THEN_YES_OR_NO:
        # "how long did Lal's meeting with Galuzin last, and was it one-on-one": the
        # first question, unanswered, leaves the whole unanswered
        return refusal(question, f"the facts do not answer the first question: {first.reason}", first.analysis,
                       first.candidates)
    if not first.answered or first.analysis is None:
        return None
    named = [m for m in first.analysis.mentions if m.entity != (first.candidates[0].details.get("entity")
                                                                 if first.candidates else None)]
    thing = re.search(r"(?i)\s(?:a|an|the)\s+\w.*$", asked)
    if thing:
        # "..., and which country is supporting it": the thing the first question names last
        then = re.sub(r"(?i)\b(?:it|they|them)\b", lambda _: thing.group(0).strip(), then)
    if named:
        # "who is Lal and what is his job": the one it named
        then = re.sub(r"(?i)\b(?:its|his|her|their)\b", f"{named[-1].form.text}'s", then)
    person = str(first.candidates[0].details.get("entity") or "") if first.candidates else ""
    if person in index.store.entities and index.store.entities[person].type == "person":
        # "who led the Russian team, and was he a deputy minister": the one answered
        then = re.sub(r"(?i)\b(?:he|she)\b", index.store.entities[person].name, then)
    second = _ask(f"{then}?", index, top)
    if not second.answered and second.analysis is not None and (second.analysis.strange or second.analysis.unknown):
        # "who led the Russian side, and who wrote the article": half an answer is no answer
        return refusal(question, f"the facts answer only the first question; the second: {second.reason}",
                       first.analysis, first.candidates)
    # ("..., and was it the same person at the UN round": a comparison, read whole)
    unsaid = found.re.pattern == _THEN_YES_OR_NO and not second.answered and first.answer \
        and "same" not in then.lower()
    if not unsaid and (not (second.answered and first.answer and second.answer) or first.answer == second.answer):
        return None
    # (the yes or no no fact gives is said to be unknown, not guessed)
    text = f"{first.answer} (the facts do not say: {then[0].lower()}{then[1:]}?)" if unsaid else \
        f"{first.answer}; {second.answer}"
    confidence = first.confidence if unsaid else min(first.confidence, second.confidence)
    chosen = replace(first.candidates[0], answer=text, confidence=confidence) if first.candidates else None
    rest = (*first.candidates[1:], *second.candidates[:1])
    return replace(first, question=question, answer=text, confidence=confidence,
                   candidates=(chosen, *rest) if chosen else rest)


# a yes-or-no question, its statement after "is it true that" when so marked
_YES_NO_START = rf"(?i)^\s*(?:{IS_IT_TRUE_THAT}|(?=(?:is|was|were|are|did|does|do|has|have|had)\b))"


def _date_asked(rest: str, index: Index, top: int) -> tuple[Answer, Fact, bool, str, tuple[date, date]] | None:
    """"When <rest>?" asked: the answer, its fact, whether the date is the fact's own
    object, the date value and its span of days; None when no date answers."""
    when = _ask_as_written(f"When {rest[0].lower()}{rest[1:]}?", index, top)
    if not when.answered or when.fact is None or when.analysis is None or when.analysis.wanted != "date":
        return None
    fact = when.fact
    own = isinstance(fact.object, Literal) and fact.object.kind == "date"
    value = str(fact.object.value) if own else fact.qualifier("date")  # type: ignore[union-attr]
    span = dated.fact_span(value) if value else None
    if value is None or span is None:
        return None
    return when, fact, own, value, span


def _dated_yes_no(question: str, index: Index, top: int) -> Answer | None:
    """"Were the talks held on December 21?": asked when, then the date said compared
    with the date a fact gives. Yes when the fact's days hold the days said; no when
    none of them is, and the fact dates a one-time happening (a meeting held, an
    article published: object dates, not dates a fact's doing is placed at). None
    otherwise: the question is read as usual."""
    if not any(c.isdigit() for c in question) and not re.search(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                                                                r"nov|dec)[a-z]*\b", question):
        return None
    lead = re.match(_YES_NO_START, question) if " or " not in question.lower() else None  # (a choice is read as one)
    said = dated.said_dates(question) if lead else []
    if len(said) != 1:
        return None
    rest = (question[lead.end() : said[0].start] + question[said[0].end :]).strip(" ?.!,")  # type: ignore[union-attr]
    if not rest or re.search(r"\d|\bdates?\b", rest):
        return None  # "is December 21 the date of the article": the date is what is said of
    found = _date_asked(rest, index, top)
    if found is None:
        return None
    when, fact, own, value, span = found
    asked = said[0].span(span[0])
    if asked is None:
        return None
    subject = index.store.entities.get(fact.subject)
    once = own and subject is not None and subject.type in ("event", "document")
    if span[0] <= asked[0] and asked[1] <= span[1]:
        text = f"Yes: {format_date(value)}"  # type: ignore[arg-type]
    elif (asked[1] < span[0] or span[1] < asked[0]) and once:
        text = f"No: {format_date(value)}"  # type: ignore[arg-type]
    else:
        return None
    chosen = replace(when.candidates[0], answer=text, slot="dated")
    return replace(when, question=question, answer=text, candidates=(chosen, *when.candidates[1:]))


# "... in Moscow?": a place said last
_IN_PLACE_LAST = r"(?i)\s+(?:in|at)\s+(?P<place>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s*[?.!]*\s*$"


def _placed_yes_no(question: str, index: Index, top: int) -> Answer | None:
    """"Was the JWG held in Moscow?": asked where, and yes when a fact places it in the
    city or country said (a qualifier of one of its facts: no fact of holding need name
    it). None otherwise: the question is read as usual (a fact with another place
    says no more than that, and the facts are not exhaustive)."""
    lead = re.match(_YES_NO_START, question) if " or " not in question.lower() else None
    said = re.search(_IN_PLACE_LAST, question) if lead else None
    if said is None or not question[lead.end() : said.start()].strip():  # type: ignore[union-attr]
        return None
    places = [m.entity for m in analyse(said.group("place"), index).mentions
              if index.store.entities[m.entity].type in ("city", "country")]
    if len(places) != 1:
        return None
    body = question[lead.end() : said.start()].strip()  # type: ignore[union-attr]
    return _placed_among(question, body, places, index, top, yes=True)


def _placed_among(question: str, body: str, offered: list[str], index: Index, top: int, yes: bool) -> Answer | None:
    """Where `body` was ("(was) the JWG (held)"), when a fact places it in one of the
    places offered: that place's name ("Yes: Moscow" for a yes-or-no); None when it is
    placed elsewhere or nowhere, or the question names something no fact knows ("did
    Lal meet Putin in Moscow": a claim none confirms)."""
    where = _asked_where(body, index, top)
    found = where.candidates[0].details.get("entity") if where.answered and where.candidates else None
    if found not in offered or where.analysis is None or where.analysis.strange or where.analysis.unknown:
        return None
    name = index.store.entities[found].name  # type: ignore[index]
    text = f"Yes: {name}" if yes else name
    chosen = replace(where.candidates[0], answer=text, slot="placed")
    return replace(where, question=question, answer=text, candidates=(chosen, *where.candidates[1:]))


def _asked_where(body: str, index: Index, top: int) -> Answer:
    """"(was) the JWG (in Moscow)": where it was; a meeting that only "was" somewhere
    was held there ("where was the JWG" alone reads as where it is)."""
    where = _ask(f"Where {body}?", index, top)
    if where.answered or not re.fullmatch(r"(?i)(?:is|was|were|are)\s+[\w\s'\u2019-]+", body):
        return where
    named = analyse(body, index).mentions
    if not any(index.store.entities[m.entity].type == "event" for m in named):
        return where
    held = _ask(f"Where {body} held?", index, top)
    return held if held.answered else where


# "... in Moscow or (in) New Delhi?": two places offered last
_IN_PLACES_LAST = (r"(?i)\s+(?:in|at)\s+(?P<a>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s*,?\s+or\s+(?:(?:in|at)\s+)?"
                   r"(?P<b>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s*[?.!]*\s*$")


def _placed_choice(question: str, index: Index, top: int) -> Answer | None:
    """"Was the JWG held in Moscow or in New Delhi?": asked where, and the one place
    offered that a fact gives it (as for a yes-or-no, through what it was part of).
    None when the places are not two the facts know, or the place found is neither."""
    lead = re.match(_YES_NO_START, question)
    said = re.search(_IN_PLACES_LAST, question) if lead else None
    if said is None or not question[lead.end() : said.start()].strip():  # type: ignore[union-attr]
        return None
    offered = []
    for option in said.group("a", "b"):
        places = {m.entity for m in analyse(option, index).mentions
                  if index.store.entities[m.entity].type in ("city", "country")}
        if len(places) != 1:
            return None
        offered.append(places.pop())
    if offered[0] == offered[1]:
        return None
    body = question[lead.end() : said.start()].strip()  # type: ignore[union-attr]
    return _placed_among(question, body, offered, index, top, yes=False)


# Words that frame a choice of relations and say nothing of what it is about ("was that
# one of the things they ...", "or only in the ... part")
_RELATION_FRAME = frozenset(stem(w) for w in """thing things something list part one only just merely actually
really simply also""".split())
# a yes-or-no question, maybe after its topic ("Cross-border terrorism: was that ...")
_YES_NO_AFTER_TOPIC = (r"(?i)^\s*(?:[^,:;?\u2013\u2014]{3,60}(?:[,:;\u2013\u2014]|\s-)\s*)?"
                       r"(?:did|do|does|was|were|is|are|has|have|had)\b")


def _done_word(word: str, before: str) -> bool:
    """Whether a word that says a relation is said as a deed: a past or a participle,
    or a verb after its subject, "to" or an adverb ("they only share", "agree to")."""
    last = before.split()[-1].lower() if before.split() else ""
    return word.lower().endswith(("ed", "ing")) or last in (
        "to", "did", "do", "does", "they", "we", "sides", "both", "only", "just", "also", "actually", "really",
        "merely", "simply")


_RELATION_CHOICE_FACTS = 64  # facts of a relation read at most; a commoner relation is no choice read here


def _relation_choice(question: str, index: Index) -> Answer | None:
    """"On cross-border terrorism, did the two sides agree to enhance cooperation, or did
    they only share experiences?": two relations offered, one said on each side of
    "or", about one thing the rest of the question names. The relation of which a fact
    says that thing (every word of it, in its sentence) answers, in the question's words
    for it; None when both or neither do, or the sides do not each say one relation."""
    sides = re.split(r"(?i)\s+or\s+", question.strip().rstrip("?.! "))
    if len(sides) != 2 or not re.match(_YES_NO_AFTER_TOPIC, question):
        return None
    side_stems = [index_stems(side, index) for side in sides]
    said = [index.relation_words(stems) for stems in side_stems]
    strength = [index.phrases_in(stems) for stems in side_stems]
    own = [[p for p in said[k] if p not in said[1 - k] and strength[k][p][0] >= 0.8] for k in (0, 1)]
    if any(len(o) != 1 for o in own):
        return None
    relations = (own[0][0], own[1][0])
    options, rest = [], question
    for k, side in enumerate(sides):
        # the option: from the first word that says its relation to the end of its side
        first = next((m for m in re.finditer(r"[\w'\u2019-]+", side)
                      if set(index_stems(m.group(0), index)) & said[k][relations[k]]), None)
        if first is None or not _done_word(first.group(0), side[: first.start()]):
            return None  # ("the technology concern about ...": a relation's noun, no deed offered)
        if index.mentions(index_stems(side[first.start() :], index)):
            return None  # "discussed at the JWG or at the UN consultations": things offered, not deeds
        options.append(side[first.start() :])
        rest = rest.replace(side[first.start() :], " ", 1)
    relation_stems = said[0][relations[0]] | said[1][relations[1]]
    topic = {s for s in index_stems(rest, index)
             if s not in _GENERIC_STEMS and s not in _RELATION_FRAME and s not in relation_stems}
    if not topic:
        return None  # "did they agree on it or only discuss it": nothing named to look for
    fitting = []
    for k, relation in enumerate(relations):
        for i in index.relation_facts(relation, _RELATION_CHOICE_FACTS):
            around = index.fact_stems[i] | index.sentence_stems[i]
            if all(_expanded(s) & around for s in topic):
                fitting.append((k, i))
                break
    if len({k for k, _ in fitting}) != 1:
        return None
    k, i = fitting[0]
    text = re.sub(r"(?i)\s+(?:on|about|over|of|in|for|regarding)(?:\s+(?:it|that|this|them))?\s*$", "",
                  options[k].strip(" ,;:?"))
    fact = index.store.facts[i]
    analysis = analyse(question, index)
    found = Candidate(fact, text, "choice", 1.0, _RELATION_CHOICE_CONFIDENCE, "", {"relation": relations[k]})
    return Answer(question, True, text, _RELATION_CHOICE_CONFIDENCE, None, fact, (found,), analysis, ())


_RELATION_CHOICE_CONFIDENCE = 0.85  # one fact says the thing with one relation offered, none with the other


# Dates offered that the choice readers leave open: days of the month with no month
# ("the 20th or the 21st"), or an option set apart by a comma ("December 19-20, or
# December 21")
_DATES_OFFERED_APART = (r"(?i)\bthe\s+(?:[0-3]?\d(?:st|nd|rd|th)\s*,\s*(?:the\s+)?)*"  # "the 19th, 20th or 21st"
                        r"(?:[0-3]?\d(?:st|nd|rd|th)?\s*[-\u2013]\s*)?[0-3]?\d(?:st|nd|rd|th)\s*,?\s+or\s+"
                        r"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b"
                        r"|\d\s*,\s+or\s+(?:on\s+)?(?:the\s+)?(?:\d|[a-z]{3,9}\.?\s+\d)"
                        r"|\b(?:19|20)\d\d\s+or\s+(?:on\s+)?(?:[a-z]{3,9}\.?\s+)?\d")  # "December 21, 2024 or December 19, 2024"
# "the 20th or the 21st": days of the month offered with no month, no "on" before them;
# "the 19th-20th": two of them as one span
_DAYS_OFFERED = (r"(?i)(?:\bthe\s+)?\b([0-3]?\d)(?:(?:st|nd|rd|th)?\s*[-\u2013]\s*([0-3]?\d))?(?:st|nd|rd|th)\b"
                 r"(?:\s+of\s+[a-z]{3,9}\b)?")  # "the 21st of December": the month is the fact's
# "The article is dated which day, the 19th or the 21st?": the wh-phrase the options answer
_DAY_ASKED = r"(?i)\b(?:on\s+)?(?:what|which)\s+(?:date|day)s?(?:\s+of\s+[a-z]{3,9})?\b"


def _dated_choice(question: str, index: Index, top: int) -> Answer | None:
    """"Is the article dated the 20th or the 21st?", "were the talks on December 19-20
    or December 21?": asked when, then each date offered compared with the date a fact
    gives; the one date offered that lies within it answers, in the question's words,
    with the fact's date. None when none or more than one does."""
    said = dated.said_dates(question)
    offered: list[tuple[int, int, dated.Said]] = [(d.start, d.end, d) for d in said]
    if len(offered) < 2:
        # days with no month ("on the 19th or the 20th" is no span of days here), beside
        # the one date said whole, if any ("the 19th, the 20th or December 21")
        days = [(m.start(), m.end(), dated.Said(None, None, int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                                                m.start(), m.end()))
                for m in re.finditer(_DAYS_OFFERED, question)]
        offered = sorted([*days, *(d for d in offered if not any(d[0] < end and start < d[1] for start, end, _ in days))],
                         key=lambda d: d[0])
    if len(offered) < 2 or not re.search(r"(?i)\bor\b", question[offered[0][1] : offered[-1][0]]):
        return None
    # ("dated December 21, 2024 or ...": the date read with its "dated", which the rest keeps)
    dated_first = question[offered[0][0] : offered[0][1]].strip().lower().startswith("dated")
    rest = (question[: offered[0][0]] + (" dated" if dated_first else "") + question[offered[-1][1] :]).strip(" ?.!,")
    rest = re.sub(r"(?i)^\s*(?:so|and|now|ok(?:ay)?)\s*,?\s+", "", rest)
    # "When did Russia restate its support - the 19th-20th, or the 21st?": asked when, then offered
    rest = re.sub(r"(?i)^\s*when\s+(?=(?:did|was|were|is|are)\b)", "", rest)
    rest = re.sub(r"\s+", " ", re.sub(_DAY_ASKED, "", rest)).strip()
    rest = re.sub(r"\s*(?:[-\u2013\u2014:,]\s*)+$", "", rest)
    from_day = re.search(r"(?i)\s+from$", rest) is not None or \
        question[offered[0][0] : offered[0][1]].strip().lower().startswith("from")
    rest = re.sub(r"(?i)\s+(?:on|in|from|dated)$", lambda m: " dated" if "dated" in m.group(0).lower() else "", rest)
    # "the talks were ... or ...?": said as a statement, asked as the question it offers
    stated = re.match(r"(?i)((?:the|this|that|its)\s+[^,]+?|[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?)\s+(is|was|were|are)\b",
                      rest)
    if stated:
        rest = f"{stated.group(2)} {stated.group(1)}{rest[stated.end():]}"
    if not re.match(r"(?i)(?:is|was|were|are|did|does|do|has|have|had)\b", rest) or re.search(r"\d", rest):
        return None
    # ("is the article from the 19th or ...": a thing from a day, when nothing else
    # dates it, is dated that day)
    found = _date_asked(rest, index, top) or (_date_asked(f"{rest} dated", index, top) if from_day else None)
    if found is None:
        return None
    when, _, _, value, span = found
    fitting = []
    for start, end, day in offered:
        asked = day.span(span[0])
        if asked is not None and span[0] <= asked[0] and asked[1] <= span[1]:
            fitting.append(question[start:end].strip())
    if len(fitting) != 1:
        return None
    offered_text = re.sub(r"(?i)^(?:on|in|from|dated)\s+", "", fitting[0])
    when_said = format_date(value)  # type: ignore[arg-type]
    text = when_said if offered_text.lower() in when_said.lower() else f"{offered_text} ({when_said})"
    chosen = replace(when.candidates[0], answer=text, slot="dated")
    return replace(when, question=question, answer=text, candidates=(chosen, *when.candidates[1:]))


# "... the press release from which the article quotes?": a clause at the end that
# says more of the thing before it
_CLAUSE_AT_END = r"(?i),?\s+(?:(?:from|in|of|by|on|at|to|with)\s+)?(?:which|whom|that)\s+[^?,;]+?\s*\?*\s*$"


def _dated_only_in_clause(question: str, plain: Answer, index: Index) -> Answer | None:
    """"On what date did the MEA issue the press release from which the article
    quotes?": the date asked is the release's, and the article the clause names is no
    thing dated. When the fact dates what only the clause names, the question is
    asked without it (its answer, or refusal, stands); None otherwise."""
    if not (plain.answered and plain.fact is not None and plain.analysis is not None and plain.analysis.wanted == "date"):
        return None
    clause = re.search(_CLAUSE_AT_END, question)
    if clause is None or not re.search(r"(?i)\b(?:what|when|which)\b", question[: clause.start()]):
        return None  # ("over which couple of days were ...": the clause is the question)
    before = analyse(question[: clause.start()] + "?", index)
    dated = plain.fact.subject
    if dated in before.entities or dated not in plain.analysis.entities or not before.stems:
        return None
    if not any(before.stems[-1] in m.form.stems for m in before.mentions):
        return None  # "the date on which the talks began": the clause says which date, of no thing named
    without = _ask(question[: clause.start()] + "?", index)
    return replace(without, question=question)


# ("who's after the seat", "India is after": seeking it, no order in time)
_BEFORE_OR_AFTER = (r"(?i)\b(?:before|(?<!'s )(?<!\u2019s )(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )after|"
                    r"prior\s+to|preceding|succeeding|replaced|replacing|succeeded|preceded|"
                    r"predecessor\s+of|successor\s+(?:of|to))\s+(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?(?P<name>[^?,.;]+)")


def _before_or_after(question: str, plain: Answer, index: Index) -> bool:
    """Whether the answer is the one the question sets before or after what it asks
    ("who was Secretary (West) before Lal": not Lal)."""
    if "before" not in question.lower() and "after" not in question.lower() and "cede" not in question.lower() \
            and "place" not in question.lower() and "cessor" not in question.lower():
        return False
    found = re.search(_BEFORE_OR_AFTER, question)
    entity = plain.candidates[0].details.get("entity")
    if not found or not entity:
        return False
    named = {m.entity for m in index.mentions(index_stems(found.group("name"), index))}
    if entity in named:
        return True
    # "who headed the Russian team before Vershinin": a person asked of a role held
    # before or after another person is no one the facts name, whoever else they offer
    people = {e for e in named if index.store.entities[e].type == "person"}
    return bool(people) and plain.analysis is not None and plain.analysis.wanted in ("agent", "person") \
        and found.group("name").strip().lower().split()[0] not in ("the", "a", "an", "his", "her", "their")


# "when did X first / start to / begin to ...", "since when": the beginning is asked ("first"
# also of a meeting whose sentence gives its place in a series: "the 13th JWG")
_ASKS_BEGINNING = (r"(?i)\b(?:(first|initially|originally|inaugural|maiden|earliest|founding)|"
                   r"start(?:ed|s|ing)?|began|begin(?:s|ning)?|commenc\w*|since\s+when)\b")


_YEAR_ASKED = r"(?i)\b(?:(?:what|which)\s+year|since\s+when)\b"


def _later_round(event: str, index: Index, parts_too: bool = True) -> str | None:
    """What the facts date, when an event (or, `parts_too`, a meeting within it) is a
    round of a series past the first ("the sixth round"); None when no round past the
    first is said."""
    store = index.store
    parts = [e for e, entity in store.entities.items() if entity.part_of == event] if parts_too else []
    for one in (event, *parts):
        for i in index.facts_by_entity.get(one, ()):
            fact = store.facts[i]
            if fact.subject == one and fact.predicate == "round" and isinstance(fact.object, Literal) \
                    and fact.object.kind == "number" and float(fact.object.value) > 1:
                return fact.object.text if one == event else "meetings that are later rounds of their series"
    return None


# "Which compass direction appears in Lal's title", "Lal is responsible for which part
# of the world, according to his title": a word of direction inside a title
_DIRECTION_ASKED = (r"(?i)\b(?:compass|cardinal)\s+(?:direction|point)s?\b|\bdirection\b|"
                    r"\bpart\s+of\s+the\s+(?:world|globe)\b|\b(?:region|area)\s+of\s+the\s+(?:world|globe)\b|"
                    r"\b(?:which|what)\s+(?:world\s+|geographic(?:al)?\s+)?(?:region|area)\b|"
                    r"\bgeographic(?:al)?\s+(?:area|region|word|direction|term|zone|focus|portfolio|remit)\b")
# (or a title's own word: "Lal is Secretary of which direction")
_TITLE_ASKED = r"(?i)\b(?:title|designation|post|position|job|role|rank|office|secretary|minister)\b"
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                        "south-east south-west".split())


def _direction_in_title(question: str, plain: Answer, index: Index) -> Answer | None:
    """The word of direction in the title the question is about ("Secretary (West)"):
    among the facts that fit the question best, those whose title holds such a word,
    when they agree on it. A direction asked of no title is left to the plain reading."""
    if plain.analysis is None or not re.search(_DIRECTION_ASKED, question) or not re.search(_TITLE_ASKED, question):
        return None
    store = index.store
    # the titles of the people the question names, or else of the facts that fit best
    people = {m.entity for m in plain.analysis.mentions if store.entities[m.entity].type == "person"}
    titles = [store.facts[i] for person in sorted(people) for i in index.facts_by_entity.get(person, ())
              if store.facts[i].subject == person] if people else [c.fact for c in rank(plain.analysis, index)[:8]]
    found: list[tuple[Fact, str]] = []
    for fact in titles:
        if not store.predicates[fact.predicate].describes:
            continue
        said = [w for w in re.findall(r"[A-Za-z-]+", store.object_text(fact)) if w.lower() in _DIRECTIONS]
        if said:
            found.append((fact, said[0]))
    if not found or len({w.lower() for _, w in found}) != 1:
        return None
    fact, said = found[0]
    chosen = Candidate(fact, said, "object", 1.0, _SIDE_CONFIDENCE, "", {})
    return Answer(question, True, said, _SIDE_CONFIDENCE, None, fact, (chosen,), plain.analysis, ())


# "Was Ukraine discussed with the head of the Russian team, or with a different Russian
# deputy minister? Name him.": one person, or someone else
_ONE_OR_ANOTHER = (r"(?i)^(?P<before>.*?\b(?:with|to|by|met|see|saw|meet|visit|visited)\s+)(?P<first>[^,?]+?),?\s+or\s+"
                   r"(?:(?:with|to|by)\s+)?(?P<other>some(?:one|body)\s+else|another\s+[\w\s-]+?|"
                   r"a\s+different\s+[\w\s-]+?|the\s+other\s+[\w\s.-]+?|other\s+[\w\s-]+?)\s*[?.!]*"
                   r"(?:\s+(?:name|give|who)\b[^?]*[?.!]*)?\s*$")


def _this_one_or_another(question: str, index: Index) -> Answer | None:
    """"Was the Ukraine situation taken up with the Russian delegation head, or with a
    different deputy minister?": the question asked without its options ("... taken up
    with whom") names the person; that is the first option's one, or the other, named."""
    found = re.match(_ONE_OR_ANOTHER, question)
    if not found:
        return None
    first = found.group("first").strip()
    named = [m.entity for m in index.mentions(index_stems(first, index))
             if index.store.entities[m.entity].type == "person"]
    if len(set(named)) == 1:
        one = named[0]
    else:
        resolved = None
        for said in (first, f"the official who is {first}"):  # "the Russian delegation head", as a role
            whole = [r for r in descriptors.readings(said) if r.start == 0 and r.end == len(said)]
            resolved = _entity_answer(whole[0].sub_question, whole[0].noun, index) if whole else None
            if resolved is not None:
                break  # each reading is a whole ask: the second only when the first says no one
        if resolved is None:
            return None
        one = resolved[0]
    # the question without its options, the person it asks for in their place
    lead = re.match(r"(?i)^(?:.*?,\s*)?(?P<aux>was|were|is|are|did|does|do|has|have|had)\s+(?P<rest>.+?)\s+"
                    r"(?P<last>\w+)\s*$", found.group("before"))
    if lead is None:
        return None
    last = lead.group("last").lower()
    asked_text = f"{last} whom {lead.group('aux')} {lead.group('rest')}?" if last in ("with", "to", "by") \
        else f"whom {lead.group('aux')} {lead.group('rest')} {last}?"
    asked = _ask(asked_text[0].upper() + asked_text[1:], index, 3)
    if not asked.answered or not asked.candidates:
        return None
    person = str(asked.candidates[0].details.get("entity") or "")
    if person not in index.store.entities or index.store.entities[person].type != "person":
        return None
    said = index.store.entities[person].name
    text = said if person == one else f"{found.group('other').strip()}: {said}"
    chosen = replace(asked.candidates[0], answer=text, slot="choice")
    return replace(asked, question=question, answer=text, candidates=(chosen, *asked.candidates[1:]))


# "on the council as it stands today, or on a changed, overhauled version of it?": a
# thing as it is, or changed; a fact's "a reformed UNSC" says which
_AS_IT_IS = (r"(?i)\bas\s+it\s+(?:currently\s+|now\s+)?(?:is|stands|exists|was)\b|"
             r"\b(?:current|existing|present|unchanged|actual|today['\u2019]s|"
             r"as-is)\b|\bthe\s+same\b")
_CHANGED = (r"(?i)\b(?:chang(?:ed|e)|reform(?:ed)?|overhaul(?:ed)?|revamp(?:ed)?|restructur(?:ed|e)|shaken[\s-]up|"
            r"shake-up|expand(?:ed)?|enlarg(?:ed|e)|alter(?:ed)?|modifi(?:ed)|remodel(?:l?ed)?|transform(?:ed)?|"
            r"different|new)\b")
# "what has to happen to the council first", "in what condition must the council be",
# "what sort of Security Council", "a council that has been what": the state it is in
_STATE_ASKED = (r"(?i)\bin\s+(?:what|which)\s+(?:condition|shape|state|form)\b|\b(?:what|which)\s+condition\b|"
                r"\bcondition\s+(?:is\s+)?attached\b|\bwhat\s+(?:has\s+to|must|should|needs?\s+to)\s+happen\s+to\b|"
                r"\b(?:has|have)\s+(?:been|to\s+be)\s+what\b|\bafter\s+what\s+change\b|\bgets\s+wh?at\b|"
                r"\b(?:what|which)\s+(?:sort|kind|type)\s+of\s+(?:overhauled\s+|reformed\s+|changed\s+)?"
                r"(?:security\s+)?council\b(?!\s+(?:seat|membership|member|place|chair|spot|slot|berth|position|bid|role))|"
                r"\bfirst\s+(?:has|have|needs?)\s+to\s+be\s+what\b")
_CHANGE_WORDS = ("reformed", "expanded", "enlarged", "restructured", "revamped", "overhauled", "transformed",
                 "modernised", "modernized", "changed")
_CHANGE_STEMS = frozenset(stem(w) for w in _CHANGE_WORDS)
_CHANGED_IN_QUOTE = rf"\b({'|'.join(_CHANGE_WORDS)})\s+((?:[A-Z][\w-]*\s*)+)"


def _as_it_is_or_changed(question: str, plain: Answer, index: Index) -> Answer | None:
    """"Does Russia want India on the Council as it is now, or on a changed one?": the
    fact whose sentence puts a word of change before the name of a thing the question
    names ("a reformed UNSC") answers with that word; refused, as before, when none does."""
    choice_of_two = " or " in question.lower() and re.search(_AS_IT_IS, question) and re.search(_CHANGED, question)
    if not choice_of_two and not re.search(_STATE_ASKED, question):
        return None
    asked = set(index_stems(question, index))
    # only the facts that have a word of change: the inverted lists find them in a big store
    for i in sorted(index.facts_sharing(_CHANGE_STEMS, 1)):
        fact = index.store.facts[i]
        for found in re.finditer(_CHANGED_IN_QUOTE, fact.quote.text):
            named = index.mentions(index_stems(found.group(2), index))
            if not named:
                continue
            entity = index.store.entities[named[0].entity]
            # the thing is the question's: named there, or a word of its name said ("council")
            if named[0].entity in (plain.analysis.entities if plain.analysis else ()) or \
                    set(index_stems(entity.name, index)) & asked - {"united", "nation"}:
                # the word that chooses, as a choice of words is answered; else the thing so described
                said = found.group(1) if choice_of_two else f"{found.group(1)} {found.group(2).strip()}"
                chosen = Candidate(fact, said, "choice", 1.0, _SIDE_CONFIDENCE, "", {"entity": entity.id})
                return Answer(question, True, said, _SIDE_CONFIDENCE, None, fact, (chosen,), plain.analysis, ())
    return None


def _ask_as_written(question: str, index: Index, top: int = 5) -> Answer:
    """Answer one question, its words as typed.

    A question that names something by a description ("the official who met
    Galuzin") is also asked with the description read as the entity it describes;
    that reading wins when it answers, since the plain reading then has to guess
    across two relations at once."""
    same = _same_one(question, index, top) or _not_the_one(question, index, top) or \
        _described_set_aside(question, index, top) or _role_at(question, index, top) or _counterpart(question, index) \
        or _two_questions(question, index, top) or _one_or_the_other(question, index)
    if same is not None:
        return same
    for shape, read in _SHAPED_READINGS:
        shaped = read(question, index) if re.search(shape, question) else None
        if shaped is not None:
            return shaped
    if re.match(_NEGATED_WH, question) or re.match(_NEGATED_WH, re.split(_LAST_SENTENCE, question.strip())[-1]) \
            or re.match(_NEGATED_WH, re.sub(_OF_THE_SET, "", question)):
        # "which meeting did not discuss Ukraine": the facts are not a full record, so
        # what one of them leaves out is not what did not happen
        return refusal(question, "the facts say what was done, not what was not done", analyse(question, index))
    on_date = _dated_yes_no(question, index, top) or _placed_yes_no(question, index, top)
    if on_date is None and " or " in question.lower():
        on_date = _placed_choice(question, index, top) or _relation_choice(question, index)
    if on_date is None and re.search(_DATES_OFFERED_APART, question):
        on_date = _dated_choice(question, index, top)
    if on_date is not None:
        return on_date
    plain = _side_of_doer(question, _ask(question, index, top), index)
    if plain.answered and "do with" in question.lower():
        plain = _done_with(question, plain, index) or plain
    # (before a verb no fact has refuses it: "Lal is responsible for which part of the
    # world, according to his title" asks the title's word, whatever he is responsible for)
    direction = _direction_in_title(question, plain, index) if question.strip() else None
    if direction is not None:
        return direction
    other = _this_one_or_another(question, index) if " or " in question.lower() else None
    if other is not None:
        return other
    changed = _as_it_is_or_changed(question, plain, index) if question.strip() else None
    if changed is not None and not (plain.answered and (changed.answer or "") in (plain.answer or "")):
        return changed  # (a plain answer that says the word already stands: "reformed UNSC")
    if not question.strip() or (plain.analysis is not None and plain.analysis.strange):
        return plain
    dated_in_clause = _dated_only_in_clause(question, plain, index)
    if dated_in_clause is not None:
        return dated_in_clause
    if plain.answered and plain.analysis is not None and plain.analysis.wanted == "date" \
            and re.search(r"\d\s*[-\u2013]\s*\d", plain.answer or "") and re.search(_ONE_DAY_OF_TWO, question):
        # "on which of the two days was the JWG held": the facts give the two days together
        return refusal(question, "the facts give the days of the meetings together, not the day of each", plain.analysis,
                       plain.candidates)
    if plain.answered and plain.analysis is not None and plain.candidates and _before_or_after(question, plain, index):
        # "who held the Secretary (West) post before Lal": Lal holds it; who came before
        # or after him is what no fact says
        return refusal(question, "the facts say who held it then, not who came before or after", plain.analysis,
                       plain.candidates)
    asked = re.sub(SAID_IN_OTHER_WORDS, r"\1say ", question)  # "what did the MEA convey about ..."
    asked = re.sub(_WORDS_OF, r"What did \g<who> say?", asked)
    said_by = re.match(_WHAT_SAID, asked)
    # (only "what did X say (about Y)": "what did the MEA say the sides agreed on" asks what
    # was agreed, as the MEA reported it)
    words_said = _words_said(said_by.group("who"), plain, index) \
        if said_by and re.fullmatch(_SAID_OF, asked[said_by.end():]) else None
    if words_said is not None:
        return words_said
    speaker = [m for m in plain.analysis.mentions if index.store.entities[m.entity].type == "person"
               and m.form.text.lower() in said_by.group("who").lower()] if said_by and plain.analysis else []
    # (a person's words only: "what does the article say X marks" reports the article)
    if speaker and plain.answered and plain.fact is not None \
            and not _SPEECH_WORDS & set(index.store.predicates[plain.fact.predicate].synonyms):
        # "what did Galuzin tell Lal about Ukraine": what he said, which only a fact of
        # saying gives (his title, found by his name, is no such thing)
        return refusal(question, f"no fact reports what {said_by.group('who')} said", plain.analysis, plain.candidates)
    owner = _owner_country(question, plain, index)
    if owner is not None:
        return owner
    place = _count_placed(question, plain, index)
    if place:
        # "how many times has the JWG met in Moscow": the round's number counts the
        # whole series, wherever it met
        return refusal(question, f"the facts number the rounds of the whole series, not those held in {place}",
                       plain.analysis, plain.candidates)
    if _count_of_a_round(question, plain):
        # "how many sessions did the sixth round comprise": the parts of one round,
        # which its number does not count
        return refusal(question, "the facts number the rounds; none says what one round comprised",
                       plain.analysis, plain.candidates)
    if plain.answered and plain.fact is not None and plain.analysis is not None and plain.analysis.wanted == "date":
        began = re.search(_ASKS_BEGINNING, question)
        # "what year did the JWG start": a year asked of a start is the series' (the
        # meeting's own year is no question worth asking of when it began), when the
        # meeting is itself a round ("what year did the Moscow talks start": their parts are)
        later = None if not began else _later_round(plain.fact.subject, index) if began.group(1) else \
            _later_round(plain.fact.subject, index, parts_too=False) if re.search(_YEAR_ASKED, question) else None
        if later:
            # "what year did they first start those talks": the facts date this meeting,
            # which is a later round of its series, not when the series began
            return refusal(question, f"the facts date {later}, not when the series began",
                           plain.analysis, plain.candidates)
        again = began and novelty.not_the_first(plain.fact.quote.text, began.group(1) is not None)
        if again:
            # "when did Russia first start backing India's bid": the sentence dated says it
            # was said again ("reiterated"), so its date is not when it began
            return refusal(question, f"the facts date when it was said again ('{again}'), not when it began",
                           plain.analysis, plain.candidates)
    if plain.analysis is not None and terms.described(question):
        # "what term does the release use for the funding of terrorist activity": the
        # article's phrase, which ranking's answer (a thing the words fit) need not be
        term = _term_asked(question, plain.analysis, index)
        if term is not None and plain.answered and (term.answer or "").lower() in (plain.answer or "").lower():
            term = None  # ("consultations on UN-related issues" says the term whole)
        term = term or _in_source_words(plain, index)
        if term is not None:
            return term
    partner = _partner_side(plain.analysis, index) if plain.analysis is not None and len(
        plain.analysis.options) == 2 else None
    if partner is not None:
        return partner
    degree = _degree(plain, index, top) if plain.analysis is not None and not plain.analysis.option_stems else None
    if degree is not None:
        return degree
    asked = re.match(_HOW_DEGREE, question)
    if asked and asked.group(1).lower() not in _NO_DEGREE and plain.answered and plain.candidates \
            and plain.candidates[0].details.get("entity") and plain.candidates[0].slot in ("subject", "object"):
        # "how significant was the press release": a degree, which no named thing is
        return refusal(question, f"no fact says how {asked.group(1).lower()}", plain.analysis)
    if not plain.answered and plain.analysis is not None and _offers_words(plain.analysis):
        chosen = _choose(plain.analysis, index, top)
        if chosen is not None:
            return chosen
    if plain.analysis is not None:
        # an in-place wh-word ("... for what purposes") is read where it stands; the plain
        # reading of such a question asks something else, so a close fit wins over it
        filled = _fill_gap(plain, index)
        if filled is not None and (not plain.answered or filled.confidence >= _GAP_OVER_PLAIN):
            return filled
    best: Answer | None = None
    for step in descriptors.resolve(question, lambda sub, noun: _entity_answer(sub, noun, index)):
        if re.match(rf"(?i)^\W*(?:who|whom|(?:which|what)(?:\s+[\w-]+)?\s+{_PERSON_NOUN})\s+(?:is|was|are|were)\s+(?:at\s+)?"
                    rf"{re.escape(step.entity_name)}\b", step.question):
            # "who was at the head of India's team", "which official was at the head of
            # ...": the one described is the answer, not "who Lal was"
            continue
        # (a description left in the question, "the Russian official with whom Lal
        # discussed Ukraine" once "the Indian delegation head" is read, is read in turn)
        hop = _ask(step.question, index, top)
        if len(step.question) < len(question) and any(True for _ in descriptors.readings(step.question)):
            inner = _ask_as_written(step.question, index, top)
            hop = inner if inner.answered and inner.confidence > (hop.confidence if hop.answered else 0.0) else hop
        named = hop.answer == step.entity_name or (hop.fact and _names(hop, step.entity))
        # "the Russian official with whom <the head of India's delegation> discussed
        # Ukraine": one described in a clause about another is not the one asked of
        in_clause = re.search(r"(?i)\b(?:whom|who|which|that)\s*$", question[: max(question.find(step.description), 0)])
        if in_clause and hop.fact is not None and hop.fact.subject == step.entity \
                and not isinstance(hop.fact.object, str):
            continue  # (his own title, not whom he met)
        if not hop.answered or (named and not (hop.analysis and hop.analysis.name_part)):
            continue  # the description's own entity is not the answer, unless its name is asked
        confidence = round(hop.confidence * step.sub_confidence, 3)
        if best is None or confidence > best.confidence:
            best = replace(hop, question=question, confidence=confidence, steps=(step,))
    if best is None or best.confidence < CONFIDENT:
        affiliation = _affiliation_of(plain.analysis, index) if plain.analysis is not None else None
        if affiliation is not None and plain.answered and plain.fact is not None and (
                affiliation.candidates[0].details["side_of"] not in index.slot_entities(plain.fact)
                or _answers_no_country(plain, affiliation, index)):
            # "which country's foreign ministry does Lal work for": a fact that is not
            # the person's own answers for someone else; "what nationality is
            # Vershinin" asks a country, not the delegation he led
            return affiliation
        if plain.answered:
            return plain
        return (_side_of(plain.analysis, index) if plain.analysis is not None else None) or affiliation or \
            (_weigh_options(plain.analysis, index) if plain.analysis is not None else None) or \
            (_describing_word_said(plain.analysis, index) if plain.analysis is not None else None) or \
            (_country_behind(question, plain.analysis, index, top) if plain.analysis is not None else None) or \
            (_country_whose(question, plain.analysis, index) if plain.analysis is not None else None) or \
            _named_of_a_country(question, index, top) or _term_asked(question, plain.analysis, index) or \
            _full_name_of_described(question, index, top) or \
            (_document_issued(plain.analysis, index) if plain.analysis is not None else None) or \
            _last_sentence(plain, index, top) or \
            _owner_in_text(plain, index) or _unframed(plain, index, top)
    return best


# "What is the full name of the working group whose 13th meeting was held?": a name,
# then a clause that says more of it
_FULL_NAME_OF_DESCRIBED = (r"(?i)^\s*(?P<asked>(?:what\s+(?:is|was)\s+)?the\s+full\s+name\s+of\s+.+?)\s*,?\s+"
                           r"(?:whose|which|that|who|where|at\s+which|in\s+which)\b")


def _full_name_of_described(question: str, index: Index, top: int) -> Answer | None:
    """The full name asked of what the words before the clause name, when that is sure:
    the clause says more of one the name already picks out."""
    found = re.match(_FULL_NAME_OF_DESCRIBED, question)
    if found is None:
        return None
    named = _ask(found.group("asked").rstrip(" ,") + "?", index, top)
    return replace(named, question=question) if named.answered and named.confidence >= _SURE_NAMED else None


# "the Indian envoy", "India's lead negotiator": one person, called by a country
_PERSON_OF = (r"(?:(?:delegation|team)\s+)?(?:(?:chief|lead|top|senior|main)\s+)?(?:official|envoy|diplomat|"
              r"representative|delegate|negotiator|emissary|interlocutor|man|woman|secretary|leader|officer)"
              r"(?![\w-])(?!\s+(?:who|that|whom)\b)")
_COUNTRY_PERSON = (r"(?i)(?<!identify\s)(?<!name\s)(?<!is\s)(?<!was\s)\b(?:(?:the|our|their)\s+(?P<adjective>[a-z]+)|"
                   rf"(?P<owner>[a-z]+)['\u2019]s)\s+{_PERSON_OF}")
_SURE_NAMED = 0.8  # how sure an answer with a person named for the one called by a country must be


def _named_of_a_country(question: str, index: Index, top: int) -> Answer | None:
    """"Who discussed Ukraine with the Indian envoy?", left unanswered, asked again with
    the one person of a country it calls by the country's adjective named ("... with
    Lal"), when the facts know one person of that country only (by the first clause of
    each description: what they are). Only a sure answer that is not that person."""
    found = re.search(_COUNTRY_PERSON, question)
    if found is None:
        return None
    said = found.group("adjective") or found.group("owner")
    countries = {m.entity for m in index.mentions(index_stems(said, index))
                 if index.store.entities[m.entity].type == "country"}
    people = [e for e in index.store.entities.values()
              if e.type == "person" and _described_countries(e.id, index) == countries] if len(countries) == 1 else []
    if len(people) != 1:
        return None
    person = people[0]
    # by surname, as questions name people ("with Lal"), when that is one of their names
    called = person.name.split()[-1] if person.name.split()[-1] in person.aliases else person.name
    named = _ask_as_written(f"{question[: found.start()]}{called}{question[found.end():]}", index, top)
    best = named.candidates[0] if named.answered and named.candidates else None
    if best is None or named.confidence < _SURE_NAMED or best.details.get("entity") == person.id:
        return None
    return replace(named, question=question)


# one day asked of a span the facts give whole: "which of the two days", "on which day
# was X held, and on which day Y"
_ONE_DAY_OF_TWO = r"(?i)\bwhich\s+of\s+the\s+(?:two\s+)?days\b|\b(?:on\s+)?which\s+day\b.*\bwhich\s+day\b"


def _same_one(question: str, index: Index, top: int) -> Answer | None:
    """"Was the head of the Russian team the same person Lal met about Ukraine?": each
    side asked on its own, and yes when both name one entity, no when they confidently
    name two (entities are distinct by record). None when either side is not named
    confidently: the question is then read as any other."""
    asked = identity.parse(question)
    if asked is None:
        return _same_across_meetings(question, index, top)
    sides = []
    for sub, said in ((asked.first, asked.first_said), (asked.second, asked.second_said)):
        found = _ask(sub, index, top)
        best = found.candidates[0] if found.answered and found.candidates else None
        entity = str(best.details.get("entity") or "") if best else ""
        if best is None or found.confidence < CONFIDENT or best.slot in ("yes", "kind") \
                or entity not in index.store.entities:
            return None
        sides.append((found, best, Resolved(said, index.store.entities[entity].name, entity, found.confidence, sub)))
    (first, first_best, one), (second, second_best, other) = sides
    if one.entity == other.entity:
        text = f"Yes: {one.entity_name}" + (" at both" if asked.both else "")
    elif asked.both:
        text = f"No: {one.entity_name} at {one.description}, {other.entity_name} at {other.description}"
    elif one.description.lower() in one.entity_name.lower():
        text = f"No: {other.entity_name}"  # "was Vershinin the official Lal met": no, Galuzin was
    else:
        text = f"No: {one.description} is {one.entity_name}, {other.description} is {other.entity_name}"
    confidence = round(min(first.confidence, second.confidence), 3)
    chosen = replace(first_best, answer=text, slot="same", confidence=confidence)
    return Answer(question, True, text, confidence, None, first.fact, (chosen, second_best), first.analysis,
                  (), (one, other))


def _same_across_meetings(question: str, index: Index, top: int) -> Answer | None:
    """"Was the Indian delegation led by the same person at both meetings?": asked of
    each meeting that is part of the one whole, the ones answered surely name one
    person (yes) or several (no, with who did it where). None unless two are answered."""
    ask = identity.across_meetings(question)
    if ask is None:
        return None
    store = index.store
    wholes = {entity.part_of for entity in store.entities.values() if entity.type == "event" and entity.part_of}
    if len(wholes) != 1:
        return None
    whole = next(iter(wholes))
    answered = []  # (answer, its best candidate, the doer it names, the meeting's name)
    for event, entity in store.entities.items():
        if entity.part_of != whole:
            continue
        found = _ask(f"{ask} at the {entity.name}?", index, top)
        best = found.candidates[0] if found.answered and found.candidates else None
        doer = str(best.details.get("entity") or "") if best else ""
        if best is not None and found.confidence >= CONFIDENT and doer in store.entities \
                and event in index.fact_context[_fact_number(best.fact, index)] and best.slot not in ("yes", "kind"):
            answered.append((found, best, doer, entity.name))
    if len(answered) < 2:
        return None
    doers = list(dict.fromkeys(doer for _, _, doer, _ in answered))
    if len(doers) == 1:
        text = f"Yes: {store.entities[doers[0]].name} at " + ("both" if len(answered) == 2 else "all of them")
    else:
        text = "No: " + ", ".join(f"{store.entities[doer].name} at the {name}" for _, _, doer, name in answered)
    first, best = answered[0][0], answered[0][1]
    confidence = round(min(one.confidence for one, _, _, _ in answered), 3)
    chosen = replace(best, answer=text, slot="same", confidence=confidence)
    return Answer(question, True, text, confidence, None, first.fact, (chosen, *(b for _, b, _, _ in answered[1:])),
                  first.analysis, ())


# "What did the two nations do with their experiences ...": the deed done to a thing
# ("At the JWG, what did the two countries do to their commitment ...": a setting said first)
_DONE_WITH = (r"(?i)^\s*(?:[^,?]{1,60},\s*)?what\s+did\s+.+?\s+do\s+(?:with|to|about)\s+"
              r"(?:their|its|his|her|the|these|those)?\s*(?P<thing>[\w-]+)")


def _done_with(question: str, plain: Answer, index: Index) -> Answer | None:
    """"What did they do with their experiences": the verb of the answer's relation when
    its label names the thing ("shared experiences in"), said as the label's words before
    it ("shared"); the answer found names what was done to it, not the deed."""
    found = re.match(_DONE_WITH, question)
    if found is None or plain.fact is None or not plain.candidates:
        return None
    label = index.store.predicates[plain.fact.predicate].label.split()
    thing = stem(found.group("thing").lower())
    at = next((k for k, word in enumerate(label) if stem(word.lower()) == thing), None)
    if not at:
        return None
    deed = " ".join(label[:at])
    deed = re.sub(r"(?i)\s+(?:their|its|his|her|the)$", "", deed)  # "reinforced their commitment": "reinforced"
    chosen = replace(plain.candidates[0], answer=deed, slot="relation")
    return replace(plain, answer=deed, candidates=(chosen, *plain.candidates[1:]))


# "What role did Vershinin play at the meetings?", "What was Lal's role at the JWG?"
# "what did Lal do at the meetings": what he did there as one of a side, as his role asks
_ROLE_AT = (r"(?i)^\s*(?:what|wat|wut|wot)\s+(?:(?:role|part)\s+did\s+(?P<a>.+?)\s+(?:play|have|take)"
            r"|(?:was|is)\s+(?P<b>.+?)['\u2019]?s\s+role|did\s+(?P<c>.+?)\s+do)"
            r"\s+(?:at|in|during)\s+(?P<where>.+?)\s*[?.!]*\s*$")


def _role_at(question: str, index: Index, top: int) -> Answer | None:
    """A person's role at a meeting is what they did there as part of a side: the fact
    that they led (or were in) a delegation, said with its relation ("led Indian
    delegation"). Their title is their post, which "role in the government" asks."""
    found = re.match(_ROLE_AT, question)
    if found is None:
        return None
    analysis = analyse(question, index)  # its reading only: the answer is the role fact's
    store = index.store
    people = [m.entity for m in analysis.mentions if store.entities[m.entity].type == "person"]
    where = {m.entity for m in index.mentions(index_stems(found.group("where"), index), exclusive=False)}
    meeting = any(store.entities[e].type == "event" for e in where) or bool(re.search(_MEETING_WORDS, found.group("where"))) \
        or bool(re.search(_MEETING_WORDS, " ".join(analysis.tokens)))  # as corrected: "the meettngs"
    if len(people) != 1 or not meeting:
        return None
    facts = [store.facts[i] for i in index.facts_by_entity.get(people[0], ())]
    sides = [f for f in facts if f.subject == people[0] and isinstance(f.object, str) and f.object in store.entities
             and store.entities[f.object].type == "group"]
    if len({(f.predicate, f.object) for f in sides}) != 1:
        return None  # one side, said once or once per meeting ("led the Indian delegation" at both)
    fact = next((f for f in sides if f.qualifier("event") in where), sides[0])
    said = f"{store.predicates[fact.predicate].label} {store.entities[str(fact.object)].name}"
    chosen = Candidate(fact, said, "relation", 1.0, _ROLE_CONFIDENCE, fact.subject, {"entity": fact.object})
    return Answer(question, True, said, _ROLE_CONFIDENCE, None, fact, (chosen,), analysis, ())


_MEETING_WORDS = r"(?i)\b(?:meetings?|talks|sessions?|consultations|discussions|negotiations)\b"
_COUNTERPART = r"(?i)\b(?:counterpart|opposite\s+number|equivalent)\b"
_COUNTERPART_STEMS = frozenset(stem(w) for w in ("counterpart", "counterparts", "opposite", "number", "equivalent"))


def _counterpart(question: str, index: Index) -> Answer | None:
    """"Who was Lal's counterpart?", "Lal's opposite number leading the other
    delegation": the one who did for the other side what the person did for his (led
    the Russian delegation, as Lal led the Indian one). Only when the person did so for
    one side, and one other side of that kind is done so for by one person."""
    if not re.search(_COUNTERPART, question) or re.match(r"(?i)^\W*(?:who|whom)\s+(?:did|does|do|has|had|will)\b",
                                                          question):
        return None  # "who did Vershinin's counterpart meet": whom the counterpart met is asked
    analysis = analyse(question, index)
    store = index.store
    # "was Lal's counterpart Galuzin or Vershinin": the one whose counterpart is asked,
    # and the people offered for it
    offered = analysis.options if len(analysis.options) >= 2 and all(
        store.entities[e].type == "person" for e in analysis.options) else frozenset()
    people = [m.entity for m in analysis.mentions if store.entities[m.entity].type == "person" and m.entity not in offered]
    if len(people) != 1 or analysis.wanted not in ("person", "agent", *(("any", "thing") if offered else ())) \
            or (analysis.options and not offered) or analysis.unknown:
        return None  # "Sergey Lavrov's counterpart": a name the facts do not know
    person = people[0]

    def sides(predicate: str) -> dict[str, set[str]]:
        """The groups a one-subject relation is said of, with who does it for each."""
        found: dict[str, set[str]] = {}
        for i in index.facts_by_predicate.get(predicate, ()):
            f = store.facts[i]
            if isinstance(f.object, str) and f.object in store.entities and store.entities[f.object].type == "group":
                found.setdefault(f.object, set()).add(f.subject)
        return found
    own = {(f.predicate, str(f.object)) for i in index.facts_by_entity.get(person, ()) if (f := store.facts[i]).subject == person
           and store.predicates[f.predicate].one_subject and isinstance(f.object, str) and f.object in store.entities
           and store.entities[f.object].type == "group"}
    if not own:
        # "who was Galuzin's counterpart": he did nothing for a side, so no one did the same for the other
        return refusal(question, f"the facts give {store.entities[person].name} no side, so no counterpart", analysis)
    if len(own) != 1:
        return None
    predicate, group = next(iter(own))
    # "who did Vershinin's counterpart meet to discuss Ukraine": another relation asked of
    # the counterpart (meeting him is what counterparts do)
    said_by = index.relation_words([s for s in analysis.stems if s not in _COUNTERPART_STEMS])
    if any(strength >= 0.8 and p not in (predicate, *_MEETING_RELATIONS) and said_by.get(p)
           for p, (strength, _) in analysis.predicates.items()):
        return None
    # "Vershinin's opposite number on the Indian side": the other side may be named
    named_sides = {m.entity for m in analysis.mentions if store.entities[m.entity].type == "group"}
    if group in named_sides:
        return refusal(question, f"{store.entities[person].name} {store.predicates[predicate].label} the "
                                 f"{store.entities[group].name} himself: a counterpart is on another side", analysis)
    others = {g: doers for g, doers in sides(predicate).items() if g != group and (not named_sides or g in named_sides)}
    if len(others) != 1 or len(next(iter(others.values()))) != 1:
        return None
    other = next(iter(others))
    doer = next(iter(others[other]))
    if offered and doer not in offered:
        return None
    fact = next(store.facts[i] for i in index.facts_by_entity.get(doer, ())
                if store.facts[i].predicate == predicate and store.facts[i].object == other)
    said = store.entities[doer].name
    chosen = Candidate(fact, said, "subject", 1.0, _ROLE_CONFIDENCE, str(fact.object), {"entity": doer})
    return Answer(question, True, said, _ROLE_CONFIDENCE, None, fact, (chosen,), analysis, ())
# the one fact that puts the person on a side: sure, though "role" is read, not matched
_ROLE_CONFIDENCE = 0.85


def _asked_with_one_named(sub_question: str, rewrite: Callable[[str], str], index: Index,
                          top: int) -> tuple[str, str, Answer] | None:
    """The entity a sub-question is answered with confidently ("Who led Russia's team?":
    sergey-vershinin), its name, and the question rewritten with that name asked;
    None when the sub-question is not answered confidently by an entity."""
    found = _ask(sub_question, index, top)
    best = found.candidates[0] if found.answered and found.candidates else None
    entity = str(best.details.get("entity") or "") if best else ""
    if best is None or found.confidence < CONFIDENT or entity not in index.store.entities:
        return None
    name = index.store.entities[entity].name
    return entity, name, _ask(rewrite(name), index, top)


# "Other than the official who led Russia's team, which Russian deputy foreign
# minister did Lal see?": what is set aside is named by what it did
_ASIDE_DESCRIBED = (r"(?i)^\s*(?P<lead>(?:other\s+than|apart\s+from|besides|except(?:\s+for)?|aside\s+from)\s+)"
                    r"(?P<said>the\s+(?:one|official|person|man|woman|minister|diplomat|envoy|meeting|body)\s+"
                    r"(?:who|that|which)\s+(?P<clause>[^,]+?))\s*,\s*(?P<rest>\S.*)$")


def _described_set_aside(question: str, index: Index, top: int) -> Answer | None:
    """The question with what it sets aside asked first ("who led Russia's team":
    Sergey Vershinin) and named in its place; None unless that is answered confidently
    by an entity: the question is then read as any other."""
    found = re.match(_ASIDE_DESCRIBED, question)
    if found is None:
        return None
    asked = _asked_with_one_named(f"Who {found.group('clause')}?", lambda name: f"{found.group('lead')}{name}, "
                                  f"{found.group('rest')}", index, top)
    if asked is None:
        return None
    entity, name, answer = asked
    if answer.answered and answer.confidence >= CONFIDENT:
        return replace(answer, question=question)
    plain = _ask(question, index, top)
    if plain.answered and plain.candidates and plain.candidates[0].details.get("entity") == entity:
        # read plainly, the question is answered with the very one it sets aside
        return refusal(question, f"the only answer the facts give is {name}, whom the question sets aside", plain.analysis)
    return None


_ALIAS_CONFIDENCE = 0.9  # a name of one option, said beside the options
# "Secretary (West): Lal or Galuzin?", "Mikhail — is that Galuzin or Vershinin?"
_NAME_BESIDE_OPTIONS = r"(?i)\bor\b"
_NAME_BESIDE_WORDS = 12  # such a question is short: a longer one is not read again for it
# "..., 6 or 13?", "the 6th or the 13th", "sixth or thirteenth"
_NUMBERS_OFFERED = (r"(?i)\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|[a-z]+(?:th|st|nd|rd)|one|two|three|four|five|six|"
                    r"seven|eight|nine|ten|eleven|twelve|thirteen)\s*,?\s+or\s+(?:the\s+)?(?:\d|[a-z]+(?:th|st|nd|rd)\b|"
                    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)")


# "the 12th, 13th or 14th", "the 13th or the 14th Joint Working Group": the numbers offered
_NUMBER_WORD = (r"\b(?:\d+(?:st|nd|rd|th)?|[a-z]+(?:th|st|nd|rd)|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|thirteen)\b")
_NUMBER_LIST = (rf"(?i)(?:\bthe\s+)?{_NUMBER_WORD}(?:\s*,\s*(?:the\s+)?{_NUMBER_WORD})*\s*,?\s+or\s+(?:the\s+)?{_NUMBER_WORD}")


def _option_by_another_name(question: str, index: Index) -> Answer | None:
    """"Secretary (West): Lal or Galuzin?": people offered, and beside them another of
    the names one of them goes by (a title the facts give as his name): that one. Only
    a question of names alone, with no relation asked."""
    if len(question.split()) > _NAME_BESIDE_WORDS:
        return None
    analysis = analyse(question, index)
    store = index.store
    if len(analysis.option_texts) != 2 or len(analysis.options) != 2 or analysis.predicates or any(
            store.entities[e].type != "person" for e in analysis.options):
        return None
    rest = question
    for text in analysis.option_texts:
        rest = re.sub(rf"(?i)\b{re.escape(text)}\b", " ", rest)
    named = {m.entity: m for m in index.mentions(index_stems(rest, index), exclusive=False)}
    rest_stems = [s for s in index_stems(rest, index) if s not in _GENERIC_STEMS]
    chosen = [m for e, m in named.items() if e in analysis.options and m.form.stems == tuple(rest_stems)]
    if len(chosen) != 1:
        return None  # the words beside the options must be that name and nothing else
    entity = chosen[0].entity
    facts = [store.facts[i] for i in index.facts_by_entity.get(entity, ()) if store.facts[i].subject == entity]
    titled = [f for f in facts if chosen[0].form.text.lower() in store.object_text(f).lower()
              or chosen[0].form.text.lower() in f.quote.text.lower()]
    if not (titled or facts):
        return None
    fact = (titled or facts)[0]
    said = next(t for t in analysis.option_texts if entity in {m.entity for m in index.mentions(index_stems(t, index))})
    return _option_chosen(question, analysis, fact, said.strip(), entity)


def _option_chosen(question: str, analysis: Analysis, fact: Fact, said: str, entity: str = "") -> Answer:
    """The answer of a choice settled by one fact read for it (a name, a title, a phrase)."""
    found = Candidate(fact, said, "choice", 1.0, _ALIAS_CONFIDENCE, "", {"entity": entity})
    return Answer(question, True, said, _ALIAS_CONFIDENCE, None, fact, (found,), analysis, ())


def _title_offered(question: str, index: Index) -> Answer | None:
    """"Is Lal a Secretary or a Deputy Minister?": one person named and titles offered,
    with nothing else asked: the title his facts give, when it has every word of one
    option and lacks a word of each other."""
    if len(question.split()) > _NAME_BESIDE_WORDS:
        return None
    analysis = analyse(question, index)
    store = index.store
    people = [m for m in analysis.mentions if store.entities[m.entity].type == "person"]
    if len(analysis.option_stems) < 2 or analysis.options or len(people) != 1 or len(analysis.mentions) > 2 \
            or any(strength >= 0.8 and not store.predicates[p].describes
                   for p, (strength, _) in analysis.predicates.items()):
        return None
    person = people[0]
    titles = [f for f in (store.facts[i] for i in index.facts_by_entity.get(person.entity, ()))
              if f.subject == person.entity and store.predicates[f.predicate].describes and isinstance(f.object, Literal)]
    if len(titles) != 1:
        return None
    fact = titles[0]
    title = set(index_stems(store.object_text(fact), index))
    offered = [set(option) - _GENERIC_STEMS for option in analysis.option_stems]
    if any(not option for option in offered):
        return None
    # every word of the question is the person's, an option's or a generic one
    said = {s for option in offered for s in option} | set(person.form.stems) | title
    if set(analysis.stems) - said - _GENERIC_STEMS:
        return None
    fits = [option for option in offered if option <= title]
    if len(fits) != 1:
        return None  # both are words of his title ("a Deputy Minister or a Minister"), or neither
    return _option_chosen(question, analysis, fact, store.object_text(fact))


def _phrase_owner(question: str, index: Index) -> Answer | None:
    """"Is the 'critical step' about the UNSC endorsement or the continued collaboration?":
    the article's words, offered with two things that might be what they are said of:
    the one whose own fact has every one of those words in what it states of it."""
    if len(question.split()) > _PHRASE_OWNER_WORDS:
        return None
    analysis = analyse(question, index)
    store = index.store
    if len(analysis.options) != 2 or len(analysis.option_texts) != 2 \
            or any(store.entities[e].type == "person" for e in analysis.options):
        return None  # (people offered with words of a title are asked whose title it is)
    offered = {s for option in analysis.option_stems for s in option}
    rest = {s for s in analysis.stems if s not in offered and s not in _GENERIC_STEMS and s not in _PHRASE_FRAME_STEMS}
    if len(rest) < 2:
        return None  # one word is too little to say which sentence is meant
    owners = {(e, i) for e in analysis.options for i in index.facts_by_entity.get(e, ())
              if store.facts[i].subject == e and isinstance(store.facts[i].object, Literal)
              and rest <= set(index_stems(store.object_text(store.facts[i]), index))}
    if len({e for e, _ in owners}) != 1:
        return None
    entity, i = min(owners)
    said = next((t for t in analysis.option_texts if entity in {m.entity for m in index.mentions(index_stems(t, index))}),
                store.entities[entity].name)
    return _option_chosen(question, analysis, store.facts[i], said.strip(), entity)


_PHRASE_OWNER_WORDS = 25  # a question of words and options is short
# the words that frame a phrase as the article's ("the 'critical step' line", "what does it call")
_PHRASE_FRAME_STEMS = frozenset(stem(w) for w in "line phrase words word term label call called article piece text "
                                "sentence passage describe described release story".split())
_PHRASE_OFFERED = (r"(?i)(?=.*\bor\b)(?:(?<!\w)['\"\u2018\u201c]\w|\b(?:call|calls|called|label|labels|labell?ed|"
                   r"describes?|described|line|phrase|words?|term)\b)")


# "Who gets called 'Russian Deputy Foreign Minister' ...?": the one the quoted words name
_CALLED_SO = (r"(?i)^\s*who(?:m)?\b[^?'\"\u2018\u201c]*?\b(?:called|named|described\s+as|referred\s+to\s+as|labell?ed|"
              r"termed|titled|styled|identified\s+as|introduced\s+as)\s+(?:as\s+)?(?:the\s+)?['\"\u2018\u201c]"
              r"(?P<phrase>[^'\"\u2019\u201d]{3,80})['\"\u2019\u201d]")


def _called_so(question: str, index: Index) -> Answer | None:
    """The person a fact gives the quoted words as its whole object (a title, a
    description), when one person alone has them: "who is called 'Russian Deputy
    Foreign Minister'" is Galuzin, whom the article calls that, though Vershinin is a
    deputy minister too."""
    phrase = re.match(_CALLED_SO, question).group("phrase").strip().lower()  # type: ignore[union-attr]
    store = index.store
    owners = [f for f in store.facts if isinstance(f.object, Literal) and store.object_text(f).strip().lower() == phrase
              and f.subject in store.entities and store.entities[f.subject].type == "person"]
    if len({f.subject for f in owners}) != 1:
        return None
    fact = owners[0]
    name = store.entities[fact.subject].name
    found = Candidate(fact, name, "subject", 1.0, _ONE_VALUE_CONFIDENCE, fact.subject, {"entity": fact.subject})
    return Answer(question, True, name, _ONE_VALUE_CONFIDENCE, None, fact, (found,), analyse(question, index), ())


def _number_offered(question: str, index: Index) -> Answer | None:
    """"Which number belongs to the counter-terrorism working group, 6 or 13?": options
    that are all numbers, and one meeting named whose facts give one number (its
    round): the option that is that number, with the fact's words."""
    analysis = analyse(question, index)
    listed = re.search(_NUMBER_LIST, question)
    texts = re.findall(rf"(?:\bthe\s+)?{_NUMBER_WORD}", listed.group(0), re.IGNORECASE) if listed \
        else analysis.option_texts
    offered = [(text, spoken.number_said(re.sub(r"(?i)^\s*the\s+", "", text))) for text in texts]
    if len(offered) < 2 or any(n is None for _, n in offered):
        return None
    store = index.store
    said = {s for text, _ in offered for s in index_stems(text, index)}
    events = {m.entity for m in analysis.mentions if store.entities[m.entity].type == "event"}
    if not events:
        # "was it the 13th or the 14th jwg": the series named inside the last option
        events = {m.entity for m in index.mentions(list(analysis.stems)) if store.entities[m.entity].type == "event"}
    if not events and not {s for s in analysis.stems if s not in said} - _GENERIC_STEMS and not analysis.mentions:
        # "I've seen it reported as the 14th. Was it the 13th or the 14th?": the series
        # is left unsaid; every numbered one is tried, and only one may fit
        events = {store.facts[i].subject for i in index.facts_by_predicate.get("round", ())}
    elif len(events) != 1 or set(analysis.unknown) - said:
        return None
    facts = [f for f in (store.facts[i] for e in sorted(events) for i in index.facts_by_entity.get(e, ()))
             if f.subject in events and isinstance(f.object, Literal) and f.object.kind == "number"]
    chosen = [text for text, n in offered if n in {f.object.value for f in facts if isinstance(f.object, Literal)}]
    fitting = [f for f in facts if isinstance(f.object, Literal) and f.object.value in {n for _, n in offered}]
    if len(chosen) != 1 or len({f.subject for f in fitting}) != 1 \
            or len({f.object.value for f in facts if f.subject == fitting[0].subject}) != 1:
        return None
    fact = fitting[0]
    bare = re.sub(r"(?i)^\s*the\s+", "", chosen[0]).strip().lower()
    said = store.object_text(fact) if bare in store.object_text(fact).lower() else \
        f"{chosen[0].strip()} ({store.object_text(fact)})"
    found = Candidate(fact, said, "choice", 1.0, _ONE_VALUE_CONFIDENCE, fact.subject, {"entity": ""})
    return Answer(question, True, said, _ONE_VALUE_CONFIDENCE, None, fact, (found,), analysis, ())


# "How does the release describe the timing of the UN consultations relative to the
# working group?", "were they held at the same time as the JWG?": how one meeting
# stands to another, which a fact about the one says in a qualifier naming the other
_RELATIVE_TO = (r"(?i)\b(?:relative\s+to|in\s+relation\s+to|compared\s+(?:to|with)|at\s+the\s+same\s+time\s+as|"
                r"simultaneously\s+with|concurrently\s+with)\b")
_RELATIVE_CONFIDENCE = 0.85  # the qualifier's own words, of the two meetings asked about


def _relative_to(question: str, index: Index) -> Answer | None:
    """The qualifier of a fact about one event named that names the other event named
    ("in parallel with the counter-terrorism JWG"): how the one stands to the other; a
    yes-or-no question is answered yes with it."""
    analysis = analyse(question, index)
    store = index.store
    events = list(dict.fromkeys(m.entity for m in analysis.mentions if store.entities[m.entity].type == "event"))
    if len(events) != 2 or not (analysis.wanted == "yesno" or re.search(r"(?i)\b(?:timing|timed|when|how)\b|"
                                                                         r"\bsame\s+time\b", question)):
        return None  # ("met for which time, compared with the sixth": a round asked, not how they stand)
    for one, other in (events, events[::-1]):
        for i in index.facts_by_entity.get(one, ()):
            fact = store.facts[i]
            if one not in index.slot_entities(fact):
                continue
            for key, value in fact.qualifiers:
                text = store.qualifier_text(value)
                if key != "event" and other in {m.entity for m in index.mentions(index_stems(text, index))}:
                    said = f"Yes: {text}" if analysis.wanted == "yesno" else text
                    chosen = Candidate(fact, said, "qualifier", 1.0, _RELATIVE_CONFIDENCE, fact.id, {"entity": ""})
                    return Answer(question, True, said, _RELATIVE_CONFIDENCE, None, fact, (chosen,), analysis, ())
    return None


# "At how many of the meetings did Lal lead the Indian delegation?": the meetings a
# person did it at, counted from the facts that say so of each
_HOW_MANY_MEETINGS = (r"(?i)\b(?:at|in|for|during)\s+how\s+many\s+(?:of\s+(?:the|these|those)\s+)?(?:meetings|sessions|"
                      r"events|gatherings|rounds)\b")
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six")


def _meetings_counted(question: str, index: Index) -> Answer | None:
    """The number of meetings (event qualifiers) at which the one person named did what
    the question's relation says, to the things it names; None when no fact says it at
    any meeting (the question is then read as any other)."""
    analysis = analyse(question, index)
    store = index.store
    people = [m.entity for m in analysis.mentions if store.entities[m.entity].type == "person"]
    asked = {p for p, (strength, _) in analysis.predicates.items() if strength >= 0.8} - _MEETING_RELATIONS
    others = {m.entity for m in analysis.mentions if store.entities[m.entity].type not in ("person", "event")}
    if len(people) != 1 or not asked:
        return None
    facts = [f for f in (store.facts[i] for i in index.facts_by_entity.get(people[0], ()))
             if f.subject == people[0] and f.predicate in asked and f.qualifier("event")
             and others <= set(index.slot_entities(f))]
    events = list(dict.fromkeys(str(f.qualifier("event")) for f in facts))
    if not events or len(events) >= len(_NUMBER_WORDS):
        return None
    names = " and ".join(store.entities[e].name for e in events)
    said = f"{_NUMBER_WORDS[len(events)].capitalize()}: {names}"
    chosen = Candidate(facts[0], said, "count", 1.0, _ONE_VALUE_CONFIDENCE, facts[0].subject, {"entity": ""})
    return Answer(question, True, said, _ONE_VALUE_CONFIDENCE, None, facts[0], (chosen,), analysis, ())


# "Which was mentioned first in the report: the JWG or the Ukraine conflict?": an order
# in the text, which the source shows (not in time: "which meeting came first")
_TEXT_VERBS = r"(?:mention|name|describe|report|cover|introduce|list|raise)(?:s|d|ed)?"
_TEXT_ORDER = (rf"(?i)\b(?:{_TEXT_VERBS}\s+(?P<a>first|earlier|last|later)|(?P<b>first|last)\s+{_TEXT_VERBS})\b")
_TEXT_NOUNS = r"(?i)\b(?:article|report|piece|text|story|release|write-up|mentioned|named|listed)\b"
_IN_ORDER_CONFIDENCE = 0.85  # read off the text, where each option's name first stands


def _first_in_text(question: str, index: Index) -> Answer | None:
    """Of two options, each naming one entity, the one whose name (any of its forms)
    the source text has first (or last): the fact quoting that place is the evidence."""
    found = re.search(_TEXT_ORDER, question)
    analysis = analyse(question, index)
    if found is None or len(analysis.option_texts) != 2 or not re.search(_TEXT_NOUNS, question):
        return None
    last = (found.group("a") or found.group("b")).lower() in ("last", "later")
    places = []
    for text in analysis.option_texts:
        named = {m.entity for m in index.mentions(index_stems(text, index))}
        facts = [index.store.facts[i] for e in named for i in index.facts_by_entity.get(e, ())]
        if len(named) != 1 or not facts:
            return None
        entity = index.store.entities[next(iter(named))]
        source = index.store.sources[facts[0].source]
        at = [m.start() for form in (entity.name, *entity.aliases)
              for m in re.finditer(rf"(?i)(?<!\w){re.escape(form)}(?!\w)", source.text)]
        if not at:
            return None
        places.append((min(at), source.id, text, facts))
    if places[0][1] != places[1][1] or places[0][0] == places[1][0]:
        return None  # two sources have no one order; one place is no choice
    place, _, text, facts = (max if last else min)(places, key=lambda p: p[0])
    fact = next((f for f in facts if f.quote.start <= place < f.quote.end), min(facts, key=lambda f: f.quote.start))
    said = re.sub(r"(?i)^(?:the|an?)\s+", "", text.strip())
    chosen = Candidate(fact, said, "choice", 1.0, _IN_ORDER_CONFIDENCE, "", {"entity": ""})
    return Answer(question, True, said, _IN_ORDER_CONFIDENCE, None, fact, (chosen,), analysis, ())


# "Which of these was NOT among the experiences shared: cross-border terrorism, terror
# financing, or UNSC reform?": a frame with "not", then three options or more
_NOT_AMONG = (r"(?i)^\s*(?P<frame>(?:which|what)\b[^:\u2014?]*?\bnot\b[^:\u2014?]*?)\s*(?::|\u2014|\s-\s)\s*"
              r"(?P<options>[^?]+?)\s*\?*\s*$")
_LEFT_OUT_CONFIDENCE = 0.75  # a choice by elimination: as sure as the facts that say the rest are complete


def _not_among(question: str, index: Index) -> Answer | None:
    """The one option no fact the frame (without "not") finds says, when every other
    option is said by one of them: the list those facts give leaves it out. None when
    two options or none are left out."""
    found = re.match(_NOT_AMONG, question)
    if found is None:
        return None
    options = [o.strip() for o in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", found.group("options")) if o.strip()]
    if len(options) < 3:
        return None
    frame = re.sub(r"(?i)\bnot\s+", "", found.group("frame")) + "?"
    ranked = rank(analyse(frame, index), index)[:5]
    unsaid, evidence = [], None
    for option in options:
        stems = [s for s in index_stems(option, index) if s not in _GENERIC_STEMS]
        saying = next((c for c in ranked if stems and all(
            _expanded(s) & (index.fact_stems[k] | index.sentence_stems[k]) for s in stems
            for k in (_fact_number(c.fact, index),))), None)
        if saying is None:
            unsaid.append(option)
        elif evidence is None:
            evidence = saying
    if len(unsaid) != 1 or evidence is None:
        return None
    said = re.sub(r"(?i)^(?:the|an?)\s+", "", unsaid[0])
    chosen = replace(evidence, answer=said, slot="choice", confidence=_LEFT_OUT_CONFIDENCE)
    return Answer(question, True, said, _LEFT_OUT_CONFIDENCE, None, evidence.fact, (chosen,),
                  analyse(question, index), ())


# Readings of one shape each, tried in this order before the plain reading; each analyses
# the question again, so each runs only on a question its pattern matches.
# What a part of the article says, asked of the part alone: "how does the article end?",
# "what does the closing paragraph say?", "article conclusion"
_DOC = r"(?:article|piece|story|report|text|release|write-?up|it)"
_PASSAGE_SAID = (
    rf"(?i)^\s*(?:(?:so|and|ok(?:ay)?|now),?\s+)?(?:"
    rf"(?:what|how)\s+(?:does|did|do)\s+(?:the\s+|this\s+|that\s+)?{_DOC}\s+(?:end|conclude|close|wrap\s+up|finish|"
    r"sign\s+off|round\s+off)\b(?!\s+(?:about|that|with\s+(?:what|which)))"
    r"|(?:what|how)\s+(?:does|did|is|was)\s+(?:the\s+|its\s+|(?:the\s+)?(?:article|piece|story)['\u2019]s\s+)?"
    r"(?:closing|final|last|concluding)\s+(?:paragraph|para|sentence|line|passage|"
    rf"words|bit)\s+(?:of\s+the\s+{_DOC}\s+)?(?:say|said|state|read|go)\s*\??\s*$"
    # terse: "closing line", "last sentence of the piece", "final takeaway"
    r"|(?:the\s+)?(?:closing|final|last|concluding)\s+(?:paragraph|para|sentence|line|passage|words|takeaway|"
    rf"remark|thought)(?:\s+(?:of|in)\s+(?:the\s+|this\s+)?{_DOC})?\s*\??\s*$"
    rf"|(?:(?:what\s+is|what['\u2019]s)\s+)?(?:the\s+)?{_DOC}['\u2019]?s?\s+(?:conclusion|ending|closing\s+line|"
    r"(?:last|final)\s+(?:line|sentence|words))\s*\??\s*$"
    rf"|(?:what\s+is\s+|what['\u2019]s\s+)?the\s+(?:conclusion|ending|closing\s+line)\s+of\s+the\s+{_DOC}\s*\??\s*$)")
_PASSAGE_CONFIDENCE = 0.9  # the part is found by its place in the text, not by matching words


def _passage_said(question: str, index: Index) -> Answer | None:
    """The sentence that ends the article, with the fact that quotes most of it: what
    the article's end says. Only with one source, whose end it is (the question does
    not say which article it means). (An opening paragraph says several things: a
    question about it is ranked as any other.) Reads every fact once: this shape of
    question is rare, and the index keeps no facts by place in the text."""
    store = index.store
    if len(store.sources) != 1:
        return None
    source = next(iter(store.sources.values()))
    inside = [f for f in store.facts if f.source == source.id and in_passage(source.text, f.quote.start, CLOSING)]
    if not inside:
        return None
    # the last sentence, and its fact that quotes most of it
    last = max(inside, key=lambda f: f.quote.start)
    sentence = index.sentence_text.get(last.id, last.quote.text).strip()
    same = [f for f in inside if index.sentence_text.get(f.id, f.quote.text).strip() == sentence]
    fact = max(same, key=lambda f: (f.quote.end - f.quote.start, -f.quote.start))
    found = Candidate(fact, sentence, "passage", 1.0, _PASSAGE_CONFIDENCE, "", {"passage": CLOSING})
    return Answer(question, True, sentence, _PASSAGE_CONFIDENCE, None, fact, (found,), analyse(question, index), ())


_SHAPED_READINGS = (
    (_PASSAGE_SAID, _passage_said),
    (_NAME_BESIDE_OPTIONS, _option_by_another_name),
    (_NAME_BESIDE_OPTIONS, _title_offered),
    (_PHRASE_OFFERED, _phrase_owner),
    (_NUMBERS_OFFERED, _number_offered),
    (_CALLED_SO, _called_so),
    (_RELATIVE_TO, _relative_to),
    (_HOW_MANY_MEETINGS, _meetings_counted),
    (_TEXT_ORDER, _first_in_text),
    (r"(?i)\bnot\b", _not_among),
)


# A wh-question whose own verb is negated: "which meeting did not discuss Ukraine"
_OF_THE_SET = r"(?i)^\s*(?:of|among|between)\s+(?:the|these|those)\s+[^,?]+,\s*"  # "of the two officials, ..."
_NEGATED_WH = (r"(?i)^\s*(?:(?:who|whom|which|what|where|when)\b|(?:name|identify|list|tell\s+me)\s+(?:the|a|an|any)\b"
               r"[^?,;]*?\b(?:who|that|which)\s)[^?,;]*?\b(?:did|does|do|was|were|is|are|has|have|had)"
               r"(?:\s+not\b|n['\u2019]t\b)")
# "Who was the other deputy minister, the one who did not head the Russian team?": a
# wh-question, then who or what the answer is not, said by what the other one did
_NOT_THE_ONE = (r"(?i)^\s*(?P<main>(?:who|which|what|name|identify|tell\s+me)\b.+?)\s*,?\s+"
                r"(?:(?:the|that)\s+(?:one|person|man|woman|official|\w+)\s+)?(?:who|that|which)\s+(?P<aux>did|does|was|is|had|has)\s*(?:not|n['\u2019]t)\s+"
                r"(?P<clause>[^,?]+?)\s*[?.!]*\s*$")

# "Which Russian official did not lead the Russian delegation?"
_WHICH_NOT = (r"(?i)^\s*(?P<main>(?:which|what)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?P<aux>did|does|was|is)\s*"
              r"(?:not|n['\u2019]t)\s+(?P<clause>[^,?]+?)\s*[?.!]*\s*$")


def _not_the_one(question: str, index: Index, top: int) -> Answer | None:
    """"Who was the other deputy minister, the one who did not head the Russian team?":
    who did head it is asked first, and the question is then asked with that one set
    aside ("... besides Sergey Vershinin"). None unless both are answered confidently:
    the question is then read as any other."""
    if " not " not in f" {question.lower()} " and "n't" not in question.lower() and "n\u2019t" not in question:
        return None
    found = re.match(_NOT_THE_ONE, question) or re.match(_WHICH_NOT, question)
    if found is None:
        return _other_of_the_set(question, index, top)
    main = re.sub(r"(?i)^\s*identify\b", "Name", found.group("main").rstrip(" ,"))  # (a description asked for)
    asked = _asked_with_one_named(f"Who {found.group('aux')} {found.group('clause')}?",
                                  lambda name: f"{main} besides {name}?", index, top)
    if asked is None:
        return None
    entity, _, other = asked
    named = str(other.candidates[0].details.get("entity") or "") if other.answered and other.candidates else ""
    if not other.answered or other.confidence < CONFIDENT or named not in index.store.entities \
            or index.store.entities[named].type != index.store.entities[entity].type:
        return None  # the other one is of the kind the one set aside is: a person for a person
    return replace(other, question=question)


# "Of the two Russian deputy ministers, which one is not described as heading the
# team?": a verb denied at the end of the question
_DENIED_AT_END = (r"(?i)\b(?P<aux>did|does|was|is|were|are|had|has)\s*(?:not|n['\u2019]t)\s+(?P<clause>[^,?.!;]+?)"
                  r"\s*[?.!]*\s*$")
# words that frame the set ("the two ... named") or the part of a name asked, not what
# the set's members are
_SET_FRAME = frozenset(["two", "2", "both", "pair", "named", "mentioned", "listed", "article", "piece", "text", "one",
                        "surname", "name", "first", "last", "family", "given"])


def _other_of_the_set(question: str, index: Index, top: int) -> Answer | None:
    """"The article names two Russian deputy foreign ministers. What is the surname of
    the one who did not head the team?": who did is asked first (Vershinin); the answer
    is the one other entity of that kind the question's words describe (a Russian
    deputy minister: Galuzin, not Lal). None unless exactly one other fits better than
    the rest: the question is then refused as any denied verb is."""
    denied = re.search(_DENIED_AT_END, question)
    if denied is None:
        return None
    done_by, positive = None, None
    # who did it, asked alone ("who did head the team") and, when that is unsure, in the
    # question's words ("... two Russian deputy ministers ... the one who did head the team")
    for affirmed in (f"Who {denied.group('aux')} {denied.group('clause')}?",
                     f"{question[: denied.start()]}{denied.group('aux')} {denied.group('clause')}?"):
        positive = _ask(affirmed, index, top)
        best = positive.candidates[0] if positive.answered and positive.candidates else None
        done_by = index.store.entities.get(str(best.details.get("entity") or "")) if best else None
        if done_by is not None and positive.confidence >= CONFIDENT:
            break
    if done_by is None or positive is None or positive.confidence < CONFIDENT:
        return None
    clause = set(index_stems(denied.group("clause"), index))
    frame = {stem(w) for w in _SET_FRAME}
    described = set(index_stems(question[: denied.start()], index)) - clause - frame
    others = [e for e in index.store.entities.values() if e.type == done_by.type and e.id != done_by.id]
    fit = {e.id: len(described & set(index_stems(" ".join((e.name, *e.aliases, e.description or "")), index)))
           for e in (*others, done_by)}
    ranked = sorted(others, key=lambda e: -fit[e.id])
    if not ranked or fit[ranked[0].id] == 0 or (len(ranked) > 1 and fit[ranked[1].id] == fit[ranked[0].id]) \
            or fit[done_by.id] < fit[ranked[0].id]:
        return None  # the set is the one who did and one other, each of the kind described
    other = ranked[0]
    card = _ask(f"Who is {other.name}?", index, top)
    if not card.answered or card.fact is None or not card.candidates:
        return None
    part = "last" if re.search(r"(?i)\b(?:surname|last\s+name|family\s+name)\b", question) else \
        "first" if re.search(r"(?i)\b(?:first|given)\s+name\b", question) else "full"
    chosen = _name_part_of(replace(card.candidates[0], answer=other.name, slot="named",
                                   details={**card.candidates[0].details, "entity": other.id}), part, index)
    confidence = min(positive.confidence, card.confidence)
    return replace(card, question=question, answer=chosen.answer, confidence=confidence,
                   candidates=(replace(chosen, confidence=confidence), *card.candidates[1:]))


_TERM_CONFIDENCE = 0.8  # a phrase every word of which says the description, and says most of it


def _term_asked(question: str, analysis: Analysis | None, index: Index) -> Answer | None:
    """"What term does the report use for the flow of money to terrorist groups?": the
    phrase of a quoted sentence that says the description ("terror financing"), with
    the first fact that quotes it as the evidence. Only when ranking found no answer."""
    description = terms.described(question)
    if description is None or analysis is None:
        return None
    stems = [s for s in index_stems(description, index) if s not in _GENERIC_STEMS]
    store = index.store
    quotes = dict.fromkeys(fact.quote.text for fact in store.facts)
    named = any(store.entities[m.entity].type in AGENT_TYPES | PLACE_TYPES for m in index.mentions(stems, exclusive=False))
    term = terms.term_for(stems, quotes, lambda word: index_stems(word, index), _expanded, named)
    if term is None:
        return None
    low = term.lower()
    fact = next((f for f in store.facts if low in store.object_text(f).lower()), None) or \
        next((f for f in store.facts if low in f.quote.text.lower()), None)
    if fact is None:
        return None
    found = Candidate(fact, term, "term", 1.0, _TERM_CONFIDENCE, "", {})
    return Answer(question, True, term, _TERM_CONFIDENCE, None, fact, (found,), analysis, ())


_DOCUMENT_CONFIDENCE = 0.75  # the one document a body issued, asked by its form


def _document_issued(analysis: Analysis, index: Index) -> Answer | None:
    """"In what form did India's foreign ministry publish its statement on stepping up
    cooperation?": a form of statement is asked, and the facts have one document a
    body issued (the MEA press release); what the statement said is what that document
    reports, so it needs no fact of its own. Not when the question names a body the
    document is not from, or a word the facts do not know."""
    if analysis.wanted != "document" or analysis.unknown or analysis.strange:
        return None
    store = index.store
    bodies = {m.entity for m in analysis.mentions if store.entities[m.entity].type == "organization"}
    issued = []
    for entity, thing in store.entities.items():
        if thing.type != "document":
            continue
        for i in index.facts_by_entity.get(entity, ()):
            issuers = {e for e in index.fact_context[i] if store.entities[e].type == "organization"}
            if issuers and bodies <= issuers:
                issued.append((entity, store.facts[i]))
                break
    if len(issued) != 1:
        return None
    entity, fact = issued[0]
    said = store.entities[entity].name
    found = Candidate(fact, said, "object", 1.0, _DOCUMENT_CONFIDENCE, entity, {"entity": entity})
    return Answer(analysis.question, True, said, _DOCUMENT_CONFIDENCE, None, fact, (found,), analysis, ())


def _in_source_words(plain: Answer, index: Index) -> Answer | None:
    """"What word does the release use for the group Vershinin headed?": the answer's
    thing as the sentence behind it names it ("Russian team"), when that is not the
    name the facts give it ("Russian delegation")."""
    if not plain.answered or plain.fact is None or not plain.candidates:
        return None
    entity = plain.candidates[0].details.get("entity")
    if not isinstance(entity, str) or entity not in index.store.entities:
        return None
    quote = plain.fact.quote.text.lower()
    said = [form.text for form in index.forms if form.entity == entity
            and re.search(rf"(?<![\w-]){re.escape(form.text.lower())}(?![\w-])", quote)]
    if not said:
        return None
    text = max(said, key=len)
    if text.lower() == (plain.answer or "").lower():
        return None
    chosen = replace(plain.candidates[0], answer=text, slot="term")
    return replace(plain, answer=text, candidates=(chosen, *plain.candidates[1:]))


# Where a question of several sentences starts its last one: "The article shows two
# dates: ... . When did the meetings happen?"
_LAST_SENTENCE = r"(?<=[.!?])\s+(?=[A-Z][^.!?]*[.!?]*\s*$)"
# the first words of a sentence that asks, though it ends in a full stop
_ASKING_FIRST = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "give", "name",
                           "state", "list", "tell", "identify", "specify", "provide", "say", "explain", "describe"})


_PERSONAL_PRONOUNS = frozenset("he him his she her they them their".split())


def _pronouns_named(last: str, before: str, index: Index) -> str | None:
    """The last sentence with its "he", "him" or "his" as the one person the sentences
    before it name, else None ("they", or two people named: who is meant is unsure)."""
    said = set(words(last.lower())) & _PERSONAL_PRONOUNS
    if said - {"he", "him", "his", "she", "her"}:
        return None
    people = {m.entity for m in analyse(before, index).mentions if index.store.entities[m.entity].type == "person"}
    if len(people) != 1:
        return None
    name = index.store.entities[people.pop()].name
    return re.sub(r"(?i)\b(?:(his)|he|him|she|her)\b", lambda m: f"{name}'s" if m.group(1) else name, last)


def _last_sentence(plain: Answer, index: Index, top: int) -> Answer | None:
    """"The article shows two dates: when it was published and when the meetings
    happened. When did the meetings happen?": the sentences before the last set the
    scene, and their words can pull towards what they mention (the publication date);
    the last sentence, asked alone, is the question. Only when the whole was not
    answered, and only a sure answer."""
    parts = re.split(_LAST_SENTENCE, plain.question.strip())
    if len(parts) < 2 or not (parts[-1].rstrip().endswith("?") or parts[0].rstrip().endswith((".", "!"))
                              or parts[-1].split()[0].lower() in _ASKING_FIRST):
        # "Who wrote this article? Need a byline for the show notes.": after the question,
        # a remark why it is asked, which is no question of its own ("Give the days." is)
        return None
    last = parts[-1]
    if _PERSONAL_PRONOUNS & set(words(last.lower())):
        # "A patron mentions a 'Sergey'. Did he lead the Russian team?": "he" is the one
        # person the sentences before name; with none or several, who is meant is unknown
        last = _pronouns_named(last, " ".join(parts[:-1]), index)
        if last is None:
            return None
    alone = _ask(last, index, top)
    if not alone.answered or alone.confidence < CONFIDENT:
        return None
    return replace(alone, question=plain.question)


_JOINT_DOCUMENT = (r"(?i)\bjoint\s+(statement|declaration|communiqu[e\u00e9]|press\s+release|release|readout|"
                   r"press\s+conference|text|document)s?\b")
# An event held for reporters, which a meeting's noun ("conference") in it is not
_PRESS_EVENT = r"(?i)\b(press|news|media)\s+(conference|briefing)s?\b"
# A question, then a remark that asks nothing: "Talks in New Delhi or Moscow? Colleague's draft wavers."
_QUESTION_THEN_REMARK = r"^\s*(?P<asked>[^?]+\?)\s+(?P<remark>[^?]+?)\s*$"


def _remark_after(plain: Answer, index: Index, top: int) -> Answer | None:
    """"Is Russia's backing new, or a restatement? Copy must get this right.": the
    question, asked alone, when the sentence after it asks nothing ("Confirm." and
    "Don't want them swapped." say why it is asked). Only a sure answer."""
    found = re.match(_QUESTION_THEN_REMARK, plain.question)
    if not found or (words(found.group("remark").lower()) or [""])[0] in _ASKING_FIRST \
            or re.search(r"(?i)n['\u2019]t\b|\bnot\b|\bnever\b", found.group("asked")):
        return None  # (a denied verb, "which one didn't meet Lal", is left as the whole was read)
    alone = _ask_read(found.group("asked"), index, top)
    if not alone.answered or alone.confidence < CONFIDENT:
        return None
    return _shown_as(alone, plain.question)


def _unframed(plain: Answer, index: Index, top: int) -> Answer:
    """"How does the article describe this development": when the one thing the
    question names is a document, the article frames it and every fact is in it; read
    without it, the words decide. The last reading tried."""
    if plain.analysis is None or not _names_only_documents(plain.analysis, index):
        return plain
    unframed = _answer(plain.question, replace(plain.analysis, mentions=()), index, top)
    return replace(unframed, analysis=plain.analysis) if unframed.answered else plain


def _names_only_documents(analysis: Analysis, index: Index) -> bool:
    """Whether the one thing the question names is a published document ("the
    article": a document the facts date); a press release is asked about, not a frame."""
    entities = analysis.entities
    if len(entities) != 1:
        return False
    named = next(iter(entities))
    store = index.store
    return store.entities[named].type == "document" and any(
        store.facts[i].subject == named and isinstance(store.facts[i].object, Literal) and store.facts[i].object.kind == "date"
        for i in index.facts_by_entity.get(named, ()))


def _offers_words(analysis: Analysis) -> bool:
    """Two options in words of their own ("firmly or weakly"), not two named entities
    (which ranking already chooses between), in a question about what happened."""
    # ", or later": the option before the comma is a whole clause, not the word before "or";
    # ", or on a changed one" repeats the first option's preposition: a phrase like it
    return len(analysis.option_stems) == 2 and not analysis.options and not analysis.ahead \
        and not analysis.unknown and not re.search(r",\s*or\b(?!\s+(?:on|in|at|as|for|with)\s+(?:an?|the)\b)",
                                                   analysis.question)


# "How strongly did Russia back ...", "how big a deal is it": a degree asked ("how"
# and an adjective or adverb); not a number, a length of time, a manner or a frame.
# The word after "how" is a degree word when a verb or an article follows it ("how
# firm was", "how big a deal") or it ends in -ly ("how strongly"): "how Russia backs
# India" asks a manner.
_HOW_DEGREE = (r"(?i)^\s*(?:[^,?]*,\s*)?how\s+([a-z]+ly|[a-z]+(?=\s+(?:is|are|was|were|did|does|do|has|have|had|"
               r"a|an)\b))\b")
_NO_DEGREE = frozenset("""many much long often old far soon come do does did is are was were has have had can could
would will should may might about exactly precisely else""".split())
_DEGREE_WORD = r"[A-Za-z]+(?:-[A-Za-z]+)*"  # compiled on first use (start-up)


def _degree(plain: Answer, index: Index, top: int) -> Answer | None:
    """"How strongly did Russia back India's bid": the degree the article gives (its
    word of the same kind: "firm support"), from the facts that fit the rest of the
    question. Facts that say the same degree word back each other ("a significant
    diplomatic development", "a significant step": how significant is the
    endorsement? significant), so their chances add up; None when none says one."""
    analysis = plain.analysis
    assert analysis is not None
    asked = re.match(_HOW_DEGREE, analysis.question)
    if asked is None or asked.group(1).lower() in _NO_DEGREE:
        return None
    kin = _kin(stem(asked.group(1).lower()), index)
    # "in the article's words": the article frames the question, as every fact is in it
    framed = [m for m in analysis.mentions if index.store.entities[m.entity].type != "document"]
    frame = {s for m in analysis.mentions if m not in framed for s in m.form.stems} if framed else set()
    rest = replace(analysis, stems=tuple(s for s in analysis.stems if s not in kin and s not in frame), wanted="any",
                   mentions=tuple(framed) if framed else analysis.mentions)
    said: dict[str, tuple[float, Candidate, str]] = {}
    for candidate in rank(rest, index)[:top]:
        fact = candidate.fact
        for text in (fact.quote.text, index.sentence_text.get(fact.id, "")):
            found = list(re.finditer(_DEGREE_WORD, text))
            hit = next((k for k, m in enumerate(found) if m.group(0).lower() in kin
                        or set(index_stems(m.group(0), index)) & kin), None)
            if hit is None:
                continue
            word = found[hit].group(0).lower()
            # the word and what it qualifies, up to a joining word or a mark: "firm support"
            end = hit + 1
            while end < min(len(found), hit + 4) and found[end].group(0).lower() not in STOPWORDS \
                    and not found[end].group(0).lower().endswith("ed") \
                    and not text[found[end - 1].end() : found[end].start()].strip():
                end += 1
            phrase = text[found[hit].start() : found[end - 1].end()]
            total, best, shown = said.get(word, (0.0, candidate, phrase))
            said[word] = (total + candidate.confidence, best, shown)
            break
    if not said:
        return None
    word, (confidence, best, shown) = max(said.items(), key=lambda item: item[1][0])
    confidence = round(min(confidence, 0.99), 3)
    if confidence < CONFIDENT:
        return None
    chosen = replace(best, answer=shown, slot="kind", confidence=confidence)
    return Answer(analysis.question, True, shown, confidence, None, best.fact, (chosen,), analysis, ())


def _choose(analysis: Analysis, index: Index, top: int) -> Answer | None:
    """"Did Russia voice its support firmly or weakly": the facts that fit the question
    without its options, in rank order; the first whose sentence says one option and
    not the other settles it, in the article's words ("firm").

    The options as read may be clauses ("strong" ... "weak support for India's bid");
    then the words on either side of "or" are tried as the choice, the rest of the
    right option as words of the question ("regional or global developments")."""
    left, right = analysis.option_stems
    for options in (analysis.option_stems, ((left[-1],), (right[0],))):
        offered = {s for option in options for s in option}
        rest = replace(analysis, stems=tuple(s for s in analysis.stems if s not in offered), option_stems=(),
                       mentions=tuple(m for m in analysis.mentions if not set(m.form.stems) <= offered),
                       wanted="any")  # the answer is an option, whatever its type
        ranked = [c for c in rank(rest, index)[:3] if c.confidence >= CONFIDENT and not _leaves_out(c.fact, rest, index)]
        # (an ISO date in a sentence is the source's dateline, which dates the article,
        # not what the sentence says: "December 21" is not said by "date 2024-12-21")
        texts = [(c, tuple(re.sub(r"\b\d{4}-\d{2}-\d{2}\b", "", t)
                           for t in (c.fact.quote.text, index.sentence_text.get(c.fact.id, "")))) for c in ranked]
        settled = choice.first_settled(texts, options, set(rest.stems), lambda text: index_stems(text, index),
                                       _option_said_by)
        if settled is not None:
            settled = _in_own_words(settled, rest, options, index)
        if settled is not None and set(index_stems(settled[1], index)) <= set(left) & set(right):
            settled = None  # "India's ministry or Russia's": "Ministry" is in both, and chooses neither
        if settled is not None and not _owns_the_noun(analysis.question, settled[0], settled[1], index):
            settled = None  # "whose aspirations ..., Russia's or China's": Russia is named, not its aspirations
        if settled is not None:
            best, said = settled
            assert isinstance(best, Candidate)
            # "one-on-one or in wider groupings": a sentence that says the one chosen as
            # one of both ("in both bilateral and multilateral platforms") chooses both
            both = next((m.group(0) for text in (best.fact.quote.text, index.sentence_text.get(best.fact.id, ""))
                         for m in re.finditer(_SAYS_BOTH, text) if said in m.group(0) and " and " in m.group(0)), None)
            if both is not None:
                said = _both_in_words(both)
            elif options is not analysis.option_stems:
                said = _option_in_full(said, best, analysis.option_stems, index)
            else:
                said = _quoted_option_whole(said, best, analysis, index)
            chosen = replace(best, answer=said, slot="choice")
            return Answer(analysis.question, True, said, round(best.confidence, 3), None, best.fact,
                          (chosen, *ranked[1:top]), analysis, ())
    return None


def _quoted_option_whole(said: str, best: Candidate, analysis: Analysis, index: Index) -> str:
    """"'External Affairs' or 'Foreign Affairs'?": the quoted option chosen, whole, when
    its sentence says it so; the one word that told the two apart is only part of it."""
    edge = set(index_stems(said, index))
    for text, option in zip(analysis.option_texts, analysis.option_stems, strict=False):
        text = text.strip(" '\"\u2018\u2019\u201c\u201d")
        quoted = re.search(rf"['\"\u2018\u201c]{re.escape(text)}['\"\u2019\u201d]", analysis.question)
        if quoted and edge < set(option) and any(
                re.search(rf"(?i)\b{re.escape(text)}\b", sentence)
                for sentence in (best.fact.quote.text, index.sentence_text.get(best.fact.id, ""))):
            return text
    return said


def _in_own_words(settled: tuple[object, str], rest: Analysis, options: tuple[tuple[str, ...], ...],
                  index: Index) -> tuple[object, str]:
    """A choice settled by a synonym of an option ("extremism" for "radicalisation")
    is said in the option's own words when another sentence about the same thing has
    them; the answer is then what was offered, with the fact that says it. Ranking
    chose the thing; this only looks among its facts."""
    best, said = settled
    assert isinstance(best, Candidate)
    stems_of = lambda text: index_stems(text, index)  # noqa: E731
    if any(own <= set(stems_of(said)) for own in choice.distinguishing(options)):
        return settled
    same = [(c, (c.fact.quote.text, index.sentence_text.get(c.fact.id, ""))) for c in rank(rest, index)
            if c.fact.subject == best.fact.subject and c.fact.id != best.fact.id]
    found = choice.first_settled(same, options, set(rest.stems), stems_of, _option_said_by, own_words=True)
    if found is None:
        return settled
    return replace(found[0], confidence=best.confidence), found[1]


def _option_in_full(said: str, best: Candidate, options: tuple[tuple[str, ...], ...], index: Index) -> str:
    """The choice settled by the words at either side of "or" ("conflict" of "the
    Ukraine conflict or the Middle East"), in the article's words for the whole option
    when its sentence says it all close together ("conflict in Ukraine")."""
    edge = set(index_stems(said, index))
    option = next((o for o in options if edge & set(o)), None)
    if option is None or len(option) < 2:
        return said
    for text in (best.fact.quote.text, index.sentence_text.get(best.fact.id, "")):
        whole = choice.whole_option(text, option, lambda word: index_stems(word, index))
        if whole is not None:
            return whole
    # "as a weapon in terrorists' hands": the option's words the sentence does say,
    # together ("hands of terrorists"), rather than the one word at the "or"
    for text in (best.fact.quote.text, index.sentence_text.get(best.fact.id, "")):
        in_text = set(index_stems(text, index))
        present = tuple(s for s in option if s in in_text)
        if len(present) >= 2 and edge <= set(present):
            whole = choice.whole_option(text, present, lambda word: index_stems(word, index))
            if whole is not None:
                return whole
    return said


# The speaker's own words asked for: "in his own words", "her exact words", "verbatim"
_OWN_WORDS = (r"(?i)\bin\s+(?:his|her|their|its)\s+own\s+words\b|\b(?:his|her|their|its)\s+(?:exact|precise|"
              r"actual|very)\s+words\b|\bverbatim\b|\bword\s+for\s+word\b"
              # "what exact words did Vershinin use", "his precise wording"
              r"|\b(?:exact|precise|actual)\s+(?:words|wording|phrasing|phrase)\b"
              # "any direct quote from Vershinin": his words, quoted
              r"|\b(?:direct|exact|precise|actual|verbatim)\s+(?:quotes?|quotations?|words)\b")


def _unquoted_speaker(question: str, analysis: Analysis, index: Index) -> str | None:
    """"How did Vershinin phrase Russia's support in his own words?": the person whose
    words are asked, as the question names them, when no fact of saying has them say
    anything (the article quotes a ministry's press release, no official)."""
    low = question.lower()
    if ("word" not in low and "verbatim" not in low and "phras" not in low and "quot" not in low) \
            or not re.search(_OWN_WORDS, question):
        return None
    people = [m for m in analysis.mentions if index.store.entities[m.entity].type == "person"]
    if len({m.entity for m in people}) != 1:
        return None
    person = people[0].entity
    if any(index.store.facts[i].subject == person
           and _SPEECH_WORDS & set(index.store.predicates[index.store.facts[i].predicate].synonyms)
           for i in index.facts_by_entity.get(person, ())):
        return None
    return people[0].form.text


def _leaves_out(fact: Fact, analysis: Analysis, index: Index) -> bool:
    """Whether the fact's context lacks a person, country or thing the question names:
    "was Ukraine taken up with the Russian delegation head or with Galuzin" is not
    settled by the sentence of who headed the Russian team. (A meeting or the article
    named is the setting, which a fact of it need not name again.)"""
    context = index.fact_context[_fact_number(fact, index)]
    return any(m.entity not in context and index.store.entities[m.entity].type not in ("event", "document")
               for m in analysis.mentions)


def _weigh_options(analysis: Analysis, index: Index) -> Answer | None:
    """"Which meeting dealt with terror financing, the JWG or the UN consultations?":
    each option is weighed by the facts that say it (its own words, not the other
    option's): the largest share of the rest of the question's words that one of them
    says, with its sentence. An option well ahead of every other answers, in the words
    the question gave it; the fact behind it is the evidence.

    The last resort for a choice the facts did not settle by ranking: it reads words,
    not relations, so it needs most of the question's words in one place, and it cannot
    read a negation ("which one is NOT ..."), an order in time ("the meetings or the
    article's date: which came first?"), what is new or repeated, or "only": such
    choices are left unanswered."""
    texts = analysis.option_texts
    if len(texts) < 2 or re.search(_UNWEIGHABLE, analysis.question) or re.search(_UNWEIGHABLE_OPTION, " ".join(texts)) or (
            len(texts) == 2 and re.search(r",\s*or\b(?!\s+(?:in|at|during)\s+(?:the\s+|[\w-]+['\u2019]s\s+)?"
                                          r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|consultations|sit-down|chat)\b)",
                                          analysis.question)):
        # ", or later", ", or another": the option before the comma is a whole clause
        # (", or in Lal's meeting with Galuzin": a second place it was, said as the first)
        return None
    # an option's everyday nouns ("the Indian man's title") say no fact's words: weighed,
    # they would leave that option unsaid by every fact and hand the choice to the other
    own = [option - _PERSON_NOUN_STEMS for option in choice.distinguishing(analysis.option_stems)]
    offered = {s for option in analysis.option_stems for s in option}
    # "which meeting ...": the noun of the wh-phrase names what the options are, which
    # every fact about either says
    kind = {stem(t) for t in analysis.tokens[1:5] if NOUN_TYPES.get(t) or NOUN_TYPES.get(t.rstrip("s"))} \
        if analysis.tokens and analysis.tokens[0] in ("which", "what") else set()
    kind_asked = {stem(analysis.tokens[k + 1]) for k in range(min(3, len(analysis.tokens) - 1))
                  if analysis.tokens[k] in ("which", "what")}
    rest = [s for s in dict.fromkeys(analysis.stems) if s not in offered and s not in _GENERIC_STEMS and s not in kind]
    if not rest or not all(own):
        return None
    if {stem(w) for w in analysis.unknown} & kind_asked and any(
            not any(index.knows_stem(s) for s in option) for option in analysis.option_stems):
        # "in which language ...: Russian or English": a kind of thing no fact speaks of,
        # and an option no fact knows, weigh nothing ("Russian" is said, as a country's)
        return None
    named = [m for m in analysis.mentions if m.entity not in analysis.options]
    weighed: list[tuple[float, int]] = []  # per option: (best share, -fact number: the first fact wins a tie)
    for stems in own:
        best = (0.0, 0)
        mine = {m.entity for m in index.mentions(list(stems), exclusive=False)} & analysis.options
        for i in index.facts_sharing(stems, len(stems)):
            around = index.fact_stems[i] | index.sentence_stems[i]
            if mine and not mine & index.fact_context[i] and (analysis.options - mine) & index.fact_context[i]:
                continue  # a fact of the other option that names this one ("held in parallel with the JWG")
            if not all(m.entity in index.fact_context[i] or set(m.form.stems) <= around
                       or any(m.entity in index.store.wholes(e) for e in index.fact_context[i]) for m in named):
                continue  # "was the press release issued on the 20th or the 21st": the article's date is no answer
            share = sum(1 for s in rest if _expanded(s) & around) / len(rest)
            best = max(best, (share, -i))
        weighed.append(best)
    ranked = sorted(range(len(weighed)), key=lambda k: weighed[k], reverse=True)
    (share, first), runner_up = weighed[ranked[0]], weighed[ranked[1]][0]
    if share < _OPTION_SHARE or share - runner_up < _OPTION_MARGIN:
        return None
    fact = index.store.facts[-first]
    said = analysis.option_texts[ranked[0]].strip()
    if re.match(_WHOSE, analysis.question):
        return None  # "whose aspirations, Russia's or China's": words weighed say nothing of whose
    said = _option_with_name(said, own[ranked[0]], fact, index)
    confidence = round(CONFIDENT + (0.9 - CONFIDENT) * min(1.0, (share - runner_up) / (1 - _OPTION_SHARE)), 3)
    found = Candidate(fact, said, "choice", share, confidence, "", {"share": round(share, 3),
                                                                    "other_share": round(runner_up, 3)})
    return Answer(analysis.question, True, said, confidence, None, fact, (found,), analysis, ())


_CLAUSE_OPTION = r"(?i)^\s*(?:did|do|does|is|was|were|are|has|have|had|can|will|would|could)\s"


def _describing_word_said(analysis: Analysis, index: Index) -> Answer | None:
    """"Is the Council described as the existing one or a reformed one?": two options
    told apart by one describing word each, of a thing the question names. The option
    whose word the article puts right before that thing's name ("a reformed UNSC"),
    when the other's it never does, answers; the sentence is the evidence."""
    if len(analysis.option_stems) != 2 or len(analysis.option_texts) != 2:
        return None
    if re.search(_UNWEIGHABLE, analysis.question):
        return None  # "at the same time, or later": an order in time, not a description
    if any(re.match(_CLAUSE_OPTION, text) for text in analysis.option_texts):
        return None  # "..., or did it back it again": a clause offered, no describing word
    own = choice.distinguishing(analysis.option_stems)
    if not all(len(option) == 1 and not index.mentions(list(option)) for option in own):
        return None  # a word that names a thing ("meeting") describes none
    named = {m.entity for m in analysis.mentions if m.entity not in analysis.options}
    said_before: list[list[Fact]] = []
    for option in own:
        word = next(iter(option))
        facts = []
        for i in sorted({i for entity in named for i in index.facts_by_entity.get(entity, ())}):
            fact = index.store.facts[i]
            stems = index_stems(fact.quote.text, index)
            if any(m.entity in named and word in stems[max(0, m.start - 2) : m.start]
                   for m in index.mentions(stems, exclusive=False)):
                facts.append(fact)
        said_before.append(facts)
    chosen = [k for k, facts in enumerate(said_before) if facts]
    if len(chosen) != 1:
        return None
    fact = said_before[chosen[0]][0]
    said = analysis.option_texts[chosen[0]].strip()
    found = Candidate(fact, said, "choice", 1.0, _SIDE_CONFIDENCE, "", {})
    return Answer(analysis.question, True, said, _SIDE_CONFIDENCE, None, fact, (found,), analysis, ())


def _option_with_name(said: str, stems: set[str], fact: Fact, index: Index) -> str:
    """"the UN one (consultations on UN-related issues)", "at the JWG (Joint Working
    Group on Counter-Terrorism)": an option said in passing, or by a short name, gets
    the name of the fact's entity it stands for, so the answer says what it is."""
    about = [e for e in (fact.subject, fact.object if isinstance(fact.object, str) else None) if e]
    in_passing = "one" in said.lower().split()
    if in_passing:
        # "the UN one": whichever of the fact's entities the option's words name in part
        chosen = next((e for e in about if any(f.entity == e for s in stems for f in index.forms_by_stem.get(s, ()))),
                      None)
    else:
        named = {m.entity for m in index.mentions(sorted(stems, key=said.lower().find))}
        chosen = next((e for e in about if e in named), None)
    if chosen is None:
        return said
    name = index.store.entities[chosen].name
    own = set(content_stems(name, index.canon))
    if not in_passing and (stems <= own or own <= stems):
        return said  # "Lal", "a working group", "the date of the article": the name's words say it
    return f"{said} ({name})"


def _option_countries(analysis: Analysis, index: Index) -> dict[str, str] | None:
    """Each option's country: a country itself, or the one its name says ("the Russian
    delegation"); None unless every option names exactly one."""
    sides = {}
    for option in analysis.options:
        entity = index.store.entities[option]
        countries = {option} if entity.type == "country" else _countries_in(entity.name, index)
        if len(countries) != 1:
            return None
        sides[option] = next(iter(countries))
    return sides


def _side_of(analysis: Analysis, index: Index) -> Answer | None:
    """"Is Galuzin an official from the Indian side or the Russian side?": a named
    person, two options that each stand for one country (a country, or its
    delegation), and no relation asked: the person's description says what they
    are first ("Russian Deputy Foreign Minister"), and the country it names picks
    the option. The fact behind it is the one whose object names that country."""
    # ("described as India's official or Russia's" asks what the description is)
    # ("was Galuzin representing India or Russia": whose side he is on, not whom he led)
    asked = set(analysis.predicates) - {"described-as"}
    if any(t.startswith("represent") for t in analysis.tokens):
        asked -= {"led", "marks"}
    # ("does Galuzin belong to the Indian side or the Russian side": whose side he is on)
    asked -= {"works-at"}
    # "Galuzin: an Indian or a Russian official?": the options name the kind of person,
    # and the person is named
    kind_in_options = analysis.wanted == "person" and all(
        re.search(_PERSON_OPTION, text) for text in analysis.option_texts[-1:])
    if len(analysis.options) != 2 or asked or (analysis.wanted not in ("any", "yesno", "thing", "country")
                                               and not kind_in_options):
        return None
    store = index.store
    people = {m.entity for m in analysis.mentions if store.entities[m.entity].type == "person"}
    if len(people) != 1 or len(analysis.mentions) != 1:
        return None
    person = next(iter(people))
    sides = _option_countries(analysis, index)
    if sides is None:
        return None
    own = _described_countries(person, index)
    chosen = [option for option, country in sides.items() if country in own]
    if len(own) != 1 or len(chosen) != 1:
        return None
    country = sides[chosen[0]]
    fact = next((store.facts[i] for i in index.facts_by_entity.get(person, ()) if store.facts[i].subject == person
                 and country in _countries_in(store.object_text(store.facts[i]), index)), None)
    if fact is None:
        return None
    # "India's official or Russia's" chooses between owners: the country is the answer
    owned = any(re.match(r"[\w-]+['\u2019]s\b", text.strip()) for text in analysis.option_texts)
    said = store.entities[country if owned else chosen[0]].name
    offered = next((text for text in analysis.option_texts if country in _countries_in(text, index)), "")
    as_offered = re.sub(r"(?i)^\s*(?:an?|the)\s+", "", offered).strip()
    if kind_in_options or (re.match(r"(?i)^\s*an?\s+(?-i:[A-Z])[\w-]*\s*$", offered) and not owned):
        # "Galuzin: an Indian or a Russian official?", "is Galuzin a Russian or an Indian
        # official?": the option in its own words ("Russian"), not the country's name
        # (a bare "Indian or Russian" names the country, as it always has)
        said = as_offered or said
    found = Candidate(fact, said, "choice", 1.0, _SIDE_CONFIDENCE, "", {"entity": chosen[0], "side_of": person})
    return Answer(analysis.question, True, said, _SIDE_CONFIDENCE, None, fact, (found,), analysis, ())


def _side_yes_no(analysis: Analysis, index: Index) -> Answer | None:
    """"Is Galuzin Russian?", "is Lal from Russia?": one named person and one country,
    and no relation asked. The person's description names their country ("Russian
    Deputy Foreign Minister"): yes when it is the one asked, else no with it."""
    if analysis.wanted != "yesno" or analysis.options or set(analysis.predicates) - {"described-as"} \
            or analysis.unknown or len(analysis.mentions) != 2:
        return None
    store = index.store
    kinds = {store.entities[m.entity].type: m.entity for m in analysis.mentions}
    if set(kinds) != {"person", "country"}:
        return None
    person, country = kinds["person"], kinds["country"]
    own = _described_countries(person, index)
    if len(own) != 1:
        return None
    actual = next(iter(own))
    fact = next((store.facts[i] for i in index.facts_by_entity.get(person, ()) if store.facts[i].subject == person
                 and actual in _countries_in(store.object_text(store.facts[i]), index)), None)
    if fact is None:
        return None
    said = "Yes" if actual == country else f"No: {store.entities[actual].name}"
    found = Candidate(fact, said, "yes" if actual == country else "no", 1.0, _SIDE_CONFIDENCE, "",
                      {"entity": actual, "side_of": person})
    return Answer(analysis.question, True, said, _SIDE_CONFIDENCE, None, fact, (found,), analysis, ())


# Options said as whom the named person dealt with: "with an Indian or a Russian
# official", "talking to an Indian or a Russian official"
_PARTNER_OPTIONS = (r"(?i)\b(?:with|to|met|meet|meeting|saw|see|seeing)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?"
                    r"\s+or\s+(?:an?\s+|the\s+)?[\w-]+")


def _partner_side(analysis: Analysis, index: Index) -> Answer | None:
    """"Did Lal discuss Ukraine with an Indian or a Russian official?": one named
    person, two options that each stand for one country, said as whom the person dealt
    with. The facts that link the person to another person by a relation the question
    asks settle it: the other's title names the country that picks the option (the
    named person's own side does not: it answered "an Indian")."""
    if not re.search(_PARTNER_OPTIONS, analysis.question) or not analysis.predicates \
            or any(t.startswith("belong") for t in analysis.tokens):
        return None  # ("belongs Lal to the Indian side or to the Russian side": his own side)
    store = index.store
    people = [m.entity for m in analysis.mentions if store.entities[m.entity].type == "person"]
    if len(set(people)) != 1:
        return None
    person = people[0]
    sides = _option_countries(analysis, index)
    if sides is None:
        return None
    partners = []
    for i in index.facts_by_entity.get(person, ()):
        fact = store.facts[i]
        other = fact.object if fact.subject == person else fact.subject if fact.object == person else None
        if isinstance(other, str) and other in store.entities and store.entities[other].type == "person":
            partners.append((fact.predicate not in analysis.predicates, fact, other))
    # the person met about what is asked; else the one person they dealt with at all
    partners.sort(key=lambda p: p[0])
    if not partners or len({other for unasked, _, other in partners if unasked == partners[0][0]}) != 1:
        return None
    _, fact, other = partners[0]
    chosen = [option for option, country in sides.items() if country in _described_countries(other, index)]
    if len(chosen) != 1:
        return None
    # in the question's words for the option, with whom it was: "a Russian official (Mikhail Galuzin)"
    option_said = next((t for t in analysis.option_texts if _countries_in(t, index) == {sides[chosen[0]]}), None)
    said = f"{option_said.strip()} ({store.entities[other].name})" if option_said else store.entities[chosen[0]].name
    found = Candidate(fact, said, "choice", 1.0, _SIDE_CONFIDENCE, "", {"entity": chosen[0], "side_of": other})
    return Answer(analysis.question, True, said, _SIDE_CONFIDENCE, None, fact, (found,), analysis, ())


# A person's side read from what their title says: sure, but a reading of a
# description rather than a fact stating the side.
_SIDE_CONFIDENCE = 0.85


# The words a question about a person's country or employer has besides the person
# and question words: "which country is Galuzin from", "Lal's ministry", "what
# nationality is Vershinin", "which ministry does Lal belong to".
_AFFILIATION_STEMS = frozenset(stem(w) for w in """
country nation nationality ministry government employer from represent serve work belong hail come citizen
national origin home
""".split())
_COUNTRY_NOUNS = frozenset(stem(w) for w in ("country", "nation", "nationality", "citizen", "national", "origin",
                                             "home"))
_EMPLOYER_NOUNS = frozenset(stem(w) for w in ("ministry", "government", "employer"))
# A ministry named by what it is, not whose it is ("which country's foreign ministry
# does Lal work for"): the words of the person's affiliation, not another entity asked about.
_MINISTRY_WORDS = frozenset(stem(w) for w in ("foreign", "ministry", "affairs", "external", "government",
                                              "department", "office"))


def _answers_no_country(plain: Answer, affiliation: Answer, index: Index) -> bool:
    """Whether a country was asked and the plain answer is something else."""
    entity = affiliation.candidates[0].details["entity"]
    asked = entity in index.store.entities and index.store.entities[entity].type == "country"
    given = plain.candidates[0].details.get("entity") if plain.candidates else None
    return asked and not (given in index.store.entities and index.store.entities[given].type == "country")


def _body_country(analysis: Analysis, body: Mention, index: Index) -> Answer | None:
    """"Which country does the MEA belong to": a body's country, asked with nothing
    else, is the one its description names (its record says whose it is; no sentence
    need), with the body's own first fact as the evidence."""
    rest = {s for k, s in enumerate(analysis.stems) if not body.start <= k <= body.end} - _GENERIC_STEMS
    countries = _described_countries(body.entity, index)
    # ("whose ministry is the MEA": a ministry is a country's)
    asked = analysis.wanted == "country" or bool(rest & _COUNTRY_NOUNS) or "whose" in analysis.tokens
    if not asked or not rest <= _AFFILIATION_STEMS | _MINISTRY_WORDS or len(countries) != 1:
        return None
    facts = [index.store.facts[i] for i in index.facts_by_entity.get(body.entity, ())
             if index.store.facts[i].subject == body.entity]
    if not facts:
        return None
    said = index.store.entities[next(iter(countries))].name
    found = Candidate(facts[0], said, "country", 1.0, _SIDE_CONFIDENCE, "",
                      {"entity": next(iter(countries)), "side_of": body.entity})
    return Answer(analysis.question, True, said, _SIDE_CONFIDENCE, None, facts[0], (found,), analysis, ())


def _affiliation_of(analysis: Analysis, index: Index) -> Answer | None:
    """A named person's country or ministry, asked with nothing else: "which country is
    Galuzin from". The country is the one that the person's own facts name (his title,
    the delegation he led), when they name one only; the ministry is the one he works
    at, or failing a fact of that, his title when it is a minister's. Not a stated
    relation, so as sure as a side read from a title."""
    store = index.store
    people = [m for m in analysis.mentions if store.entities[m.entity].type == "person"]
    ministries = [m for m in analysis.mentions if store.entities[m.entity].type == "organization"
                  and set(analysis.stems[m.start:m.end + 1]) <= _MINISTRY_WORDS]
    if not people and len(analysis.mentions) == 1 and store.entities[analysis.mentions[0].entity].type == "organization" \
            and not analysis.options:
        return _body_country(analysis, analysis.mentions[0], index)
    if len(people) != 1 or len(analysis.mentions) != 1 + len(ministries) or analysis.options:
        return None
    person = people[0]
    own = [store.facts[i] for i in index.facts_by_entity.get(person.entity, ())
           if store.facts[i].subject == person.entity]
    # "Vershinin is a deputy minister in which ministry": his title, said again, asks nothing
    titled = {s for f in own if store.predicates[f.predicate].describes for s in index_stems(store.object_text(f), index)}
    rest = {s for k, s in enumerate(analysis.stems) if not person.start <= k <= person.end} - _GENERIC_STEMS
    if not rest & _AFFILIATION_STEMS or not rest <= _AFFILIATION_STEMS | _MINISTRY_WORDS | titled:
        return None
    wanted = analysis.wanted
    country = wanted == "country" or (wanted in ("any", "place", "thing") and bool(rest & _COUNTRY_NOUNS)) or (
        wanted == "place" and "from" in analysis.tokens)
    employer = wanted in ("organization", "any") and bool(rest & _EMPLOYER_NOUNS) and not country
    if country:
        # what the person is or did names the country; whom he met names another's
        named = [(f, c) for f in own if not (isinstance(f.object, str) and f.object in store.entities
                                             and store.entities[f.object].type in ("person", "event"))
                 for c in _countries_in(store.object_text(f), index)]
        if len({c for _, c in named}) != 1:
            return None
        fact, entity = named[0]
        said = store.entities[entity].name
    elif employer:
        works = [f for f in own if f.predicate == "works-at" and isinstance(f.object, str) and f.object in store.entities]
        titles = [f for f in own if store.predicates[f.predicate].describes
                  and re.search(r"(?i)\bminister\b", store.object_text(f)) and stem("ministry") in rest]
        if len({str(f.object) for f in works}) == 1:
            fact, entity = works[0], str(works[0].object)
            said = store.entities[entity].name
        elif not works and len(titles) == 1:
            fact, entity, said = titles[0], "", store.object_text(titles[0])
        else:
            return None
    else:
        return None
    found = Candidate(fact, said, "object", 1.0, _SIDE_CONFIDENCE, "", {"entity": entity, "side_of": person.entity})
    return Answer(analysis.question, True, said, _SIDE_CONFIDENCE, None, fact, (found,), analysis, ())


# Words that make a choice one of negation, order, novelty or exclusivity.
_UNWEIGHABLE = (r"(?i)\b(?:not|never|no|first|earlier|earliest|later|latest|last|before|after|more|most|less|least|"
                r"fewer|older|oldest|younger|youngest|senior|junior|higher|highest|lower|lowest|bigger|biggest|larger|largest|smaller|smallest|better|"
                r"best|worse|worst|longer|longest|shorter|shortest)\b|n't\b")
_UNWEIGHABLE_OPTION = r"(?i)\b(?:new|fresh|again|once|restatement|repeat|only|merely|just|solely)\b"
_OPTION_SHARE = 0.6  # the least share of the question's other words the facts saying an option must have
_OPTION_MARGIN = 0.3  # how far ahead of the other options it must be


def _said_in_full(i: int, said: str, index: Index) -> tuple[int, str]:
    """A gap's fill as a fact on the same sentence states it in full: "to discuss the
    current situation" is, by the facts, the current situation in Ukraine."""
    store = index.store
    own = store.object_text(store.facts[i])
    if len(own) > len(said) and own.lower().startswith(said.lower()):
        return i, own  # "the JWG underscored what": its whole object, not its first words
    sentence = index.sentence_text.get(store.facts[i].id, "")
    # facts on one sentence share an entity: those of the fact's own are looked at
    near = {j for e in index.slot_entities(store.facts[i]) for j in index.facts_by_context.get(e, ())}
    for j in sorted(near):
        fact = store.facts[j]
        text = store.object_text(fact)
        if j != i and index.sentence_text.get(fact.id, "") == sentence and len(text) > len(said) \
                and text.lower().startswith(said.lower()):
            return j, text
    return i, said


def _fill_gap(plain: Answer, index: Index) -> Answer | None:
    """"... fostering stronger what?": a question in the article's word order, the
    wh-word in the answer's place. The facts whose words hold the words before the
    wh-word are read there; of those whose sentence fills the gap, the one that has
    most of the question's words answers, as sure as that share says."""
    analysis = plain.analysis
    assert analysis is not None
    if analysis.option_stems:
        return None  # "X or Y" is a choice, not a gap
    first_wh = re.search(r"(?i)\b(?:what|who|whom|which|whose)\b", plain.question)
    if first_wh and re.search(r"[,;:\u2013\u2014]\s*$|\s-\s*$", plain.question[: first_wh.start()]):
        return None  # "In Moscow, which country backed India's bid": a phrase set first, then the question
    gap = cloze.gap_in(analysis.tokens, stem, STOPWORDS, lambda w: w in not_nouns() or w in IRREGULAR_PAST)
    if gap is None:
        return None
    lead = {index.canon.get(s, s) for s in gap.leads[-1] if s not in STOPWORDS}
    asked = [s for s in analysis.stems if s not in _GENERIC_STEMS]
    best: tuple[float, int, str] | None = None
    fills: list[tuple[float, str]] = []
    for i in sorted(index.facts_sharing(lead, len(lead)))[:_SCAN_LIMIT] if lead and asked else ():
        fact = index.store.facts[i]
        for text in (fact.quote.text, index.sentence_text.get(fact.id, "")):
            said = cloze.fill(gap, text, stem)
            if said and not set(index_stems(said, index)) <= set(analysis.stems):  # "in whose hands": not "the hands"
                around = index.fact_stems[i] | index.sentence_stems[i]
                share = sum(1 for s in asked if _expanded(s) & around) / len(asked)
                fills.append((share, said.lower()))
                if best is None or share > best[0]:
                    best = (share, i, said)
                break
    if best is None or best[0] < _GAP_SHARE:
        return None
    if any(share == best[0] and said not in best[2].lower() and best[2].lower() not in said for share, said in fills):
        return None  # "support for what": sentences that fit as well fill it differently
    share, i, said = best
    i, said = _said_in_full(i, said, index)
    # as sure as the share of the question's words its fact has: all of them, 0.95
    confidence = round(CONFIDENT + (0.95 - CONFIDENT) * (share - _GAP_SHARE) / (1 - _GAP_SHARE), 3)
    found = Candidate(index.store.facts[i], said, "gap", share, confidence, "", {"share": round(share, 3)})
    return Answer(analysis.question, True, said, confidence, None, found.fact, (found,), analysis, ())


_GAP_SHARE = 0.7  # the least share of the question's words a gap-filling fact must have
_GAP_OVER_PLAIN = 0.9  # how sure a filled gap must be to replace a plain answer

# "In whose hands ...", "whose hands ...": the noun whose owner is asked
_WHOSE_NOUN = r"(?i)\bwhose\s+([a-z]+)\b"


def _owner_in_text(plain: Answer, index: Index) -> Answer | None:
    """"In whose hands do new technologies pose challenges?": the owner a fact's
    sentence gives the noun ("in the hands of terrorists"), when it is no entity, so
    that ranking, which answers with entities, found none. The fact must hold most of
    the question's other words, as a filled gap must."""
    analysis = plain.analysis
    found = re.search(_WHOSE_NOUN, plain.question) if analysis is not None else None
    if analysis is None or found is None:
        return None
    noun = stem(found.group(1).lower())
    asked = [s for s in analysis.stems if s not in _GENERIC_STEMS and s != noun]
    if len(asked) < 2:
        return None  # "in whose hands were the talks": one word says too little of which hands
    best: tuple[float, int, str] | None = None
    for i in sorted(index.facts_sharing(set(asked), max(1, len(asked) // 2)))[:_SCAN_LIMIT]:
        text = index.store.facts[i].quote.text
        for said in re.finditer(r"(?i)\b(\w+)\s+of\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[,.;:\u201d\"]|$))",
                                text):
            if stem(said.group(1).lower()) != noun:
                continue
            around = index.fact_stems[i] | index.sentence_stems[i]
            share = sum(1 for s in asked if _expanded(s) & around) / len(asked)
            if best is None or share > best[0]:
                best = (share, i, said.group(2))
        # "whose aspirations does the endorsement advance": "India's aspirations", an
        # owner with a name, which must be the one option if options are given
        for said in re.finditer(r"\b([A-Z][\w-]*)['\u2019]s\s+([a-z]+)\b", text):
            named = index.mentions(index_stems(said.group(1), index))
            # "another country, besides India, whose bid ...": the owner set aside is not it
            if stem(said.group(2)) != noun or len(named) != 1 or named[0].entity in analysis.excluded or (
                    analysis.option_stems and not _offered(
                    index.store.entities[named[0].entity].name, analysis, index)):
                continue
            around = index.fact_stems[i] | index.sentence_stems[i]
            share = sum(1 for s in asked if _expanded(s) & around) / len(asked)
            if best is None or share > best[0]:
                best = (share, i, index.store.entities[named[0].entity].name)
    if best is None or best[0] < _GAP_SHARE:
        return None
    share, i, owner = best
    confidence = round(CONFIDENT + (0.95 - CONFIDENT) * (share - _GAP_SHARE) / (1 - _GAP_SHARE), 3)
    fact = index.store.facts[i]
    chosen = Candidate(fact, owner, "owner", share, confidence, "", {"share": round(share, 3)})
    return Answer(plain.question, True, owner, confidence, None, fact, (chosen,), analysis, ())


# "Both nations shared their experiences ...": the two parties are the doers
_BOTH_PARTIES = r"(?i)(?:^|\b)(?:both|the\s+two)\s+(?:nations|countries|sides|parties|delegations)\s*$"


def _doer_in_sentence(meeting: Candidate, index: Index) -> Candidate | None:
    """A meeting's fact read as who did it, from the words before its verb in the
    sentence: the meeting when they name it ("The JWG underscored ..."); two countries
    they name ("..., India and Russia reinforced ..."); the two countries the meeting's
    description names when they say the two ("Both nations shared ..."); else None."""
    entity = str(meeting.details.get("entity") or "")
    quote = meeting.fact.quote.text.strip("\u201c\u201d\"' ")
    predicate = index.store.predicates[meeting.fact.predicate]
    verbs = [w for w in (predicate.label.split()[0], *predicate.synonyms) if " " not in w]
    at = min((m.start() for w in verbs for m in re.finditer(rf"(?i)\b{re.escape(w)}\b", quote)), default=None)
    before = quote[:at].rsplit(",", 1)[-1] if at is not None else quote
    named = index.mentions(index_stems(before, index))
    countries = list(dict.fromkeys(m.entity for m in named if index.store.entities[m.entity].type == "country"))
    both = re.search(_BOTH_PARTIES, before)
    if both is None and len(countries) < 2:
        return meeting if entity in {m.entity for m in named} else None
    if both is not None:
        countries = list(index.parties(meeting.fact))
        if not countries:
            return None
    parties = " and ".join(index.store.entities[c].name for c in countries)
    said = f"{both.group(0).strip()}: {parties}" if both else parties
    return replace(meeting, answer=said[0].upper() + said[1:], slot="named", details={**meeting.details, "entity": None})


def _option_said_by(stem_: str) -> set[str]:
    """The words that say an option's word: its synonyms, not one part of a synonym of
    several words (an option "UN" is not said by "nations" alone)."""
    return _adverb_expanded(stem_) - PART_STEMS.get(stem_, frozenset())


def _adverb_expanded(stem_: str) -> set[str]:
    """A word's stems and synonyms, and its adjective's for an adverb ("firmly": firm)."""
    return _expanded(stem_) | (_expanded(stem_[:-2]) if stem_.endswith("ly") and len(stem_) > 5 else set())


# What a description in a question can stand for: someone or something with a name.
_DESCRIBED_TYPES = AGENT_TYPES | PLACE_TYPES | {"event", "document"}


_ROLE_HOLDERS = frozenset({"head", "chief", "boss"})


def _is_a(entity: Entity, noun: str, index: Index) -> bool:
    """Whether an entity is what a noun calls it: by type ("official": a person) or by
    its own names and description ("delegation" for the Indian delegation)."""
    # "the head of India's delegation": a role noun describes whoever holds the role
    kind = NOUN_TYPES.get(noun) or NOUN_TYPES.get(noun.rstrip("s")) or ("agent" if noun in _ROLE_HOLDERS else None)
    if kind and kind != "event":  # an event noun ("talks") may still name its own kind of event
        return _fit(kind, entity.id, index) >= 0.5
    said = " ".join((entity.name, *entity.aliases, entity.description))
    asked = index.canon.get(stem(noun), stem(noun))
    return asked in index_stems(said, index) or (kind == "event" and entity.type == "event")


def _names(answer: Answer, entity: str) -> bool:
    """Whether the answer is the very entity the description stood for."""
    return bool(answer.candidates) and answer.candidates[0].details.get("entity") == entity


def _entity_answer(sub_question: str, noun: str, index: Index) -> tuple[str, str, float] | None:
    """What a description stands for: an entity the sub-question confidently names,
    and that is what the description calls it ("the official ...": a person)."""
    found = _ask(sub_question, index, top=2)
    if not found.answered or not found.candidates:
        return None
    best = found.candidates[0]
    entity = str(best.details.get("entity") or "")
    if best.slot in ("card", "yes", "kind") or entity not in index.store.entities:
        return None
    if index.store.entities[entity].type not in _DESCRIBED_TYPES:
        return None  # "the challenges posed by new technologies" is a topic: its words already say it
    if not _is_a(index.store.entities[entity], noun, index):
        return None
    return entity, index.store.entities[entity].name, found.confidence


# "Since when has Russia backed India", "how long has Lal served": the length of an
# ongoing state, which dated facts do not give ("how long did the talks last" is a span).
# "How long did the meetings last in hours", "how many hours of talks": a length finer
# than the days that dates give
_CLOCK_LENGTH = r"\bhow (?:long|many (?:hours|minutes|seconds))\b.*\b(?:hours?|minutes?|seconds?)\b|" \
                r"\bhow many (?:hours|minutes|seconds)\b"
_ONGOING = r"\bsince (when|what|which)\b|\bhow long (has|have|had)\b|\bfor how long\b"  # compiled on first use


# Verbs that undo or deny what facts state; a question with one asks the opposite of a
# fact that has the rest of its words, unless some fact says it.
_REVERSALS = frozenset("""withdraw withdraws withdrew withdrawn withdrawing revoke revoked retract retracted abandon
abandoned scrap scrapped cancel cancelled canceled suspend suspended halt halted reject rejected deny denied denies
condemn condemned criticise criticised criticize criticized veto vetoed block blocked drop dropped reverse
reversed renounce renounced""".split())
# Formal acts a fact must state in its own words: "what agreements were signed" is not
# answered by what the sides agreed, which no one need have signed.
_FORMAL_ACTS = frozenset("""sign signs signed signing ink inks inked ratify ratified ratifies initialled initialed
""".split())
# The founding of a body, asked by its date: "when was the JWG created" asks its start,
# not the meeting the facts date
_FOUNDING = frozenset("""created creation founded founding formed formation established establishment inception
launched instituted inaugurated constituted""".split())
# "what adjective is used": a question about the article's words, not a verb of the facts
_WORD_USED = r"(?i)\b(?:adjective|word|term|phrase|expression|label)s?\s+(?:is|are|was|were)\s+used\b"
# "Whose bid ...": the noun whose owner is asked.
_WHOSE = r"(?i)^\s*whose\s+([a-z]+)\b"


def _owner_asked(question: str, ranked: list[Candidate], index: Index) -> Candidate | None:
    """"Whose bid was being supported": the one a top fact's sentence gives the noun to
    ("India's bid to become a permanent member ..."), not whoever does the relation."""
    found = re.match(_WHOSE, question)
    if not found:
        return None
    noun = found.group(1).lower()
    for c in ranked[:3]:
        if c.confidence < CONFIDENT and c is not ranked[0] and c.score < ranked[0].score - _OWNER_BEHIND:
            continue
        said = re.search(rf"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['\u2019]s\s+{re.escape(noun)}\b", c.fact.quote.text)
        if not said:
            continue
        named = index.mentions(index_stems(said.group(1), index))
        if len(named) != 1:
            continue
        entity = index.store.entities[named[0].entity]
        return replace(c, answer=entity.name, slot="owner", confidence=calibrated(c.score, MAX_MARGIN),
                       details={**c.details, "entity": entity.id})
    return None


def _owns_the_noun(question: str, best: object, said: str, index: Index) -> bool:
    """For "whose X, A's or B's": the chosen option's name owns X in the fact's
    sentence ("India's aspirations"); any other choice needs nothing of the kind."""
    found = re.match(_WHOSE, question)
    if not found or not isinstance(best, Candidate):
        return True
    owner = re.sub(r"['\u2019]s$", "", said.strip())
    text = f"{best.fact.quote.text} {index.sentence_text.get(best.fact.id, '')}"
    return re.search(rf"(?i)\b{re.escape(owner)}['\u2019]s\s+{re.escape(found.group(1))}", text) is not None


# Words that say a count or a place in a series is compared ("met more times", "the
# higher round number"), not something no number here counts ("which meeting was bigger")
_COUNTED = frozenset({"number", "numbered", "round", "rounds", "times", "sessions", "editions", "iterations",
                      "ordinal", "series"})


def _compared(question: str, analysis: Analysis, ranked: list[Candidate], index: Index) -> Answer | None:
    """"Of the two meetings, which had the higher round number?", "which had met more
    times": the two best answers that are each a number of the same relation, and a
    word that compares them picks one, however the rest of the question ranks them; a
    meeting asked for is named with its number."""
    words_ = set(analysis.tokens)
    if not _COUNTED & words_ or analysis.wanted in ("number", "yesno"):
        return None  # "how many more rounds": a difference, which no fact states
    higher, lower = bool(HIGHER & words_), bool(LOWER & words_)
    if higher == lower:
        return None
    if len(analysis.options) >= 2:
        # "which had held more rounds: the JWG or the UN consultations": each option's
        # number in the relation asked, ranked or not (the question's other words may
        # favour another fact, or a meeting where a number is asked)
        for predicate in analysis.predicates:
            facts = [index.store.facts[i] for i in index.relation_facts(predicate, _SCAN_LIMIT)]
            numbered = [f for f in facts if f.subject in analysis.options and _is_number(f.object)]
            if {f.subject for f in numbered} == set(analysis.options) and len(numbered) == len(analysis.options):
                return _the_one_compared(question, analysis, numbered, higher, None, index)
        return None
    ranked_numbers = [c for c in ranked[:6] if _is_number(c.fact.object)]
    first = ranked_numbers[0] if ranked_numbers else None
    facts = [c.fact for c in ranked_numbers if first and c.fact.predicate == first.fact.predicate]
    by_subject = {f.subject: f for f in reversed(facts)}  # the best-ranked fact of each
    if len(by_subject) != 2:
        return None
    return _the_one_compared(question, analysis, list(by_subject.values()), higher, first, index)


def _is_number(value: object) -> bool:
    return isinstance(value, Literal) and value.kind == "number"


def _the_one_compared(question: str, analysis: Analysis, facts: list[Fact], higher: bool,
                      ranked: Candidate | None, index: Index) -> Answer:
    """The fact with the higher (or lower) number, named as the question asks: the
    thing it is about when that was asked or offered, else its number."""
    chosen = max if higher else min
    pick = chosen(facts, key=lambda f: float(f.object.value))  # type: ignore[union-attr]
    subject = index.store.entities.get(pick.subject)
    asked_subject = analysis.options or (ranked is not None and ranked.slot == "subject")
    text = subject.name if subject is not None and asked_subject else index.store.object_text(pick)
    if subject is not None and subject.type == "event" and (analysis.options or re.search(
            r"(?i)\b(?:meeting|meetings|talks|which one)\b", question)):
        text = f"{subject.name} ({index.store.object_text(pick)})"
    found = Candidate(pick, text, "choice" if analysis.options else (ranked.slot if ranked else "object"),
                      1.0, _ONE_VALUE_CONFIDENCE, "")
    return Answer(question, True, text, _ONE_VALUE_CONFIDENCE, None, pick, (found,), analysis, ())


_OWNER_BEHIND = 0.25  # likelihood: how far behind the best a fact that gives the owner may be

# The first words of a question asked yes or no, or, with "or", a choice
_ASKED_YES_OR_NO = frozenset({"is", "was", "were", "are", "did", "do", "does", "has", "have", "had", "can", "could",
                              "will", "would", "should"})
# " or ..." in a yes/no question whose options were not read (they were too long).
_UNREAD_CHOICE = r"(?i)\sor\s+(?!not\b|no\b|both\b|neither\b|(?:at|in|on)\s+both\b)\w"
# "Which other countries ...", with nothing named for "other" to set them apart from.
# "Who else" asks the same as "who other"; a leading "so" or "and" only carries on the talk.
_OTHERS = r"(?i)(?:(?:so|and|but|well|then)\s+)?(?:(?:which|what|who)\s+(?:\w+\s+)?other|who\s+else)\b"
_EXCLUDING = (r"(?i)\b(?:besides|apart from|aside from|alongside|other than|except|in addition to|beyond|"
              r"as well as|not|than)\b")


_NEGATED = r"(?i)\bnon[-\s]?([a-z]{3,})\b"


def _negated_word(question: str, analysis: Analysis, index: Index) -> str | None:
    """A word of the facts negated by "non-" in a question that offers no choice
    between the two, when no sentence says the negated word."""
    offered = analysis.option_texts or re.search(r"(?i)\bor\b", question)  # "a permanent seat or a non-permanent seat"
    found = re.search(_NEGATED, question) if "non" in question.lower() and not offered else None
    if found is None or found.group(1).lower() not in index.vocabulary:
        return None
    said = found.group(1).lower()
    if any(re.search(rf"(?i)\bnon[-\s]?{said}\b", text) for text in index.sentence_text.values()):
        return None
    return said


def _unknown_deed(analysis: Analysis) -> str | None:
    """The verb of "how/what did X <verb>" (X one word, or "the" and one) when the facts
    neither say nor mean it."""
    tokens = analysis.tokens[1:] if analysis.tokens[:1] in (("so",), ("and",), ("well",), ("but",)) \
        else analysis.tokens
    if len(tokens) < 4 or tokens[0] not in ("how", "what") or tokens[1] not in ("did", "does", "do"):
        return None
    at = 4 if tokens[2] == "the" else 3  # "how did the Indians react"
    # a verb ends the question or comes before a small word ("respond to"): "what do the
    # three letters JWG expand to" has a noun there
    if at < len(tokens) and tokens[at] in analysis.unknown and tokens[at - 1] not in STOPWORDS \
            and (at + 1 == len(tokens) or tokens[at + 1] in STOPWORDS):
        return tokens[at]
    return None


def _ask(question: str, index: Index, top: int = 5) -> Answer:
    if not question.strip():
        return refusal(question, "the question is empty")
    new_or_not = novelty.asked(question)
    if new_or_not is not None:
        said = _new_or_again(question, new_or_not, index, top)
        if said is not None:
            return said
    counted = _how_many_of_the_set(question, index, top) if question.lstrip()[:8].lower() == "how many" else None
    if counted is not None:
        return counted
    analysis = analyse(question, index)
    both_first = re.match(_BOTH_OR_ONE, question)
    if both_first:
        # "did Lal lead India at both meetings, or only at one?": whether at both, asked
        # alone; confirmed, both are the answer
        said = _ask(both_first.group("asked").rstrip(" ,") + "?", index, top)
        if said.answered and said.answer == "Yes" and said.candidates:
            chosen = replace(said.candidates[0], answer="Both", slot="choice")
            return replace(said, question=question, answer="Both", candidates=(chosen, *said.candidates[1:]))
    offers_both = re.search(choice.OFFERS_BOTH, question) is not None
    if offers_both and analysis.wanted in ("yesno", "any"):
        both = _both(question, analysis, index, top)
        if both is not None:
            return both
    if offers_both:
        both = _said_of_both(question, index)
        if both is not None:
            return both
    if offers_both and analysis.wanted in ("yesno", "any"):
        auxiliary_first = re.match(r"(?i)\s*(?:did|does|do|was|were|is|are|has|have|had)\b", question) is not None
        if analysis.wanted == "any" and auxiliary_first:
            # "did Lal run India's side at just one of the two sessions, or at both": an
            # answer that says neither (his name) is none; one that says both is
            plain = _answer(question, analysis, index, top)
            if not plain.answered or "both" in (plain.answer or "").lower():
                return plain
        if analysis.wanted == "yesno" or auxiliary_first:
            # one alone is never the answer: the facts are not exhaustive, so a missing
            # fact about the other says nothing
            return refusal(question, "no fact says whether it was one or both", analysis)
    return _answer(question, analysis, index, top)


def _worded_choice(question: str, index: Index) -> Answer | None:
    """"Exact term: 'terror financing' or 'terrorist financing'?": a question about
    words, offering two, of which the article has one word for word and not the other.
    The answer is the article's writing of it, with the fact that quotes it (the best
    ranked for the rest of the question, or else the first in the facts). Without a
    word that asks about wording, only options that read alike ("Joint Working Group
    or Joint Work Group"), which no reading of meaning tells apart."""
    options = choice.worded_options(question)
    analysis = None
    if options is not None:
        cue = re.search(choice.WORDING, question) is not None  # quoted: "says 'X' or 'Y'"
    else:
        cue = re.search(choice.WORDING_ITSELF, question) is not None
        if not cue and not re.search(r"(?i)\b(\w{3,})\b.*\bor\b.*\b\1\b", question):
            return None  # (the cheap test first: options that read alike share a word)
        analysis = analyse(question, index)
        options = analysis.option_texts if len(analysis.option_texts) == 2 else None
        # "is the group called on Counter-Terrorism or on Anti-Terrorism": the name itself
        # offered ("which one is called a step, X or Y" offers things)
        cue = cue or bool(options and re.search(rf"(?i)\b(?:called|named|termed|titled|written|spelt|spelled)\s+"
                                                rf"(?:as\s+)?(?:the\s+)?{re.escape(options[0])}", question))
    if not options or not (cue or len({tuple(index_stems(o, index)) for o in options}) == 1):
        return None
    bare = {re.sub(r"(?i)^(?:the|a|an|on|in|of|as)\s+", "", o.strip()).lower() for o in options}
    if len(bare) < 2:
        return None  # "a deputy foreign minister or the foreign minister", read as two of the same words
    said = choice.verbatim_option(options, (source.text for source in index.store.sources.values()))
    if said is None:
        return None
    wording = said[1]
    analysis = analysis or analyse(question, index)
    rest = replace(analysis, option_stems=(), options=frozenset(), wanted="any")
    ranked = [c.fact for c in rank(rest, index)]
    has_it = [f for f in (*ranked, *index.store.facts)
              if choice.verbatim_option((wording,), (f.quote.text,)) is not None]
    if not has_it:
        return None
    fact = has_it[0]
    found = Candidate(fact, wording, "choice", 1.0, _ONE_VALUE_CONFIDENCE, "", {"entity": ""})
    return Answer(question, True, wording, _ONE_VALUE_CONFIDENCE, None, fact, (found,), analysis, ())


def _new_or_again(question: str, new_or_not: novelty.Asked, index: Index, top: int) -> Answer | None:
    """"Was this the first time Russia backed India's bid?": yes or no to the rest of
    the question ("did Russia back India's bid?"), then the confirming fact's sentence
    says whether it had happened before ("reiterated", "the 13th JWG"). None when the
    rest is no yes-or-no question, or no fact confirms it: the question is read as usual."""
    analysis = analyse(new_or_not.question, index)
    if analysis.wanted != "yesno":
        return None  # "which country reiterated its support": the verb is the relation asked
    said = _answer(new_or_not.question, analysis, index, top)
    if not (said.answered and said.answer == "Yes" and said.fact is not None):
        return None
    subject = index.store.entities.get(said.fact.subject)
    meeting = subject is not None and subject.type == "event" and subject.id in analysis.entities
    held = said.fact.object if said.fact.predicate in _HELD_RELATIONS and isinstance(said.fact.object, str) else None
    if held in analysis.entities and index.store.entities[held].type == "event":
        meeting = True  # "the first time they held UN consultations": the sixth round was held
    before = novelty.not_the_first(said.fact.quote.text, meeting)
    if before is None:
        return refusal(question, "the facts say it happened, not whether it had happened before", analysis,
                       said.candidates)
    text = novelty.answer_text(new_or_not.kind, before)
    chosen = replace(said.candidates[0], answer=text, slot="novelty")
    return replace(said, question=question, answer=text, candidates=(chosen, *said.candidates[1:]))


_CONTRADICTED = 0.85  # how sure a "no" is that a fact with every word of the question but one name gives


def _contradicted(analysis: Analysis, index: Index) -> Answer | None:
    """"Did Galuzin head the Russian team?": no fact says so, but one says Vershinin
    did, and a delegation has one head (the relation is `one_subject`); "did Vershinin
    meet Lal to discuss Ukraine?": one says Lal met Galuzin for just that. The answer is
    no, with the one the fact names. Facts are not exhaustive, so a fact with another
    name says no only when the relation allows one subject, or when every other word
    of the question, something besides the relation and the names among them, is in
    that fact ("Lal met Galuzin" says nothing against "did Lal meet Vershinin")."""
    named = analysis.entities
    asked = [s for s in analysis.stems if s not in _GENERIC_STEMS]
    for predicate, (strength, _) in analysis.predicates.items():
        if strength < 0.8:
            continue
        relation = index.store.predicates[predicate]
        said = set(index.relation_words(asked).get(predicate, frozenset()))
        # the facts of this relation about a thing the question names (the one kept)
        stating = sorted({i for e in named for i in index.facts_by_entity.get(e, ())
                          if index.store.facts[i].predicate == predicate})
        for i in stating:
            fact = index.store.facts[i]
            if not isinstance(fact.object, str):
                continue
            slots = (fact.subject, fact.object)
            for k, held in enumerate(slots):
                kept = slots[1 - k]
                rivals = [e for e in named if e not in index.fact_context[i]
                          and index.store.entities[e].type == index.store.entities[held].type]
                if kept not in named or held in named or len(rivals) != 1 or named - {kept, *rivals} - index.fact_context[i]:
                    continue
                rival = rivals[0]
                if held in index.store.wholes(rival) or rival in index.store.wholes(held):
                    continue  # "in Lal's meeting with Galuzin", a part of the talks the fact says did it
                own = {s for m in analysis.mentions if m.entity == rival for s in m.form.stems}
                rest = [s for s in asked if s not in own]
                around = index.fact_stems[i] | index.sentence_stems[i]
                if not all(_expanded(s) & around for s in rest):
                    continue  # a word the fact does not have: it says nothing of the question
                names = {s for m in analysis.mentions if m.entity != rival for s in m.form.stems}
                besides = [s for s in rest if s not in said and s not in names]
                if not ((relation.one_subject and k == 0) or besides):
                    continue
                name = index.store.entities[held].name
                answer = f"No: {name}"
                found = Candidate(fact, answer, "no", 1.0, _CONTRADICTED, held, {"entity": held})
                return Answer(analysis.question, True, answer, _CONTRADICTED, None, fact, (found,), analysis, ())
    return None


def _clause_choice(question: str, analysis: Analysis, index: Index, top: int) -> Answer | None:
    """"Did Galuzin head the Russian team, or did he meet Lal about Ukraine?": each
    clause asked as a yes-no question of its own; the one a fact confirms answers, in
    the question's words, when the other is not confirmed (both confirmed, or
    neither: no choice is made). Confirmation needs a fact that states the clause, so
    a clause no fact states is never chosen."""
    split = choice.clauses(question)
    if split is None:
        return None
    if any(" or " in asked.lower() for asked, _ in split):
        return None  # a choice inside a choice: asked once, not again and again
    if any(option.strip().lower() in STOPWORDS for _, option in split):
        return None  # "before, after, or at the same time as ...": a list cut at a word, not clauses
    said = [(_ask(asked, index, top), option) for asked, option in split]
    confirmed = [(answer, option) for answer, option in said if answer.answered and answer.answer
                 and answer.answer.startswith("Yes")]
    if len(confirmed) != 1:
        return None
    answer, option = confirmed[0]
    chosen = replace(answer.candidates[0], answer=option, slot="choice") if answer.candidates else None
    return replace(answer, question=question, answer=option, analysis=analysis,
                   candidates=(chosen, *answer.candidates[1:]) if chosen else answer.candidates)


# "Did Lal lead at both meetings or only one?": both said first, then the one offered
_BOTH_OR_ONE = (r"(?i)^\s*(?P<asked>(?:did|does|do|was|were|is|are|has|have|had)\b[^?]*?\bboth\b[^?]*?)\s*,?\s+"
                r"or\s+(?:(?:at|in|on|for)\s+)?(?:only|just|merely)\s+(?:(?:at|in|on|for)\s+)?"
                r"(?:one|a\s+single\s+one|the\s+(?:[\w-]+\s+){0,3}?(?:one|meeting|session|round))\b[^?]*\?*\s*$")


# "How many of the two Moscow meetings did Lal lead India at?": whether at both
_HOW_MANY_OF_THE_SET = (r"(?i)^\s*how\s+many\s+of\s+(?:the|those|these)\s+(?:two\s+|2\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?P<noun>meetings|sessions|talks|rounds|events|gatherings)\s+(?P<aux>did|was|were|has|had)\s+"
                        r"(?P<rest>[^?]+?)(?:\s+(?:at|in|on|for|of))?\s*\??\s*$")


def _how_many_of_the_set(question: str, index: Index, top: int) -> Answer | None:
    """"How many of the meetings did Lal lead?": two, when the fact that says he did
    at both says "both" in its sentence (the answer in its words); None otherwise,
    for a count of one the facts do not give."""
    found = re.match(_HOW_MANY_OF_THE_SET, question)
    if found is None:
        return None
    said = _ask(f"{found.group('aux')} {found.group('rest')} at both {found.group('noun')}?", index, top)
    if not (said.answered and said.answer == "Yes" and said.fact is not None and said.candidates):
        return None
    both = re.search(_SAYS_BOTH, index.sentence_text.get(said.fact.id) or said.fact.quote.text)
    if both is None:
        return None
    text = f"Two: {both.group(0).strip()}"
    chosen = replace(said.candidates[0], answer=text, slot="count")
    return replace(said, question=question, answer=text, candidates=(chosen, *said.candidates[1:]))


_OFFERING = frozenset({"too", "also", "well", "only", "just", "both"})  # words that offer an option, not name it


def _both(question: str, analysis: Analysis, index: Index, top: int) -> Answer | None:
    """"Did Lal lead India at the JWG, the UN talks, or both?", "... only at the JWG,
    or at the UN talks as well?": a choice of one or both is a yes-or-no question about
    both; both, when a fact says yes with every thing the question names in its sentence."""
    asked = re.sub(choice.OFFERS_BOTH, "?", question)
    yesno = replace(analysis, question=asked, wanted="yesno", options=frozenset(), option_stems=())
    said = _answer(asked, yesno, index, top)
    fact = said.fact
    if not (said.answered and said.answer == "Yes" and fact is not None):
        return None
    i = _fact_number(fact, index)
    if not analysis.entities <= set(index.slot_entities(fact)) | index.fact_context[i]:
        return None
    if not analysis.options <= set(index.slot_entities(fact)) | index.fact_context[i]:
        return None  # "the JWG only, or the Ukraine talks too": an option the sentence does not name
    around = index.fact_stems[i] | index.sentence_stems[i]
    if any(not _expanded(s) & around and not any(a.startswith(s) for a in around)  # ("UN" of "UNSC")
           for option in analysis.option_stems for s in option if s not in _GENERIC_STEMS and s not in _OFFERING):
        return None  # "... or the climate talks too": a word of an option the sentence does not say
    # "were only global developments discussed, or regional ones too": the fact's words for both
    text = f"Both: {fact.object.text}" if isinstance(fact.object, Literal) else "Both"
    chosen = replace(said.candidates[0], answer=text, slot="choice")
    return replace(said, question=question, answer=text, candidates=(chosen, *said.candidates[1:]))


# A sentence that says two things at once: "at both the counter-terrorism meeting and
# the UNSC discussions", "Both nations shared ...", "The two sides agreed ..."
_SAYS_BOTH = r"(?i)\bboth\b[^,.;:]*"
_SAYS_THE_TWO = r"(?i)\b(?:both|the two)\b[^,.;:]*"


def _fact_number(fact: Fact, index: Index) -> int:
    """A fact's place in the store, for the per-fact tables; for rare shapes only (a scan)."""
    return next(k for k, f in enumerate(index.store.facts) if f is fact)


def _both_in_words(phrase: str) -> str:
    """A sentence's words for both, as the answer: "Both the counter-terrorism meeting
    and ...", or "Both: the two sides agreed ..."."""
    shown = " ".join(phrase.split()[:12])
    return shown[0].upper() + shown[1:] if shown.lower().startswith("both") else f"Both: {shown}"


def _said_of_both(question: str, index: Index) -> Answer | None:
    """"Did Lal lead just the counter-terror meeting or the UN one too?", "was it
    shared by one nation or both?": both, when the fact that answers the rest of the
    question ("did Lal lead the counter-terror meeting?") says "both" or "the two"
    in its sentence, and that sentence says whatever the question names, the other
    option too. The answer is the sentence's own words for both. None otherwise: a
    fact that says one of them says nothing of the other."""
    split = choice.without_both(question)
    if split is None:
        return None
    rest, other = split
    asked = analyse(rest, index)
    offered = analyse(other, index) if other else None
    if asked.strange or not asked.stems or (offered is not None and offered.strange):
        return None
    named = asked.entities | (offered.entities if offered is not None else set())
    # the other option's words that name nothing ("or in forums with many nations too",
    # "or the climate talks too"): the sentence must say them
    covered = {s for m in offered.mentions for s in m.form.stems} if offered is not None else set()
    words = [s for s in offered.stems if s not in _GENERIC_STEMS and s not in covered] if offered is not None else []
    # "the two" is no answer to a question that says it ("only between the two countries")
    says = _SAYS_BOTH if "two" in asked.tokens else _SAYS_THE_TWO
    asked = replace(asked, wanted="any", options=frozenset(), option_stems=())
    for candidate in rank(asked, index)[:3]:
        if candidate.confidence < CONFIDENT:
            break
        fact = candidate.fact
        i = _fact_number(fact, index)
        sentence = index.sentence_text.get(fact.id) or fact.quote.text
        said = re.search(says, sentence)
        around = index.fact_stems[i] | index.sentence_stems[i]
        if said is None or not named <= set(index.slot_entities(fact)) | index.fact_context[i] or (
                not all(_expanded(s) & around for s in words)):
            continue
        text = _both_in_words(said.group(0))
        chosen = replace(candidate, answer=text, slot="choice")
        return Answer(question, True, text, round(candidate.confidence, 3), None, fact, (chosen,), asked, ())
    return None


def _answer(question: str, analysis: Analysis, index: Index, top: int) -> Answer:
    if not analysis.stems:
        return refusal(question, "the question has no words to look up", analysis)
    # Refusals the question alone decides come before ranking: in a big store a name
    # nothing knows may share a word with thousands of facts.
    other_round = _another_round(analysis, index)
    if other_round is not None:
        return other_round
    if analysis.strange:
        named = ", ".join(repr(w) for w in analysis.strange)
        return refusal(question, f"the facts say nothing about {named}", analysis)
    other = _another_of_the_name(question, analysis, index)
    if other:
        return refusal(question, f"the facts know no {other!r}", analysis)
    if re.match(_OTHERS, question.strip()) and not re.search(_EXCLUDING, question):
        # "which other countries does Russia back": others than the one the facts name,
        # which facts that are not exhaustive cannot list
        return refusal(question, "the question asks for others than one it does not name; the facts list no more",
                       analysis)
    traded = re.search(r"(?i)\bin (return|exchange|response|reply)\b", question)
    if traded and not any(re.search(rf"(?i)\bin {traded.group(1)}\b", text) for text in index.sentence_text.values()):
        # "what did Russia ask in return for backing India": a bargain no sentence states
        # ("exchange" alone is a word the facts know: experiences exchanged)
        done = "given" if traded.group(1).lower() in ("return", "exchange") else "said or done"
        return refusal(question, f"no fact says what was {done} in {traded.group(1).lower()}", analysis)
    negated = _negated_word(question, analysis, index)
    if negated:
        # "India's bid for a non-permanent seat": the facts' "permanent" is the opposite
        return refusal(question, f"the facts say {negated!r}, never 'non-{negated}'", analysis)
    deed = _unknown_deed(analysis)
    if deed:
        # "how did India respond to Russia's support": what the one named did is asked,
        # in a verb no fact says nor means; the known words after it ("support") are
        # what was responded to, and answer nothing
        return refusal(question, f"no fact states the relation asked about ({deed!r})", analysis)
    unquoted = _unquoted_speaker(question, analysis, index)
    if unquoted:
        return refusal(question, f"no fact reports what {unquoted} said", analysis)
    undone = [t for t in analysis.tokens if (t in _REVERSALS or t in _FORMAL_ACTS)
              and not index.knows_stem(index.canon.get(stem(t), stem(t)))]
    if undone:
        # "what did Russia withdraw its support for": the facts say what was done, and
        # a word that undoes it asks what none of them says ("support" is no answer)
        return refusal(question, f"no fact states the relation asked about ({', '.join(map(repr, undone))})", analysis)
    founding = [t for t in analysis.tokens if t in _FOUNDING and t not in index.vocabulary] \
        if analysis.wanted == "date" else []
    if founding:
        return refusal(question, f"no fact states when it was {founding[0]}; the facts date the meetings", analysis)
    unread = analysis.wanted == "any" and not analysis.option_stems and analysis.tokens[:1] \
        and analysis.tokens[0] in _ASKED_YES_OR_NO  # "did he appear at just one or at all of them": options unread
    if (analysis.wanted == "yesno" or unread) and " or " in analysis.question.lower() \
            and re.search(_UNREAD_CHOICE, analysis.question):
        # "was it something new or a repeat of an earlier position": "yes" answers no such choice
        return _clause_choice(question, analysis, index, top) or refusal(
            question, "the question offers a choice too long to read; ask about one option", analysis)
    gap = _days_between(question, analysis, index)
    if gap is not None:
        return gap
    joint = re.search(_JOINT_DOCUMENT, question) if "joint" in question.lower() else None
    if joint and not any({"joint", stem(joint.group(1).split()[-1].lower())} <= set(form.stems)
                         for form in index.forms_by_stem.get("joint", ())):
        # "did the two sides issue a joint statement": a statement of both, which no fact
        # has (the one the facts quote may be one side's)
        return refusal(question, f"the facts name no joint {joint.group(1).lower()}", analysis)
    press = re.search(_PRESS_EVENT, question) if "conference" in question.lower() or "briefing" in question.lower() \
        else None
    if press and not any({stem(w) for w in words(press.group(0).lower())} <= set(form.stems)
                         for form in index.forms_by_stem.get(stem(press.group(2).lower()), ())):
        # "was a press conference held after the meetings": an event for the press, not
        # the meetings a "conference" would otherwise be read as
        return refusal(question, f"the facts name no {press.group(1).lower()} {press.group(2).lower()}", analysis)
    if re.search(_ONGOING, " ".join(analysis.tokens)):
        return refusal(question, "the facts date events; none says how long a state of things has lasted", analysis)
    if re.search(_CLOCK_LENGTH, " ".join(analysis.tokens)):
        return refusal(question, "the facts give dates, not times of day: no length in hours or minutes", analysis)
    if analysis.focus and analysis.focus in _unknown_stems(analysis) and _real_word(analysis.focus, analysis):
        # "which hotel": a thing the facts never mention; a garbled word is no such evidence
        return refusal(question, f"the facts say nothing about any {analysis.focus!r}", analysis)
    whose_aspect = _aspect_of_unknown(analysis)
    if whose_aspect:
        # "what is the status of rupee-ruble trade settlement": the status of a thing no
        # fact mentions, whatever the facts say about anything else's
        return refusal(question, f"the facts say nothing about any {whose_aspect!r}", analysis)
    side = _side_yes_no(analysis, index)
    if side is not None:
        return side
    # "which had the lower round number: A or B": the options' numbers, before ranking
    # (which looks for a number where a meeting is offered)
    compared = _compared(question, analysis, [], index) if len(analysis.options) >= 2 else None
    if compared is not None:
        return compared
    kind = _unknown_kind(analysis, index)
    if kind:
        # "which social media platforms": platforms the facts have, but of no kind they know
        return refusal(question, f"the facts say nothing about any {kind!r}", analysis)
    ranked = rank(analysis, index)
    if not ranked and analysis.wanted == "agent" and analysis.predicates and not analysis.unknown \
            and "whose" not in analysis.tokens:
        # "who underscored the importance of ...": when no person or body did, the
        # meeting that did is the doer the facts name, when its sentence says it in the
        # question's words ("who signed the agreement" is no "agreed to")
        ranked = [_doer_in_sentence(c, index) for c in rank(replace(analysis, wanted="event"), index)
                  if c.slot == "subject" and c.details.get("relation", 0.0) >= 0.8
                  and not c.details.get("unexplained_words") and c.details.get("in_quote", 0.0) >= 0.5]
        ranked = [c for c in ranked if c is not None]
    if not ranked:
        contradicted = _contradicted(analysis, index) if analysis.wanted == "yesno" else None
        return contradicted or refusal(question, _nothing_reason(analysis, index), analysis)
    compared = _compared(question, analysis, ranked, index) if len(analysis.options) < 2 else None
    if compared is not None:
        return compared
    best = _widest_date(ranked[0], ranked)
    owner = _owner_asked(question, ranked, index)
    if owner is not None:
        best, ranked = owner, [owner, *(c for c in ranked if c.answer != owner.answer)]
    best, ranked = _every_event(best, ranked)
    best, ranked = _part_over_whole(best, ranked, index)
    stance = _stance(best, ranked, analysis, index)
    if stance is not None:
        best, ranked = stance, [stance, *ranked[1:]]
    shown = tuple(ranked[:top])
    stated = any(strength >= 0.6 for strength, _ in analysis.predicates.values())
    if stated and best.slot == "kind" and any(not w.endswith("ly") and not (w == "used" and re.search(_WORD_USED, question))
                                              for w in analysis.unknown):
        # "what kind of support did Russia withdraw": the noun whose kind is asked says
        # "supports", but the verb says what was done with it, and no fact says that
        # ("how strongly did Russia voice its support" asks the kind by its adverb)
        said = index.relation_words(list(analysis.stems))
        stated = any(strength >= 0.6 and said.get(p, frozenset()) - set(analysis.kind_of)
                     for p, (strength, _) in analysis.predicates.items())
    if not stated and _unknown_stems(analysis) - {analysis.focus} and best.details.get("slot_hits", 2) < 2 \
            and best.slot != "count":  # "how long did the talks last" is read from the dates
        unknown = ", ".join(repr(w) for w in analysis.unknown)
        return refusal(question, f"no fact states the relation asked about ({unknown})", analysis, shown)
    # a word before the noun asked that the answer itself has ("which INDIAN official":
    # Lal's description) describes the answer, not the relation
    described = set(analysis.modifiers) if best.details.get("modifier_in_answer") else set()
    unstated = [w for w in best.details.get("unexplained_words") or () if w not in described]  # type: ignore[union-attr]
    if not stated and analysis.wanted in ("agent", "person") and unstated and best.slot in ("subject", "object"):
        # "who signed the press release": a verb no fact with that answer states
        unknown = ", ".join(repr(w) for w in unstated)
        return refusal(question, f"no fact states the relation asked about ({unknown})", analysis, shown)
    if best.details.get("no_wh_word") and len(analysis.unknown) >= 2:
        # "so they agreed to set up a joint task force on cyber terrorism?": a statement
        # put as a question, which its unknown words make another one than any fact's
        unknown = ", ".join(repr(w) for w in analysis.unknown)
        return refusal(question, f"no fact states what is said ({unknown})", analysis, shown)
    chosen = str(best.details.get("entity") or "")
    if chosen in index.store.entities and index.store.entities[chosen].type == "person" \
            and any(not _titled(chosen, t, index) for t in _titles_asked(analysis.question)):
        # "who is India's External Affairs Minister": Lal, of that ministry, is its
        # secretary, not its minister, and no other fact names one
        return refusal(question, "no fact names anyone holding the office asked about", analysis, shown)
    if best.details.get("focus_described") and analysis.wanted in ("thing", "any") and not analysis.kind_of:
        # "what specific reforms does Russia support": "a reformed UNSC" names none
        asked = next((t for t in analysis.tokens if stem(t) == analysis.focus), analysis.focus)
        return refusal(question, f"the facts name no {asked!r}; they only call something {best.details['focus_described']!r}",
                       analysis, shown)
    if best.details.get("other_relation") and best.details.get("focus_missing") and analysis.wanted in ("thing", "any"):
        # "what was the title of the MEA press release": the MEA issued it, but that
        # answer is neither by the relation asked nor of the noun asked
        asked = next((t for t in analysis.tokens if stem(t) == analysis.focus), analysis.focus)
        return refusal(question, f"no fact states the {asked!r} asked about", analysis, shown)
    any_one = re.match(_ANY_ONE, question) is not None
    if any_one and best.confidence < CONFIDENT and best.details.get("type_fit", 0.0) >= 0.8:
        # "name a Russian deputy foreign minister": any one that fits will do, so another
        # that fits as well is no rival; one of another kind ("name a terror
        # organisation": a meeting) fits no better for being alone
        best = replace(best, confidence=calibrated(best.score, MAX_MARGIN))
        ranked = [best, *ranked[1:]]
    if len(analysis.options) >= 2 and best.confidence < CONFIDENT:
        best = replace(best, confidence=_between_options(best, ranked, analysis))
        ranked = [best, *ranked[1:]]
    rival = next((c for c in ranked[1:] if _rival(best, c)), None)
    other = None if any_one else _underspecified(best, ranked, index)
    if other and best.confidence < CONFIDENT and best.details.get("unknown_words") and analysis.unknown:
        # "which meeting covered cricket": no fact has the word, so the meetings are no
        # two answers to choose between
        return refusal(question, _nothing_reason(analysis, index), analysis, shown)
    pair = other or (rival if rival and best.confidence < CONFIDENT and _margin(best, rival) < CLOSE_CALL else None)
    shared = _shared_words(question, best, pair, ranked, analysis) if pair else None
    if shared is not None:
        return shared
    item = _item_both_say(best, pair, analysis, index) if pair and analysis.modifiers else None
    if item is not None:
        return item
    if other:
        return refusal(question, f"two different answers are too close to call: the question fits both "
                                 f"{best.answer!r} and {other.answer!r}; say which one you mean",
                       analysis, shown, (best, other))
    if best.confidence < CONFIDENT:
        if rival and _margin(best, rival) < CLOSE_CALL and calibrated(rival.score, MAX_MARGIN) >= CONFIDENT:
            return refusal(question, f"two different answers are too close to call: "
                                     f"{best.answer!r} and {rival.answer!r}; ask more precisely",
                           analysis, shown, (best, rival))
        return refusal(question, f"no fact answers this confidently (best: {best.answer!r} "
                                 f"at {best.confidence:.2f})", analysis, shown)
    answered_by = str(best.details.get("entity") or "")
    if analysis.wanted == "organization" and best.details.get("type_fit", 1.0) < 0.5 and not analysis.kind_of \
            and (answered_by not in index.store.entities or index.store.entities[answered_by].type in ("document", "topic")) \
            and not best.details.get("focus_in_answer"):
        # "name the terrorist groups discussed": the facts' answer is no group or body of
        # any kind, nor says the noun asked
        return refusal(question, f"no fact names an organization that answers this (best: {best.answer!r})",
                       analysis, shown)
    if re.search(_SPECIFICS, question) and (best.details.get("focus_in_answer") or best.details.get("modifier_in_answer")) \
            and not {m.entity for m in index.mentions(index_stems(best.answer, index))} - analysis.entities:
        # "which specific technologies ...": an answer that names the kind asked again
        # ("new technologies") and nothing by name gives no member of it ("which
        # conflict, specifically": "conflict in Ukraine" names Ukraine)
        return refusal(question, f"the facts name nothing more specific than {best.answer!r}", analysis, shown)
    if analysis.name_part and best.slot != "named":
        best = _name_part_of(best, analysis.name_part, index)
    best = _date_part(best, analysis)
    alternatives = tuple(c for c in ranked[1:top] if c.answer != best.answer)
    return Answer(question, True, best.answer, round(best.confidence, 3), None, best.fact,
                  shown, analysis, alternatives)


# A choice between named things is settled by a fact that fits this much, leading
# every other option's best fact by this factor.
_CHOICE_FIT = 0.25
_CHOICE_LEAD = 1.5


def _between_options(best: Candidate, ranked: list[Candidate], analysis: Analysis) -> float:
    """How sure an answer to "X or Y" is: "was cross-border terrorism discussed at the
    JWG or the UN consultations" asks which of two (or three), so a fact that fits only
    fairly well settles it when it fits clearly better than any fact for another option.
    Such an answer never reaches the high band: it rests on a comparison, not a match."""
    chosen = best.details.get("entity")
    if chosen not in analysis.options:
        return best.confidence
    other = max((c.score for c in ranked if c.details.get("entity") in analysis.options
                 and c.details.get("entity") != chosen), default=0.0)
    if best.score < _CHOICE_FIT or best.score < _CHOICE_LEAD * other:
        return best.confidence
    return max(best.confidence, round(min(best.score / (best.score + other), 0.6 + 0.4 * best.score, 0.79), 3))


# "Which specific technologies", "which regional developments, specifically,", "which
# technologies were discussed specifically": members
# of a kind are asked, not the kind.
_SPECIFICS = (r"(?i)\b(?:which|what)\s+specific\b|\b(?:which|what)\s+\w+(?:\s+\w+)?,\s+specifically\b|"
              r"^\s*(?:which|what)\s+\w+\b[^,]*\bspecifically\s*\??\s*$")

# "Name a Russian deputy foreign minister": any one of several answers will do
_ANY_ONE = r"(?i)^\s*(?:please\s+)?(?:name|give|mention|tell me)\s+(?:me\s+)?(?:a|an|one|any)\b"


# "How many days after the meetings ended was the article dated?", "... between X and Y"
_GAP = r"(?i)^\s*how many days\s+(?:(after|before)\s+(.+?)\s+((?:is|was|were|are|did|does|do)\b.+)|" \
       r"(?:passed|elapsed)?\s*between\s+(.+?)\s+and\s+(.+))$"


def _days_between(question: str, analysis: Analysis, index: Index) -> Answer | None:
    """The days between two dates the question asks for, each asked on its own ("when
    the meetings ended", "when is the article dated"): the answer is confident only
    when both dates are."""
    found = re.match(_GAP, question.strip().rstrip("?").strip()) if "how many days" in question.lower() else None
    if not found:
        return None
    first, second = (found.group(2), found.group(3)) if found.group(1) else (found.group(4), found.group(5))
    answers = [_ask(_date_question(part), index, top=1) for part in (first, second)]
    spans = [_date_span(a.candidates[0]) if a.answered and a.candidates else None for a in answers]
    if not all(spans):
        reason = "the facts do not date both things the question compares"
        return refusal(question, reason, analysis, tuple(c for a in answers for c in a.candidates[:1]))
    (early, early_answer), (late, late_answer) = sorted(zip(spans, answers, strict=True), key=lambda pair: pair[0][0])  # type: ignore[index]
    if late[0] <= early[1]:
        return refusal(question, "the two dates overlap; there are no days between them", analysis)
    # "how many days after X was Y" holds only if X came first; "before", only if Y did
    order = (found.group(1) or "").lower()
    if (order == "after" and answers[0] is not early_answer) or (order == "before" and answers[1] is not early_answer):
        return refusal(question, f"the facts date them the other way round: {early_answer.answer} "
                                 f"comes before {late_answer.answer}", analysis)
    days = (date.fromisoformat(late[0]) - date.fromisoformat(early[1])).days
    best = late_answer.candidates[0]
    text = f"{days} day{'s' if days != 1 else ''} ({format_date(early[1])} to {format_date(late[0])})"
    confidence = round(min(a.confidence for a in answers), 3)
    return Answer(question, True, text, confidence, None, best.fact,
                  (replace(best, answer=text, slot="count"), early_answer.candidates[0]), analysis, ())


def _date_question(part: str) -> str:
    """"when the meetings ended", "when is the article dated"; a bare noun phrase asks
    its date ("the date of the article")."""
    said = part.split()
    verb = said and (said[0].lower() in ("is", "was", "were", "are", "did", "does", "do")
                     or any(w.lower().endswith("ed") for w in said[1:]))
    return f"when {part}" if verb else f"the date of {part}"


def _name_part_of(best: Candidate, part: str, index: Index) -> Candidate:
    """"Mikhail (Mikhail Galuzin)" for the first name of a person; the full name stays
    beside the part so the answer is never ambiguous."""
    entity = index.store.entities.get(str(best.details.get("entity", "")))
    if entity is None or entity.type != "person" or part == "full":
        return best
    names = entity.name.split()
    if len(names) < 2:
        return best
    return replace(best, answer=f"{names[0] if part == 'first' else names[-1]} ({entity.name})")


def _underspecified(best: Candidate, ranked: list[Candidate], index: Index) -> Candidate | None:
    """"Who led the delegation" when two delegations were led: the question names the
    relation but not what the best fact's other slot holds, and the same relation with
    another value there gives another answer."""
    if best.slot in ("card", "owner") or best.details.get("slot_hits") or not best.details.get("relation"):
        return None  # an owner is read off the sentence ("India's bid"), not off a slot another fact fills
    if best.details.get("literal_overlap", 0.0) >= 0.5:
        return None  # the question gives most of the value ("the post of Secretary (West)")
    given = float(best.details.get("value_given", 0.0))  # type: ignore[arg-type]
    if given >= 0.5 and all(given > float(c.details.get("value_given", 0.0)) for c in ranked[1:3]):  # type: ignore[arg-type]
        return None  # "how is the diplomatic development described": the one whose words it says
    # With nothing named around it either ("which round was held"), any other value
    # of the relation fits as well; with some context, only a close one does.
    limit = UNDERSPECIFIED_MARGIN if best.details.get("context_hits") else MAX_MARGIN + 1
    for c in ranked[1:]:
        if (c.fact.predicate == best.fact.predicate and c.given != best.given and c.answer != best.answer
                and _margin(best, c) < limit and not c.details.get("focus_missing", 0.0) > best.details.get(
                    "focus_missing", 0.0) and not _fewer_words(c, best, index) and not _listed_as_asked(best, c)):
            return c
    return None


def _one_item(found: Answer, index: Index) -> Answer | None:
    """"Which monetary dimension of terrorism was addressed": one thing asked (a
    singular noun) and described by a word, answered by a list that has exactly one
    item that word fits ("terror financing"): that item, from the same fact."""
    analysis, best = found.analysis, found.candidates[0]
    assert analysis is not None
    tokens = analysis.tokens
    if tokens[:1] not in (("which",), ("what",)) or best.slot not in ("object", "subject") or analysis.options:
        return None
    phrase = list(itertools.takewhile(lambda t: t not in STOPWORDS, tokens[1:]))
    if len(phrase) < 2 or (phrase[-1].endswith("s") and not phrase[-1].endswith("ss")):
        return None  # "which threats": all of them
    asked = {e for m in analysis.modifiers for e in _expanded(stem(m))}
    items = [i.strip() for i in re.split(LIST_SEPARATOR, best.answer) if i.strip()]
    fitting = [i for i in items if asked & set(index_stems(i, index))] if len(items) > 1 else []
    if len(fitting) != 1:
        return None
    chosen = replace(best, answer=fitting[0], slot="item")
    return replace(found, answer=fitting[0], candidates=(chosen, *found.candidates[1:]))


def _item_both_say(best: Candidate, other: Candidate, analysis: Analysis, index: Index) -> Answer | None:
    """"Which funding-related aspect of terrorism was on the agenda": two lists too close
    to choose between that have the one item the question's describing word asks for
    ("terror financing") in common: that item answers, whichever list was meant."""
    if analysis.wanted not in ("thing", "any") or re.search(LIST_SEPARATOR, " ".join(analysis.modifiers)):
        return None
    asked = {e for m in analysis.modifiers for e in _expanded(m)}

    def fitting(text: str) -> list[str]:
        items = [i.strip() for i in re.split(LIST_SEPARATOR, text) if i.strip()]
        return [i for i in items if asked & set(index_stems(i, index))] if len(items) > 1 else []
    mine, theirs = fitting(best.answer), fitting(other.answer)
    if len(mine) != 1 or len(theirs) != 1 or mine[0].lower() != theirs[0].lower():
        return None
    confidence = round(max(best.confidence, CONFIDENT), 3)
    chosen = replace(best, answer=mine[0], slot="item", confidence=confidence)
    return Answer(analysis.question, True, mine[0], confidence, None, best.fact, (chosen, other), analysis, ())


def _listed_as_asked(best: Candidate, other: Candidate) -> bool:
    """"Apart from terrorism, which related problems", "what three threats": a list
    that has what is set aside, or as many things as asked, is the one meant, where
    the other candidate is not such a list."""
    return any(float(best.details.get(k, 0.0)) > float(other.details.get(k, 0.0))  # type: ignore[arg-type]
               for k in ("aside_listed", "count_fit"))


_IN_COMMON = r"(?i)\b(?:in\s+common|both\s+(?:hold|have|share|held|had)|share|shared|same)\b"


def _shared_words(question: str, best: Candidate, other: Candidate, ranked: list[Candidate],
                  analysis: Analysis) -> Answer | None:
    """"What title do Vershinin and Galuzin have in common": the two people's values of
    one relation, each the answer for one of them, have the words both say ("Deputy
    ... Foreign Minister"), which answer what they share."""
    if not re.search(_IN_COMMON, question) or best.fact.predicate != other.fact.predicate \
            or best.given == other.given or not {best.given, other.given} <= analysis.entities:
        return None
    short, long_ = sorted((best.answer, other.answer), key=len)  # the shorter says it in fewer words
    theirs = set(words(long_.lower()))
    common = [w for w in re.findall(r"[\w-]+", short) if w.lower() in theirs and w.lower() not in STOPWORDS]
    if not common:
        return None
    said = " ".join(common)
    # the two are no rivals but one answer: as sure as the less sure of them against the rest
    rest = [c for c in ranked if c is not best and c is not other]
    confidence = round(min(calibrated(c.score, _margin_to_rivals(c, rest)) for c in (best, other)), 3)
    chosen = replace(best, answer=said, slot="shared", confidence=confidence)
    if confidence < CONFIDENT:
        return refusal(question, f"no fact answers this confidently (best: {said!r} at {confidence:.2f})",
                       analysis, (chosen, other))
    return Answer(question, True, said, confidence, None, best.fact, (chosen, other), analysis, ())


_OWN_FACT_MARGIN = 0.1  # likelihood: how far behind the named entity's own fact may be and still lead


def _own_fact_first(ranked: list[Candidate]) -> list[Candidate]:
    """"tanmaya lal position at the ministry": Lal's own title before Galuzin's, whose
    sentence merely names Lal, when the two are close; the same relation is asked of
    the entity the question names, and only one of them holds it in a slot."""
    if len(ranked) < 2 or ranked[0].details.get("slot_hits") or not ranked[0].details.get("entities_unplaced"):
        return ranked
    top = ranked[0]
    # A best found through the series its meeting is part of ("what worry about new
    # technology did the talks look at": the JWG's) is not passed by the series' own fact
    # ("global security challenges") when that leaves a word unexplained the best explains.
    through_whole = bool(top.details.get("unrelated_entities"))
    explained = set(top.details.get("unexplained_words") or ())  # type: ignore[arg-type]
    own = next((c for c in ranked[1:] if c.fact.predicate == top.fact.predicate and c.details.get("slot_hits")
                and c.score >= top.score - _OWN_FACT_MARGIN
                and not (through_whole and set(c.details.get("unexplained_words") or ()) - explained)), None)  # type: ignore[arg-type]
    if own is None:
        return ranked
    return [own, *(c for c in ranked if c is not own)]


def _fewer_words(other: Candidate, best: Candidate, index: Index) -> bool:
    """Whether a word of the question fits `best` and not `other`, other than words
    that only say the relation ("held"): then the words say which fact is meant
    ("what NEW threat did the discussions focus on"), even with no entity named."""
    missed = set(other.details.get("unexplained_words", ())) - set(best.details.get("unexplained_words", ()))  # type: ignore[call-overload]
    return any(not index.phrases_in([s]) for s in missed)


def _rival(best: Candidate, other: Candidate) -> bool:
    """Another answer to the same open question, not a sibling value of the same
    subject and relation ("supports: X" and "supports: Y" are both true)."""
    if other.answer == best.answer:
        return False
    if other.fact.predicate == best.fact.predicate and best.details.get("slot_hits") and not other.details.get(
            "slot_hits"):
        return False  # "Lal's title": Galuzin's, whose sentence names Lal, does not compete
    if best.details.get("set_aside_listed") and not other.details.get("set_aside_listed"):
        return False  # "besides terrorism, what other menace": the list with terrorism is the one meant
    siblings = other.fact.predicate == best.fact.predicate and other.given == best.given
    return not siblings and not _nested_dates(best, other) and not _explains_less(other, best) \
        and not _says_the_same(best.answer, other.answer)


def _says_the_same(answer: str, other: str) -> bool:
    """Two answers in words of one meaning, word for word ("permanent membership",
    "permanent seat"): one answer said twice, not two to choose between."""
    listed = [{item.strip().lower() for item in re.split(LIST_SEPARATOR, text) if item.strip()} for text in (answer, other)]
    if len(listed[0]) >= 2 and listed[0] == listed[1]:
        return True  # "India and Russia", "Russia and India": one pair in two orders
    mine, theirs = content_stems(answer), content_stems(other)
    return len(mine) == len(theirs) and all(
        a == b or b in RELATED_STEMS.get(a, ()) for a, b in zip(mine, theirs, strict=True))


def _explains_less(other: Candidate, best: Candidate) -> bool:
    """Whether another answer leaves unexplained every question word the best one does
    and a word of the relation besides ("how does the article label X": the facts that
    only name X leave "label" unexplained), so it is no rival to it."""
    mine = set(best.details.get("unexplained_words") or ())  # type: ignore[arg-type]
    theirs = set(other.details.get("unexplained_words") or ())  # type: ignore[arg-type]
    if not mine and len(theirs) >= 3 and float(best.details.get("word_overlap", 0.0)) >= 1.0:  # type: ignore[arg-type]
        # "what does Moscow's backing mean for India's ambitions": the fact that has every
        # word of it, against facts of the backing that leave three or more unexplained
        return True
    return mine < theirs and best.details.get("relation", 0.0) >= 0.8 and 0 < other.details.get("relation", 0.0) <= 0.5


_STANCE_WORDS = frozenset({"stance", "attitude", "view", "views", "viewpoint", "position"})  # (a title is no stance: see _stance)


_STANCE_ENDS = frozenset({"on", "about", "regarding", "towards", "toward", "concerning", "over", "with", "to"})


def _stance(best: Candidate, ranked: list[Candidate], analysis: Analysis, index: Index) -> Candidate | None:
    """"What is Russia's stance on India's UNSC bid": the relation the facts state from
    the one to the other is the answer ("supports India's bid ..."); the facts that say
    the same relation between them agree, and only another relation is a rival."""
    if not _STANCE_WORDS.intersection(analysis.tokens) or analysis.wanted not in ("thing", "any") \
            or best.slot != "object":
        return None
    fact = best.fact
    at = next(k for k, t in enumerate(analysis.tokens) if t in _STANCE_WORDS)
    holder = analysis.tokens[at - 1] if at > 0 else ""
    holders = {m.entity for m in index.mentions([index.canon.get(stem(holder), stem(holder))])} if holder else set()
    if analysis.tokens[at + 1 : at + 2] == ("of",):
        # "the stance of (the) Russia(n delegation) on ...": the holder said after it, and a
        # team speaks for the country its name names
        after = list(itertools.takewhile(lambda t: t not in _STANCE_ENDS, analysis.tokens[at + 2 :]))
        named = {m.entity for m in index.mentions([index.canon.get(stem(t), stem(t)) for t in after])}
        holders |= named | {c for e in named if index.store.entities[e].type == "group"
                            for c in _countries_in(index.store.entities[e].name, index)}
    if fact.subject not in holders or index.store.predicates[fact.predicate].describes:
        return None  # "Russia's stance": Russia's relation, not what Galuzin is ("what did Galuzin say of it")
    i = next((k for k in index.facts_by_entity.get(fact.subject, ()) if index.store.facts[k] is fact), None)
    others = analysis.entities - {fact.subject}
    if i is None or not others & (index.fact_context[i] | set(index.slot_entities(fact))):
        return None  # the question names no one the relation is to ("Russia's stance on Ukraine")
    relation = f"{index.store.predicates[fact.predicate].label} {index.store.object_text(fact)}"
    # a stance is its holder's: a fact about another's ("India seeks ...") is none
    rivals = [c for c in ranked if c.fact.subject == fact.subject and c.fact.predicate != fact.predicate]
    return replace(best, answer=relation, slot="relation", confidence=calibrated(best.score, _margin_to_rivals(best, rivals)))


def _every_event(best: Candidate, ranked: list[Candidate]) -> tuple[Candidate, list[Candidate]]:
    """"At which meetings did Lal lead the delegation": one statement true at several
    events (a fact for each) answers with all of them, not with a close call."""
    if best.slot != "event":
        return best, ranked
    same = [c for c in ranked[1:] if c.slot == "event" and c.answer != best.answer and c.score >= best.score - 0.1
            and (c.fact.subject, c.fact.predicate, c.fact.object) == (best.fact.subject, best.fact.predicate,
                                                                      best.fact.object)
            # "at which counter-terrorism meeting": the kind said picks one of them
            and not (best.details.get("hinted") and not c.details.get("hinted"))]
    if not same:
        return best, ranked
    answers = [best.answer, *dict.fromkeys(c.answer for c in same)]
    joined = f"both {answers[0]} and {answers[1]}" if len(answers) == 2 else ", ".join(answers)
    rest = [c for c in ranked[1:] if c not in same]
    # no longer a close call with its own other events: confident as far as the rest allow
    merged = replace(best, answer=joined, confidence=calibrated(best.score, _margin_to_rivals(best, rest)))
    return merged, [merged, *rest]


_PART_FITS = 0.05  # likelihood: how far behind the whole a part of it may be and still be the one meant


def _part_over_whole(best: Candidate, ranked: list[Candidate], index: Index) -> tuple[Candidate, list[Candidate]]:
    """"At which meeting did Russia voice support for India's seat": when a meeting
    and a meeting within it both fit (the Moscow talks, the UN consultations held
    there), the part is the one meant; the whole is true of it too, so it is no rival."""
    whole = str(best.details.get("entity") or "")
    if whole not in index.store.entities or index.store.entities[whole].type != "event":
        return best, ranked
    fits = float(best.details.get("likelihood", best.score))
    part = next((c for c in ranked[1:3] if whole in index.store.wholes(str(c.details.get("entity") or ""))
                 and float(c.details.get("likelihood", c.score)) >= fits - _PART_FITS), None)
    if part is None:
        return best, ranked
    chosen = replace(part, confidence=best.confidence)
    return chosen, [chosen, *(c for c in ranked if c is not part)]


def _date_span(candidate: Candidate) -> tuple[str, str] | None:
    """The (first, last) ISO dates a date answer stands for."""
    if candidate.slot == "date":
        value = candidate.fact.qualifier("date")
    elif candidate.slot == "object" and isinstance(candidate.fact.object, Literal) \
            and candidate.fact.object.kind == "date":
        value = candidate.fact.object.value
    else:
        return None
    first, _, last = str(value).partition("/")
    return first, last or first


def _date_part(best: Candidate, analysis: Analysis) -> Candidate:
    """"In what month and year": "December 2024 (December 19-20, 2024)"; "which year":
    "2024 (...)". The part asked first, the full date beside it, as for a first name."""
    span = _date_span(best)
    asked = {"month", "year", "years", "months"} & set(analysis.tokens)
    if not span or not asked or {"day", "days", "date", "dates"} & set(analysis.tokens):
        return best  # "which days near the end of the year": the days are asked
    try:
        first, last = date.fromisoformat(span[0]), date.fromisoformat(span[1])
    except ValueError:
        return best
    if {"month", "months"} & asked:
        part = first.strftime("%B %Y") if (first.year, first.month) == (last.year, last.month) else None
    else:
        part = str(first.year) if first.year == last.year else None
    if part is None:
        return best  # a span across months or years has no one month or year
    return replace(best, answer=f"{part} ({best.answer})")


def _nested_dates(a: Candidate, b: Candidate) -> bool:
    """December 19 and December 19-20 do not contradict each other: one holds the other."""
    x, y = _date_span(a), _date_span(b)
    if not x or not y:
        return False
    return (x[0] <= y[0] and y[1] <= x[1]) or (y[0] <= x[0] and x[1] <= y[1])


def _widest_date(best: Candidate, ranked: list[Candidate]) -> Candidate:
    """Among dates about as likely as the best that hold it ("when were the talks":
    the 19th began them, the 19th-20th is when they were), the widest."""
    span = _date_span(best)
    if not span:
        return best
    if best.details.get("other_relation"):
        # "which day did the talks begin": the date of the relation asked (the 19th), not
        # the wider one of another relation (held on the 19th-20th), as likely or near
        exact = next((c for c in ranked[1:] if not c.details.get("other_relation") and c.details.get("relation", 0) >= 0.8
                      and c.score >= best.score - 0.05 and _nested_dates(best, c)), None)
        if exact is not None:
            return exact
    for c in ranked[1:]:
        other = _date_span(c)
        if other and c.score >= best.score - 0.05 and other[0] <= span[0] and span[1] <= other[1] and other != span \
                and not (c.details.get("other_relation") and not best.details.get("other_relation")):
            best, span = c, other
    return best


_ORDINAL_NUMBERS = {w: n for n, w in enumerate("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(), start=1)}


def _another_round(analysis: Analysis, index: Index) -> Answer | None:
    """"Were the UN talks the fifth round?": a meeting has one place in its series, so
    a fact that gives it another ("the sixth round") says no. Only when the round is
    the one relation asked, of one meeting named, with one number said and no other
    word the facts lack ("was the 12th JWG held in Moscow" asks of another meeting)."""
    if analysis.wanted != "yesno" or analysis.options:
        return None
    # ("the fifth round": the series noun after an ordinal says the round at half strength)
    strong = [p for p, (strength, _) in analysis.predicates.items() if strength >= 0.8 or p == "round"]
    said = _ordinals_said(analysis)
    events = {m.entity for m in analysis.mentions if index.store.entities[m.entity].type == "event"}
    if strong not in (["round"], []) or len(said) != 1 or len(events) != 1 or analysis.entities - events \
            or set(analysis.unknown) - set(analysis.strange):
        return None
    event = next(iter(events))
    facts = [index.store.facts[i] for i in index.facts_by_entity.get(event, ())
             if index.store.facts[i].predicate == "round" and index.store.facts[i].subject == event]
    if len(facts) != 1 or not isinstance(facts[0].object, Literal) or facts[0].object.kind != "number":
        return None
    fact = facts[0]
    if int(float(fact.object.value)) == said[0]:  # type: ignore[union-attr]
        return None  # the round said is the fact's: the usual reading confirms it
    text = f"No: {fact.object.text}"  # type: ignore[union-attr]
    found = Candidate(fact, text, "no", 1.0, _ONE_VALUE_CONFIDENCE, event, {"entity": ""})
    return Answer(analysis.question, True, text, _ONE_VALUE_CONFIDENCE, None, fact, (found,), analysis, ())


def _place_in_series(analysis: Analysis, index: Index) -> Candidate | None:
    """"Which JWG meeting was held?", "which Joint Working Group was it": one meeting
    named right after "which" and asked no more than that it was held (where and when
    the facts say) is asked its place in its series, which its one round fact gives."""
    if analysis.wanted != "ordinal" or analysis.hint is None or analysis.unknown or analysis.strange:
        return None
    rounds = [i for i in index.facts_by_entity.get(analysis.hint, ())
              if index.store.facts[i].predicate == "round" and index.store.facts[i].subject == analysis.hint]
    if len(rounds) != 1:
        return None
    asked = {p for p, (strength, _) in analysis.predicates.items() if strength >= 0.6}
    context = index.fact_context[rounds[0]]
    if asked - _HELD_RELATIONS - _MEETING_RELATIONS - {"round"} or any(m.entity not in context for m in analysis.mentions):
        return None  # "which JWG meeting discussed Ukraine" asks more than its place
    fact = index.store.facts[rounds[0]]
    if _held_elsewhere(fact, analysis, index):
        return None  # "which JWG was held in Delhi"
    return Candidate(fact, index.store.object_text(fact), "object", 1.0, _ONE_VALUE_CONFIDENCE, fact.subject,
                     {"entity": ""})


def _says_number(value: Literal, analysis: Analysis) -> bool:
    """Whether the question says the number a literal holds, as an ordinal or in digits."""
    said = {*_ordinals_said(analysis), *(int(t) for t in analysis.tokens if t.isdigit() and len(t) < 5)}
    return float(value.value) in said


def _ordinals_said(analysis: Analysis) -> list[int]:
    """The ordinals the question says, as numbers ("13th", "sixth")."""
    return [_ORDINAL_NUMBERS.get(t) or int(t[:-2]) for t in analysis.tokens if _is_ordinal(t)]


def _is_ordinal(token: str) -> bool:
    return token in _ORDINAL_NUMBERS or re.fullmatch(r"\d+(?:st|nd|rd|th)", token) is not None


# "how many rounds before the sixth": the count stops short of the round said
_BEFORE_WORDS = frozenset({"before", "earlier", "previous", "prior", "preceding"})
_ONE_VALUE_CONFIDENCE = 0.9  # a relation with one value per subject, read from the one fact that gives it


def _nothing_reason(analysis: Analysis, index: Index) -> str:
    if analysis.wanted == "yesno":
        return "no fact says whether this is so"
    if analysis.ahead:
        if (BEHIND | {"before", "last"}) & set(analysis.tokens):
            return "the facts report these events; none says what came before them"
        return "the facts report what happened; none says what comes next"
    if analysis.unknown:
        return f"the facts say nothing about {', '.join(repr(w) for w in analysis.unknown)}"
    if not analysis.mentions and not analysis.predicates:
        return "the question names nothing the facts know"
    return "no fact states what is asked"


def rank(analysis: Analysis, index: Index) -> list[Candidate]:
    parties = re.search(_PLURAL_PARTIES, analysis.question) if analysis.wanted == "country" else None
    if parties and analysis.done_to_asked and any(analysis.predicates.get(p, (0.0,))[0] >= 0.8 for p in _TALKED_OVER):
        # "which countries were covered in the consultations": what was talked about,
        # never the parties who did the talking
        parties = None
    if parties and " two " not in analysis.question.lower() and not any(
            index.store.entities[m.entity].type == "country" for m in analysis.mentions):  # "which countries did Russia back"
        # "which countries shared experiences ...": asked as "which two" is (the parties
        # of a meeting that did it count), and answered only by a pair
        noun = set(index_stems(parties.group(1), index))
        paired = replace(analysis, wanted="thing", focus=None, stems=tuple(s for s in analysis.stems if s not in noun))
        found = [c for c in _rank(paired, index) if c.slot == "pair"]
        if found:
            return found
    ranked = _rank(analysis, index)
    if analysis.wanted == "ordinal" and analysis.mentions and re.match(_ROUND_OF, analysis.question):
        # "which round of consultations did they hold alongside the JWG": the round of the
        # meeting named right after "round of", not of one named later
        owner = min(analysis.mentions, key=lambda m: m.start).entity
        own = [c for c in ranked if c.fact.subject == owner]
        if own:
            kept = [c for c in ranked if c.fact.subject == owner or c.fact.predicate != own[0].fact.predicate]
            ranked = [replace(c, confidence=calibrated(c.score, _margin_to_rivals(c, kept))) for c in kept]
    passage = passage_asked(analysis.question)
    if passage:
        # "per the opening summary, what did the talks also focus on": what that
        # paragraph says, when one of the facts quotes it
        inside = [c for c in ranked if in_passage(index.store.sources[c.fact.source].text, c.fact.quote.start, passage)]
        return inside or ranked
    return ranked


_ROUND_OF = (r"(?i)^\s*(?:in\s+)?(?:which|what)\s+(?:number(?:ed)?\s+)?(?:round|session|edition|sitting|iteration|"
             r"instalment|installment|meeting)\s+of\s+(?!(?:the\s+)?(?:two|both|these|those|them)\b)")


def _kind_in_name(analysis: Analysis, index: Index) -> bool:
    """Whether the noun that says the kind asked is a word of the one name said."""
    form = analysis.mentions[0].form
    return any(NOUN_TYPES.get(t) == analysis.wanted and stem(t) in form.stems for t in analysis.tokens)


def _demonym_of_a_person(named: str, analysis: Analysis, index: Index) -> bool:
    """"russian official name": the country said as an adjective of the person whose
    name is asked, not the country whose full name is."""
    entity = index.store.entities[named]
    return analysis.wanted == "person" and entity.type == "country" and entity.name.lower() not in analysis.tokens


_TALKED_OVER = frozenset({"discussed", "concerns"})  # relations whose object is a topic, not a party


def _rank(analysis: Analysis, index: Index) -> list[Candidate]:
    named_one = analysis.mentions[0].entity if len(analysis.mentions) == 1 else None
    # "the full name of the UN body India wants to join": the kind of thing named (an
    # organization) says the name asked is another's, which India's clause describes
    named_kind = named_one is not None and (analysis.wanted in ("person", "thing", "any") or
                                            _fit(analysis.wanted, named_one, index) >= 1.0 or
                                            # "the full name of the working group": the kind
                                            # asked is a word of the name said
                                            _kind_in_name(analysis, index))
    if analysis.tokens[:1] in (("who",), ("whom",)) and named_one is not None \
            and index.store.entities[named_one].type != "person":
        named_kind = False  # "Who led the Indian delegation? Full name.": the person's, not the team's
    if analysis.name_part == "full" and named_kind and index.store.entities[named_one].type != "topic" \
            and not _demonym_of_a_person(named_one, analysis, index) and (
            # "the full name of the ministry where Lal works" asks for the ministry's, not Lal's;
            # a topic's name is the facts' label for it, which no one calls it
            not analysis.focus or _is_a(index.store.entities[named_one], analysis.focus, index)):
        full = _full_name(analysis, index)  # "the full name of the MEA"
        if full:
            return [full]
    if _asks_name_of_alias(analysis, index):
        full = _full_name(analysis, index)  # "what is the name of the Indian foreign ministry"
        if full:
            return [full]
    named = _named_person(analysis, index) or _name_behind_title(analysis, index) or _name_part_choice(analysis, index)
    if named:
        return [named]
    if analysis.describe and not passage_asked(analysis.question) and not analysis.set_aside:
        # ("apart from terrorism, what else were the talks about": a topic, not the card)
        # ("what is continued collaboration, according to the last paragraph": what that
        # paragraph calls it, not the entity's card)
        card = _card(analysis, index)
        if card:
            return [card]
    if analysis.abbreviate:
        short = _short_form(analysis, index)
        if short:
            return [short]
    place = _place_in_series(analysis, index)
    if place:
        return [place]
    if analysis.wanted == "number" and re.search(_HOW_MANY_ROUNDS, " ".join(analysis.tokens)):
        # "how many rounds have there been": the sixth round makes six, five before it
        before = bool(_BEFORE_WORDS & set(analysis.tokens))
        # "how many times have they held the JWG": holding or meeting is what is counted,
        # no relation of its own ("times" with it)
        held = {p for p in analysis.predicates if p in _MEETING_RELATIONS | _HELD_RELATIONS}
        counted = {s for s in analysis.stems if s == "time" or (
            index.phrases_in([s]) and set(index.phrases_in([s])) <= held)}
        ordinal = replace(analysis, wanted="ordinal", focus=None,
                          predicates={p: v for p, v in analysis.predicates.items() if p not in held},
                          stems=tuple(s for s in analysis.stems if s not in counted))
        # "how many rounds has Lal led": a series' count is no count of a person's part in it
        people = {m.entity for m in analysis.mentions if index.store.entities[m.entity].type == "person"}
        return [c for c in (_round_count(c, before) for c in rank(ordinal, index))
                if c and people <= set(index.slot_entities(c.fact))]
    if analysis.wanted in ("number", "any") and re.search(r"\bhow many days\b|\bhow long (did|do|does|was|were)\b",
                                                        " ".join(analysis.tokens)):
        # "how many days did the meetings last": counted from the dates the facts give
        # "last" and "long" ask the length, not the day the talks ended
        spans = replace(analysis, wanted="date", focus=None, stems=tuple(s for s in analysis.stems if s not in ("last", "long")))
        if re.search(r"\b(?:each|every|per|a|one) (?:day|session|meeting)\b|\bdaily\b|\bhours?\b", " ".join(analysis.tokens)):
            return []  # "how long did the talks last each day": hours, which no date says
        return [c for c in (_day_count(c) for c in rank(spans, index)) if c]
    bridges = _bridges(analysis, index)
    reported = _reported_relations(analysis, index)  # once per question, not per fact
    candidates = [c for i in _candidate_facts(analysis, index, bridges)
                  if (c := _score(i, analysis, index, bridges, reported))]
    if analysis.excluded:
        # "besides the JWG, at what other talks did Lal lead India": the one set aside
        # is no answer, in whichever slot it would be
        candidates = [c for c in candidates if c.details.get("entity") not in analysis.excluded]
    if analysis.kind_of:
        # the options of "permanent or non-permanent" are not said: one of them is asked
        said = set(analysis.stems) - {s for option in analysis.option_stems for s in option}
        own = {s for m in analysis.mentions for s in index_stems(index.store.entities[m.entity].name, index)}
        candidates = [k for c in candidates if (k := _kind_answer(c, analysis.kind_of, index, said, own))]
    if analysis.abbreviate:
        candidates = [_as_short_form(c, index) for c in candidates]
    # as typed, or as corrected ("which two countrys" reads "two country")
    unquoted = re.sub(r"(?<!\w)['\"\u2018\u201c]|['\"\u2019\u201d](?!\w)", "", analysis.question)  # "which 'two sides'"
    pair = (re.search(_PAIR, unquoted) or re.search(_PAIR, " ".join(analysis.tokens))) \
        if " two " in unquoted.lower() or " pair of " in unquoted.lower() else None
    if pair is None and analysis.wanted == "thing" and analysis.focus is None:
        pair = re.search(_PLURAL_PARTIES, unquoted)  # as rank() asks "which countries": see there
    if pair:
        kinds = _PAIR_TYPES[_PLURALS.get(pair.group(1).lower(), pair.group(1).lower())]
        candidates = [p for c in candidates if (p := _pair_answer(c, kinds, index))]
    if analysis.wanted == "event" and " two " in unquoted.lower() and re.search(_ONE_OF_TWO_EVENTS, unquoted):
        # "at which of the two meetings": one of two that make up a whole, not the whole
        wholes = {e.part_of for e in index.store.entities.values() if e.part_of}
        candidates = [c for c in candidates if c.details.get("entity") not in wholes]
    if any(c.details["bridged"] for c in candidates):
        # Two hops asked ("the title of the head of the delegation"): the first hop's
        # answer is a step, not the answer, unless a person is what is asked for, or
        # the step is by the relation asked and is the thing asked ("which ministry
        # employs Lal": the MEA, not what "MEA" stands for)
        # (or, with one relation asked, the step is of the type asked: "what group did
        # Lal lead" is answered by the delegation, not by the country it stands for)
        person = analysis.wanted in ("agent", "person")
        one_hop = _relations_asked(analysis, index) < 2
        candidates = [c for c in candidates if not (c.details["bridged"] if person else c.details["bridge_source"] and not (
            c.details.get("relation") and (c.details.get("focus_in_answer")
                                           or (one_hop and c.details.get("type_fit", 0.0) >= 1.0))))]
    if analysis.tokens[:2] in _WHOM_DID and analysis.wanted in ("agent", "person"):
        # "whom did the officer holding the Secretary (West) post meet": the one he met,
        # not the officer himself, whom the question names by his post
        unnamed = [c for c in candidates if c.details.get("entity") not in analysis.entities]
        if any(c.details.get("relation", 0.0) >= 0.8 for c in unnamed):  # type: ignore[operator]
            candidates = unnamed
    candidates.sort(key=lambda c: (-c.score, -c.details["heuristic"], c.fact.id))
    candidates = _own_fact_first(candidates)
    # keep the best candidate per answer text
    seen: set[str] = set()
    unique = []
    for c in candidates:
        key = c.answer.lower()
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return [replace(c, confidence=calibrated(c.score, _margin_to_rivals(c, unique))) for c in unique]


# A wh-word then "did": the doing's object is asked ("whom did X meet"), X its subject
_WHOM_DID = frozenset((wh, aux) for wh in ("who", "whom") for aux in ("did", "does", "do"))
# "Which two countries took part": a pair, of a kind the facts' entities have.
_ONE_OF_TWO_EVENTS = r"(?i)\bwhich\s+(?:one\s+)?of\s+(?:the|these|those)\s+two\s+\w+"
_PAIR = r"(?i)\b(?:which|what)\s+(?:two|pair\s+of)\s+(countries|nations|states|cities|people|officials|persons|men|" \
        r"delegations|sides|country|nation|city|official|delegation|side)\b"
# "which countries shared experiences ...": countries, more than one, and the two a
# sentence names are the answer as for "which two countries"
_PLURAL_PARTIES = r"(?i)\b(?:which|what)\s+(countries|nations|sides|countrys(?=\s*\??\s*$))\b"  # not "countrys delegation"
_PLURALS = {"country": "countries", "countrys": "countries", "nation": "nations",
            "city": "cities", "official": "officials",
            "delegation": "delegations", "side": "sides"}
_PAIR_TYPES = {"countries": ("country",), "nations": ("country",), "states": ("country",), "cities": ("city",),
               "people": ("person",), "officials": ("person",), "persons": ("person",), "men": ("person",),
               "delegations": ("group",), "sides": ("group", "country")}


def _acts(entity: str, index: Index) -> bool:
    """Whether some fact has the entity as its subject: it does something."""
    return any(index.store.facts[i].subject == entity for i in index.facts_by_entity.get(entity, ()))


def _pair_answer(candidate: Candidate, kinds: tuple[str, ...], index: Index) -> Candidate | None:
    """The two entities of the kind asked that the fact's sentence names, in its order
    ("India and Russia"); a sentence naming one, or three, answers no pair."""
    sentence = index.sentence_text[candidate.fact.id]
    named = {m.entity for m in index.mentions(index_stems(sentence, index), exclusive=False)}
    store = index.store
    # (a country that does nothing in any fact is talked about, not one of a pair that
    # acts: "the conflict in Ukraine" names Ukraine beside Russia)
    found = [e for e in named if store.entities[e].type in kinds and _acts(e, index)]
    parties = index.parties(candidate.fact) if "country" in kinds else ()
    if not all(_acts(e, index) for e in parties):
        parties = ()
    if parties:
        # the countries a meeting is between, not others its sentence names ("the talks
        # also covered ... the conflict in Ukraine": Ukraine took no part)
        found = list(parties)
    event = store.entities.get(candidate.fact.subject)
    if not found and event is not None and event.type == "event":
        # "which two sides agreed to enhance cooperation": the JWG did, and its
        # description names its two sides ("the India-Russia Joint Working Group")
        sentence = f"{event.name} {event.description}"
        found = [m.entity for m in index.mentions(index_stems(sentence, index), exclusive=False)
                 if store.entities[m.entity].type in kinds and m.entity != event.id]
        found = list(dict.fromkeys(found))
    if len(found) != 2:
        return None
    low = sentence.lower()

    def where(entity: str) -> int:
        places = [low.find(n.lower()) for n in (store.entities[entity].name, *store.entities[entity].aliases)]
        return min((p for p in places if p >= 0), default=len(low))
    first, second = parties or sorted(found, key=lambda e: (where(e), e))
    features = {k: v for k, v in candidate.details.items() if isinstance(v, float)}
    features.update(type_fit=1.0)
    likelihood = probability(features)
    return replace(candidate, answer=f"{store.entities[first].name} and {store.entities[second].name}", slot="pair",
                   score=likelihood, confidence=likelihood,
                   details={**candidate.details, **features, "likelihood": round(likelihood, 4), "entity": ""})


_TEXT_WORD = r"[\w\u2019'-]+"


def _kind_answer(candidate: Candidate, noun: tuple[str, ...], index: Index, asked: set[str],
                 named: frozenset[str] | set[str] = frozenset()) -> Candidate | None:
    """"What kind of UNSC": the words that qualify the noun where the fact's quote says
    it ("a reformed UNSC" -> "reformed UNSC"); no qualifier, no answer. When the noun
    names an entity ("Security Council"), its name or acronym in the quote will do, and
    words of its own name ("United Nations") are not a kind."""
    # the noun as asked, or a word the facts may use for it ("backing": "support")
    # (a word of a name the question gives is that name's, not the noun's: "Working" of
    # the working group is no "cooperation")
    nouns = [noun, *((r,) for r in sorted(RELATED_STEMS.get(noun[0], ())) if len(noun) == 1 and r not in named)]
    own: set[str] = set()
    entities = index.mentions(list(noun))
    named_by = entities[0].entity if entities and entities[0].size == len(noun) else None
    if named_by is None:
        # "what kind of Council": the one thing whose name ends in the noun (the Security Council)
        heads = {f.entity for f in index.forms_under(noun[-1]) if f.stems[-1] == noun[-1] and len(f.stems) > 1}
        named_by = next(iter(heads)) if len(heads) == 1 else None
    if named_by is not None:
        entity = index.store.entities[named_by]
        own = set(index_stems(entity.name, index))
        # its name and acronyms: other aliases may carry a qualifier themselves ("high-level meetings")
        nouns += [tuple(index_stems(f, index)) for f in (entity.name, *entity.aliases)
                  if f == entity.name or (f.isupper() and not is_code(f, entity.name))]
    for text in (candidate.fact.quote.text, index.sentence_text[candidate.fact.id]):
        answer = next((a for n in nouns if n and (a := _qualified(text, n, index))
                       and not set(index_stems(a, index)) <= own and _a_kind(a, n, asked, index)), None)
        if answer:
            # The noun found in the quote anchors the answer as a named slot would, and
            # a qualifier is the kind of thing asked for: rescore on that footing.
            features = {k: v for k, v in candidate.details.items() if isinstance(v, float)}
            features.update(slot_hits=max(1.0, features["slot_hits"]), entities_unplaced=0.0, type_fit=1.0)
            likelihood = probability(features)
            details = {**candidate.details, **features, "likelihood": round(likelihood, 4)}
            return replace(candidate, answer=answer, slot="kind", score=likelihood, confidence=likelihood,
                           details=details)
    return None


def _a_kind(qualified: str, noun: tuple[str, ...], asked: set[str], index: Index) -> bool:
    """Whether the words before the noun tell a kind the question does not already say
    ("UNSC membership" asked as "India UNSC membership type" says nothing new) and are
    no person's name ("Lal meeting" in "with Lal meeting Galuzin" is a clause)."""
    said = [s for s in index_stems(qualified, index) if s not in noun]
    if not said or set(said) <= asked:
        return False
    named = index.mentions(said)
    # "UNSC" in "what type of Security Council membership" is said, by another name
    return not any(index.store.entities[m.entity].type == "person" or (
        m.size == len(said) and set(_name_stems(m.entity, index)) & asked) for m in named)


# Verbs of saying: "what did X say" asks what was said.
_SAYING = frozenset({"say", "says", "said", "state", "states", "stated", "announce", "announced", "announces"})


def _sayer(analysis: Analysis) -> str | None:
    """The one named right before the verb of saying ("what did Russia say"), if any."""
    for m in analysis.mentions:
        after = [s for s in analysis.stems[m.end + 1 : m.end + 4] if s not in _AGAIN_STEMS]
        if after[:1] in (["say"], ["stat"]):  # ("what Russia again said")
            return m.entity
    return None


_AGAIN_STEMS = frozenset(stem(w) for w in "again also once more then really firmly officially".split())


def _reported_relations(analysis: Analysis, index: Index) -> set[str]:
    """The relations a "what did X say" question names by its verb of saying."""
    # as asked: the reading sets a verb that frames a clause aside ("signal about" is "say about")
    said = words(re.sub(SAID_IN_OTHER_WORDS, r"\1say ", analysis.question))
    if not said or analysis.tokens[:1] != ("what",):  # as corrected: "wat did Russia say"
        return set()
    return {p for t in said if t in _SAYING for p in index.phrases_in([stem(t)])}


def _named_here(focus: str, analysis: Analysis, context: frozenset[str], index: Index) -> bool:
    """Whether the asked noun is a word of a name the question gives to something this
    fact names otherwise ("what sort of Security Council": the fact says "UNSC")."""
    return any(focus in m.form.stems for m in analysis.mentions if m.entity in context)


def _name_stems(entity: str, index: Index) -> list[str]:
    """The stems of every name of an entity: its name and aliases."""
    named = index.store.entities[entity]
    return [s for form in (named.name, *named.aliases) for s in index_stems(form, index)]


def _qualified(quote: str, noun: tuple[str, ...], index: Index) -> str | None:
    found = list(re.finditer(_TEXT_WORD, quote))
    # one stem per written word; a hyphenated word ("cross-border") by its last part
    stems = [index.canon.get(s, s) for s in (stem((words(m.group()) or [""])[-1]) for m in found)]
    head = noun[-1]
    for at, s in enumerate(stems):
        written = found[at].group().lower()
        verb = written in IRREGULAR_PAST or (len(written) > 4 and written.endswith("ed"))
        if s != head or (verb and written not in ADJECTIVES_LIKE_VERBS):
            continue  # ("what kind of happenings": "held", a verb of the same stem, qualifies nothing)
        start = at - len(noun) + 1 if tuple(stems[max(0, at - len(noun) + 1) : at + 1]) == noun else at
        modifiers = []
        k = start - 1
        while k >= 0 and len(modifiers) < 5:
            word = found[k].group()
            low = word.lower()
            between = quote[found[k].end() : found[k + 1].start()]
            if low in ("and", "or") and modifiers and k > 0 and not between.strip():
                # "regional and global developments": coordinated modifiers are one kind
                modifiers.insert(0, word)
                k -= 1
                continue
            if low in STOPWORDS or between.strip(" ,") or low.endswith(("\u2019s", "'s")) or (
                    len(low) > 4 and low.endswith(("ed", "ing")) and low not in ADJECTIVES_LIKE_VERBS):
                break
            modifiers.insert(0, word)
            k -= 1
        while modifiers and modifiers[0].lower() in ("and", "or"):
            modifiers.pop(0)  # a conjunction with nothing before it belongs to the sentence
        first = start - len(modifiers)
        if modifiers and first > 0 and found[first - 1].group().lower() == "to":
            modifiers.pop(0)  # "to combat terrorism": a verb, not a kind
            first += 1
        if modifiers:
            return quote[found[first].start() : found[at].end()]
    return None


def _margin_to_rivals(candidate: Candidate, ranked: list[Candidate]) -> float:
    rival = next((c for c in ranked if c is not candidate and _rival(candidate, c)), None)
    return _margin(candidate, rival) if rival is not None else MAX_MARGIN


def _margin(candidate: Candidate, rival: Candidate) -> float:
    """How far ahead of a rival answer a candidate is, in log-odds."""
    return max(-MAX_MARGIN, min(MAX_MARGIN, logit(candidate.score) - logit(rival.score)))


def _candidate_facts(analysis: Analysis, index: Index, bridges: dict[str, str]) -> list[int]:
    """Facts that share an entity, a relation or a content word with the question."""
    wanted = set()
    for entity in (*analysis.entities, *bridges):
        wanted.update(index.facts_by_entity.get(entity, ()))
    if analysis.entities:
        # Only facts with a named entity in their context: any other has the question's
        # entities unplaced and unrelated, which the confidence model weighs heavily
        # against. Skipping them saves scoring the thousands of facts that merely share
        # the relation in a big store (bench/scale.py). Measured on the gold files, it
        # turns one or two refusals of the held-out questions into wrong answers, as a
        # far-off rival no longer lowers the winner's margin: the price of scale.
        stems = set(analysis.stems)
        need = max(1, sum(1 for s in stems if index.knows_stem(s)) // 2)
        # A relation said in full ("exchange experiences") may be stated of something
        # the question names differently ("both nations" for India and Russia): its
        # facts count too, when the relation is rare enough to scan.
        quoted_need = max(2, (len(stems) + 1) // 2)  # in the quote itself: the relation's own words are not enough
        for predicate, (strength, _) in analysis.predicates.items():
            facts = index.relation_facts(predicate, _SCAN_LIMIT) if strength >= 1.0 else ()
            if facts:
                expanded = [_expanded(s) for s in stems]
                wanted.update(i for i in facts
                              if sum(1 for e in expanded if e & index.quote_stems[i]) >= quoted_need)
        for entity in analysis.entities:
            for i in index.facts_by_context.get(entity, ()):
                if i not in wanted and (index.store.facts[i].predicate in analysis.predicates
                                        or len(stems & index.fact_stems[i]) >= need):
                    wanted.add(i)
            for person in _members(entity, index):
                # "whom did the Indian officials meet": what the one who led them did
                wanted.update(i for i in index.facts_by_context.get(person, ())
                              if index.store.facts[i].predicate in analysis.predicates)
        return sorted(wanted)
    for predicate in analysis.predicates:
        wanted.update(index.facts_by_predicate.get(predicate, ()))
    stems = set(analysis.stems)
    # a word no fact has can be shared by none, so it does not raise the bar for the rest
    known = {s for s in stems if index.knows_stem(s)}
    wanted |= index.facts_sharing(stems, max(1, len(known) // 2))
    return sorted(wanted)


_SCAN_LIMIT = 200  # facts of one relation scanned for a question that also names entities


def _text_given_in_other_words(lit: tuple[str, ...], analysis: Analysis, naming_subject: set[str], entities: set[str],
                               index: Index) -> bool:
    """Whether the question says every word of a text object, a word in one of the same
    meaning ("seat" for "membership") or a name in another of its forms ("UNSC" for
    "United Nations Security Council"). The subject's own name is no such form: "is the
    JWG a joint working group on ..." does not give what "JWG" stands for."""
    if not lit:
        return False
    named = {s for m in index.mentions(list(lit), exclusive=False) if m.entity in entities for s in m.form.stems}
    said = {r for s in analysis.stems if s not in naming_subject for r in _expanded(s)}
    return all(s in said or s in named for s in lit)


# Where a text's head noun phrase ends: "India's bid | to become ...", "joint efforts | to combat"
_HEAD_ENDS = r"(?i)\s+(?:to|of|at|in|on|for|by|from|with|about|posed|that|which|who|and)\b|[,;(]"


def _head_given(text: str, analysis: Analysis, index: Index) -> bool:
    """Whether a yes-or-no question says a text object's head noun ("the bid" of
    "India's bid to become a permanent member ..."), the word that names it, every
    other word of the question being explained already (the caller checks)."""
    head = re.split(_HEAD_ENDS, text, maxsplit=1)[0].split()
    if not head:
        return False
    # the head said in the fact's own word: a word of like meaning ("seat" for
    # "membership") leaves a fact that says the question's word to confirm it
    stems = index_stems(head[-1], index)
    return bool(stems) and stems[-1] in analysis.stems


def _expanded(stem_: str) -> set[str]:
    return {stem_, *RELATED_STEMS.get(stem_, ()), *everyday_related(stem_)}


def _date_end_words(analysis: Analysis, index: Index) -> set[str]:
    """Everyday words ("start", "end") of the question that say only relations whose
    facts give dates, used as verbs (not "the end of the year")."""
    said = index.relation_words(list(analysis.stems))
    tokens = analysis.tokens
    out = set()
    for k, token in enumerate(tokens):
        s = stem(token)
        if s not in _GENERIC_STEMS or (k and tokens[k - 1] in ("the", "a", "an", "its", "their")) or \
                (k + 1 < len(tokens) and tokens[k + 1] == "of"):
            continue
        relations = [p for p, words in said.items() if s in words]
        if relations and all(_relation_gives(p, "date", index) and not _relation_gives(p, "place", index)
                             and analysis.predicates.get(p, (0.0,))[0] >= 0.8 for p in relations):
            out.add(s)
    return out


def _relations_asked(analysis: Analysis, index: Index) -> int:
    """How many relations the question asks: relations said by the same words are one
    ("what was held in Moscow": held in and held on are both "held"), not two."""
    said_by = index.relation_words(list(analysis.stems))
    # a relation only a name's word hints at ("Working" in "Joint Working Group": works
    # at) counts half, and is no relation asked
    return len({said_by.get(p, frozenset()) for p, (strength, _) in analysis.predicates.items() if strength >= 0.5})


def _bridges(analysis: Analysis, index: Index) -> dict[str, str]:
    """Entities one asked-about relation away from a named one: in "the title of the
    head of the Indian delegation", the delegation's leader. entity -> the relation
    that reached it; a second relation in the question is then asked of that entity."""
    # Two relations asked, or a type no named entity's relations give directly ("which
    # country's team did Vershinin head": a team, whose country is one step on).
    if (len(analysis.predicates) < 2 or _relations_asked(analysis, index) < 2) and analysis.wanted not in _STRICT_TYPES:
        return {}
    out: dict[str, str] = {}
    for entity in sorted(analysis.entities):  # sorted: the first relation found must not depend on hashing
        for i in index.facts_by_entity.get(entity, ()):
            fact = index.store.facts[i]
            if fact.predicate not in analysis.predicates or not isinstance(fact.object, str) \
                    or analysis.predicates[fact.predicate][0] < 0.5:
                continue  # a relation only a name hints at ("talks": met) leads nowhere
            other = fact.object if fact.subject == entity else fact.subject
            if other not in analysis.entities:
                out.setdefault(other, fact.predicate)
    return out


def _score(i: int, analysis: Analysis, index: Index, bridges: dict[str, str],
           reported: set[str] | frozenset[str] = frozenset()) -> Candidate | None:
    store = index.store
    fact = store.facts[i]
    entities = analysis.entities
    if analysis.excluded & {fact.subject, fact.object if isinstance(fact.object, str) else ""}:
        return None
    if analysis.excluded and fact.subject in {w for e in analysis.excluded for w in store.wholes(e)} \
            and fact.subject not in entities:
        return None  # "apart from the UN consultations, which other forum met": not the talks that hold them
    if analysis.ahead and not (AHEAD | BEHIND).intersection(words(fact.quote.text)):
        return None  # a question about what comes next, a fact about what happened
    context = index.fact_context[i]
    if fact.qualifier("role"):
        linked, named = _linked_by_role(fact, analysis, index)
        if named & entities and not linked and not context & entities:
            return None  # found through the role text only, and the role is not what is asked
        context = context | linked
    doc = index.fact_stems[i]
    sentence = index.sentence_stems[i]

    def bridged(entity: object) -> bool:
        via = bridges.get(entity) if isinstance(entity, str) else None
        # (a relation only a name's word hints at, half strength, is no second hop asked)
        asked = analysis.predicates.get(fact.predicate, (0.0,))[0] >= 0.5 or len(analysis.predicates) < 2
        return via is not None and asked and fact.predicate != via

    obj = fact.object
    literal = isinstance(obj, Literal)
    subject_bridged = fact.subject not in entities and bridged(fact.subject)
    object_bridged = not literal and obj not in entities and bridged(obj)
    lit = index.literal_stems[i]
    entities = entities - _named_as_asked(analysis, index)
    subject_given = (fact.subject in entities and not _named_by_this_role(fact.subject, lit, analysis)) or subject_bridged
    # "which Russian official discussed Ukraine with India": Lal, who led India's side,
    # is the one the question names by his side
    side = set() if subject_given or analysis.wanted == "yesno" or fact.object in entities \
        or not _is_person(fact.object, index) else _side_named(fact.subject, entities, context, analysis, index)
    subject_given = subject_given or bool(side)
    parties_did = not subject_given and analysis.wanted not in ("event", "yesno") and not analysis.options \
        and not analysis.set_aside and not entities and re.search(_BOTH_DID, " ".join(analysis.tokens)) is not None \
        and fact.subject in store.entities and store.entities[fact.subject].type == "event" \
        and bool(met := set(index.parties(fact))) and met <= index.fact_context[i]
    # "what did the two delegations exchange regarding terror financing": the parties
    # said together are the doer, when the fact's sentence says them too ("Both nations
    # shared ...", "India and Russia reinforced ..."), and what they did is asked, however
    # much of it the question also says
    subject_given = subject_given or parties_did
    # the words of "X or Y" are what is asked, not what is given
    offered = {s for option in analysis.option_stems for s in option}
    # words spent naming the subject do not also give its object: "at the Joint Working
    # Group on Counter-Terrorism, what ..." names the JWG, not what "JWG" stands for (a
    # title that names the person, "who is the Secretary (West)", gives no subject)
    naming_subject = {s for m in analysis.mentions if m.entity == fact.subject for s in m.form.stems} \
        if subject_given else set()
    # "on which platforms did the JWG ...": the noun asked after is what is wanted, not
    # given (but "what current situation in Ukraine ..." says which one, in the fact's words)
    asked_noun = {analysis.focus} if analysis.wanted == "thing" and analysis.focus \
        and not set(analysis.modifiers) & set(lit) else set()
    matched_lit = [s for s in lit if s in analysis.stems and s not in offered and s not in naming_subject
                   and s not in asked_noun]
    lit_cover = len(matched_lit) / len(lit) if literal and lit else 0.0
    # a title's rank word left out names another office ("foreign minister" is not
    # "deputy foreign minister")
    rank_missing = bool(RANK_STEMS.intersection(lit) - set(analysis.stems))
    # a number gives the object ("the 13th", "December 21"), but a year only narrows a
    # date ("when in 2024 were the talks held")
    object_given = (not literal and (obj in entities or object_bridged)) or (literal and not rank_missing and (
        lit_cover >= 0.99 or (len(lit) >= 4 and lit_cover >= 0.75)
        or any((any(c.isdigit() for c in s) or s in ORDINALS) and not (obj.kind == "date" and _is_year(s))  # type: ignore[union-attr]
               for s in matched_lit)))
    object_given = object_given and not parties_did  # what the parties did is asked, however much of it is said
    if not object_given and not subject_given and not literal and analysis.wanted in ("person", "agent") \
            and not analysis.options and obj in store.entities and store.entities[obj].type == "person" \
            and not (analysis.hint and _hinted_countries(analysis.hint, index) & _described_countries(obj, index)) \
            and _named_by_title(obj, analysis, index):
        # "who met the Russian Deputy Foreign Minister": Galuzin, by what he is; the one
        # who met him is asked (not "which Russian official ...": one like him is)
        object_given = True
    if not object_given and not subject_given and literal and not rank_missing \
            and analysis.wanted not in ("yesno", "thing", "any") and analysis.mentions and lit_cover > 0 \
            and analysis.predicates.get(fact.predicate, (0.0,))[0] >= 0.8 and not analysis.predicates[fact.predicate][1] \
            and not analysis.done_to_asked and "whose" not in analysis.tokens \
            and _text_given_in_other_words(lit, analysis, naming_subject, entities - {fact.subject}, index):
        # "which country wants a permanent UNSC seat": the object of the relation asked,
        # said in other words ("permanent membership of the United Nations Security
        # Council"), and a doer of a kind asked (not "whose bid is being backed": the
        # passive asks whom it was done to)
        object_given = True

    # "what did India and Russia share experiences on": the JWG between them did
    # (for a relation said in full: a one-word one, as "discussed", is said of too much)
    parties = set() if subject_given or (analysis.wanted != "yesno" and analysis.predicates.get(
        fact.predicate, (0.0, False))[0] < 1.0) else _parties_of(fact, analysis, index)
    slot_hits = int(subject_given or bool(parties)) + int(object_given)
    ctx_hits = sum(1 for e in entities if e in context and e not in (fact.subject, obj))
    misses = sum(1 for e in entities if e not in context and e not in parties and e not in side)

    pred = analysis.predicates.get(fact.predicate)
    pred_strength = pred[0] if pred else 0.0
    passive = bool(pred and pred[1])
    if not pred and slot_hits == 2 and literal and store.predicates[fact.predicate].describes \
            and _COPULA & set(analysis.tokens):
        # "Galuzin is a deputy foreign minister of which country": the copula and the
        # title say the describing relation without naming it
        pred_strength = 0.8

    # a plain type word ("which country") says what the answer is, which type_fit weighs
    # an everyday verb that says one end of a date relation is weighed: "when did the
    # talks start" asks the day they began, which the fact of when they were held does
    # not say ("happen" says where as well, and "the end of the year" is a noun)
    saying = _date_end_words(analysis, index) if analysis.wanted == "date" else set()
    weighed = [s for s in analysis.stems if (s not in _GENERIC_STEMS or s in saying)
               and s not in _TYPE_STEMS.get(analysis.wanted, ())]
    if analysis.wanted in ("any", "yesno") and fact.subject in analysis.entities \
            and store.entities[fact.subject].type == "person":
        # "is Galuzin an official from India or Russia": the noun says what the named
        # person is, which the fact about him need not say again
        weighed = [s for s in weighed if s not in _TYPE_STEMS["person"] or s == "lead"]
    quoted = index.quote_stems[i]
    # a name of an entity this fact's sentence names is matched, in whichever form the
    # fact has it ("Security Council" for "a reformed UNSC")
    named_here = {s for m in analysis.mentions if m.entity in context for s in m.form.stems}
    for m in analysis.mentions:
        if m.entity in context and m.end - m.start + 1 > m.size:
            # "the counter terrorism group meeting": a word inside the name as said
            # that is a word of another of its names ("... Working Group on ...")
            named_here |= set(analysis.stems[m.start : m.end + 1]) & set(_name_stems(m.entity, index))
    strong = [s for s in weighed if _expanded(s) & doc or s in named_here]
    weak = [s for s in weighed if s not in strong and _expanded(s) & sentence]
    # WordNet's looser links, only for words no fact uses: a word the facts do use
    # means what it says, and its WordNet kin would only lift the wrong facts
    # (asked yes or no, a link to a word another of the question's words has already
    # matched confirms nothing: "did they talk about drones" is not "talk" twice)
    matched = {e for s in strong + weak for e in _expanded(s)} if analysis.wanted == "yesno" else set()
    loose = [s for s in weighed if s not in strong and s not in weak and not index.knows_stem(s)
             and (wordnet_related(s) & (doc | sentence)) - matched]
    in_quote = sum(1 for s in strong if _expanded(s) & quoted)
    lex = (len(strong) + 0.5 * len(weak) + len(loose)) / len(weighed) if weighed else 1.0
    if analysis.set_aside and literal and obj.kind == "text":  # type: ignore[union-attr]
        # "besides terrorism, what other menace": a list that has what is set aside is
        # the list asked about, as if the question's words had named it
        aside = _set_aside_in(obj.text, analysis, index)[1]  # type: ignore[union-attr]
        lex = (lex * len(weighed) + aside) / (len(weighed) + aside) if weighed else lex
    else:
        aside = 0
    # "what three threats": a list of three answers it, each of its things one of the
    # kind asked; a lone thing does not
    items = len(re.split(LIST_SEPARATOR, obj.text)) if analysis.count_asked and literal else 0  # type: ignore[union-attr]
    listed = bool(items) and items == analysis.count_asked + (1 if aside else 0)  # (with what is set aside)
    # "which threats did they talk about countering": what a fact's text says is fought
    # ("efforts to combat terrorism, radicalisation ...") is the threat a question that
    # asks what is fought means, though not called one
    fought = literal and analysis.focus in _TOPIC_NOUNS and bool(_FOUGHT & set(analysis.tokens)) \
        and bool(_FOUGHT & set(words(obj.text)))  # type: ignore[union-attr]
    if (listed or fought) and analysis.focus in weighed and analysis.focus not in strong + weak + loose:
        lex += 1 / len(weighed)  # the noun asked is said by the list, or by what is fought
    # the options not taken are no words this fact leaves unexplained; nor is the noun
    # asked for when the list also has what is set aside ("besides terrorism, what
    # other threat": terrorism is one, so the rest of its list are threats too), or is
    # as long as asked, or is what is fought
    unexplained = [s for s in weighed if s not in strong and s not in weak and s not in loose and s not in offered
                   and not ((aside or listed or fought) and s == analysis.focus)]

    # "the 6th or the 13th": one of them is not stated
    # (a number inside a name the question says, "the 13th JWG", names that meeting only)
    # (when the fact is of another meeting the question names: "the UN talks held
    # alongside the 13th JWG")
    naming = {s for m in analysis.mentions if m.entity != fact.subject for s in m.form.stems} \
        if store.entities[fact.subject].type == "event" and fact.subject in analysis.entities else set()
    if any(s not in doc and s not in sentence and not (_is_year(s) and store.sources[fact.source].date.startswith(s))
           for s in analysis.stems if _is_count(s) and s not in offered and s not in naming):
        # "the fifth round", "the 12th JWG": a number this fact does not state; the year
        # its source was published in dates what the source reports ("the 2024 talks")
        return None
    if analysis.wanted == "yesno":
        # Yes only when a fact states exactly what is asked: both slots and the relation.
        # A fact with another value does not make the answer no (facts are not exhaustive).
        # "Is Galuzin a Russian Deputy Foreign Minister?": the copula asks a describing
        # relation (a title) without naming it.
        asked = pred or store.predicates[fact.predicate].describes
        covered = [analysis.predicates[p][0] for p in _TOPIC_RELATIONS & set(analysis.predicates)
                   if analysis.predicates[p][0] >= 0.8]
        if not asked and covered and literal and store.entities[fact.subject].type == "event":
            # "did they talk about the use of technology by terrorists": what a meeting
            # agreed on or shared experiences in, it talked about
            asked, pred_strength = True, max(covered)
        if not asked and literal and obj.kind == "number" and subject_given \
                and _says_number(obj, analysis):  # type: ignore[union-attr,arg-type]
            asked = True  # "was the JWG the 13th?": the number said is the relation's value
        if not asked and fact.qualifier("role"):
            # "did Lal discuss Ukraine with Galuzin": he met him "to discuss the situation
            # in Ukraine", and the purpose's verb states the relation asked, when the
            # question names nothing the purpose does not ("did Lal discuss terrorism
            # with Galuzin" is not so)
            purpose_stems = content_stems(str(fact.qualifier("role")), index.canon)
            purpose = index.phrases_in(purpose_stems)
            said = [analysis.predicates[p][0] for p in purpose if p in analysis.predicates]
            in_purpose = {m.entity for m in index.mentions(purpose_stems, exclusive=False)}
            if said and max(said) >= 0.8 and not unexplained and not loose \
                    and entities - {fact.subject, obj, fact.qualifier("place")} <= in_purpose | context:
                asked, pred_strength = True, max(said)
                if slot_hits == 1 and entities & in_purpose:
                    # "did Galuzin discuss Ukraine": one side of the meeting and what it
                    # was to discuss; the other side is not asked about
                    slot_hits += 1
        # "Was the war in Ukraine discussed?": the object and the relation, with no one
        # named as the subject, ask whether anyone did; a fact that says so answers
        # "Was terror financing discussed?": one item of a listed object is given too
        item_given = literal and not rank_missing and _item_given(
            obj, analysis, index, head=analysis.predicates.get(fact.predicate, (0.0,))[0] >= 0.8)  # type: ignore[arg-type]
        named_by_part = not object_given and not literal and _named_in_its_name(fact, analysis, context, index)
        # ... as the only relation the question states ("the discussion about Ukraine,
        # did they agree on something" asks an agreement)
        only_by_part = named_by_part and all(p == fact.predicate for p, (strength, _) in analysis.predicates.items()
                                             if strength >= 0.8)
        if named_by_part:
            slot_hits += 1  # "did Lal lead India": he led the Indian delegation, which India's name names
        if not named_by_part and not object_given and subject_given and not literal and pred_strength >= 0.8 \
                and "both" in analysis.tokens \
                and store.entities[obj].type == "group" and not entities - context - {fact.subject} \
                and any(store.entities[e].type == "event" for e in entities & context):
            # "did Lal lead both meetings": he led India's side at them (the meetings
            # said as a pair, as the sentence says them: "at both the ... and the ...")
            slot_hits += 1
        if not object_given and literal and not rank_missing and not unexplained \
                and _text_given_in_other_words(lit, analysis, naming_subject, entities - {fact.subject}, index):
            object_given = True  # "does India seek a permanent seat on the UNSC": its permanent membership of the ...
            slot_hits += 1
        first_named = min(analysis.mentions, key=lambda m: m.start).entity if analysis.mentions else None
        if subject_given and first_named == fact.subject and not object_given and not item_given and literal \
                and not rank_missing and not unexplained and not loose \
                and _head_given(store.object_text(fact), analysis, index):
            # ("did India support Russia's bid": India is who is asked about, not Russia)
            object_given = True  # "did Russia support the bid": "the bid" is India's, the one the fact says
            slot_hits += 1
        if subject_given and first_named == fact.subject and not object_given and not item_given \
                and not matched_lit and not unexplained and not loose and pred_strength >= 0.8 \
                and entities <= {fact.subject} and not analysis.options:
            # "did Russia reiterate its support?": nothing said of the object, so any of it
            # the fact has answers (what it supports is in the answer's sentence)
            object_given = True
            slot_hits += 1
        # ("was Ukraine discussed": the conflict in Ukraine, which the country's name names)
        object_only = (object_given or item_given or only_by_part) and not subject_given and pred_strength >= 0.8 \
            and (entities <= {obj} or only_by_part) and not (passive is False and _doer_named(obj, analysis))
        # "did the JWG stress collaboration on multilateral platforms": three words or
        # more of a long text object, with no word of the question left unexplained
        part_given = literal and not object_given and not item_given and not rank_missing \
            and len(set(matched_lit)) >= 3 and not unexplained and not loose
        both = slot_hits + int(item_given and not object_given) + int(part_given)  # "... swap experiences on terror financing"
        if (both < 2 and not object_only) or not asked or not _in_order(fact, analysis, passive, index):
            return None
        if set(unexplained) & _unknown_stems(analysis):
            return None  # "as a rotating elected member": a word no fact has is a claim none confirms
        if any(store.entities[m.entity].type == "topic" and len(m.form.stems) >= 2 for m in analysis.mentions
               if m.entity not in context and m.entity not in parties and m.entity not in side):
            # "did the MEA's statement mention the Ukraine war": a topic the fact is not
            # about, named in full ("the war" alone may be any war: "war and peace")
            return None
        if "both" not in analysis.tokens and any(
                m.entity not in context and m.entity not in parties and m.entity not in side
                and store.entities[m.entity].type != "topic"  # ("war" alone may be any war, as above)
                and m.form.stems and set(m.form.stems) <= set(unexplained) for m in analysis.mentions):
            # "did India back Russia's position on Ukraine": a thing named that this fact
            # leaves out is a claim it does not confirm
            return None
        slot, answer, fit, given, entity = "yes", "Yes", 1.0, fact.id, None
    else:
        slot, answer, fit, given, entity = _open_slot(i, analysis, subject_given, object_given, passive, index)
        if analysis.wanted == "country" and slot in ("object", "place") and entity in store.entities \
                and store.entities[entity].type == "city" and not re.search(_PAIR, " ".join(analysis.tokens)) \
                and not re.search(_PLURAL_PARTIES, analysis.question):  # "which two countries held the talks": the parties
            # "in which country were the talks held": in Moscow, so in the country it is in
            country = _country_of_city(entity, index)
            if country is not None:
                answer, entity, fit = store.entities[country].name, country, 1.0
        if slot is None and analysis.kind_of and isinstance(obj, Literal):
            # "in what kind of UNSC": the quote's qualifier answers, though the question
            # gives both slots ("Russia's support for India's membership in ...")
            slot, answer, fit, given, entity = "object", store.object_text(fact), 1.0, fact.subject, None
    if slot == "object" and literal:
        answer = _with_label_noun(answer, fact, analysis, index)
        if analysis.set_aside and obj.kind == "text":  # type: ignore[union-attr]
            rest = _set_aside_in(answer, analysis, index)[0]
            if rest is None:
                return None  # every item is one the question sets aside
            answer = rest
    elif analysis.set_aside and entity and _set_aside_in(answer, analysis, index)[0] is None:
        return None  # "besides Ukraine, which conflict": the conflict in Ukraine is set aside
    if slot is None or fit <= 0 or (analysis.wanted in _STRICT_TYPES and fit < 0.2):
        return None  # "who" is never answered with a topic, "when" never with a place
    if entity and slot in ("subject", "object", "place", "event") and entity not in analysis.options \
            and _says_name(entity, analysis, index) and not _offered(answer, analysis, index):
        return None  # the question names this answer itself ("which building in Moscow"): not what it asks
    if slot == "object" and literal and obj.kind == "number" and analysis.wanted not in ("yesno", "any") \
            and not analysis.options and _says_number(obj, analysis) and any(  # type: ignore[union-attr]
                e != fact.subject and store.entities[e].type == "event" for e in analysis.entities):
        # "the UN talks held alongside the 13th JWG - which round": the 13th is given, to
        # name the other meeting, whose round is asked
        return None
    if slot == "object" and literal and not pred and any(m.form.text.lower() == answer.lower() for m in analysis.mentions):
        return None  # "what did the Ministry of External Affairs say": the name it is given by is no answer
    if slot == "object" and literal and subject_given and _said_in_its_name(lit, fact, analysis, index):
        return None  # "what subjects were on the table at the UN consultations": not "UN-related issues"
    if entity and slot in ("subject", "object") and analysis.wanted in ("thing", "any") \
            and fact.predicate in reported:
        return None  # "what did the press release say": what was said, not who said it or where
    if _other_party(slot, given, entities, context, store):
        return None  # "who led the Russian delegation" is not asked of the Indian one
    if slot == "subject" and _for_another_country(given, analysis, index):
        return None  # "who headed the talks for Russia" is not asked of who led India's side
    if _held_elsewhere(fact, analysis, index):
        return None  # "... held in New Delhi" is not asked of what was done in Moscow
    if _at_another_event(fact, analysis, index):
        return None  # what Russia said at the UN consultations is not said of the JWG
    if analysis.focus in _TITLE_STEMS and entity in store.entities and store.entities[entity].type == "person" \
            and not _titled(entity, analysis.focus, index):
        return None  # "which Indian minister ...": Lal is a secretary, not a minister
    if entity in store.entities and store.entities[entity].type == "person" and _TITLE_STEMS.intersection(
            analysis.stems) and _higher_office(entity, analysis, index):
        return None  # "who is the Russian foreign minister": Galuzin is a deputy foreign minister
    side = _side_option(entity, analysis, index) if analysis.options and entity not in analysis.options else None
    if side is not None:
        # "which side backed India's bid, the Indian side or the Russian side": Russia did,
        # and its side is the option that names it
        answer, entity = index.store.entities[side].name, side
    if analysis.option_stems and entity not in analysis.options and not _offered(answer, analysis, index) \
            and not _person_of_option(entity, analysis, index):
        return None  # "X or Y": the answer is one of them, by entity or by its words
    if slot_hits + ctx_hits == 0 and pred_strength == 0 and lex < 0.5:
        return None
    sayer = _sayer(analysis) if reported and slot == "object" and fact.predicate not in reported else None
    if sayer and sayer not in (fact.subject, fact.object) and store.entities[sayer].type in AGENT_TYPES:
        # "what did Russia say about India's wish for a seat": what India seeks is the
        # question's own words; what Russia said is a fact of Russia's
        return None

    unknown = sum(1 for s in unexplained if s in _unknown_stems(analysis))
    stated = {p for p, (strength, _) in analysis.predicates.items() if strength >= 0.6}
    if slot in ("place", "date"):
        # "where was the JWG held": a fact's place is where it happened, whatever its
        # relation; its date is when, if the verb is one of happening, which says both
        # where and when ("held", "took place"), not one end ("when did the talks end")
        # "where did the two sides meet": a meeting happens where and when it is held
        asked_here = {p for p in stated if _relation_gives(p, slot, index) or p in _MEETING_RELATIONS}
        if slot == "date" and not any(_relation_gives(p, "place", index) for p in stated):
            asked_here = set()
        if asked_here:
            stated = stated | {fact.predicate}
            pred_strength = max(pred_strength, *(analysis.predicates[p][0] for p in asked_here))
    topical = stated & _TOPIC_RELATIONS
    asks_event = analysis.wanted == "event" or (analysis.wanted in ("thing", "any") and (
        analysis.focus is None or _of_focus_type(analysis.focus, entity, index)))
    if topical and asks_event and slot in ("subject", "event") and entity in store.entities \
            and store.entities[entity].type == "event" and literal and not object_given:
        # "which meeting covered the use of technology for terrorist purposes": what a
        # meeting agreed, stressed or shared it also covered
        stated = stated | {fact.predicate}
        pred_strength = max(pred_strength, *(analysis.predicates[p][0] for p in topical))
    if reported and stated <= reported and slot == "object" and given == fact.subject == _sayer(analysis) \
            and ctx_hits and (matched_lit or obj in entities) \
            and not any(store.facts[k].predicate in reported for k in index.facts_by_entity.get(given, ())
                        if store.facts[k].subject == given):
        # "what did Russia say about India's bid": no fact has Russia say anything, so the
        # verb of saying frames what the facts have it do about what the question names
        # ("its support for India's ...")
        stated = stated | {fact.predicate}
        pred_strength = max([pred_strength, *(analysis.predicates[p][0] for p in reported if p in analysis.predicates)])
    if slot == "role" and analysis.wanted != "reason" and stated:
        # "what did Lal and Galuzin discuss": the purpose "to discuss ..." states the
        # relation asked, though the fact's own relation is "met"
        stated = stated | {fact.predicate}
        pred_strength = max(pred_strength, *(analysis.predicates[p][0] for p in stated if p in analysis.predicates))
    # "what specific reforms": "a reformed UNSC" says the word, and names no reform
    described_by = _focus_only_described(analysis, i, index) if analysis.focus else ""
    focus_described = bool(described_by)
    features = {
        "slot_hits": float(min(slot_hits, 2)),
        "bridged": float(subject_bridged or object_bridged),
        "context_hits": float(min(ctx_hits, 2)),
        "unrelated_entities": float(min(misses, 3)),
        "relation": pred_strength,
        # only relations said in their own words count: "talks" in "when were the talks"
        # names the meeting, not the relation discussed
        "other_relation": float(bool(stated) and fact.predicate not in stated),
        "entities_unplaced": float(bool(entities) and slot_hits == 0 and entity not in entities
                                   and not (analysis.wanted in ("thing", "any") and analysis.focus is None
                                            and _only_where_said(entities, fact, index))),
        "word_overlap": lex,
        "in_quote": in_quote / max(1, len(weighed)),
        "type_fit": fit,
        "phrasing": _phrasing(analysis, index.quote_phrases[i]),
        "literal_overlap": lit_cover if slot == "subject" else 0.0,
        "answer_named": float(entity is not None and entity in entities),  # named by its title
        "unexplained": float(min(len(unexplained) - unknown, 4)),
        "unknown_words": float(min(unknown, 3)),
        "hinted": float(analysis.hint is not None and (entity == analysis.hint or analysis.hint in store.wholes(entity or ""))),
        "no_wh_word": float(analysis.wanted == "any"),
        # a keyword query whose every word this fact has: such queries name no relation
        "keywords_covered": float(analysis.wanted == "any" and lex >= 1.0 and not unexplained),
        "modifier_in_answer": _modifier_in_answer(analysis, answer, entity, index),
        "focus_in_answer": float(_focus_in_answer(analysis, answer, index) and not focus_described),
        "count_fit": 1.0 if listed else -1.0 if items == 1 else 0.0,
        # "apart from terrorism itself, which related threats": a list with terrorism
        # among its items is the list asked about; a lone thing that says it is not
        # (every thing set aside in it: "beyond terrorism and UN matters" names no list of terrorism's)
        "aside_listed": float(bool(aside) and aside == len(analysis.set_aside) and not (stated and fact.predicate not in stated)
                              and len(re.split(LIST_SEPARATOR, obj.text)) > 1),  # type: ignore[union-attr]
        "focus_missing": float(not listed and (
                               (analysis.focus is not None and (not _expanded(analysis.focus) & (doc | sentence)
                                                                 or focus_described)
                                and not _of_focus_type(analysis.focus, entity, index)
                                and not (literal and analysis.focus in _TOPIC_NOUNS)
                                and not _named_here(analysis.focus, analysis, context, index))
                               # "which money-related threat": a noun that only classes a topic
                               # is said by the word before it, which the answer must then say
                               # (and so does a noun of what an official is in charge of: "which
                               # regional portfolio" is not answered by a title that says no region)
                               or ((analysis.focus in _CLASSED_BY_MODIFIER or _related_to_modifier(analysis))
                                   and any(m in unexplained for m in analysis.modifiers)))),
    }
    likelihood = probability(features)
    heuristic = sum(_RANK_WEIGHTS.get(k, 0.0) * v for k, v in features.items())
    details: dict[str, object] = {k: round(v, 3) for k, v in features.items()}
    details["bridge_source"] = bool(entity and bridges.get(entity) == fact.predicate)
    # the list held what "besides X, what other threat" sets aside: the list of such threats
    details["set_aside_listed"] = bool(aside) and analysis.focus is not None and not re.search(LIST_SEPARATOR, answer)
    details["entity"] = entity or ""
    details["value_given"] = round(lit_cover, 3)  # how much of a text answer the question says
    details["focus_described"] = described_by
    details.update(unexplained_words=unexplained, heuristic=round(heuristic, 3), likelihood=round(likelihood, 4))
    return Candidate(fact, answer, slot, likelihood, likelihood, given, details)


# Words that say a thing is fought, which makes it a threat
_FOUGHT = frozenset({"combat", "combating", "combatting", "fight", "fighting", "counter", "countering", "tackle",
                     "tackling", "against", "curb", "curbing", "eradicate", "eradicating", "defeat", "defeating",
                     "battle", "battling", "counteract", "counteracting", "confront", "confronting", "thwart",
                     "thwarting", "stamp", "stamping", "combated", "combatted", "fought", "countered", "tackled"})
# Nouns that class a topic without naming it ("what other threat": extremism): a text
# answer need not say them.
_TOPIC_NOUNS = frozenset(stem(w) for w in ("threat", "menace", "danger", "topic", "subject", "theme",
                                             "scourge", "evil", "peril", "hazard"))
_REMIT_NOUNS = frozenset(stem(w) for w in ("portfolio", "brief", "remit", "purview", "desk", "beat", "responsibility",
                                            "responsibilities", "department", "division", "directorate", "bureau"))
# "which money-related issue": a noun said of any topic, which only its modifier tells apart
_CLASSED_BY_MODIFIER = _TOPIC_NOUNS | _REMIT_NOUNS | frozenset(
    stem(w) for w in ("issue", "aspect", "problem", "dimension", "concern", "challenge"))
# Relations that say a meeting took place, so that its place and date are where and
# when they happened.
_MEETING_RELATIONS = frozenset({"met"})
_HELD_RELATIONS = frozenset({"held", "held-in", "held-on"})
# Relations that ask what a meeting was about.
_TOPIC_RELATIONS = frozenset({"discussed", "concerns"})
_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)
# everyday nouns for a person, which no fact's words say
_PERSON_NOUN_STEMS = frozenset(stem(w) for w in """man men woman women guy guys person people individual figure chap
fellow gentleman lady bloke folk""".split())
_TYPE_STEMS: dict[str, set[str]] = {}
for _word, _kind in NOUN_TYPES.items():
    if _word in PLAIN_TYPES:
        _TYPE_STEMS.setdefault(_kind, set()).add(stem(_word))
# "what was the purpose of ...": the noun that asks for a purpose is no word a fact must say
_TYPE_STEMS["reason"] = {stem(w) for w in "purpose purposes aim aims goal objective point intent intention rationale "
                                          "reason end".split()}


_LABEL_TAIL = re.compile(r"^\S+\s+((?:\S+\s+)*?\S+\s+(?:to|in|on|for|with|of))$")


def _related_to_modifier(analysis: Analysis) -> bool:
    """"Which money-related aspect": a thing asked only by what it relates to, which its
    answer must then say, whatever the noun after it."""
    return any(re.search(rf"(?i)\b{re.escape(m)}\w*-related\b", analysis.question) for m in analysis.modifiers)


def _only_where_said(entities: set[str] | frozenset[str], fact: Fact, index: Index) -> bool:
    """Whether every thing the question names is a document the fact's sentence names as
    where it was said: "what did the two sides agree in the MEA press release" is asked
    of the sentence that quotes the press release, the release its setting."""
    if not all(index.store.entities[e].type == "document" for e in entities):
        return False
    said = {m.entity for m in index.mentions(index_stems(index.sentence_text.get(fact.id, ""), index), exclusive=False)}
    return set(entities) <= said


def _with_label_noun(answer: str, fact: Fact, analysis: Analysis, index: Index) -> str:
    """"What did India and Russia reinforce": their commitment to combatting global
    terrorism, not the bare object of "reinforced their commitment to". The noun of
    the relation's label goes before the object when the question does not say it."""
    label = index.store.predicates[fact.predicate].label
    tail = _LABEL_TAIL.match(label)
    if not tail and len(label.split()) == 1 and isinstance(fact.object, Literal) and fact.object.kind == "text":
        return _with_quote_noun(answer, label, fact, analysis, index)
    if not tail or label.split()[0] in ("is", "was", "are", "were", "has", "have") or (
            isinstance(fact.object, Literal) and fact.object.kind != "text"):
        return answer  # "was published on": a verb of being and its participle, no noun
    nouns = [s for s in index_stems(tail.group(1), index) if s not in _GENERIC_STEMS]
    if not nouns or any(_expanded(n) & set(analysis.stems) for n in nouns):
        return answer
    return f"{tail.group(1)} {answer}"


_COPULA = frozenset({"is", "was", "are", "were"})


def _with_quote_noun(answer: str, label: str, fact: Fact, analysis: Analysis, index: Index) -> str:
    """"What did Russia reiterate about India's bid": its support for the bid, as the
    quote says it ("reiterated its support for India's bid"), not the bid the question
    already names. The noun of a one-word relation ("supports") goes before the object
    when the quote has it there and the question does not say it (nor a synonym)."""
    verb = index_stems(label, index)
    if not verb or any(_expanded(v) & set(analysis.stems) for v in verb):
        return answer
    head = re.escape(answer.split()[0]).replace("\\'", "['\u2019]").replace("'", "['\u2019]")
    found = re.search(rf"(?i)\b((?:its|their|his|her|the)\s+)?([a-z]+)\s+(for|of|to|in)\s+{head}",
                      fact.quote.text.replace("\u2019", "'"))
    if not found or set(index_stems(found.group(2), index)) != set(verb):
        return answer
    return f"{found.group(1) or ''}{found.group(2)} {found.group(3)} {answer}"


# Vague words after a topic set aside ("the terrorism stuff", "the terror side of
# things"): they set aside all that goes with it, not the one item that names it
_VAGUE_STEMS = frozenset(stem(w) for w in "stuff side angle aspect aspects bits front dimension business".split())


def _set_aside_in(text: str, analysis: Analysis, index: Index) -> tuple[str | None, int]:
    """A listed answer without the items the question sets aside ("besides
    terrorism": "combatting global terrorism and extremism" -> "extremism"), None when
    every item is set aside; and how many of the things set aside the list has. An
    item dropped from the front takes the words that lead into the list with it."""
    items = [item.strip() for item in re.split(LIST_SEPARATOR, text) if item.strip()]
    kept, found = [], set()
    for item in items:
        stems_ = index_stems(item, index)
        said = set(stems_)
        hits = [k for k, phrase in enumerate(analysis.set_aside)
                if _names_item(phrase, said, stems_[-1] if stems_ else None)]
        found.update(hits)
        if not hits:
            kept.append(item)
    if not found:
        return text, 0
    if not kept or any(_VAGUE_STEMS.intersection(analysis.set_aside[k]) for k in found):
        # ("apart from the terrorism stuff": the whole list the topic heads, each item of it)
        return None, len(found)
    joined = kept[0] if len(kept) == 1 else (f"{kept[0]} and {kept[1]}" if len(kept) == 2
                                             else f"{', '.join(kept[:-1])}, and {kept[-1]}")
    return joined, len(found)


def _names_item(phrase: tuple[str, ...], item: set[str], head: str | None = None) -> bool:
    """Whether words set aside name a listed item: one of them as the item says it, and
    half of them at least as it or a word it may use ("terror funding": "terror
    financing"); "terrorism" alone is not "terror financing". A head noun that the
    items share is not enough: "regional developments" is not "global developments"."""
    near = [k for k, s in enumerate(phrase) if _expanded(s) & item]
    return any(s in item for s in phrase) and 2 * len(near) >= len(phrase) and (
        len(phrase) == 1 or any(k < len(phrase) - 1 for k in near)) and not (
        # "besides terror": the word that only modifies "terror financing" is not it
        len(phrase) == 1 and head is not None and head not in _expanded(phrase[0]))


def _item_given(obj: Literal, analysis: Analysis, index: Index, head: bool = False) -> bool:
    """Whether the question says one item of a listed text object whole ("terror
    financing" of "terrorism, radicalisation, and terror financing"), or, with `head`
    (the relation is the one asked), the words that name the text before what says
    more of it ("the emerging challenges" of "... posed by new technologies")."""
    items = [i for i in re.split(LIST_SEPARATOR, obj.text) if i.strip()]
    # "tackling cross-border terrorism, ...": the thing tackled is the item, not the deed
    items = [re.sub(r"(?i)^\s*[a-z]{3,}ing\s+(?=\S+\s*\S)", "", item) for item in items] if len(items) >= 2 else []
    # "the emerging challenges posed by ...": a head of two words or more names the text whole
    named = re.split(_HEAD_ENDS, obj.text, maxsplit=1)[0]
    names = {s for m in analysis.mentions for s in m.form.stems}
    if head and len(index_stems(named, index)) >= 2 and not re.search(r"\d", named) \
            and not names & set(index_stems(named, index)):  # ("India's bid" is whose it is, a name)
        items.append(named)
    asked = {r for s in analysis.stems for r in _expanded(s)}
    return any((stems := index_stems(item, index)) and set(stems) <= asked for item in items)


def _focus_only_described(analysis: Analysis, i: int, index: Index) -> str:
    """"What specific reforms does Russia want": the sentence says the noun asked only as
    a participle describing another thing ("a reformed UNSC"), which names no reform;
    that participle, or ""."""
    if analysis.focus not in index.sentence_stems[i]:
        return ""  # (most facts: the word is not there at all)
    asked = [t for t in analysis.tokens if stem(t) == analysis.focus]
    if not asked or any(t.endswith(("ed", "ing")) for t in asked):
        return ""  # ("the continuing cooperation" asks by a participle itself)
    sentence = [w.lower() for w in words(index.sentence_text.get(index.store.facts[i].id, ""))]
    said = [(before, w) for before, w in zip(["", *sentence], sentence, strict=False) if stem(w) == analysis.focus]
    # (after an article: "headed the Russian team" is the verb, said of what was done)
    if said and all(w.endswith("ed") and before in ("a", "an", "the") for before, w in said):
        return said[0][1]
    return ""


def _focus_in_answer(analysis: Analysis, answer: str, index: Index) -> bool:
    """Whether the answer says the noun asked for ("which ministry": the Ministry of
    External Affairs). Not for "what kind of N", whose answer is N's kind."""
    return analysis.focus is not None and not analysis.kind_of and bool(
        _expanded(analysis.focus) & set(index_stems(answer, index)))


def _modifier_in_answer(analysis: Analysis, answer: str, entity: str | None, index: Index) -> float:
    """The share of the words before the asked noun ("what BROADER theme") that the
    answer itself says (or its entity's description): they describe the answer, so a
    fact whose sentence has them only around another answer ("international issues,
    including the conflict in Ukraine") fits less."""
    if not analysis.modifiers:
        return 0.0
    said = set(index_stems(answer, index))
    if entity and entity in index.store.entities:
        said |= set(index_stems(index.store.entities[entity].description, index))
    return sum(1 for m in analysis.modifiers if _expanded(m) & said) / len(analysis.modifiers)


def _phrasing(analysis: Analysis, quote_phrase: str) -> float:
    """How closely the question's words, in order, follow a stretch of the quote:
    rapidfuzz's partial_ratio (the best-aligned substring, scored as a whole phrase) on
    content stems prepared once. Not token_set_ratio or WRatio: they score a short
    question that is a subset of a long quote as a near-perfect match."""
    asked = " ".join(s for s in analysis.stems if s not in _GENERIC_STEMS)
    if len(asked) < 4 or not quote_phrase:
        return 0.0
    return fuzz.partial_ratio(asked, quote_phrase, processor=None) / 100.0


def _offered(answer: str, analysis: Analysis, index: Index) -> bool:
    """Whether the answer says one of the options of "X or Y" in its own words ("the
    Indian or the Russian one": the Indian delegation). An answer that gives the
    numbers of both ("December 19-20" for "December 19 or December 20") chooses neither."""
    said = set(index_stems(answer, index))
    own = choice.distinguishing(analysis.option_stems)
    numbers = [bool(o) and all(_is_count(s) for s in o) and o <= said for o in own]
    if len(numbers) > 1 and all(numbers):
        return False
    return any(set(o) <= said for o in analysis.option_stems)


def _linked_by_role(fact: Fact, analysis: Analysis, index: Index) -> tuple[set[str], set[str]]:
    """The entities a fact's role text names that the question links to it, and all it
    names. They are linked when the question also says what the role says of them:
    "what was held in parallel with the JWG" is asked of the consultations held "in
    parallel with the counter-terrorism JWG"; "which countries took part in the JWG"
    is not (the role's "parallel" is not asked)."""
    role = content_stems(str(fact.qualifier("role")), index.canon)
    found = {m.entity for m in index.mentions(role, exclusive=False)}
    named = {s for e in found for s in _name_stems(e, index)}
    said = set(role) - named
    return (found if said & set(analysis.stems) else set()), found


# A name's head and what it is on, of or for: "Joint Working Group" "on" "Counter-Terrorism".
_NAME_PARTS = r"(?i)^(.+?)\s+(on|of|for)\s+(.+)$"  # compiled on first use (start-up)


def _another_of_the_name(question: str, analysis: Analysis, index: Index) -> str | None:
    """A named thing's head with another complement: "the Joint Working Group on
    counter-narcotics" is not the Joint Working Group on Counter-Terrorism, nor
    "consultations on climate issues" the consultations on UN-related issues. The
    phrase as asked, when the complement has a word the facts never use."""
    low = question.lower()
    for entity_id in analysis.entities:
        entity = index.store.entities[entity_id]
        for name in (entity.name, *entity.aliases):
            parts = re.match(_NAME_PARTS, name)
            if not parts or f" {parts.group(2).lower()} " not in low:
                continue
            said = re.search(rf"\b{re.escape(parts.group(1).lower())}\s+{parts.group(2).lower()}\s+([\w'-]+(?:\s+[\w'-]+)*)", low)
            if not said:
                continue
            # only a word the facts never use tells another thing apart: "the series of
            # Moscow meetings" is the series of meetings, "on UN matters" on UN issues
            own = content_stems(parts.group(3), index.canon)
            asked = [w for w in words(said.group(1)) if w not in STOPWORDS][: min(2, len(own))]  # not the verb after
            if any(w in analysis.unknown and not _kin(stem(w), index) & set(own) for w in asked):
                return f"{parts.group(1)} {parts.group(2)} {' '.join(asked)}"
    return None


def _kin(stem_: str, index: Index) -> set[str]:
    """A stem, its synonyms and WordNet's relatives, as the index writes them."""
    near = {stem_, *_expanded(stem_), *wordnet_related(stem_)}
    return near | {index.canon.get(s, s) for s in near}


# Nouns that name an office: a person asked for by one must hold it.
_TITLE_STEMS = frozenset(stem(w) for w in """minister secretary ambassador president chancellor premier governor
mayor spokesperson spokesman spokeswoman chairman chairwoman chairperson director admiral
undersecretary consul king queen prince""".split())


# "who is India's External Affairs Minister", "which official served as ...": the phrase
# after the copula is the one asked, up to a clause about someone else ("who met ...")
_WHO_IS_THE = (r"(?i)^\W*(?:who|which\s+(?:official|person|one|man|woman|diplomat))\s+"
               r"(?:is|was|served\s+as|serves\s+as|acted\s+as|acts\s+as)\s+(?P<phrase>[^?,;:]*)")


def _titles_asked(question: str) -> set[str]:
    """The office words of the phrase a "who is ..." question asks by."""
    said = re.match(_WHO_IS_THE, question)
    if not said:
        return set()
    phrase = re.split(r"(?i)\b(?:who|whom|that|which|whose)\b", said.group("phrase"))[0]
    phrase = re.split(r"['\u2019]s\b", phrase)[-1]  # "the Indian Secretary's interlocutor": not a secretary
    return {s for s in (stem(w) for w in words(phrase)) if s in _TITLE_STEMS}


def _titled(person: str, title: str, index: Index) -> bool:
    """Whether what the facts say a person is (description, aliases, the texts of
    facts about them) has the title's word ("Deputy Foreign Minister": minister)."""
    said = {s for text in _titles_of(person, index) for s in text}
    return title in said or title in content_stems(index.store.entities[person].description, index.canon)


def _titles_of(person: str, index: Index) -> list[list[str]]:
    """The stems of what names a person's office: their aliases and the text objects of
    facts about them ("Deputy Minister of Foreign Affairs for Russia")."""
    texts = [content_stems(text, index.canon) for text in index.store.entities[person].aliases]
    texts += [list(index.literal_stems[i]) for i in index.facts_by_entity.get(person, ())
              if index.store.facts[i].subject == person]
    return texts


def _higher_office(person: str, analysis: Analysis, index: Index) -> bool:
    """Whether the question names an office by the words of the person's title other
    than its rank, without the rank: "foreign minister" of a "Deputy Minister of
    Foreign Affairs" is another office. "Russian minister" names none: a country's name
    says whose office, not which ("which Russian minister met Lal" may mean a deputy)."""
    asked = set(analysis.stems)
    # not the description's running sentence, whose later words are no part of the office
    for said in _titles_of(person, index):
        ranks = [k for k, s in enumerate(said) if s in RANK_STEMS and s not in asked]
        if not ranks:
            continue
        office = list(itertools.takewhile(lambda s: not index.mentions([s]), said[ranks[0] + 1 : ranks[0] + 5]))
        named = [s for s in office if s not in _TITLE_STEMS]
        if _TITLE_STEMS.intersection(office) & asked and any(s in asked for s in named):
            return True
    return False


def _says_name(entity: str, analysis: Analysis, index: Index) -> bool:
    """Whether the question says the entity's whole name, other than inside the name of
    another entity: "which building in Moscow" says Moscow; "where was the Monkov Round
    Table held" names the round table, whose name only happens to hold the city's."""
    name = set(words(index.store.entities[entity].name)) - STOPWORDS
    if not name or not name <= set(analysis.tokens):
        return False
    tokens = list(analysis.tokens)
    for m in analysis.mentions:
        said = words(m.form.text)
        if m.entity != entity and name <= set(said) and any(
                tokens[k : k + len(said)] == said for k in range(len(tokens) - len(said) + 1)):
            return False  # written out as part of the other name
    return True


# A delegation and a ministry are both bodies of people: "who heads the MEA" is not
# asked of whoever led the delegation.
_BODY_KINDS = {"person": "person", "group": "body", "organization": "body"}


def _other_party(slot: str, given: str, entities: set[str], context: frozenset[str], store: Store) -> bool:
    """The fact's other slot holds a party of the kind the question names, but another
    one: "who led the Russian delegation" is not answered by who led the Indian one,
    nor "what did Lal discuss with Vershinin" by what he discussed with Galuzin."""
    if slot not in ("subject", "object") or given not in store.entities or given in entities:
        return False
    kind = _BODY_KINDS.get(store.entities[given].type)
    if kind is None:
        return False  # events and topics are named loosely ("the discussions")
    # a body the fact's sentence names around it ("Secretary (West) at the MEA") is still
    # another party when it is all the question names
    return any(_BODY_KINDS.get(store.entities[e].type) == kind and (
        e not in context or (kind == "body" and len(entities) == 1)) for e in entities)


def _country_of_city(city: str, index: Index) -> str | None:
    """The country a city is in: the one country its description names first ("Capital
    of Russia, where ...")."""
    named = _countries_in(index.store.entities[city].description.split(";")[0].split(",")[0], index)
    return next(iter(named)) if len(named) == 1 else None


def _said_in_its_name(lit: tuple[str, ...], fact: Fact, analysis: Analysis, index: Index) -> bool:
    """Whether a text object says no more than the name the question gives its subject
    by, less the noun asked ("UN-related issues" of "the UN consultations" asked for
    their subjects), while the question asks another relation too in words of its own
    ("on the table", not the "about" both relations have): what the meeting is named
    for is not what came up at it."""
    asked = _expanded(analysis.focus) if analysis.focus else set()
    rest = set(lit) - asked - _GENERIC_STEMS  # "related" is a generic word
    naming = {s for m in analysis.mentions if m.entity == fact.subject for s in m.form.stems}
    if not rest or not rest <= naming:
        return False
    named = {s for m in analysis.mentions for s in m.form.stems}
    said_by = index.relation_words([s for s in analysis.stems if s not in named])
    own = said_by.get(fact.predicate, frozenset())
    return any(strength >= 0.8 and not said_by.get(p, frozenset()) <= own
               for p, (strength, _) in analysis.predicates.items() if p != fact.predicate)


def _for_another_country(given: str, analysis: Analysis, index: Index) -> bool:
    """"Who headed the talks for Russia", "who represented Russia": a country named as a
    party, with no side or person named, is not the country of the side given ("Indian
    delegation"). A country named as a place ("the delegation that went to Russia") is
    no party."""
    store = index.store
    if given not in store.entities or store.entities[given].type != "group":
        return False
    named = [m.entity for m in analysis.mentions]
    countries = [e for e in named if store.entities[e].type == "country"]
    if len(countries) != 1 or any(store.entities[e].type in ("group", "person", "organization") for e in named):
        return False
    country = store.entities[countries[0]]
    forms = "|".join(re.escape(f) for f in (country.name, *country.aliases))
    if re.search(rf"(?i)\b(?:to|in|at|into|from|inside|visit\w*|toward|towards)\s+(?:the\s+)?(?:{forms})\b",
                 analysis.question):
        return False
    sides = _countries_in(store.entities[given].name, index)
    return len(sides) == 1 and country.id not in sides


def _of_another_country(entity: str, hint: str, index: Index) -> bool:
    """A person, organization or city the question calls by a country's adjective
    ("which Indian diplomat", "which Russian ministry", "which Indian city") whose
    description names other countries and not that one."""
    store = index.store
    if store.entities[entity].type not in ("person", "organization", "city"):
        return False
    # "Indian officials" may name the Indian delegation: its country is the one meant
    asked = _countries_in(store.entities[hint].name, index) if store.entities[hint].type != "country" else {hint}
    if len(asked) != 1:
        return False
    # what the person is comes first ("Russian Deputy Foreign Minister; met Tanmaya Lal ...")
    countries = _described_countries(entity, index)
    return bool(countries) and not asked & countries


def _held_elsewhere(fact: Fact, analysis: Analysis, index: Index) -> bool:
    """The question places what it asks "in X", and the fact happened in a place that
    is neither X nor in X (Moscow is in Russia, by its description)."""
    place = fact.qualifier("place")
    store = index.store
    if not place or place not in store.entities:
        return False
    around = {place, *_countries_in(store.entities[place].description, index)}
    for m in analysis.mentions:
        if m.entity in around or store.entities[m.entity].type not in PLACE_TYPES:
            continue
        if re.search(rf"(?i)\b(?:held|place|met|meet|meeting|meetings|talks|convened|staged|gathered|consultations|"
                     rf"session|sessions)(?:\s+(?!in\b|at\b)[\w'\u2019-]+){{0,2}}\s+(?:in|at)\s+(?:the\s+)?"
                     rf"{re.escape(m.form.text)}\b", analysis.question):
            return True  # where it happened ("met Lal in New Delhi"), not "the situation in Ukraine"
    return False


def _at_another_event(fact: Fact, analysis: Analysis, index: Index) -> bool:
    """The question places what it asks at a meeting ("at the JWG", "during the UN
    talks") that is not the fact's own, nor one the fact's meeting is part of: support
    voiced at the UN consultations was voiced at the Moscow talks, not at the JWG."""
    store = index.store
    own = fact.qualifier("event") or (fact.subject if store.entities[fact.subject].type == "event" else None)
    if own is None or own not in store.entities:
        return False
    within = set()
    while own and own not in within:
        within.add(own)
        own = store.entities[own].part_of if own in store.entities else None
    if any(m.entity in within for m in analysis.mentions):
        return False  # "only at the JWG, only at the UN talks, or both": each is asked of
    for m in analysis.mentions:
        if m.entity in index.slot_entities(fact) or store.entities[m.entity].type != "event":
            continue
        if _placed_at(m.form.stems[0], analysis, index):
            return True
    return False


def _placed_at(first: str, analysis: Analysis, index: Index) -> bool:
    """The word a name begins with ("the JWG", "the anti-terrorism committee") comes
    right after "at", "during", "in" or "on" (and "the")."""
    tokens = analysis.tokens
    for k, token in enumerate(tokens):
        if index.canon.get(stem(token), stem(token)) == first:
            before = tokens[max(0, k - 2) : k]
            return bool(before) and (before[-1] in _AT_WORDS or (before[-1] == "the" and before[:1] and before[0] in _AT_WORDS))
    return False


_AT_WORDS = frozenset({"at", "during", "in", "on"})
_WHICH_SIDE = r"(?i)^\s*(?:which|what)\s+(?:side|party|country|nation|state)\b(?!['\u2019])"
_COUNTRY_WORDS = frozenset(stem(w) for w in ("country", "countries", "nation", "nations", "state", "side", "party"))


_SURE_DOER = 0.8  # how sure the doer must be for its country to answer: a second step adds doubt


def _country_beside(entity: str, index: Index) -> str | None:
    """A body said as the one country its description names, the body beside it:
    "India (Ministry of External Affairs)"; None unless it names exactly one."""
    countries = _described_countries(entity, index)
    if len(countries) != 1:
        return None
    return f"{index.store.entities[next(iter(countries))].name} ({index.store.entities[entity].name})"


_WHICH_SIDE_ONLY = r"(?i)^\s*(?:which|what)\s+(?:side|party)\b(?!['\u2019])"


def _side_of_doer(question: str, plain: Answer, index: Index) -> Answer:
    """"Which side issued the press release?": a side is asked, and the body that did
    it (India's foreign ministry) speaks for the country its description names, said
    with the body beside it: "India (Ministry of External Affairs)"."""
    if not plain.answered or not plain.candidates or not re.match(_WHICH_SIDE_ONLY, question):
        return plain
    entity = str(plain.candidates[0].details.get("entity") or "")
    if entity not in index.store.entities or index.store.entities[entity].type != "organization" \
            or plain.answer != index.store.entities[entity].name:
        return plain
    text = _country_beside(entity, index)
    if text is None:
        return plain
    chosen = replace(plain.candidates[0], answer=text, slot="country")
    return replace(plain, answer=text, candidates=(chosen, *plain.candidates[1:]))


def _country_behind(question: str, analysis: Analysis, index: Index, top: int) -> Answer | None:
    """"Which country issued the press release": no fact has a country do it, but one
    has India's foreign ministry do it; the country is the one the doer's description
    names first, answered with the doer beside it ("India (Ministry of External
    Affairs)"). As sure as the doer is."""
    if analysis.options or not re.match(_WHICH_SIDE, question) or any(
            index.store.entities[m.entity].type == "person" for m in analysis.mentions):
        return None  # "which country is Galuzin from" is his own, read from his facts
    doer = replace(analysis, wanted="agent", focus=None, stems=tuple(s for s in analysis.stems if s not in _COUNTRY_WORDS))
    found = _answer(question, doer, index, top)
    best = found.candidates[0] if found.answered and found.candidates else None
    if best is None or best.details.get("relation", 0.0) < 0.8 or best.details.get("other_relation"):
        return None  # the doer of the very relation asked, or nothing
    entity = str(best.details.get("entity") or "")
    if entity not in index.store.entities or index.store.entities[entity].type != "organization" \
            or found.confidence < _SURE_DOER:  # (a person or a team acts for a side at meetings of two)
        return None
    text = _country_beside(entity, index)
    if text is None:
        return None
    chosen = replace(found.candidates[0], answer=text, slot="country")
    return replace(found, question=question, answer=text, candidates=(chosen, *found.candidates[1:]), analysis=analysis)


_COUNTRY_OWNS = r"(?:which|what)\s+(?:country|nation|state|side)(?:'s|\u2019s|s'|s\u2019)\s"  # "which country's ministry"
_WHOSE_COUNTRY = rf"(?i)^\W*{_COUNTRY_OWNS}"


def _country_whose(question: str, analysis: Analysis, index: Index) -> Answer | None:
    """"Which country's war came up in the talks": the thing named after "country's" is
    of one country by its description ("the ongoing conflict in Ukraine"), and a fact
    says of it what the question asks (the talks discussed it). Everything else the
    question names is in that fact. As sure as a side read from a title."""
    if analysis.options or analysis.unknown or not re.match(_WHOSE_COUNTRY, question):
        return None
    after = next((k + 1 for k, s in enumerate(analysis.stems) if s in _COUNTRY_WORDS), None)
    owned = next((m for m in analysis.mentions if m.start == after), None)
    store = index.store
    if owned is None or store.entities[owned.entity].type in ("country", "person"):
        return None
    countries = _described_countries(owned.entity, index)
    if len(countries) != 1:
        return None
    others = analysis.entities - {owned.entity}
    asked = {p for p, (strength, _) in analysis.predicates.items() if strength >= 0.8}
    stating = [store.facts[i] for i in index.facts_by_entity.get(owned.entity, ()) if store.facts[i].predicate in asked
               and others <= set(index.slot_entities(store.facts[i])) | index.fact_context[i]]
    if not asked or not stating:
        return None
    country = store.entities[next(iter(countries))].name
    found = Candidate(stating[0], country, "country", 1.0, _SIDE_CONFIDENCE, "", {"entity": next(iter(countries))})
    return Answer(question, True, country, _SIDE_CONFIDENCE, None, stating[0], (found,), analysis, ())


def _owner_country(question: str, plain: Answer, index: Index) -> Answer | None:
    """"Lal works for which country's ministry?": the ministry answered is India's by
    its description, and the country is what is asked, answered with the ministry
    beside it ("India (Ministry of External Affairs)"); "which country's official holds
    the title" with the official beside it ("India (Tanmaya Lal)")."""
    if not plain.answered or not plain.candidates or not re.search(rf"(?i)\b{_COUNTRY_OWNS}", question):
        return None
    entity = str(plain.candidates[0].details.get("entity") or "")
    store = index.store
    if entity not in store.entities or store.entities[entity].type in ("country", "city"):
        return None
    text = _country_beside(entity, index)
    if text is None:
        return None
    chosen = replace(plain.candidates[0], answer=text, slot="country")
    return replace(plain, answer=text, confidence=min(plain.confidence, _SIDE_CONFIDENCE),
                   candidates=(chosen, *plain.candidates[1:]))


def _hinted_countries(hint: str, index: Index) -> set[str]:
    """The country a hint names: itself, or the one its name names ("Russian delegation")."""
    entity = index.store.entities[hint]
    return {hint} if entity.type == "country" else _countries_in(entity.name, index)


def _named_by_title(person: str, analysis: Analysis, index: Index) -> bool:
    """Whether the question says every word of what the person is, the first clause
    of their description ("Russian Deputy Foreign Minister")."""
    title = content_stems(index.store.entities[person].description.split(";")[0], index.canon)
    return len(title) >= 3 and set(title) <= set(analysis.stems)  # (three words or more: an office, not a kind)


def _described_countries(entity: str, index: Index) -> set[str]:
    """The countries the first clause of an entity's description names: what it is
    ("Russian Deputy Foreign Minister"), before what it did."""
    return _countries_in(index.store.entities[entity].description.split(";")[0], index)


def _countries_in(text: str, index: Index) -> set[str]:
    named = {m.entity for m in index.mentions(index_stems(text, index), exclusive=False)}
    return {e for e in named if index.store.entities[e].type == "country"}


# Nouns that name a kind of thing and nothing narrower ("ministry" is narrower than
# its type, an organization): an answer of that kind is one, whatever it is called.
_KIND_NOUNS = ("document", "statement", "release", "report", "organization", "organisation", "institution", "organ")
_TYPE_BY_STEM = {stem(word): NOUN_TYPES[word] for word in _KIND_NOUNS}


def _of_focus_type(focus: str, entity: str | None, index: Index) -> bool:
    """Whether the answer is what the asked noun names by type: "in what document"
    is answered by a document entity, whatever its name."""
    kind = _TYPE_BY_STEM.get(focus)
    return bool(kind and entity and entity in index.store.entities and _fit(kind, entity, index) >= 1.0)


def _named_as_asked(analysis: Analysis, index: Index) -> set[str]:
    """Entities the question names only by the common noun it asks about: in "which
    ongoing conflict did the talks cover" the conflict is asked, not given, though
    "conflict" is one of its names; so is the statement in "in what document did the
    MEA make its statement"."""
    asked = set()
    for m in analysis.mentions:
        if m.form.is_name or any(c.isupper() for c in m.form.text):
            continue  # a name or a capitalised alias ("JWG"): "what was the JWG about" gives it
        if (analysis.focus and analysis.focus in m.form.stems and m.size == 1) or _asked_in_keywords(m, analysis) or (
                analysis.wanted == "document" and index.store.entities[m.entity].type == "document"):
            asked.add(m.entity)
    return asked


def _asked_in_keywords(mention: Mention, analysis: Analysis) -> bool:
    """"conflict discussed", "international conflict discussed": a keyword query of a
    common noun (and its modifiers) and the relation's past participle asks which one
    ("which conflict was discussed"), not what discussed it."""
    tokens = analysis.tokens
    return (analysis.wanted == "any" and len(analysis.mentions) == 1 and mention.size == 1 and 2 <= len(tokens) <= 4
            and tokens[-1].endswith("ed") and bool(analysis.predicates) and not STOPWORDS.intersection(tokens))


def _named_by_this_role(entity: str, literal: tuple[str, ...], analysis: Analysis) -> bool:
    """"Who holds the post of Secretary (West)": the question names the person only by
    the very title this fact states, so the fact answers with the person; the person
    is asked for, not given."""
    forms = [m.form for m in analysis.mentions if m.entity == entity]
    return bool(literal) and all(not f.is_name and set(f.stems) <= set(literal) for f in forms)


def _named_in_its_name(fact: Fact, analysis: Analysis, context: frozenset[str], index: Index) -> bool:
    """Whether the question names the fact's object, a group, by the words of its name
    that name a country ("did Lal lead India": "the Indian delegation"; not "New
    Delhi"), and everything else it names is in the fact's slots ("at the JWG")."""
    store = index.store
    group = fact.object
    if not isinstance(group, str) or store.entities[group].type not in ("group", "topic"):
        return False
    own = set(index_stems(store.entities[group].name, index))
    by_name = {m.entity for m in analysis.mentions if m.entity not in (group, fact.subject) and set(m.form.stems) <= own}
    return len(by_name) == 1 and analysis.entities <= by_name | set(index.slot_entities(fact)) | context


def _members(group: str, index: Index) -> list[str]:
    """The people a fact puts in a group (who led it, who was in it): a side's people."""
    store = index.store
    if store.entities[group].type != "group":
        return []
    return sorted({store.facts[i].subject for i in index.facts_by_entity.get(group, ())
                   if store.facts[i].object == group and _is_person(store.facts[i].subject, index)})


def _side_option(entity: object, analysis: Analysis, index: Index) -> str | None:
    """The one option that is a country's side (a group whose name names the country)
    when the answer is that country."""
    store = index.store
    if not isinstance(entity, str) or entity not in store.entities or store.entities[entity].type != "country":
        return None
    sides = [o for o in analysis.options if store.entities[o].type == "group"
             and _countries_in(store.entities[o].name, index) == {entity}]
    return sides[0] if len(sides) == 1 else None


_PERSON_OPTION = r"(?i)\b(?:officials?|diplomats?|ministers?|man|men|person|envoys?|one)\b"


def _person_of_option(entity: object, analysis: Analysis, index: Index) -> bool:
    """"Who holds the post of Secretary (West), the Indian or the Russian official?":
    the person is the one option whose country is his own (the first his description
    names)."""
    if not _is_person(entity, index) or len(analysis.options) < 2 or analysis.tokens[:1] not in (("who",), ("whom",)) \
            or not re.search(_PERSON_OPTION, " ".join(analysis.option_texts)):
        return False  # "is he from the Indian side or the Russian side" asks the side
    store = index.store
    own = _countries_in(store.entities[entity].description.split(";")[0], index)  # type: ignore[index]
    if len(own) != 1:
        return False
    countries = [{o} if store.entities[o].type == "country" else _countries_in(store.entities[o].name, index)
                 for o in analysis.options]
    return sum(1 for c in countries if c == own) == 1 and all(len(c) == 1 for c in countries)


def _is_person(entity: object, index: Index) -> bool:
    return isinstance(entity, str) and entity in index.store.entities and index.store.entities[entity].type == "person"


def _side_named(person: str, entities: set[str] | frozenset[str], context: frozenset[str], analysis: Analysis,
                index: Index) -> set[str]:
    """The question's names of a side a person in a fact's slot stands for: a group a
    fact has the person in (led, headed), and the country its name names ("India" for
    "the Indian delegation" Lal led). Only sides the fact itself does not name, only
    when the question names nothing else the fact leaves out, and not when the question
    asks that very tie ("who led India at the UN talks" asks who the side's head is)."""
    store = index.store
    if not _is_person(person, index):
        return set()
    loose = set(entities) - set(context) - {person}
    if not loose:
        return set()
    sides: set[str] = set()
    for i in index.facts_by_entity.get(person, ()):
        group = store.facts[i].object
        if store.facts[i].subject != person or not isinstance(group, str) or store.entities[group].type != "group":
            continue
        if analysis.predicates.get(store.facts[i].predicate, (0.0, False))[0] >= 0.5:
            return set()
        sides.add(group)
        sides |= {m.entity for m in index.mentions(index_stems(store.entities[group].name, index), exclusive=False)
                  if store.entities[m.entity].type == "country"}
    return loose if loose <= sides else set()


# "what did both (nations) exchange": the parties said together before the verb
_BOTH_DID = r"\b(?:did|do|does|have|has|had|will|would)\s+(?:the\s+)?both\b"


def _parties_of(fact: Fact, analysis: Analysis, index: Index) -> set[str]:
    """The countries the question names a meeting's doing by, when they are the ones
    that met: "did India and Russia share experiences" for "the JWG shared
    experiences", where the JWG's description ("the India-Russia Joint Working Group")
    names them both. Empty when the question names the meeting's doing otherwise."""
    store = index.store
    event = store.entities.get(fact.subject)
    if event is None or event.type != "event":
        return set()
    parties = {m.entity for m in analysis.mentions if store.entities[m.entity].type == "country"}
    if len(parties) < 2 or analysis.entities - parties - set(index.slot_entities(fact)):
        return set()
    described = {m.entity for m in index.mentions(index_stems(f"{event.name} {event.description}", index),
                                                  exclusive=False)}
    return parties if parties <= described else set()


def _doer_named(entity: object, analysis: Analysis) -> bool:
    """Whether the entity is named right after "did"/"does"/"do", where the doer stands:
    "did India reiterate its support" has India support, not be supported."""
    # (a mention's start counts content words: the first of them is the doer's place)
    return analysis.tokens[:1] in (("did",), ("does",), ("do",)) and not _RECEIVING & set(analysis.tokens[:6]) \
        and any(m.entity == entity and m.start == 0 for m in analysis.mentions)


# "did India get support": the one named receives what the relation gives
_RECEIVING = frozenset({"get", "receive", "win", "obtain", "gain", "secure", "earn", "enjoy", "have", "attract", "draw"})


def _in_order(fact: Fact, analysis: Analysis, passive: bool, index: Index) -> bool:
    """Subject before object, as the relation reads ("did Russia support India"), or
    the other way round in the passive ("was India supported by Russia"); either way
    for a relation that holds both ways ("did Galuzin meet Lal")."""
    where = {m.entity: m.start for m in analysis.mentions}
    if not isinstance(fact.object, str) or fact.subject not in where or fact.object not in where \
            or index.store.predicates[fact.predicate].symmetric:
        return True
    return (where[fact.subject] < where[fact.object]) != passive


# Answer types an entity named inside a text object may fill.
_NAMED_IN_TEXT = frozenset({"country", "organization", "city", "document"})

# Answer types a wh-word states plainly; an answer of another type is never right.
_STRICT_TYPES = frozenset({"agent", "person", "place", "city", "date", "number", "country", "event", "organization",
                           "ordinal", "reason"})


def index_stems(text: str, index: Index) -> list[str]:
    return content_stems(text, index.canon)


def _relation_gives(predicate: str, slot: str, index: Index) -> bool:
    """Whether a relation's facts give a place (held-in) or a date (held-on), as a
    fact's place or date qualifier does."""
    first = index.first_fact_of(predicate)
    if first is None:
        return False
    obj = index.store.facts[first].object
    if isinstance(obj, Literal):
        return slot == "date" and obj.kind == "date"
    return slot == "place" and index.store.entities[obj].type in PLACE_TYPES


def _is_year(stem_: str) -> bool:
    return len(stem_) == 4 and stem_.isdigit()


def _is_count(stem_: str) -> bool:
    return stem_ in ORDINALS or any(c.isdigit() for c in stem_)


# Nouns that ask an aspect of the thing after their "of" ("the status of X"): X is what
# the question is about
_ASPECT_NOUNS = frozenset("""status outcome outcomes result results progress fate nature level extent scope
stage details timeline value size""".split())
# words that end the noun phrase after "of"
_OF_PHRASE_ENDS = frozenset("""how what why who that which where when whose whom in on at for with by from to about during between
among as and or was were is are did does has have had""".split())


def _aspect_of_unknown(analysis: Analysis) -> str | None:
    """The unknown words of the thing whose status, outcome or nature is asked ("the
    status of rupee-ruble trade settlement": "rupee rubble settlement"), else None.
    Only real words count: a garbled name is no evidence of a thing the facts lack."""
    tokens = analysis.tokens
    for i, word in enumerate(tokens[:-2]):
        if word not in _ASPECT_NOUNS or tokens[i + 1] != "of":
            continue
        phrase = list(itertools.takewhile(
            lambda w: w not in _OF_PHRASE_ENDS and not (w.endswith("ed") and w not in analysis.unknown),
            tokens[i + 2:]))
        odd = [w for w in phrase if w in analysis.unknown and w in common_words()]
        if odd:
            return " ".join(odd)
    return None


def _real_word(focus: str, analysis: Analysis) -> bool:
    return any(stem(w) == focus and w in common_words() for w in analysis.unknown)


# Words that grade or point at the noun asked rather than name a kind of it.
_GRADING = HINT_ADJECTIVES | frozenset(
    "exact precise concrete actual real overall broad broader wide wider general various different several certain "
    "same official formal primary principal central core biggest largest greatest notable significant relevant "
    "named listed mentioned cited specified further additional most more least less very".split())


def _unknown_kind(analysis: Analysis, index: Index) -> str | None:
    """The kind of thing asked when a word that names it is one no fact has ("which
    social media platforms": platforms, but social media ones), else None."""
    if not analysis.focus or not analysis.modifiers or not index.knows_stem(analysis.focus):
        return None
    odd = [w for w in analysis.unknown if stem(w) in analysis.modifiers and w in common_words() and w not in _GRADING]
    if len(odd) < 2:
        return None  # one odd word is as often a paraphrase ("which compass point", "what bad purpose")
    return " ".join(w for w in analysis.tokens if stem(w) in analysis.modifiers or stem(w) == analysis.focus)


def _unknown_stems(analysis: Analysis) -> set[str]:
    return {stem(w) for w in analysis.unknown}


# The hand-set ranking score of the first version, kept as a tie-breaker.
_RANK_WEIGHTS = {"slot_hits": 1.2, "context_hits": 0.5, "unrelated_entities": -1.0, "relation": 1.0,
                 "word_overlap": 1.5, "type_fit": 0.8, "hinted": 0.5, "in_quote": 0.3}

# "who backs", "who's doing the backing": who and a verb, not "who is (the) X"
_WHO_DOES = (r"(?i)\W*(?:and\s+|so\s+)?who(?:['\u2019]s|\s+is|\s+was|\s+are|\s+were)\s+\w+ing\b"
             r"|\W*(?:and\s+|so\s+)?who\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|had\b|have\b"
             r"|will\b|would\b|can\b|could\b)[a-z]+\b")


def _open_slot(i: int, analysis: Analysis, subject_given: bool, object_given: bool,
               passive: bool, index: Index) -> tuple[str | None, str, float, str, str | None]:
    """The slot the question leaves open and wants filled: its name, text, how well its
    type fits, which slot the question gave, and the entity in it (if any)."""
    store = index.store
    fact = store.facts[i]
    wanted = analysis.wanted
    if analysis.hint and wanted in ("thing", "any"):
        wanted = "hint:" + store.entities[analysis.hint].type
    options: list[tuple[float, str, str, str, str | None]] = []
    obj = fact.object
    lean_object, lean_subject = (-0.05, 0.05) if passive else (0.05, 0.0)
    if analysis.doer_asked:
        # "which side reiterated support": the verb's doer is asked, which a verb read as
        # the relation's passive ("which ministry employs Lal") has in the object
        lean_object, lean_subject = (0.15, 0.05) if passive else (0.05, 0.1)
    elif wanted in ("agent", "person") and not passive and not subject_given and not object_given \
            and "whom" not in analysis.tokens and re.match(_WHO_DOES, analysis.question):
        # "who backs?", "who's doing the backing?": with neither side of the doing named,
        # "who" asks for its doer
        lean_object, lean_subject = 0.0, 0.05
    if not object_given:
        fit = _fit(wanted, obj, index)
        if wanted in ("place", "city") and isinstance(obj, str) and store.entities[obj].type == "country" \
                and store.entities[fact.subject].type in ("country", "organization", "group"):
            fit /= 2  # "where did Russia reiterate its support": not whom it backs, though a country is a place
        options.append((fit + lean_object, "object", store.object_text(fact), fact.subject,
                        obj if isinstance(obj, str) else None))
    if not subject_given and not (analysis.done_to_asked and not passive):
        # ("which country is the one being backed": not the one backing)
        fit = _fit(wanted, fact.subject, index)
        if wanted in ("place", "city") and not passive and index.store.entities[fact.subject].type not in ("city", "venue"):
            fit /= 2  # "where were the talks held": not who held them, though a country is a place
        if wanted == "country" and analysis.tokens[:2] in (("in", "which"), ("in", "what")) \
                and not _relation_gives(fact.predicate, "place", index):
            fit /= 2  # "in which country were the UN consultations held": where, not who held them
        options.append((fit + lean_subject, "subject", store.entities[fact.subject].name,
                        obj if isinstance(obj, str) else store.object_text(fact),
                        fact.subject))
    date = fact.qualifier("date")
    if date and wanted == "date":
        options.append((0.9, "date", format_date(date), fact.id, None))
    place = fact.qualifier("place")
    if place and wanted in ("place", "city") and place not in analysis.entities:
        options.append((0.9, "place", store.qualifier_text(place), fact.id, place))
    elif place and wanted == "country" and place not in analysis.entities and store.entities[place].type == "city" \
            and any(v >= 0.8 and _relation_gives(p, "place", index) for p, (v, _) in analysis.predicates.items()) \
            and (analysis.tokens[:2] in (("in", "which"), ("in", "what")) or analysis.tokens[-1:] == ("in",)
                 or any(t.startswith("host") for t in analysis.tokens)):
        # ("which country held the UNSC presidency" asks a holder, not where)
        # "in which country was the JWG (held)": in the country its city is in (the caller says which)
        options.append((0.9, "place", store.qualifier_text(place), fact.id, place))
    role = fact.qualifier("role")
    if wanted == "reason" and role and _is_purpose(str(role)) and not _other_deed_asked(fact, analysis):
        options.append((1.0, "role", str(role), fact.id, None))  # "why did Lal meet Galuzin": "to discuss ..."
    if wanted in ("thing", "any") and role and subject_given and object_given:
        done = _purpose_asked(str(role), analysis, index)
        if done:
            options.append((1.0, "role", done, fact.id, None))  # "what did Lal and Galuzin discuss": "the current situation"
    event = fact.qualifier("event")
    if event and (wanted in ("event", "hint:event") or (len(analysis.options) >= 2 and event in analysis.options)) \
            and event not in analysis.entities:
        options.append((0.9, "event", store.qualifier_text(event), fact.id, event))  # "at which meeting ..."
    if wanted in _NAMED_IN_TEXT and isinstance(obj, Literal):
        # "which country is Galuzin a minister of": the country a title names ("Russian
        # Deputy Foreign Minister"); "which body does India want a seat on": the body a
        # text object names ("permanent membership in a reformed UNSC")
        for m in index.mentions(list(index.literal_stems[i]), exclusive=False):
            named = store.entities[m.entity]
            if _fit(wanted, m.entity, index) >= 1.0 and m.entity not in analysis.entities:
                options.append((0.95, "object", named.name, fact.subject, m.entity))
                break
    if analysis.hint:
        # "which Indian diplomat met the Russian minister" is not the Russian minister
        options = [o for o in options if not (o[4] and _of_another_country(o[4], analysis.hint, index))]
    if wanted == "thing" and analysis.focus and analysis.focus not in _GENERIC_STEMS:
        # "at what level were the meetings held": a noun that is no place or time word
        # asks no place and no date
        dated = isinstance(obj, Literal) and obj.kind == "date"
        options = [(fit * 0.4, *rest) if (rest[3] in store.entities and store.entities[rest[3]].type in PLACE_TYPES)
                   or rest[0] == "date" or (rest[0] == "object" and dated) else (fit, *rest) for fit, *rest in options]
    if len(analysis.options) >= 2 and any(o[4] in analysis.options for o in options):
        # "was it discussed at the JWG or at the UN consultations": the slot that holds an option
        options = [o for o in options if o[4] in analysis.options]
    if not options:
        return None, "", 0.0, "", None
    fit, slot, answer, given, entity = max(options, key=lambda o: o[0])
    return slot, answer, max(0.0, min(1.0, fit)), given, entity


_ORDINAL_TEXT = r"(?i)\b(\d+(st|nd|rd|th)|{})\b".format("|".join(sorted(ORDINALS)))


def _purpose_asked(role: str, analysis: Analysis, index: Index) -> str | None:
    """What a stated purpose is about, when its verb is the relation asked: "to discuss
    the current situation in Ukraine" answers "what did Lal and Galuzin discuss"."""
    found = re.match(r"(?i)\s*(?:to|in order to|so as to)\s+(\w+)\s+(.+)", role)
    if not found:
        return None
    stated = {p for p, (strength, _) in analysis.predicates.items() if strength >= 0.6}
    if not stated & set(index.phrases_in([stem(found.group(1).lower())])):
        return None
    if set(content_stems(found.group(2), index.canon)) <= set(analysis.stems):
        return None  # "... to strengthen counter-terrorism efforts?" gave the purpose: it asks another slot
    return found.group(2)


def _is_purpose(text: str) -> bool:
    """A purpose, as a "why" question wants: "to discuss the situation", "in order to
    ..."; not a noun's own infinitive ("India's bid to become a member")."""
    return re.match(r"(?i)\s*(?:to|in order to|so as to|so that|because|for the purpose of)\s+\w", text) is not None


def _fit(wanted: str, value: str | Literal, index: Index) -> float:
    """How well a slot's value is the kind of thing the question wants."""
    if wanted.startswith("hint:"):
        hinted = wanted[5:]
        if isinstance(value, Literal):
            return 0.2
        return 1.0 if index.store.entities[value].type == hinted else 0.2
    if wanted == "reason":
        return 1.0 if isinstance(value, Literal) and _is_purpose(value.text) else 0.0
    if isinstance(value, Literal):
        kind = value.kind
        if kind == "number" and wanted == "number" and re.search(_ORDINAL_TEXT, value.text):
            return 0.1  # "how many" counts; "the 13th round" is a position, not a count
        if kind == "text" and wanted == "ordinal":
            # "which round": a text that states a place in a series ("the sixth round"), not another text
            return 0.3 if re.search(_ORDINAL_TEXT, value.text) else 0.1
        table = {"date": {"date": 1.0, "thing": 0.5, "any": 0.8},
                 "number": {"number": 1.0, "ordinal": 1.0, "thing": 0.6, "any": 0.8},
                 "text": {"thing": 1.0, "any": 0.9, "ordinal": 0.3, "agent": 0.1, "event": 0.1,
                          "organization": 0.2, "place": 0.1, "city": 0.1, "document": 0.3}}
        return table[kind].get(wanted, 0.0)
    etype = index.store.entities[value].type
    if wanted == "agent":
        return 1.0 if etype == "person" else 0.6 if etype in AGENT_TYPES else 0.0
    if wanted == "person":
        return 1.0 if etype == "person" else 0.0
    if wanted == "place":
        return 1.0 if etype in PLACE_TYPES else 0.0
    if wanted == "city":  # "which city": not a country, though a country is a place
        return 1.0 if etype == "city" else 0.5 if etype in ("place", "venue", "region") else 0.0
    if wanted == "country":
        return 1.0 if etype == "country" else 0.0
    if wanted == "event":
        return 1.0 if etype == "event" else 0.2 if etype in ("topic", "document") else 0.0  # a topic is no meeting
    if wanted == "organization":
        return 1.0 if etype in ("organization", "group") else 0.3
    if wanted == "document":
        return 1.0 if etype == "document" else 0.2
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


# (a meeting's name may come between: "how many JWG meetings", not a verb: "how many countries held meetings")
_HOW_MANY_ROUNDS = (r"\bhow many (?:of (?:these|those|the) )?"
                    r"(?:(?!(?:did|do|does|have|has|had|was|were|is|are|held|hold|attended|took|led|the|a|an|"
                    r"days?|hours?|weeks?|months?|years?)\b)"
                    r"[\w-]+ ){0,5}?(rounds?|meetings?|sessions?|editions?|times|sittings?|iterations?|instal+ments?)\b")
# "(so) what (exactly) did X say / tell Y ...": the words of a statement are asked
_WHAT_SAID = (r"(?i)^\W*(?:so\s+|and\s+|ok(?:ay)?\s+)?what\s+(?:exactly\s+|precisely\s+)?(?:did|does|do|has|had|have)\s+"
              r"(?P<who>[^?,;\u2013\u2014]+?)\s+(?:say|said|tell|told|state|stated|mention|mentioned|announce|announced)\b")
_SPEECH_WORDS = frozenset({"said", "says", "say", "stated", "states"})  # a predicate of saying has one of these
_QUOTED_WORDS = r"[\u201c\"](?P<said>[^\u201c\u201d\"]{12,}?)[,.]?[\u201d\"]"  # the words a sentence quotes


def _words_said(who: str, plain: Answer, index: Index) -> Answer | None:
    """"What did the MEA say?", "what did the press release say about radicalisation?":
    the words a fact of saying quotes ("“The two sides agreed ...,” stated the MEA"),
    when the one named said one such thing and every other word the question asks
    about is in it. As sure as an answer read from the one fact that gives it."""
    analysis = plain.analysis
    if analysis is None:
        return None
    store = index.store
    named = set(index_stems(who, index))
    speakers = {m.entity for m in analysis.mentions if set(m.form.stems) & named}
    stating = [(i, found.group("said")) for e in sorted(speakers) for i in index.facts_by_entity.get(e, ())
               if _SPEECH_WORDS & set(store.predicates[store.facts[i].predicate].synonyms)
               and e in index.slot_entities(store.facts[i])
               and (found := re.search(_QUOTED_WORDS, store.facts[i].quote.text))]
    if len({said for _, said in stating}) != 1:
        return None
    i, said = stating[0]
    # the speaker and what it said in ("in its press release") are no topic asked about
    slots = set(index.slot_entities(store.facts[i]))
    own = {s for m in analysis.mentions if m.entity in speakers | slots for s in m.form.stems}
    quoted = set(index_stems(said, index))
    asked = [s for s in analysis.stems if s not in own and s not in _GENERIC_STEMS and s not in _SAYING_STEMS]
    if not all(_expanded(s) & quoted for s in asked):
        return None  # "what did the MEA say about Ukraine": its words say nothing of it
    found = Candidate(store.facts[i], said, "said", 1.0, _ONE_VALUE_CONFIDENCE, "", {"entity": ""})
    return Answer(plain.question, True, said, _ONE_VALUE_CONFIDENCE, None, store.facts[i], (found,), analysis, ())


_SAID_OF = (r"(?i)\s*(?:(?:about|on|regarding|concerning|of|in\s+(?:its|the|a|their)\s+[\w ]+?)\b[^,;]*?)?"
            r"(?:\s*,?\s*(?:exactly|precisely|verbatim|word\s+for\s+word))?\s*[?.!]*\s*")  # "... say, exactly?"
# "What were the exact words of the MEA press release?": what it said
_WORDS_OF = (r"(?i)^\W*what\s+(?:were|are|was|is)\s+the\s+(?:exact\s+|precise\s+|actual\s+)?(?:words|wording)\s+"
             r"(?:of|in|used\s+(?:by|in))\s+(?P<who>[^?,;]+?)\s*[?.!]*\s*$")
_SAYING_STEMS = frozenset(stem(w) for w in ("say", "said", "tell", "told", "state", "stated", "mention", "mentioned",
                                            "announce", "announced",
                                            "exactly", "precisely", "word", "words", "exact", "precise", "actual",
                                            "wording"))
_COUNTED_WITH = r"(?i)\b(?:including|counting|included|so\s+far|to\s+date|in\s+all|in\s+total)\b"


def _count_placed(question: str, plain: Answer, index: Index) -> str | None:
    """The place a count of rounds is limited to ("met in Moscow"), which a round's
    number cannot say, when the answer is such a count; None when the question counts
    the round itself in ("counting the one in Moscow")."""
    if not plain.answered or not plain.candidates or plain.candidates[0].slot != "count" \
            or plain.analysis is None or not re.search(_HOW_MANY_ROUNDS, " ".join(plain.analysis.tokens)) \
            or re.search(_COUNTED_WITH, question):
        return None
    for m in plain.analysis.mentions:
        if index.store.entities[m.entity].type in ("city", "country") and re.search(
                rf"(?i)\b(?:in|at|inside)\s+(?:the\s+)?{re.escape(m.form.text)}\b", question):
            return m.form.text
    return None


def _count_of_a_round(question: str, plain: Answer) -> bool:
    """A count asked of one round the question numbers itself ("how many sessions did
    the sixth round comprise"), which the count of rounds does not answer; not when
    that round is counted in or counted up to ("counting the sixth", "before the 13th")."""
    if not plain.answered or not plain.candidates or plain.candidates[0].slot != "count" \
            or plain.analysis is None or re.search(_COUNTED_WITH, question):
        return False
    tokens = plain.analysis.tokens
    return any(_is_ordinal(t) for t in tokens) and not (_BEFORE_WORDS | {"up", "until", "till", "through"}) & set(tokens)


def _round_count(candidate: Candidate, before: bool) -> Candidate | None:
    """An ordinal answer read as a count: the sixth round is the sixth of six, after five."""
    obj = candidate.fact.object
    if candidate.slot != "object" or not isinstance(obj, Literal) or obj.kind != "number":
        return None
    n = int(float(obj.value)) - (1 if before else 0)
    return replace(candidate, answer=f"{n} ({'before ' if before else ''}{candidate.answer})", slot="count")


def _other_deed_asked(fact: Fact, analysis: Analysis) -> bool:
    """Whether the question asks the reason of another deed than this fact's: "why did
    Russia refuse to back India" is not asked why Lal met Galuzin."""
    strength = analysis.predicates.get(fact.predicate, (0.0,))[0]
    if not analysis.entities or fact.subject in analysis.entities:
        return False  # (a deed of no one named, or of this fact's own doer, is a word's looser sense)
    # (what a meeting was about is its purpose's own words: "the purpose of the meeting")
    return strength < 0.8 and any(s >= 0.8 for p, (s, _) in analysis.predicates.items()
                                  if p != fact.predicate and p not in _TALKED_OVER)


def _day_count(candidate: Candidate) -> Candidate | None:
    """A date answer read as the number of days it spans: "2 days (December 19-20, 2024)"."""
    span = _date_span(candidate)
    if not span:
        return None
    try:
        days = (date.fromisoformat(span[1]) - date.fromisoformat(span[0])).days + 1
    except ValueError:
        return None
    return replace(candidate, answer=f"{days} day{'s' if days != 1 else ''} ({candidate.answer})", slot="count")


def _named_person(analysis: Analysis, index: Index) -> Candidate | None:
    """"Which official has the first name Mikhail", "who is called Sergey": the person
    the question names by that part of their name is the answer, in full."""
    people = [m for m in analysis.mentions if index.store.entities[m.entity].type == "person"]
    if not people and analysis.options:
        people = _option_called(analysis, index)
    if analysis.wanted not in ("person", "agent") or len(people) != 1:
        return None
    said = people[0].form.text.lower()
    person = index.store.entities[people[0].entity]
    names = "|".join(re.escape(n) for n in {said, *person.name.lower().split(), *(a.lower() for a in person.aliases)})
    if analysis.name_part in ("first", "last") and re.search(
            rf"(?i)\b(?:{names})(?:['\u2019]?s)?\s+(?:first|last|given|family|sur)\s*name"
            rf"|\b(?:first|last|given|family|sur)\s*name\s+of\s+(?:{names})\b", analysis.question):
        # "what is Lal's first name", "the first name of Tanmaya Lal at the talks": the
        # person named owns the name asked for
        return _card(replace(analysis, mentions=(people[0],)), index)
    tokens = analysis.tokens
    # "called Sergey": the name right after the word
    called = any(t in ("called", "named") and tuple(tokens[k + 1 : k + 2]) == (said,) for k, t in enumerate(tokens))
    if not (called or analysis.name_part in ("first", "last")):
        return None
    entity = index.store.entities[people[0].entity]
    parts = entity.name.lower().split()
    # an alias that spells the name another way ("Sergei Vershinin") spells its parts too
    spelt = [a.lower().split() for a in entity.aliases if len(a.split()) == len(parts) > 1]
    firsts = {parts[0], *(a[0] for a in spelt if a[-1] == parts[-1])}
    lasts = {parts[-1], *(a[-1] for a in spelt if a[0] == parts[0])}
    part = "first" if said in firsts else "last" if said in lasts else None
    if len(parts) < 2 or part is None:
        return None
    card = _card(replace(analysis, mentions=(people[0],)), index)
    if not called and part != analysis.name_part:
        # "Mikhail the deputy FM: surname?": the other part of the name said; not when a
        # relation leads to another ("the first name of the official Lal met")
        return None if analysis.predicates else card
    return replace(card, answer=entity.name, slot="named") if card else None


def _option_called(analysis: Analysis, index: Index) -> list[Mention]:
    """"Which Russian official is called Sergey, Vershinin or Galuzin?": the name said
    after "called" or "named" is read as it is without options, when it names one of them
    (the options took in its mention)."""
    tokens = analysis.tokens
    said = [tokens[k + 1] for k, t in enumerate(tokens[:-1]) if t in ("called", "named")]
    if len(said) != 1:
        return []
    return [m for m in index.mentions(content_stems(said[0], index.canon))
            if m.entity in analysis.options and index.store.entities[m.entity].type == "person"]


# "Is Galuzin's first name Mikhail or Sergey?", "Lal's surname - Lal?": the owner of the
# name part, and the words offered for it
_NAME_PART_OFFERED = (r"(?i)\b(?P<owner>[\w-]+)['\u2019]?s\s+(?P<part>first|last|given|family|sur)\s*name\s*"
                      r"(?:is\s+|was\s+)?[:,\u2013\u2014-]?\s*(?P<offered>[A-Za-z-]+(?:\s*(?:,|or)\s*[A-Za-z-]+)*)"
                      r"\s*[?.!]*\s*$")


def _name_part_choice(analysis: Analysis, index: Index) -> Candidate | None:
    """"Is Galuzin's first name Mikhail or Sergey?": the part of the named person's name
    asked is read from the name itself, and picks the option that is it ("Mikhail
    (Mikhail Galuzin)"); "is Galuzin's first name Mikhail?" is answered yes, or no
    with the part. None when the part said is neither, or the owner is no person."""
    if analysis.name_part not in ("first", "last") or analysis.wanted not in ("yesno", "any", "person"):
        return None
    found = re.search(_NAME_PART_OFFERED, analysis.question)
    if not found:
        return _owner_of_name_part(analysis, index)
    # (the owner's name may be an option's too: "Mikhail or Sergey" names Galuzin)
    people = [m for m in index.mentions(index_stems(found.group("owner"), index))
              if index.store.entities[m.entity].type == "person"]
    if len({m.entity for m in people}) != 1:
        return None
    person = index.store.entities[people[0].entity]
    parts = person.name.split()
    if len(parts) < 2:
        return None
    first = found.group("part").lower() in ("first", "given")
    own = {p.lower() for p in _name_parts(person, 0 if first else -1)}
    offered = [w for w in re.split(r"\s*,\s*|\s+or\s+", found.group("offered").strip()) if w]
    right = [w for w in offered if w.lower() in own]
    card = _card(replace(analysis, mentions=(people[0],)), index)
    if card is None or len(right) > 1:
        return None
    said = parts[0 if first else -1]
    if len(offered) == 1:
        text = f"Yes ({person.name})" if right else f"No: {said} ({person.name})"
    elif right:
        text = f"{right[0]} ({person.name})"
    else:
        return None  # neither option is the name: no choice to make between them
    return replace(card, answer=text, slot="named", confidence=_ONE_VALUE_CONFIDENCE)


# "Sergey is the first name of which Russian", "whose first name is Sergey"
_NAME_PART_GIVEN = (r"(?i)\b(?P<said>[a-z]+)\s+is\s+(?:the\s+)?(?:first|given|last|family|sur)\s*-?\s*name\s+of\s+"
                    r"(?:which|what|whom|who)\b|\bwhose\s+(?:first|given|last|family|sur)\s*-?\s*name\s+(?:is|was)\s+"
                    r"(?P<said2>[a-z]+)\b")


def _owner_of_name_part(analysis: Analysis, index: Index) -> Candidate | None:
    """"Sergey - first name of Vershinin or Galuzin?": the people offered, and a name
    said besides them that is the part asked of exactly one: that one, in full."""
    store = index.store
    at = 0 if analysis.name_part == "first" else -1
    given = re.search(_NAME_PART_GIVEN, analysis.question)
    if given and not analysis.options:
        # "Sergey is the first name of which Russian, the one who ... or the one who ...?":
        # the name says whose it is, whatever the descriptions offered
        part = (given.group("said") or given.group("said2")).lower()
        owners = [e for e, entity in store.entities.items() if entity.type == "person"
                  and part in {p.lower() for p in _name_parts(entity, at)}]
        if len(owners) == 1:
            return _owner_named(store.entities[owners[0]], analysis, index)
        return None
    people = [e for e in analysis.options if store.entities[e].type == "person"]
    if len(people) < 2 or len(people) != len(analysis.options):
        return None
    offered = " ".join(analysis.option_texts).lower().split()
    said = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", analysis.question) if w.lower() not in offered}
    owners = [e for e in people if {p.lower() for p in _name_parts(store.entities[e], at)} & said]
    if len(owners) != 1:
        return None
    return _owner_named(store.entities[owners[0]], analysis, index)


def _owner_named(owner: Entity, analysis: Analysis, index: Index) -> Candidate | None:
    """The owner of a name part, in full, with the card of facts about them as evidence."""
    named = [m for m in index.mentions(index_stems(owner.name, index)) if m.entity == owner.id]
    card = _card(replace(analysis, mentions=tuple(named[:1])), index) if named else None
    return replace(card, answer=owner.name, slot="named", confidence=_ONE_VALUE_CONFIDENCE) if card else None


def _name_parts(person: Entity, at: int) -> set[str]:
    """The first (`at` 0) or last (-1) part of a person's name, as the name and its
    aliases of as many words spell it ("Sergey", "Sergei")."""
    parts = person.name.split()
    if len(parts) < 2:
        return set()
    return {parts[at], *(a.split()[at] for a in person.aliases if len(a.split()) == len(parts))}


def _name_behind_title(analysis: Analysis, index: Index) -> Candidate | None:
    """"Name the MEA's Secretary (West)", "the name of India's Secretary (West)": the
    name of the one person the question names only by a title (an alias that is no
    part of the name), backed by the fact that gives the title. Not when a relation is
    asked too ("the name of the man the Secretary (West) met")."""
    if "name" not in analysis.tokens or analysis.predicates or analysis.name_part:
        return None
    people = [m for m in analysis.mentions if index.store.entities[m.entity].type == "person"]
    if len(people) != 1:
        return None
    person = index.store.entities[people[0].entity]
    if set(people[0].form.stems) & set(index_stems(person.name, index)):
        return None  # named by name already: "Lal's name" asks something else
    card = _card(replace(analysis, mentions=(people[0],)), index)
    return replace(card, answer=person.name, slot="named") if card else None


def _asks_name_of_alias(analysis: Analysis, index: Index) -> bool:
    """"What is the name of the Indian foreign ministry": one thing said by another of
    its names, and nothing else asked (not "the name of the body that met in Moscow")."""
    if analysis.tokens[:1] != ("what",) or analysis.tokens[1:2] not in (("is",), ("was",)) \
            or analysis.tokens[2:5] != ("the", "name", "of") or len(analysis.mentions) != 1:
        return False
    mention = analysis.mentions[0]
    if mention.form.is_name or index.store.entities[mention.entity].type == "topic":
        return False
    rest = [s for k, s in enumerate(analysis.stems) if not mention.start <= k <= mention.end]
    return all(s in _GENERIC_STEMS or s == "name" for s in rest)


def _full_name(analysis: Analysis, index: Index) -> Candidate | None:
    """"The full name of X": X's name as the facts spell it out, backed by the fact
    that says what X is (for an acronym, what it stands for)."""
    card = _card(analysis, index)
    if card is None:
        return None
    name = index.store.entities[str(card.details["entity"])].name
    return replace(card, answer=name)


def _short_form(analysis: Analysis, index: Index) -> Candidate | None:
    """'What is the acronym for X': X's all-capitals alias."""
    for mention in analysis.mentions:
        entity = index.store.entities[mention.entity]
        acronyms = [a for a in entity.aliases if is_acronym(a, entity.name)]
        if acronyms:
            facts = [index.store.facts[i] for i in index.facts_by_entity[entity.id]]
            backing = sorted(facts, key=lambda f: not index.store.predicates[f.predicate].describes)[0]
            return Candidate(backing, acronyms[0], "card", 1.0, 0.9, "card", {"entity": entity.id})
    return None


def _as_short_form(candidate: Candidate, index: Index) -> Candidate:
    """"What abbreviation is used for the counter-terror grouping": the fact found
    gives the long form of a name its subject also has as an acronym; the acronym is
    what is asked."""
    named = index.store.entities.get(str(candidate.details.get("entity", "")))
    if named is not None and candidate.answer == named.name and any(is_acronym(a, named.name) for a in named.aliases):
        # "which acronym names the body India seeks to join": the body found, by its acronym
        return replace(candidate, answer=next(a for a in named.aliases if is_acronym(a, named.name)))
    subject = index.store.entities.get(candidate.fact.subject)
    if candidate.slot != "object" or subject is None:
        return candidate
    acronyms = [a for a in subject.aliases if is_acronym(a, subject.name)]
    said = set(words(candidate.answer))
    if not acronyms or not said or not said <= set(words(subject.name)) | set(words(" ".join(subject.aliases))):
        return candidate
    return replace(candidate, answer=acronyms[0], details={**candidate.details, "entity": subject.id})
