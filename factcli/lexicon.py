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
ones just only very really again once during whether
within inside upon via through amid amidst amongst throughout beneath whereby thereof wherein whereas
mr mrs ms dr mister shri sri smt
""".split()
)

# Question frame words that are not content but are not plain stopwords either.
# "is it true that ...", "was it the case that ...": a statement asked yes or no
IS_IT_TRUE_THAT = r"(?:is|was)\s+it\s+(?:true|correct|accurate|right|the\s+case)\s+(?:that\s+)?"

FRAME_WORDS = frozenset(["exactly", "specifically", "actually", "kind", "sort", "type", "version", "variety",
                         "category", "categories", "class", "flavour", "flavor", "strain", "scale", "scales", "manner"])

# Chat and text-message spellings people type into a terminal, read as the words they
# stand for; an empty expansion is filler ("lol") that says nothing.
SHORTHAND: dict[str, tuple[str, ...]] = {
    # the ends of contractions, split off by words(): "they'd", "they'll", "we've", "they're"
    "d": ("would",), "ll": ("will",), "ve": ("have",), "re": ("are",),
    "wat": ("what",), "wats": ("what", "is"), "whats": ("what", "is"), "wut": ("what",), "wot": ("what",),
    "whos": ("who", "is"), "wheres": ("where", "is"), "whens": ("when", "is"), "hows": ("how", "is"),
    "wud": ("would",), "shud": ("should",), "cud": ("could",), "abt": ("about",), "bout": ("about",),
    "dat": ("that",), "da": ("the",), "teh": ("the",), "u": ("you",), "ur": ("your",), "r": ("are",),
    "y": ("why",), "n": ("and",), "w": ("with",), "wit": ("with",), "thru": ("through",),
    "ar": ("are",), "wer": ("were",), "wen": ("when",), "wher": ("where",),
    "kinda": ("kind", "of"), "sorta": ("sort", "of"),
    "pls": (), "plz": (), "lol": (), "thx": (), "thanks": (), "btw": (), "tbh": (), "pl": (),
    # spoken filler: says nothing of what is asked
    "basically": (), "um": (), "uh": (), "erm": (), "hmm": (), "anyway": (), "anyways": (), "honestly": (),
    # "the Foreign Minister himself": an emphasis, not a word of the relation asked
    "himself": (), "herself": (), "itself": (),
    # Philippine English: "po" (politeness), "ba" (a question), "naman", a tag "ano"
    "po": (), "ba": (), "naman": (), "ano": (),
    "literally": (), "hey": (), "hello": (), "ok": (), "okay": (), "yo": (),
    # a degree of how much a thing was about, not a word of the relation ("mainly about");
    # "tho" above is a question's last word ("a big deal tho")
    "mainly": (), "primarily": (), "chiefly": (), "mostly": (), "largely": (), "principally": (),
    "predominantly": (), "purely": (), "solely": (),
    "convo": ("conversation",), "convos": ("conversations",),
    "ppl": ("people",), "govt": ("government",), "mtg": ("meeting",), "mtgs": ("meetings",),
    "graf": ("paragraph",), "grafs": ("paragraphs",),  # as journalists write it
    "dept": ("department",), "intl": ("international",), "natl": ("national",), "tho": (),
    "bcoz": ("because",), "bc": ("because",), "cuz": ("because",),
    "dep": ("deputy",), "grp": ("group",), "grps": ("groups",), "fwd": ("forward",), "b4": ("before",),
    "collab": ("collaboration",), "colab": ("collaboration",), "collabs": ("collaborations",), "info": ("information",),
    "rep": ("representative",), "reps": ("representatives",), "org": ("organization",), "orgs": ("organizations",),
    "secy": ("secretary",), "yr": ("year",), "yrs": ("years",), "wk": ("week",), "wks": ("weeks",),
    "bilat": ("bilateral",), "multilat": ("multilateral",), "mgmt": ("management",),
    "fm": ("foreign", "minister"), "dfm": ("deputy", "foreign", "minister"),  # as diplomats write them
    "mfa": ("foreign", "ministry"),  # a ministry of foreign affairs, any country's
    "indo": ("india",),  # "Indo-Russian talks": India's, as "India-Russia talks" says
    "fms": ("foreign", "ministers"), "dfms": ("deputy", "foreign", "ministers"), "dy": ("deputy",),
    # a digit typed for a small number word ("the 2 sides"); homophones of wh-words
    "2": ("two",), "3": ("three",), "witch": ("which",), "wich": ("which",),
    "dose": ("does",),  # a slip for "does" that spell-checkers let through
    # "anti-terror" says what the facts call "counter-terrorism"
    "anti": ("counter",),
}

# Two-word phrases whose meaning is not their words': read as one word.
PHRASAL_VERBS: dict[tuple[str, str], str] = {
    ("set", "up"): "established", ("sets", "up"): "established", ("setting", "up"): "established",
    ("came", "up"): "discussed", ("come", "up"): "discussed", ("brought", "up"): "discussed",
    ("took", "up"): "discussed", ("zero", "in"): "focused", ("zeroed", "in"): "focused",
    ("more", "closely"): "enhance", ("step", "up"): "enhance", ("stepped", "up"): "enhance", ("ramp", "up"): "enhance",
    ("stepping", "up"): "enhance", ("steps", "up"): "enhance", ("ramping", "up"): "enhance",
    ("ramped", "up"): "enhance", ("ramps", "up"): "enhance", ("scale", "up"): "enhance", ("scaled", "up"): "enhance",
    ("scaling", "up"): "enhance",
    ("beef", "up"): "strengthen", ("beefing", "up"): "strengthen", ("beefed", "up"): "strengthen",
    ("beefs", "up"): "strengthen", ("team", "up"): "collaborate",
    ("teaming", "up"): "collaboration", ("put", "out"): "issued", ("spoke", "for"): "represented",
    # "the two countries" are the parties the facts already have in their slots
    ("same", "time"): "parallel", ("at", "once"): "parallel", ("as", "well"): "also",
    # "signed up to" is agreeing; "signed" alone is putting a name to a document, which
    # no fact need say happened
    ("signed", "up"): "agreed", ("sign", "up"): "agree", ("signing", "up"): "agreeing",
    ("play", "out"): "happen", ("plays", "out"): "happen", ("played", "out"): "happen",
    ("bad", "actors"): "terrorists", ("bad", "guys"): "terrorists",
    ("sit", "together"): "meet", ("sat", "together"): "met",
    ("sit", "down"): "meet", ("sat", "down"): "met", ("sits", "down"): "meets", ("sitting", "down"): "meeting",
    # "work harder (together)", "do more": cooperate more
    ("work", "harder"): "enhance", ("do", "more"): "enhance", ("together", "more"): "enhance",
    ("get", "together"): "meet", ("got", "together"): "met", ("gets", "together"): "meets",
    ("singled", "out"): "flagged", ("single", "out"): "flagged", ("picked", "out"): "flagged",
    ("bring", "about"): "foster", ("brings", "about"): "foster", ("brought", "about"): "foster",
    ("fall", "in"): "happen", ("fell", "in"): "happened", ("falls", "in"): "happens",  # "which month did they fall in"
    ("falls", "into"): "in", ("fall", "into"): "in", ("fell", "into"): "in",  # "falls into terrorists' hands"
    ("gave", "out"): "issued", ("give", "out"): "issued", ("gives", "out"): "issued", ("puts", "out"): "issued",
    ("sent", "out"): "issued", ("send", "out"): "issued",
    # "what day did this story go out": a piece that goes out is published
    ("go", "out"): "published", ("goes", "out"): "published", ("went", "out"): "published", ("gone", "out"): "published",
    ("go", "down"): "happen", ("went", "down"): "happened", ("goes", "down"): "happens",
    ("come", "out"): "published", ("came", "out"): "published", ("comes", "out"): "published",
    ("chewed", "over"): "discussed", ("mulled", "over"): "discussed",
    ("spoke", "up"): "backed", ("speak", "up"): "back", ("spoken", "up"): "backed",
    ("double", "down"): "reinforced", ("doubled", "down"): "reinforced",
    ("headed", "up"): "led", ("head", "up"): "led",
    # "when did the talks kick off / get under way": when they began
    ("kick", "off"): "began", ("kicked", "off"): "began", ("kicks", "off"): "began", ("kicking", "off"): "began",
    ("under", "way"): "started",
    # "went over Ukraine": discussed it
    ("went", "over"): "discussed", ("go", "over"): "discuss", ("goes", "over"): "discusses",
    ("going", "over"): "discussing", ("gone", "over"): "discussed",
    ("thumbs", "up"): "endorsement",
    # "the place India is after": the one it seeks
    ("is", "after"): "seeking", ("was", "after"): "seeking", ("are", "after"): "seeking",
    ("slip", "over"): "cross", ("slips", "over"): "crosses", ("slipped", "over"): "crossed",
    ("slipping", "over"): "crossing",
    # "the write-up": the article; "a seat at the top table": on the Security Council
    ("write", "up"): "article", ("top", "table"): "unsc",
    # "happenings near home and further afield": regional and global ones
    ("near", "home"): "regional", ("further", "afield"): "global", ("farther", "afield"): "global",
    # "bigger picture worries", "India's place on the world stage": global ones
    ("bigger", "picture"): "global", ("big", "picture"): "global", ("world", "stage"): "global",
    ("peace", "keeping"): "peacekeeping",
    # "brings India closer to its goal": a step towards it (not "closed", the end of a meeting)
    ("closer", "to"): "towards", ("nearer", "to"): "towards", ("closer", "toward"): "towards",
    ("bears", "on"): "means", ("bear", "on"): "means", ("bore", "on"): "means",
    # "talks on United Nations matters": the body the facts call the UN ("UN-related")
    ("united", "nations"): "un",
    # how many countries a forum has: two ("two-way") or many ("many-nation forums")
    ("two", "way"): "bilateral", ("many", "nations"): "multilateral", ("many", "nation"): "multilateral",
    ("many", "countries"): "multilateral", ("many", "country"): "multilateral",
    ("several", "nations"): "multilateral", ("several", "countries"): "multilateral",
    ("international", "forums"): "multilateral", ("wider", "forums"): "multilateral",
    ("international", "platforms"): "multilateral", ("wider", "platforms"): "multilateral",
    # "the world body": the UN, as news copy calls it; "played host": hosted
    ("world", "body"): "un", ("played", "host"): "hosted", ("play", "host"): "host", ("plays", "host"): "hosts",
    ("playing", "host"): "hosting", ("money", "trail"): "financing",
    # "what was India going after that Russia got behind": sought, backed; "spoke for": represented
    ("going", "after"): "seeking", ("go", "after"): "seek", ("went", "after"): "sought", ("goes", "after"): "seeks",
    ("going", "for"): "seeking", ("go", "for"): "seek", ("goes", "for"): "seeks", ("went", "for"): "sought",
    ("asking", "to"): "seeking", ("asks", "to"): "seeks", ("asked", "to"): "sought",  # "asking to be a member"
    ("got", "behind"): "backed", ("get", "behind"): "back", ("gets", "behind"): "backs",
    ("getting", "behind"): "backing", ("gotten", "behind"): "backed",
    ("speaking", "for"): "representing",
    ("party", "to"): "participated",  # "which two states were party to the consultations"
    ("spilling", "over"): "crossing", ("spill", "over"): "cross", ("spills", "over"): "crosses",
    ("spilled", "over"): "crossed",
    # "swap stories": share experiences ("stories" alone is the article)
    ("swap", "stories"): "exchanged", ("swapped", "stories"): "exchanged", ("swapping", "stories"): "exchanged",
    ("trade", "stories"): "exchanged", ("traded", "stories"): "exchanged",
    ("for", "good"): "permanently", ("for", "keeps"): "permanently",
    ("two", "countries"): "both", ("both", "countries"): "both", ("two", "nations"): "both",
    ("both", "nations"): "both", ("two", "sides"): "both", ("both", "sides"): "both",
    ("two", "lots"): "both", ("both", "lots"): "both",
    # "what did the two delegations exchange": the parties, as "the two sides" says
    ("two", "delegations"): "both", ("both", "delegations"): "both",
    # "to go over how things stand right now": the current situation
    # "to size up the development": to judge it, which the article does by describing it
    ("size", "up"): "describe", ("sized", "up"): "described", ("sizes", "up"): "describes",
    ("long", "form"): "expansion", ("longer", "form"): "expansion",  # "the long form of UNSC"
    ("right", "now"): "current", ("things", "stand"): "situation", ("things", "stood"): "situation",
    # "said to move India's goals forward": a step towards them
    ("move", "forward"): "towards", ("moves", "forward"): "towards", ("moved", "forward"): "towards",
    ("moving", "forward"): "towards", ("push", "forward"): "towards", ("pushes", "forward"): "towards",
    # "counting this latest one": the one reported, counted in
    ("latest", "one"): "one", ("most", "recent"): "latest",
}

# Three-word titles read as the one word they mean: "head of state" is no head of anything
# the facts name, and its "state" is not the verb.
# A capital that acts stands for its country's government ("what did Moscow say",
# "Moscow backs New Delhi"); where it is the place of something ("talks in Moscow"), it
# stays the city.
CAPITALS = {
    "Moscow": "Russia", "New Delhi": "India", "Delhi": "India", "Beijing": "China", "Washington": "the United States",
    "London": "Britain", "Paris": "France", "Berlin": "Germany", "Tokyo": "Japan", "Islamabad": "Pakistan",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Kabul": "Afghanistan", "Tehran": "Iran", "Ankara": "Turkey",
    # seats of government said for the government, as capitals are
    "Kremlin": "Russia", "White House": "the United States", "Downing Street": "Britain",
}


# Everyday descriptions of a term, read as the term: "the process of people being drawn
# into extremist views" is radicalisation. (keyword, pattern, term): the keyword is a
# cheap test before the pattern, which compiles on first use.
DESCRIBED_TERMS: tuple[tuple[str, str, str], ...] = (
    ("extrem", r"(?i)\b(?:(?:the\s+)?process\s+(?:of|by\s+which|whereby|through\s+which)\s+)?(?:young\s+)?"
               r"(?:people|individuals|youths?|persons?|someone|somebody)\s+(?:being|are|is|get|gets|getting|"
               r"become|becoming|come\s+to|coming\s+to)\s+(?:drawn|pulled|lured|pushed|led|sucked|adopt|"
               r"adopting|embrace|embracing)\s*(?:in(?:to)?\s+|toward\s+|towards\s+)?(?:extreme|extremist|radical)"
               r"\s+(?:views|ideas|ideologies|beliefs|positions|thinking)\b", "radicalisation"),
)


# Regions and the countries in them (general knowledge, as CAPITALS is): "the war in
# Eastern Europe" is a war in one of these, and a region holding a country the facts
# know places what is asked near it rather than naming something they lack.
REGIONS: dict[str, tuple[str, ...]] = {
    "eastern europe": ("Russia", "Ukraine", "Belarus", "Poland", "Moldova", "Romania", "Bulgaria", "Hungary",
                       "Slovakia", "Czech Republic"),
    "europe": ("Russia", "Ukraine", "Belarus", "Poland", "Moldova", "Romania", "Bulgaria", "Hungary", "Slovakia",
               "Czech Republic", "Germany", "France", "Britain", "United Kingdom", "Italy", "Spain", "Portugal",
               "Netherlands", "Belgium", "Austria", "Switzerland", "Sweden", "Norway", "Finland", "Denmark",
               "Greece", "Serbia", "Croatia", "Ireland"),
    "south asia": ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Bhutan", "Maldives", "Afghanistan"),
    "the subcontinent": ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Bhutan"),
    "asia": ("India", "China", "Japan", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Indonesia", "Vietnam",
             "Thailand", "Malaysia", "Korea", "South Korea", "North Korea", "Afghanistan", "Iran", "Kazakhstan"),
    "eurasia": ("Russia", "Kazakhstan", "Belarus", "Ukraine", "Turkey"),
    "the middle east": ("Iran", "Iraq", "Israel", "Saudi Arabia", "Syria", "Jordan", "Lebanon", "Yemen", "Egypt"),
    "africa": ("Egypt", "Nigeria", "South Africa", "Kenya", "Ethiopia"),
    "latin america": ("Brazil", "Mexico", "Argentina", "Chile", "Colombia", "Peru"),
}
# their adjectives: "the Eastern European war", "a South Asian nation"
REGION_ADJECTIVES = {"eastern european": "eastern europe", "european": "europe", "south asian": "south asia",
                     "asian": "asia", "eurasian": "eurasia", "middle eastern": "the middle east",
                     "african": "africa", "latin american": "latin america"}


def capital_country(capital: str) -> str | None:
    """The country a capital stands for, however it is cased; None for any other name."""
    return next((country for name, country in CAPITALS.items() if name.lower() == capital.lower()), None)

# Three-word phrases read as the one word they mean: titles, and idioms the facts say plainly.
THREE_WORD_PHRASES: dict[tuple[str, str, str], str] = {
    # "did India have a go at Russia": criticise it, which is no talk with it
    ("a", "go", "at"): "criticise",
    ("head", "of", "state"): "president", ("head", "of", "government"): "premier",
    ("chief", "of", "staff"): "chief-of-staff", ("secretary", "of", "state"): "secretary-of-state",
    ("with", "respect", "to"): "regarding",
    ("state", "of", "affairs"): "situation", ("state", "of", "play"): "situation", ("in", "respect", "of"): "regarding",
    ("the", "bit", "about"): "regarding", ("the", "part", "about"): "regarding",
    ("calling", "the", "shots"): "leading", ("called", "the", "shots"): "led", ("call", "the", "shots"): "lead",
    ("one", "on", "one"): "bilateral", ("one", "to", "one"): "bilateral",
    ("close", "to", "home"): "regional", ("near", "to", "home"): "regional", ("closer", "to", "home"): "regional",
    ("lots", "of", "nations"): "multilateral", ("lots", "of", "countries"): "multilateral",
    ("groups", "of", "nations"): "multilateral", ("groups", "of", "countries"): "multilateral",
    ("groupings", "of", "nations"): "multilateral", ("groupings", "of", "countries"): "multilateral",
    # "the 13th in its series": its round ("a series of meetings" stays a series)
    ("in", "its", "series"): "round", ("in", "the", "series"): "round", ("in", "that", "series"): "round",
    ("in", "their", "series"): "round",
    # idioms for working together, said as the noun the facts use
    ("hand", "in", "hand"): "cooperation", ("side", "by", "side"): "cooperation",
    ("join", "forces", "with"): "cooperation", ("joined", "forces", "with"): "cooperation",
}

# Everyday near-synonyms in news about diplomacy and security: each group's words may
# stand for one another, whichever one a question or an article uses. General English,
# not any one article; a word with several senses is only grouped by its common one.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("war", "conflict", "fighting", "hostilities", "crisis", "theatre", "theater"),
    ("threat", "threats", "challenge", "challenges", "menace", "menaces", "danger", "dangers", "risk", "risks",
     "worry", "worries", "concern", "concerns", "exposure", "difficulty", "difficulties", "headache", "headaches",
     "hurdles", "obstacles", "hazards", "pitfalls"),
    ("nation", "nations", "country", "countries"),
    ("boss", "head", "leader", "chief", "captain", "skipper", "helmsman", "principal"),
    ("tech", "technology", "technologies", "tools", "gadgets", "innovations"),
    ("terror", "terrorism", "terrorist", "terrorists", "militancy"),
    ("boost", "boosting", "enhance", "enhanced", "strengthen", "strengthening", "increase", "improve", "bolster",
     "deepen", "intensify", "expand", "reinforce", "reinforced", "fortify"),
    ("stress", "stressed", "emphasise", "emphasize", "emphasised", "emphasized", "emphasis", "underscore",
     "underscored", "highlight", "highlighted"),
    ("support", "backing", "back", "backed", "endorse", "endorsed", "endorsement", "stance", "favour", "favor",
     "champion", "championed", "advocate", "advocated", "approval", "blessing", "sponsorship", "advocacy",
     "championing", "solidarity", "encouragement", "thumbs-up", "nod"),
    ("bid", "seek", "sought", "seeking", "campaign", "campaigning", "pursue", "pursuing", "quest", "push",
     "goal", "goals", "hope", "hoping", "candidature", "candidacy"),
    ("funding", "financing", "finance", "money", "funds", "cash", "bankrolling", "monetary", "financial", "fiscal"),
    ("statement", "release", "announcement", "communique", "communiqu\u00e9", "readout", "bulletin"),
    ("cooperation", "collaboration", "partnership", "teamwork", "teaming", "working", "co-operation",
     "co-ordination", "liaison", "tie-up", "partnering"),
    ("extremism", "radicalisation", "radicalization", "radicalism", "radicalize", "radical", "radicals",
     "extremist", "extremists", "extremist views", "indoctrination", "brainwashing", "self-radicalisation",
     "fanaticism", "zealotry", "ultra-radicalism"),
    ("combating", "combatting", "fighting", "countering", "tackling", "battling", "fight", "combat", "counter",
     "against", "curb", "curbing", "thwart", "thwarting", "defeat", "defeating", "eradicate", "eradicating"),
    ("talks", "meetings", "discussions", "sessions", "summit", "dialogue", "negotiations", "consultations",
     "gatherings", "gathering", "encounter", "encounters", "get-together", "parleys", "deliberations",
     "conversations", "sit-down", "confab", "huddle", "workstreams", "chinwag", "chinwags",
     "reunion", "reunions"),  # a learner's word for a meeting (reuni\u00f3n, reuni\u00e3o, r\u00e9union)
    ("minister", "ministry", "vice-minister", "undersecretary", "under-secretary"),
    ("job", "title", "position", "designation", "post", "role", "rank", "portfolio"),
    ("platform", "platforms", "forum", "forums", "arena", "arenas", "settings", "formats"),
    ("experience", "experiences", "expertise", "lessons", "insights", "notes", "knowledge", "know-how",
     "knowhow", "practices"),
    ("share", "shared", "exchange", "exchanged", "swap", "swapped", "trade", "traded", "pool", "pooled", "compare",
     "compared"),
    ("membership", "seat", "place", "spot", "status"),
    ("permanent", "lasting", "fixed"),
    ("bilateral", "two-way"),
    ("global", "worldwide", "international", "world", "broader", "wider", "overall"),
    ("firmness", "firm", "firmly", "strong", "strongly", "solid", "solidly", "steadfast", "unwavering", "resolute"),
    ("official", "person", "diplomat", "representative", "envoy", "delegate"),
    ("issue", "issues", "matters", "topics", "subjects", "questions", "themes", "theme", "agenda"),
    ("gathering", "gatherings", "conference", "conferences", "parley", "huddle", "meet", "session"),
    ("conversation", "conversations", "discussion", "discussions", "chat", "chats", "deliberations"),
    ("senior", "high-level", "top-level", "high-ranking", "ministerial", "top", "seniority"),
    ("regional", "local", "neighbourhood", "neighborhood", "nearby"),
    ("developments", "happenings", "events", "affairs", "situation", "situations", "trends", "goings-on"),
    ("misuse", "abuse", "exploitation", "use"),
    ("purposes", "purpose", "ends", "aims", "aim", "uses", "objectives"),
    ("permanent", "permanently"),
    ("border", "borders", "frontier", "frontiers", "boundaries", "cross-border", "transnational", "borderland"),
    ("parallel", "simultaneously", "concurrently", "alongside", "meanwhile"),
    ("body", "organ", "institution", "organisation", "organization"),
    ("relations", "ties", "relationship", "relationships", "bond", "bonds", "links"),
    ("foster", "fostering", "build", "forge", "forging", "nurture", "cultivate", "promote", "cement", "cementing",
     "solidify"),
    ("addressing", "address", "tackle", "tackling", "handle", "handling", "deal", "dealing", "confront"),
    ("reiterated", "reiterate", "reaffirmed", "reaffirm", "repeated", "restated", "renewed", "recommitted"),
    ("voiced", "expressed", "stated", "said", "declared", "conveyed", "announced", "announce"),
    ("importance", "value", "significance", "need", "necessity", "centrality", "primacy", "criticality"),
    ("significant", "major", "important", "notable", "key", "big", "momentous", "landmark", "noteworthy", "weighty",
     "consequential", "meaningful"),
    ("step", "milestone", "move", "stride", "advance"),
    ("new", "fresh", "novel", "modern", "latest", "new-age"),
    ("emerging", "rising", "growing", "evolving", "new"),
    ("aspirations", "aspiration", "ambitions", "ambition", "hopes", "dreams", "dream", "desire", "wish", "wishes"),
    ("focus", "focused", "focussed", "concentrate", "concentrated", "centred", "centered", "dwell", "dwelt"),
    ("led", "headed", "chaired", "helmed", "fronted", "spearheaded", "ran", "captained", "steered", "piloted",
     "commanded", "oversaw", "skippered", "quarterbacked", "marshalled", "marshaled"),
    ("team", "squad", "line-up", "lineup"),
    ("joint", "jointly", "together", "collective", "collectively", "combined", "concerted"),
    ("reformed", "reform", "overhauled", "overhaul", "revamped", "revamp", "restructured", "remodelled", "remodeled",
     "changed", "reshaped", "reworked", "modernised", "modernized", "transformed"),
)
# One way: a question word -> words an article may use for it, not the reverse.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "un": ("united", "nations"),
    "counterterrorism": ("counter", "terrorism"),
    "venue": ("held", "place"),
    "held": ("took", "place"),
    # "what will the partnership strengthen": what it makes stronger
    "strengthen": ("stronger",), "strengthens": ("stronger",), "strengthening": ("stronger",),
    "happen": ("held",), "happened": ("held",), "occur": ("held",), "occurred": ("held",), "took": ("held",),
    "city": ("place",),
    "meet": ("meetings", "talks"), "met": ("meetings", "talks"),  # "when did they meet": the meetings' dates
}

# Words that make a title another office: a "deputy minister" is not the minister.
RANK_WORDS = ("deputy", "vice", "assistant", "acting", "former", "junior", "senior", "associate",
              "additional", "interim")

_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s", "er")


# Spellings of one sound, rewritten to one before a word's sound key is taken.
_SOUNDS = (("tion", "sn"), ("sion", "sn"), ("ph", "f"), ("sh", "s"), ("ch", "k"), ("ck", "k"), ("qu", "kw"),
           ("x", "ks"), ("yu", "u"), ("oo", "u"), ("ee", "i"), ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"),
           ("q", "k"), ("z", "s"), ("w", "v"))
# Letters a word spelt by ear may start with for one another ("yukrain", "kounsil").
SOUND_ALIKE_INITIALS = {"c": "ks", "k": "cq", "s": "cz", "z": "s", "f": "p", "p": "f", "v": "w", "w": "v",
                        "j": "g", "g": "j", "y": "aeiou", "a": "eiouy", "e": "aiouy", "i": "aeouy", "o": "aeiuy",
                        "u": "aeioy"}


# Letters other languages write a Slavic name's sounds with, as English writes them:
# German "sch" and "w" ("Werschinin"), Polish "sz", "cz" and "w" ("Wierszynin")
_ENGLISH_LETTERS = (("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("w", "v"), ("ie", "e"), ("y", "i"))


def english_spelling(word: str) -> str:
    """A name spelt the way German or Polish write it, spelt the English way."""
    for foreign, english in _ENGLISH_LETTERS:
        word = word.replace(foreign, english)
    return word


def sound_key(word: str) -> str:
    """A word as it sounds, roughly: its first sound and its consonants, doubled ones
    once ("rushan" and "russian" are both "rsn", "yukrain" and "ukraine" "ukrn")."""
    said = word.lower()
    for spelt, sound in _SOUNDS:
        said = said.replace(spelt, sound)
    if not said:
        return ""
    first = "a" if said[0] in "aeiouy" else said[0]
    key = [first]
    for letter in said[1:]:
        if letter not in "aeiouyh" and letter != key[-1]:
            key.append(letter)
    return "".join(key)


def ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# "thirteenth" -> "13th", so a word and a figure meet; "first" and "second" have other senses
_ORDINAL_DIGITS = {w: f"{n}{ordinal_suffix(n)}" for n, w in enumerate("""first second third fourth fifth sixth
    seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
    nineteenth twentieth""".split(), 1) if n > 2}


# Nouns kept apart from the verb they come from: "the meetings" names an event, "did
# Lal meet Galuzin" asks a relation.
_NOUNS_NOT_VERBS = {"meeting": "meeting", "meetings": "meeting",
                    # "which direction" asks a compass point, not who directed (led) anything
                    "direction": "direction", "directions": "direction"}

# Irregular verb forms too short for the suffix rules, read as their plain verb:
# "what did the MEA say" meets "stated ... said".
_IRREGULAR = {"said": "say", "says": "say",
              # too short for the suffix rule: "terrorists using technology" is its use
              "using": "use", "used": "use", "uses": "use"}


def stem(word: str) -> str:
    """A light suffix stripper: 'headed', 'heads' and 'heading' share 'head'.

    Deliberately crude (no dictionary): it only has to make a question's word and a
    fact's word meet, and both go through the same function.
    """
    if word in _ORDINAL_DIGITS:
        return _ORDINAL_DIGITS[word]  # "thirteenth" and "13th" meet
    if word in _NOUNS_NOT_VERBS:
        return _NOUNS_NOT_VERBS[word]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "es" and not word[:-2].endswith(("s", "x", "z", "ch", "sh")):
                suffix = "s"  # "sides" is "side" + s, as "boxes" is "box" + es
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            if len(base) > 3 and base[-1] == base[-2]:  # "planned" -> "plan"
                base = base[:-1]
            return _verb_in_ate(base.rstrip("e") if len(base) > 4 else base)
    return _verb_in_ate(word.rstrip("e") if len(word) > 4 else word)


def _verb_in_ate(base: str) -> str:
    """'collaborate' and 'collaborated' meet 'collaboration' ('collabor'): a long stem's
    -at is the -ate of a verb whose noun ends in -ation, which loses it whole. Short
    stems keep it ('combat', 'format', 'state')."""
    return base[:-2] if len(base) >= 7 and base.endswith("at") else base


RANK_STEMS = frozenset(stem(w) for w in RANK_WORDS)  # as they meet the stems of fact words


def _word_list(name: str) -> frozenset[str]:
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def place_names() -> frozenset[str]:
    """Countries, demonyms and major cities (place_names.txt): general knowledge. One the
    facts never use names something they do not cover, capitalised or not."""
    return _word_list("place_names.txt")


@cache
def not_nouns() -> frozenset[str]:
    """Common words that are only ever verbs or adverbs ("appears", "newly"; not_nouns.txt,
    from WordNet): one ends the noun phrase a question asks about, and never names a
    thing the facts lack. Read on first use."""
    return _word_list("not_nouns.txt")


@cache
def common_words_from(letter: str) -> tuple[str, ...]:
    """The common English words that start with `letter`, sorted: where a misspelling
    of a word the facts do not use is looked up."""
    return tuple(sorted(w for w in common_words() if w[0] == letter))


@cache
def common_words() -> frozenset[str]:
    """Common English words (english_words.txt): a question word listed there is a
    real word ("want", "join", "diplomat"), not a slip to correct towards a word of
    the facts ("went", "joint", "diplomacy"). Read on first use: most questions that
    need it have a word outside the facts' vocabulary anyway."""
    return _word_list("english_words.txt")


