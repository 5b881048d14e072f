"""Understanding a question: the answer type it wants, the entities and relation it
names, and the words nothing in the facts explains. Pure; no ranking here."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from factcli import spoken
from factcli.dated import MONTH_NAMES
from factcli.hosting import named_by_part
from factcli.index import Index, Mention
from factcli.lexicon import (
    CAPITALS,
    DESCRIBED_TERMS,
    FRAME_WORDS,
    IS_IT_TRUE_THAT,
    PHRASAL_VERBS,
    REGION_ADJECTIVES,
    REGIONS,
    RELATED_STEMS,
    SHORTHAND,
    STOPWORDS,
    THREE_WORD_PHRASES,
    capital_country,
    common_words,
    everyday_related,
    not_nouns,
    ordinal_suffix,
    place_names,
    stem,
)
from factcli.model import ENTITY_TYPES, PLACE_TYPES
from factcli.text import words

WH_WORDS = ("what", "which", "who", "whom", "whose", "where", "when", "how", "why")
_AUXILIARIES = {"is", "are", "was", "were", "did", "do", "does", "has", "have", "had", "will"}

# The noun after "which"/"what" narrows the answer type.
NOUN_TYPES = {
    "country": "country", "nation": "country", "countries": "country", "nations": "country",
    # a country said by its state ("which government does Vershinin serve", "which jurisdiction")
    "government": "country", "state": "country", "jurisdiction": "country",
    "city": "city", "town": "city", "place": "place", "venue": "place", "location": "place", "capital": "city",
    "date": "date", "day": "date", "dates": "date", "year": "date", "month": "date", "days": "date",
    "span": "date", "period": "date", "stretch": "date", "timeframe": "date", "dateline": "date", "window": "date",
    "person": "person", "official": "person", "man": "person", "woman": "person", "individual": "person",
    "figure": "person", "guy": "person", "gentleman": "person", "fellow": "person", "chap": "person",
    "lady": "person", "spokesperson": "person", "spokesman": "person", "spokeswoman": "person",
    "minister": "person", "diplomat": "person",
    "leader": "person", "principal": "person", "people": "person", "officials": "person", "diplomats": "person",
    "envoy": "person", "officer": "person", "officers": "person", "functionary": "person", "bureaucrat": "person",
    "emissary": "person", "dignitary": "person",
    "delegate": "person", "negotiator": "person", "representative": "person", "head": "person", "chief": "person",
    "meeting": "event", "event": "event", "talks": "event", "session": "event", "forum": "event",
    "track": "event", "tracks": "event", "workstream": "event", "workstreams": "event", "strand": "event",
    "gathering": "event", "format": "event", "dialogue": "event", "reunion": "event", "reunions": "event",
    "sessions": "event", "discussions": "event", "consultations": "event", "negotiations": "event",
    "mechanism": "event", "mechanisms": "event", "figures": "person",
    "body": "organization", "organisation": "organization", "organization": "organization",
    "ministry": "organization", "group": "organization", "department": "organization", "agency": "organization",
    "institution": "organization", "organ": "organization", "arm": "organization", "wing": "organization",
    "branch": "organization", "outfit": "organization", "mob": "organization",  # "which mob put out the release"
    "round": "ordinal", "edition": "ordinal", "iteration": "ordinal", "instalment": "ordinal",
    "document": "document", "statement": "document", "release": "document",
    "report": "document",
}
# Plurals that name another kind of thing than their singular: "in which forum did
# they meet" asks a meeting, "in what forums should they cooperate" the kinds of platform.
_PLURAL_OTHER = frozenset({"forums"})
# "Which (one) of the two meetings": the words before the noun asked among.
_PARTITIVE = frozenset({"one", "of", "the", "these", "those", "two", "both", "three"})
# Words that ask about the future; fact records report what has happened.
AHEAD = frozenset({"will", "next", "upcoming", "future", "forthcoming", "planned", "shall"})
# Words that ask about what came before ("his previous posting"): the facts report these talks.
BEHIND = frozenset({"previous", "previously", "prior", "formerly", "preceding"})
# Words that compare two things by a number ("the higher round number", "met more times"):
# no name of another thing, though the facts never say them
HIGHER = frozenset({"higher", "highest", "bigger", "biggest", "larger", "largest", "greater", "greatest", "later",
                    "latest", "more", "most"})
LOWER = frozenset({"lower", "lowest", "smaller", "smallest", "earlier", "earliest", "fewer", "fewest", "less",
                   "least"})
# "before becoming Secretary (West)", "before he joined": a state earlier than the one reported
_OFFICE_NOUNS = frozenset({"job", "post", "role", "title", "position", "posting", "office", "career", "work"})
# "hold a seat", "holds the post": an office held, not a meeting
_HOLD_WORDS = frozenset({"hold", "holds", "holding", "held"})
_OFFICE_OBJECTS = frozenset({"seat", "seats", "post", "posts", "office", "offices", "position", "positions", "title",
                             "titles", "membership", "memberships", "chair", "rank", "portfolio", "role"})
_BEFORE_WHAT = ("becoming", "being", "joining", "taking", "he", "she", "they", "his", "her", "their")
_ABBREVIATE = {"acronym", "abbreviation", "abbreviated", "initials", "short"}
ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth twentieth""".split())
_NAME_WORDS = {"first", "last", "full", "name", "surname", "forename", "spelled", "spelling"}
# Words that ask for a description of whatever the question names ("describe X").
# Type nouns that say nothing more than the type ("which city"); others ("which
# minister", "which organisation") also say what the answer must be.
# -ing/-ed words that usually qualify a noun rather than act as the verb.
ADJECTIVES_LIKE_VERBS = {"ongoing", "upcoming", "leading", "emerging", "existing", "continuing",
                         "following", "united", "reformed", "renewed", "related", "continued", "high-level", "named",
                         "armed", "advanced", "organised", "organized", "elected", "developing", "developed"}
_TEAM_WORDS = {"side", "team", "delegation", "country", "nation", "group", "body", "organisation",
               "organization", "ministry", "party", "host"}
PLAIN_TYPES = {"person", "people", "man", "men", "woman", "women", "individual", "figure", "guy", "place",
                "country", "nation", "city", "date", "day", "year", "month", "span", "period", "stretch", "timeframe", "window",
                "thing", "official", "location", "venue", "one", "event", "body", "group", "round", "meeting",
                "talks", "session", "leader", "town", "track", "tracks", "workstream", "workstreams", "strand",
                # nouns that only say "a person": facts give officials their titles, not these
                "diplomat", "diplomats", "envoy", "delegate", "negotiator", "representative",
                "times"}  # "how many times": a count, of whatever the question says
_DESCRIBE_WORDS = {"describe", "explain", "identify", "introduce", "profile", "background", "info", "meant",
                   "mean", "means", "meaning", "refer", "refers", "referred", "referring", "referenced", "clarify",
                   "denote", "denotes", "signify", "signifies", "initials",
                   "definition", "define", "dat", "that",
                   "information", "details", "detail", "know", "about", "bio", "biography"}
_DESCRIBE_STEMS = frozenset(stem(w) for w in _NAME_WORDS | _DESCRIBE_WORDS)
# A clause after these names what the answer is NOT ("..., not the Russian one"); the
# patterns read the question as typed, so "as oppsed to" is allowed for.
# (Patterns are kept as text and compiled by `re` on first use: start-up time.)
_AUX_WORDS = r"(?:was|were|is|are|did|do|does|has|have|had)"
_EXCLUDE = (r"(?i)\b(?:not|as op+o?s+e?d to|as distinct from|rather than|instead of|unlike|other than|"
            r"apart from|besides|except|in addition to|opposite|facing|(?<=,\s)beyond|"
            r"(?<!set\s)(?<!put\s)(?<!laid\s)aside from)\b"
            # the clause ends at punctuation, or at a question begun without it ("the UN
            # talks not the terror group what round were those"); a wh-word that starts
            # the clause, or opens a relative one ("the one who discussed"), is its own
            r"(\s*[\w'-]*(?:(?!\s(?:(?:what|which|how)\s+\w+|who|when|where)\s+" + _AUX_WORDS + r"\b)[^,;:?.()])*)")
# "Who is Lal and what's his job?": two questions about one name, which its card answers
# together (the job asked alone would be read as "who has a job like Lal's").
_WHO_IS_AND_MORE = (r"(?i)^\s*(?:who|what)\s*(?:is|was|'s)\b[^,;?]*(?:,\s*and\b|,|\band\b)\s*(?:what|which|where|how)\b"
                    r"[^?]*\b(?:his|her|its|their|he|she|it)\b")
# "Which of the two meetings", "which one of these sessions": a member of a set is asked.
_ONE_OF_SET = r"(?i)\b(?:which|what)\s+(?:one\s+)?of\s+(?:the|these|those)\s+(?:two|three|four|both|several)\b"
_LEADING_ASIDE = (r"(?i)^\s*(?:beyond|aside from|along with|alongside|in addition to|as well as|zooming out from|"
                  r"moving (?:on|away) from)\b([^,;:?.()]*),")
# "Which JWG was this?": an event the question names, asked which of its series it was.
# An in-place wh-word (a blank filled in) after "the", before a series' noun or a name
_THE_WHAT_IN_SERIES = (r"(?i)\bthe\s+(?:what|which)\s+(?:(round|session|meeting|edition|sitting|iteration|one|"
                       r"gathering|instalment|installment)\b|(?-i:[A-Z]))")
# A meeting's one subject, and its several ones
_ONE_SUBJECT = frozenset({"subject", "topic", "theme"})
_ONE_SUBJECT_STEMS = frozenset({stem(w) for w in _ONE_SUBJECT} | {"about"})
_TOPICS = frozenset({"topics", "subjects", "themes"})
_HEADING_NOUNS = frozenset({"heading", "headings", "header", "headers", "headline", "headlines", "subheading",
                            "subheadings"})
_BEFORE_A_NOUN = frozenset({"the", "a", "which", "what", "that", "this", "its", "first", "second", "section", "each",
                            "two", "both", "other", "same", "whose"})
_LEADING_VERBS = frozenset({"led", "lead", "leads", "leading", "headed", "heads", "head", "chaired", "chair", "helmed"})
_SUBJECTS = frozenset({"subjects", "topics", "themes", "issues", "matters", "developments", "discussed", "reviewed"})
# "which session was this of the JWG", "in numerical order, which round was it in the
# series": the same, the series named after the question's verb
_WHICH_THIS_OF = (r"(?i)\b(?:which|what)\s+(?:numbered\s+)?(?:round|session|edition|sitting|iteration|instalment|"
                  r"installment)\s+(?:was|is)\s+(?:this|it|that)(?:\s+one)?\s+(?:of|in)\b")
_WHICH_WAS_THIS = r"(?i)^\s*(?:which|wich|what)\b[^?]*\b(?:was|is)\s+(?:this|it|that)(?:\s+one)?\s*[?.!]*\s*$"
# Between the items of a list: "terrorism, radicalisation, and terror financing".
LIST_SEPARATOR = r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
# A leading clause ends at the question's wh-word too: "apart from terrorism what ..."
# (a wh-word as typed quickly too: "besides terrorism wat else ...")
_LEADING_EXCLUDE = (r"(?i)^\s*(?:apart from|besides|except|other than|beyond|aside from)\b"
                    r"((?:(?!\b(?:what|wat|wut|wot|which|who|whom|whose|where|when|why|how)\b)[^,;:?.()])*)"
                    r"(?=\b(?:what|wat|wut|wot|which|who|whom|whose|where|when|why|how)\b)")
# "Besides terrorism, radicalisation and terror financing, what else ...": a list set
# aside, its items ended by commas, the last one right before the question's wh-word
_LEADING_LIST = (r"(?i)^\s*(?:apart from|besides|except|other than|beyond|aside from)\b"
                 r"((?:(?:(?!\b(?:what|wat|wut|wot|which|who|whom|whose|where|when|why|how)\b)[^,;:?.()])+,){2,})\s*"
                 r"(?=(?:what|wat|wut|wot|which|who|whom|whose|where|when|why|how)\b)")
# ("per the MEA press release, ..." leads a question the same way)
ACCORDING_TO = (r"(?i)(?:\b(?:according to|as reported by|as stated by|as per)|^\s*per\b|(?<=, )per\b"
                # "Based on the press release, what did ...": what the answer is read from
                r"|^\s*(?:based\s+on|going\s+by)(?=\s+(?:the|this|that)\s+(?:article|piece|story|report|text|release|"
                r"press\s+release|statement|source)\b)"
                # "Going by the dates given, how long ...": what the answer is read from
                r"|^\s*(?:going|judging)\s+(?:by|from)(?=\s+the\s+(?:dates?|days|figures|numbers|details|facts)\b))"
                r"\s+(?!whom\b|who\b|what\b|which\b)"
                # up to its comma; typed without one, up to the question's wh-word ("per the
                # mea what did ..."); else to the end
                r"(?:[^,;:?]*[,;:]|[^,;:?]*?(?=\s(?:what|which|who|whom|whose|where|when|why|how)\b)|[^,;:?]*(?:(?=\?)|$))")
# "Lal's opposite number": his counterpart; "opposite" alone excludes what follows.
_OPPOSITE_NUMBER = r"(?i)\bopposite number(?=s?\b)"
# "Russia's position on the conflict" is a stance, not the post someone holds.
_POSITION_ON = (r"(?i)\b(?:pos+i?t+i?on|stand)\s+(on|regarding|about|towards?|over)\b|"  # "positon", "postion" too
                r"\bposition\b(?=(?:\s+\w+){1,4}\s+(?:express|expressed|take|took|adopt|adopted|voice|voiced|lay|laid|"
                r"set|state|stated|outline|outlined|present|presented|spell|spelled|spelt|convey|conveyed|"
                r"communicate|communicated|articulate|articulated|relay|relayed|argue|argued)\b)")
_WHERE_STANDS = (r"(?i)^\s*where\s+(?:do|does|did)\s+((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+stand\s+"
                 r"(on|regarding|towards?|about|over)\b")
_STANCE_TAKEN = (r"(?i)^\s*what\s+(?:stance|position|line|view)\s+(?:(?:did|does|do|has|had|have)\s+)?"
                 r"((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:take|took|taken|takes|adopt|adopted|adopts|hold|held|"
                 r"holds|express|expressed|voice|voiced)\s+(on|regarding|towards?|about|over)\b")
# "In the article, what does ... refer to": where the asker read it, not what is asked.
_IN_THE_ARTICLE = r"(?i)\b(?:in|from|per)\s+(?:the|this)\s+(?:article|piece|report|story|text)\b(?!['\u2019]s)"
# Where in the body of the text, or whose view, a question points to ("..., in the second
# paragraph?", "in the writer's view"): it says where to look, not what is asked (the
# first and the last paragraphs are read by passage.py; a heading is a fact of its own)
_WHERE_IN_TEXT = (r"(?i)(?:^|,|\s)\s*(?:in|from|going\s+by|judging\s+by)\s+(?:"
                  r"(?:the|its|this|the\s+(?:article|piece|report|story)['\u2019]s)\s+(?:second|third|fourth|fifth|"
                  r"middle|next|penultimate)\s+(?:paragraph|para|lines?|sentences?)"
                  r"|the\s+(?:writer|author|reporter|journalist)['\u2019]?s?\s+(?:view|opinion|words|estimation|eyes))"
                  r"\s*(?:,|(?=\s*[?.!]*\s*$))")
# "What marks, according to last sentence, the continued collaboration?": where the
# article says it, set in the middle of the question; read at its end, where it leaves
# the question's own words together
_MIDDLE_ASIDE = (r"(?i)^(?P<head>\s*(?:who|whom|what|which|where|when|why|how)\b[^,?]{0,40}?),\s*"
                 r"(?P<aside>(?:according\s+to|as\s+per|per|going\s+by|judging\s+by|as\s+(?:said|stated|written|"
                 r"mentioned)\s+in)\s+[^,?]{2,50}?),\s*(?P<rest>[^,?]+?)\s*(?P<end>[?.!]*)\s*$")
# "The talks were in Moscow or Delhi?": a subject, a "be", then a choice, said as a statement
_STATED_CHOICE = (r"^\s*(?!(?i:who|whom|whose|what|which|where|when|why|how|is|was|were|are|did|does|do|has|have|had|"
                  r"can|could|will|would|should|so|and|but|or|if|in|on|at|to|for|from|with|by|of|as|please|tell|"
                  r"confirm|check)\b)(?P<subject>(?![^?]*\b(?:who|whom|whose|what|which|where|when|why|how)\b)[\w'\u2019-]+"
                  r"(?:\s+[\w'\u2019-]+){0,6}?)\s+(?P<be>is|was|are|were)\s+"
                  r"(?P<rest>(?![^?]*\b(?:who|whom|whose|what|which|where|when|why|how)\b)[^?,;:]*\bor\b[^?,;:]*\?)\s*$")
# A guess after a complete wh-question: "who led the Indian side, Lal?"
_GUESS = (r",\s*(?!(?:which|what|who|whom|whose|where|when|how|why|at|in|on|during|for|with|from|to|by|of)\b)"
          r"([\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3})\s*\?*\s*$")
# "Which Indian official, the delegation leader or someone else, met Galuzin?", "...
# with Lal, the one who headed the team, or another?": a guess offered with its own
# alternative asks nothing the question without it does not
_OR_ANOTHER = (r"(?i)\s*[,:\u2014\u2013]\s*(?:the|a|an)\s+[^,?\u2014\u2013]{1,60}?,?\s+or\s+(?:someone|somebody|"
               r"another|a\s+different|some\s+other|an?\s+other)\b[^,?\u2014\u2013]*([,?\u2014\u2013]|$)")
# Markup-like tags pasted into a question ("[bold]", "[/]") are formatting, not words.
_TAG = r"(?i)\[/?[a-z #0-9]{0,20}\]"
# "X or Y": two short options (up to six words each: "the consultations on UN-related
# issues"), ended by punctuation or a dash.
# (a hyphenated word is one word: "at the consultations on UN-related issues" is six)
_OPTIONS = (r"(?i)([\w'()\u2013]+(?:-[\w'()\u2013]+)*(?:\s[\w'()\u2013]+(?:-[\w'()\u2013]+)*){0,5}?),?\s+or\s+"
            r"([\w'()\u2013]+(?:-[\w'()\u2013]+)*(?:\s[\w'()\u2013]+(?:-[\w'()\u2013]+)*){0,5}?)"
            r"\s*(?=[:?,.;]|\s[-\u2013\u2014]\s|$)")
# "permanent or non-permanent": a word and its negation offered
_AND_ITS_NEGATION = r"(?i)\b([a-z]{3,})\s+or\s+(?:an?\s+|the\s+)?non[-\s]?\1\b"
# The first of three options: one to three words between a colon or dash and a comma.
_FIRST_OF_THREE = r"(?:[:\u2014\u2013]|\s-)\s*([\w'\u2019()-]+(?:\s+[\w'\u2019()-]+){0,2}),\s*$"
# "Did the talks touch on any armed conflict, and if so which one?"
# "so did they talk about the war? which one": the same, asked in two goes
_IF_SO = (r"(?i)^\s*(?:so\s+|and\s+)?(did|do|does|was|were|is|are|has|have)\s+(.+?)\s+(?:any|an|a|some|the)\s+(.+?)"
          r"(?:,?\s+and\s+if\s+so,?\s+|\s*[?;\u2014\u2013]\s*(?:and\s+)?(?:if\s+so,?\s+)?)"
          r"(which|what|who)(?:\s+ones?)?\s*\??\s*$")


_WHICH_AFTER = r"(?i)[?,]\s*(?:which|what|who)\b(?:\s+ones?)?\s*\??\s*$"
_WHOSE_AIM = (r"(?i)\b(which|what)\s+(country|nation|state|side|party)['\u2019]s\s+(?:ambitions?|aspirations?|bid|hopes?|"
              r"dreams?|goal|quest|push|drive|desire|wish|aim|campaign|candidacy)\s+(to|for)\b")
_IF_SO_PHRASE = (r"(?i)^\s*(?:so\s+|and\s+)?(?P<aux>did|was|were|is|are|has|have)\s+(?P<before>[^?,]+?),?\s+and\s+if\s+"
                 r"so,?\s+(?P<wh>(?:(?:under|by|in|on|at|with|from|to|for|as)\s+)?(?:what|which|whose)\s+[a-z]+)"
                 r"\s*\??\s*$")


# "Did a war come up in the talks? Which one?", "There was a war that came up in the
# talks, wasn't there? Which one?", "A war came up, which one?": the thing said first
# is the subject the wh-word asks after ("which war came up in the talks")
_SUBJECT_THEN_WHICH = (r"(?i)^\s*(?:so\s+|and\s+)?(?:(?P<aux>did|do|does|was|were|is|are|has|have)\s+|there\s+"
                       r"(?:was|were|is|are)\s+)?(?:any|an|a|some)\s+(?P<noun>[a-z][\w-]*)\s+(?:(?:that|which)\s+)?"
                       r"(?P<rest>[^?,;]+?)(?:,\s*(?:was|were|is|are|did|does|do|has|have)n['\u2019]?t\s+(?:there|it|they)"
                       r")?\s*[?,;\u2014\u2013]\s*(?:and\s+)?(?P<wh>which|what)(?:\s+ones?)?\s*\??\s*$")


# "There were two deputy ministers from Moscow in that story. Which one met our man?":
# the set named first says what "which one" picks from ("which deputy minister met ...")
_SET_THEN_WHICH_ONE = (r"(?i)^\s*there\s+(?:was|were|are|is)\s+(?:two|three|several|some|a\s+couple\s+of)\s+"
                       r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b[^.?!;]*[.?!;]\s*(?:so\s+|and\s+)?"
                       r"which\s+(?:one|of\s+them|of\s+the\s+(?:two|three))\b(?P<rest>[^.?!;]*[?.!]*)\s*$")


def _which_one_of_those_there(question: str) -> str:
    found = re.match(_SET_THEN_WHICH_ONE, question)
    if not found:
        return question
    return f"Which {found['noun'][:-1]}{found['rest']}"


def _if_so(question: str) -> str:
    """"Did the talks touch on any armed conflict, and if so which one?" asks "which
    armed conflict did the talks touch on": the yes follows from the answer."""
    subject = re.match(_SUBJECT_THEN_WHICH, question)
    if subject:
        return f"{subject['wh']} {subject['noun']} {subject['aux'] or ''} {subject['rest']}?".replace("  ", " ")
    found = re.match(_IF_SO, question)
    if not found:
        # "Was the money side of terrorism taken up, and if so under what name?": the
        # wh-phrase asks of the clause before it ("under what name was it taken up")
        found = re.match(_IF_SO_PHRASE, question)
        return f"{found.group('wh')} {found.group('aux')} {found.group('before')}?" if found else question
    aux, before, noun, wh = found.groups()
    return f"{wh} {noun} {aux} {before}?"


# The kinds of entity a "where" or "when" answer can be.
_WANTED_KINDS = {"place": PLACE_TYPES, "city": PLACE_TYPES, "date": frozenset()}
# A topic set out first, then a yes/no question about it.
# (after a wh-word only "was it X?" checks a guess: "which edition, by number, was this
# gathering" still asks which)
_TOPIC_THEN_YESNO = (r"(?i)^(?!\s*(?:which|what|who|whom|whose|when|where|how|why)\b[^?]*?(?:\s[-\u2013\u2014]\s|[:;,]\s)"
                     r"\s*(?:was|were|is|are|did|does|do|has|have)\s+(?:that|this|those|these)\b)"
                     r"[^?]*?\w[^?]*?(?:\s[-\u2013\u2014]\s|[:;,]\s)\s*(?:was|were|is|are|did|does|do|has|have)\s+"
                     r"(?:that|it|this|they|those|these)\b")
# "the backer", "the supporters", "the sponsor": a noun for whoever does something, which
# a country can be ("the leader" too, whom a person fits as well)
# a noun of a doing ("backer", "supporter"), which names the one who does it
_DOER_WORD = r"[a-z]{3,}(?:er|or)s?"
_DOER_NOUN = rf"the {_DOER_WORD}$"  # compiled on first use (start-up)
# Everyday words a question may use that say nothing about which fact is meant; they
# neither count against an answer nor make a question unanswerable.
GENERIC = frozenset("""
take took taken place want wants wanted set sets terms term itself themselves distinct opposed way
happen happened happens get got make made become became seem part start end thing things
side sides two both also one ones another other others someone something kind sort type
name named called get gets go went going come came specific specifically exactly really
article mention mentions mentioned quoted cited according describe described description
matter matters else per together separately alongside among regarding concerning kindly herein
therein referenced refer refers referred piece story report clarify stuff
counterpart counterparts equivalent same separate
proper problem problems aspect aspects dimension dimensions facet facets item items field fields scope reach
summary paragraph paragraphs sentence sentences passage intro introduction lede line lines closing wrap-up wrapup
word words wording adjective adjectives phrase phrasing expression numbered manyth manieth view
if so across meant quote quotes whole even ever yet already such related involve involves involved involving
gentleman gentlemen fellow chap lady guy person individual folk folks bloke like
too own business fangled writeup phenomenon phenomena
tied connected linked associated
vector vectors geographic geographical geographically file dossier process billed pitched touted
believe guess suppose reckon wonder wondering recall remember imagine
main primary
""".split())


@dataclass(frozen=True)
class Analysis:
    question: str
    tokens: tuple[str, ...]  # all words, lower-case, misspellings corrected
    corrections: tuple[tuple[str, str], ...]  # (as typed, as read)
    stems: tuple[str, ...]  # content stems, in order
    wanted: str  # person, agent, place, city, date, number, country, event, organization, ordinal, thing, yesno, any
    describe: bool  # "who is X", "what is X" or a bare name: answer with X's card
    abbreviate: bool  # asks for the short form of a name
    mentions: tuple[Mention, ...]
    predicates: dict[str, tuple[float, bool]]
    unknown: tuple[str, ...]  # content words found nowhere in the facts
    strange: tuple[str, ...]  # unknown words that look like names or numbers: a sure miss
    excluded: frozenset[str]  # entities the question rules out ("not the article")
    options: frozenset[str]  # "X or Y": the answer must be one of these
    hint: str | None  # the entity right after "which"/"what" ("which war"): the answer's kind
    focus: str | None  # the stem of the noun after "which"/"what" ("which hotel"): what the answer is
    ahead: bool  # asks what comes next or came before ("when will they meet again"): these facts cannot say
    name_part: str | None  # "first" or "last" for "the first name of ...", "full" for "the full name"
    kind_of: tuple[str, ...] = ()  # stems of N in "what kind of N": the answer is N's modifier
    option_stems: tuple[tuple[str, ...], ...] = ()  # "X or Y" as said: an answer may also match the words
    modifiers: tuple[str, ...] = ()  # stems of the words before the asked noun ("what broader theme")
    set_aside: tuple[tuple[str, ...], ...] = ()  # stems of each thing "besides X" / "apart from X" sets aside
    option_texts: tuple[str, ...] = ()  # the options of "X or Y" as typed, when option_stems holds them
    doer_asked: bool = False  # "which country reiterated support ...": the wh-phrase is the verb's subject
    done_to_asked: bool = False  # "which country is the one being backed": the wh-phrase is the verb's object
    count_asked: int = 0  # "what three threats": the answer lists that many things

    @property
    def entities(self) -> set[str]:
        return {m.entity for m in self.mentions}


# "True or false: Russia backed India's bid", "jwg was the 13th y/n": a statement whose
# truth is asked, the yes-or-no question "is it true that ..." in other words (the
# marker is no choice of "X or Y"); "is it true that ..." asks the statement itself
_TRUTH_MARK = r"(?:true\s+or\s+false|false\s+or\s+true|t\s*/\s*f|yes\s+or\s+no|y\s*/\s*n)"
_TRUTH_MARKED = (rf"(?i)^\s*{_TRUTH_MARK}\s*[:?,.;\u2013\u2014-]*\s+(?=\w)"
                 rf"|[\s,:;(\u2013\u2014-]*\b{_TRUTH_MARK}\s*\)?\s*[?.!]*\s*$")
_IS_IT_TRUE = rf"(?i)^\s*{IS_IT_TRUE_THAT}(?=\w)"
# The asker checks a memory or a belief: "Am I right in recalling that ...", "Would I be
# right to say ...", "Do I have it right that ...": the statement, asked yes or no
_AM_I_RIGHT = (r"(?i)^\s*(?:am\s+i\s+(?:right|correct)|would\s+i\s+be\s+(?:right|correct)|"
               r"(?:do\s+i\s+have|have\s+i\s+got)\s+(?:it|this|that)\s+(?:right|correct))\s*"
               r"(?:(?:in|to)\s+(?:recalling|thinking|saying|believing|assuming|remembering|understanding|"
               r"recall|think|say|believe|assume|remember|understand)\s+)?(?:that\s+)?(?=\w)")
# "..., right?", "... - correct?", "... . Accurate?": a check asked of the statement before it
_CHECK_MARK = (r"(?i)(?:[.,;:\u2013\u2014]|\s-)\s*(?:(?:is\s+(?:that|this|it)\s+|am\s+i\s+)?(?:correct|right|accurate|true|"
               r"ok|okay)|(?:does|do)\s+(?:that|this|it)\s+(?:match|square\s+with|agree\s+with|tally\s+with|check\s+out|"
               r"hold\s+up)(?:\s+(?:with\s+)?(?:the|this|your)\s+(?:piece|article|story|report|text|source|facts))?|"
               r"(?:can|could)\s+you\s+(?:confirm|verify)(?:\s+(?:that|this|it))?|confirm|is\s+(?:that|this)\s+so)"
               r"\s*[?!.]*\s*$")
# who put the statement up for checking: "Draft says ...", "The story claims that ..."
_CLAIMED_BY = (r"(?i)^\s*(?:the\s+|my\s+|our\s+|a\s+)?(?:draft|copy|story|report|piece|article|text|writer|reporter|"
               r"colleague)(?:\s+(?:says|said|states|claims|reports|has\s+it)\s+(?:that\s+)?|\s+(?:line|says|reads)\s*:\s*)")


# "Was it Ukraine they talked about or the Middle East?": one option, the clause said of
# it (a pronoun or a name, then its verb), then the other option
_CLEFT_SPLIT = (r"(?i)^\s*(?P<head>(?:was|is|were)\s+it\s+(?!(?:they|he|she|we|you|that|which)\b)[\w'\u2019-]+"
                r"(?:\s+[\w'\u2019-]+){0,2}?)(?<!\bthe)(?<!\ba)(?<!\ban)\s+(?P<clause>(?:that\s+)?"
                r"(?:they|he|she|we|you|(?-i:[A-Z])\w+)\s+(?-i:[a-z]+ed|met|led|held|said|sought|spoke|took|gave|made|had|"
                r"did|meant|backs|supports?|discuss(?:es)?|talks?|means?)(?:\s+[\w'\u2019-]+){0,4}?)\s+or\s+"
                r"(?P<other>[^?,]+?)\s*\?\s*$")
# "Was it Vershinin or Galuzin whom Lal met?": a choice put first, then what is said of
# the one chosen; read as "whom Lal met, Vershinin or Galuzin?" (the "that" of a cleft
# about a meeting is read where the descriptions are)
# ("(may I know) whether it was Mr. Galuzin or Mr. Vershinin who ..." is the same choice, reported)
_CLEFT_CHOICE = (r"(?i)^\s*(?:(?:was|is|were)\s+it|(?:whether\s+)?it\s+(?:was|is|were))\s+"
                 r"((?:[\w'\u2019().-]+\s+){1,5}?or\s+(?:[\w'\u2019().-]+\s+){0,4}?"
                 r"[\w'\u2019().-]+)\s+(who|whom)\s+([^?]+?)\s*\??\s*$")


# "Which city was it in, Moscow I believe?": the asker's hedge after a guess says nothing
_HEDGE = (r"(?i)(?<=\w)(?:\s*,)?\s+(?:I\s+(?:believe|think|guess|suppose|reckon|imagine|assume)|if\s+I\s+"
          r"(?:remember|recall)(?:\s+(?:right|correctly))?|if\s+I['\u2019]?m\s+not\s+mistaken|I\s+(?:wonder|presume)|"
          # "... on the Security Council or something?": a vague second option, no choice
          r"or\s+(?:something|whatever|anything)(?:\s+like\s+that)?)"
          r"\s*([?.!]*)\s*$")
_HEDGE_ENDS = ("believe", "think", "guess", "suppose", "reckon", "imagine", "assume", "remember", "recall", "right",
               "correctly", "mistaken", "wonder", "presume", "something", "whatever", "anything", "like that")


# "The man who chaired the Russian team, what is his title?": a topic said first, then
# asked about through a pronoun; read as "what is the title of the man who ...".
_TOPIC_END = r"\s*(?:,|\s[-\u2013\u2014]|\u2014)\s*"  # a comma or a dash sets the topic off
_FRONTED_TOPIC = (rf"(?i)^\s*(?P<topic>(?:the|a|an|this|that)\s+[^,?\u2014]+?){_TOPIC_END}(?P<wh>what|which|who|where|when|how)\b"
                  r"(?P<mid>[^,?]*?)\b(?:his|her|its|their)\s+(?P<noun>[^,?:]+?)\s*[?.!]*\s*$")  # (no options after it)
# "The official who met Galuzin - which ministry does he work for?": the topic is the
# pronoun's subject ("which ministry does the official who met Galuzin work for")
# ("Russia's support for India's bid - where was that voiced?": an owner opens it too,
# though no word that only ends like one: "besides", "as", "was")
_NO_OWNER = (r"(?:besides|towards|across|unless|perhaps|as|was|is|has|does|this|its|his|hers|theirs|yes|plus|"
             r"less|thus|always|sometimes|whereas|regardless|nevertheless|us|afterwards|regards|s)")
_FRONTED_SUBJECT = (rf"(?i)^\s*(?P<topic>(?:the|a|an|this|that|(?!{_NO_OWNER}\b)[a-z][\w-]*(?:['\u2019]s|s['\u2019]?))"
                    r"\s+[^,?\u2014]+?)"
                    rf"{_TOPIC_END}(?P<wh>(?:what|which|who|whom|where|when|how)\b[^,?]*?)\b(?:he|she|it|they|"
                    r"that(?=\s+[a-z]+ed\b|\s+said\b|\s*[?.!]*\s*$))\b(?P<rest>[^,?]*?)\s*[?.!]*\s*$")

