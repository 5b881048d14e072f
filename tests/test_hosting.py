"""The host and the guest of the meetings: "the host nation's team" is the team of the
country the meetings were held in, and nothing is guessed when the facts do not make
it one country."""

from __future__ import annotations

import shutil

from conftest import run

from factcli.hosting import host_and_guest, named_by_part
from factcli.index import Index
from factcli.load import load_store, shipped_facts

# a second meeting, held in New Delhi: the facts no longer make one country the host
_DELHI_TALKS = """\
sources:
  - id: delhi-talks-2025
    title: "India and Russia meet in New Delhi"
    date: "2025-02-01"
    path: ../seeds/delhi.txt
entities:
  - id: new-delhi
    name: New Delhi
    type: city
    description: "Capital of India."
  - id: delhi-talks
    name: the Delhi talks
    type: event
    aliases: ["Delhi talks"]
    description: "India-Russia talks held in New Delhi."
facts:
  - id: delhi-talks-venue
    subject: delhi-talks
    predicate: held-in
    object: new-delhi
    source: delhi-talks-2025
    quote: "India and Russia held talks in New Delhi"
"""


def test_the_host_is_the_country_of_the_capital_the_meetings_were_held_in():
    index = Index.build(load_store(shipped_facts()))
    assert host_and_guest(index) == ("Russia", "India")
    assert named_by_part("Who led the host country's side?", index) == "Who led Russia's side?"
    assert named_by_part("who headed the visiting delegation", index) == "who headed India's delegation"
    assert named_by_part("which country hosted the talks", index) == "which country hosted the talks"


def test_questions_naming_a_side_by_its_part_get_that_side_s_answer():
    assert run("ask", "Who fronted the host country's side?").stdout.startswith("Sergey Vershinin")
    assert run("ask", "who led the guests").stdout.startswith("Tanmaya Lal")


def test_no_host_is_read_when_meetings_were_held_in_two_countries(tmp_path):
    facts = tmp_path / "facts"
    shutil.copytree(shipped_facts(), facts)
    shutil.copytree(shipped_facts().parent / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "delhi.txt").write_text("India and Russia held talks in New Delhi.", encoding="utf-8")
    (facts / "delhi.yaml").write_text(_DELHI_TALKS, encoding="utf-8")
    index = Index.build(load_store(facts))
    assert host_and_guest(index) == (None, None)
    assert named_by_part("Who led the host country's side?", index) == "Who led the host country's side?"
