"""General English knowledge the matcher needs, independent of any article.

Kept small and generic on purpose: words every question uses (which say nothing about
the facts), a light stemmer, and a few everyday synonyms that bridge how people ask
and how news articles write.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

# Words that carry no content for matching: function words, auxiliaries and the
# frame of a question ("tell me", "name the").
STOPWORDS = frozenset(
    """
a an the of in on at to for from by with and or but not no nor as into onto about is are
was were be been being am do does did doing done have has had having will would shall
should can could may might must i me my we our you your he him his she her it its they
them their this that these those there here what which who whom whose when where why how
tell name give show list please also both either neither any some all each other one
ones just only very really again once
""".split()
)

# Question frame words that are not content but are not plain stopwords either.
FRAME_WORDS = frozenset(["exactly", "specifically", "actually", "kind", "sort", "type"])

# Chat and text-message spellings people type into a terminal, read as the words they
# stand for; an empty expansion is filler ("lol") that says nothing.
SHORTHAND: dict[str, tuple[str, ...]] = {
    "wat": ("what",), "wats": ("what", "is"), "whats": ("what", "is"), "wut": ("what",), "wot": ("what",),
    "whos": ("who", "is"), "wheres": ("where", "is"), "whens": ("when", "is"), "hows": ("how", "is"),
    "wud": ("would",), "shud": ("should",), "cud": ("could",), "abt": ("about",), "bout": ("about",),
    "dat": ("that",), "da": ("the",), "teh": ("the",), "u": ("you",), "ur": ("your",), "r": ("are",),
    "y": ("why",), "n": ("and",), "w": ("with",), "wit": ("with",), "thru": ("through",),
    "pls": (), "plz": (), "lol": (), "thx": (), "thanks": (), "btw": (), "tbh": (), "pl": (),
    "ppl": ("people",), "govt": ("government",), "mtg": ("meeting",), "mtgs": ("meetings",),
    "dept": ("department",), "intl": ("international",), "natl": ("national",), "tho": ("though",),
    "bcoz": ("because",), "bc": ("because",), "cuz": ("because",),
}

# Everyday synonyms: a question word -> words an article would use. One direction:
# the key is what people ask, the values what a fact may say.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "war": ("conflict",),
    "conflict": ("war",),
    "threat": ("challenge", "challenges"),
    "threats": ("challenges",),
    "nation": ("country",),
    "nations": ("countries",),
    "country": ("nation",),
    "boss": ("head", "leader"),
    "tech": ("technology", "technologies"),
    "terror": ("terrorism", "terrorist"),
    "terrorism": ("terror",),
    "un": ("united", "nations"),
    "boost": ("enhance", "strengthen"),
    "increase": ("enhance",),
    "improve": ("enhance",),
    "stress": ("underscore", "underscored"),
    "emphasis": ("underscore", "importance"),
    "backing": ("support",),
    "ambitions": ("aspirations",),
    "ambition": ("aspirations",),
    "goals": ("aspirations",),
    "funding": ("financing",),
    "finance": ("financing",),
    "spokesperson": ("statement",),
    "counterterrorism": ("counter", "terrorism"),
    "cooperation": ("collaboration",),
    "collaboration": ("cooperation",),
    "extremism": ("radicalisation",),
    "radicalization": ("radicalisation",),
    "radicalize": ("radicalisation",),
    "combating": ("combatting",),
    "combatting": ("combating",),
    "venue": ("held", "place"),
    "held": ("took", "place"),
    "happen": ("held",),
    "happened": ("held",),
    "occur": ("held",),
    "occurred": ("held",),
    "took": ("held",),
    "talks": ("meetings", "discussions"),
    "meetings": ("talks",),
    "discussions": ("talks",),
    "sessions": ("meetings",),
    "summit": ("meetings",),
    "minister": ("ministry",),
    "ministry": ("minister",),
    "city": ("place",),
    "job": ("title", "position"),
    "position": ("title",),
    "designation": ("title",),
    "official": ("person",),
    "firmness": ("firm",),
}

# Words that make a title another office: a "deputy minister" is not the minister.
RANK_WORDS = ("deputy", "vice", "assistant", "acting", "former", "junior", "senior", "associate",
              "additional", "interim")

_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s", "er")


def stem(word: str) -> str:
    """A light suffix stripper: 'headed', 'heads' and 'heading' share 'head'.

    Deliberately crude (no dictionary): it only has to make a question's word and a
    fact's word meet, and both go through the same function.
    """
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            if len(base) > 3 and base[-1] == base[-2]:  # "planned" -> "plan"
                base = base[:-1]
            return base.rstrip("e") if len(base) > 4 else base
    return word.rstrip("e") if len(word) > 4 else word


RANK_STEMS = frozenset(stem(w) for w in RANK_WORDS)  # as they meet the stems of fact words


@cache
def common_words() -> frozenset[str]:
    """Common English words (english_words.txt): a question word listed there is a
    real word ("want", "join", "diplomat"), not a slip to correct towards a word of
    the facts ("went", "joint", "diplomacy"). Read on first use: most questions that
    need it have a word outside the facts' vocabulary anyway."""
    text = (Path(__file__).parent / "english_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