# "What came out of the talk on Ukraine?", "what emerged from ...": its result, which
# is asked (not what the talk was about)
_OUTCOME_ASKED = (r"(?i)^(?P<what>\s*what)\s+(?:(?:has|have|had)\s+)?(?:came|come|comes|emerged|emerges|resulted|"
                  r"results)\s+(?:out\s+of|of|from)\s+")

# "What is the release's date?", "what was the talks' venue?": a kind of answer, owned
_POSSESSED_KIND = (r"(?i)^\s*(?P<wh>what|which)\s+(?P<be>is|was|are|were)\s+(?P<owner>the\s+[\w\s-]{1,40}?)['\u2019]s?\s+"
                   r"(?P<kind>date|dates|day|days|dateline|venue|location|city|place|year|month)\s*[?.!]*\s*$")

# Keywords: a thing's noun (an adjective before it), then a verb done to it, then
# more; none of the words that start a question
_NOUN_THEN_DONE = (r"^(?!(?:who|whom|what|which|where|when|why|how|is|was|were|are|did|does|do|has|had|have|can|"
                   r"will|the|a|an)\b)(?:[a-z-]+\s+)?(?:conflict|war|threat|threats|issue|issues|topic|topics|"
                   r"crisis|challenge|challenges|meeting|body|group|official|minister|forum|document|country)\s+"
                   r"(?:covered|discussed|raised|addressed|reviewed|mentioned|flagged|highlighted|examined|"
                   r"considered|tackled|noted|cited|named)\s+\w")

_SOURCE_NOUN = r"(?:article|release|press\s+release|piece|report|story|text|statement|source)"
_SOURCE_ASIDE = (rf"(?i)\s*,\s*(?:in\s+the\s+{_SOURCE_NOUN}['\u2019]s\s+(?:own\s+)?(?:words|wording|terms|phrasing)|"
                 rf"according\s+to\s+the\s+{_SOURCE_NOUN}|as\s+the\s+{_SOURCE_NOUN}\s+(?:puts|says|has)\s+it|"
                 rf"per\s+the\s+{_SOURCE_NOUN})\s*,\s*")

# A position taken on something: "position on Ukraine", "what position did he put
# forward on ..." (a post is held, not taken on a subject: "what position did Lal hold")
_POSITION_TAKEN_ON = (r"(?i)\bpositions?\b(?:\s+(?:did|does|do|has|had|have|was|were|is|are)\s+"
                      r"(?![^?]{0,40}?\b(?:hold|holds|held|holding|occupy|occupies|occupied|fill|filled)\b)"
                      r"[^?]{1,40}?)?\s+(?:on|regarding|about|towards?|concerning|over|vis-[a\u00e0]-vis)\s+(?!behalf\b)"
                      # "what position India was taking about the conflict": taken, however said
                      r"|\bpositions?\b[^?]{1,40}?\b(?:tak(?:e|es|ing|en)|took|adopt(?:s|ed|ing)?)\b[^?]{0,30}?\s+"
                      r"(?:on|regarding|about|towards?|concerning|over)\s+")

# "Mikhail Galuzin, is he an Indian or a Russian official?": a name (or "the ...")
# said first, then asked about yes-or-no through a pronoun for people; read with the
# name in the pronoun's place ("is Mikhail Galuzin an Indian or ...")
_FRONTED_YES_NO = (r"^\s*(?!(?i:so|in|on|at|to|for|from|with|by|of|as|and|but|or|ok|okay|well|also|now|then|yes|no|"
                   r"hey|hi|um|uh|like|right|sorry|please|quick|wait|who|whom|what|which|where|when|how|why)\b)"
                   r"(?P<topic>(?:(?i:the|a|an|this|that)\s+[^,?\u2014]+?|[A-Z][\w.'\u2019-]*"
                   r"(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,3}))"
                   rf"{_TOPIC_END}(?P<aux>(?i:is|was|are|were|does|did|do|has|have|had|will|would|can|could))\s+"
                   r"(?i:he|she|they)\b(?P<rest>[^,?]*?)\s*[?.!]*\s*$")


# options ending in one left open: "..., Moscow or other?", "- the tenth, the twelfth, or some other one?"
_OPEN_OPTION_END = (r"(?i),?\s+or\s+(?:(?:some|any)\s+)?(?:other|another|others|elsewhere|someone\s+else|somebody\s+else|"
                    r"something\s+else|somewhere\s+else|a\s+different\s+one)(?:\s+(?:one|ones|place|city|person))?"
                    r"\s*[?.!]*\s*$")


def _before_open_options(question: str) -> str | None:
    """The question before its open options: up to a dash or colon that sets them off,
    else up to the first comma; None when what is left asks nothing."""
    end = re.search(_OPEN_OPTION_END, question).start()  # type: ignore[union-attr]
    head = question[:end]
    dash = max(head.rfind(" - "), head.rfind(" \u2014 "), head.rfind("\u2014"), head.rfind(":"))
    cut = dash if dash > 0 else head.find(",")
    if cut <= 0:
        return None
    before = head[:cut].rstrip(" ,")
    return f"{before}?" if re.search(r"(?i)\b(?:who|whom|what|which|where|when|how)\b", before) else None


# "In the sentence 'Both nations shared their experiences', which nations are meant?":
# the quoted words, asked with the phrase meant as the wh-phrase
_QUOTED_THEN_ASKED = (r"(?i)^\s*(?:in|within)\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+['\u2019]s\s+)?(?:sentence|phrase|line|"
                      r"statement|quote|quotation|passage|clause|words|remark)\s*(?:that\s+)?['\"\u201c\u2018]"
                      r"(?P<said>[^'\"\u201d\u2019]+)['\"\u201d\u2019]\s*,?\s*(?P<rest>[^'\"\u201c\u2018]*?"
                      r"(?:['\"\u201c\u2018](?P<meant>[^'\"\u201d\u2019]+)['\"\u201d\u2019])?[^'\"\u201c\u2018]*)$")
_MEANT = r"(?i)\b(?:which|what|who|whom)\s+(?P<noun>[a-z]+)?\b.*\b(?:mean|meant|refer|refers|referred|denote|denotes)\b"


def _quoted_then_asked(question: str) -> str | None:
    """The quoted words with the phrase the question asks about made its wh-phrase:
    "which nations shared their experiences?"; None when no phrase of them is meant."""
    found = re.match(_QUOTED_THEN_ASKED, question)
    meant = re.search(_MEANT, found.group("rest")) if found else None
    if not found or not meant:
        return None
    said, noun = found.group("said").strip(" .,;"), meant.group("noun")
    if noun in (None, "is", "was", "are", "were", "does", "do", "did"):
        noun = None
    if found.group("meant"):
        target = found.group("meant").strip()
    elif noun:
        near = re.search(rf"(?i)\b(?:both|the|these|those|this|that|all)\s+(?:\w+\s+){{0,2}}?{re.escape(noun)}\b", said)
        target = near.group(0) if near else ""
    else:
        return None
    at = said.lower().find(target.lower()) if target else -1
    if at < 0:
        return None
    wh = f"which {noun}" if noun else "who"
    return f"{said[:at]}{wh}{said[at + len(target):]}?".strip()


_WHO_THEN_WHAT = (r"(?i)^\s*who\s+(?:is|was)\s+(?P<name>[^,;?]+?)\s*[,;]\s*(?:and\s+)?(?:what|which)(?:['\u2019]s|s|\s+is|"
                  r"\s+was)\s+(?:his|her|their)\s+(?P<noun>[^?,;]+?)\s*[?.!]*\s*$")


# "Does the article say (that) X?", "Did the piece state X?": the claim X, checked
_SOURCE_SAYS = (r"(?i)^\s*(?:does|did|do)\s+(?:the\s+|this\s+|that\s+)?(?:article|piece|report|story|text|"
                r"press\s+release|release|source|write-up)\s+(?:say|state|claim|report|suggest|confirm)\s+"
                r"(?P<that>that\s+|whether\s+)?(?P<claim>[^?]*\w)\s*[?.!]*\s*$")
_WH_FIRST = r"(?i)\W*(?:who|whom|whose|what|which|where|when|why|how|about|of|on|regarding|anything)\b"


# "S. Jaishankar": an initial's full stop ends no sentence
_INITIAL = r"(?<![\w.])([A-Z])\.\s+(?=[A-Z][a-z])"


def initials_joined(question: str) -> str:
    """The question with a name's initials written without their full stops."""
    return re.sub(_INITIAL, r"\1 ", question) if ". " in question else question


def put_up_for_checking(question: str) -> str | None:
    """"The UN talks were the fifth round - correct?", "Draft says the panel was the
    12th. Right?": the statement put up for checking, asked yes or no ("Is it true
    that the UN talks were the fifth round?"); None for any other question."""
    said = re.match(_SOURCE_SAYS, question)
    if said and not re.match(_WH_FIRST, said.group("claim")) and (
            said.group("that") or re.match(_DECLARED, said.group("claim") + "?")):
        # "Does the article say that Galuzin led the Russian team?": the claim, checked
        return f"Is it true that {said.group('claim')}?"
    low = question.rstrip(" ?!.").lower()
    if not low.endswith(("correct", "right", "accurate", "true", "ok", "okay", "confirm", "so", "that", "this", "it",
                         "match", "out", "up", "piece", "article", "story", "report", "text", "source", "facts")):
        return None
    checked = re.search(_CHECK_MARK, question)
    if not checked or checked.start() == 0:
        return None
    statement = re.sub(_CLAIMED_BY, "", question[: checked.start()]).strip(" ?")
    if not statement or re.match(r"(?i)^\W*(?:who|whom|what|which|where|when|why|how)\b", statement):
        return None  # "who led the Indian side, right?": a question, checked or not
    return f"Is it true that {statement}?"


# "Lal met Galuzin?", "the talks were held in Moscow?": a statement said with a
# question mark, asked yes or no: a subject, a finite verb, and something after it
_DECLARED = (r"(?i)^\s*(?!(?:who|whom|whose|what|which|where|when|why|how|is|was|were|are|did|does|do|has|have|"
             r"had|can|could|will|would|should|shall|may|might|must|so|and|but|or|if|in|on|at|to|for|from|with|"
             r"by|of|as|please|kindly|tell|name|list|give)\b)"
             r"(?P<subject>[\w'\u2019().-]+(?:\s+[\w'\u2019().-]+){0,4}?)\s+"
             r"(?P<verb>is|was|are|were|has|have|had|[a-z]{3,}ed|said|told|met|led|held|gave|took|made|sent|sought|"
             r"spoke|chose|brought|voiced)\s+(?P<rest>[^?]*[\w)])\s*\?\s*$")
_NO_DECLARING = (r"(?i)\b(?:who|whom|whose|what|which|where|when|why|how|or|if|whether|"
                 # a wh-word as typed in a hurry: "Vershinin headed wich team?" asks which
                 r"wat|wot|wut|waht|whta|wich|witch|whcih|whihc|wihch)\b|"
                 r"\b(?:by|of|to|for|with|on|in|at|about|from)\s*\?\s*$")
_BE_OR_HAVE = frozenset({"is", "was", "are", "were", "has", "have", "had"})


_CONFIRM_FIRST = r"(?i)^\s*(?:(?:please|kindly)\s+)?(?:confirm|verify|check)\s*:\s*"
# "was Vershinin the leader, not Galuzin?": the contrast said after a yes-or-no question
_NOT_THAT = (r"(?i)^(?P<asked>\s*(?:is|was|are|were|did|does|do|has|have|had|whether)\s[^?]+?)"
             r"(?:,\s*|\s+(?:and|but)\s+)not\s+[^,?]{1,40}?\s*\?*\s*$")


def declared(question: str, known: Callable[[str], bool]) -> str | None:
    """"Lal met Galuzin?", "meetings were Dec 19-20?", "confirm: Lal met Galuzin": the
    statement asked yes or no ("Is it true that Lal met Galuzin?"); None for any other
    question. A verb other than "be" or "have" needs a subject the facts know (`known`):
    "issues discussed at the JWG?" is a keyword query for the issues, with a participle
    for its verb."""
    confirm = re.match(_CONFIRM_FIRST, question)
    if confirm:
        question = f"{question[confirm.end():].strip().rstrip('?.!')}?"
    if not question.rstrip().endswith("?") or re.search(_NO_DECLARING, question):
        return None
    said = words(question)
    if said and (_wh_typo(said[0], said[1] if len(said) > 1 else "") in WH_WORDS
                 or (SHORTHAND.get(said[0]) or ("",))[0] in WH_WORDS):
        return None  # "Wher were the meetngs held?"
    found = re.match(_DECLARED, question)
    if not found or (found.group("verb").lower() not in _BE_OR_HAVE and not known(found.group("subject"))):
        return None
    return f"Is it true that {question.strip().rstrip('?').strip()}?"


def without_contrast(question: str) -> str | None:
    """"Were the talks on Dec 19-20, not Dec 20-21?": the yes-or-no question without
    the contrast after it, which a yes to the question makes true; None when there is
    none."""
    found = re.match(_NOT_THAT, question)
    if not found:
        return None
    return re.sub(r"(?i)^whether\s+", "Is it true that ", f"{found.group('asked').strip()}?")


# "Did Lal meet Lavrov or Galuzin on Ukraine?": names offered, then what the verb is
# about, which belongs to neither name
_NAME_THEN_ABOUT = (r"^(?P<name>(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?|"
                    r"(?i:an?|the)\s+(?:[\w-]+\s+){0,3}?(?i:minister|official|diplomat|envoy|secretary|"
                    r"counterpart|representative|officer))\s+"
                    r"(?i:on|about|in|at|during|over|regarding|concerning)\s+\S")
_A_PREPOSITION = r"(?i)\b(?:on|about|in|at|during|over|regarding|concerning|with|to|for|of|from|by)\b"


def _names_without_the_rest(first: str, second: str) -> tuple[str, str]:
    """The two options, the second without a phrase after it that the verb takes,
    when both are names (or the second a person described) and the first has no such
    phrase."""
    found = re.match(_NAME_THEN_ABOUT, second.strip())
    last = first.split()[-1] if first.split() else ""
    if found and last[:1].isupper() and not re.search(_A_PREPOSITION, first):
        return first, found.group("name")
    return first, second


def _without_asker_and_guess(question: str) -> str:
    """The question without what the asker says of themselves before it ("Good morning.
    I was reading the paper over my tea and wondered, where ...?") and without a guess
    after it ("... held? Was it the Foreign Ministry itself?"): neither asks anything
    the question does not. A question that refers back to what was said keeps it."""
    told = re.match(_ABOUT_THE_ASKER, question)
    if told and len(words(question[told.end():])) >= 2 and not (
            _BACK_REFERENCES - {"it"}) & set(words(question[told.end():])):
        question = question[told.end():]
    guess = re.search(_GUESS_AFTER, question)
    if guess and any(w in WH_WORDS for w in words(question[: guess.start()])):
        question = question[: guess.start()]
    return question


# A blank left where the answer goes ("India and Russia met for the ___ Joint Working
# Group"), and the instruction before it: the blank reads as a wh-word standing in
# place, which the cloze reading fills from the source sentence
_BLANK = r"_{2,}|\[\s*(?:blank|\.{3}|\u2026)\s*\]|\(\s*blank\s*\)"
_FILL_IN = (r"(?i)^\s*(?:fill\s+in\s+(?:the\s+)?(?:blanks?|gaps?)|"
            r"(?:complete|finish)(?:\s+(?:the|this))?(?:\s+(?:sentence|statement|phrase|line|quote|headline|clue))?)"
            r"\s*(?:[:\-\u2014\u2013,.]\s*)?")


def _blank_as_wh(question: str) -> str:
    if not re.search(_BLANK, question):
        return question
    asked = re.sub(_BLANK, "what", re.sub(_FILL_IN, "", question, count=1)).strip().rstrip(".!:")
    return (asked[:1].upper() + asked[1:]).rstrip("?") + "?"


# A request in the imperative ("Identify the emerging challenges ...", "State the date
# of the talks", "Name the Russian official who discussed Ukraine"): the same question
# as "what was ...?", or "which official discussed ...?" when a person is described by
# what they did. Only a phrase opened by "the": "name him" is read as it stands, and
# "tell me ..." is a lead-in of its own (_REQUEST).
_IMPERATIVE = (r"(?i)^\s*(?:(?:please|kindly)\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
               r"(?P<verb>identify|specify|state|indicate|mention|provide|give|name|list|recall|cite|"
               r"verify|confirm|record|note|determine|establish|check|report|find|supply)"
               r"\s+(?:(?:me|us)\s+)?(?P<phrase>(?:the\s+|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['\u2019]s\s+)"
               r"[^?]+?)\s*[.?!]*\s*$")  # "the ...", or a name's: "give Vershinin's role"
# a request as a question's last sentence ("... ? Kindly tell the supporter.")
_LAST_REQUEST = (r"(?i)(?<=[.?!])\s+(?:(?:please|kindly)\s+)?(?:tell|name|identify|give|state)\s+(?:(?:me|us)\s+)?"
                 r"(?P<phrase>the\s+[^?.!]+?)\s*[.?!]*\s*$")
# "name the ..." and "list the ..." are read well as they stand, unless a person is
# described by what they did
_NAMING = frozenset({"name", "list"})
# "who was the official who discussed Ukraine?": which official discussed it
_WHO_WAS_THE_ONE_WHO = r"(?i)^\s*who\s+(?:is|was)\s+(?P<phrase>the\s+[^?]+?)\s*[.?!]*\s*$"
# Words that end a noun phrase's head: a relative clause or a prepositional phrase
_PHRASE_ENDS = frozenset({"who", "that", "which", "where", "when", "whose", "whom", "of", "in", "on", "at", "for",
                          "with", "by", "from", "to", "about", "during", "between", "among", "as", "and", "or",
                          "behind", "under", "over", "against", "the", "a", "an"})


# Verbs after "who" besides a past tense: "the official who was ...", "who didn't lead"
_DID = frozenset({"was", "is", "had", "has", "did", "does", "didn't", "wasn't", "doesn't"})


# "Which Russian official's talks with Lal were about Ukraine?": which official met Lal
# to discuss it (the meeting is its owner's, and what it was about is its topic)
_WHOSE_MEETING_ABOUT = (r"(?i)^\s*(?P<wh>which|what)\s+(?P<owner>[\w\s-]{2,40}?)['\u2019]s\s+(?:talks?|meetings?|"
                        r"exchanges?|conversations?|discussions?|sit-downs?|encounters?|sessions?|consultations?)\s+"
                        r"with\s+(?P<other>[^?,]{2,60}?)\s+(?:was|were|is|are)\s+(?:(?:specifically|mainly|chiefly)\s+)?"
                        r"(?:about|on|over|regarding|concerning|tied\s+(?:specifically\s+)?to|concerned\s+with|"
                        r"focused\s+on|centred\s+on|centered\s+on|devoted\s+to)\s+(?P<topic>[^?]+?)\s*[?.!]*\s*$")


def _who_did_it(phrase: str) -> str | None:
    """'the Russian official who discussed Ukraine' as 'Which Russian official
    discussed Ukraine?': a plain noun before "who" and a verb after it."""
    said = phrase.split()
    end = next((k for k, w in enumerate(said[1:], 1) if w.lower().strip(",") in _PHRASE_ENDS), len(said))
    if end < 2 or end + 1 >= len(said) or said[end].lower() not in ("who", "that", "which"):
        return None  # ("the two countries that took part": which two countries took part)
    verb = said[end + 1].lower().replace("\u2019", "'")
    if not (verb.endswith("ed") or verb in IRREGULAR_PAST or verb in _DID):
        return None
    return f"Which {' '.join(said[1:end])} {' '.join(said[end + 1:])}?"


def _doer_named(phrase: str) -> bool:
    """"the supporter", "the backer of India's bid": a noun of a doing (-er, -or) heads
    the phrase, not a type of thing the facts know ("the member")."""
    said = phrase.split()
    head = said[1].lower().strip(",.") if len(said) > 1 else ""
    return bool(re.fullmatch(_DOER_WORD, head)) and head.rstrip("s") not in NOUN_TYPES \
        and (len(said) == 2 or said[2].lower() in _PHRASE_ENDS)


# a finite verb that makes "the talks were held in Moscow" a clause, not a noun phrase
_CLAUSE_VERBS = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "have", "had"})


def _states_a_clause(phrase: str) -> bool:
    """"(confirm) the talks were held in Moscow": a statement to check, not a thing to
    name; a verb after "who"/"which" belongs to a clause describing the thing."""
    for word in phrase.lower().split()[1:]:
        if word in ("who", "that", "which", "where", "when", "whose", "whom"):
            return False
        if word in _CLAUSE_VERBS:
            return True
    return False


def _request_as_question(question: str) -> str:
    last = re.search(_LAST_REQUEST, question) if "." in question or "?" in question else None
    if last and _doer_named(last.group("phrase")):
        # "..., who is giving and who is receiving? Kindly tell the supporter.": the request last is asked
        return f"Who is {last.group('phrase')}?"
    request = re.match(_IMPERATIVE, question)
    if request and _states_a_clause(request.group("phrase")):
        request = None  # "confirm the talks were held in Moscow" asks yes or no
    if request and _doer_named(request.group("phrase")):
        return f"Who is {request.group('phrase')}?"  # "name the backer": who backs
    if request:
        phrase = request.group("phrase")
        if request.group("verb").lower() in _NAMING and phrase[:4].lower() == "the ":
            return _who_did_it(phrase) or question
        said = phrase.split()
        end = next((k for k, w in enumerate(said[1:], 1) if w.lower().strip(",") in _PHRASE_ENDS), len(said))
        head = said[end - 1].lower().strip(",")  # "the emerging challenges ...": what were they
        copula = "were" if head.endswith("s") and not head.endswith("ss") else "was"
        # "name Russia's Foreign Minister": a person, asked by who they are
        wh = "Who" if NOUN_TYPES.get(head) == "person" else "What"
        return _who_did_it(phrase) or f"{wh} {copula} {phrase}?"
    who = re.match(_WHO_WAS_THE_ONE_WHO, question) if question.lstrip()[:3].lower() == "who" else None
    return (_who_did_it(who.group("phrase")) or question) if who else question


# "Is 'JWG' or 'MEA' the abbreviation for the anti-terror forum?", "Was Vershinin or
# Galuzin the head of the team?": a choice between two short names before the rest,
# the question "which is the ..., X or Y?" (read as a yes-or-no question, "yes" had
# answered it)
_OPTIONS_FIRST = (r"(?i)^\s*(?P<be>is|was|are|were)\s+(?P<a>(?:(?!the\b|an?\b)[\w'\u2018\u2019\"\u201c\u201d().-]+\s+){0,2}?"
                  r"[\w'\u2018\u2019\"\u201c\u201d().-]+)\s+or\s+"
                  r"(?P<b>(?:(?!the\b|an?\b)[\w'\u2018\u2019\"\u201c\u201d().-]+\s+){0,2}?[\w'\u2018\u2019\"\u201c\u201d().-]+)"
                  r"\s+(?P<rest>(?:the|an?)\s+[^?]+?)\s*[?.!]*\s*$")


# "Which building or venue hosted the sessions?", "what city or town": two words for
# the kind of thing asked, no choice between answers (a choice puts its options apart:
# "which meeting, the JWG or the UN one")
_KIND_OR_KIND = r"(?i)^(\s*(?:(?:in|at|on|from|of|by|for|with)\s+)?(?:which|what)\s+)([a-z]+)\s+or\s+([a-z]+)\b"


def _one_kind_asked(question: str) -> str:
    both = re.match(_KIND_OR_KIND, question)
    if not both:
        return question
    lead, first, second = both.groups()
    if first[0].isupper() or second[0].isupper() or first.lower() in ("one", "ones") \
            or second.lower() in ("not", "no", "other", "another", "something", "someone"):
        return question  # names are options ("which Vershinin or Galuzin"), and so is "or not"
    # the word that names a kind the facts' types know says it ("venue"), else the first
    kind = second if _noun_type(second.lower()) and not _noun_type(first.lower()) else first
    return f"{lead}{kind}{question[both.end():]}"


# "bears the first name Mikhail", "answers to the name Sergey": has that name
_BEARS_NAME = (r"(?i)\b(?:bears?|bore|answers?\s+to|answered\s+to|carr(?:y|ies|ied))\s+(?:the\s+)?"
               r"((?:first|last|family|given|sur)\s*)?name\b")


# "The 13th round, is it of the terror JWG or of the UN consultations?": a topic said
# first, then which of two it is ("yes" had answered it)
_TOPIC_THEN_OPTIONS = (r"(?i)^\s*(?P<topic>[^,?\u2013\u2014]{3,}?)\s*(?:,|\u2013|\u2014|\s-)\s*(?P<be>is|was)\s+"
                       r"(?:it|that|this)\s+(?:(?P<prep>of|at|from|in|for|by|with)\s+)?(?P<a>(?:[\w'-]+\s+){0,4}?[\w'-]+)"
                       r"\s+or\s+(?:(?:of|at|from|in|for|by|with)\s+)?(?P<b>(?:[\w'-]+\s+){0,4}?[\w'-]+)\s*[?.!]*\s*$")


_OPTIONS_BETWEEN_COMMAS = (r"(?i)^\s*(?P<asked>(?:what|which)\s+(?:kind|sort|type)\s+of\s+[\w-]+)\s*,\s*"
                           r"(?P<options>(?:an?\s+)?[\w-]+(?:\s+one)?\s+or\s+(?:an?\s+)?[\w-]+(?:\s+one)?)\s*,\s*"
                           r"(?P<rest>[^?,]+?)\s*\?*\s*$")


def _options_first(question: str) -> str:
    chosen = re.match(_OPTIONS_FIRST, question)
    fronted = None if chosen else re.match(_TOPIC_THEN_OPTIONS, question)
    # each option a thing by name or with an article ("the UN consultations", "Russia's"),
    # not a clause ("where the new tech came up") or a count ("one nation or both")
    if fronted and all(re.match(r"(?:the|an?|that|this)\s|[A-Z]", option) and not re.match(
            r"(?i)(?:both|neither|either|not|no|something|someone|other)\b", option) for option in fronted.group("a", "b")):
        topic, be, a, b = fronted.group("topic", "be", "a", "b")
        # "..., was that with Vershinin or with Galuzin": with whom it was
        asked = "With whom" if (fronted.group("prep") or "").lower() == "with" else "Which"
        return f"{asked} {be.lower()} {topic[0].lower()}{topic[1:]}, {a} or {b}?"
    if not chosen:
        return question
    be, a, b, rest = chosen.group("be", "a", "b", "rest")
    if a.split()[0].lower() in ("it", "this", "that", "there", "he", "she", "they"):
        return question  # "was it A or B ...": a cleft, read on its own (_CLEFT_CHOICE)
    return f"Which {be.lower()} {rest}, {a} or {b}?"


# "Tanmaya Lal or Sergey Vershinin: which one was India's man?": two short options,
# then the question they answer, read with its options last
_OPTION = r"(?:[\w'\u2019().-]+\s+){0,4}?[\w'\u2019().-]+"
# (numbers first, "13 or 6: which number ...", and "India or Russia: whose ..." are read
# as they stand)
_OPTIONS_THEN_ASKED = (rf"(?i)^\s*(?!\d)(?P<a>{_OPTION})\s+or\s+(?!\d)(?P<b>{_OPTION})\s*(?::|\u2014|\u2013|\s-)\s*"
                       r"(?P<asked>(?:which|what|who|whom|where|when)\b[^?]*?)\s*[?.!]*\s*$")


_VERSUS = r"(?i)\s+(?:vs\.?|versus|v\.)\s+"
# "2 russian dep FMs mentioned -> which one discussed ukraine": a topic, an arrow, and
# what is asked of it, as people type in chat
_ARROW = r"\s*(?:-+>|=>|\u2192)\s*"
_SET_OF_FEW = r"(?i)^(?:the\s+)?(?:2|3|two|three|both)\s+\w"


# "russian delegation led by": a search-box query for the doer, the verb's participle last
_DONE_BY = (r"(?i)^\s*(?!(?:who|whom|whose|what|which|where|when|why|how|is|was|were|are|did|does|do|has|have|had)\b)"
            r"(?P<thing>[^?]+?)\s+(?P<done>[a-z]+ed|led|held|met|made|given|written|run|said|sent|put|sought|won)"
            r"\s+by\s*[?.!]*\s*$")


def _by_whom_typed(question: str) -> str:
    """"cross-border terrorism experience shared by" asks "who shared cross-border
    terrorism experience?"; any other text is returned as it is."""
    typed = re.match(_DONE_BY, question)
    if typed is None:
        return question
    return f"Who {typed.group('done').lower()} {typed.group('thing')}?"


def _topic_then_asked(question: str) -> str:
    """The question after an arrow, with the topic before it read as its options ("X vs
    Y -> which ...": "which ..., X or Y?") or as the set it picks from ("2 meetings ->
    which one ...": "Of the 2 meetings, which one ..."); unchanged otherwise, and when
    more than one arrow leaves the parts unclear."""
    parts = re.split(_ARROW, question.strip())
    if len(parts) != 2 or not parts[0] or not re.match(r"(?i)(?:who|whom|whose|what|which|where|when|how)\b", parts[1]):
        return question
    topic, asked = parts[0].strip(" ,:;"), parts[1].strip().rstrip(" ?")
    if re.search(_VERSUS, topic):
        return f"{asked}, {re.sub(_VERSUS, ' or ', topic)}?"
    if re.match(_SET_OF_FEW, topic):
        few = re.sub(r"(?i)^the\s+", "", topic)
        return f"Of the {few}, {asked}?"
    return question


_ORDINAL_WORD = r"(?:the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_ORDINAL_EXAMPLES = (rf"(?i),?\s*(?:like|such\s+as|e\.?g\.?,?|for\s+example|for\s+instance)\s+{_ORDINAL_WORD}"
                     rf"(?:\s*(?:,|/|\bor\b|\band\b)\s*{_ORDINAL_WORD})+\s*(?:,?\s*(?:\.{{2,}}|\u2026|etc\.?|and\s+so\s+on))?"
                     r"\s*(?=[?.!]*\s*$)")
# "Who led the Russian side? Give the full name.": a sentence after the question that
# only says how to put the answer, which the answer (a name in full, the article's
# own words) already does; read as a question of its own, it had been answered instead
_FORM_AFTER = (r"(?i)(?<=\?)\s*(?:(?:please|and|just|now)\s+)?(?:give|state|provide|use|quote|write|spell|tell)\s+"
               r"(?:me\s+|us\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+|just\s+|only\s+|an?\s+)?"
               r"(?:[\w'\u2019-]+\s+){0,3}?(?:name|names|word|words|term|terms|phrase|wording|number|ordinal|"
               r"title|answer|figure|letters|version|form|spelling)\b(?:\s+(?:for|of)\s+[^?.!]{0,40})?\s*[.!]?\s*$")
_THANKS = ("please", "pls", "plz", "thanks", "thank you", "thx")
_THANKS_AT_END = r"(?i)[,\s]+(?:please|pls|plz|thanks|thank\s+you|thx)\s*([?.!]*)\s*$"


# A worksheet's or a list's number before the question: "Q3.", "Question 12:", "7)"
_NUMBERED = (r"(?i)^\s*(?:(?:q|question|no)\s*\.?\s*\d{1,3}\s*[.):\u2013\u2014-]?|\(?\d{1,3}\s*[.)])"
             r"\s+(?=\S)")


# "And was it Vershinin or Galuzin ...", "So, who led ...": a word joining the question to
# talk before it, which readings anchored at the question's start do not expect
_JOINING_WORD = (r"(?i)^\s*(?:(?:and|so|but|also|well|now|then|ok(?:ay)?|fair\s+enough|got\s+it|gotcha|i\s+see|right|"
                 r"cool|great|cheers|thanks|alright|all\s+right|sure|understood|makes\s+sense)\s*[,.!]?\s+)+"
                 r"(?=(?:is|was|were|are|did|do|does|has|"
                 r"have|had|who|whom|whose|what|which|where|when|why|how)\b)")

# "how long did the talks last in total?": a sum asked at the end says nothing more
_IN_TOTAL_LAST = r"(?i)\s*,?\s+(?:in\s+total|all\s+told|in\s+all|altogether|overall)\s*([?.!]*)\s*$"

# "Who was it that stated ...": the cleft around the one asked, who stated it
_WHO_WAS_IT_THAT = r"(?i)^\s*(who|whom)\s+(?:was|is)\s+it\s+(?:that|who)\s+(?=\w)"


_FORM_WANTED = (r"(?i)(?:\s*,\s*|\s+)(?:(?:in|as)\s+(?:an?\s+)?)?(?:ISO(?:[-\s]*8601)?|YYYY-MM-DD)"
                r"(?:\s+(?:format|form|date|style))?(?=\s*[?.!]*\s*$)")
_ORDINAL_OF = {"1": "first", "one": "first", "1st": "first", "2": "second", "two": "second", "2nd": "second",
               "3": "third", "three": "third", "3rd": "third"}
_MONTHS = {name[:3]: name.capitalize() for name in MONTH_NAMES}
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ORDINAL_DAY = (rf"(?i)\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s+(?:of\s+)?{_MONTH_WORD}(?![a-z]))"
                rf"|\b(?P<month>{_MONTH_WORD}\s+)(?P<day2>[0-3]?\d)(?:st|nd|rd|th)\b")
_SHORT_MONTH_BY_DAY = (r"(?i)(?<=\d\s)(?P<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![a-z])"
                       r"|\b(?P<month2>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+\d)")
# "Was X or Y discussed?": the options before the participle of what was done
_OPTION_WORDS = r"(?:[\w'\u2019()-]+\s+){0,7}?[\w'\u2019()-]+"
_DONE_TO = (r"(?P<done>discussed|mentioned|raised|covered|addressed|talked\s+about|brought\s+up|taken\s+up|tackled|"
            r"on\s+the\s+agenda)(?P<rest>[^?,;:]*)\?*\s*$")