@cache
def _table_text(name: str) -> str:
    return "\n" + (Path(__file__).parent / name).read_text(encoding="utf-8")


def _looked_up(name: str, stem_: str) -> frozenset[str]:
    """The stems a table file (a stem, a tab, stems) lists for a stem. The file is
    searched as text, not parsed: a question needs a handful of its lines, and a
    one-question run should not pay for the rest."""
    text = _table_text(name)
    at = text.find(f"\n{stem_}\t")
    if at < 0:
        return frozenset()
    start = at + len(stem_) + 2
    return frozenset(text[start : text.find("\n", start)].split())


@cache
def wordnet_related(stem_: str) -> frozenset[str]:
    """The stems WordNet relates to a stem (related_words.txt): a looser link than the
    synonym groups above, for paraphrases no hand-made table foresaw ("menace" for
    "threat", "convened" for "met")."""
    return _looked_up("related_words.txt", stem_)


@cache
def everyday_related(stem_: str) -> frozenset[str]:
    """The words of the facts an everyday word stands for (everyday_words.txt, one way:
    "militant" -> "terrorist", "revamp" -> "reform"): words no synonym group above has."""
    return _looked_up("everyday_words.txt", stem_)


def _related_stems() -> dict[str, frozenset[str]]:
    related: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems = {stem(w) for w in group}
        for s in stems:
            related.setdefault(s, set()).update(stems - {s})
    for word, others in SYNONYMS.items():
        related.setdefault(stem(word), set()).update(stem(w) for w in others)
    return {s: frozenset(r) for s, r in related.items()}


# stem -> stems a fact may use for it, from both tables above
RELATED_STEMS = _related_stems()
# stem -> the stems of a synonym said in several words ("un": united, nations): each is
# only part of what the word says
PART_STEMS = {stem(word): frozenset(stem(w) for w in others) for word, others in SYNONYMS.items() if len(others) > 1}
