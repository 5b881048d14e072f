"""The host and the guest of the meetings the facts report, for questions that name a
country by its part rather than its name: "the host nation's team", "the visiting
side". The host is the country whose capital the meetings were held in; the guest is
the other country the meetings' own names give ("India-Russia talks" in Moscow: India).
Nothing is read when the facts report meetings in more than one country, or name no
single other country: a question about "the hosts" is then left as it is said."""

from __future__ import annotations

import re

from factcli.index import Index, content_stems
from factcli.lexicon import capital_country

# "the host country", "the host nation's group", "the hosts", "the home side": the host;
# "the visiting delegation", "the guests", "the visitors": the guest. A noun after the
# part stays ("host side" -> "Russia's side"), a country noun gives way to the name.
_COUNTRY_NOUNS = r"country|nation|state|government"
_PARTY_NOUNS = r"side|team|delegation|group|officials?|diplomats?|negotiators?|contingent|camp|party|leader|chief|head"
_HOST = (rf"(?i)\b(?:the\s+)?(?:host(?:ing)?|home)\s+(?:(?P<country>{_COUNTRY_NOUNS})(?P<own>['\u2019]s)?\b"
         rf"|(?P<party>{_PARTY_NOUNS})\b)|\b(?:the\s+)?hosts\b(?P<hosts_own>['\u2019])?")
_GUEST = (rf"(?i)\b(?:the\s+)?(?:visiting|guest|travell?ing)\s+(?:(?P<country>{_COUNTRY_NOUNS})(?P<own>['\u2019]s)?\b"
          rf"|(?P<party>{_PARTY_NOUNS})\b)|\b(?:the\s+)?(?:visitors|guests)\b(?P<hosts_own>['\u2019])?")


def named_by_part(question: str, index: Index) -> str:
    """The question with "the host country" / "the visiting side" said by the
    country's name, when the facts tell which country that is."""
    low = question.lower()
    if not any(word in low for word in ("host", "home", "visit", "guest", "travel")):
        return question  # (most questions say neither: no pattern is compiled for them)
    host, guest = host_and_guest(index)
    for pattern, country in ((_HOST, host), (_GUEST, guest)):
        if country:
            question = re.sub(pattern, lambda m, c=country: _said_as(m, c), question)
    return question


def _said_as(match: re.Match[str], country: str) -> str:
    if match.group("party"):
        return f"{country}'s {match.group('party')}"
    owned = match.group("own") or match.group("hosts_own")
    return f"{country}'s" if owned else country


def host_and_guest(index: Index) -> tuple[str | None, str | None]:
    """The names of the host country and the guest country, each or both None when
    the facts do not make it one country."""
    store = index.store
    by_name = {e.name.lower(): e for e in store.entities.values() if e.type == "country"}
    hosts: set[str] = set()
    wholes = [e for e in store.entities.values() if e.type == "event" and not e.part_of]
    for event in wholes:
        for i in index.facts_by_entity.get(event.id, ()):
            fact = store.facts[i]
            places = [fact.object] if isinstance(fact.object, str) and fact.subject == event.id else []
            places += [v for k, v in fact.qualifiers if k == "place"]
            for place in places:
                city = store.entities.get(place)
                country = capital_country(city.name) if city is not None and city.type == "city" else None
                if country and country.lower() in by_name:
                    hosts.add(by_name[country.lower()].name)
    if len(hosts) != 1:
        return None, None
    host = hosts.pop()
    named: set[str] = set()
    for event in wholes:
        for text in (event.name, *event.aliases, event.description):
            stems = content_stems(text, index.canon)
            named |= {m.entity for m in index.mentions(stems, exclusive=False)
                      if store.entities[m.entity].type == "country"}
    others = {store.entities[e].name for e in named} - {host}
    return host, (others.pop() if len(others) == 1 else None)