_AUX_A_OR_B_DONE = rf"(?i)^\s*(?:was|were)\s+(?P<a>{_OPTION_WORDS})\s+or\s+(?P<b>{_OPTION_WORDS})\s+{_DONE_TO}"
_A_OR_B_WAS_DONE = rf"(?i)^\s*(?P<a>{_OPTION_WORDS})\s+or\s+(?P<b>{_OPTION_WORDS})\s+(?:was|were)\s+{_DONE_TO}"
# (not "... or Y taken up alongside Ukraine", "only X or also Y": no choice of one of two)
_BESIDES_OR_BOTH = (r"(?i)\b(?:alongside|besides|as\s+well\s+as|apart\s+from|other\s+than|except|together\s+with|"
                    r"in\s+addition\s+to|only|also|both|just|too|either|neither)\b")
_THAT_BELONGS_TO = (r"(?i)\b(?:does|do)\s+(?P<that>that|this|it)\s+(?:name\s+|title\s+)?(?:belong|go|refer|apply)\s+"
                    r"(?:to|with)\b(?=[^?]*\bor\b)")
_IDLE_ASIDE_LAST = (r"(?i)\s*,\s*(?:(?:just\s+)?out\s+of\s+(?:sheer\s+|pure\s+|idle\s+)?curiosity|just\s+curious|"
                    r"by\s+any\s+chance|if\s+you\s+(?:know|remember|recall|happen\s+to\s+know)|if\s+i\s+may\s+ask|"
                    r"for\s+the\s+record|for\s+my\s+notes|i\s+wonder|"
                    # "..., in the article's words": how the answer is to be said, which it is anyway
                    r"in\s+the\s+(?:article|piece|story|text|report|item)['\u2019]s\s+(?:own\s+)?words|"
                    r"in\s+its\s+own\s+words|as\s+the\s+(?:article|piece|story|text|report)\s+puts\s+it)"
                    r"\s*(?=[?.!]*\s*$)")
_QUOTED_OPTIONS = (r"(?:(?<=\s)|^)['\u2018\"\u201c](?P<a>[^?\"\u201c\u201d]{3,120}?)['\u2019\"\u201d]\s*,?\s+or\s+"
                   r"['\u2018\"\u201c](?P<b>[^?\"\u201c\u201d]{3,120}?)['\u2019\"\u201d](?=\s*[?.!]*\s*$)")
_PAIR_THEN_WHICH = (r"^\s*(?:(?i:both)\s+)?(?P<a>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+and\s+"
                    r"(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?i:are|were|both)\b[^.;:?]*[.;:]\s*"
                    r"(?P<asked>(?i:which|who)\s+(?i:of)\s+(?i:them|the\s+two|these|those)\b.*)$")
_WE_TALK_ABOUT = r"(?i)^(\s*(?:which|what)\b[^?]+?)\s+(?:are|were)\s+we\s+(?:talking|speaking)\s+about(?=\s*[?.!]*\s*$)"
_FRAMED_WHAT_DOES = (r"(?i)^\s*how\s+(?P<aux>does|did)\s+(?:the\s+|this\s+)?(?:piece|article|story|report|text|writer|"
                     r"author|release|item)\s+(?:characteri[sz]e|describe|portray|present|frame|depict|put|sum\s+up)\s+"
                     r"what\s+(?P<thing>[^?]{3,80}?)\s+(?P<verb>represents|marks|means|signifies|shows|symboli[sz]es)"
                     r"\s*[?.!]*\s*$")
_HEADING_OF_A_PART = (r"(?i)\b(?P<noun>heading|header|headline|title|subtitle)\s+of\s+(?:the\s+|that\s+|this\s+)?"
                      r"(?:part|bit|portion|block|chunk|paragraph|passage|section|segment)"
                      # ("the part of the article dealing with ...": of the whole it is part of)
                      r"(?:\s+of\s+(?:the|this)\s+(?:article|piece|story|text|report|write-up))?"
                      r"\b(?=\s+(?:about|on|regarding|concerning|"
                      r"covering|dealing|that|which|where|with)\b)")


# "Vershinin, who headed the Russian team, or Galuzin?": a clause that says more of
# an option, not an option of its own; "or, rather, by Galuzin": a hedge on the last
_CLAUSE_ON_AN_OPTION = r"(?i)(?<=[\w'\u2019)]),\s+(?:who|whom|whose|which)\s+[^,?:;]{3,60}?,(?=\s+or\s)"
_HEDGED_OR = r"(?i)\bor\s*,\s*(?:rather|perhaps|maybe|instead)\s*,\s*"


def _as_ordinal_place(found: re.Match[str]) -> str:
    """"was number six" -> "was the 6th"; left as it is when the word is no number."""
    n = spoken.number_said(found.group(2))
    return found.group(0) if n is None else f"{found.group(1)} the {n}{ordinal_suffix(n)}"


# "For the who's who table: what's Lal's job title?": what the answer is for, said
# first, then a question whole; the purpose names nothing asked ("who's who" no person)
_FOR_WHAT_FIRST = (r"(?i)^\s*for\s+(?:the|my|our|a|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:table|notes?|records?|"
                   r"timeline|file|database|spreadsheet|chart|list|quiz|summary|slides?|thread|piece|story|draft|"
                   r"copy|sake)\s*:\s*(?=(?:what|which|who|whom|whose|where|when|why|how|is|was|were|are|did|does|"
                   r"do|has|had)\b)")
# "what does Russia's backing means for India": after "does", the verb's own -s is a
# slip (of a learner, or of speech-to-text), which hides the verb from its relation
_DOES_THEN_VERB_S = (r"(?i)(\b(?:does|do)\s+(?:(?!(?:what|which|who|whom|that|how|where|when|why)\b)[\w'\u2019-]+\s+)"
                     r"{1,6}?(?:mean|mark|represent|signal|indicate|want|"
                     r"need|say|show))s\b")


def choice_stated(question: str) -> str | None:
    """"The talks were in Moscow or Delhi?": a choice said as a statement, asked as one
    ("Were the talks in Moscow or Delhi?"); None for any other question."""
    stated = re.match(_STATED_CHOICE, question) if " or " in question else None
    if stated is None:
        return None
    subject = re.sub(r"^(?:The|A|An|This|That|These|Those)\b", lambda m: m.group().lower(), stated.group("subject"))
    return f"{stated.group('be').capitalize()} {subject} {stated.group('rest')}"


_IDENTIFIED_AS = (r"(?i)\b(the\s+)(?:person|man|woman|official|officer|individual|one)\s+(?:who\s+(?:is|was)\s+)?"
                  r"(?:identified|described|named|listed|referred\s+to|mentioned|introduced|designated|styled|titled)"
                  r"\s+as\s+(?:the\s+)?(?![a-z]+ing\b)")
# Prepositions of several words that say "about"
_REGARDING = (r"(?i)\b(?:in\s+respect\s+of|with\s+respect\s+to|with\s+regards?\s+to|in\s+regards?\s+to|as\s+regards|"
              r"in\s+relation\s+to|vis[- ]?[a\u00e0][- ]?vis|wrt|w\.r\.t\.?|in\s+connection\s+with|pertaining\s+to)(?!\w)")


def plainly_asked(question: str) -> str:
    """The question in the shape it is read in: without a hedge at its end, a
    statement marked "true or false" as "is it true that ...?", a cleft choice with
    its options last, a topic said first and then asked about through a pronoun, a
    blank as a wh-word, an imperative request as a question, and options said first
    ("is X or Y the ...?") last."""
    question = spoken.as_typed(question)
    if " does " in question.lower() or " do " in question.lower():
        question = re.sub(_DOES_THEN_VERB_S, r"\g<1>", question, count=1)
    if question.lstrip()[:1] in "QqNn0123456789(":
        question = re.sub(_NUMBERED, "", question, count=1)  # "Q3. Identify ...", "12) Who ..."
    if question.lstrip()[:4].lower() == "for ":
        question = re.sub(_FOR_WHAT_FIRST, "", question, count=1)
    question = re.sub(_JOINING_WORD, "", question, count=1)
    if question.rstrip(" ?.!")[-3:].lower() in ("tal", "all", "old", "her"):
        question = re.sub(_IN_TOTAL_LAST, r"\1", question, count=1)
    if re.search(r"(?i)\b(?:para|paragraph|lines?|sentences?|view|opinion|estimation|eyes)\b", question):
        question = re.sub(_WHERE_IN_TEXT, " ", question).lstrip(" ,")
    if "per " in question.lower() or "according" in question.lower() or "going by" in question.lower() \
            or "judging" in question.lower() or " in " in question.lower():
        question = re.sub(_MIDDLE_ASIDE, lambda m: f"{m.group('head')} {m.group('rest')}, {m.group('aside')}"
                          f"{m.group('end') or '?'}", question)
    if "year" in question.lower():
        # "what year is the article from": the year the piece came out
        question = re.sub(r"(?i)\b(what|which)\s+year\s+(?:is|was)\s+(the|this)\s+((?:news\s+)?(?:article|piece|story|"
                          r"report))(?:\s+from)?\b", r"\1 year was \2 \3 published", question)
    if " as " in question.lower():
        # "Spell out JWG as used in the piece": where the words are is no part of what is asked
        question = re.sub(r"(?i)\s*,?\s+as\s+(?:used|written|given|spelt|spelled|mentioned|named|said)\s+(?:in|by)\s+"
                          r"the\s+(?:piece|article|story|report|text|release)\b", "", question)
    if " as " in question.lower():
        # "who is the person identified as Secretary (West)": the one with that title
        question = re.sub(_IDENTIFIED_AS, r"\1", question)
    if "state" in question.lower():
        # "the two states", "which state does Galuzin represent": countries, not saying
        # ("a Security Council in what state": in what condition)
        question = re.sub(r"(?i)(?<!in )\b(two|both|these|those|member|other|all|which|what|each)\s+"
                          r"(?:(sovereign|nation)\s+)?(state)(s?)\b(?!\s+(?:of|that|whether)\b)(?!\s*[?.!]*\s*$)",
                          lambda m: f"{m.group(1)} {'countries' if m.group(4) else 'country'}", question)
    if "leadership" in question.lower():
        # "the delegation under the leadership of Lal": led by him
        question = re.sub(r"(?i)\b(?:was\s+|were\s+)?under\s+(?:the\s+)?leadership\s+of\b",
                          lambda m: ("was " if m.group(0).lower().startswith("was") else
                                     "were " if m.group(0).lower().startswith("were") else "") + "led by", question)
    if re.search(_REGARDING, question):
        # "what position did Russia take in respect of India's bid": about it
        question = re.sub(_REGARDING, "regarding", question)
    if "function" in question.lower():
        # "which function has Vershinin": his post, as other languages say it ("what
        # function did Lal perform" asks what he did)
        question = re.sub(r"(?i)\b(which|what)\s+function(?![^?]*\b(?:perform|fulfil|fill|serve|play|carr|exercis)\w*)",
                          r"\1 post", question)
    if " of " in question.lower() and " with " in question.lower():
        # "the meeting of Lal with Galuzin": Lal's meeting with him, as "X's meeting" says it
        question = re.sub(r"(?i)\bthe\s+(meeting|talks?|sit-?down|chat|conversation|discussion|encounter)\s+of\s+"
                          r"((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+with\b", r"\2's \1 with", question)
    if "'s " in question or "\u2019s " in question:
        # "Lal's sit-down with Galuzin": a meeting of two people, in any word for it
        question = re.sub(r"(?i)(['\u2019]s)\s+(?:sit-?down|chat|conversation|encounter|tete-a-tete|one-on-one|huddle|"
                          r"catch-?up)\s+(?=(?:with|w)\b)", r"\1 meeting ", question)
    if "talking" in question.lower() or "referring" in question.lower() or "speaking" in question.lower():
        # "whose bid is the passage talking about": which is meant, no talks of the article's
        question = re.sub(r"(?i)\b(is|are|was|were)\s+(?:the\s+(?:passage|article|piece|text|story|report|writer|author)"
                          r"|we|they|you)\s+(?:talking|speaking|referring|writing)\s+(?:about|to|of)(?:\s+here)?\b",
                          r"\1 it", question)
    if "many of" in question.lower():
        # "in how many of meetings": a learner's "of" before a bare plural, no set named
        question = re.sub(r"(?i)\bhow\s+many\s+of\s+(?!the\b|these\b|those\b|them\b|its\b|their\b|our\b|your\b)",
                          "how many ", question)
    if " much " in question.lower():
        # "how much days did the meetings last": things counted, as "how many" asks
        question = re.sub(r"(?i)\bhow\s+much\s+(?=[a-z]*[^siu\W]s\b)", "how many ", question)
    if " all " in question.lower():
        # "what all was discussed", "who all attended": Indian English for "what", "who"
        question = re.sub(r"(?i)\b(what|who|whom|where|which)\s+all\b(?!\s+(?:of|the)\b)", r"\1", question)
    if re.search(r"(?i)\b(?:mr|mrs|ms|dr|prof|shri|smt|sri)\b", question):
        # "Mr. Galuzin or Mr. Vershinin": a courtesy title says nothing of whom, and its
        # stop is no end of a sentence or option
        question = re.sub(r"(?i)\b(?:mr|mrs|ms|dr|prof|shri|smt|sri)\b\.?\s+(?=[a-z])", "", question)
    if "round" in question.lower():
        # "round 6 or round 13": the number after the noun, read as an ordinal before it
        question = re.sub(r"(?i)\b(?:the\s+)?(round)\s+(?:no\.?\s*|number\s+|#)?(\d{1,2})\b(?!\s*(?:st|nd|rd|th)\b)",
                          lambda m: f"the {m.group(2)}{ordinal_suffix(int(m.group(2)))} {m.group(1)}", question)
    if "number" in question.lower() or "no." in question.lower():
        # "which jwg on counter-terrorism was this, number?": the number is what "which" asks
        question = re.sub(r"(?i)^(\s*which\b[^?,]*?)\s*(?:,|\s-|\u2013|\u2014)\s*(?:what\s+|which\s+)?(?:number|no\.)"
                          r"\s*\?*\s*$", r"\1?", question)
        # "which meeting was number six": its place in the series, as "the sixth" says
        # (not "if the UN round was number six, ...": a premise, read as the facts have it)
        question = re.sub(r"(?i)^(\s*(?:which|what)\b[^?,]*?\b(?:was|is|were|are))\s+(?:number|no\.)\s*"
                          r"(\d{1,2}|[a-z]+)\b(?!\s*(?:st|nd|rd|th)\b)", _as_ordinal_place, question)
    # "what JWG underscored": an acronym that acts, its "the" left out (not "which JWG")
    question = re.sub(r"^(\s*[Ww]hat)\s+(?=[A-Z]{2,}[a-z]?\s+[a-z]{3,}ed\b)", r"\1 the ", question, count=1)
    if " or" in question and "," in question:
        question = re.sub(_HEDGED_OR, "or ", re.sub(_CLAUSE_ON_AN_OPTION, "", question))
    question = re.sub(_WHO_WAS_IT_THAT, r"\1 ", question, count=1)
    if "s " in question:
        question = re.sub(_WH_IS_UNMARKED, r"\1 is", question)  # "whos the minister that Lal met"
    if "which" in question.lower() and re.search(r"[.:;]\s", question):
        question = _one_of_the_set(question)  # "Two meetings were held. Which one ...?"
    if re.search(r"(?i)[.:;]\s+(?:which|who|whom)\b", question):
        question = _listed_then_which(question)  # "Vershinin and Galuzin. Which of them ...?"
    if "subject area" in question.lower() or "topic area" in question.lower() or "subject matter" in question.lower():
        # one word for what it is about
        question = re.sub(r"(?i)\b(subject|topic)\s+(?:area|matter)(s?)\b", r"\1\2", question)
    if ":" in question and question.lstrip()[:1] in "Ii":
        # "I keep mixing up the numbering: was the JWG the 13th or the sixth?": the asker's
        # aside before the question
        question = re.sub(_ASKERS_ASIDE, "", question, count=1)
    if question.lstrip()[:2].lower() in ("of", "am") and " or " not in question:
        # "Of the two Russian deputy ministers mentioned, which one is tied to Ukraine?":
        # which such minister (no options offered: the set's noun says what is asked)
        question = re.sub(_WHICH_OF_THE_SET, _which_of_the_set, question)
    if " one" in question.lower() and re.search(_WH_WORD_BEFORE_GUESS, question):
        # "in what kind of UNSC — a reformed one?": a guess offered after the question
        question = re.sub(_ONE_GUESSED, "?", question)
    if "third" in question.lower() or "second" in question.lower():
        # "the third area, after radicalisation and terror financing": the other one, besides them
        question = re.sub(_NTH_AFTER, r"the other \g<noun>, besides \g<named>", question)
    if question.lstrip()[:4].lower() == "what" and re.match(_OUTCOME_ASKED, question):
        question = re.sub(_OUTCOME_ASKED, r"\g<what> was the result of ", question, count=1)
    if "'" in question or "\u2019" in question:
        # "what is the release's date": the date of the release (the possessive read as
        # a noun before "date" would leave a thing asked)
        question = re.sub(_POSSESSED_KIND, r"\g<wh> \g<be> the \g<kind> of \g<owner>?", question)
    if question[:1].islower() and "?" not in question and re.match(_NOUN_THEN_DONE, question):
        # "international conflict covered moscow talks": keywords that start with the
        # kind of thing asked, then what was done to it
        question = f"which {question}"
    if question.count(",") >= 2:
        # "How strongly, in the article's words, did Russia back ...": an aside set
        # off by commas that only says where the answer is from
        question = re.sub(_SOURCE_ASIDE, " ", question)
        # "What outcome, if any, was reached": the hedge asks nothing more
        question = re.sub(r"(?i)\s*,\s*if\s+(?:any|so|at\s+all)\s*,\s*", " ", question)
    if "position" in question.lower() and re.search(_POSITION_TAKEN_ON, question):
        # "what position did Galuzin put forward on the conflict": a stance, not his post
        question = re.sub(r"(?i)\bposition(s?)\b", r"stance\1", question, count=1)
    if "principal " in question.lower():
        # "the UN's principal security body": its main one (a side's principal is its head)
        question = re.sub(_PRINCIPAL_ADJECTIVE, "main ", question)
    if " as " in question.lower():
        # "which official served as the leader of Moscow's delegation": who led it (not a title held)
        question = re.sub(_SERVED_AS_HEAD, "led", question)
    if question.lstrip()[:7].lower() == "between":
        # "Between Secretary (West) and Deputy Minister, which title is Lal's?": the options last
        question = re.sub(_BETWEEN_FIRST, r"\g<asked>, \g<a> or \g<b>?", question)
    if "name" in question.lower() and "which" in question.lower():
        question = _name_that_belongs(question)  # "which first name belongs to Galuzin, Sergey or Mikhail?"
    if ":" in question and " or " in question:
        # "Sergey: is that Vershinin's first name or Galuzin's?": whose first name it is
        question = re.sub(_TERM_THEN_WHOSE, r"Whose \g<noun> is \g<term>, \g<a> or \g<b>?", question)
    called = re.match(_SOURCE_CALLS, question) if " or " in question else None
    if called:
        # "Does the article call the tech threat long-standing or emerging?": whether it
        # is the one or the other, as the article says it
        question = "Is " + re.sub(r"(?i)\s+as\s+(?=[^?]*\bor\b)", " ", question[called.end():], count=1)
    if question.lstrip()[:3].lower() == "how" and " of " in question:
        question = _attribute_described(question)
    if "pair of" in question.lower():
        # "the pair of countries that ...": the two ("the pair of them" is both)
        question = re.sub(r"(?i)\b(?:a|the)\s+pair\s+of\b(?!\s+(?:them|these|those|us)\b)", "the two", question)
    if "name of" in question.lower():
        # "name of the MEA spokesperson who ...": a query for that name, read as asked
        # (after a label too: "note to self: name of ...")
        question = _name_of_asked(question)
    if re.search(_FOR_AIR, question):
        # "..., for the ticker?", "exact wording for the caption": where the answer will
        # be shown, which asks nothing of the facts
        question = re.sub(_FOR_AIR, "", question)
    if " or " in question.lower() and len(re.findall(r"(?i)\bagenda\b", question)) >= 2:
        # "JWG agenda or UN consultations agenda?": the meetings offered, each said with its agenda
        question = re.sub(r"(?i)(?<=\w)(?:['\u2019]s)?\s+agenda\b", "", question)
    if re.search(_FORM_WANTED, question):
        # "pub date, ISO": the form the value is wanted in asks nothing of the facts
        question = re.sub(_FORM_WANTED, "", question)
    low = question.lower()
    if "pub" in low:
        question = re.sub(r"(?i)\bpub(?:\.|lication)?\s*date\b", "publication date", question)  # "pub date"
    if "section" in low or "1st" in low or "2nd" in low or "3rd" in low:
        # "section 1 heading", "2nd section heading": the first, the second
        question = re.sub(r"(?i)\bsection\s+(1|2|3|one|two|three)\b(?!\s*[-\u2013]?\s*\d)",
                          lambda m: f"{_ORDINAL_OF[m.group(1).lower()]} section", question)
        question = re.sub(r"(?i)\b(1st|2nd|3rd)(?=\s+(?:section|sub-?heading|heading|headline|paragraph|part)s?\b)",
                          lambda m: _ORDINAL_OF[m.group(1).lower()], question)
    if re.search(_ORDINAL_DAY, question):
        # "20th Dec or 21st Dec", "December 21st": a day, written as the facts write it
        question = re.sub(_ORDINAL_DAY, lambda m: m.group("day") or m.group("month") + m.group("day2"), question)
    if re.search(_SHORT_MONTH_BY_DAY, question):
        # "21 Dec", "Dec 19": the month in full, as the facts write dates
        question = re.sub(_SHORT_MONTH_BY_DAY, lambda m: _MONTHS[(m.group("month") or m.group("month2")).lower()[:3]], question)
    if " or " in question.lower() and (re.match(_AUX_A_OR_B_DONE, question) or re.match(_A_OR_B_WAS_DONE, question)) \
            and not re.search(_BESIDES_OR_BOTH, question):
        # "Was the conflict in Ukraine or the conflict in the Middle East discussed?",
        # "X or Y was mentioned at the talks?": which of the two was, options last
        done = re.match(_AUX_A_OR_B_DONE, question) or re.match(_A_OR_B_WAS_DONE, question)
        question = f"Which was {done.group('done')}{done.group('rest').rstrip()}: {done.group('a')} or {done.group('b')}?"
    if "bidding" in question.lower():
        # "what is India bidding for": what it seeks (the noun "bid" is what others back)
        question = re.sub(r"(?i)\b(is|are|was|were|been|be)\s+((?:[\w'\u2019-]+\s+){0,3}?)bidding\s+(for|to)\b",
                          lambda m: f"{m.group(1)} {m.group(2)}seeking{'' if m.group(3).lower() == 'for' else ' to'}",
                          question)
    if "belong" in question.lower() or "refer" in question.lower() or "go with" in question.lower():
        # "Sergey: does that belong to Vershinin or Galuzin?": whose it is, as "is that
        # Vershinin or Galuzin" asks
        question = re.sub(_THAT_BELONGS_TO, r"is \g<that>", question)
    if "," in question and re.search(_IDLE_ASIDE_LAST, question):
        # "What year were these talks, out of curiosity?": why it is asked asks nothing
        question = re.sub(_IDLE_ASIDE_LAST, "", question)
    if "top" in question.lower():
        # "who was top of the Russian delegation": its head (not "the top of the article")
        question = re.sub(r"(?i)\b(who|whom)\s+(was|is|were|are)\s+(?:the\s+)?top\s+(?:dog\s+|person\s+|man\s+)?"
                          r"(?:of|in|on)\s+(?=\w)", r"\1 \2 the head of ", question)
    if "then" in question.lower():
        # "who was head of the russian delegation then": a "then" that ends a wh-question
        # only carries on the talk
        question = re.sub(r"(?i)^(\s*(?:who|whom|what|which|where|when)\b.*?\w)\s*,?\s+then(?=\s*[?.!]*\s*$)", r"\1",
                          question)
    if " from " in question.lower():
        # "which from them headed the Russian team": which of them, as a learner may say it
        question = re.sub(r"(?i)\b(which|who|whom)\s+from\s+(?=(?:them|these|those|the\s+two|both)\b)", r"\1 of ",
                          question)
    if " of " in question.lower() and " and " in question.lower():
        # "Both Galuzin and Vershinin are deputy ministers; which of them headed the team?":
        # the two named first are the options
        question = re.sub(_PAIR_THEN_WHICH, r"\g<a> or \g<b>: \g<asked>", question)
    if " we " in question.lower():
        # "Which organisation's Security Council are we talking about?": which one it is
        question = re.sub(_WE_TALK_ABOUT, r"\1", question)
    if "what" in question.lower():
        # "How does the piece characterise what Russia's endorsement represents?": what it represents
        question = re.sub(_FRAMED_WHAT_DOES, lambda m: f"What {m.group('aux')} {m.group('thing')} "
                          f"{m.group('verb')[:-3] + 'y' if m.group('verb').endswith('ies') else m.group('verb')[:-1]}?",
                          question)
    if re.search(_HEADING_OF_A_PART, question):
        # "the heading of the part about the working group": a section's heading, which
        # "heading" alone does not say (it is also "headed", led)
        question = re.sub(_HEADING_OF_A_PART, "section heading", question)
    if "heading" in question.lower() and "section" not in question.lower():
        # "what heading is over the part about ...": the noun, a section's heading (the
        # verb "heading" is leading)
        question = re.sub(r"(?i)\b(what|which|the|a|its|this|that|first|second|last|final|other|both)\s+heading(s?)\b",
                          r"\1 section heading\2", question)
    if "copy" in question.lower():
        # "the copy": the article, as a newsroom calls the text it runs
        question = re.sub(r"(?i)\b(?:the|this|that|our)\s+copy(?=['\u2019]s\b|\b)", "the article", question)
    if " of " in question.lower() and re.match(_NOUN_OF_FIRST, question):
        # "Title of the Russian official Lal met?": a noun asked for, said as a caption is
        question = re.sub(_NOUN_OF_FIRST, _noun_of_asked, question, count=1)
    if ">" in question or "\u2192" in question:
        question = _topic_then_asked(question)
    if question.rstrip(" ?.!").lower().endswith(" by"):
        question = _by_whom_typed(question)
    if " / " in question:
        question = re.sub(r"\s+/\s+", " or ", question)  # "in their sixth round / thirteenth round": a choice
    if "vs" in question.lower() or "versus" in question.lower():
        question = re.sub(_VERSUS, " or ", question)  # "Mikhail vs Sergey": a choice between them
    if "first" in question.lower() or "1st" in question.lower():
        # "... it was which edition, like the first, the second...?": examples of the
        # kind of answer, no option offered
        question = re.sub(_ORDINAL_EXAMPLES, "", question)
    if "?" in question.rstrip(" ?.!") and question.split(maxsplit=1)[0].lower() not in _AUXILIARIES:
        # (after "did someone from Russia meet Lal?", "give his name" asks who did)
        question = re.sub(_FORM_AFTER, "", question)
    if question.rstrip(" ?.!").lower().endswith(_THANKS):
        question = re.sub(_THANKS_AT_END, r"\1", question)  # "..., what is his name please?"
    if question.rstrip(" ?.!").lower().endswith(_HEDGE_ENDS):
        question = re.sub(_HEDGE, r"\1", question)
    # "I'd like to know, the man who ..., what is his name": the request is taken off
    # first, so the question's own shape is read below (analyse takes it off again)
    question = _request_as_question(_blank_as_wh(_without_asker_and_guess(_as_question(question))))
    if "'s " in question or "\u2019s " in question:
        question = re.sub(_WHOSE_MEETING_ABOUT, r"\g<wh> \g<owner> met \g<other> to discuss \g<topic>", question)
    if "name" in question.lower():
        question = re.sub(_BEARS_NAME, lambda m: f"has the {m.group(1)}name" if m.group(1) else "is named",
                          question)
    if " or " in question and (":" in question or "\u2014" in question or "\u2013" in question or " - " in question):
        question = re.sub(_OPTIONS_THEN_ASKED, r"\g<asked>, \g<a> or \g<b>?", question)
    if " or " in question and "," in question:
        # "what kind of seat, temporary or lasting, is India seeking": the options last
        question = re.sub(_OPTIONS_BETWEEN_COMMAS, r"\g<asked> \g<rest>, \g<options>?", question)
    if " or " in question and (question.lstrip()[:1] in "IiWwAa" or re.search(r"(?i)\b(?:is|was)\s+(?:it|that|this)\b",
                                                                                  question)):
        question = _one_kind_asked(_options_first(question))
    if question.lstrip()[:2].lower() in ("in", "wi") and re.match(_QUOTED_THEN_ASKED, question):
        reworded = _quoted_then_asked(question)
        if reworded:
            return reworded[0].upper() + reworded[1:]
    if question.lstrip()[:3].lower() == "who" and ("," in question or ";" in question):
        both = re.match(_WHO_THEN_WHAT, question)
        if both:
            # "who is Galuzin, what's his job": two questions, said as the one his card answers
            question = f"Who is {both.group('name')}, and what is his {both.group('noun')}?"
    if ("," in question or "-" in question or "\u2014" in question or "\u2013" in question) \
            and (question.lstrip()[:1] in "TtAa"
                 or re.match(rf"(?i)^\s*(?!{_NO_OWNER}\b)[\w-]+(?:['\u2019]s|s['\u2019]?)\s", question)):
        fronted = re.match(_FRONTED_TOPIC, question)
        subject = None if fronted else re.match(_FRONTED_SUBJECT, question)
        if fronted:
            topic, wh, mid, noun = fronted.group("topic", "wh", "mid", "noun")
            question = f"{wh.capitalize()}{mid}the {noun} of {topic[0].lower()}{topic[1:]}?"
        elif subject:
            topic, wh, rest = subject.group("topic", "wh", "rest")
            particle = re.match(r"(?i)\s+(out|up|off|forward|across|down|together|back)\b", rest)
            if particle:
                # "..., who put it out": who put out the topic (the verb's particle kept by it)
                wh, rest = f"{wh}{particle.group(1)} ", rest[particle.end() :]
            question = f"{wh[0].upper()}{wh[1:]}{topic[0].lower()}{topic[1:]}{rest}?"
    if "," in question or "-" in question or "\u2014" in question:
        yes_no = re.match(_FRONTED_YES_NO, question)
        if yes_no:
            topic, aux, rest = yes_no.group("topic", "aux", "rest")
            topic = re.sub(r"^(?:The|A|An|This|That)\b", lambda m: m.group().lower(), topic.strip())
            question = f"{aux.capitalize()} {topic}{rest}?"
    lowered = question.lower()
    if " or " not in lowered and "/" not in question:
        return question
    if re.search(_OPEN_OPTION_END, question):
        # "in which city were the meetings, Moscow or other?": a choice left open is no
        # choice; the question before it is what is asked
        before = _before_open_options(question)
        if before:
            return before
    split = re.match(_CLEFT_SPLIT, question) if lowered.lstrip()[:1] == "w" else None
    if split:
        # "Was it Ukraine they talked about or the Middle East?": the second option said
        # after the clause, put beside the first ("Ukraine or the Middle East they ...")
        question = f"{split.group('head')} or {split.group('other').strip()} {split.group('clause')}?"
    cleft = re.match(_CLEFT_CHOICE, question) if lowered.lstrip()[:1] in "wi" else None
    if cleft:
        options, wh, rest = cleft.groups()
        return f"{wh.capitalize()} {rest}, {options}?"
    statement = re.sub(_TRUTH_MARKED, " ", question).strip(" ?")
    if statement == question.strip(" ?") or not statement:
        return question
    return f"Is it true that {statement}?"


# "what's" is "what is", not a possessive: dropping the 's as for "India's" would
# make "what's Vershinin's title" ask which Vershinin the title is.
_WH_IS = r"(?i)\b(what|who|where|when|how|which|that|there|it)['\u2019]s\b"  # compiled on first use
# ... and typed without its apostrophe, as the words read ("whats", "whos"), so that
# patterns on the text see the "who is" the words do
_WH_IS_UNMARKED = r"(?i)\b(what|who|where|how)s(?=\s)"


# A reporting verb before the clause it reports: the clause opens with a determiner, a
# pronoun or a name ("say the partnership ...", "say Russia ...").
_REPORTING = (r"(?<=\w)\s+(?:[Ss]ay|[Ss]ays|[Ss]aid)\s+"
              r"(?=(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hey|[Ii]t|[Hh]e|[Ss]he|[Ww]e|[Bb]oth)\b|[A-Z])")


# "What did Russia signal/convey/express about X": what it said about X
SAID_IN_OTHER_WORDS = (r"(?i)^((?:[^:?]{2,40}:)?\s*what\s+(?:did|does)\s+(?:[\w'\u2019-]+\s+){1,3}?)"
                        r"(?:signal|indicate|convey|express|communicate|voice|state|make\s+clear|put\s+across)\s+"
                        r"(?=(?:about|regarding|concerning|on)\s)")


_STARTS_DOING = (r"(?i)\b(?:start(?:ed|s)?|began|begins?|commenc(?:e|ed|es))\s+"
                 r"(?:to\s+(?=[a-z]+\b)|(?=[a-z]{3,}ing\b))(?!tak|be\b|being\b)")  # not "begin taking place"


_COUNTING_THIS = (r"(?i)^\s*(?:counting|including)\s+(?:this|the|that)\s+(?:latest\s+|last\s+|current\s+|"
                  r"most\s+recent\s+|present\s+)?(?:one|meeting|round|session|time|sitting|edition|occasion)s?"
                  r"\s*(?:,|(?=\?)|$)")
# In a count, anywhere: "how many times have they met now, counting this one", "... so
# far", "... to date": a count up to now is what "how many times" asks already
_COUNT_FRAME = (r"(?i)(?:,\s*|\s+)(?:(?:counting|including)\s+(?:this|that|the\s+(?:latest|current|present|last|"
                r"most\s+recent))(?:\s+(?:one|occasion|time|round|meeting|session|edition|sitting|gathering))?|"
                r"(?:so|thus)\s+far|to\s+date|(?:till|until|up\s+to)\s+now|as\s+of\s+now|now)\b\s*,?")


# "in whose hands does the article say new technologies ...", "what does the article
# say the partnership helps build": the article frames a clause it reports; the clause
# is the question. Read before the bare "say" is dropped, which would leave "the
# article" behind as a thing asked about; not before a name ("say Russia's
# endorsement marks"), where the frame is kept as it was.
_ARTICLE_SAYS = (r"(?i)\b(?P<aux>does|did|do)\s+(?:the\s+)?(?:article|piece|report|story|text|writer|author|write-up|"
                 r"reporter|journalist|it)\s+(?:say|says|said|state|claim|report|think|believe|suggest|argue|"
                 r"expect|feel|reckon)\s+(?:that\s+)?"
                 r"(?!(?:about|of|on|regarding|concerning|to|they|it)\b)"
                 r"(?=(?-i:[a-z]))")


def _frame_left_out(found: re.Match[str]) -> str:
    """"what does the article reckon Russia's backing means": the clause asked about,
    keeping "does" when its verb is the plain form "does" goes with ("what does
    Russia's backing mean"); else only the clause ("what it will strengthen")."""
    clause = found.string[found.end():]
    if not found.string[: found.start()].strip():
        # "Does the article say that Russia reiterated its support?": the clause, asked
        # yes or no as the claim it is
        return found.group(0)
    verb = re.match(r"(?i)(?:[\w'\u2019-]+\s+){1,4}?(mean|means|mark|marks)\b", clause)
    return f" {found.group('aux')} " if verb and found.group("aux").lower() in ("does", "do") else " "


# "whose bid ... does the article discuss, India's or Russia's?": a frame closing the
# wh-phrase, with nothing after it, only says where the thing was read
_ARTICLE_DISCUSSES = (r"(?i)\s+(?:does|did|do)\s+(?:the\s+|this\s+)?(?:article|piece|report|story|text|writer|author)\s+"
                      r"(?:discuss|mention|talk\s+about|refer\s+to|cover|concern|deal\s+with|focus\s+on|"
                      r"describe|report|bring\s+up)\s*(?=[,?.!]|$)")
_ARTICLE_VERBS = ("state", "claim", "report", "think", "believe", "suggest", "argue", "expect", "feel", "reckon")
# A verb that only carries its noun: to offer support is to support.
_LIGHT_SUPPORT = (r"(?i)\b(?:offer|lend|extend|give|provide)(?:s|ed|ing|t)?\s+(?:(?:its|their|his|her|the|a|any)\s+)?"
                  r"(?=(?:firm\s+|strong\s+|full\s+)?(?:backing|support|endorsement)\b)")
_HELPS_DO = (r"(?i)(?<=\w)\s+help(?:s|ed|ing)?\s+(?:to\s+)?(?=(?:foster|build|address|strengthen|boost|deal|"
             r"tackle|advance|promote|bring|make|improve|deepen|counter|combat|fight|achieve|reach|secure)\b)")


def respelt(question: str, index: Index) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question with each misspelt word written as it is read ("Accordig to the
    MEA" -> "According to the MEA"), and the corrections: the readings that look at the
    question's text, not only at its words, then see what the words were read as."""
    _, corrections = _corrected(_expand_shorthand(words(question)), index)  # "whats" is "what is" first
    joins: list[tuple[str, str]] = []  # (before shorthand: "j w g" is no "j with g", "re iterate" no "regarding")
    _spacing_fixed(_letters_joined(words(question), index, joins), index, joins)
    said = question
    for typed, fixed in joins:
        # "the M E A", "re iterate": words heard apart, written together where the text is read too
        said = re.sub(r"(?i)(?<![\w'\u2019-])" + r"[\s.]+".join(map(re.escape, typed.split())) + r"(?![\w-])",
                      fixed, said)
    for typed, fixed in corrections:
        # a plural read as its singular ("countrys": country) keeps its plural as typed
        if fixed.isalpha() and typed.isalpha() and fixed != typed and not (typed[-1] == "s" != fixed[-1]):
            said = re.sub(rf"(?i)(?<![\w'\u2019-]){re.escape(typed)}(?![\w-])",
                          lambda m, fixed=fixed: fixed.capitalize() if m.group()[:1].isupper() else fixed, said)
    return said, tuple(joins) + tuple(corrections)


_WH_TYPED = {"wat": "what", "wot": "what", "wut": "what", "wich": "which", "witch": "which"}
_WH_AS_TYPED = r"(?i)(?<![\w'\u2019-])(?:wat|wot|wut|wich|witch)(?=['\u2019]s\b|(?![\w'\u2019-]))"


def wh_words_spelt(question: str) -> str:
    """"wat's his job", "Lal led wich delegation": a wh-word as typed in a hurry, which
    the words read through SHORTHAND, written as read, for the readers that look at
    the text too (a statement checked, "who is X, what ...")."""
    if not re.search(_WH_AS_TYPED, question):
        return question
    return re.sub(_WH_AS_TYPED, lambda m: _WH_TYPED[m.group().lower()], question)


# A region placing a noun ("the war in Eastern Europe", "the Eastern European war"),
# not one asked about ("what did they say about Europe")
_REGION_NAMES = "|".join(sorted((re.escape(r.removeprefix("the ")) for r in REGIONS), key=len, reverse=True))
_REGION_AFTER_NOUN = rf"(?i)(?<=\w)\s+(?:in|across)\s+(?:the\s+)?({_REGION_NAMES})\b"
_REGION_BEFORE_NOUN = rf"(?i)\b({'|'.join(sorted(REGION_ADJECTIVES, key=len, reverse=True))})\s+(?=[a-z])"


def _without_known_region(said: str, index: Index) -> str:
    """"Which armed conflict in Eastern Europe came up" asks which conflict came up,
    when a country the facts know is in Eastern Europe (Ukraine): the region only
    places it. A region holding no country the facts know stays, and is refused as
    something they lack ("the war in the Middle East")."""
    known = {n.lower() for e in index.store.entities.values() if e.type == "country" for n in (e.name, *e.aliases)}

    def holds_known(region: str) -> bool:
        region = region.lower()
        members = REGIONS.get(region) or REGIONS.get("the " + region) or ()
        return any(m.lower() in known for m in members)

    said = re.sub(_REGION_AFTER_NOUN, lambda m: "" if holds_known(m.group(1)) else m.group(0), said)
    return re.sub(_REGION_BEFORE_NOUN, lambda m: "" if holds_known(REGION_ADJECTIVES[m.group(1).lower()]) else m.group(0),
                  said)


# (a participle after its noun, "the consultations held alongside the JWG", describes
# the noun: what is asked is something else)
_HELD_BESIDE = (r"(?i)\b((?:(?:was|were|is|are|been|be|being)\s+(?:held|run|staged|convened|conducted))|ran|took\s+place|"
                r"taking\s+place|happened|happening)\s+(?:side\s+by\s+side\s+with|alongside)\b")


_AT_WHAT_SCALE = r"(?i)\b(?:at|on)\s+what\s+(other\s+)?(?:[a-z]+\s+)?scales?\s+(was|were|is|are)\s+(?:the\s+)?([a-z]+)"


# Nouns that class topics without naming one ("threat", "problem")
_CLASS_STEMS = frozenset(stem(w) for w in ("threat", "threats", "menace", "menaces", "danger", "dangers", "problem",
                                           "problems", "trouble", "troubles", "peril", "perils", "hazard", "hazards",
                                           "scourge", "scourges", "evil", "evils"))
_ABOUT_COMPOUND = r"(?i)\b([a-z]+)-(?:focused|focussed|centred|centered|oriented|themed)\b"


# "Two Russian officials are named. Which one met Lal?": a set said first, then a
# question about one of its members, which is one of the set ("which Russian official")
_SET_THEN_ONE = (r"(?i)^\s*(?:there\s+(?:are|were)\s+|the\s+(?:article|text|story|report)\s+(?:names|mentions)\s+)?"
                 r"(?:two|three|both|the\s+two)\s+(?P<set>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,4}?)\s*"
                 r"(?:(?:are|were)\s+(?:named|mentioned|listed|involved|held|present|quoted|described)\b[^.?!:;]*"
                 r"|(?:appear|feature|figure|take\s+part|took\s+part)\b[^.?!:;]*)?"
                 r"[.:;]\s+(?P<one>which\s+one|which\s+of\s+(?:them|the\s+two|these|those|the\s+three))\b")


_ASKERS_ASIDE = (r"(?i)^\s*i(?:['\u2019]m|['\u2019]ve|['\u2019]d|\s+am|\s+have|\s+keep|\s+always|\s+can['\u2019]?t|"
                r"\s+cannot|\s+forget|\s+forgot|\s+never|\s+still|\s+was|\s+get)\b[^:?]{0,80}:\s*"
                r"(?=(?:was|is|were|are|did|does|do|has|had|who|whom|whose|what|which|when|where|how|why)\b)")
_WHICH_OF_THE_SET = (r"(?i)^\s*(?:of|among)\s+the\s+(?:two|three)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[\w-]+s)"
                     r"(?:\s+(?:mentioned|named|listed|cited|in\s+the\s+(?:article|piece|story|text)))?\s*,\s*"
                     r"which\s+(?:one|of\s+them)\s+(?P<rest>[^?]+?)\s*\?*\s*$")


def _which_of_the_set(found: re.Match[str]) -> str:
    noun = found.group("noun")
    return f"Which {noun[:-1]} {found.group('rest')}?"


_ONE_GUESSED = (r"(?i)\s*(?:,|:|\u2013|\u2014|\s-)\s*(?:maybe\s+|perhaps\s+|probably\s+|presumably\s+)?(?:an?)\s+"
                r"[\w-]+\s+one\s*[?.]*\s*$")
_WH_WORD_BEFORE_GUESS = r"(?i)\b(?:what|which)\s+(?:kind|sort|type)s?\s+of\b[^,:\u2013\u2014?]+(?:,|:|\u2013|\u2014|\s-)"
_NTH_AFTER = (r"(?i)\bthe\s+(?:second|third|fourth|last|final|remaining)\s+(?P<noun>[a-z]+)\s*,?\s*(?:after|besides|"
              r"apart\s+from|other\s+than|beyond|alongside)\s+(?P<named>(?:[\w'-]+\s+){0,3}[\w'-]+\s+and\s+"
              r"(?:[\w'-]+\s+){0,3}[\w'-]+)(?=\s*,|\s*\?|\s*$)")
# "the UN's principal security body": "principal" before a noun that is no preposition,
# verb or person noun
_PRINCIPAL_ADJECTIVE = (r"(?i)\bprincipal\s+(?!(?:of|at|for|in|on|to|with|from|during|across|and|or|was|is|were|had|has|"
                        r"did|have|does|do|met|meet|led|headed|held|sat|delegate|negotiator|representative|envoy|"
                        r"official)\b)(?=[a-z])")
# "served as the leader of", "acted as head for": led
_SERVED_AS_HEAD = (r"(?i)\b(?:served|serves|serve|serving|acted|acts|act|acting|functioned|functions|worked|works)\s+as\s+"
                   r"(?:the\s+)?(?:leader|head|chief|boss)\s+(?:of|for)\b")
# "Between Secretary (West) and Deputy Minister, which title ...": options said first
_BETWEEN_FIRST = (r"(?i)^\s*between\s+(?:the\s+two,?\s+)?(?P<a>[^,?]+?)\s+and\s+(?P<b>[^,?]+?)\s*,\s*"
                  r"(?P<asked>(?:which|who|whose)\b[^?]+?)\s*[?.]*\s*$")
# a name's noun, and the two names offered after the question ("..., Sergey or Mikhail?")
_NAME_NOUN = r"(?P<noun>(?:(?:first|last|given|family)\s+)?names?|surnames?)"
_NAMES_OFFERED_LAST = r"(?:(?:[,:;]|\s[-\u2013\u2014])\s*(?P<a2>[\w-]+)\s+or\s+(?P<b2>[\w-]+))?\s*[?.]*\s*$"
# "Sergey and Mikhail: which first name belongs to Galuzin?", "which first name goes
# with Vershinin, Sergey or Mikhail?": the person's name, and the options offered for it
_NAME_BELONGS = (r"(?i)^\s*(?:(?P<a1>[\w-]+)\s+(?:and|or)\s+(?P<b1>[\w-]+)\s*(?:[:,;]|\s[-\u2013\u2014])\s*)?"
                 rf"which\s+(?:one\s+)?(?:of\s+(?:the|these|those)\s+(?:two\s+)?)?{_NAME_NOUN}"
                 r"\s+(?:belongs?\s+to|goes\s+with|go\s+with|is\s+that\s+of|matches|fits|is\s+(?:for|used\s+by))"
                 rf"\s+(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s*{_NAMES_OFFERED_LAST}")
# "Mikhail goes with which surname, Galuzin or Vershinin?": the name said first
_NAME_GOES_WITH = (r"(?i)^\s*(?P<who>[A-Z][\w'\u2019-]*)\s+(?:goes\s+with|belongs\s+to|matches|pairs\s+with|fits)\s+"
                   rf"which\s+{_NAME_NOUN}\s*{_NAMES_OFFERED_LAST}")


def _name_that_belongs(question: str) -> str:
    """"Which first name belongs to Galuzin, Sergey or Mikhail?" as "Is Galuzin's first
    name Sergey or Mikhail?": the person's name asked, with its options."""
    found = re.match(_NAME_BELONGS, question) or re.match(_NAME_GOES_WITH, question)
    if not found:
        return question
    noun = re.sub(r"s$", "", found.group("noun").lower()) if found.group("noun").lower().endswith("names") \
        else found.group("noun").lower()
    a = found.groupdict().get("a1") or found.group("a2")
    b = found.groupdict().get("b1") or found.group("b2")
    who = found.group("who")
    if a and b:
        return f"Is {who}'s {noun} {a} or {b}?"
    return f"What is {who}'s {noun}?"


_TERM_THEN_WHOSE = (r"(?i)^\s*(?P<term>[^:?]{1,40}?)\s*:\s*(?:is|was)\s+(?:that|it|this)\s+(?P<a>[\w-]+['\u2019]s)\s+"
                    r"(?P<noun>(?:(?:first|last|family|full|given|official|job)\s+)?(?:name|surname|title|post|role|"
                    r"designation|position))\s*,?\s+or\s+(?P<b>[\w-]+['\u2019]s)\s*[?.]*\s*$")
# "How does the article describe the strength of Russia's backing?": an attribute of a
# thing, described by the source (active, or "how is ... described")
_FRAMED_ATTRIBUTE = (r"(?i)^\s*how\s+(?:(?:does|did|do)\s+(?:the\s+|this\s+)?(?:article|piece|text|report|story|"
                     r"writer|author|write-up|paper|copy|closing\s+sentence|opening)\s+(?:describe|characteri[sz]e|"
                     r"rate|size\s+up|sum\s+up|assess|judge|portray|present|frame|qualify)\s+|is\s+)"
                     r"the\s+(?P<attribute>strength|firmness|intensity|importance|significance)\s+of\s+"
                     r"(?P<thing>[^?]+?)(?:\s+(?:described|characteri[sz]ed|portrayed|presented|rated|framed))?\s*[?.]*\s*$")
_ATTRIBUTE_ASKED = {"strength": "How strong was {}?", "firmness": "How strong was {}?", "intensity": "How strong was {}?",
                    "importance": "What does {} mark?", "significance": "What does {} mark?"}


def _attribute_described(question: str) -> str:
    """"How does the article describe the strength of Russia's backing?" as "How strong
    was Russia's backing?"; its importance, as what the backing marks (the article's
    measure of it: "a significant step towards ...")."""
    found = re.match(_FRAMED_ATTRIBUTE, question)
    if not found:
        return question
    return _ATTRIBUTE_ASKED[found.group("attribute").lower()].format(found.group("thing"))


_SOURCE_CALLS = (r"(?i)^\s*(?:[^:?]{2,30}:\s*)?(?:does|did|do)\s+(?:the\s+|this\s+)?(?:article|piece|text|report|"
                 r"story|writer|author|paper)\s+(?:call|describe|label|characteri[sz]e|term|portray|present)\s+")
_NAME_OF_FIRST = r"(?i)(^\s*|^[^:?]{2,40}:\s*)(?:the\s+)?(name)\s+of\s+(?=the\b|an?\b|[A-Z])"


_FOR_AIR = (r"(?i)\s*,?\s*(?:(?:the\s+)?(?:exact|precise)\s+(?:wording|words|phrasing)\s+)?(?:for|on)\s+(?:the|a|our|my|this)"
            r"\s+(?:ticker|caption|lower[- ]?th\w*|chyron|super|strap(?:line)?|headline|script|bulletin|graphic|"
            r"full[- ]screen(?:\s+graphic)?|slate|autocue|prompter|on[- ]screen\s+text)\b")
# A question said as a noun phrase: "Title of the official Lal met?", "Dates of the talks?"
_NOUN_OF_FIRST = (r"(?i)^\s*(?P<noun>(?:official\s+|exact\s+|full\s+|job\s+)?(?:title|post|job|role|ministry|department|office|"
                  r"country|nationality|date|dates|venue|place|location|city|number|round|topic|topics|subject|"
                  r"purpose|outcome|result))\s+of\s+(?=\S)")


def _noun_of_asked(found: re.Match[str]) -> str:
    noun = found.group("noun")
    verb = "are" if noun.lower().endswith(("dates", "topics")) else "is"
    return f"What {verb} the {noun.lower()} of "


def _name_of_asked(question: str) -> str:
    """"name of the MEA spokesperson who ..." as "Who is the MEA spokesperson who ...?":
    a person by who they are ("the Russian who led": a demonym said as a noun); any
    other thing by its name ("What is the name of the meeting on terrorism?")."""
    found = re.match(_NAME_OF_FIRST, question)
    if not found:
        return question
    rest = question[found.end():]
    said = rest.split()
    end = next((k for k, w in enumerate(said) if w.lower().strip(",?") in _PHRASE_ENDS - {"the", "a", "an"}), len(said))
    head = said[end - 1].strip(",?.") if end else ""
    person = NOUN_TYPES.get(head.lower()) == "person" or (
        end < len(said) and said[end].lower() == "who" and head[:1].isupper() and head.endswith("n"))
    return f"{found.group(1)}Who is {rest}" if person else f"{found.group(1)}What is the name of {rest}"


# "Consider the two Russian officials named: Sergey Vershinin and Mikhail Galuzin. Which
# of them headed the Russian team?": the options listed first, in a sentence of their
# own, then the question that picks one of them
_ITEM = r"[^,.:;?!]{2,40}?"
_LISTED_THEN_WHICH = (rf"(?i)^\s*(?:(?:consider|take|look\s+at)\b[^:]{{0,60}}:\s*)?(?P<a>{_ITEM})"
                      rf"(?:\s*,\s*(?P<b>{_ITEM}))?\s*,?\s+(?:and|or)\s+(?P<c>{_ITEM})\s*[.:;]\s+"
                      r"(?P<asked>(?:which|who|whom)\s+(?:of\s+(?:them|these|those|the\s+two|the\s+three|both)|one)\b"
                      r"[^?]*?)\s*\?\s*$")


def _listed_then_which(question: str) -> str:
    """The question asked with the options it picks from said last, as a choice is:
    "Which of them headed the Russian team, Sergey Vershinin or Mikhail Galuzin?"."""
    found = re.match(_LISTED_THEN_WHICH, question)
    if not found:
        return question
    items = [found.group(k).strip() for k in ("a", "b", "c") if found.group(k)]
    return f"{found.group('asked')}, {', '.join(items[:-1])} or {items[-1]}?"


def _one_of_the_set(question: str) -> str:
    """"Two meetings were held. Which one dealt with terrorism?" as "Which meeting dealt
    with terrorism?": the set says what kind, and whose, the one asked is."""
    found = re.match(_SET_THEN_ONE, question)
    if not found:
        return question
    kind = found.group("set").split()
    last = kind[-1]
    kind[-1] = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") and \
        not last.endswith("ss") else last
    return f"Which {' '.join(kind)}{question[found.end():]}"


def analyse(question: str, index: Index) -> Analysis:
    if "s" in question and ("'" in question or "\u2019" in question):
        question = re.sub(_WH_IS, r"\1 is", question)
    said = _terse_whether(_as_question(_without_preamble(question, index)), index)
    if "there" in said[:8].lower() and "which" in said.lower():
        said = _which_one_of_those_there(said)
    if ("?" in said.rstrip(" ?") or "," in said) and re.search(_WHICH_AFTER, said):
        said = _if_so(said)  # "did they talk about a war? which one": before "which one" is read as a name asked
    said, name_asked = _name_asked_after(said)
    truth = " it " in said[:12].lower() and re.match(_IS_IT_TRUE, said)
    if truth:
        said = re.sub(_IS_IT_TRUE, "", said)  # the statement, asked yes or no
    elif " i " in said[:8].lower() and "?" not in said.rstrip(" ?.!") and re.match(_AM_I_RIGHT, said):
        # (a question after the check is one of its own: claims.py reads the two)
        truth = True
        said = re.sub(_AM_I_RIGHT, "", said)
    if "if so" in said.lower():
        said = _if_so(said)
    low = said.lower()  # (cheap tests first: the patterns compile on first use, which start-up pays)
    if "opposite" in low:
        said = re.sub(_OPPOSITE_NUMBER, "counterpart", said)
    if "-" in low and re.search(_ABOUT_COMPOUND, said):
        # "the UN-focused track", "UN-centred talks": what they are about, as "UN-related"
        said = re.sub(_ABOUT_COMPOUND, r"\1-related", said)
    if "part of" in low or "branch of" in low or "arm of" in low or "wing of" in low:
        # "which part of the Indian government": a body within it, not who is part of it
        said = re.sub(r"(?i)\b(which|what)\s+(?:part|branch|arm|wing)\s+of\s+", r"\1 body of ", said)
    if "pos" in low or "stand" in low or "stance" in low:
        # "where does Moscow stand on ...": a stance, not a place ("what is Moscow's stance on")
        said = re.sub(_WHERE_STANDS, lambda m: f"What is {m.group(1)}'s stance {m.group(2)}", said)
        # "what position did Moscow take on India's bid": the same, its stance on it
        said = re.sub(_STANCE_TAKEN, lambda m: f"What is {m.group(1)}'s stance {m.group(2)}", said)
        said = re.sub(_POSITION_ON, lambda m: "stance " + (m.group(1) or ""), said)
    if "'s " in said or "\u2019s " in said:
        # "which country's ambition to hold a seat", "which nation's quest for a seat": the
        # country with that aim, which seeks it (the aim's noun alone is no relation: Russia
        # backs "India's bid", which India does not seek of anyone)
        said = re.sub(_WHOSE_AIM, lambda m: f"{m.group(1)} {m.group(2)} that aspires {m.group(3).lower()}", said)
    if "meets" in low:
        # "which of the two meets", "both meets": the noun, meetings (not "Lal meets Galuzin")
        said = re.sub(r"(?i)\b(the|two|both|these|those|which|what|of|all)\s+meets\b", r"\1 meetings", said)
    if "side" in low:  # (and "alongside")
        # "held side by side with / alongside the JWG": at the same time as it, not
        # working together with it (as "side by side" says of people)
        said = re.sub(_HELD_BESIDE, r"\1 in parallel with", said)
    if "times" in low:
        # "how many times have they met", "which had met more times": its rounds, not a time of day
        said = re.sub(r"(?i)\b(how\s+many|more|fewer|most|fewest)\s+times\b", r"\1 rounds", said)
    if "how many" in low:
        # "counting this latest meeting, how many rounds ...", "... now, counting this
        # one": the count includes the one reported, as every count from a place in a
        # series does; the frame asks nothing
        said = re.sub(r"\s+([?.!])", r"\1", re.sub(r"\s{2,}", " ", re.sub(_COUNT_FRAME, " ", " " + said))).strip()
    elif "counting" in low or "including" in low:
        said = re.sub(_COUNTING_THIS, " ", said)
    if "start" in low or "beg" in low or "commenc" in low:
        # "when did Russia start supporting / begin to back India's bid": the support is
        # the relation asked (its beginning is for answer.py to weigh), not a start
        said = re.sub(_STARTS_DOING, "", said)
    if "said to" in low:
        # "which technologies were terrorists said to be using": hearsay, not a statement asked about
        said = re.sub(r"(?i)\bsaid\s+to\s+(?=(?:be|have|pose|create|cause|use)\b)", "", said)
    if ("writer" in low or "author" in low) and not re.search(r"(?i)\b(?:who|whom|whose)\b", said):
        # "how does the writer describe it", "in the author's view": the piece's own words,
        # whoever wrote them ("who is the author" asks a person the facts do not name)
        said = re.sub(r"(?i)\b(?:the\s+|this\s+|its\s+)?(?:writer|author)(?:['\u2019]s)?\b", " ", said)
    if "paper" in low and not re.search(r"(?i)\b(?:which|what|name|identify|whose)\s+(?:the\s+)?(?:news)?paper", said):
        # "what did the paper call it": the article, as a reader calls where it was printed;
        # "which newspaper ran it" asks a paper the facts do not name
        said = re.sub(r"(?i)\b(?:the|this|that)\s+(?:news)?paper\b", "the article", said)
    said = re.sub(_ARTICLE_DISCUSSES, " is", said)
    if " about " in low or " on " in low or " regarding " in low:
        # "what did Moscow signal about India's bid": what it said about it, however it
        # said it (a signal is also what a thing marks: "this endorsement signals ...")
        said = re.sub(SAID_IN_OTHER_WORDS, r"\1say ", said)
        low = said.lower()
    if "say" in low or "said" in low:
        # "what does the article say the partnership helps build": the verb that reports
        # a clause frames it; "what did Galuzin say about Ukraine" asks what was said
        said = re.sub(_REPORTING, " ", re.sub(_ARTICLE_SAYS, _frame_left_out, said))
    elif any(verb in low for verb in _ARTICLE_VERBS):
        said = re.sub(_ARTICLE_SAYS, _frame_left_out, said)  # "what does the writer think it will strengthen"
    if "scale" in low:
        # "at what (geographical) scale were developments reviewed", "what scale of
        # developments": a scale is a kind ("regional", "global")
        said = re.sub(_AT_WHAT_SCALE, r"what \1kind of \3 \2", said)
        said = re.sub(r"(?i)\bwhat\s+(other\s+)?(?:\w+\s+)?scales?\s+of\b", r"what \1kind of", said)
    for keyword, pattern, term in DESCRIBED_TERMS:
        if keyword in low:
            said = re.sub(pattern, term, said)
    if "europe" in low or "asia" in low or "subcontinent" in low or "middle east" in low or "africa" in low \
            or "latin america" in low:
        said = _without_known_region(said, index)
    if "offer" in low or "lend" in low or "extend" in low or "giv" in low or "provid" in low:
        # "the one offering its backing": the one backing
        said = re.sub(_LIGHT_SUPPORT, "", said)
    if "help" in low:
        # "what does the collaboration help foster": what it fosters
        said = re.sub(_HELPS_DO, " ", said)
    if " its " in f" {low} " or " their " in f" {low} ":
        said = _its_party(said, index)
    main, excluded_texts = _split_exclusions(_capitals_as_countries(named_by_part(said, index)))
    excluded = frozenset(e for text in excluded_texts for e in _set_aside_things(text, index))
    main, series = _set_named_first(main, index)
    excluded |= series
    # "besides terrorism and radicalisation": each thing set aside, which a listed answer leaves out
    set_aside = tuple(said for text in excluded_texts for part in re.split(LIST_SEPARATOR, text)
                      if (said := tuple(_stems_of(part, index))))
    found_options = re.search(_OPTIONS, main)
    if found_options and found_options.group(2).lower().split()[-1] in ("both", "neither", "all", "none", "not"):
        found_options = None  # "..., or both": a choice of combinations no single fact answers
    options_text = _balanced(found_options.group(1), found_options.group(2)) if found_options else None
    if options_text and options_text[0].lower() in ("one", "ones") and len(found_options.group(1).split()) >= 2:
        # "is it a new one or reiterated": "one" is the thing both describe; its word is the option
        options_text = (found_options.group(1).split()[-2], *options_text[1:])
    quoted_pair = re.search(_QUOTED_OPTIONS, main) if found_options and main.count(" or ") == 1 else None
    if quoted_pair:
        # "'India-Russia Joint Working Group Focuses on ...' or 'Renewed Support ...'": each
        # quoted whole, however long
        options_text = (quoted_pair.group("a"), quoted_pair.group("b"))
    if options_text:
        options_text = _elided(*options_text)
    if options_text and len(options_text) == 2:
        options_text = _names_without_the_rest(*options_text)
    if found_options and "," in main[: found_options.start()]:
        # "Whose title is it: Lal's, Vershinin's or Galuzin's?": a list of three after a colon or dash
        first = re.search(_FIRST_OF_THREE, main[: found_options.start()])
        if first and options_text:
            # ("nuclear energy, terror financing, or trade": the middle one whole, as the
            # commas mark it, though the last is shorter)
            middle = found_options.group(1).strip() if len(found_options.group(1).split()) <= 3 else options_text[0]
            options_text = (first.group(1), middle, *options_text[1:])
        counted = re.search(r"(?i)\b(\w+),\s*$", main[: found_options.start()])
        if not first and counted and options_text and all(_is_ordinal_word(w.split()[0]) for w in (counted.group(1),
                                                                                                     *options_text)):
            options_text = (counted.group(1), *options_text)  # "the fifth, sixth or seventh round"
        alike = re.search(r"(?i)\b(\w+\s+\w+),\s*$", main[: found_options.start()])
        if not first and alike and options_text and alike.group(1).split()[0].lower() not in STOPWORDS \
                and len({w.split()[0].lower() for w in (alike.group(1), *options_text) if w.split()}) == 1:
            options_text = (alike.group(1), *options_text)  # "December 19, December 20 or December 21"
    negated = re.search(_AND_ITS_NEGATION, main) if "non" in main.lower() else None
    if negated:
        # "a permanent or a non-permanent seat for India at the UNSC": the options are
        # the word and its negation, however long the rest
        options_text = (negated.group(1), f"non-{negated.group(1)}")
    if options_text is None and " or " in main.lower():
        # "was it sixth or seventh round of consultations on UN issues": two ordinals
        # offered, however long the noun they share
        ordinals = re.search(r"(?i)\b([\w]+)\s+or\s+(?:the\s+)?([\w]+)\b", main)
        if ordinals and _is_ordinal_word(ordinals.group(1)) and _is_ordinal_word(ordinals.group(2)):
            options_text = (ordinals.group(1), ordinals.group(2))
    if options_text is None and main.lstrip()[:3].lower() in ("of ", "bet"):
        pair = re.match(_OF_PAIR, main)  # "Of Vershinin and Galuzin, who met Lal?"
        options_text = tuple(g for g in pair.groups() if g) if pair else None
    if options_text is None and (":" in main or "\u2014" in main or " - " in main):
        pair = re.match(_PAIR_FIRST, main)  # "Lal and Vershinin: which of the two works for the MEA?"
        options_text = tuple(g for g in pair.groups() if g) if pair else None
    tokens, corrections = _corrected(_expand_shorthand(words(main)), index)
    tokens, corrections = _relation_slip(tokens, corrections, index)
    tokens, corrections = _slip_inside_a_name(tokens, corrections, index)
    tokens, name_part = _name_part(tokens)
    tokens = _numbers_as_ordinals(_list_place_as_other(_distribute(tokens, index)), index)
    content = [t for t in tokens if t not in STOPWORDS and t not in FRAME_WORDS]
    stems = [index.canon.get(s, s) for s in (stem(t) for t in content)]
    # "what did they talk about", "what was talked over": a verb, not the talks themselves
    named = _clauses_read_as_said(index.mentions(stems), stems, index)
    taken = {p for m in named for p in range(m.start, m.end + 1)}  # the two below add theirs
    reworded = _mentions_in_other_words(stems, named, taken, index)
    # a longer name said in other words ("talks on UN matters") holds the shorter one
    # found whole inside it ("talks")
    named = [m for m in named if not any(r.start <= m.start and m.end <= r.end for r in reworded)]
    named = [m for m in named if not _owned_by_another_country(m, stems, index)]
    mentions = [m for m in named + reworded + _names_short_of_a_word(stems, taken, index)
                if not (index.store.entities[m.entity].type == "event" and _said_as_verb(m, content, main))]
    wanted = "yesno" if truth else _wanted(_main_clause(main, tokens))
    if wanted != "yesno" and re.search(_TOPIC_THEN_YESNO, main):
        wanted = "yesno"  # "Money flowing to terror groups - was that addressed?": the topic, then yes or no
    if wanted == "any" and tokens[:1] != ["how"]:
        # (a keyword query's type noun; "how does the text describe Russia's backing for
        # India's permanent place" asks a manner, whatever nouns it holds)
        wanted = _terse_type(content, wanted, any(index.store.entities[m.entity].type == "person" for m in mentions))
    if wanted == "yesno" and options_text:
        wanted = "any"  # "was Lal on the Indian side or the Russian side": a choice, not yes or no
    if name_asked == "person" and wanted in ("yesno", "any", "thing", "agent"):
        wanted = "person"  # "did one official lead both? Name him.": the person, not yes or no
    elif name_asked and wanted == "yesno":
        wanted = "any"  # "was it at the JWG or another meeting? Name it."
    if name_asked == "last" and not name_part:
        name_part = "last"  # "... ? Tell his surname."
    if name_part and wanted in ("thing", "any", "agent"):
        # "the full name of the ministry ..." names the ministry; a first name, a person
        # ("the full name of the UN body ...": a plain type word says the type as well)
        phrase = _asked_phrase(tokens, question) if name_part == "full" else []
        named = NOUN_TYPES.get(phrase[-1], "") if phrase else ""
        wanted = named if named and named != "thing" else "person"
    hint = _hint(tokens, content, mentions, question) or _country_of_asked(tokens, content, mentions, index)
    # ("which JWG", "which Joint Working Group": an acronym or a capitalised alias names
    # the meeting as its name does; "the Moscow meetings" is a description)
    if hint is not None and index.store.entities[hint].type == "event" and (re.search(_WHICH_WAS_THIS, main) or any(
            m.entity == hint and (m.form.is_name or all(w[:1].isupper() for w in m.form.text.split()))
            for m in mentions)):
        # "which JWG on counter-terrorism was this", "which Joint Working Group was held":
        # one meeting named by its name is asked for its place in the series ("which
        # meeting was held in parallel" asks which of several)
        wanted = "ordinal"
    elif wanted == "event" and ((len(tokens) > 2 and tokens[1] in _SERIES_NOUNS and tokens[2] == "of"
                                and re.search(_WHICH_WAS_THIS, main)) or re.search(_WHICH_THIS_OF, main)) \
            and any(index.store.entities[m.entity].type == "event" for m in mentions):
        wanted = "ordinal"  # "which session of the JWG was it": its place in the series
    elif wanted != "ordinal" and ("the what" in main.lower() or "the which" in main.lower()):
        blank = re.search(_THE_WHAT_IN_SERIES, main)
        # (not a question's first words: "the which meeting were where ..." is a claim
        # put right, the wh-phrase its subject)
        if blank and main[: blank.start()].strip() and (blank.group(1) or any(
                index.store.entities[m.entity].type == "event" for m in mentions)):
            # "it was the ____ meeting of the JWG", "the ____ Joint Working Group": a
            # blank before a series' noun or a meeting's name is its place in the series
            wanted = "ordinal"
    person_of = wanted in ("thing", "any") and (
        (hint is not None and _demonym_as_noun(tokens, index)) or _demonym_named(tokens, index))
    if person_of:
        wanted = "person"  # "which Indian met Galuzin": a person of that country
    if hint is not None and index.store.entities[hint].type == "event" and re.search(_ONE_OF_SET, main):
        # "which of the two meetings": "meetings" names the series, whose members are
        # asked; the series itself is not one of them ("which of the two Russian
        # officials": the group's members are people, which the answer's type says)
        excluded |= {hint}
    options: frozenset[str] = frozenset()
    option_stems: tuple[tuple[str, ...], ...] = ()
    option_texts: tuple[str, ...] = ()
    if options_text:
        said = [tuple(_stems_of(text, index)) for text in options_text]
        if all(said):
            option_stems, option_texts = tuple(said), tuple(options_text)
            # the left option ends at "or", the right one starts there: "did Lal meet
            # Vershinin or Galuzin to discuss Ukraine" offers Vershinin and Galuzin
            named = [_option_entity(s, index, last=k < len(said) - 1) for k, s in enumerate(said)]
            if not all(named):
                # "... or the counter-terrorism JWG": a thing named with words of its own
                # name around it, when that tells the options apart ("a single meeting
                # or a series of meetings" names one thing twice)
                loose = [e or _option_entity(s, index, last=k < len(said) - 1, loose=True)
                         for k, (e, s) in enumerate(zip(named, said, strict=True))]
                named = loose if all(loose) and len(set(loose)) == len(loose) else named
            owners = _owners_of_one_noun(options_text)
            if not all(named) and owners:
                # "India's ministry or Russia's": no entity is either whole, so the
                # owners are what the question chooses between
                option_texts, said = owners, [tuple(_stems_of(text, index)) for text in owners]
                option_stems = tuple(said)
                named = [_option_entity(s, index, last=k < len(said) - 1) for k, s in enumerate(said)]
            if _capital_beside_city(options_text, named, index):
                # "Moscow or New Delhi": the city, which no fact knows, not India; the
                # answer may still be the city the facts know
                options = frozenset(e for e in named if e and index.store.entities[e].type == "city")
                named = []
                mentions = [m for m in mentions if m.form.text.lower() not in _CAPITALS_SAID
                            or index.store.entities[m.entity].type == "city"]
            if named and all(named) and not _subject_described(main, said[0], index):
                options = frozenset(e for e in named if e)
    if len(options) >= 2 and wanted in ("place", "city", "date") and not any(
            index.store.entities[e].type in _WANTED_KINDS[wanted] for e in options):
        wanted = "any"  # "where was it discussed: at the JWG or at the consultations?": one of the meetings
    guess = re.search(_GUESS, main)
    if not options and guess and wanted not in ("yesno", "any") and guess.start() > 0:
        # "who did Lal meet, Galuzin?": a wh-question with the asker's guess after it
        said = tuple(_stems_of(guess.group(1), index))
        found = index.mentions(list(said)) if said else []
        if found and found[0].size == len(said):
            options, option_stems = frozenset({found[0].entity}), (said,)
    # a name read across "or" out of the options' own words ("an Indian or a Russian
    # official": Indian ... official) is no name the question gives
    offered_stems = {s for option in option_stems for s in option}
    # an option said short ("or Russia's" for "Russia's official") names no more than it
    elided = {s for text, option in zip(option_texts, option_stems, strict=False) if text.lower() not in main.lower()
              for s in option}
    if wanted == "ordinal" and hint is not None:
        # "which JWG meeting was held": "meeting" is the hinted meeting's noun, not the
        # talks it is also a word for
        ends = {m.end for m in mentions if m.entity == hint}
        mentions = [m for m in mentions if not (m.start - 1 in ends and m.start == m.end
                                                 and content[m.start] in _SERIES_NOUNS)]
    mentions = [m for m in mentions if m.entity not in options and (hint is None or m.entity != hint)
                and m.entity not in series
                and not (m.end - m.start + 1 > m.size and set(m.form.stems) <= offered_stems)
                and not (options and set(m.form.stems) < elided)]
    the_set = re.match(_SET_FIRST, question) if options else None
    if the_set:
        # "Of the two Russian officials named, which one is Mikhail: Vershinin or
        # Galuzin?": the set the options belong to says what they are, not a thing
        # every fact about the answer names (the Russian team)
        said = set(_stems_of(the_set.group(1), index))
        mentions = [m for m in mentions if not set(m.form.stems) <= said]
    if option_stems and not options:
        mentions = _aliases_offered(mentions, stems, option_stems, index)
    # the words a name was matched on; not a word it spans ("India's ambassador to
    # Russia at the time of the talks" spans "India-Russia talks", not "ambassador")
    covered = {p for m in mentions for p in range(m.start, m.end + 1) if stems[p] in m.form.stems}
    # A word that names an entity ("the Moscow talks") is weak evidence of a relation
    # ("talks" as in discussed): such relations count half.
    for m in mentions:
        if m.end + 1 < len(stems) and stems[m.end + 1] == _POSITION \
                and index.store.entities[m.entity].type in ("country", "organization"):
            # "Russia position India UNSC seat": a country's position is its stance, no post
            stems[m.end + 1] = index.canon.get(_STANCE, _STANCE)
    predicates = index.phrases_in(stems)
    if truth and "by" not in tokens:
        # "is it true that Lal led the Indian side": "led" is also the stem of the passive
        # "led by", but a statement with no "by" reads from the subject's side
        predicates = {p: (v[0], v[1] and not all(" by" in f" {w} " for w in index.store.predicates[p].passive))
                      for p, v in predicates.items()}
    about_asked = re.search(_ABOUT_ASKED, main) is not None
    if about_asked:
        # "what was Lal's meeting with Galuzin about?", "... was about what": "about" is
        # a word every question uses, but here it is the relation asked
        predicates = {**index.phrases_in(["about"]), **predicates}
    free = index.phrases_in([s if i not in covered else "" for i, s in enumerate(stems)])
    predicates = {p: v if p in free else (v[0] / 2, v[1]) for p, v in predicates.items()}
    asked_type = _asked_type_word(tokens)
    if asked_type is not None:
        # "in what year was X established": "year" is the answer's type, not the
        # relation of dates ("held on"); a relation only it names counts half ("what
        # date" stays: "what date is printed on the article" asks the dateline)
        without = index.phrases_in([s if i != asked_type else "" for i, s in enumerate(stems)])
        predicates = {p: v if p in without else (v[0] / 2, v[1]) for p, v in predicates.items()}
    date_word = _asked_type_word(tokens, _DATE_WORDS)
    if date_word is not None:
        # "what date did the talks end": "date" is the answer's type when a verb says which
        # of the days ("ended on"); alone it is the relation ("what date is printed on the
        # article"), and beside another verb it still names the meetings' dates
        without = index.phrases_in([s if i != date_word else "" for i, s in enumerate(stems)])
        if any(without.get(p, (0.0,))[0] >= 0.8 for p in _ONE_END):
            predicates = {p: v if p in without else (v[0] / 2, v[1]) for p, v in predicates.items()}
    numbered = {i for i in range(1, len(stems)) if stems[i] in _SERIES_STEMS and _is_ordinal_stem(stems[i - 1])}
    if numbered:
        # "what was discussed at the sixth round": "the sixth round" names a meeting; the
        # relation its noun names ("round") counts half when another is said in full
        without = index.phrases_in([s if i not in numbered else "" for i, s in enumerate(stems)])
        if any(v[0] >= 0.8 for v in without.values()):
            predicates = {p: v if p in without else (v[0] / 2, v[1]) for p, v in predicates.items()}
    described = _frame_relations(tokens, index)
    framed = described or _verb_after_noun(tokens, index, main)
    if framed:
        # "how is Russia's support described": the frame's verb is the relation asked;
        # "support" only says what is described, so its relation counts half
        predicates = {p: v if p in framed else (v[0] / 2, v[1]) for p, v in predicates.items()}
        # "how does the article rate X": the frame asks how X is described, though its
        # verb is no word of that relation
        if _HOW_JUDGE_VERBS & set(tokens):
            predicates.update({p: (0.8, False) for p in described if p not in predicates})
        topic = None if described or not re.search(r"\w['\u2019]s\s", main) else \
            _topic_said(stems, content, main, mentions, set(predicates) - framed, index)
        if topic is not None:
            mentions = [m for m in mentions if not (m.start == topic.start and m.end < topic.end)] + [topic]
    held_office = [i for i, t in enumerate(tokens) if t in _HOLD_WORDS
                   and _OFFICE_OBJECTS.intersection(tokens[i + 1 : i + 5])]
    if held_office:
        # "which countries hold permanent seats": to hold a seat or post is no meeting held
        at = {stems.index(stem(tokens[i])) for i in held_office if stem(tokens[i]) in stems}
        without = index.phrases_in([s if i not in at else "" for i, s in enumerate(stems)])
        predicates = {p: v if p in without else (v[0] / 2, v[1]) for p, v in predicates.items()}
    if "concerns" in predicates and "discussed" in predicates and _ONE_SUBJECT & set(tokens) \
            and not _SUBJECTS & set(tokens) and "discussed" not in index.phrases_in(
                [s for s in stems if s not in _ONE_SUBJECT_STEMS]):
        # "what was the subject of the consultations": one subject is what they are
        # about, not the list of what they reviewed ("what subjects were discussed")
        predicates["discussed"] = (predicates["discussed"][0] / 2, predicates["discussed"][1])
    elif "concerns" in predicates and "discussed" in predicates and _TOPICS & set(tokens) \
            and not (_ONE_SUBJECT | {"about"}) & set(tokens):
        # "topics of the UN consultations": the things talked over, not the one subject
        # the meeting is about (which its name often says already: "UN-related issues")
        predicates["concerns"] = (predicates["concerns"][0] / 2, predicates["concerns"][1])
    if options_text and tokens[:1] and tokens[0] in _AUXILIARIES and not any(v[0] >= 0.8 for v in predicates.values()) \
            and _places_offered(options_text, main, index):
        # "were the talks in Moscow or Delhi": places offered after "in" ask where it was held
        predicates.update({p: (0.8, False) for p in _PLACE_RELATIONS if p in index.store.predicates})
    # (the places offered, if any, are no part of it: "where were the talks, Moscow or Delhi")
    places_offered = set(words(" ".join(options_text))) | {"or"} if options_text else set()
    unoffered = [m for m in mentions if m.entity not in options]
    if wanted in ("city", "country", "place") and not any(v[0] >= 0.8 for v in predicates.values()) \
            and re.match(_IN_WHICH_PLACE_WAS, " ".join(t for t in tokens if t not in places_offered)) \
            and all(index.store.entities[m.entity].type == "event" for m in unoffered) and unoffered:
        # "in which country were the talks": where they were is where they were held
        predicates.update({p: (0.8, False) for p in _PLACE_RELATIONS if p in index.store.predicates})
    if "led" in predicates and not _LEADING_VERBS & set(tokens) and any(
            t in _HEADING_NOUNS and (not t.startswith("heading") or (i > 0 and tokens[i - 1] in _BEFORE_A_NOUN))
            for i, t in enumerate(tokens)):
        # "what's the heading of the UNSC section", "the header on the counter-terrorism
        # part": a heading is no leading, though it shares its stem with "head" ("who was
        # heading India's side" leads)
        del predicates["led"]
        if "section-heading" in index.store.predicates:
            predicates.setdefault("section-heading", (0.8, False))
    if "seeks" in predicates and re.search(_WANTS_FOR_ANOTHER, " ".join(tokens)):
        # "does Russia want India to get a seat": to want it for another is to back it
        predicates = {("supports" if p == "seeks" else p): v for p, v in predicates.items()}
    rest = [t for i, t in enumerate(content) if i not in covered]
    describe = (len(mentions) == 1 and not options and name_part != "full" and _asks_description(tokens, wanted) and (
        {stem(t) for t in rest if t not in GENERIC} <= _DESCRIBE_STEMS or re.search(_WHO_IS_AND_MORE, question))
                and not _HAPPEN & set(tokens) and not (_TAKE & set(tokens) and ("place" in tokens or "part" in tokens))
                and not (wanted == "thing" and "both" in tokens[1:3])  # "which two countries": the pair
                # "which one does the article name": a naming done by what is named, not its card
                and not _NAMES_AS_VERB & set(tokens[_first_do(tokens) + 1 :]))
    # "how does the article sum up X": the frame's verb is no word to look up
    framing = tokens[:1] == ["how"] and bool((_HOW_JUDGE_VERBS | _HOW_FRAME_VERBS).intersection(tokens))
    # the option not taken may well be unknown: "Secretary (East) or Secretary (West)"
    offered = set(words(" ".join(options_text))) if options_text else set()
    unknown = tuple(t for t in content if t not in offered and t not in index.vocabulary and t not in GENERIC
                    and not (framing and (t in _HOW_JUDGE_VERBS or t in _HOW_FRAME_VERBS or t == "up"))
                    and t not in NOUN_TYPES and t not in ENTITY_TYPES
                    and t not in PLAIN_TYPES and not index.knows_stem(index.canon.get(stem(t), stem(t)))
                    and not _inflected(t, index) and not _bridged(t, index))
    strange = tuple(t for i, t in enumerate(content) if t in unknown and t not in AHEAD | BEHIND | HIGHER | LOWER and (
        t in place_names() or _looks_like_name(t, question) or _names_another(i, content, stems, tokens, question, index)))
    # a place of two known words ("United States": "united" as in United Nations)
    strange += tuple(f"{a} {b}" for i, (a, b) in enumerate(itertools.pairwise(content))
                     if f"{a} {b}" in place_names() and not {i, i + 1} & covered)
    # "which kind of UNSC membership: permanent or non-permanent": the options are not the noun
    kind_of = _one_name(_kind_of([t for t in tokens if t not in offered - STOPWORDS]), mentions, index)
    while len(kind_of) > 1 and not _WH_WORDS & set(tokens) and index.phrases_in([kind_of[-1]]):
        # "type of terrorism experiences shared", typed as keywords: a relation's word
        # ends the noun ("at what level were the Moscow meetings held" keeps its meetings)
        kind_of = kind_of[:-1]
    if len(kind_of) == 1 and kind_of[0] in _CLASS_STEMS and not index.knows_stem(kind_of[0]) \
            and re.search(r"\b(?:what|which)\s+(?:sorts?|kinds?|types?)\s+of\b", " ".join(tokens)):
        # "what sorts of threats did they swap notes on": a noun that only classes
        # topics, which the facts never say, asks which ones, as "which threats" does
        kind_of = []
    # (the question as read too: "what seat Moscow backs" reads Moscow as Russia, a name)
    asked_phrase = _asked_phrase(tokens, f"{question} {main}")  # its head is the focus, the words before it modifiers
    # "which ministry employs Lal": a verb of a relation ends the phrase, though it ends in -s
    verb_at = next((k for k, w in enumerate(asked_phrase) if k and w.endswith("s") and not w.endswith("ss")
                    and any(passive for _, passive in index.phrases_in([stem(w)]).values())), None)
    asked_phrase = asked_phrase[:verb_at] if verb_at else asked_phrase
    # "what was the purpose of ...", "in what form was it made public": the noun says
    # what kind of answer is asked (a purpose, a document), not what it is about
    medium = wanted == "document" and re.search(_FORM_OF_STATEMENT, " ".join(tokens)) is not None
    focus = None if person_of or wanted == "reason" or medium else _head_of(asked_phrase)
    said_name = tokens[1] if len(tokens) > 2 and tokens[0] in ("what", "which") else ""
    if said_name and said_name[:1].isalpha() and re.search(rf"(?i)\b(?:what|which)\s+{re.escape(said_name)}\b", main) \
            and any(f.stems == (stem(said_name),) and index.store.entities[f.entity].type == "person"
                    and f.text[:1].isupper() for f in index.forms_by_stem.get(stem(said_name), ())):
        # "What Lal and Galuzin agreed ...": a name after "what" is the one who did it
        # (a question with its "did" left out), not a kind of thing asked
        focus, hint = None, None
    if wanted == "agent" and focus == "sourc":
        focus = None  # "who is the source of the quote": the one who said it, however named
    doer = _doer_asked(tokens, question, index)
    if doer and wanted in ("thing", "agent") and asked_phrase[-1:] in (["side"], ["party"]):
        # "which side voiced support": a country or its team, whichever did it ("party" a
        # party to the talks, whom no fact calls one)
        wanted, focus = "agent", None
    if doer and wanted == "any":
        wanted = "agent"  # "unsc membership backer": the one who backs it
    if wanted == "thing" and focus is None and len(options) >= 2 and all(
            index.store.entities[e].type == "person" for e in options):
        wanted = "person"  # "Lal or Vershinin: which of the two is ...": the people offered say the kind
    phrase_stems = [stem(w) for w in asked_phrase if w not in STOPWORDS]
    named_asked = [m for m in index.mentions(phrase_stems) if m.form.stems == tuple(phrase_stems)] \
        if wanted == "organization" and tokens[:1] in (["which"], ["what"]) and len(phrase_stems) >= 2 else []
    if len(named_asked) == 1 and index.store.entities[named_asked[0].entity].type == "event":
        # "which working group met in Moscow": the noun asked is the name of a meeting
        # ("working group"), so a meeting is asked, not a body
        wanted = "event"
    return Analysis(question, tuple(tokens), tuple(corrections), tuple(stems), wanted, describe,
                    # ("which acronym ...: UNSC or JWG?": the acronyms offered are the answers)
                    _asks_short_form(tokens, [m for m in mentions if m.entity not in options]),
                    tuple(mentions), predicates, unknown, strange,
                    excluded, options, hint, focus, _asks_ahead_or_behind(tokens, question), name_part,
                    tuple(index.canon.get(s, s) for s in kind_of), option_stems,
                    tuple(index.canon.get(s, s) for s in _modifiers(asked_phrase)), set_aside,
                    option_texts if len(option_texts) == len(option_stems) else (), doer,
                    not doer and _done_to_asked(main, index), _count_asked(question))


# "what three threats", "which two related problems", "name the three areas": a list of
# that many is asked; not "which two sides", whose number counts the parties that spoke
_COUNT_ASKED = (r"(?i)\b(?:what|which|name\s+the|list\s+the)\s+(?:other\s+)?(?P<count>two|three|four|five)\b"
                r"(?!\s+(?:of|sides?|countries|nations|delegations|parties|governments|capitals|states|men|officials|"
                r"people|leaders|diplomats|meetings|rounds|days)\b)")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _count_asked(question: str) -> int:
    """How many things the question asks for ("what three threats": 3), 0 if it says no number."""
    found = re.search(_COUNT_ASKED, question)
    return _COUNTS[found.group("count").lower()] if found else 0


# "which country is (the one) being backed", "which country was endorsed": the wh-phrase
# is what a verb in the passive was done to, no doer said ("by" would name it)
# (the wh-phrase first and short: "at which meeting was X discussed" asks the meeting,
# where it was done; a verb of saying or naming is no doing: "which official is titled")
_DONE_TO = (r"(?i)^\W*(?:(?:for|in)\s[^,]*,\s*)?(?:(?:which|what)(?:\s+[\w-]+){1,2}?|whose(?:\s+[\w-]+){1,8}?)"
            r"\s+(?:is|was|are|were)\s+(?:the\s+one\s+)?"
            r"(?:being\s+|getting\s+)?(?!(?:titled|stated|said|described|called|named|reported|convened)\b)"
            r"([a-z]+ed)\b(?!\s+by\b)")


def _done_to_asked(question: str, index: Index) -> bool:
    found = re.search(_DONE_TO, question)
    return found is not None and bool(index.phrases_in([index.canon.get(stem(found.group(1)), stem(found.group(1)))]))


# Words that, between the wh-word and the verb, make the wh-phrase its object ("which
# country did Russia back") or leave the clause's shape unread.
_NOT_DOER = frozenset(_AUXILIARIES | {"can", "could", "would", "should", "may", "might", "shall", "must", "by"})


# "want India to get", "want to see India become", "would like India to have"
_WANTS_FOR_ANOTHER = (r"\b(?:wants?|wanted|wanting|like|likes|liked)\s+(?:to\s+see\s+)?(?!to\b)\w+(?:\s+(?!to\b)\w+)?"
                      r"\s+(?:to|get|gets|become|becomes|have|has|win|wins)\b")


def _clauses_read_as_said(named: list[Mention], stems: list[str], index: Index) -> list[Mention]:
    """A topic named by a clause ("Russia's support for India's UNSC membership") found
    with a verb of a relation among its words ("did Russia VOICE support for India's
    permanent UNSC membership") is the clause said, not the topic named: its words are
    read as the relation and the things they name."""
    out: list[Mention] = []
    for m in named:
        span = stems[m.start : m.end + 1]
        gap = {s for s in span if s not in m.form.stems}
        said = index.relation_words(span) if gap and index.store.entities[m.entity].type == "topic" else {}
        if not any(words & gap for words in said.values()):
            out.append(m)
            continue
        taken: set[int] = set()
        for n in sorted((n for n in index.mentions(span, exclusive=False) if n.entity != m.entity),
                        key=lambda n: (-n.size, n.start)):
            cells = set(range(n.start, n.end + 1))
            if not cells & taken and all(o.entity != n.entity for o in out):
                out.append(Mention(n.entity, n.form, n.start + m.start, n.end + m.start))
                taken |= cells
    return out


def _names_a_doer(noun: str, index: Index) -> bool:
    """"backer", "supporter": a noun of the one doing a relation's verb (not a word the
    facts use themselves, "number" or "member")."""
    if not re.fullmatch(_DOER_WORD, noun) or noun.rstrip("s") in NOUN_TYPES or noun in index.vocabulary:
        return False
    base = re.sub(r"(?:er|or)s?$", "", noun)
    return bool(index.phrases_in([index.canon.get(s, s) for s in {stem(base), stem(base + "e")}]))


def _doer_asked(tokens: list[str], question: str, index: Index) -> bool:
    """Whether the wh-phrase is the subject of the relation verb that follows it:
    "which side reiterated its support" asks who supports, "which country did Russia
    support" (an auxiliary comes first) who is supported. Only a verb in the past
    tense is read as one: "which talks" is a noun."""
    wh = next((k for k, t in enumerate(tokens) if t in ("who", "which", "what")), None)
    if wh is None:
        # "unsc permanent membership backer": keywords that end in the noun of the one doing it
        return len(tokens) >= 2 and _names_a_doer(tokens[-1], index)
    # "(in the UNSC matter,) which of the two countries is the one backing": the one doing it
    doing = next((k for k in range(wh + 2, len(tokens) - 1)
                  if tokens[k] == "one" and tokens[k - 1] == "the" and tokens[k + 1].endswith("ing")
                  and tokens[k + 1] not in ("being", "getting")), None)  # "the one being backed" is backed
    if doing is not None:
        return bool(index.phrases_in([index.canon.get(s, s) for s in map(stem, tokens[doing + 1:doing + 3]) if s]))
    if wh and not re.search(r"(?i)[,:\u2013\u2014]\s*(?:which|what|who)\b|\s-\s*(?:which|what|who)\b", question):
        return False
    tokens = tokens[wh:]  # "At the UN round, which side voiced support": the phrase set first is no verb's
    # "who was backing the seat", "which side was endorsing the bid": the one doing it
    # ("who was being ..." is no doer)
    ongoing = next((at for at in range(1, min(4, len(tokens) - 1)) if tokens[at] in ("is", "was", "are", "were")
                    and tokens[at + 1].endswith("ing") and tokens[at + 1] != "being"), None) \
        if tokens[0] in ("who", "which", "what") else None
    if ongoing is not None:
        said = [index.canon.get(s, s) for s in map(stem, tokens[ongoing + 1:ongoing + 3]) if s]
        # (not "which country was hosting": the host is where it was held, which no doer is)
        return bool(index.phrases_in(said)) and (tokens[0] == "who" or not any(
            p.startswith("held") for p in index.phrases_in(said)))
    # "which country is (the) supporter", "who is the backer": the noun of the one doing it
    copula = next((at for at in range(1, min(4, len(tokens) - 1)) if tokens[at] in ("is", "was", "are", "were")), None)
    if copula is not None:
        noun = next((t for t in tokens[copula + 1 : copula + 3] if t not in ("the", "a", "an")), "")
        if _names_a_doer(noun, index):
            return True
    for at, word in enumerate(tokens[1:6], start=1):
        if word in _NOT_DOER:
            return False
        # a verb in the present after the wh-phrase's noun: "which country backs India"
        present = at >= 2 and word.endswith("s") and not word.endswith("ss") and tokens[at - 1] not in STOPWORDS
        if word.endswith("ed") or word in IRREGULAR_PAST or present:
            # the verb may open a phrase of the relation ("voiced support")
            said = [index.canon.get(s, s) for s in map(stem, tokens[at:at + 3]) if s]
            return bool(index.phrases_in(said))
    return False


# Verbs that, in a "how" question, ask how something is named or described.
_HOW_JUDGE_VERBS = frozenset("""rate rates rated assess assesses assessed judge judges judged regard regards regarded
view views viewed present presents presented size sizes sized evaluate evaluates evaluated
rating assessing judging viewing presenting sizing evaluating""".split())
_HOW_FRAME_VERBS = frozenset("""described describe describes characterised characterized characterise characterize
characterises characterizes labelled labeled label labels called call termed term portrayed portray depicted
depict framed frame summed sum summarised summarized summarise summarize
describing characterising characterizing labelling labeling calling terming portraying depicting framing
summing summarising summarizing""".split())


# Nouns an ordinal numbers as a place in a series the facts state ("the sixth round").
_SERIES_NOUNS = frozenset({"round", "rounds", "session", "sessions", "meeting", "meetings", "edition", "editions",
                           "time", "times", "sitting", "consultations", "name"})


_SERIES_STEMS = frozenset(stem(w) for w in ("round", "session", "meeting", "edition", "sitting", "iteration"))


def _is_ordinal_stem(word: str) -> bool:
    return word in ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", word) is not None


def _numbers_as_ordinals(tokens: list[str], index: Index) -> list[str]:
    """"The number 13 refers to which meeting": a number the facts only have as an
    ordinal ("the 13th") is that ordinal."""
    out = list(tokens)
    for i, word in enumerate(out):
        if word.isdigit() and word not in index.vocabulary:
            ordinal = word + ordinal_suffix(int(word))
            if ordinal in index.vocabulary:
                out[i] = ordinal
    return out


def _list_place_as_other(tokens: list[str]) -> list[str]:
    """"Besides radicalisation and technology, what third area ...": an ordinal after
    "what" places the answer in the question's own list, not in a series the facts
    number; it asks for an other one."""
    out = list(tokens)
    for i in range(1, len(out) - 1):
        if out[i] in ORDINALS and out[i - 1] in ("what", "which") and out[i + 1] not in _SERIES_NOUNS:
            out[i] = "other"
    return out


# Words that put a "will" in a source's mouth: its statement, its expectation, or what a
# thing "will help" bring about
_REPORTED_FUTURE = frozenset("""according per say says said saying think thinks expect expects believe believes
writer author article piece report statement help helps""".split())


# "What happened after the meetings ended?": what followed them, which no report of them says
_WHAT_FOLLOWED = (r"(?i)\bwhat\s+(?:happened|happens|occurred|took\s+place|came|followed|ensued)\s+"
                  r"(?:after|afterwards|next|once|following|since|then)\b|\baftermath\b"
                  # "when did India last serve on the council": the time before these talks
                  r"|\bwhen\s+(?:did|was|were|has|had|have)\s+[^?]{2,40}?\s+last\s+(?:serve|served|hold|held|meet|met|"
                  r"visit|visited|host|hosted|sit|sat|become|became|take|took|occur|occurred|happen|happened)\b"
                 # "when is the reform expected to happen": an expectation of now about later
                 r"|\b(?:is|are)\s+[^?]{2,60}?\b(?:expected|likely|due|scheduled|planned|slated|set)\s+to\s+"
                 r"(?:happen|take\s+place|occur|come|materiali[sz]e|go\s+ahead|be\s+(?:done|completed|achieved|reformed))\b")


# "what areas will the countries step up cooperation in": the cooperation the two sides
# agreed to enhance, a plan the facts state
_WILL_AS_AGREED = (r"(?i)\bwill\s+(?:[\w-]+\s+){0,3}?(?:enhance|step\s+up|strengthen|boost|increase|deepen|expand|"
                   r"intensify|improve|ramp\s+up|scale\s+up)\s+(?:their\s+|the\s+|joint\s+|mutual\s+)?"
                   r"(?:co-?operation|collaboration)\b")


# "future threats", "future risks": what worries people now about what may come
_FUTURE_CONCERN = r"(?i)\bfuture\s+(?:threats?|challenges?|risks?|dangers?|worries|concerns?|menaces?|hazards?|perils?)\b"

# "the round before this one", "the last round of UN consultations before this sixth
# one", "the JWG meeting before the 13th": an earlier one of a series, which no fact
# reports ("was the JWG held before the sixth round" compares the two reported ones)
_SERIES_NOUN = r"(?:round|meeting|session|edition|iteration|sitting|one|jwg|consultations?|dialogue)"
_ORDINAL_SAID = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS)) + r")"
_SERIES_BEFORE = (rf"(?i)\b(?:{_SERIES_NOUN}\s+(?:before|prior\s+to|preceding)|"
                  rf"(?:last|latest)\s+{_SERIES_NOUN}\b[^?]*?\bbefore)\s+"
                  rf"(?:this|that|these|those|the\s+{_ORDINAL_SAID})\b")


def _asks_ahead_or_behind(tokens: list[str], question: str = "") -> bool:
    """Whether the question asks what comes after the reported events or came before
    them: facts about these talks say neither."""
    said = (AHEAD | BEHIND) & set(tokens)
    if "next" in said and all(following in ("to", "door") for t, following in itertools.pairwise([*tokens, ""])
                              if t == "next"):
        said = said - {"next"}  # "the war next to Russia": beside it, not after the talks
    if "future" in said and re.search(_FUTURE_CONCERN, question):
        said = said - {"future"}  # "the talk about future threats": a worry of now, the emerging one
    if said == {"will"} and (_REPORTED_FUTURE & set(words(question.lower()) or tokens)
                             or re.search(_WILL_AS_AGREED, question)):
        # "what does the writer think the partnership will strengthen", "what did the two
        # sides say they will work on": an outcome or a plan the source itself states
        said = set()
    if said or re.search(_WHAT_FOLLOWED, question) or ("before" in tokens and re.search(_SERIES_BEFORE, question)):
        return True
    # "his job before Secretary (West)": an office held before the one reported ("who
    # held the post before Lal" asks another holder, which answer.py explains)
    office = tokens[:1] != ["who"]
    return any(t == "before" and (following in _BEFORE_WHAT or (office and previous in _OFFICE_NOUNS))
               for previous, t, following in zip(["", *tokens], tokens, [*tokens[1:], ""], strict=False))


def _verb_after_noun(tokens: list[str], index: Index, question: str = "") -> set[str]:
    """"What does Russia's support signify": a word of one relation ("support") right
    before a word of another ("signify") is the noun the question is about, and the
    second is its verb, the relation asked; the relations of the verb, or none. The
    noun may stand further from its verb when it follows a possessive and the verb ends
    the question ("what does Russia's backing for India mark")."""
    if len(tokens) < 5 or tokens[0] not in ("what", "which") or tokens[1] not in ("does", "did", "do"):
        return set()
    last = set(index.phrases_in([stem(tokens[-1])])) if tokens[-1] not in STOPWORDS \
        and not index.forms_by_stem.get(stem(tokens[-1])) and tokens[-2] not in STOPWORDS else set()
    if last and len(tokens) <= 10 and any(
            (noun := set(index.phrases_in([stem(t)]))) and not noun & last
            and re.search(rf"(?i)['\u2019]s\s+{re.escape(t)}\b", question)
            for t in tokens[2:-1] if t not in STOPWORDS and not index.forms_by_stem.get(stem(t))):
        # "what does Russia's backing for India mark": the noun of one relation, its
        # owner and object, then the verb of the relation asked, last
        return last
    for k in range(3, len(tokens)):
        noun, verb = (set(index.phrases_in([stem(tokens[j])])) for j in (k - 1, k))
        if noun and verb and not noun & verb and not tokens[k].endswith("s") and tokens[k] not in STOPWORDS \
                and not index.forms_by_stem.get(stem(tokens[k - 1])):  # "the working group stress": a name
            return verb
        if noun and not verb and k + 2 < len(tokens) \
                and tokens[k] not in STOPWORDS and not index.forms_by_stem.get(stem(tokens[k])):
            # "what does Russia's support bring India towards": a verb no relation has, its
            # object, then the word of the relation asked
            later = set(index.phrases_in([stem(tokens[k + 2])]))
            if later and not noun & later and tokens[k + 2] not in STOPWORDS:
                return later
    return set()


def _topic_said(stems: list[str], content: list[str], question: str, mentions: list[Mention], nouns: set[str],
                index: Index) -> Mention | None:
    """"What does Russia's backing bring India towards": a named party's noun of a
    relation that is not the one asked is the topic whose name says both ("Russia's
    support for India's UNSC membership"), in the relation's other words too."""
    for m in mentions:
        at = m.end + 1
        if at >= len(stems) or index.store.entities[m.entity].type not in ("country", "organization", "group") \
                or not re.search(rf"(?i)['\u2019]s\s+{re.escape(content[at])}\b", question):
            continue  # "what did Moscow back": a verb
        said = set(index.phrases_in([stems[at]])) & nouns
        if not said:
            continue
        for form in index.forms_by_stem.get(m.form.stems[-1], ()):
            if form.is_name and len(form.stems) > 2 and form.stems[0] == m.form.stems[-1] \
                    and index.store.entities[form.entity].type == "topic" \
                    and set(index.phrases_in([form.stems[1]])) & said:
                return Mention(form.entity, form, m.start, at)
    return None


def _frame_relations(tokens: list[str], index: Index) -> set[str]:
    """The relations a "how is X described" frame asks, from its verb alone."""
    if not tokens or tokens[0] != "how":
        return set()
    verbs = [t for t in tokens[1:] if t in _HOW_FRAME_VERBS or t in _HOW_JUDGE_VERBS]
    if not verbs:
        return set()
    # "how does the article rate X": a judgement the article states is how it describes X
    return set(index.phrases_in([stem("describe" if verbs[0] in _HOW_JUDGE_VERBS else verbs[0])]))


_CAPITAL = "|".join(sorted(map(re.escape, CAPITALS), key=len, reverse=True))
_CAPITALS_SAID = frozenset(k.lower() for k in CAPITALS)  # "new delhi", as an option may say it
# A capital in a place phrase ("in Moscow", "the Moscow talks") or naming a side that
# the facts already call so ("Moscow's delegation") is the city.
_AS_PLACE = (rf"(?i)\b(?:in|at|to|from|near|outside|around|of|via|into)\s+(?:the\s+)?(?:{_CAPITAL})\b(?!['\u2019]s)|"
             rf"(?:{_CAPITAL})(?:['\u2019]s)?\s+(?:talks|meetings?|consultations|visits?|sessions?|gatherings?|"
             rf"summits?|discussions?|conversations?|negotiations?|dialogue|rounds?|parleys|deliberations|"
             rf"encounters?|conference|event|sit-downs?|get-togethers?|meet(?:ings?|ups?)?|mtgs?|chats?|huddles?|"
             rf"confabs?|trips?|engagements?)\b")


_POSITION, _STANCE = stem("position"), stem("stance")
_FOLK = r"chaps?|fellows?|guys?|gentlem[ae]n|blokes?|lot|folks?|people|man|men|woman|women|lady"
# Nouns for a country's people or side: a capital before one is its country ("a Moscow official").
_PARTY_NOUNS = (r"officials?|diplomats?|envoys?|ministers?|side|team|delegation|delegates?|negotiators?|"
                r"representatives?|counterparts?|government|ministry|foreign\s+ministry|deputy|leadership|"
                rf"{_FOLK}")
# "the chap from Moscow", "folk from Delhi": where a person comes from is their country
# (an official "from Moscow" may have flown in from there, so only everyday words for people,
# and a delegation, which is sent by its country: "the delegation from Moscow")
_FROM_CAPITAL = rf"(?i)\b((?:{_FOLK}|side|team|delegation|delegates?)\s+from\s+(?:the\s+)?)({_CAPITAL})\b"
_ASKS_PLACE = r"(?i)\b(?:where|city|cities|capital|venue|location|host|hosted|hosts)\b"
_SEAT_OF_GOVERNMENT = r"(?i)\b(?:the\s+)?(Kremlin|White\s+House|Downing\s+Street)\b"


def _country_of(capital: str) -> str:
    """The country a capital stands for (the patterns only find capitals)."""
    return capital_country(capital) or capital


def _capitals_as_countries(question: str) -> str:
    """ "What did Moscow say about New Delhi's bid" asks what Russia said about India's;
    "which city hosted the talks, Moscow or New Delhi" asks about the cities."""
    low = question.lower()
    if not any(capital.lower() in low for capital in CAPITALS):
        return question  # (the patterns are costly to compile: most questions name no capital)
    if re.search(_ASKS_PLACE, question):
        # a place is asked, so a capital is the place; but "the Moscow official who
        # discussed where things stand" is Russia's, whatever else is asked, and a seat
        # of government ("diplomats from the Kremlin") is its government wherever it is
        question = re.sub(_SEAT_OF_GOVERNMENT, lambda m: _country_of(m.group(1)), question)
        return re.sub(rf"(?i)\b(?:{_CAPITAL})(?=(?:['\u2019]s)?\s+(?:{_PARTY_NOUNS})\b)",
                      lambda m: _country_of(m.group(0)), question)
    if re.fullmatch(rf"(?i)\s*(?:(?:who|what|where)\s+(?:is|was)\s+|tell me about\s+)?(?:{_CAPITAL})\s*[?.!]*\s*", question):
        return question  # "what is Moscow", "Moscow": the city itself is asked about
    question = re.sub(_FROM_CAPITAL, lambda m: m.group(1) + _country_of(m.group(2)), question)
    places = [m.span() for m in re.finditer(_AS_PLACE, question)]
    for _start, end in list(places):  # "in New Delhi or Moscow": both are places
        joined = re.match(rf"(?i)(?:\s*,)?\s+(?:or|and|nor)\s+(?:in\s+|at\s+)?(?:the\s+)?(?:{_CAPITAL})\b", question[end:])
        if joined:
            places.append((end, end + joined.end()))

    def country(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in places):
            return match.group(0)
        return _country_of(match.group(0))
    return re.sub(rf"(?i)\b(?:{_CAPITAL})\b", country, question)


def _said_as_verb(mention: Mention, content: list[str], question: str) -> bool:
    """A one-word common name ("talks", "meetings") said as a verb: "talked", "talk
    about", "talked over" (but "what were the talks about" names the talks)."""
    if mention.size != 1 or mention.form.is_name or any(c.isupper() for c in mention.form.text):
        return False  # "what was the JWG about": a name is never a verb
    word = content[mention.start]
    return word.endswith("ed") or (not word.endswith("s") and re.search(
        rf"(?i)\b{re.escape(word)}\s+(?:about|over|through)\b", question) is not None)


# A few words and a comma before a question's wh-word or verb: an aside, when none of
# its words is one the facts know (checked where it is used).
_ASIDE_FIRST = (r"(?i)^\s*[^,?;:]{2,30},\s*(?=(?:who|whom|whose|what|which|when|where|why|how|was|were|is|are|did|"
                r"do|does|has|have|had|can|could)\b)")


def _without_preamble(question: str, index: Index) -> str:
    """The question without words before it that say nothing the facts know: "A student
    asks: ...", "My English is not good. When ...?". A lead-in that names something
    ("JWG: which round was it?") stays."""
    granted = re.match(_GRANTED_BUT, question)
    if granted and not any(w in WH_WORDS for w in words(granted.group(1))) \
            and not _BACK_REFERENCES & set(words(question[granted.end():])):
        # "I know Lal led our side at the JWG, but who led India at the UN talks?": what
        # is granted is not what is asked
        return question[granted.end():]
    cut = None
    colon = question.find(":")
    if 0 < colon < len(question) - 1:
        cut = colon + 1
    else:
        ends = [m.end() for m in re.finditer(r"[.!;](?=\s+\S)", question)]
        aside = re.match(_ASIDE_FIRST, question)
        if ends and question.rstrip().endswith("?"):
            cut = ends[-1]
        elif aside:
            cut = aside.end()  # "For the record, which countries ...", "Out of curiosity, who ..."
    if cut is None or len(words(question[cut:])) < 2:
        return question
    said = words(question[:cut])
    if question[cut - 1] == ":" and _labels_a_question(said, words(question[cut:]), index):
        return question[cut:]
    if any(w in WH_WORDS or (w not in STOPWORDS and (w in index.vocabulary or index.knows_stem(stem(w))))
           for w in said):
        # "The meetings were held on December 19-20; what is the date on the article
        # itself?": a statement, then a question that stands on its own (no "it", "they")
        rest = words(question[cut:])
        if question[cut - 1] in ";." and rest[0] in WH_WORDS and not _BACK_REFERENCES & set(rest) \
                and not any(w in WH_WORDS for w in said):
            return question[cut:]
        return question  # "When did Dr. Lal ..." is one question
    return question[cut:]


# A request that opens a question as well as a wh-word does: "note to self: name of the ..."
_ASKING_FIRST_WORDS = frozenset({"name", "give", "tell", "list", "identify", "state", "find", "confirm", "check"})


def _labels_a_question(label: list[str], rest: list[str], index: Index) -> bool:
    """Whether the words before a colon only label the question after it: "Quick check
    for the show notes: where were the meetings held?". The question stands on its own
    (a wh-word or a verb first, no "it" or "they"), and the label names nothing the facts
    know: "JWG: which round was it?" and "UN talks: who led India?" keep theirs, and
    so does a statement the question asks about ("The two sides agreed to enhance
    cooperation: which two sides are meant?"), which uses more than one word the facts use."""
    if not rest or not (rest[0] in WH_WORDS or rest[0] in _AUXILIARIES or rest[0] in _ASKING_FIRST_WORDS) \
            or _BACK_REFERENCES & set(rest):
        return False
    if any(w in WH_WORDS for w in label):
        return False
    said = [stem(w) for w in label if w not in STOPWORDS]
    return sum(index.knows_stem(s) for s in said) <= 1 and not index.mentions(said)


# A short request after the question for the name it asks: "... ? Name him.", "Who?",
# "Tell his surname.", "Give name." It says what the answer is, and that it is no yes or no.
_NAME_ASKED_AFTER = (
    r"(?i)(?<=[?.!])\s+(?:(?:please|pls|kindly|and|so)\s+)?(?:"
    r"(?P<person>who\s*(?:is|was)?\s*(?:it|he|she|that)?|name\s+(?:him|her|them|(?:that|the|this)\s+(?:person|"
    r"official|man|woman|minister|diplomat|officer|envoy|individual))|(?:tell|give)\s+(?:me\s+|us\s+)?(?:his|her)\s+"
    r"(?:full\s+|first\s+)?name|which\s+(?:one|person|official)\s*(?:is\s+it|was\s+it)?)"
    r"|(?P<last>(?:tell|give)\s+(?:me\s+|us\s+)?(?:his|her|their)\s+(?:surname|last\s+name|family\s+name))"
    r"|(?P<thing>name\s+it|name\s+them|(?:tell|give)\s+(?:me\s+|us\s+)?(?:the\s+|its\s+)?names?|give\s+name)"
    r")\s*[?.!]*\s*$")  # (compiled on first use: start-up time)


# "What was X about?", "X was about what?": the topic of X is asked.
_ABOUT_ASKED = r"(?i)^\s*(?:what|which)\b.*\babout\s*[?.!]*\s*$|\babout\s+(?:what|which)\b"


# A guess after a wh-question: "In which building were they held? Was it the Foreign
# Ministry itself?", "Which number was it? The 12th, 13th, or some other?"
_GUESS_AFTER = (r"(?i)(?<=\?)\s+(?:(?:was|is|were|are)\s+(?:it|that|this|they|he|she)\b[^?]*"
                r"|[^?]*\bor\s+(?:some\s*other|something\s+else|someone\s+else|somebody\s+else|another|"
                r"other|not)\b[^?]*)\?\s*$")


def _name_asked_after(said: str) -> tuple[str, str | None]:
    """The question without a request for a name after it, and what that asks: "person"
    (him, her, who), "last" (his surname), "thing" (it, the name) or None."""
    found = re.search(_NAME_ASKED_AFTER, said)
    if not found or not said[: found.start()].strip():
        return said, None
    kind = "person" if found.group("person") else "last" if found.group("last") else "thing"
    return said[: found.start()], kind


# Sentences or clauses about the asker before the question: a greeting, an apology, or
# one that starts "I", "I'm", "my", with no wh-word; the question starts after a full
# stop, or after a comma when a wh-word or auxiliary opens it.
_ABOUT_THE_ASKER = (r"(?i)^\s*(?:(?:good\s+(?:morning|afternoon|evening)|hello|hi|dear\s+\w+|forgive\s+me|excuse\s+me|"
                    r"sorry|pardon\s+me)[,.!]*\s+)*"
                    r"(?:(?:i|i['\u2019]m|i['\u2019]ve|im|my|me)\b(?:(?!\b(?:who|whom|whose|what|which|when|where|why|how)\b)"
                    r"[^?.!;:])*?(?:[.!]+\s+|,\s+(?=(?:who|whom|whose|what|which|when|where|why|how|was|were|is|are|did|"
                    r"does|do|has|have|had)\b)))+")


_GRANTED_BUT = r"(?i)^([^?]+?),?\s+but\s+(?=(?:who|whom|whose|what|which|when|where|how)\b)"
# Words that refer back to what a statement before the question named.
_BACK_REFERENCES = frozenset("""it its they them their this that these those he him his she her there then one ones other
others both either neither former latter""".split())


# A request around the question: "I'd like to know where ...", "tell me the name of ...".
_REQUEST = (r"(?i)^\s*(?:i\s+[^?,;:]{3,80}?\s+(?:and|so)\s+(?=i\b))?"  # "I am reading this for class and I want to know"
            r"(?:(?:please|kindly)\s+)?(?:i['\u2019]?d\s+like\s+to\s+know|i\s+would\s+like\s+to\s+know|"
            r"i\s+want\s+to\s+know|i\s+wonder|i\s+am\s+curious|i['\u2019]m\s+curious|"
            r"(?:can|could|would)\s+you\s+(?:please\s+)?tell\s+me|do\s+you\s+know|(?:please\s+)?tell\s+me|"
            r"let\s+me\s+know|(?:so\s+)?remind\s+me|quick\s+question|"
            # a courteous asking: "May I know whether ...", "might I ask who ..."
            r"(?:may|might|can|could)\s+i\s+(?:please\s+)?(?:know|ask|enquire|inquire|be\s+told)|"
            # "I'm looking for the days over which ...": what is looked for is asked
            r"(?:i['\u2019]?m\s+|i\s+am\s+)?(?:looking|searching|hunting)\s+for(?=\s+(?:the|his|her|its|their|what|"
            r"who|whom|which|where|when|how)\b)|"
            # "would the article say what position Moscow took": what it says is asked
            r"(?:does|would|will|can|could)\s+(?:the|this)\s+(?:article|item|piece|story|release|text|report|source)"
            r"\s+(?:say|tell\s+(?:me|us)|mention|state|indicate|specify|note)(?=\s+(?:what|who|whom|which|where|when|"
            r"why|how)\b)|"
            # a wish for the thing itself: "I should like the name of ...", "I need the date"
            r"i\s*(?:['\u2019]d|would|should)\s+like(?=\s+(?:the|his|her|its|their)\b)|"
            r"i\s+(?:need|want)(?=\s+(?:the|his|her|its|their)\b)|"
            # someone else's wish, passed on: "Host wants to know", "my editor would like to know"
            r"(?:[\w'\u2019]+\s+){0,3}?(?:wants?|needs?|would\s+like|['\u2019]d\s+like|should\s+like|asks?|asked)"
            r"\s+to\s+know\b[\s,:\u2013\u2014-]*(?=(?:what|who|whom|which|where|when|why|how|whether|if)\b)|"
            # an imperative before the question it asks: "explain what the sixth round was"
            r"(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"  # "can you confirm which ...": the same asked
            r"(?:explain|describe|identify|specify|state|indicate|clarify|determine|confirm|verify|establish|check)"
            r"(?=\s+(?:what|who|whom|which|where|when|why|how|whether)\b))\b[\s,:]*")


def _its_party(question: str, index: Index) -> str:
    """"Who did Russia put forward as the leader of its side": its side is Russia's,
    when one country is named before it."""
    found = re.search(r"(?i)\b(?:its|their)\s+(side|team|delegation|officials|representatives)\b", question)
    if not found:
        return question
    before = index.mentions(_stems_of(question[: found.start()], index, opening=True))
    countries = {m.entity for m in before if index.store.entities[m.entity].type == "country"}
    if len(countries) != 1:
        return question
    name = index.store.entities[countries.pop()].name
    return f"{question[: found.start()]}{name}'s {found.group(1)}{question[found.end() :]}"


# "Of the two sets of talks, which one ...": the set the answer is one of, said first.
_LEADING_SET = (r"(?i)^\s*(?:of|among|out of)\s+(?:all\s+)?(?:the|these|those)\s+"
                r"(two|three|four|five|six|several|many|various|different|\d+)\s+([^,;:?]+?)\s*,\s*"
                r"(?=(?:which|what|who|whom|whose|where|when|how)\b)")


def _set_named_first(main: str, index: Index) -> tuple[str, frozenset[str]]:
    """The question without the count of a set it names first (no fact counts "the
    three officials named in the article"), and the series that set is, when its head
    names one ("of the two sets of talks": the talks are the set, not one answer).
    A meeting named later in the phrase is given ("of the topics at the JWG")."""
    found = re.match(_LEADING_SET, main)
    if not found:
        return main, frozenset()
    head = []
    for word in words(found.group(2)):
        if word in STOPWORDS and word != "of":
            break
        head.append(word)
    said = _stems_of(" ".join(head), index)
    series = frozenset(m.entity for m in index.mentions(said) if index.store.entities[m.entity].type == "event"
                       and m.end == len(said) - 1)
    return main[: found.start(1)] + main[found.end(1):], series


def _mentions_in_other_words(stems: list[str], named: list[Mention], taken: set[int], index: Index) -> list[Mention]:
    """Names of several words said with one of them in a word of the same meaning
    ("the ongoing teamwork" for "ongoing collaboration"). Only a word no fact uses is
    read so: a word the facts use means what it says. Such a name may hold a shorter
    name found whole, which then gives way to it."""
    found: list[Mention] = []
    for pos, said in enumerate(stems):
        others = RELATED_STEMS.get(said, frozenset()) | everyday_related(said)  # "anti-terrorism committee"
        if pos in taken or not others or index.knows_stem(said):
            continue
        start = max(0, pos - 2)
        hits = []
        for other in sorted(others):
            window = [*stems[start:pos], other, *stems[pos + 1 : pos + 3]]
            hit = next((m for m in index.mentions(window) if _reworded_size_ok(m, index) and m.start <= pos - start <= m.end
                        and not (taken - _held(start + m.start, start + m.end, m.size, named)) & set(
                            range(start + m.start, start + m.end + 1))), None)
            if hit:
                hits.append(hit)
                if hit.size >= 2:
                    break
        if hits:
            # one word that several one-word aliases share ("negotiations": the talks, the
            # consultations) names the whole the others are parts of
            hit = hits[-1] if hits[-1].size >= 2 else min(
                hits, key=lambda m: bool(index.store.entities[m.entity].part_of))
            found.append(Mention(hit.entity, hit.form, start + hit.start, start + hit.end))
            taken |= set(range(start + hit.start, start + hit.end + 1))
    return found


def _reworded_size_ok(mention: Mention, index: Index) -> bool:
    """A name of two words or more, or a one-word alias of an event ("negotiations" for
    "talks"): other one-word names said in other words are too loose to trust."""
    if mention.size >= 2:
        return True
    return not mention.form.is_name and index.store.entities[mention.entity].type == "event"


def _owned_by_another_country(mention: Mention, stems: list[str], index: Index) -> bool:
    """"Russia's foreign ministry": a common-noun name of a body that does not say its
    country ("foreign ministry", India's), right after another country's name, is that
    other country's body, which the facts do not know."""
    store = index.store
    entity = store.entities[mention.entity]
    if mention.start == 0 or entity.type not in ("organization", "group", "person") or not mention.form.text.islower():
        return False  # a name proper ("UNSC") is the body's whoever is named before it
    before = [m.entity for m in index.mentions(stems[mention.start - 1 : mention.start])]
    if len(before) != 1 or store.entities[before[0]].type != "country":
        return False
    if set(mention.form.stems) & {s for m in index.mentions(list(mention.form.stems), exclusive=False)
                                  if store.entities[m.entity].type == "country" for s in m.form.stems}:
        return False  # the name says its country itself
    own = {m.entity for m in index.mentions(_stems_of(entity.description.split(";")[0], index), exclusive=False)
           if store.entities[m.entity].type == "country"}
    return bool(own) and before[0] not in own


def _is_ordinal_word(word: str) -> bool:
    return word.lower() in ORDINALS or re.fullmatch(r"(?i)\d+(?:st|nd|rd|th)", word) is not None


def _held(start: int, end: int, size: int, named: list[Mention]) -> set[int]:
    """The places of the names found whole between start and end that a name of
    `size` words there, said partly in other words, holds."""
    if size < 3:
        return set()  # two words said in others' words do not outweigh one said as it is
    return {p for m in named if start <= m.start and m.end <= end and m.size < size for p in range(m.start, m.end + 1)}


def _names_short_of_a_word(stems: list[str], taken: set[int], index: Index) -> list[Mention]:
    """Long names said with one word left out, in any order: "the counter-terrorism
    joint group" for the Joint Working Group on Counter-Terrorism. Only names of four
    words or more, so that three words still single one out."""
    found: list[Mention] = []
    for said in dict.fromkeys(stems):
        for form in index.forms_under(said):
            whole = set(form.stems)
            if len(whole) < 4:
                continue
            hits = [p for p, s in enumerate(stems) if s in whole and p not in taken]
            if not hits or len({stems[p] for p in hits}) < len(whole) - 1 or max(hits) - min(hits) > len(whole):
                continue
            found.append(Mention(form.entity, form, min(hits), max(hits)))
            taken |= set(range(min(hits), max(hits) + 1))
    return found


# A leading time clause before the question proper: "When the war in Ukraine came up,
# which Russian official ...?" asks a person, and "When Lal met Galuzin, was Ukraine
# discussed?" a yes or no, not a date.
_LEADING_CLAUSE = (r"(?i)^\s*(?:when|while|whenever|once|as|after)\b[^,?]*,\s*"
                   r"(who|whom|whose|which|what|where|how|is|are|was|were|did|do|does|has|have|had)\b")


def _main_clause(main: str, tokens: list[str]) -> list[str]:
    """The tokens from the wh-word of the question proper on, past a leading time clause."""
    found = re.match(_LEADING_CLAUSE, main)
    if not found:
        return tokens
    wh = found.group(1).lower()
    start = max(0, len(words(main[: found.start(1)])) - 2)  # shorthand may have shifted a word or two
    return tokens[tokens.index(wh, start):] if wh in tokens[start:] else tokens


# "Of Vershinin and Galuzin, who ...", "Of Lal, Vershinin and Galuzin, which one ...", "Of
# the two meetings, the JWG and the UN consultations, at which ...": options named first
_OF_ITEM = r"(?:the\s+)?([\w'()\u2019-]+(?:\s[\w'()\u2019-]+)?)"
# "Of the two Russian officials named, which ...": the set a choice is made in, said first
_SET_FIRST = r"(?i)^\s*(?:of|among|between)\s+(?:the|these|those)\s+(?:two|three|both)\s+([^,:;?]{2,60}),"
# ("Of the two Russian officials named, Sergey and Mikhail, which one ...": the set's words before the pair)
_OF_PAIR = (rf"(?i)^\s*(?:of|between)\s+(?:the\s+(?:two|three)\s+[\w-]+(?:\s+[\w-]+){{0,2}}\s*,\s*)?{_OF_ITEM}"
            rf"(?:\s*,\s*{_OF_ITEM})?\s*,?\s+and\s+{_OF_ITEM}\s*,\s*(?:(?:at|in|on|for|during)\s+)?"
            r"(?:who|which|whom|whose)\b")


_PAIR_FIRST = (rf"(?i)^\s*{_OF_ITEM}(?:\s*,\s*{_OF_ITEM})?\s*,?\s+and\s+{_OF_ITEM}\s*(?::|\u2014|\u2013|\s-)\s*"
               r"(?:who|which|whom|whose)\b")


# "confirm that the talks were held in Moscow": a statement to check, asked yes or no
_CHECK_THAT = (r"(?i)^\s*(?:(?:please|kindly)\s+)?(?:confirm|verify|check)(?:\s+for\s+me)?(?:\s*[,:]\s*|\s+)"
               r"(?P<that>that\s+)?(?P<clause>[^?]+?)\s*[.?!]*\s*$")


# "Ukraine on the agenda?", "cross-border terrorism discussed?": a keyword query that
# ends in what was done with a topic asks whether it was, as "was X discussed?" does
_TERSE_WHETHER = (r"(?i)^\s*(?!(?:what|which|who|whom|whose|where|when|why|how|was|were|is|are|did|does|do|has|"
                  r"have|had|can|could|will|would)\b)(?P<topic>[^?,;:]{2,60}?)\s+(?P<done>discussed|mentioned|covered|"
                  r"raised|addressed|brought\s+up|talked\s+about|taken\s+up|on\s+the\s+(?:agenda|table))\s*\?+\s*$")


def _terse_whether(question: str, index: Index) -> str:
    """"Ukraine on the agenda?" asks "was Ukraine on the agenda?"; but one word that
    names no one thing is a kind asked ("conflict discussed?": which conflict)."""
    if not question.rstrip().endswith("?") or " " not in question.strip():
        return question
    whether = re.match(_TERSE_WHETHER, question)
    if not whether:
        return question
    topic = whether["topic"].strip()
    if re.search(r"(?i)\b(?:what|which|who|whom|whose|where|when|why|how)\b", topic):
        return question
    # a thing named only by a common noun of it ("intl conflict discussed?") is a kind
    # asked too: which conflict
    named = index.mentions([stem(w) for w in words(topic.lower())])
    if named and not any(m.form.is_name or m.form.text.isupper() for m in named):
        return question
    if " " not in topic and not (topic.isupper() or any(m.form.is_name for m in index.mentions([stem(topic.lower())]))):
        return question
    return f"Was {topic} {whether['done']}?"


def _as_question(question: str) -> str:
    """"I'd like to know where the talks were" asks "where the talks were"; "tell me
    the name of X" is a query for the name of X."""
    first = question.split(maxsplit=1)[0].lower() if question.split() else ""
    checked = re.match(_CHECK_THAT, question)
    if checked and (checked.group("that") or (_states_a_clause(checked.group("clause")) and not re.search(
            r"(?i)\b(?:what|which|who|whom|where|when|how|why)\b", checked.group("clause")))):
        return f"whether {checked.group('clause')}"  # "confirm (that) the talks were held in Moscow"
    if first not in ("i", "i'd", "i\u2019d", "please", "can", "could", "would", "do", "tell", "let", "remind", "so",
                     "looking", "searching", "hunting", "does", "will",
                     "quick", "i'm", "i\u2019m", "explain", "describe", "identify", "specify", "state", "indicate",
                     "clarify", "determine", "kindly", "confirm", "verify", "establish", "check", "may", "might") \
            and " to know" not in question[:40]:
        return question
    found = re.match(_REQUEST, question)
    if not found or found.end() >= len(question):
        return question
    asked = question[found.end() :]
    if re.match(r"(?i)^\s*(?:the|his|her|its|their)\s", asked) and not re.search(
            r"(?i),\s*(?:what|who|which|where|when|how)\b", asked):
        # "(tell me) the name of the ministry that ...": what that name is; not a topic
        # said first ("the person who ..., what is his name")
        return f"What is {asked.strip().rstrip('.?!')}?"
    # "(tell me) what the sixth round was": the copula ends a reported question, and
    # goes back before its subject ("what was the sixth round"; "what the sixth round
    # was about": "what was the sixth round about")
    ending = re.match(r"(?i)^\s*(what|who|where|which|when)\s+(.+?)\s+(is|was|are|were)"
                      r"(\s+(?:about|for|on|in|with|from|of|by))?\s*[.?!]*\s*$", asked)
    if ending:
        return f"{ending.group(1)} {ending.group(3)} {ending.group(2)}{ending.group(4) or ''}?"
    # "(could you tell me) what emerging concern the discussions raised": the past
    # tense of the reported question gets its "did" back, before its subject
    return re.sub(_REPORTED_PAST, r"\g<wh> did \g<subject>", asked, count=1)


# "what emerging concern the discussions raised ...": a wh-phrase, then a subject with
# "the", then a verb in the past ("did" left out, as a reported question leaves it)
_REPORTED_PAST = (r"(?i)^\s*(?P<wh>(?:what|which)(?:\s+(?!the\b)[a-z-]+){0,3}?)\s+"
                  r"(?P<subject>the\s+(?:[a-z-]+(?<!ed)\s+){0,3}?)(?=(?:[a-z]+ed|said|told|met|led|held|gave|took|"
                  r"made|sent|sought|spoke|wrote|put|set|saw|chose|brought)\b)")


_TYPE_WORDS = frozenset({"year", "years", "month", "months", "day"})  # "which days" asks when it was held


_DATE_WORDS = frozenset({"date", "dates"})
_ONE_END = ("began-on", "ended-on")  # relations whose date is one end of the meetings' days
_NAMING_VERBS = frozenset({"name", "give", "state", "identify", "specify", "provide", "tell"})


def _asked_type_word(tokens: list[str], words: frozenset[str] = _TYPE_WORDS) -> int | None:
    """Where among the content words a year or month right after "what"/"which" is
    ("in what year ..."), or after an imperative's "the" ("name the date on which ...")."""
    for i, tok in enumerate(tokens[:-1]):
        if (tok in ("what", "which") or (i == 1 and tok == "the" and tokens[0] in _NAMING_VERBS)) \
                and tokens[i + 1] in words:
            return sum(1 for t in tokens[: i + 1] if t not in STOPWORDS and t not in FRAME_WORDS)
    return None


def _aliases_offered(mentions: list[Mention], stems: list[str], option_stems: tuple[tuple[str, ...], ...],
                     index: Index) -> list[Mention]:
    """"Was Lal's title Secretary (West) or Deputy Foreign Minister?": an option that
    is also an alias of someone ("Secretary (West)": Lal) is offered, not named, when
    the question names them outside it too ("Lal's"): there they are named."""
    offered = [m for m in mentions if m.size > 1 and tuple(m.form.stems) in option_stems]
    if not offered:
        return mentions
    outside = [s for s in stems if not any(s in m.form.stems for m in offered)]
    again = [m for m in index.mentions(outside) if m.entity in {o.entity for o in offered}]
    kept = [m for m in mentions if m not in offered or m.entity not in {a.entity for a in again}]
    return kept + [m for m in again if m.entity not in {k.entity for k in kept}]


def _balanced(left: str, right: str) -> tuple[str, str]:
    """The two options of "X or Y", the first cut to match the second: the pattern
    takes up to five words before "or", but "did Lal discuss Ukraine with Galuzin or
    with Vershinin" offers "with Galuzin", the words parallel to "with Vershinin"."""
    left = re.sub(r"(?i)\s+of\s+(?:it|that|this|them)\s*$", "", left)  # "the current version of it or a new one"
    said, offered = left.split(), right.split()
    titled = _titled_run(said)
    if titled and _is_titled(offered):
        # "Lal's title Secretary (West) or Deputy Foreign Minister": a title or name is
        # the first option whole, however many words the second has
        return " ".join(said[-titled:]), right
    if len(offered) == 1 and len(said) >= 2 and said[-2][:1].islower() and said[-2].lower() not in STOPWORDS \
            and re.fullmatch(_COMPARATIVE, offered[0].lower()):
        # "bilateral matters or wider": a comparative alone is said of the first's noun
        return " ".join(said[-2:]), right
    if len(offered) == 1 and len(said) >= 2 and _modifier_only(offered[0]) and _modifier_only(said[-2]):
        # "sixth round or thirteenth", "India's ministry or Russia's": the noun is the
        # second's too
        return " ".join(said[-2:]), right
    head = offered[-1].lower()
    at = [i for i, w in enumerate(said[:-1]) if w.lower() == head] if len(offered) >= 2 and head not in STOPWORDS else []
    if at and at[-1] >= len(offered) - 1:
        # "the Indian side of the table or the Russian side": the second's words mark
        # the first's, parallel to them ("the Indian side"); what follows is said of both
        return " ".join(said[at[-1] - len(offered) + 1 : at[-1] + 1]), right
    shared = _shared_opening(said, offered)
    if shared:
        # "the date of the meetings or the date of the report": what both say first is
        # said of both; the words after it are the options
        return " ".join(said[shared[0]:]), " ".join(offered[shared[1]:])
    opening = offered[0].lower()
    if opening in STOPWORDS and opening in (w.lower() for w in said):
        start = max(i for i, w in enumerate(said) if w.lower() == opening)
        return " ".join(said[start:]), right
    length = max(1, len([w for w in offered if w.lower() not in STOPWORDS]))
    if offered[-1].lower() in ("one", "ones") and said[-1].lower() == offered[-1].lower():
        length += 1  # "the current one or a reformed one": "one" is the word of neither
    elif _one_is_first_noun(said, offered):
        # "the current Council or an overhauled one": the first's word before its noun
        length = max(1, len([w for w in offered[:-1] if w.lower() not in STOPWORDS])) + 1
    start = max(0, len(said) - length)
    while start > 0 and f"{said[start - 1]} {said[start]}".lower() in _CAPITALS_SAID:
        start -= 1  # a name is whole: "in New Delhi or Moscow" offers New Delhi
    return " ".join(said[start:]), right


def _shared_opening(said: list[str], offered: list[str]) -> tuple[int, int] | None:
    """Where the options start when the second repeats a run of the first's words,
    a content word among them ("the date of the X or the date of the Y"): (after the
    run in `said`, after it in `offered`); None when nothing is repeated so."""
    lowered = [w.lower() for w in said]
    for size in range(len(offered) - 1, 1, -1):
        run = [w.lower() for w in offered[:size]]
        if all(w in STOPWORDS for w in run) or any(w[:1].isupper() for w in offered[:size]) \
                or {"who", "which", "that", "whom", "one"} & set(run):
            continue  # part of a name ("the Ministry of"), or a description ("the one who led")
        starts = [i for i in range(len(said) - size) if lowered[i : i + size] == run]
        if starts:
            return starts[-1] + size, size
    return None


_TITLE_JOINS = frozenset(["of", "for", "on", "and", "the"])  # lower case inside a title ("Minister of Foreign Affairs")


def _title_word(word: str) -> bool:
    bare = word.lstrip("(\"'\u2018\u201c")
    return bare[:1].isupper() and word.lower() not in STOPWORDS  # "Was", "Is": a question's first word, no name


def _is_titled(offered: list[str]) -> bool:
    return len(offered) >= 2 and _title_word(offered[0]) and all(_title_word(w) or w.lower() in _TITLE_JOINS
                                                              for w in offered)


def _titled_run(said: list[str]) -> int:
    """How many words at the end of `said` are a capitalised title or name ("Secretary
    (West)"), when a word in lower case comes before them; 0 otherwise."""
    n = 0
    while n < len(said) and (_title_word(said[-1 - n]) or (said[-1 - n].lower() in _TITLE_JOINS and n > 0)):
        n += 1
    while n and not _title_word(said[-n]):
        n -= 1  # a title starts with a capital, not with "of"
    return n if 0 < n < len(said) and said[-1 - n][:1].islower() else 0


# a possessive word: "India's", "Russia’s"
_OWNER = r"[\w-]+['\u2019]s"


# comparatives of size, scope and rank, said alone as an option ("or wider")
_COMPARATIVE = (r"(?:wid|broad|narrow|larg|small|high|low|bigg|great|short|long|deep|strong|weak|firm|soft|hard|"
                r"tough)er")


def _modifier_only(word: str) -> bool:
    """A possessive or an ordinal: a word that says which of a noun, not the noun."""
    return re.fullmatch(_OWNER, word) is not None or _is_ordinal_word(word)


def _owners_of_one_noun(options: tuple[str, ...]) -> tuple[str, ...] | None:
    """The owners of options that differ by their owner alone ("India's ministry",
    "Russia's ministry"), else None."""
    found = [re.fullmatch(rf"(?i)({_OWNER})\s+(.+)", text.strip()) for text in options]
    if len(options) < 2 or not all(found) or len({m.group(2).lower() for m in found if m}) != 1:
        return None
    return tuple(m.group(1) for m in found if m)


def _elided(left: str, right: str) -> tuple[str, str]:
    """"India's ministry or Russia's": the noun after the first possessive is the
    second's too ("Russia's ministry"), so the options differ by the country alone;
    "the current Council or an overhauled one": "one" is the first's noun again."""
    owner = re.match(r"(?i)^(?:by\s+|of\s+)?([\w-]+)['\u2019]s\s+(.+)$", left)
    if owner and re.fullmatch(rf"(?i)(?:by\s+|of\s+)?{_OWNER}", right.strip()):
        return left, f"{right.strip()} {owner.group(2)}"
    said, offered = left.split(), right.split()
    if len(said) >= 2 and _is_ordinal_word(said[-2]) and _is_ordinal_word(offered[-1]) and len(offered) <= 2:
        return left, f"{right.strip()} {said[-1]}"  # "the sixth round or the thirteenth", "its 13th meeting or its sixth"
    if said and _is_ordinal_word(said[-1]) and len(offered) >= 2 and _is_ordinal_word(offered[0]):
        return f"{left} {' '.join(offered[1:])}", right  # "the 13th or 14th JWG meeting": the head is both's
    if len(said) >= 2 and _one_is_first_noun(said, offered):
        return left, " ".join([*offered[:-1], said[-1]])
    if len(said) >= 2 and len(offered) >= 2 and said[-1].lower() == offered[-1].lower() \
            and said[-1].lower().rstrip("s") in _KIND_NOUNS:
        # "a JWG topic or a UN-consultations topic": the noun both end in says what kind of
        # thing each is, not which; the words before it are the options
        return " ".join(said[:-1]), " ".join(offered[:-1])
    return left, right


_KIND_NOUNS = frozenset({"topic", "subject", "issue", "matter", "item", "thing", "theme", "agenda"})


def _one_is_first_noun(said: list[str], offered: list[str]) -> bool:
    """Whether the "one" ending the second option is the first option's last word: "the
    current Council or an overhauled one", not "the Indian or the Russian one", where
    both name a side and "one" a noun said before them."""
    return len(offered) >= 2 and offered[-1].lower() in ("one", "ones") and said[-1].lower() not in ("one", "ones") \
        and not (said[-1][:1].isupper() and offered[-2][:1].isupper())


def _distribute(tokens: list[str], index: Index) -> list[str]:
    """"The Indian and Russian officials" are the Indian officials and the Russian
    officials: a shared head noun is given to both words before it, when each pair
    then names an entity of its own."""
    out = list(tokens)
    for i in range(len(out) - 4, -1, -1):
        first, conj, second, head = out[i : i + 4]
        if conj != "and" or STOPWORDS.intersection((first, second, head)):
            continue
        pairs = [[index.canon.get(stem(w), stem(w)) for w in (word, head)] for word in (first, second)]
        if all(any(m.size == 2 for m in index.mentions(p)) for p in pairs):
            out[i : i + 4] = [first, head, "and", second, head]
    return out


def _expand_shorthand(raw: list[str]) -> list[str]:
    """Chat shorthand spelled out, and two-word verbs read as the one word they mean."""
    expanded = [w for token in raw for w in SHORTHAND.get(token, (token,))]
    out: list[str] = []
    at = 0
    while at < len(expanded):
        pair = tuple(expanded[at : at + 2])
        triple = tuple(expanded[at : at + 3])
        if triple in THREE_WORD_PHRASES:
            out.append(THREE_WORD_PHRASES[triple])  # type: ignore[index]
            at += 3
        elif pair in PHRASAL_VERBS and not (PHRASAL_VERBS[pair] == "both" and out[-2:] == ["of", "the"]) \
                and not (PHRASAL_VERBS[pair] == "multilateral" and out[-1:] in (["how"], ["as"], ["so"], ["too"])):
            # "which of the two countries" asks one of them, not both; "how many
            # countries" asks a number, not of forums with many countries
            out.append(PHRASAL_VERBS[pair])  # type: ignore[index]
            at += 2
        elif expanded[at] in _LIST_SIZES and out[-1:] in (["which"], ["what"]):
            at += 1  # "which three threats": how long the list asked is, which the answer shows
        elif expanded[at] == "meeting" and out[-1:] in (["was"], ["were"], ["is"], ["are"]) \
                and expanded[at + 1 : at + 2] == ["with"]:
            out.append("meet")  # "Galuzin was meeting with which official": the verb, not the talks
            at += 1
        elif expanded[at] in ("now", "today") and out[-1:] == ["situation"]:
            out[-1:] = ["current", "situation"]  # "how things stand now": the situation as it is
            at += 1
        elif expanded[at] in ("couple", "pair") and out[-1:] in (["which"], ["what"], ["a"]) \
                and expanded[at + 1 : at + 2] == ["of"]:
            at += 2  # "over which couple of days": the days
        else:
            out.append(expanded[at])
            at += 1
    return out


_LIST_SIZES = frozenset(("three", "four", "five"))


def _stems_of(text: str, index: Index, opening: bool = False) -> list[str]:
    tokens, _ = _corrected(_expand_shorthand(words(text)), index, opening)  # "anti-terror": as in the question
    return [index.canon.get(s, s) for s in (stem(t) for t in tokens if t not in STOPWORDS and t not in FRAME_WORDS)]


_NAME_PARTS = {"first": "first", "given": "first", "christian": "first", "fore": "first", "last": "last",
               "family": "last", "sur": "last", "full": "full", "complete": "full", "official": "full",
               "proper": "full", "formal": "full"}


def _name_part(tokens: list[str]) -> tuple[list[str], str | None]:
    """"The first name of the man who..." asks for a person, then a part of the name;
    the words naming the part are taken out so "first" is not read as an ordinal."""
    for i, tok in enumerate(tokens):
        if tok in ("surname", "forename"):
            return tokens[:i] + tokens[i + 1 :], "last" if tok == "surname" else "first"
        if tok in ("name", "names") and i > 0 and tokens[i - 1] in _NAME_PARTS:
            return tokens[: i - 1] + tokens[i + 1 :], _NAME_PARTS[tokens[i - 1]]
    if tokens[:2] == ["what", "does"] and tokens[2:3] == ["the"] and tokens[4:5] == ["call"] \
            and tokens[3] in ("article", "piece", "report", "story", "text", "writer", "author"):
        # "what does the article call the UN talks": the name it goes by there
        return ["what", *tokens[5:]], "full"
    return tokens, None


def _capital_beside_city(options: tuple[str, ...] | list[str], named: list[str | None], index: Index) -> bool:
    """Whether an option is a capital ("New Delhi") that names its country while another
    option is a city: "held in Moscow or New Delhi" offers two cities."""
    cities = [e for e in named if e and index.store.entities[e].type == "city"]
    return bool(cities) and any(
        re.sub(r"(?i)^\s*(?:in|at|to|the)\s+", "", text).strip().lower() in _CAPITALS_SAID
        and e and index.store.entities[e].type != "city" for text, e in zip(options, named, strict=False))


def _subject_described(main: str, first: tuple[str, ...], index: Index) -> bool:
    """"Is Galuzin India's Secretary (West) or Russia's Deputy Foreign Minister?": a
    person named first, then what they may be. The options describe that person; they
    offer no one else ("Secretary (West)" is Lal's title, and Russia is no answer)."""
    if not re.match(r"(?i)^\s*(?:is|was|are|were)\s", main):
        return False
    found = [m for m in index.mentions(list(first)) if m.start == 0]
    return any(index.store.entities[m.entity].type == "person" and m.end < len(first) - 1 for m in found)


def _option_entity(stems: tuple[str, ...], index: Index, last: bool = False, loose: bool = False) -> str | None:
    """The entity an option names: its mention nearest "or" (the last one in an
    option before it, else the first), else the entity one of whose names shares most
    of the option's words ("the counter-terrorism group" for the Joint Working Group on
    Counter-Terrorism). An ordinal alone ("the 6th or the 13th") names a place in a
    series, which the answer states, not the meeting a name holds it in."""
    found = index.mentions(list(stems))
    if len({m.entity for m in found}) >= 2 and not any(m.start == 0 and m.end == len(stems) - 1 for m in found):
        # "in Lal's meeting with Galuzin": a name holds every word of the option, whose
        # parts name others (Lal, Galuzin)
        whole = {form.entity for s in set(stems) for form in index.forms_by_stem.get(s, ())
                 if set(stems) <= set(form.stems)}
        if len(whole) == 1:
            return whole.pop()
    if found:
        # next to "or": in "did Russia voice strong or weak support" Russia is no option
        nearest = max(found, key=lambda m: m.end) if last else min(found, key=lambda m: m.start)
        if nearest.end == len(stems) - 1 if last else nearest.start == 0:
            return nearest.entity
        # "or the counter-terrorism JWG": the other words are of the same thing's own name
        own = {s for t in stems for form in index.forms_by_stem.get(t, ()) if form.entity == nearest.entity
               for s in form.stems} if loose else set()
        return nearest.entity if loose and len({m.entity for m in found}) == 1 and set(stems) <= own else None
    if all(s in ORDINALS or any(c.isdigit() for c in s) for s in stems):
        return None
    best, best_share = None, 0.0
    wanted = set(stems)
    for s in sorted(wanted):  # sorted: ties must not depend on hashing
        for form in index.forms_by_stem.get(s, ()):
            if len(wanted) == 1 and len(form.stems) > 1 and form.stems[-1] != s:
                # one word of a longer name, not its head noun, names nothing ("new" of "New
                # Delhi", "continuing" of "continued collaboration"; "release" is the press release)
                continue
            share = len(wanted & set(form.stems)) / len(wanted)
            if share > best_share:
                best, best_share = form.entity, share
    return best if best_share >= 0.6 else None


def _set_aside_things(text: str, index: Index) -> list[str]:
    """What a "besides X" clause sets aside: the things it names; of a deed ("apart
    from heading the Indian side at the JWG"), the meeting it was done at, when it
    names one (the doer's own side is no answer set aside)."""
    named = [m.entity for m in index.mentions(_stems_of(text, index))]
    if re.match(r"(?i)^\s*[a-z]{3,}ing\b", text) and not re.match(r"(?i)^\s*(?:[a-z]+-)?(?:meeting|briefing)s?\b", text):
        events = [e for e in named if index.store.entities[e].type == "event"]
        return events or named
    return named


def _split_exclusions(question: str) -> tuple[str, list[str]]:
    """The question without its "not X" clauses, and those clauses. An "according to
    X," attribution is dropped too: it says where a statement comes from, not what is
    asked ("according to whom" stays: there the source is what is asked)."""
    question = re.sub(_TAG, " ", question)
    question = re.sub(_OR_ANOTHER, r"\1", question)
    leading = re.match(_LEADING_EXCLUDE, question) if question.lstrip().lower().startswith(
        ("apart", "besides", "except", "other than", "beyond", "aside")) else None
    listed = re.match(_LEADING_LIST, question) if leading is None and question.count(",") > 1 else None
    if leading:
        question = f"{question[: leading.end()]}, {question[leading.end() :]}"
    elif listed:
        # one list set aside, read as its items joined by "and"
        items = re.sub(r"\s*,\s*(?:and\s+)?", " and ", listed.group(1).rstrip(" ,"))
        question = f"{question[: listed.start(1)]}{items}, {question[listed.end() :]}"
    excluded = []
    aside = re.match(_LEADING_ASIDE, question)
    if aside:
        # "beyond terror funding, which ...", "along with terrorism, what other threat":
        # these set aside only when they lead
        excluded.append(aside.group(1))
        question = question[aside.end() :]
    if "beyond" in question.lower():
        # "what broader theme beyond counter-terrorism did ...": in the wh-phrase, "besides"
        question = re.sub(r"(?i)\b((?:what|which)\s+(?:[\w-]+\s+){1,2})beyond\b", r"\1besides", question)
    kept: list[str] = []
    at = 0
    for found in re.finditer(_EXCLUDE, question):
        if re.search(r"(?i)\b(?:did|does|do|was|were|is|are|has|have|had)\s+$", question[: found.start()]):
            continue  # "which meeting did not discuss Ukraine": a verb denied, not a thing set aside
        clause = found.group(1)
        if re.match(r"(?i)besides|apart|except|other than|in addition", found.group(0)):
            # "what threat besides terrorism did the JWG ...": the clause ends at the verb
            verb = re.search(_CLAUSE_VERB, clause)
            clause = clause[: verb.start()] if verb else clause
            listed = re.match(_LIST_TO_THE_END, question[found.start(1) + len(clause) :])
            if listed and not verb:
                # "... focused on besides terrorism, radicalisation and terror financing?":
                # the list that ends the question is set aside whole, read as "X and Y and Z"
                rest = re.sub(r"\s*,\s*(?:and\s+|or\s+)?", " and ", listed.group(1))
                clause, found_end = f"{clause}{rest}", found.start(1) + len(clause) + listed.end(1)
                excluded.append(clause)
                kept += [question[at : found.start()], " "]
                at = found_end
                continue
        excluded.append(clause)
        kept += [question[at : found.start()], " "]
        at = found.start(1) + len(clause)
    main = "".join(kept) + question[at:]
    main = re.sub(_IN_THE_ARTICLE, " ", re.sub(ACCORDING_TO, " ", main))
    return main, excluded


# The rest of a list begun by a clause that sets things aside, when the list ends the
# question: ", radicalisation and terror financing?" (items of a few words, none a
# wh-word or auxiliary that would start a question of its own, the last after "and"/"or")
_LIST_ITEM = (r"(?!(?:what|which|who|whom|whose|where|when|why|how|did|do|does|was|were|is|are|has|have|had)\b)"
              r"[\w'-]+(?:\s+[\w'-]+){0,3}")
_LIST_TO_THE_END = (rf"(?i)^(\s*,\s*(?:{_LIST_ITEM}\s*,\s*)*(?:and\s+|or\s+)?{_LIST_ITEM}(?:\s*,)?\s+(?:and|or)\s+"
                    rf"{_LIST_ITEM})\s*[?.!]*\s*$")
# An auxiliary that starts the question's own verb after a "besides X" clause.
_CLAUSE_VERB = r"(?i)\b(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could|should)\b"


def _focus(tokens: list[str], question: str = "") -> str | None:
    """The noun a question asks for, when it is not a plain type word: "which hotel"
    asks for a hotel, "who is the Indian minister" for a minister, so a fact that never
    mentions one cannot answer. It is the last word of the noun phrase after the
    question frame ("which government department"), which ends at a function word or a
    verb-like word ("published")."""
    return _head_of(_asked_phrase(tokens, question))


def _head_of(phrase: list[str]) -> str | None:
    if not phrase or phrase[-1] in PLAIN_TYPES or phrase[-1].rstrip("s") in PLAIN_TYPES:
        return None
    head = phrase[-1]
    return stem(head) if head not in GENERIC else None


def _modifiers(phrase: list[str]) -> tuple[str, ...]:
    """The stems of the words before the asked noun ("what BROADER theme", "which NEW
    threat"): they describe the answer itself, not what is around it."""
    return tuple(stem(w) for w in phrase[:-1] if w not in GENERIC and w not in STOPWORDS)


_ENDS_IN_PROGRESSIVE = r"(?i)\w{3,}ing(?:\s+(?:on|about|at|for|with|to|into|over))?\s*[?.!]*\s*$"


def _asked_phrase(tokens: list[str], question: str) -> list[str]:
    """The noun phrase right after the question frame: "which government department"."""
    start = _frame_end(tokens)
    if start is None:
        return []
    if start >= 2 and tokens[start - 2] in ("is", "are", "was", "were") and re.search(_ENDS_IN_PROGRESSIVE, question):
        return []  # "what is the working group concentrating on": the phrase is who acts
    phrase: list[str] = []
    if tokens[start : start + 1] == ["of"]:
        while start < len(tokens) - 1 and tokens[start] in _PARTITIVE:
            start += 1  # "which of the two Russian officials": the phrase after "of the two"
    if tokens[start : start + 2] == ["name", "of"]:
        start += 2  # "the name of the MEA spokesperson": a spokesperson is asked
    if start and tokens[start - 1] == "what" and _capitalised(tokens[start], question) and _verb_at(tokens, start + 1):
        return []  # "(tell me) what Russia reiterated its support for": a name acts, no noun is asked
    for word in tokens[start : start + 8]:
        if len(phrase) == 4:
            break  # "the Russian deputy foreign minister": four words past the articles
        if word == "of" and phrase:
            break  # "the title of the man": the head is "title"
        if phrase and re.search(rf"(?i)\b{re.escape(word)}['\u2019]s\b", question):
            break  # "the person India's Secretary met": a possessive opens the next phrase
        if phrase and _capitalised(word, question) and not _capitalised(phrase[-1], question):
            break  # "which deputy minister Lal met": a name after a common noun starts a clause
        if phrase and word in ("the", "a", "an"):
            break  # "the 'sixth round' the article mentions": an article opens a clause's subject
        if word in ("of", "the", "a", "an", "two", "three", "four", "both", "other", "another") or word in FRAME_WORDS \
                or (word in _KIND_ASKED and tokens[start + len(phrase) :].count("of")):  # "which kinds of platforms"
            continue
        # an -ing word right after "which" is a noun ("which building"), later a verb
        verb_like = len(word) > 4 and word.endswith(("ed", "ing")) and word not in ADJECTIVES_LIKE_VERBS
        if word in STOPWORDS or word in _AUXILIARIES or word in IRREGULAR_PAST or word in not_nouns() or \
                word in _PREPOSITIONS or word in _PHRASE_ENDING_PREPOSITIONS or (
                verb_like and (phrase or word.endswith("ed"))):
            break
        phrase.append(word)
    return phrase


def _verb_at(tokens: list[str], k: int) -> bool:
    """Whether the word at k is a verb by its form: an auxiliary or a past tense."""
    while k < len(tokens) - 1 and tokens[k] in _ADVERBS_BEFORE_VERB:
        k += 1  # "what Russia again said"
    return k < len(tokens) and (tokens[k] in _AUXILIARIES or tokens[k] in IRREGULAR_PAST or tokens[k] in _SAID_FORMS
                                or (len(tokens[k]) > 4 and tokens[k].endswith("ed")))


_SAID_FORMS = frozenset({"said", "says", "told", "tells", "thought", "thinks", "wants", "wanted"})
_ADVERBS_BEFORE_VERB = frozenset({"again", "also", "once", "then", "really", "firmly", "officially", "just"})


def _capitalised(word: str, question: str) -> bool:
    return re.search(rf"\b{re.escape(word[:1].upper() + word[1:])}\b", question) is not None


_KIND_WORDS = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "version", "form", "forms", "variety",
                         "flavour", "flavor", "strain", "scale", "scales", "manner"})


# Words that ask a kind outside "what kind of" ("India UNSC membership type", "at what
# level were the meetings held"); not "form", which asks a name's full form.
_KIND_ASKED = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "level"})
_WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "where", "when", "why", "how"})


def _kind_phrase(tokens: list[str], start: int) -> list[str]:
    """The stems of the noun phrase from `start`: up to three words, to the first word
    that is no noun's ("the Moscow meetings held" -> moscow, meeting)."""
    phrase = []
    for word in tokens[start : start + 3]:
        if word in STOPWORDS or word in _AUXILIARIES or word in GENERIC or word in IRREGULAR_PAST or (
                len(word) > 3 and word.endswith(("ed", "ing")) and word not in ADJECTIVES_LIKE_VERBS):
            break
        phrase.append(stem(word))
    return phrase


_ACTORS = frozenset({"country", "city", "person"})  # the kinds of thing that begin a clause as its doer


def _one_name(phrase: list[str], mentions: list[Mention], index: Index) -> list[str]:
    """"In what kind of Security Council Russia supports ...": with no auxiliary between
    them, the phrase ends where a second named thing begins; "what sort of seat Moscow
    backs": where a country, city or person is named after a common noun, the doer of
    a clause whose "did" was left out."""
    for k in range(1, len(phrase)):
        starting = [m for m in mentions if m.form.stems[:1] == (phrase[k],)]
        if starting and any(phrase[k - 1] in m.form.stems for m in mentions):
            return phrase[:k]
        if any(index.store.entities[m.entity].type in _ACTORS for m in starting):
            return phrase[:k]
    return phrase


def _seat_place(tokens: list[str], at: int) -> bool:
    """"What kind of place in the Security Council": a place *in* a body, after "kind
    of", is a seat in it, not a location asked for."""
    return tokens[at] in ("place", "spot", "position") and tokens[at - 1 : at] == ["of"] \
        and tokens[at - 2 : at - 1] and tokens[at - 2] in _KIND_WORDS and tokens[at + 1 : at + 2] in (["in"], ["on"])


_ADJECTIVE_ATTACHED = (r"\b(what|which) (?:adjective|descriptor|qualifier|epithet) (?:does|did) (?:the |this )?"
                       r"(?:article|piece|report|story|text|writer|author|it) (?:\w+ ){1,2}?(?:on|to|for|with) "
                       r"(?:the )?(?:(?:version|form|kind|type|sort) of (?:the )?)?")


# Words that ask for the word qualifying a noun ("what adjective describes Russia's
# support", "Russian support, adjective?"): the noun's kind, as "what kind of" asks it.
_MODIFIER_WORDS = frozenset({"adjective", "adjectives", "descriptor", "qualifier", "epithet", "modifier"})
_DESCRIBING_VERBS = frozenset({"describes", "describe", "described", "describing", "qualifies", "qualify",
                               "qualifying", "characterise", "characterises", "characterised", "characterize",
                               "characterizes", "characterized"})
_DESCRIBING = _DESCRIBING_VERBS | {"modifies", "modify", "for", "to", "on", "with"}


def _modifier_asked_of(tokens: list[str]) -> list[str]:
    """The stems of the noun whose qualifying word an "adjective" question asks: the
    noun after "describes"/"for"/"on" when one follows, else, in a keyword query, the
    noun said just before ("Russian support, adjective?")."""
    at = next((i for i, t in enumerate(tokens) if t in _MODIFIER_WORDS), None)
    if at is None:
        # "what word does the article use to describe that support": a word for how it
        # is, asked by a verb of describing, as "adjective" asks it
        at = next((i for i, t in enumerate(tokens[:3]) if t in ("word", "term") and i and tokens[i - 1] in
                   ("what", "which")), None)
        verb = next((i for i in range(at + 1, len(tokens)) if tokens[i] in _DESCRIBING_VERBS), None) \
            if at is not None else None
        if verb is None or tokens[verb + 1 : verb + 2] in (["how"], ["what"], ["why"], ["the", "way"]):
            return []  # "to describe how strongly Moscow backed ...": a manner, read as asked
        tokens = tokens[: at + 1] + tokens[verb:]
    after = next((i for i in range(at + 1, len(tokens)) if tokens[i] in _DESCRIBING), None)
    if after is not None:
        start = after + 1
        while start < len(tokens) and tokens[start] in STOPWORDS:
            start += 1
        # the phrase's head: its last word before a preposition ("Moscow's backing of ...")
        end = start
        while end < len(tokens) and tokens[end] not in STOPWORDS and tokens[end] not in _AUXILIARIES \
                and tokens[end] not in IRREGULAR_PAST and not (len(tokens[end]) > 3 and tokens[end].endswith("ed")):
            end += 1  # ("the step represented by ...": a participle's clause follows)
        head = stem(tokens[end - 1]) if end > start else ""
        if head and head not in _MODIFIER_STEMS_NOT_NOUNS:
            return [head]
    if _WH_WORDS & set(tokens[: max(at - 1, 0)]) or at != len(tokens) - 1:
        return []  # the noun said before is only a keyword query's ("Russian support, adjective?")
    for i in range(at - 1, -1, -1):
        word = tokens[i]
        if word in _WH_WORDS or word in STOPWORDS or word in _AUXILIARIES:
            continue
        if (len(word) > 3 and word.endswith(("ed", "ing", "ly"))) or stem(word) in _MODIFIER_STEMS_NOT_NOUNS:
            return []  # (a verb, an adverb, or "the article's own adjective": no noun said before)
        return [stem(word)]
    return []


# words after "for"/"on" that name the text, not the noun qualified
_MODIFIER_STEMS_NOT_NOUNS = frozenset(stem(w) for w in "article piece report story text writer author own".split())


def _kind_word(word: str) -> str:
    """The word for a kind a noun asks after "what was the ... of": "level" is a kind."""
    return word if word in _KIND_WORDS else "kind" if word in ("level", "levels") else ""


def _kind_of(tokens: list[str]) -> list[str]:
    """"What kind of terrorism": the stems of the noun phrase whose kind is asked.
    "What kind of document" asks which document: a type noun is the thing itself."""
    said = " ".join(tokens)
    if "describes the" in said or "describe the" in said:
        # "what word describes the version of the council": what kind of council
        tokens = re.sub(r"\b(what|which) (?:word|adjective|term) (?:best )?describes? the (?=\w+ of\b)", r"\1 ",
                        said).split()
    if re.search(_ADJECTIVE_ATTACHED, said):
        # "what adjective does the article attach to the Security Council ...", "which
        # adjective does the piece slap on the version of the Council": what kind of it
        tokens = re.sub(_ADJECTIVE_ATTACHED, r"\1 kind of ", said).split()
    # "what was the kind of UNSC in which ...": what kind of UNSC (not "what is the type
    # of membership India wants", whose clause has no verb of its own to ask with)
    asked_after = r"(?= (?:the )?\w+(?: \w+)?(?: (?:in|on|at|that|which|where|whose|for|to|is|was|did|does|do)\b|$))"
    if re.search(rf"\b(?:what|which) (?:is|was|are|were) the \w+ of\b{asked_after}", said):
        tokens = re.sub(rf"\b(what|which) (?:is|was|are|were) the (\w+) of\b{asked_after}",
                        lambda m: f"{m.group(1)} {_kind_word(m.group(2))} of" if _kind_word(m.group(2)) else m.group(0),
                        said).split()
    modifier_noun = _modifier_asked_of(tokens)
    if modifier_noun:
        return modifier_noun
    for i in range(len(tokens) - 3):
        if tokens[i] in ("what", "which") and tokens[i + 1] in _KIND_WORDS and tokens[i + 2] == "of":
            start = i + 4 if tokens[i + 3] in ("the", "a", "an") else i + 3  # "what version of the Council"
            if start < len(tokens) and _seat_place(tokens, start):
                return [stem(tokens[start])]  # "what kind of place in the Council": a seat
            if start >= len(tokens) or tokens[start] in NOUN_TYPES:
                return []
            phrase = []
            for word in tokens[start : start + 3]:
                if word in STOPWORDS or word in _AUXILIARIES or word in GENERIC or (
                        len(word) > 4 and word.endswith(("ed", "ing")) and word not in ADJECTIVES_LIKE_VERBS):
                    break
                phrase.append(stem(word))
            return phrase
    for i in range(len(tokens) - 3):
        if tokens[i] in ("what", "which") and tokens[i + 1] in _KIND_ASKED \
                and tokens[i + 2] in ("is", "was", "are", "were") and tokens[i + 3] in ("the", "these", "those"):
            # "at what level were the Moscow meetings held": the kind of the subject
            return _kind_phrase(tokens, i + 4)
    if not _WH_WORDS & set(tokens):
        # a keyword query: "India UNSC membership type", "level of the Moscow talks"
        for i, tok in enumerate(tokens):
            if tok in _KIND_ASKED and i > 0 and tokens[i - 1] not in STOPWORDS and not (
                    tokens[i - 1].endswith(("ed", "ing")) and tokens[i - 1] not in ADJECTIVES_LIKE_VERBS):
                return [stem(tokens[i - 1])]  # (not "experiences shared type": a verb's kind is no noun's)
            if tok in _KIND_ASKED and tokens[i + 1 : i + 2] == ["of"]:
                return _kind_phrase(tokens, i + 3 if tokens[i + 2 : i + 3] in (["the"], ["a"]) else i + 2)
    if len(tokens) > 3 and tokens[0] == "how" and tokens[1].endswith("ly") and tokens[1] not in ("only", "early"):
        # "how strongly did Russia voice its support": the kind of support ("firm")
        for k in range(2, len(tokens) - 1):
            if tokens[k] in ("its", "their", "his", "her", "the") and tokens[k + 1] not in STOPWORDS:
                return [stem(tokens[k + 1])]
    return []


def _frame_end(tokens: list[str]) -> int | None:
    """Where the noun phrase a question asks for begins: after "which"/"what", after
    "who is the", or after "name the"/"list the"."""
    for i, tok in enumerate(tokens[:-1]):
        if tok in ("which", "what"):
            # "what was the outcome of ...": the noun after the copula is what is asked
            if tokens[i + 1 : i + 2] and tokens[i + 1] in ("is", "was", "are", "were") \
                    and tokens[i + 2 : i + 3] and tokens[i + 2] in ("the", "a", "an"):
                return i + 3
            return i + 1
        if tok == "how" and tokens[i + 1] in ("many", "much"):
            return i + 2  # "how many hours": hours are what is counted
        if tok in ("who", "whom") and tokens[i + 1] in ("is", "was", "are", "were"):
            following = tokens[i + 2 : i + 3]
            return i + 3 if following and following[0] in ("the", "a", "an") else None
        if i == 0 and tok in ("name", "list", "give") and tokens[i + 1] in ("the", "a", "an", "one", "some", "any"):
            return i + 2
        if i == 0 and tok == "the" and tokens[1:3] == ["name", "of"]:
            return 1  # "(tell me) the name of the minister who ...": the minister is asked
    return None


HINT_ADJECTIVES = frozenset({"other", "main", "new", "recent", "current", "key", "major", "international",
                              "global", "regional", "bilateral", "armed", "military", "violent", "ongoing",
                              "continuing", "particular", "specific", "big", "serious", "important", "numbered",
                              "senior", "top", "junior", "chief", "leading", "veteran", "ranking", "high-ranking",
                              "active", "live", "raging", "present", "latest", "hot"})


def _hint(tokens: list[str], content: list[str], mentions: list[Mention], question: str) -> str | None:
    """The entity named right after "which"/"what" ("which war") says what kind of
    thing the answer is; it is not something the question gives."""
    for i, tok in enumerate(tokens[:-1]):
        if tok in ("which", "what"):
            # "which of the two meetings" asks among the meetings as "which meeting" does
            j = i + 1
            if tokens[j] in ("of", "one"):
                while j < len(tokens) - 1 and tokens[j] in _PARTITIVE:
                    j += 1
            # the noun right after it, or past one describing word ("which ongoing conflict");
            # not past a noun ("which ministry's Secretary (West)" asks for the ministry)
            for k, noun in enumerate(tokens[j : j + 3]):  # "which ongoing armed conflict": two describing words
                if noun in content:
                    at = content.index(noun)
                    for m in mentions:
                        if m.start == at and not (tok == "what" and k == 0 and m.start == m.end
                                                  and _capitalised(noun, question) and _verb_at(tokens, j + 1)):
                            return m.entity  # (not "what Russia reiterated": Russia acts)
                if k < 2 and noun not in ADJECTIVES_LIKE_VERBS and noun not in HINT_ADJECTIVES:
                    return None
            return None
    if content and not _WH_WORDS & set(tokens) and NOUN_TYPES.get(content[-1].removesuffix("s")) == "person":
        # "Ukraine discussion Russian official": a keyword query that ends in the kind of
        # one it asks for
        return next((m.entity for m in mentions if m.end == len(content) - 1 and m.start < m.end), None)
    return None


def _country_of_asked(tokens: list[str], content: list[str], mentions: list[Mention], index: Index) -> str | None:
    """"Which department of (the Government of) India put out the note": the country
    after the noun asked says whose it is, as "which Indian department" does; it is
    the answer's kind, not something the question gives."""
    if len(tokens) < 4 or tokens[0] not in ("which", "what") or NOUN_TYPES.get(tokens[1]) not in (
            "organization", "person") or tokens[2] != "of":
        return None
    j = 3
    while j < len(tokens) - 1 and tokens[j] in ("the", "government", "govt", "of"):
        j += 1
    if tokens[j] not in content:
        return None
    at = content.index(tokens[j])
    return next((m.entity for m in mentions if m.start == at and m.end == at
                 and index.store.entities[m.entity].type == "country"), None)


def _demonym_as_noun(tokens: list[str], index: Index) -> bool:
    """"Which Indian met Galuzin": a country's adjective right after "which", with no
    noun after it, names a person of that country (not "which Indian official")."""
    for i, tok in enumerate(tokens[:-1]):
        if tok in ("which", "what"):
            if tokens[i + 1] in ("other", "another") and i + 2 < len(tokens):
                i += 1  # "Lal met which other Russian"
            word, after = tokens[i + 1], tokens[i + 2] if i + 2 < len(tokens) else ""
            # (the hint may be a team the demonym begins: "which Russian led the delegation";
            # nothing after it: "Lal met which Russian?")
            return _is_demonym(word, index) and (
                not after or after in STOPWORDS or after in _AUXILIARIES or after in IRREGULAR_PAST
                or after.endswith("ed") or after in not_nouns())
    return False


# "in which country were the talks", "what city was the JWG in": being somewhere asked
_IN_WHICH_PLACE_WAS = (r"^(?:in\s+(?:which|what)\s+(?:\w+\s+)?(?:city|country|nation|place|capital|town)\s+"
                       r"(?:was|were|is|are)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}"
                       r"|(?:which|what)\s+(?:\w+\s+)?(?:city|country|nation|place|capital|town)\s+"
                       r"(?:was|were|is|are)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+in"
                       # "where was the JWG": where a meeting was is where it was held
                       r"|where\s+(?:was|were)\s+(?:the\s+|these\s+|those\s+|this\s+|that\s+)?[\w-]+(?:\s+[\w-]+){0,3})\s*$")
_PLACE_RELATIONS = ("held-in",)  # the relation of where a thing was held


def _places_offered(options_text: tuple[str, ...], main: str, index: Index) -> bool:
    """Whether the options are places said after "in" or "at" ("in Moscow or New Delhi"):
    one a city or country the facts know, the others known places or capitalised names."""
    # "in Moscow or in New Delhi": the options without their repeated "in"
    options_text = tuple(re.sub(r"(?i)^\s*(?:in|at)\s+(?:the\s+)?", "", text) for text in options_text)
    if not re.search(rf"(?i)\b(?:in|at)\s+(?:the\s+)?{re.escape(options_text[0].strip())}", main):
        return False
    known = []
    for text in options_text:
        kinds = {index.store.entities[m.entity].type for m in index.mentions(_stems_of(text, index))}
        named = text.strip()[:1].isupper() or any(w in place_names() for w in text.lower().split())
        if not kinds <= {"city", "country"} or not (kinds or named):
            return False
        known.append(bool(kinds))
    return any(known)


def _demonym_named(tokens: list[str], index: Index) -> bool:
    """"Name the Russian who headed the team": after "name the", a country's adjective
    that a clause describes names a person of that country, as "which Indian" does."""
    if len(tokens) < 4 or tokens[0] not in ("name", "identify") or tokens[1] not in ("the", "a") \
            or tokens[3] not in ("who", "that", "whom"):
        return False
    return _is_demonym(tokens[2], index)


def _is_demonym(word: str, index: Index) -> bool:
    """Whether the word is a country's adjective ("Russian"), not its name."""
    return any(index.store.entities[f.entity].type == "country" and f.text.lower() == word
               and word != index.store.entities[f.entity].name.lower()
               for f in index.forms_by_stem.get(index.canon.get(stem(word), stem(word)), ()))


def _inflected(word: str, index: Index) -> bool:
    """A plural or singular of a vocabulary word ("countries" when the facts say
    "country"): known. Only inflections: the stemmer also joins "organisation" and
    "organised", which are different words."""
    forms = {word + "s", word + "es"}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return any(f in index.vocabulary for f in forms)


# Prepositions the stopword list leaves out: they precede names without modifying them.
# Prepositions that are no stop words (they may be what a question asks: "before",
# "after") but end a noun phrase all the same: "which days near the end of the year".
_PHRASE_ENDING_PREPOSITIONS = frozenset("""near around since until till among amongst behind beside below above
inside outside over under through along alongside beneath underneath regarding concerning before after per versus
""".split())
_PREPOSITIONS = frozenset("""beyond against across within without toward towards despite amid amidst via
upon onto throughout besides except""".split())


# Past forms that do not end in -ed: verbs, like "negotiated", not modifiers of a name
# ("which meeting saw Russia voice its support").
IRREGULAR_PAST = frozenset("""saw seen took taken gave given made held met led brought thought told found got
went came knew known began begun ran stood sent kept spoke spoken wrote written sought won chose chosen
drew drawn grew grown rose risen fell fallen left lost paid sold bought caught felt heard meant sat
put set struck swore sworn shook shaken spent""".split())


def _names_another(at: int, content: list[str], stems: list[str], tokens: list[str], question: str,
                   index: Index) -> bool:
    """An unknown word right before a word that names entities ("the chinese
    delegation", typed in lower case) picks out an entity the facts do not have; a
    participle ("the negotiating team") or the first half of a compound ("indo-russian")
    only describes one. Right before means next to it as typed: "which body does India
    want" has function words between, and "body" says nothing about India."""
    word = content[at]
    if at + 1 >= len(content) or len(word) < 3 or word.endswith(("ing", "ed", "ly")) or word in _PREPOSITIONS \
            or word in IRREGULAR_PAST or word in not_nouns():
        return False  # an adverb or a preposition modifies no noun ("jointly work", "beyond terrorism")
    if word in common_words():
        return False  # "the first time Russia backed India": an everyday word names no one (places are listed)
    if not _adjacent(tokens, word, content[at + 1]):
        return False
    if re.search(rf"(?i)\b{re.escape(word)}-", question):
        return False
    return stems[at + 1] in index.forms_by_stem


def _adjacent(tokens: list[str], first: str, second: str) -> bool:
    return any(a == first and b == second for a, b in itertools.pairwise(tokens))


def _looks_like_name(word: str, question: str) -> bool:
    """A word nothing in the facts knows that is capitalised mid-sentence or holds a
    digit ("Chinese", "Modi", "12th") names something the facts do not cover."""
    if any(c.isdigit() for c in word) or word in ORDINALS:
        return True
    for match in re.finditer(r"[A-Za-z\u00c0-\u024f]+", question):
        # a sentence's first word is capitalised anyway: a name there is no English word
        # ("Lavrov met Lal ...", not "Tell me ...")
        if match.group().lower() == word and match.group()[0].isupper() and (
                match.start() > 0 or word not in common_words()):
            return True
    return False


# Letters said aloud, as speech-to-text writes them ("em ee ay": MEA).
_LETTER_NAMES = {
    "ay": "a", "bee": "b", "be": "b", "see": "c", "cee": "c", "sea": "c", "dee": "d", "ee": "e", "ef": "f",
    "eff": "f", "gee": "g", "jee": "g", "aitch": "h", "haitch": "h", "eye": "i", "jay": "j", "kay": "k",
    "el": "l", "ell": "l", "em": "m", "en": "n", "oh": "o", "owe": "o", "pee": "p", "cue": "q", "queue": "q",
    "ar": "r", "are": "r", "es": "s", "ess": "s", "tee": "t", "tea": "t", "you": "u", "yu": "u", "vee": "v",
    "ex": "x", "why": "y", "wye": "y", "zed": "z", "zee": "z",
    **{c: c for c in "bcdefghjklmnopqrstuvwxyz"},
}


def _letters_joined(raw: list[str], index: Index, joins: list[tuple[str, str]] | None = None) -> list[str]:
    """Letters spelled out ("jay double you gee", "you en es see") are the acronym they
    spell, when the facts know it: an acronym read aloud and written down as words.
    Each join is added to `joins` (as said, as read)."""
    def spelt(letters: str) -> bool:
        # a word of the facts, and no country's code ("are you" is no "RU")
        return letters in index.vocabulary and not any(
            is_code(f.text, index.store.entities[f.entity].name) for f in index.forms_under(letters))
    out: list[str] = []
    at = 0
    while at < len(raw):
        letters, end = "", at
        while end < len(raw):
            if raw[end] == "double" and end + 1 < len(raw) and raw[end + 1] in ("you", "u", "yu"):
                letters, end = letters + "w", end + 2
            elif raw[end] in _LETTER_NAMES:
                letters, end = letters + _LETTER_NAMES[raw[end]], end + 1
            elif raw[end] in ("a", "i") and letters:
                letters, end = letters + raw[end], end + 1  # "M E A": "a" ends a run, but starts none
            else:
                break
        # the longest run of letter names from here that spells a word of the facts
        while end - at >= 2 and not spelt(letters):
            end -= 2 if raw[end - 2] == "double" else 1
            letters = letters[:-1]
        if end - at >= 2 and len(letters) >= 2 and spelt(letters):
            out.append(letters)
            if joins is not None:
                joins.append((" ".join(raw[at:end]), letters.upper()))
            at = end
        else:
            out.append(raw[at])
            at += 1
    return out


def _one_slip_from_name(word: str, index: Index, slips: int = 1) -> bool:
    """Whether the word is one slip (or `slips`) from a word of some entity's name or alias."""
    fixed = index.correct(word)
    return fixed != word and OSA.distance(word, fixed) <= slips and stem(fixed) in index.forms_by_stem


def _spacing_fixed(raw: list[str], index: Index, joins: list[tuple[str, str]] | None = None) -> list[str]:
    """Words run together or split apart: "unscseat" is "unsc seat", "work ing" is
    "working"; only where the typed word is no word at all and the parts (or the whole)
    are words of the facts. Each pair joined is added to `joins` (as said, as read)."""
    def known(word: str) -> bool:
        return word in index.vocabulary or word in STOPWORDS
    out: list[str] = []
    at = 0
    def join(word: str, after: str, fixed: str) -> None:
        out.append(fixed)
        if joins is not None:
            joins.append((f"{word} {after}", fixed))
    while at < len(raw):
        word = raw[at]
        after = raw[at + 1] if at + 1 < len(raw) else ""
        if after and not known(after) and (len(after) <= 3 or after not in common_words()) and known(word + after):
            join(word, after, word + after)  # "work ing" -> "working"
            at += 2
            continue
        if after and word.isalpha() and after.isalpha() and not known(word) and not known(after) \
                and known(word + after) and stem(word + after) in index.forms_by_stem:
            join(word, after, word + after)  # "tan maya lal": a name heard as two everyday words
            at += 2
            continue
        if after and word.isalpha() and after.isalpha() and not known(word) and not known(after) \
                and len(word + after) >= 6 and _one_slip_from_name(word + after, index, 1 + (len(word + after) >= 8)):
            join(word, after, index.correct(word + after))  # "moss cow" -> "moscow", as speech-to-text hears it
            at += 2
            continue
        if after.isalpha() and word.isalpha() and len(word) <= 5 and len(word + after) >= 8 \
                and after not in index.vocabulary \
                and any(word + after + ending in index.vocabulary for ending in ("", "d", "ed", "s")):
            join(word, after, word + after)  # "re iterate", "under scored": a prefix heard as a word
            at += 2
            continue
        if len(word) >= 7 and not known(word) and word not in common_words() and word.isalpha():
            split = next(((word[:k], word[k:]) for k in range(3, len(word) - 2)
                          if word[:k] in index.vocabulary and word[k:] in index.vocabulary),
                         None)
            if split:
                out.extend(split)  # "unscseat" -> "unsc", "seat"
                at += 1
                continue
        out.append(word)
        at += 1
    return out


def _corrected(raw: list[str], index: Index, opening: bool = True) -> tuple[list[str], list[tuple[str, str]]]:
    """The words as meant; `opening`: they open a question, whose first word may be a
    slipped wh-word ("waht"); an option ("low level") opens none."""
    tokens: list[str] = []
    corrections: list[tuple[str, str]] = []
    said = _spacing_fixed(_letters_joined(raw, index), index)
    for pos, word in enumerate(said):
        if word.endswith("ly") and len(word) > 6 and word not in index.vocabulary and word[:-2] in index.vocabulary:
            tokens.append(word[:-2])  # "jointly": what the facts say "joint"; an adverb is no slip
            continue
        if said[pos + 1 : pos + 2] == ["t"] and word.endswith("n") and word[:-1] in _AUXILIARIES:
            tokens.append(word)  # "wasn't": a denied auxiliary, no slip for "was"
            continue
        fixed = word
        # ("There was a war that came up, wasn't there?": no slip for "where")
        if pos == 0 and opening and word not in WH_WORDS and not (
                word == "there" and len(raw) > 2 and raw[2] in ("a", "an", "some", "any", "no", "one", "two")):
            fixed = _wh_typo(word, raw[1] if len(raw) > 1 else "")
        if fixed == word and word not in GENERIC:  # an everyday word ("manyth" too) is no slip
            fixed = index.correct(word)
        if fixed != word:
            corrections.append((word, fixed))
        if fixed in SHORTHAND and fixed != word:
            tokens.extend(SHORTHAND[fixed])  # "whaats" -> "whats" -> "what is"
        else:
            tokens.append(fixed)
    return tokens, corrections


def _relation_slip(tokens: list[str], corrections: list[tuple[str, str]],
                   index: Index) -> tuple[list[str], list[tuple[str, str]]]:
    """A slip that makes another real word ("who did Lal meat about Ukraine"): when
    the question names no relation at all, a word the facts do not use that is one
    slip from a relation's word is read as that word."""
    def relations(words_: list[str]) -> dict[str, tuple[float, bool]]:
        return index.phrases_in([stem(t) for t in words_ if t not in STOPWORDS])
    named = bool(relations(tokens))
    for at, word in enumerate(tokens):
        if named and not _verb_place(tokens, at):
            continue  # with a relation named, only a word where a verb goes ("did Lal meat ...")
        if word in STOPWORDS or word in index.vocabulary or word in GENERIC or _inflected(word, index) \
                or any(word + ending in index.vocabulary for ending in ("d", "ed", "s")) \
                or everyday_related(stem(word)):
            continue  # "pose" is the facts' "posed", no slip for "post"; "committee" means a group
        for fixed in index.near_words(word) if len(word) >= 3 else ():
            # one slip only: "propose" is no slip for "purpose"
            if OSA.distance(word, fixed) == 1 and index.phrases_in([stem(fixed)]):
                return [*tokens[:at], fixed, *tokens[at + 1:]], [*corrections, (word, fixed)]
    return tokens, corrections


def _verb_place(tokens: list[str], at: int) -> bool:
    """Whether a verb goes where `at` is: after "did"/"does"/"do" and one or two words
    of a name ("did Lal meat", "did Tanmaya Lal meat")."""
    return any(at - k >= 1 and tokens[at - k - 1] in ("did", "does", "do")
               and all(t not in STOPWORDS for t in tokens[at - k : at]) for k in (1, 2))


def _slip_inside_a_name(tokens: list[str], corrections: list[tuple[str, str]],
                        index: Index) -> tuple[list[str], list[tuple[str, str]]]:
    """A slip that makes another real word inside a name ("the UN security counsel"):
    a word the facts do not use, a slip or two from the word that follows the one before it
    in some entity's name, is that word."""
    out = list(tokens)
    for at in range(1, len(out)):
        word, before = out[at], out[at - 1]
        if before in STOPWORDS and at >= 2 and out[at - 2] not in STOPWORDS:
            before = out[at - 2]  # "Ministry of Eternal Affairs": names skip their small words
        if word in STOPWORDS or word in index.vocabulary or len(word) < 4 or before in STOPWORDS \
                or stem(word) in index.forms_by_stem or _inflected(word, index):
            continue  # "ministers" is the facts' "minister", said of two
        follows = {f.stems[k + 1] for f in index.forms_by_stem.get(stem(before), ())
                   for k in range(len(f.stems) - 1) if f.stems[k] == stem(before)}
        if not follows:
            continue
        fixed = next((w for w in index.near_words(word) if stem(w) in follows), None) \
            or _first_letter_slip(word, follows, index)
        if fixed:
            out[at] = fixed
            corrections = [*corrections, (word, fixed)]
    return out, corrections


def _first_letter_slip(word: str, follows: set[str], index: Index) -> str | None:
    """A name's word with its first letter slipped ("Secretary Vest"), which the search
    for near words, keyed by first letter, cannot find: one slip from a word the name
    has at that place."""
    near = [f for f in follows if len(f) >= 4 and OSA.distance(stem(word), f) == 1]
    meant = [w for f in near for w in (f, *index.near_words(f)) if w in index.vocabulary and stem(w) == f]
    return min(meant, key=len, default=None)


def _wh_typo(word: str, following: str) -> str:
    """'waht', 'wich', 'were were...': a first word one slip from a wh-word."""
    for wh in WH_WORDS:
        # an everyday word ("now who was ...") is a slip only before an auxiliary ("now did ...")
        if OSA.distance(word, wh) == 1 and (following in _AUXILIARIES or (
                word not in STOPWORDS and word not in common_words())):
            return wh
    for short in _WH_CONTRACTIONS:
        if OSA.distance(word, short) == 1:
            return short  # "wahts", "whos's": read through SHORTHAND
    return word


_WH_CONTRACTIONS = ("whats", "whos", "wheres", "whens", "hows")


# A wh-word after one of these opens a relative clause ("the subjects on which"), not a question.
_RELATIVE_AFTER = frozenset("on in at during from by under with".split())
# A wh-word after these opens a question put inside another ("I wondered where ...").
_WONDERING = frozenset("wonder wondered wondering know knew asked ask asking curious tell remember sure".split())


_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
# "What happened in Moscow", "what took place in Moscow" ask for events, not what Moscow is.
_HAPPEN = frozenset({"happen", "happens", "happened", "happening", "occur", "occurs", "occurred", "occurring", "going"})


def _noun_type(noun: str) -> str | None:
    """The answer type a type noun names, singular or plural ("officials": a person)."""
    if noun in NOUN_TYPES:
        return NOUN_TYPES[noun]
    return NOUN_TYPES.get(noun[:-1]) if noun.endswith("s") and noun not in _PLURAL_OTHER else None


# "What was the purpose of ...", "what goal was it meant to serve", "to what end", "for
# what purpose": a "why" question in other words.
_PURPOSE_ASKED = (r"^(?:what|which) (?:(?:is|was|were|are) the )?(?:purpose|purposes|aim|aims|goal|objective|point|"
                  r"intent|intention|rationale|reason)\b|\bto (?:what|which) end\b|\bfor (?:what|which) (?:purpose|reason)s?\b")


# "In what form did the ministry publish its statement", "what form did the announcement
# take": the medium something was made known in, a document.
_FORM_OF_STATEMENT = (r"\bwhat (?:form|format|medium)\b.*\b(?:publish\w*|public|"
                      r"release\w*|announce\w*|announcement|issue\w*|share\w*|communicat\w*|convey\w*|put out|"
                      r"statement|made known|disclose\w*|report\w*)\b"
                      # "what did the ministry put out to state the agreement": what it issued
                      r"|^what (?:did|does|has|had) (?:the )?(?:[\w-]+ ){1,5}?(?:put out|issued?|released?|published?)"
                      r" (?:to|about|on|regarding|concerning|after|that)\b")


# Prepositions that place the noun asked ("rank inside his ministry", "role at the talks").
_PLACING_PREPOSITIONS = frozenset({"in", "inside", "within", "at", "during", "from"})


# Nouns for something said: "where is the quote from" asks who said it.
_SAYING_NOUNS = frozenset({"quote", "quotes", "quotation", "quotations", "statement", "statements", "remark",
                           "remarks", "comment", "comments", "words", "line", "lines", "claim", "claims"})


def _after_its_noun(tokens: list[str], at: int) -> bool:
    """"the official who met Galuzin", "the meeting where ... was discussed": a wh-word
    right after "the" and a noun of a kind opens a clause about that noun."""
    return at >= 2 and tokens[at] in ("who", "which", "where", "whom") and tokens[at - 2] == "the" \
        and tokens[at - 1].removesuffix("s") in NOUN_TYPES


_EXACTLY = frozenset({"exact", "precise", "specific", "actual", "main", "official"})


def _kind_then_of(tokens: list[str]) -> str | None:
    """"dates of ...", "exact venue in Moscow for ...": a date or a place asked by its
    noun, after "what is the"; None for any other noun ("the role of ...")."""
    at = 1 if tokens[:1] and tokens[0] in _EXACTLY else 0
    kind = _noun_type(tokens[at]) if len(tokens) > at + 1 else None
    return kind if kind in ("date", "place", "city") and tokens[at + 1] in ("of", "for", "in") else None


def _wanted(tokens: list[str]) -> str:
    text = " ".join(tokens)
    if tokens and (tokens[0] in _AUXILIARIES or tokens[0] == "whether") and not any(
            t in WH_WORDS and not (i and tokens[i - 1] in _RELATIVE_AFTER) and not _after_its_noun(tokens, i)
            # "was X discussed when Lal met Galuzin", but not "is that when they met"
            and not (t == "when" and tokens[i - 1] not in _WONDERING and tokens[i - 1] not in ("that", "this", "it"))
            for i, t in enumerate(tokens)):
        # "did Russia support India's bid?", "(tell me) whether Russia backed India";
        # "was radicalisation among the subjects on which they shared experience?";
        # "is the official who met Galuzin Indian?"
        return "yesno"
    if re.search(r"\b(what|which|round) number\b|\b(what|which) numbered\b|\bnumber of (the|this|that)\b"
                 r"|\b(what|which) ordinal\b"
                 r"|\b(what|which) (session|meeting|edition|iteration|sitting) number\b"
                 r"|\bhow (manyth|many th|manieth)\b", text):
        # "what number was the JWG", "the number of the counter-terrorism meeting", "met
        # for the how-manyth time": its
        # place in a series; "the number of meetings" counts them
        return "ordinal"
    if re.search(r"\bhow (many|much|old)\b|\bthe (number|count|amount|sum|quantity|total|size) of\b"
                 r"|\b(what|which) (amount|sum|quantity|percentage|proportion|cost|price|budget)s?\b", text):
        # "how old is the minister who led the team": his age, a number; "what amount
        # of terror financing": a sum, never the fact that names terror financing
        return "number"
    if re.search(_PURPOSE_ASKED, text):
        return "reason"  # "what was the purpose of working together": a purpose the facts state
    if re.search(_FORM_OF_STATEMENT, text):
        return "document"  # "in what form was the agreement made public": a press release
    if len(tokens) > 4 and tokens[0] == "the" and tokens[2] in _RELATIVE_AFTER and tokens[3] in ("which", "whom") \
            and tokens[4].removesuffix("s") not in NOUN_TYPES:  # "the meetings: on which days ...?" asks the days
        # "(tell me) the days on which the officials convened": the noun the clause
        # describes is asked, not one inside the clause
        head = tokens[1]
        kind = _noun_type(head)
        if kind:
            return kind
    for i, tok in enumerate(tokens):
        if tok in ("who", "whom", "whose"):
            # "who is the Secretary (West)": a title names a person, not a team or a country
            if tokens[i + 1 : i + 4] in (["is", "the", "source"], ["was", "the", "source"]):
                return "agent"  # "who is the source of the quote": whoever said it, a ministry too
            # not "who is quoted as saying ...": a passive asks whoever did it; nor "who is
            # backing India", "who is the backer of India's bid": a doing, which a country does too
            if tokens[i + 1 : i + 2] in (["is"], ["was"]) and not _TEAM_WORDS & set(tokens) and not (
                    tokens[i + 2 : i + 3] and (tokens[i + 2].endswith(("ed", "ing")) or tokens[i + 2] in IRREGULAR_PAST)) \
                    and not re.match(_DOER_NOUN, " ".join(tokens[i + 2 : i + 4])):
                return "person"
            return "agent"
        if tok == "where":
            if i > 1 and tokens[i - 1] not in STOPWORDS and tokens[i - 1] not in _AUXILIARIES \
                    and tokens[i - 1] not in _WONDERING:
                continue  # "the body where Russia backs India": a relative clause, not the question
            if _SAYING_NOUNS & set(tokens[i + 1:]) and tokens[-1] == "from":
                return "agent"  # "where is that quote from": whoever said it, not a place
            return "place"
        if tok == "when":
            return "date"
        if tok == "why":
            return "reason"  # a purpose the facts state ("to discuss ..."), never a name or a date
        if (tok in ("which", "what") or (i == 0 and tok in ("name", "list", "identify"))) and i + 1 < len(tokens):
            # The first type noun among the next few words: "which Russian official",
            # "which of the two meetings"; a verb or auxiliary ends the noun phrase.
            # After "name the" a longer phrase comes first, and the last type noun is its
            # head: "name the Ministry of External Affairs official who ...".
            found = []
            if tokens[i + 1] in ("one", "ones"):
                # "of the two Russian deputy ministers, which one ...": the noun said
                # before, in the set's own words ("of the topics in the talks": topics)
                found = [NOUN_TYPES[w] for w in (t if t in NOUN_TYPES else t[:-1] for t in _set_head(tokens[:i]))
                         if w in NOUN_TYPES]
            # "which of the two Russian deputy foreign ministers": the words of the set
            # ("of the two") come before the noun phrase's own five
            lead = next((k for k, w in enumerate(tokens[i + 1 :]) if w not in _PARTITIVE), 0)
            reach = (5 + lead if tokens[i + 1] == "of" else 5) if tok in ("which", "what") else 8
            if tokens[i + 1 : i + 5] in (["is", "the", "name", "of"], ["was", "the", "name", "of"]):
                i += 4  # "what is the name of the forum in which ...": a forum is asked
            elif tok == "what" and len(tokens) > i + 4 and tokens[i + 1] in ("is", "are", "was", "were") \
                    and tokens[i + 2] == "the" and (kind := _kind_then_of(tokens[i + 3 :])):
                return kind  # "what are the dates of the Moscow meetings": the copula does not end it
            elif tok == "what" and i == 0 and len(tokens) > 4 and tokens[1] in ("is", "are", "was", "were") \
                    and tokens[2] == "the" and _described_noun(tokens):
                # "what was the country whose hopes ...", "what is the city where ...", "what
                # is the date on which ...", "what was the specific venue in Moscow where
                # ...": the noun the clause describes is the kind asked, as after "which"
                return _noun_type(_described_noun(tokens))
            previous = -1
            for k, noun in enumerate(tokens[i + 1 : i + reach]):
                if noun in _AUXILIARIES or noun in ("who", "that", "whom") or noun in _TAKE:
                    break  # "what took place": a verb, and "place" its object, not the answer's type
                if tok not in ("which", "what") and k and noun in ("which", "where", "whose", "when"):
                    break  # "list the areas where the countries will ...": a clause describes the noun asked
                if tok not in ("which", "what") and found and (noun in ("which", "where", "whose", "when") or (
                        previous == k - 1 and noun in ("the", "a", "an"))):
                    break  # "name the date on which the talks began", "name the day the talks ended": a clause
                kind = None if _seat_place(tokens, i + 1 + k) or (
                    noun in _ADJECTIVE_TOO and tokens[i + 2 + k : i + 3 + k] and tokens[i + 2 + k] in _QUALIFIED_NOUNS) \
                    or (noun.removesuffix("s") in _STATE_NOUNS and (_noun_follows(tokens, i + 2 + k) or (
                        k and (tokens[i + k] in STOPWORDS or tokens[i + k] in _PHRASE_ENDS)))) \
                    else _noun_type(noun)  # "what official title": a title, not an official
                if kind is None:
                    if k and noun in _PLACING_PREPOSITIONS and not found and tokens[i + k] not in STOPWORDS \
                            and tokens[i + k] not in FRAME_WORDS and tok in ("which", "what") \
                            and "date" not in map(_noun_type, tokens[i + k + 2 : i + k + 5]):
                        break  # "what rank inside his ministry": the rank is asked, not a ministry
                    continue
                if found and previous == k - 1 and tok in ("which", "what") and not (
                        i and tokens[i - 1] in _PLACING_PREPOSITIONS and found[-1] in ("place", "city", "date", "country")
                        and kind not in ("place", "city", "country")):  # "in which country's capital": the capital
                    # "in which city meetings happened": after a preposition, a place or a
                    # time is what is asked, and the noun after it the clause's subject
                    found[-1] = kind  # "which United Nations organ", "which foreign ministry official": the last noun heads
                else:
                    found.append(kind)
                previous = k
            if found:
                return found[0] if tok in ("which", "what") else found[-1]
            return "thing"
    return "any"


# nouns for a country's state, which before another noun only qualify it ("which Indian
# government office": an office), and after a preposition name no answer ("which armed
# struggle between states": a struggle)
_STATE_NOUNS = frozenset({"government", "state", "jurisdiction"})


def _noun_follows(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` reads as a noun: neither a small word nor a verb."""
    return at < len(tokens) and tokens[at] not in STOPWORDS and not _verb_at(tokens, at)


_CLAUSE_OPENERS = frozenset({"that", "who", "whose", "where", "which", "whom"})


def _described_noun(tokens: list[str]) -> str:
    """"what was the specific venue in Moscow where ...": the type noun a clause
    describes, the first in the few words between "the" and the clause ("" if none)."""
    if tokens[-1] in STOPWORDS:
        return ""  # "what was the working group that they convened dedicated to": what it was for
    for end in range(4, min(len(tokens), 11)):
        if tokens[end] in _CLAUSE_OPENERS or (tokens[end] in _RELATIVE_AFTER and tokens[end + 1 : end + 2] in (
                ["which"], ["whom"])):
            break
    else:
        return ""
    for word in tokens[3:end]:
        if word in ("or", "and"):
            continue  # "the building or venue": two words for one kind
        if word in STOPWORDS or word in _AUXILIARIES:
            return ""  # "the venue in Moscow" has its head before the preposition
        if _noun_type(word):
            return word
    return ""


# Type nouns that are adjectives too, before a noun of what is said or held: "what
# official title", "which official statement", "what foreign ministry post"
_ADJECTIVE_TOO = frozenset({"official", "officials", "government", "ministerial", "diplomatic"})
_QUALIFIED_NOUNS = frozenset("""title titles name names position positions post role rank designation capacity statement
statements document documents release record report line stance version word words number figure figures count
account visit language""".split())


def _set_head(tokens: list[str]) -> list[str]:
    """"of the several topics in the talks" -> the words up to the set's first
    preposition ("of the several topics"); "sets of talks" keeps its "of"."""
    for k, word in enumerate(tokens):
        if k > 1 and word in STOPWORDS and word not in ("of", "the", "these", "those", "all"):
            return tokens[:k]
    return tokens


# Type nouns that, anywhere in a keyword query, say what is wanted ("meetings city",
# "talks dates"); event nouns are left out: "Lal Ukraine meeting" names the meeting.
_TERSE_TYPES = {"city": "city", "country": "country", "date": "date", "dates": "date", "day": "date",
                "when": "date", "where": "place", "venue": "place", "place": "place", "location": "place",
                "who": "agent", "person": "person", "official": "person", "officials": "person"}
# the one who leads ("russian leader?", "india head"): a person, not what is led; but
# "lal head" asks what the person named heads
_LEADER_NOUNS = frozenset("leader leaders head chief boss negotiator".split())


def _terse_type(content: list[str], wanted: str, person_named: bool) -> str:
    """The answer type a keyword query's own type noun names, the last one winning."""
    if content[-1:] == ["lead"]:
        content = [*content[:-1], "leader"]  # "russian lead?": the noun, said last
    # ("Vershinin's official position": "official" as an adjective, before a post)
    kinds = [_TERSE_TYPES.get(w, "person") for k, w in enumerate(content)
             if (w in _TERSE_TYPES or (w in _LEADER_NOUNS and not person_named))
             and not (w in _ADJECTIVE_TOO and content[k + 1 : k + 2] and content[k + 1] in _QUALIFIED_NOUNS
                     and content[k + 1] not in ("name", "names"))]  # ("russian official name": his)
    return kinds[-1] if kinds else wanted


def _asks_short_form(tokens: list[str], mentions: list[Mention]) -> bool:
    """"What is the acronym for X" wants the short form, unless X was given as the
    acronym ("expand the acronym UNSC", "MEA is short for what"): then it wants the
    expansion, which ranking finds through the stands-for relation."""
    if not _ABBREVIATE & set(tokens):
        return False
    return not any(is_acronym(m.form.text) for m in mentions)


def is_acronym(text: str, name: str = "") -> bool:
    """Whether an alias is an acronym (given the entity's `name`, not its code)."""
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 8 and not is_code(text, name)


def is_code(text: str, name: str) -> bool:
    """Whether an alias is the start of a one-word name in capitals: "RU" for Russia, a
    code a reader types, not an acronym an article spells out."""
    return " " not in name.strip() and text.isupper() and name.upper().startswith(text)


_NAMES_AS_VERB = frozenset("name names named call calls called mention mentions mentioned".split())


def _first_do(tokens: list[str]) -> int:
    """Where the first "do", "does" or "did" is; past the end when there is none."""
    return next((i for i, t in enumerate(tokens) if t in ("do", "does", "did")), len(tokens))


def _asks_description(tokens: list[str], wanted: str) -> bool:
    """Nothing but a name and question frame ("who is X", "tell me who X is", "X?"):
    a question about what X is, unless it asks where, when or how many, or a word the
    source uses ("what's the article's term": a term it uses, not what it is)."""
    return wanted in ("agent", "person", "thing", "any") and not _TERM_WORDS & set(tokens)


_TERM_WORDS = frozenset("term terms wording expression label".split())  # ("the phrase 'X'" names X)


def _bridged(word: str, index: Index) -> bool:
    """A word outside the vocabulary that a synonym or a prefix ties to it ("tech")."""
    if any(index.knows_stem(s) for s in (*RELATED_STEMS.get(stem(word), ()), *everyday_related(stem(word)))):
        return True
    return len(word) >= 4 and index.has_longer_word(word)
