"""The ask contract: concise answers with provenance, honest refusals, JSON shape,
batch mode and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SECOND, run

from factcli.evaluate import evaluate, read_gold
from factcli.index import Index
from factcli.load import load_store, shipped_facts
from factcli.question import analyse

ASK_KEYS = {"question", "answered", "answer", "confidence", "reason", "fact", "source", "alternatives"}


def test_json_answer_carries_fact_and_verbatim_source_offsets():
    result = run("ask", "who led the Russian side", "--json")
    assert result.exit_code == 0
    data = result.json
    assert set(data) == ASK_KEYS
    assert data["answered"] is True and data["answer"] == "Sergey Vershinin" and data["reason"] is None
    assert 0.8 <= data["confidence"] <= 1.0
    source = data["source"]
    text = Path(source["path"]).read_text(encoding="utf-8")
    assert text[source["start"]:source["end"]] == source["quote"] == data["fact"]["quote"]
    assert source["date"] == "2024-12-21"


def test_unknown_entity_is_declined_not_swapped_for_a_known_one():
    result = run("ask", "who led the Chinese delegation", "--json")
    assert result.exit_code == 1
    data = result.json
    assert data["answered"] is False and data["answer"] is None
    assert "chinese" in data["reason"].lower()


def test_two_answers_too_close_to_call_are_both_offered():
    result = run("ask", "who led the delegation", "--json")
    assert result.exit_code == 1
    data = result.json
    assert data["answered"] is False and "too close to call" in data["reason"]
    assert {a["answer"] for a in data["alternatives"]} == {"Tanmaya Lal", "Sergey Vershinin"}


def test_human_output_puts_the_answer_first_then_provenance():
    out = run("ask", "what does MEA stand for").stdout.splitlines()
    assert out[0] == "Ministry of External Affairs"
    assert any(line.startswith("quote") and "Ministry of External Affairs (MEA)" in line for line in out)
    assert any(line.startswith("confidence") for line in out)


def test_explain_and_top_show_why_and_runners_up():
    result = run("ask", "who headed the Russian team", "--explain", "--top", "3")
    assert result.exit_code == 0
    assert "answer type" in result.stdout and "russian-delegation" in result.stdout
    assert "candidates" in result.stdout


def test_typos_and_terse_queries():
    assert run("ask", "what is Vershinen's title", "--json").json["answer"].startswith("Deputy Minister")
    assert "Galuzin" in run("ask", "who did Lal meet", "--json").json["answer"]


@pytest.mark.parametrize("question, answer", [("who led the rushan delegation", "Sergey Vershinin"),
                                              ("what did they discus about yukrain", "conflict in Ukraine"),
                                              # one slip from "meaning" and from "meeting": the one it sounds like
                                              ("where was the meating held", "Moscow")])
def test_a_word_spelt_as_it_sounds_is_read_as_the_word_it_sounds_like(question, answer):
    result = run("ask", question, "--json")
    assert result.exit_code == 0 and result.json["answer"] == answer


@pytest.mark.parametrize("question, answer", [
    ("Accordig to the MEA, what did the two sides agree to?",
     "enhance cooperation on radicalisation, terror financing, and the use of technology for terrorist purposes"),
    ("Which side put out the press release, Inda or Russia?", "India"),
    ("Between Vershinin and Galuzin, whcih one met Lal about Ukraine?", "Mikhail Galuzin"),
    ("which contries took part in the jwg", "India and Russia")])
def test_a_misspelt_word_is_read_as_meant_by_every_reading_of_the_question(question, answer):
    # the readings that look at the question's text ("according to", "X or Y", "which
    # one", "countries") see the words as corrected; the answer shows the question as asked
    data = run("ask", question, "--json").json
    assert data["answer"] == answer and data["question"] == question


def test_a_short_word_with_a_letter_dropped_is_read_whole_when_only_one_word_fits():
    result = run("ask", "Where did the hig-level meetings hapen?", "--json")
    assert result.exit_code == 0 and result.json["answer"] == "Moscow"
    assert Index.build(load_store(shipped_facts())).correct("sid") == "sid"  # "side" and "said": no guess


def test_a_word_said_again_by_its_prefix_is_no_misspelling():
    index = Index.build(load_store(shipped_facts()))
    # "restated" is "stated" again, not a slip of "related"; "untied" stays a slip of "united"
    assert index.correct("restated") == "restated" and index.correct("untied") == "united"


def test_an_everyday_word_or_its_form_is_never_respelt_by_sound():
    index = Index.build(load_store(shipped_facts()))
    # "menaces" sounds like the facts' "means", "manyth" like "month"
    assert index.correct("menaces") != "means" and "manyth" in analyse("met for the how-manyth time", index).tokens


def test_a_word_split_apart_is_joined_when_its_parts_are_no_words():
    index = Index.build(load_store(shipped_facts()))
    assert "working" in analyse("who led india at the work ing group", index).tokens


def test_a_wh_word_after_a_preposition_opens_a_relative_clause_not_a_question():
    index = Index.build(load_store(shipped_facts()))
    question = "Was radicalisation among the subjects on which the two countries shared their experience?"
    assert analyse(question, index).wanted == "yesno"
    # a yes/no question followed by a question of its own is that question
    assert analyse("Did the same official lead both delegations, and if so who?", index).wanted != "yesno"


def test_a_capital_before_a_noun_of_meeting_is_the_city_not_its_country():
    index = Index.build(load_store(shipped_facts()))
    for question in ("Over which days did the Moscow discussions run?", "What did the Moscow negotiations cover?"):
        assert "russia" not in analyse(question, index).entities


def test_an_entity_card_names_what_it_is_part_of():
    result = run("about", "JWG")
    assert result.exit_code == 0 and "part of" in result.stdout and "the Moscow talks" in result.stdout
    assert run("about", "JWG", "--format", "json").json["part_of"] == "moscow-talks"


def test_a_form_of_a_word_the_facts_use_is_no_slip_for_another_word():
    index = Index.build(load_store(shipped_facts()))
    # "pose" is the facts' "posed", not a slip for "post" (a word of the relation holds-title)
    assert ("pose", "post") not in analyse("In whose hands do new technologies pose challenges?", index).corrections


def test_a_misspelling_between_two_words_takes_the_one_ending_as_typed():
    index = Index.build(load_store(shipped_facts()))
    assert index.correct("ministery") == "ministry" and index.correct("vershinen") == "vershinin"


def test_batch_answers_every_line_in_order_as_json_lines():
    lines = "who led the Russian side\n\nwhat is the capital of France\nwhat does UNSC stand for\n"
    result = run("ask", "-", "--json", input=lines)
    assert result.exit_code == 0
    records = result.jsonl
    assert [r["question"] for r in records] == lines.splitlines()
    assert [r["answered"] for r in records] == [True, False, False, True]


def test_empty_question_is_a_usage_error():
    result = run("ask", "   ")
    assert result.exit_code == 2 and "empty" in result.stderr and result.stdout == ""


def test_markup_prints_literally_and_control_characters_never_reach_the_terminal():
    question = "who led the [/] Russian [bold]side"
    assert run("ask", question, "--json").json["question"] == question
    marked = run("ask", question, "--explain")
    assert marked.exit_code in (0, 1) and "[bold]" not in marked.stdout.replace("bold ->", "")
    hostile = run("ask", "who led the \x1b[31mRussian side\x07", "--explain")
    assert "\x1b" not in hostile.stdout and "\x07" not in hostile.stdout


def test_about_shows_the_entity_card():
    result = run("about", "vershinen", "--json")
    assert result.exit_code == 0
    data = result.json
    assert data["name"] == "Sergey Vershinin" and len(data["facts"]) >= 2
    missing = run("about", "Xi Jinping")
    assert missing.exit_code == 2 and "no entity matches" in missing.stderr


def test_eval_command_reports_json_figures():
    result = run("--facts", str(SECOND / "facts"), "eval", str(SECOND / "questions.yaml"), "--json")
    assert result.exit_code == 0
    data = result.json
    assert data["answerable_right"] == 1.0 and data["unanswerable_declined"] == 1.0 and data["wrong"] == 0


def test_gold_questions_meet_the_issue_targets():
    """The issue's targets on the seed article's own gold questions (tests/questions.yaml):
    at least 97% of answerable questions right, 95% of unanswerable ones declined, at most
    2 wrong answers. (Held-out sets written by others score lower; see the README.)"""
    index = Index.build(load_store(shipped_facts()))
    report = evaluate(read_gold(SECOND.parent.parent / "questions.yaml"), index)
    assert report.answerable >= 100 and report.unanswerable >= 25
    assert report.answerable_right >= 0.97
    assert report.unanswerable_declined >= 0.95
    assert report.wrong <= 2


def test_yes_no_questions_are_confirmed_only_by_a_fact_that_states_them():
    confirmed = run("ask", "Did Russia back India's bid for permanent UNSC membership?", "--json")
    assert confirmed.exit_code == 0 and confirmed.json["answer"] == "Yes"
    assert confirmed.json["fact"]["predicate"] == "supports"
    # the same words the other way round are not what the facts say
    reversed_ = run("ask", "did India support Russia's bid", "--json")
    assert reversed_.exit_code == 1 and reversed_.json["answered"] is False
    # "the bid" says the head noun of the fact's object, every other word explained
    head = run("ask", "Did Russia support the bid?", "--json")
    assert head.exit_code == 0 and head.json["answer"] == "Yes"
    # a word the object does not say is a claim no fact confirms
    for unconfirmed in ("Did Russia support the bid for a non-permanent seat?", "Did Russia oppose the bid?"):
        assert run("ask", unconfirmed, "--json").exit_code == 1, unconfirmed


def test_a_part_of_the_talks_is_no_rival_to_the_talks():
    # the talks covered the war, and Lal's meeting with Galuzin was part of them: no
    # fact says it was not taken up there (had been "No: the Moscow talks")
    result = run("ask", "Was the Ukraine conflict taken up in Lal's meeting with Galuzin?", "--json")
    assert not (result.json["answer"] or "").startswith("No")


def test_a_dateline_says_no_date_of_what_its_sentence_reports():
    # the first sentence opens with the article's date ("date 2024-12-21"), which is no
    # day the talks were held on (had been "2024-12-21")
    result = run("ask", "were the talks december 19-20 or december 21", "--json")
    assert result.json["answer"] is None or "19" in result.json["answer"]


def test_questions_about_what_comes_next_are_declined():
    result = run("ask", "where will the next round be held", "--json")
    assert result.exit_code == 1
    assert "what comes next" in result.json["reason"]
    # a source's words do not make a forecast answerable ("next" is still what comes next)
    result = run("ask", "According to the article, where will the next round be held?", "--json")
    assert result.exit_code == 1 and "what comes next" in result.json["reason"]
    result = run("ask", "What will Russia do about the UNSC?", "--json")
    assert result.exit_code == 1 and "what comes next" in result.json["reason"]


def test_a_number_the_facts_never_give_is_declined():
    result = run("ask", "who led the Indian side at the ninth JWG", "--json")
    assert result.exit_code == 1 and result.json["answered"] is False


def test_what_kind_of_asks_for_the_qualifier_in_the_source():
    result = run("ask", "India wants a permanent seat on what kind of UNSC?", "--json")
    assert result.exit_code == 0
    assert result.json["answer"] == "reformed UNSC"
    source = result.json["source"]
    assert "reformed UNSC" in source["quote"]


def test_an_unknown_noun_asked_for_is_declined():
    result = run("ask", "what was the budget of the Moscow talks", "--json")
    assert result.exit_code == 1 and "budget" in result.json["reason"]


def test_lower_case_unknown_names_are_declined_too():
    result = run("ask", "who led the pakistani delegation", "--json")
    assert result.exit_code == 1 and "pakistani" in result.json["reason"]


# Question shapes, each with the answer a reader of the article expects.
SHAPES = {
    "an acronym given asks for its expansion": ("UNSC is an abbreviation of what", "United Nations Security Council"),
    "two hops: the second relation is asked": ("what post does the leader of the Indian delegation hold",
                                               "Secretary (West) at the MEA"),
    "a person named by the title asked about": ("who holds the post of Secretary (West)?", "Tanmaya Lal"),
    "a part of a described person's name": ("what is the first name of the man who headed the Russian team",
                                            "Sergey (Sergey Vershinin)"),
    # the talks began on the 19th, ended on the 20th and were held on the 19th-20th
    "dates that hold one another are not rivals": ("when were the talks", "December 19-20, 2024"),
    # a statement marked "true or false" is a yes-or-no question, not the options "true" and "false"
    "a statement marked true or false": ("Lal led the Indian delegation - true or false?", "Yes"),
    "a statement marked t/f that a fact contradicts": ("T/F: Vershinin headed the Indian delegation", "No: Tanmaya Lal"),
    "a cleft choice of two people": ("Was it Vershinin or Galuzin whom Lal met to discuss Ukraine?", "Mikhail Galuzin"),
    "an honorific is no name": ("What did Mr. Lal discuss with Galuzin?", "the current situation in Ukraine"),
    "the writer's view is the article's": ("In the writer's view, how significant is Russia's support?",
                                           "significant diplomatic development"),
    "a first name as an alias spells it": ("Which official is called Sergei?", "Sergey Vershinin"),
    "the set before the noun asked": ("Which of the two Russian deputy foreign ministers is named Sergey?",
                                      "Sergey Vershinin"),
    # "where things stand" asks no place: the capital before "official" is still Russia
    "a capital before a person is the country": (
        "Which Moscow official sat down with the Indian envoy to talk over where things stand in Ukraine?",
        "Mikhail Galuzin"),
    "a hedge after a guess says nothing": ("Which city were these meetings in, Mosco I believe?", "Moscow"),
    "a couple of days are days": ("Over which couple of days were the talks held?", "December 19-20, 2024"),
    "a person word is no relation": ("Who was the gentleman in charge of the Indian delegation?", "Tanmaya Lal"),
    "an everyday first word is no slipped wh-word": ("Now who was at the head of Moscow's side?", "Sergey Vershinin"),
    "a name misspelt twice is the name, not an everyday word": ("What is Tanmia Lal's job title?",
                                                                "Secretary (West) at the MEA"),
    # "Russia's support" is the endorsement the question asks about, not the relation asked
    "a party's noun before another verb is the topic": (
        "What does Russia's support bring India closer to?",
        "a significant step towards India's aspirations in global diplomacy"),
    # two questions in one get both answers, in order ("it" is what the first one named)
    "two wh-questions joined by and": (
        "Which country is seeking a permanent seat on the UNSC, and which country is supporting it?", "India; Russia"),
    # "once more" is again, and a council that keeps the peace is the one for security
    "the Security Council by its job": (
        "Did Moscow once more back New Delhi getting a lasting seat on the UN's top peace-keeping council?",
        "Yes: reiterated (not the first time)"),
    "a choice of what the backing is tied to": (
        "Is Moscow's backing for a permanent Indian seat tied to the current council or to an overhauled one?", "reformed"),
    # each description read as the one it describes; the one that is the person named answers
    "which of two descriptions a named person is": (
        "Is Vershinin the Russian who met Lal on Ukraine, or the one who headed the Russian team?",
        "The one who headed the Russian team"),
    # ... answered as a stance is, with the relation: "supports ..." (had been the object
    # alone, which reads as if Russia's position were a seat)
    "a country's position is its stance, not a post": (
        "russia position india unsc seat",
        "supports India's permanent membership in a reformed UNSC (firm support, voiced once again)"),
    "a keyword query ending in the kind of one asked": ("Ukraine discussion Russian official", "Mikhail Galuzin"),
    "the Nth in its series is its round": ("Which of the two meetings was the 13th in its series?",
                                           "Joint Working Group on Counter-Terrorism"),
    # the JWG is India and Russia's: what they shared there, they shared
    "a meeting's doing asked by the countries that met": (
        "what did india and russia share their experience on",
        "tackling cross-border terrorism, radicalisation, and terror financing"),
    "which part of a government asks a body in it": (
        "Which part of the Indian government put out the official statement to the press?", "Ministry of External Affairs"),
    "a topic said first, then asked through a pronoun": (
        "The man who chaired the Russian team, what is his job title?", "Deputy Minister of Foreign Affairs for Russia"),
    # a word no fact uses, of the same meaning as one-word names of several meetings: the whole
    "negotiations are the talks": ("In which city did the two countries sit together for these negotiations?",
                                   "Moscow"),
    # "ministry" places the rank; it is not the kind of answer asked
    "the noun asked before a place it sits in": ("What role within his ministry does the man who led India's team hold?",
                                                 "Secretary (West) at the MEA"),
    "to speak about is to discuss; 'connected with' says nothing": (
        "What new danger connected with modern tools did the sides speak about?",
        "the emerging challenges posed by new technologies in the hands of terrorists"),
    # Lal led India's side: "with India" names him in the fact "Lal met Galuzin"
    "a side named for the one who led it": ("Which Russian official discussed Ukraine with India?", "Mikhail Galuzin"),
    "the name of a body said by another of its names": ("What is the name of the Indian foreign ministry?",
                                                         "Ministry of External Affairs"),
    "a story that goes out is published": ("What day did this story go out?", "December 21, 2024"),
    # an option left open ("or other") makes no choice: the question before the options is asked
    "options ending in an open one": ("In which city were the meetings held, Moscow or other?", "Moscow"),
    "options ending in an open one, after a dash": (
        "Which session of the counter-terror working group was it - the tenth, the twelfth, or some other one?",
        "the 13th round"),
    "after a preposition, the place asked heads": ("In which city meetings happened?", "Moscow"),
    # what the one who led India's side did, India's side did
    "a side's doing is its leader's": ("Who did the Indian officials meet to discuss the current situation?",
                                       "Mikhail Galuzin"),
    # "India's delegation head" is the one who led it, not the verb "head"; his own name is no answer
    "a side's head said as one noun": ("Who did India's delegation head sit down with separately on the ongoing war?",
                                       "Mikhail Galuzin"),
    "a side's lead owning what is asked": ("What's the Indian lead's job title?", "Secretary (West) at the MEA"),
    "a name and the one a clause describes, two people": (
        "Was Vershinin the official Lal met about Ukraine?", "No: Mikhail Galuzin"),
    # everyday and business words for what the facts say
    "a workstream is a meeting": ("In which of the two tracks did Moscow voice its backing for the permanent Council seat?",
                                  "consultations on UN-related issues"),
    "a category is a kind": ("What threat category was the working group dedicated to?", "counter-terrorism"),
    "to undertake is to agree": ("On what matters did the delegations undertake to intensify their collaboration?",
                                 "enhance cooperation on radicalisation, terror financing, and the use of technology "
                                 "for terrorist purposes"),
    "a war theatre is a war": ("Which active war theatre came up on the sidelines?", "conflict in Ukraine"),
    # no fact has a country issue it; India's foreign ministry did
    "a country asked of what its body did": ("Which country issued the press release?",
                                             "India (Ministry of External Affairs)"),
    # the quoted words asked with the phrase meant as the wh-phrase: "which countries agreed?"
    "a phrase of a quoted sentence asked about": (
        "In the MEA's statement that 'the two sides agreed', to which countries does 'the two sides' refer?",
        "India and Russia"),
    # "Council" names the Security Council by the last word of its name: its kind is the qualifier
    "what kind of a thing named by its head noun": ("In what kind of Council does Russia back a permanent seat for India?",
                                                    "reformed UNSC"),
    # the topic set off by a dash is the subject the pronoun stands for: not "Tanmaya Lal"
    "a topic said first, then asked through a subject pronoun": (
        "The official who talked over the Ukraine situation with Mikhail Galuzin — which ministry does he work for?",
        "Ministry of External Affairs"),
    "who is X, then what is his job": ("who is Mikhail Galuzin, whats his job",
                                       "Mikhail Galuzin: Russian Deputy Foreign Minister; met Tanmaya Lal to discuss "
                                       "the conflict in Ukraine."),
    "calling the shots is leading": ("So who was calling the shots for Moscow across the table?", "Sergey Vershinin"),
    # Russia backed the bid; of the two sides offered, Russia's is the one
    "a country's doing picks its side among sides offered": (
        "Which side voiced support for a permanent UNSC seat, the Indian side or the Russian side?", "Russian delegation"),
    # "the sixth round" names the consultations, which are given: what was discussed at them is asked
    "a meeting named by its place in a series": ("What was discussed at the sixth round?",
                                                 "regional and global developments"),
    "how many with a singular noun counts rounds too": ("how many round of UN related consultations was it",
                                                         "6 (the sixth round)"),
    "a meeting is the doer when no one else did it": (
        "who underscored the importance of bilateral and multilateral platforms", "Joint Working Group on Counter-Terrorism"),
    # "rate" is how the article describes it, though no fact has the word; its importance
    # is what the sentence on the endorsement itself says it marks
    "a judging frame asks the description": ("How does the article rate the importance of Russia's endorsement?",
                                             "a significant step towards India's aspirations in global diplomacy"),
    # the list that holds terrorism is the list of such menaces: a list without it is no rival
    "what other menace besides one in a list": ("Besides terrorism, what other menace did both countries vow to combat?",
                                                "extremism"),
    "dy FMs are deputy foreign ministers": ("Of the two Russian dy FMs named, which one headed the Russian team?",
                                            "Sergey Vershinin"),
    # the Moscow talks are the whole the two meetings make up, not one of them
    "one of two meetings is not their whole": (
        "At which of the two meetings did Russia voice support for India's permanent UNSC seat?",
        "consultations on UN-related issues"),
    "a description read as the entity it describes": (
        "Which Russian official did the leader of India's delegation meet to discuss Ukraine?", "Mikhail Galuzin"),
    "a participle description": ("In which city did the delegation led by Tanmaya Lal hold its talks?", "Moscow"),
    "chat shorthand and a possessive without its apostrophe": ("wats vershinins job",
                                                                "Deputy Minister of Foreign Affairs for Russia"),
    "days counted from the dates the facts give": ("how many days did the meetings last",
                                                   "2 days (December 19-20, 2024)"),
    "a keyword query's type noun": ("meetings city", "Moscow"),
    "how long an event lasted, from its dates": ("how long did the moscow talks last", "2 days (December 19-20, 2024)"),
    "a person named by part of their name": ("which russian official is called Sergey", "Sergey Vershinin"),
    "a kind found by the entity's acronym": ("what kind of Security Council does Russia back", "reformed UNSC"),
    "'what number' asks a place in a series": ("What number was the Joint Working Group meeting?", "the 13th round"),
    "'the how-manyth time' asks a place in a series": (
        "The UN consultations were held for the how-manyth time?", "the sixth round"),
    "a slip that made another real word, read as the relation": ("who did lal meat abt ukrane", "Mikhail Galuzin"),
    "an exclusion clause leaves the other answer": ("Besides counter-terrorism, which conflict came up?",
                                                    "conflict in Ukraine"),
    "a word no fact uses, linked through WordNet ('devoted' meets 'commitment')": (
        "What subject is the JWG mentioned in the article devoted to?", "counter-terrorism"),
    "the full name of the thing asked, not of the person named": (
        "What is the full name of the ministry where Tanmaya Lal is Secretary (West)?", "Ministry of External Affairs"),
    "a possessive opens the next noun phrase": (
        "What is the first name of the person India's Secretary (West) met about Ukraine?", "Mikhail (Mikhail Galuzin)"),
    "a reduced relative clause read as the entity it describes": (
        "Which country does the man Lal met about Ukraine represent?", "Russia"),
    "a choice whose other option the facts never mention": (
        "Is Tanmaya Lal the MEA's Secretary (East) or Secretary (West)?", "Secretary (West) at the MEA"),
    "a choice between two phrases in parallel": ("Did Lal discuss Ukraine with Galuzin or with Vershinin?",
                                                 "Mikhail Galuzin"),
    "the month asked of a date": ("In what month and year were the sixth-round UN consultations held?",
                                  "December 2024 (December 19-20, 2024)"),
    "a kind noun is met by an entity of that kind": (
        "In what kind of document did the MEA make its statement about the agreement?", "MEA press release"),
    "a capital that acts is its country": ("What did Moscow back New Delhi for at the United Nations?",
                                           "India's bid to become a permanent member of the United Nations Security Council"),
    "'how strongly' asks the kind of the thing done": (
        "How strongly did Moscow voice its backing of India's permanent membership during the UN talks?", "firm support"),
    "a keyword query whose every word one fact has": (
        "JWG collaboration platforms",
        "the importance of collaboration in both bilateral and multilateral platforms to strengthen counter-terrorism efforts"),
    "a slip in a wh-contraction": ("wahts the unsc", "United Nations Security Council: The United Nations Security "
                                                     "Council (UNSC), where India seeks a permanent seat."),
    "a misspelt possessive typed without its apostrophe": ("head of rusias delegation - whats his rank",
                                                           "Deputy Minister of Foreign Affairs for Russia"),
    "a preamble that says nothing the facts know": ("My English is not so good. When is this news written?",
                                                    "December 21, 2024"),
    "'which two countries' asks a pair the fact's sentence names": (
        "Which two countries took part in the 13th counter-terrorism working group?", "India and Russia"),
    "'why' is answered by a purpose the facts state": ("Why did Lal meet Galuzin?",
                                                      "to discuss the current situation in Ukraine"),
    "'talked over' is the relation, not the talks": ("What developments were talked over during the UN consultations?",
                                                     "regional and global developments"),
    "'in the article' says where the asker read it": ("In the article, what does the 'sixth round' refer to?",
                                                      "consultations on UN-related issues"),
    "'opposite X' rules X out": ("Who led the Russian side opposite Tanmaya Lal's delegation?", "Sergey Vershinin"),
    "the delegation named, not another one": ("Who headed Moscow's delegation for the consultations on UN issues?",
                                              "Sergey Vershinin"),
    "'which of the two meetings' asks among the meetings": (
        "Which of the two meetings took up regional and global developments?", "consultations on UN-related issues"),
    "a role noun describes its holder": ("Whom did the head of the Indian side meet about Ukraine?", "Mikhail Galuzin"),
    # the one who led the other side, as the gold files' writers read it; the one Lal met
    # about Ukraine is asked with the meeting named ("Lal Ukraine meeting counterpart")
    "'opposite number' is a counterpart, not an exclusion": ("Who was Lal's opposite number from Russia?",
                                                             "Sergey Vershinin"),
    "the counterpart at a named meeting": ("Lal Ukraine meeting counterpart", "Mikhail Galuzin"),
    "a country's adjective rules out another country's official": (
        "Which Indian official held talks with the Russian minister about Ukraine?", "Tanmaya Lal"),
    "a choice of ordinals, one of them not stated": ("Was the JWG the 12th or the 13th round?", "the 13th round"),
    "the options are the words next to 'or'": ("Did Lal meet Vershinin or Galuzin about Ukraine?", "Mikhail Galuzin"),
    "a digit for a number word and a wh-homophone": ("witch year did the 2 countries meet in moscow",
                                                     "2024 (December 19-20, 2024)"),
    "a request around the question": ("I'd like to know where the JWG was held.", "Moscow"),
    "a fact's place is where its event happened": ("Where did the 13th JWG take place?", "Moscow"),
    "a fact's dates are when its event happened": ("When was the JWG held?", "December 19-20, 2024"),
    "a relation a name only hints at leads to no one else": ("What post did Lal hold at the talks?",
                                                             "Secretary (West) at the MEA"),
    "a leading 'apart from' clause ends at the wh-word": (
        "apart from terrorism what did the talks also focus on", "global security challenges"),
    "the named person's fact is not rivalled by one whose sentence names him": (
        "what is lals job title", "Secretary (West) at the MEA"),
    "'staged' says where and when an event was held": ("When were the Moscow talks staged?", "December 19-20, 2024"),
    "a dropped final g ('talkin') is read back": ("who was talkin with lal about ukraine", "Mikhail Galuzin"),
    "days between two dates, each asked on its own": ("How many days after the talks ended was the article published?",
                                                     "1 day (December 20, 2024 to December 21, 2024)"),
    "a stated purpose whose verb is the relation asked": ("What did Tanmaya Lal and Mikhail Galuzin talk about?",
                                                          "the current situation in Ukraine"),
    "the last of two type nouns heads the phrase": ("Which foreign ministry official led the Indian side?",
                                                    "Tanmaya Lal"),
    "a keyword query 'noun participle' asks which one": ("war discussed", "conflict in Ukraine"),
    "one statement true at two meetings names both": (
        "At which meetings did Lal head the Indian team?",
        "both Joint Working Group on Counter-Terrorism and consultations on UN-related issues"),
    "words run together": ("who headed the russianteam", "Sergey Vershinin"),
    "an acronym before 'about' names the meeting, not a verb": (
        "What was the JWG about?",
        "Joint Working Group on Counter-Terrorism: The 13th India-Russia Joint Working Group (JWG) on "
        "Counter-Terrorism, held in Moscow."),
    "the question's verb meets the quote's ('concentrate' for 'focused')": (
        "Besides terrorism, what broader theme did the talks concentrate on?", "global security challenges"),
    "options that say the answer in its own words": ("Which delegation did Tanmaya Lal lead - the Indian or the "
                                                     "Russian one?", "Indian delegation"),
    "options after 'what kind of' are not the noun": (
        "Russia backs India for which kind of UNSC membership: permanent or non-permanent?", "permanent membership"),
    "a choice in words of its own, settled by the fact's sentence": (
        "How did Russia voice its support at the UN consultations - firmly or weakly?", "firm"),
    "a choice settled by a synonym in the sentence": (
        "How does the report describe Russia's renewed UNSC backing - as minor or major?", "significant"),
    "the relation's noun goes before its object when the question leaves it out": (
        "What did the two countries share with each other regarding fighting terror that crosses borders?",
        "experiences in tackling cross-border terrorism, radicalisation, and terror financing"),
    "... and not when the question says it": ("what did India and Russia reinforce their commitment to",
                                              "combatting global terrorism and extremism"),
    "what a thing marks characterises it": (
        "How does the article characterise Russia's endorsement in terms of India's ambitions?",
        "a significant step towards India's aspirations in global diplomacy"),
    "a span of days is a date": ("Over what span of days in December were the high-level talks held?",
                                 "December 19-20, 2024"),
    "'what version of' asks a kind": ("Russia backs India's permanent membership in what version of the Security "
                                      "Council?", "reformed UNSC"),
    "'what adjective' asks the words, not an adjective the facts name": (
        "How strongly did Moscow voice its backing for India's permanent membership - what adjective is used?",
        "firm support"),
    "the Kremlin is Russia's government": ("What type of Security Council membership does the Kremlin's diplomacy "
                                           "favour for New Delhi?", "permanent membership"),
    "'what third area' after a list asks for an other one": (
        "Besides radicalisation and the misuse of technology by terrorists, what third area did they agree to "
        "cooperate more on?",
        "terror financing"),
    "the named person's own fact leads one whose sentence names him": ("tanmaya lal postion at the ministery",
                                                                       "Secretary (West) at the MEA"),
    "'which two' with a misspelt plural": ("which two countrys held the talks?", "India and Russia"),
    "an entity after 'which' and an adjective names the answer's kind": (
        "Apart from terrorism, which armed conflict did the officials touch on?", "conflict in Ukraine"),
    "a bare number the facts have as an ordinal": ("The number 13 refers to which of the two meetings?",
                                                    "Joint Working Group on Counter-Terrorism"),
    "ordinal options settled by the sentence of the fact asked about": (
        "Which numbered meeting - the 13th or the sixth - discussed regional and global developments?", "sixth"),
    "what India seeks, in a verb of wanting": ("Which body does India want to join as a permanent member?",
                                               "United Nations Security Council"),
    "a wh-word in the answer's place, at the end": ("the article say the collaboration is fostering stronger what?",
                                                    "bilateral relations"),
    "a wh-word in the answer's place, before a noun": (
        "the MEA press release said the two sides agreed to enhance cooperation on the use of technology for what "
        "purposes", "terrorist purposes"),
    "'who is quoted' asks whoever did it, a ministry too": (
        "Who is quoted as saying the two sides agreed to boost cooperation?", "Ministry of External Affairs"),
    "'work more closely' is to enhance cooperation": (
        "According to the quotation, on which issues did the sides agree to work more closely?",
        "enhance cooperation on radicalisation, terror financing, and the use of technology for terrorist purposes"),
    "one item of a listed object confirms a yes/no question": (
        "Was radicalisation among the subjects on which the two countries shared their experience?", "Yes"),
    "the copula and a title say the describing relation": ("Galuzin is a deputy foreign minister of which country?",
                                                           "Russia"),
    "two describing words before the entity that names the answer's kind": (
        "Which ongoing armed conflict came up in the talks?", "conflict in Ukraine"),
    "'name a ...' takes any one that fits; the other is no rival": (
        "name a russian deputy forign minister from the artical", "Mikhail Galuzin"),
    "a listed item and the named subject confirm a yes/no question": (
        "did they swap experiances on terror finacing at the work ing group", "Yes"),
    "'Of X and Y, who ...' offers X and Y": (
        "Of Vershinin and Galuzin, who is described as discussing the current situation in Ukraine with Lal?",
        "Mikhail Galuzin"),
    "a person named by title and surname owns the first name asked": ("what is Secretary West Lal's first name",
                                                                      "Tanmaya (Tanmaya Lal)"),
    "the asked noun is in the answer": ("Which ministry is the Secretary (West) part of?",
                                        "Ministry of External Affairs"),
    "an abbreviation asked of a described name": ("What abbreviation is used for the counter-terror grouping that met?",
                                                  "JWG"),
    "a choice of two named meetings settled by the fact that fits one": (
        "Were new technologies in terrorists' hands talked about at the UN consultations or at the JWG?",
        "Joint Working Group on Counter-Terrorism"),
    "the number of one meeting is its place in the series": ("What was the number of the counter-terrorism meeting?",
                                                             "the 13th round"),
    "a meeting described by a 'where' clause": (
        "Which round was the meeting where regional and global developments were discussed?", "the sixth round"),
    "what a fact's role text says of a named meeting": ("What was held in parallel with the JWG on counter-terrorism?",
                                                       "consultations on UN-related issues"),
    # "held" says held-in and held-on alike: one relation, not a first hop and a second
    "one word for several relations is no two-hop question": ("What was held in Moscow?", "the Moscow talks"),
    "what took place is an event, not a place": ("What took place in Moscow?", "the Moscow talks"),
    # "say" reports the clause after it, "helps" the verb after it: neither is the relation
    "a reporting verb and 'helps' frame what is asked": ("What does the article say the continued collaboration helps foster?",
                                                         "a critical step in fostering stronger bilateral relations and "
                                                         "addressing global security challenges"),
    "'which one' among heads asks for a person": ("Which of the two delegation heads is the Secretary (West)?",
                                                  "Tanmaya Lal"),
    "three options after a colon": ("Who headed the Russian team: Vershinin, Galuzin or Lal?", "Sergey Vershinin"),
    "a forum is a meeting": ("In which forum did India and Russia reinforce their commitment against terrorism?",
                             "Joint Working Group on Counter-Terrorism"),
    # the article frames the question; what it refers to is in some other fact
    "the article named as a frame": ("What is the 'sixth round' the article mentions?",
                                     "consultations on UN-related issues"),
    "the noun a relative clause describes is asked": ("Tell me the city in which the Indian and Russian officials met.",
                                                      "Moscow"),
    "a specific member of a kind, named": ("Which conflict, specifically, did the talks cover?", "conflict in Ukraine"),
    "a topic, then yes or no about it": ("Terror financing - was that discussed during the talks?", "Yes"),
    "yes or no, and if so which": ("Did Russia back any country's UNSC bid, and if so which?", "India"),
    "a statement, then a question that stands alone": (
        "The talks were held in Moscow; when was the article published?", "December 21, 2024"),
    "an edition is a place in a series": ("Which edition of the JWG did Lal lead India's delegation at?",
                                          "the 13th round"),
    "'where' between two meetings asks one of them": (
        "Where were new technologies in terrorists' hands discussed: at the JWG or at the consultations on UN issues?",
        "at the JWG (Joint Working Group on Counter-Terrorism)"),
    # "meetings" also names the whole series, which is no one of the two
    "one of the two meetings, by what it covered": ("Which one of the two meetings took up the misuse of "
                                                     "technology by terrorists?",
                                                     "Joint Working Group on Counter-Terrorism"),
    # the list is the one that names what is set aside; the answer is the rest of it
    "what a list holds besides what is set aside": (
        "Besides terrorism, what did India and Russia reinforce their commitment to combatting?", "extremism"),
    "items set aside from the front of a list take its lead-in along": (
        "Apart from radicalisation and terror financing, what else did the two sides agree to enhance cooperation on?",
        "the use of technology for terrorist purposes"),
    "a shared head noun does not set a sibling aside": (
        "Other than regional developments, what developments were discussed at the UN consultations?",
        "global developments"),
    "'beyond' sets aside when it leads": (
        "Beyond radicalisation and terror financing, which other issue did the two sides agree to work on?",
        "the use of technology for terrorist purposes"),
    "a country led is its delegation led": ("Did Tanmaya Lal lead India at the counter-terrorism meeting?", "Yes"),
    "one or both, when a fact says both": (
        "Did Lal lead India at the counter-terrorism meeting, the UNSC discussions, or both?", "Both"),
    "'only A, or B as well' is one or both": (
        "Did Lal lead India only at the counter-terrorism meeting, or at the UN discussions as well?", "Both"),
    "both, in the fact's words when they are text": (
        "Were only global developments discussed at the UN consultations, or regional ones too?",
        "Both: regional and global developments"),
    "a country's adjective alone after 'which' is a person of it": ("Which Indian met Galuzin?", "Tanmaya Lal"),
    "a description by a country's adjective": ("What is the official title of the Indian who met Mikhail Galuzin?",
                                               "Secretary (West) at the MEA"),
    "'along with' sets aside when it leads": (
        "Along with radicalisation and terror financing, what else did the two sides agree to enhance cooperation on?",
        "the use of technology for terrorist purposes"),
    "a keyword query's kind word asks the kind of the noun before it": ("India UNSC membership type",
                                                                          "permanent membership"),
    "'at what level were the meetings held' asks their kind": ("At what level were the Moscow meetings held?",
                                                               "high-level meetings"),
    "a name before a noun is no kind of it": ("meetings type moscow", "high-level meetings"),
    "a kind is not the noun's own entity by another name": (
        "For what type of Security Council membership is India campaigning?", "permanent membership"),
    "', beyond X,' sets X aside": ("Tell me the broader subject, beyond counter-terror cooperation, that the "
                                   "meetings addressed.", "global security challenges"),
    "a noun that classes a topic need not be said by it": (
        "Along with terrorism, what other threat did the two countries recommit to fighting in the working group?",
        "extremism"),
    "'which kinds of N' asks N's kinds, not a 'kind'": (
        "On what kinds of platforms did the working group say cooperation matters?",
        "bilateral and multilateral platforms"),
    "the asked noun said by the fact under another name": (
        "What sort of Security Council does Russia want India to hold a permanent place in?", "reformed UNSC"),
    "a meeting happened where it was held": ("Where did the Indian and Russian officials get together?", "Moscow"),
    "'quoted' says where the article has it, not what is asked": (
        "Whose press release is quoted - India's foreign ministry or Russia's?", "Ministry of External Affairs"),
    "what a statement says is not who said it": (
        "What did the MEA press release say the two sides agreed on?",
        "enhance cooperation on radicalisation, terror financing, and the use of technology for terrorist purposes"),
    "a fact that leaves the frame verb unexplained is no rival": (
        "How does the writer characterise Russia restating its backing for India's Security Council bid?",
        "a significant diplomatic development"),
    "'what is the name of the forum' asks a meeting; 'anti-terror' is counter-terror": (
        "What is the name of the forum in which the two countries renewed their anti-terror pledge?",
        "Joint Working Group on Counter-Terrorism"),
    "a hyphenated word in an option is one word": (
        "Where were regional and global developments discussed — at the JWG or at the consultations on UN-related "
        "issues?", "consultations on UN-related issues"),
    "an elided possessive option borrows the other's noun; a word both options share chooses neither": (
        "Was the quoted press release issued by India's ministry or by Russia's?", "Ministry of External Affairs"),
    "'which JWG was this' asks its place in the series": ("Which JWG on counter-terrorism was this?", "the 13th round"),
    "'whose N' asks the one the sentence gives N to": ("Whose permanent seat did Russia support?", "India"),
    "the noun after 'the name of' is read whole": ("What is the name of the Russian deputy foreign minister who met Lal?",
                                                   "Mikhail Galuzin"),
    "a meeting placed where it was": ("Which Russian minister met Lal in Moscow?", "Mikhail Galuzin"),
    "a leading time clause is not the question's wh-word": (
        "When Ukraine came up, which Russian official sat down with Lal?", "Mikhail Galuzin"),
    "'hand in hand' is cooperation, 'against terror' counters it": (
        "In the JWG's view, on what kinds of platforms should the two countries work hand in hand against terror?",
        "bilateral and multilateral platforms"),
    "a set named first: its count is no fact's, and the series it names is no answer": (
        "Of the two sets of talks, which one was the sixth round: the JWG or the UN consultations?",
        "consultations on UN-related issues"),
    "', which one ...' after a set is the question, not a guess at the answer": (
        "Of the three officials named, which one is Russian and met Lal about Ukraine?", "Mikhail Galuzin"),
    "'which one' takes its type from the set's own noun, not one after its preposition": (
        "Of the several topics in the talks, which one did Lal take up with Galuzin?", "the current situation in Ukraine"),
    "two answers in words of one meaning are one answer, not a close call": ("UNSC seat type for India",
                                                                             "permanent membership"),
    "'singled out' is flagged (discussed), 'falls into' is in": (
        "What was singled out as a worry once it falls into terrorists' hands?",
        "the emerging challenges posed by new technologies in the hands of terrorists"),
    "'bring about' is foster": (
        "What does the continued collaboration bring about?",
        "a critical step in fostering stronger bilateral relations and addressing global security challenges"),
    "a name of several words said with a word of one meaning ('ongoing teamwork': ongoing collaboration)": (
        "What does the ongoing teamwork between India and Russia help bring about?",
        "a critical step in fostering stronger bilateral relations and addressing global security challenges"),
    "a mid-question 'besides X' ends at the verb; the list with X has the threats asked for": (
        "What threat besides terrorism did the JWG pledge to combat?", "extremism"),
    "a country's name says whose office, not which: a deputy may be meant": (
        "Which Russian minister headed the Russian team?", "Sergey Vershinin"),
    "a person named by a country's role for them ('India's top official') is read as that person": (
        "Who did India's top official meet to discuss Ukraine?", "Mikhail Galuzin"),
    "'the first name of X' is X's": ("What is the first name of Tanmaya Lal at the talks?", "Tanmaya (Tanmaya Lal)"),
    "a keyword query of a modified common noun and a participle asks which one": (
        "ongoing conflict discussed", "conflict in Ukraine"),
    "a long name said with a word left out, in another order": (
        "Which round was the counter-terrorism joint group?", "the 13th round"),
    "a stance between two named things is the relation the facts state from one to the other": (
        "What is Russia's position on India's UNSC bid?",
        "supports India's bid to become a permanent member of the United Nations Security Council"),
    "'FM' is foreign minister; one part of a name said asks the other": ("Mikhail the deputy FM: surname?",
                                                                        "Galuzin (Mikhail Galuzin)"),
    "'see' someone is meet them, not a slip for 'seek'": ("Whom did Lal see in Moscow?", "Mikhail Galuzin"),
    "'saw' someone is met them": ("Which Russian official did Lal see about Ukraine?", "Mikhail Galuzin"),
    "a misspelt 'position on' is a stance too": ("russia postion on india unsc bid",
                                                 "supports India's bid to become a permanent member of the United "
                                                 "Nations Security Council"),
    "a misspelt 'as opposed to' still sets aside": (
        "Which Russian official headed the Russian team, as oppsed to the one Lal met about Ukraine?",
        "Sergey Vershinin"),
    "'who is X and what is his job' is answered by X's card, which says both": (
        "Who is Vershinin, and what is his job?",
        "Sergey Vershinin: Deputy Minister of Foreign Affairs for Russia; headed the Russian team."),
    "a preposition ends the phrase asked, and the days are asked, not the year they fall in": (
        "Over which days near the end of the year did the officials meet?", "December 19-20, 2024"),
    # the choice settled by the facts that say each option with most of the rest of the question
    "a choice of subjects weighed by the words of the facts on each": (
        "Which subject does the MEA's quoted statement cover — counter-terrorism or the UNSC seat?", "counter-terrorism"),
    "a choice of countries for a person, by the country the description names": (
        "Is Galuzin named as India's official or Russia's?", "Russia"),
    "a choice of topics weighed by the words of the facts on each": (
        "Was Lal's meeting with Galuzin about the UNSC or about Ukraine?", "about Ukraine"),
    "yes when a question says three words or more of a long object and nothing else": (
        "Did the JWG stress collaboration on multilateral platforms?", "Yes"),
    "'X, Y or both' is both when one fact says both": (
        "Did the JWG stress collaboration on bilateral platforms, multilateral platforms, or both?",
        "Both: the importance of collaboration in both bilateral and multilateral platforms to strengthen "
        "counter-terrorism efforts"),
    "a meeting's doing asked of the countries that met": (
        "Did India and Russia share experiences in tackling cross-border terrorism?", "Yes"),
    "a choice of two clauses: the one a fact confirms, asked as a yes-no question of its own": (
        "Did Galuzin head the Russian team, or did he meet Lal to discuss Ukraine?",
        "did he meet Lal to discuss Ukraine"),
    "a choice of two phrases after the same word": (
        "Is Russia backing India as a permanent member or as a rotating elected member of the Security Council?",
        "as a permanent member"),
    "a relation that holds both ways confirms the other way round": ("Did Galuzin meet Lal?", "Yes"),
    "the name of a person named by a title is the person's name": ("name the MEA's Secretary (West)", "Tanmaya Lal"),
    "a capital that owns something after 'of' is its country": ("Who was in charge of Moscow's negotiators?",
                                                                 "Sergey Vershinin"),
    "an everyday word for a word of the facts ('department' for 'ministry')": (
        "Which government department in New Delhi put out the written statement?", "Ministry of External Affairs"),
    "the sentences before the last set the scene; the last is the question": (
        "The article shows two dates: when it was published and when the talks happened. When did the talks happen?",
        "December 19-20, 2024"),
    "'how strongly' asks the degree, in the article's word for it": (
        "How strongly did Russia back India's permanent membership?", "firm support"),
    "'how' and a name asks a manner, not a degree": ("how russia support india",
                                                     "India's bid to become a permanent member of the United Nations "
                                                     "Security Council"),
    "'a string of meetings' is their series": ("Between which two dates did that string of top-level meetings run?",
                                              "December 19-20, 2024"),
    "a count that takes in the round at a place": ("Counting the one in Moscow, how many times has the JWG met?",
                                                   "13 (the 13th round)"),
    "a leading 'counting this one' asks nothing of its own": (
        "Counting this latest meeting, how many rounds of talks on UN affairs have the two sides held?",
        "6 (the sixth round)"),
    "'speak up for' is to back": ("Did Russia speak up for India's bid?", "Yes"),
    "facts that give the same degree back each other": ("How significant is Russia's endorsement?",
                                                        "significant diplomatic development"),
    "a demonym before the noun asked describes the answer, not the relation": (
        "Which Indian official had a meeting with Mikhail Galuzin?", "Tanmaya Lal"),
    "'employs' is 'works at' from the other side, and the thing asked is the step itself": (
        "Which ministry employs Tanmaya Lal?", "Ministry of External Affairs"),
    "what's is what is, not a possessive": ("What’s Vershinin's title?",
                                            "Deputy Minister of Foreign Affairs for Russia"),
    # the wh-phrase right before a verb is its subject: who supports, not who is supported
    "the wh-phrase before the verb asks its doer": ("Which of the two countries voiced support for the other's bid?",
                                                    "Russia"),
    "a purpose stated in the sentence answers why": ("Why did the working group stress collaboration?",
                                                     "to strengthen counter-terrorism efforts"),
    "'what was the aim of' asks why": ("What was the aim of working together on bilateral and multilateral platforms?",
                                       "to strengthen counter-terrorism efforts"),
    "the form a statement was made known in is a document": ("What form did the MEA's announcement of the agreement take?",
                                                             "MEA press release"),
    # the owner is no entity, so ranking (which answers with entities) had none
    "an owner the sentence gives in 'the N of X'": ("In whose hands do new technologies pose emerging challenges?",
                                                     "terrorists"),
    # "does the article say" frames the clause, whose words decide ("causing fresh
    # problems" is the article's "pose emerging challenges")
    "a reported clause is read without its frame": (
        "In whose hands does the article say new technologies are causing fresh problems?", "terrorists"),
    "a gap is not filled with the question's own words": ("the emerging challenges from new technologies: in whose hands?",
                                                           "terrorists"),
    "'beyond X' in the wh-phrase sets X aside": ("What wider theme beyond counter-terrorism did the talks focus on?",
                                                  "global security challenges"),
    # "teaming" is a word no fact has: it no longer raises the share of words a fact must share
    "an unknown word does not keep facts from being looked at": (
        "On what kinds of forums does teaming up matter for fighting terrorism, according to the working group?",
        "bilateral and multilateral platforms"),
    "the two sides of a meeting are the parties its description names": (
        "Which two sides agreed to enhance cooperation?", "India and Russia"),
    "a meeting named by its name is asked for its place in the series": (
        "Which Joint Working Group on Counter-Terrorism took place in Moscow?", "the 13th round"),
    "'arising' is the article's 'emerging'": ("What newly arising threat tied to modern tools did the discussions focus on?",
                                              "the emerging challenges posed by new technologies in the hands of terrorists"),
    # `led` is one_subject (a delegation has one head): another's fact says no
    "a second head of one delegation is denied": ("Did Galuzin lead the Russian delegation?", "No: Sergey Vershinin"),
    "a meeting for that very purpose with another is denied": (
        "Did Vershinin meet Lal to discuss the situation in Ukraine?", "No: Mikhail Galuzin"),
    # the JWG is `part_of` the Moscow talks: its facts are found by the talks' name too
    "a meeting's fact is found by the series it is part of": (
        "What worry about new technology did the talks look at?",
        "the emerging challenges posed by new technologies in the hands of terrorists"),
    "where the talks were held is not who held a meeting of them": ("where were the india-rusia talks held", "Moscow"),
    "a year narrows the date asked, it does not give it": ("When in 2024 were the talks held?", "December 19-20, 2024"),
    "the year its source was published in dates what the source reports": (
        "Who led the Russian team at the 2024 talks?", "Sergey Vershinin"),
    # no fact states an identity: each side is asked alone and the two answers compared
    "two descriptions of two people": ("Is the leader of the Russian side the same man Lal met about Ukraine?",
                                       "No: the leader of the Russian side is Sergey Vershinin, "
                                       "the man Lal met about Ukraine is Mikhail Galuzin"),
    "one official at both meetings": ("Did the same Indian official lead the delegation at both the JWG and the UN "
                                      "consultations?", "Yes: Tanmaya Lal at both"),
    # "gathering" is what both options are, so every fact about either says it
    "the wh-phrase's noun does not weigh a choice": (
        "Which gathering dealt with terror financing, the JWG or the UN consultations?",
        "the JWG (Joint Working Group on Counter-Terrorism)"),
    "an owner read off the sentence is no sibling of the relation's doer": (
        "Whose bid for a permanent Security Council seat was endorsed, India's or Russia's?", "India"),
    # "X or Y" between two countries or their sides: what the person's description says
    # first ("Russian Deputy Foreign Minister") picks the option
    "a person's country chosen from two": ("Is Galuzin Indian or Russian?", "Russia"),
    "a person's side chosen from two": ("Is Galuzin an official from the Indian side or the Russian side?",
                                        "Russian delegation"),
    "a choice between a known city and a capital the facts use for a country": (
        "Did the talks take place in New Delhi or Moscow?", "Moscow"),
    "scare quotes around the pair asked": ("According to the MEA, which 'two sides' agreed to enhance cooperation?",
                                           "India and Russia"),
    "the source of a quote is who said it": ("Who is the source of the quote 'The two sides agreed to enhance "
                                             "cooperation'?", "Ministry of External Affairs"),
    # a relation with one subject: who did not head the team is the other Russian official
    "the one who did not do something, when one did": (
        "Who was the other deputy minister, the one who did not head the Russian team?", "Mikhail Galuzin"),
    "which one did not, by the one who did": ("Which Russian official did not lead the Russian delegation?",
                                              "Mikhail Galuzin"),
    # the question names the bid; what was reiterated about it is the support the quote states
    "what was said about a thing the question names": (
        "What did Russia reiterate about India's bid?",
        "its support for India's bid to become a permanent member of the United Nations Security Council"),
    # "Indian team leader at the foreign ministry": the team is named whole, the ministry
    # is not read across it from "Indian ... foreign ministry"
    "a name read whole before one read across it": (
        "What is the job title of the Indian team leader at the foreign ministry?", "Secretary (West) at the MEA"),
    # "will" in the source's mouth: an outcome the article states, not a forecast
    "an outcome the article expects": ("According to the piece, what kind of relations will the ongoing "
                                       "cooperation help strengthen?", "stronger bilateral relations"),
    "a country's title read past the noun for a person": ("Is Galuzin an official from India or Russia?", "Russia"),
    "the article's frame around a clause": ("What does the article say the ongoing partnership helps build?",
                                            "a critical step in fostering stronger bilateral relations and "
                                            "addressing global security challenges"),
    "forums of many nations are multilateral ones": (
        "What goal was working together across both two-way and many-nation platforms meant to serve?",
        "to strengthen counter-terrorism efforts"),
    # options named before the question: three of them, or after the kind they are
    "three options named first": ("Of Lal, Vershinin and Galuzin, which one is the Indian official?", "Lal"),
    "two options named after their kind": (
        "Of the two meetings, the counter-terrorism JWG and the UN consultations, at which did Russia voice "
        "support for India's permanent UNSC membership?", "consultations on UN-related issues"),
    # ", at the UN-related consultations" is where, not the asker's guess at the answer
    "a place phrase after a comma is no guess": (
        "Who led the Indian side, not the Russian side, at the UN-related consultations?", "Tanmaya Lal"),
    # "which countries": more than one, so a meeting's two parties answer, as for "which two"
    # the heading names the "India-Russia Joint Working Group", and "both nations" shared
    "the countries of a meeting": ("Which countries took part in the JWG on counter-terrorism?", "India and Russia"),
    "countries asked in the plural": ("Which countries shared experiences in tackling cross-border terrorism?",
                                      "India and Russia"),
    # the quote says "to discuss the current situation"; a fact on the same sentence says
    # which situation
    "a gap filled as a fact on its sentence states it": ("Lal met Galuzin to discuss what?",
                                                        "the current situation in Ukraine"),
    # the wh-word is the object of "of": a gap in the sentence, though a preposition or
    # a verb follows it (was the Joint Working Group, the fact's subject, at 0.93-0.97)
    "a gap after a preposition": (
        "The two sides agreed to enhance cooperation on radicalisation, terror financing, and the use of what for "
        "terrorist purposes?", "technology"),
    "a gap after a preposition, a verb following": ("New technologies in the hands of who were a concern?", "terrorists"),
    # "topic" in the singular asks what a meeting is about, as "subject" does (was one of
    # the things the JWG discussed, at 0.85)
    "a meeting's topic": ("jwg topic", "counter-terrorism"),
    # the conflict's description names one country, and a fact says the talks covered it
    "the country of a thing named after 'country's'": ("Which country's war came up in the conversations?", "Ukraine"),
    # the body is an organization; India, in the clause that describes it, is not the one
    # whose name is asked (was 'India' at 0.90)
    "the full name of a thing a clause describes": (
        "What is the full name of the United Nations body India wants to join permanently?",
        "United Nations Security Council"),
    # an imperative negated as a wh-question is (was Vershinin, the one who did, at 0.98)
    "the one who did not, asked by 'name the'": (
        "Name the Russian Deputy Foreign Minister who did NOT head the Russian team.", "Mikhail Galuzin"),
    "the one who did not, asked by 'identify the'": (
        "Identify the Russian official who didn't lead the Russian delegation", "Mikhail Galuzin"),
    # "side" asked as the doer of a verb: a country or its team, not what was backed
    "which side did it, the verb said again": ("Which side restated its backing for the permanent seat?", "Russia"),
    "which side did it, a phrase set first": (
        "At the UN-issues round, which side voiced support for a reformed Council?", "Russia"),
    # the words before "which" are a phrase set first, not a sentence to fill in (was
    # 'on December 19-20', the words after "in Moscow" in the article, at 0.95)
    "a phrase set first is no gap": ("In Moscow, which country backed India's bid?", "Russia"),
    # the ministry answered is India's by its description; the country is asked (was the
    # ministry's name at 0.94)
    "the country that owns the thing answered": ("Lal works for which country's ministry?",
                                                 "India (Ministry of External Affairs)"),
    # the country is asked too, the official beside it (was the official alone)
    "the country's official is the official": ("Which country's official holds the title Secretary (West)?",
                                               "India (Tanmaya Lal)"),
    # "one" is the Council again: the options differ by "current" and "overhauled", and
    # the facts say "reformed" (was 'Council', the word both options share, at 0.92)
    "an option's 'one' is the other's noun": (
        "Moscow's backing is for a place on the current Council or an overhauled one?", "reformed"),
    "a side's 'one' is a noun said before": (
        "Which delegation did Sergey Vershinin head, the Indian or the Russian one?", "Russian delegation"),
    # the other side named: the one who led it (it was left out as if asked about)
    "a counterpart on the side named": ("Who is Vershinin's opposite number on the Indian side?", "Tanmaya Lal"),
    "an interlocutor is the one met": ("Who was Galuzin's Indian interlocutor?", "Tanmaya Lal"),
    # news copy's name for the UN
    "the world body is the UN": ("What number in the series was the round on world-body matters?", "the sixth round"),
    # a meeting has one place in its series: another number said is answered no
    "another round than the fact's": ("Were the world-body talks the fifth round?", "No: the sixth round"),
    "the fact's own round": ("Was the JWG the 13th round?", "Yes"),
    # a statement put up for checking is asked yes or no
    "a statement checked, wrong": ("The UN talks were the fifth round - correct?", "No: the sixth round"),
    "a statement checked, right": ("Lal led the Indian side, right?", "Yes"),
    "a statement checked after who said it": ("Draft says the anti-terror panel was its 12th edition. Right?",
                                              "No: the 13th round"),
    "a question checked is still a question": ("Who led the Indian side, right?", "Tanmaya Lal"),
    # the topic "Russia's support for India's UNSC membership" said as a clause, with a
    # verb of the relation among its words: the relation and its parties are asked
    "a topic said as a clause is the clause": (
        "At which of the two meetings did Russia voice support for India's permanent UNSC membership?",
        "consultations on UN-related issues"),
    "a topic named by its name stays the topic": ("What does Russia's support for India's UNSC membership mark?",
                                                  "a significant step towards India's aspirations in global diplomacy"),
    # spoken filler and asides say nothing of what is asked
    "filler is no word to look up": ("So remind me, who led the Russian side?", "Sergey Vershinin"),
    "a story that came out was published": ("When did this story actually come out?", "December 21, 2024"),
    # the words a fact of saying quotes: what the one named said
    "what a body said": ("What did the MEA say?", "The two sides agreed to enhance cooperation on addressing issues of "
                         "radicalisation, terror financing, and the use of technology for terrorist purposes"),
    "what a body said in what it said it in": (
        "What did the MEA say in its press release?", "The two sides agreed to enhance cooperation on addressing issues "
        "of radicalisation, terror financing, and the use of technology for terrorist purposes"),
    # a clause after "say" asks what it reports, not the whole statement
    "what a body said was agreed": ("what did the MEA press release say the two sides agreed on",
                                    "enhance cooperation on radicalisation, terror financing, and the use of technology "
                                    "for terrorist purposes"),
    "the United Nations said in full where the facts say UN": (
        "Counting this one, how many rounds of talks on United Nations matters have the two countries held?",
        "6 (the sixth round)"),
    "a guess with its own alternative asks nothing more": (
        "Which Indian official, the delegation leader or someone else, met Mikhail Galuzin?", "Tanmaya Lal"),
    "what is set aside named by what it did": (
        "Other than the official who led Russia's team, which Russian deputy foreign minister did Lal meet?",
        "Mikhail Galuzin"),
    # a role at a meeting is the side one led there; a role in a government is the post
    "a role at a meeting": ("What was Lal's role in the UN consultations?", "led Indian delegation"),
    "a role in a government": ("What is Mikhail Galuzin's role in the Russian government?",
                               "Russian Deputy Foreign Minister"),
    "a role at a meeting, typed fast": ("what was lals role at the cuonter-terrorism meeting?", "led Indian delegation"),
    # "countrys" before a noun is a possessive typed without its apostrophe, not a plural
    "a country's delegation typed without the apostrophe": ("which countrys deleggation did tanmaya lal lead?",
                                                             "India"),
    "dates asked after a copula": ("what are the dates of the Moscow meetings", "December 19-20, 2024"),
    "a same-person question with its other answer spelt out": (
        "Did the same official lead India at both the JWG and the UN consultations, or did two different people "
        "lead them?", "Yes: Tanmaya Lal at both"),
    # "senior" describes the person asked, whose country is the one that counts
    "a rank before the country of the person asked": (
        "Which senior Russian diplomat sat down with the Indian envoy to talk about the war in Ukraine?",
        "Mikhail Galuzin"),
    # "talks on UN matters" is the consultations on UN issues, not the talks as a whole
    "a meeting's name said partly in other words": ("How many rounds of talks on UN matters have there been?",
                                                    "6 (the sixth round)"),
    # the MEA's full name, as the question gives it, is no rival answer to what it said
    "the full name the question gives is no answer": (
        "What did the Minstry of Extrenal Affairs say the two sides agreed to?",
        "enhance cooperation on radicalisation, terror financing, and the use of technology for terrorist purposes"),
    # to want it for another is to back it; to want it for oneself, to seek it
    "wanting something for another": ("Does Moscow want India to get a permanent seat on a reformed Security "
                                      "Council?", "Yes"),
    # a text object said in other words: "seat" for "membership", "UNSC" for its full name
    "a yes-no question giving a text in other words": ("Does India seek a permanent seat on the UNSC?", "Yes"),
    # the status quo or a change: the article's word for the change settles it
    "as it is now, or a changed one": ("Does Moscow back India for a permanent seat on the Security Council as it is "
                                       "now, or on a changed one?", "reformed"),
    "the current one or a reformed one": ("Russia supports India's permanent membership in what kind of UNSC, the "
                                          "current one or a reformed one?", "reformed UNSC"),
    # the writer's view is the article's: the frame is read off; "strengthen" is to make stronger
    "what the writer thinks it will strengthen": (
        "What does the writer think this ongoing partnership will strengthen?",
        "a critical step in fostering stronger bilateral relations and addressing global security challenges"),
    # what a meeting is named for is not what came up at it
    "what came up at a meeting named for its subject": ("What subjects were on the table at the UN consultations?",
                                                         "regional and global developments"),
    # "tech-related worries": the worries are about tech; "related" says nothing of which
    "an X-related noun": ("What tech-related worries came up at the counter-terror talks?",
                          "the emerging challenges posed by new technologies in the hands of terrorists"),
    # "countyr" is "country" with two letters swapped, not "counter" one letter off
    "two letters swapped, and a name misspelt": ("what countyr did Varshinin represent", "Russia"),
    # no fact has Russia say anything: what it says about the bid is what it does about it
    "what a party said about a thing": ("wat did rusia say abt indias UNSC bid",
                                        "support for India's permanent membership in a reformed UNSC (firm support, "
                                        "voiced once again)"),
    # his title said again in the question asks nothing more
    "a person's ministry, his title said again": ("Vershinin is a deputy minister in which ministry?",
                                                  "Deputy Minister of Foreign Affairs for Russia"),
    # the description is what is asked: not "who was Lal in Moscow" (he met Galuzin there)
    "who was at the head of a side": ("Who was at the head of India's team in Moscow?", "Tanmaya Lal"),
    # "day" is the answer's type; the relation asked is the beginning or the end
    "the day a meeting began": ("which day did the talks start", "December 19, 2024"),
    "the day a meeting ended": ("On what day did the talks end?", "December 20, 2024"),
    # the options named first, before a colon
    "a pair named before the question": ("Tanmaya Lal and Sergey Vershinin: which of the two works for India's MEA?",
                                         "Tanmaya Lal"),
    # a country asked of where something was held: the country its city is in
    "the country a meeting was held in": ("In which country were the talks held?", "Russia"),
    "the country that hosted": ("Which country hosted the talks?", "Russia"),
    "the capital of which country": ("Which country's capital hosted the talks?", "Moscow"),
    # "Indian ... official" read across "or" is no name the question gives
    "a person's side, the options sharing a noun": ("Is Mikhail Galuzin an Indian or a Russian official?",
                                                    "Russian delegation"),
    # three ordinals offered without a colon: the first is an option too, not an unknown number
    "three ordinals offered": ("Were the UN consultations the fifth, sixth or seventh round?", "the sixth round"),
    # a counterpart did for the other side what the person did for his
    "a person's counterpart": ("Who was Lal's counterpart?", "Sergey Vershinin"),
    "an opposite number": ("Who was Lal's opposite number leading the other delegation?", "Sergey Vershinin"),
    "a counterpart the other way": ("Who was Vershinin's Indian counterpart?", "Tanmaya Lal"),
    # a person's country: the one his own facts name (his title, the side he led)
    "a person's country": ("Which country is Galuzin from?", "Russia"),
    "a person's country, terse": ("lal country", "India"),
    # a person's ministry: the one he works at, else his title when it is a minister's
    "a person's ministry": ("Which ministry is Lal from?", "Ministry of External Affairs"),
    "a person's ministry, read from a minister's title": ("What ministry is Vershinin in?",
                                                          "Deputy Minister of Foreign Affairs for Russia"),
    # a description by a relative clause after a preposition, about a name with a bracketed word
    "the one with whom": ("What is the title of the Russian official with whom India's Secretary (West) discussed "
                          "the Ukraine conflict?", "Russian Deputy Foreign Minister"),
    "consent is agreement": ("What did the two sides consent to do?",
                             "enhance cooperation on radicalisation, terror financing, and the use of technology "
                             "for terrorist purposes"),
    "to sit down is to meet": ("How many times have India and Russia sat down for consultations on UN issues?",
                               "6 (the sixth round)"),
    # a meeting's focus is what it is about, not what it "also focused on"
    "a meeting's focus, terse": ("JWG focus", "counter-terrorism"),
    "a kind read off the heading": ("What type of cooperation is the working group's focus, according to the section "
                                    "title?", "Counter-Terrorism Cooperation"),
    # a capital asked about alone is the city, not the country it may stand for
    "a capital by itself": ("What is Moscow?",
                            "Moscow: Capital of Russia, where the meetings were held on December 19-20, 2024."),
    # what the article calls a meeting is its name; to hold talks is to hold them in a year
    "what the article calls it": ("What does the article call the talks on UN issues?",
                                  "consultations on UN-related issues"),
    "the year talks were held": ("In what year did the Indian and Russian officials hold these talks?",
                                 "2024 (December 19-20, 2024)"),
    # the wh-phrase as the subject of a verb in the present, or as "the one doing it"
    "which country backs": ("Which of the two countries backs the other for the UNSC?", "Russia"),
    "the one offering its backing": ("In the Security Council matter, which of the two countries is the one offering "
                                     "its backing?", "Russia"),
    # "anti-terror" is how a reader says the facts' "counter-terrorism"
    "anti-terror talks": ("What did the anti-terror talks say about new technologies?",
                          "the emerging challenges posed by new technologies in the hands of terrorists"),
    # the name of a part that goes on past the name of its whole names the part
    "a part named after its whole": ("What topics came up in the India-Russia talks on UN matters?",
                                     "regional and global developments"),
    # "which two countries" asks the pair, not a description of what they took part in
    "which two countries": ("Which two countries took part in the counter-terror working group?", "India and Russia"),
    # the common name of a ministry asked by its country is the person's, not another's
    "whose foreign ministry a person works for": ("Which country's foreign ministry does Tanmaya Lal work for?", "India"),
    "whose foreign ministry, the other side": ("Which country's foreign ministry is Galuzin part of?", "Russia"),
    "a place in a body is a seat in it": ("What kind of place in the Security Council does Russia want India to get?",
                                          "permanent seat"),
    # no auxiliary before the subject: the kind's noun ends where Russia begins
    "what kind of X with no auxiliary": ("In what kind of Securty Council Russia supports India's permenant membership?",
                                         "reformed UNSC"),
    # "that it backs India" is what was said, not "the X it backs" (was "India")
    "a pronoun after 'that' opens no description": (
        "Which country said once more that it backs India getting a lasting spot on the top UN council?", "Russia"),
    # "next to" places; it asks nothing of what comes after the talks (was refused so)
    "'next to' is no future": ("Who did Lal sit down with to talk about the war next to Russia?", "Mikhail Galuzin"),
    # "they'd" is "they would", reported; "work harder" is to enhance
    "a contraction and 'work harder'": ("What did the two countries say they'd work harder on together?",
                                        "enhance cooperation on radicalisation, terror financing, and the use of "
                                        "technology for terrorist purposes"),
    # an aside after the wh-word does not make "was this gathering" a yes/no question
    "'which X, by number, was this'": ("Which edition, by number, was this gathering of the JWG?", "the 13th round"),
    # what a meeting agreed to step up it talked about; "stopping" is combating
    "talked about what was agreed, in everyday words": ("Did they talk about stopping terrorists getting money?",
                                                         "Yes"),
    "'happening' asks where it was held": ("Where were the UN consultations happening?", "Moscow"),
    # the options name people by their country: the person whose country is one of them
    "a person asked among people named by country": (
        "Who holds the title Secretary (West) — the Indian official or one of the Russian officials?", "Tanmaya Lal"),
    "a struggle is a conflict (everyday words)": (
        "Which armed struggle between states was also on the agenda of the conversations?", "conflict in Ukraine"),
    # the owner a fact's sentence gives the noun ("India's aspirations"), one of the options
    "whose X, with options": ("Whose aspirations in global diplomacy does the endorsement advance, India's or Russia's?",
                              "India"),
    # two numbers of one relation fit alike; a comparing word picks one
    "the higher of two round numbers": ("Of the two meetings, which had the higher round number?",
                                        "Joint Working Group on Counter-Terrorism (the 13th round)"),
    # the second option is a clause ("or was it repeating an earlier stance"), not part of what was done
    "new, or repeating an earlier stance": (
        "Was Moscow's backing for New Delhi's seat something new, or was it repeating an earlier stance?",
        "Again, not the first time: reiterated"),
    "going after what another got behind": ("What was India going after that Russia got behind?",
                                            "India's bid to become a permanent member of the United Nations Security "
                                            "Council"),
    # "discussions" name meetings: the answer is one, not what one discussed (was "regional and global developments")
    "a set of discussions is a meeting": (
        "Alongside the anti-terror talks, what other set of discussions were going on at the same time?",
        "consultations on UN-related issues"),
    # holding or meeting is what a count of times counts, no relation of its own (was refused at 0.42)
    "how many times a meeting was held": ("How many times have the two countries held the JWG?", "13 (the 13th round)"),
    "the talks about the UN": ("What round were the talks about the UN?", "the sixth round"),
    "swapping stories is sharing experiences": ("What did the two countries swap stories about at the JWG?",
                                                "experiences in tackling cross-border terrorism, radicalisation, "
                                                "and terror financing"),
    # session 25: each had been refused or answered otherwise (said beside it)
    # a meeting's purpose states its verb: Lal met Galuzin "to discuss the current
    # situation" in Ukraine (refused: no fact's own relation is "discussed")
    "a purpose's verb": ("Did Lal discuss Ukraine with Galuzin?", "Yes"),
    "a purpose's verb, one side named": ("Did Galuzin discuss Ukraine?", "Yes"),
    "a purpose's verb, a title before the name": ("Did the Russian minister Galuzin discuss Ukraine?", "Yes"),
    "a purpose's verb, in the passive": ("Was Ukraine discussed with Galuzin?", "Yes"),
    # an aside before a comma is no part of the question ("record" had been a word no
    # fact has, and the question refused)
    "an aside first": ("For the record, what is the full name of the MEA's Secretary (West)?", "Tanmaya Lal"),
    "an aside first, a curiosity": ("Out of curiosity, who led the Russian side?", "Sergey Vershinin"),
    # a part of a name offered is checked against the name (the options are names of
    # people too: "Sergey" is Vershinin's; refused)
    "a first name offered of two": ("Is Galuzin's first name Mikhail or Sergey?", "Mikhail (Mikhail Galuzin)"),
    "a first name offered, the other way": ("Is Vershinin's first name Sergey or Mikhail?", "Sergey (Sergey Vershinin)"),
    "a first name offered alone": ("Is Galuzin's first name Mikhail?", "Yes (Mikhail Galuzin)"),
    "a first name offered wrongly": ("Is Vershinin's first name Mikhail?", "No: Sergey (Sergey Vershinin)"),
    # one meeting named after "which" and asked no more is asked its round; "meeting"
    # after its name is its noun, not the Moscow talks (refused, at 0.12 to 0.59)
    "which named meeting": ("Which JWG meeting was held?", "the 13th round"),
    "which named meeting, its full name": ("Which Joint Working Group on Counter-Terrorism meeting was held?",
                                           "the 13th round"),
    "which named meeting happened": ("which jwg meeting happened", "the 13th round"),
    "which named meeting, where it was": ("which JWG was held in Moscow?", "the 13th round"),
    # "meat" for "meet" where the verb goes, though "discus" names a relation (0.57)
    "a slip to a real word": ("Who did Lal meat to discus Ukraine?", "Mikhail Galuzin"),
    # the pair after the set it belongs to (the set's words had hidden it: Lal, 0.54)
    "a pair named after its set": ("Of the two Russian officials named, Sergey and Mikhail, which one headed the "
                                   "Russian team?", "Sergey Vershinin"),
    # "who" after "the official" opens a clause: still yes or no ("Tanmaya Lal";
    # "Russia" for Vershinin); a person's country is what their title says
    "yes or no of one described": ("Is the official who met Galuzin Indian?", "Yes"),
    "yes or no of one described, a name": ("Is the person who headed the Russian team Vershinin?", "Yes"),
    "a person's country, yes": ("Is Galuzin Russian?", "Yes"),
    "a person's country, no": ("Is Galuzin Indian?", "No: Russia"),
    "a person's country, from": ("Is Vershinin from Russia?", "Yes"),
    # the asker's own claim put right ("Moscow" at 0.77; the number refused)
    "am I right, a number": ("Am I right that the terrorism working group was the sixth one? Which number was it "
                             "then?", "the 13th round"),
    "am I right, a meeting": ("Am I right that the UN consultations were where the two sides swapped experiences on "
                              "cross-border terrorism? Which meeting was it then?",
                              "Joint Working Group on Counter-Terrorism"),
    "is it true, a person": ("Is it true that Galuzin led the Russian team? Who did?", "Sergey Vershinin"),
    # the country is asked, the one of it beside it (the minister alone)
    "which country's minister": ("which country's minister met Lal?", "Russia (Mikhail Galuzin)"),
    # what a verb in the passive was done to: "the one being ..." had been the one
    # backing (Russia, 0.97), and "was backed" with no "by" a close call
    "the one being backed": ("For the permanent UNSC seat, which country is the one being backed - India or Russia?",
                             "India"),
    "was backed, no doer": ("Which country was backed?", "India"),
    "the one being backed, no options": ("which country is the one being backed?", "India"),
    # the people offered, and a first name said besides them (refused at 0.58)
    "whose first name, of two offered": ("Sergey \u2014 first name of Vershinin or Galuzin?", "Sergey Vershinin"),
    "whose first name, asked so": ("Whose first name is Mikhail, Vershinin's or Galuzin's?", "Mikhail Galuzin"),
    # "main" and "primary" grade the noun asked, and are no word the facts lack (refused
    # as "the facts say nothing about 'main'")
    "a grading word before the noun asked": ("Who was the main Russian negotiator?", "Sergey Vershinin"),
    "a grading word before the focus": ("What was the primary focus of the JWG?", "counter-terrorism"),
    # "the Moscow sit-down" is the meeting in Moscow, not what Russia did (refused at 0.53)
    "a capital before a word for a meeting": ("was the Moscow sit-down on December 19-20 or December 21?",
                                              "December 19-20, 2024"),
    # "does the article discuss" closing the wh-phrase says where it was read ("UNSC
    # ... discuss" had been read as the UN consultations, and Russia answered at 0.73)
    "a frame closing the wh-phrase": ("Whose bid for a permanent UNSC seat does the article discuss, India's or "
                                      "Russia's?", "India"),
    # a person's nationality is a country (refused, or "Russian delegation")
    "a person's nationality": ("What is Mikhail Galuzin's nationality?", "Russia"),
    "what nationality": ("What nationality is Vershinin?", "Russia"),
    # the series named after "which session was this" (refused as an event asked)
    "which session was this of the series": ("In numerical order, which session was this of the counter-terrorism "
                                             "working group?", "the 13th round"),
    # a description is not cut inside its noun phrase ("the group of Indian | diplomats"
    # had left "Tanmaya Lal diplomats in both meetings", read as whom Lal met)
    "a description read whole": ("What is the name of the person who led the group of Indian diplomats in both of "
                                 "the meetings?", "Tanmaya Lal"),
    "the one described is the one asked": ("What is the name of the person who was the boss of the group of Indian "
                                           "diplomats in both of the meetings?", "Tanmaya Lal"),
    # a request after a first-person lead-in, and "please" at the end (refused, or the
    # Indian delegation at 0.93)
    "a lead-in, a request, a topic first": ("I am reading this news for my English class and I want to know, the "
                                            "person who was the boss of the group of Indian diplomats in both of the "
                                            "meetings, what is his name please?", "Tanmaya Lal"),
    # a request for a name's thing ("give Vershinin's role") had been read as a person asked
    "a request for a named one's thing": ("Give Sergey Vershinin's official role.",
                                          "Deputy Minister of Foreign Affairs for Russia"),
    # a blank before a series' noun or a meeting's name is its place in the series
    "a blank before a meeting's name": ("Fill in: the counter-terrorism meeting was the ____ Joint Working Group.",
                                        "the 13th round"),
    "a blank before a series noun": ("It was the ____ meeting of the Joint Working Group.", "the 13th round"),
    # the describing word the article puts before the thing's name (refused)
    "a describing word chosen": ("The counter-terrorism working group \u2014 was that its 13th meeting or its sixth?",
                                 "its 13th meeting"),
    # "of it" is the council again, so the options are "current" and "overhauled" (was
    # India's seeking, at 0.78, then refused)
    "a choice of versions 'of it'": (
        "Russia wants India in for keeps on the council \u2014 but the current version of it or an overhauled one?",
        "reformed"),
    # the state the thing must be in, asked openly (refused, or India's bid at 0.84)
    "a council that has been what": ("Moscow's endorsement is for a permanent seat in a Security Council that has "
                                     "been what?", "reformed UNSC"),
    "in what condition must it be": ("In what condition must the Security Council be for Moscow's backing of India to "
                                     "apply?", "reformed UNSC"),
    "as it currently stands": ("Does Russia want India on the Security Council as it currently stands, or on a "
                               "changed one?", "reformed"),
    # a kind of seat on the council is no state of the council
    "a kind of council seat": ("What kind of Security Council seat does Moscow want New Delhi to get?",
                               "permanent seat"),
    # one person, or someone else: the question without its options names the one
    # (refused as a choice too long to read, or as nothing stated)
    "this one or a different one": ("Was Ukraine discussed with the head of the Russian team or with a different "
                                    "Russian deputy foreign minister?",
                                    "a different Russian deputy foreign minister: Mikhail Galuzin"),
    "a named one or someone else": ("Was the war talk part of Lal's sit-down with Vershinin, or with someone else?",
                                    "someone else: Mikhail Galuzin"),
    # the people offered say what kind of answer "which of the two" asks (refused at 0.15)
    "which of two people offered": ("Lal or Vershinin \u2014 which of the two is Russia's Deputy Minister of Foreign "
                                    "Affairs?", "Sergey Vershinin"),
    # "where does X stand on ..." asks a stance, not a place (Russia, at 0.63)
    "where one stands on something": ("Where does Russia stand on India's bid?",
                                      "supports India's bid to become a permanent member of the United Nations Security "
                                      "Council"),
    "an existing or a reformed one": ("Is the Security Council that Russia wants India to join described as the "
                                      "existing Council or a reformed one?", "reformed"),
    # "which pair of countries" asks two, as "which two countries" does (Russia, at 0.73)
    "which pair of countries": ("Which pair of countries took part in these meetings?", "India and Russia"),
    # a name part said first names its owner, whatever descriptions are offered after it
    # (Galuzin's first name had been answered at 0.68)
    "a name part said, its owner asked": ("Sergey is the first name of which Russian, the one who headed the team "
                                          "or the one who met Lal about Ukraine?", "Sergey Vershinin"),
    "whose first name is": ("Whose first name is Mikhail?", "Mikhail Galuzin"),
    # ordinals offered as examples ("like the first, the second...") are no options
    "ordinals offered as examples": ("The gathering of the group that works against terrorism, it was which edition, "
                                     "like the first, the second...?", "the 13th round"),
    # "what is the country that ..." asks a country, as "which country" does (Moscow)
    "what is the country that": ("What is the country that hosted the talks?", "Russia"),
    # options split by a slash are a choice (refused)
    "options split by a slash": ("Circle the right answer: the UN consultations were in their sixth round / "
                                 "thirteenth round.", "the sixth round"),
    # a direction asked of a title is the title's word of direction (the Indian
    # delegation, the MEA, or a refusal for "responsible")
    "a direction in a described one's title": ("Which compass direction appears in the title of India's head "
                                               "negotiator?", "West"),
    "a part of the world in a named one's title": ("Lal is responsible for which part of the world at the Indian "
                                                   "ministry, according to his title?", "West"),
    # one subject of a meeting is what it is about, not what it reviewed (answered
    # "regional and global developments")
    "the subject of a meeting": ("According to the report, what was the subject of the sixth-round consultations?",
                                 "UN-related issues"),
    # to say something was important or mattered is to underscore it (refused)
    "said was important": ("What did the JWG say was important?", "the importance of collaboration in both bilateral "
                           "and multilateral platforms to strengthen counter-terrorism efforts"),
    "said it matters": ("they said teaming up matters in what kinds of settings?", "bilateral and multilateral platforms"),
    # a thing as it is, or changed: the fact that says "a reformed UNSC" chooses
    # (refused, or answered "permanent membership of the UNSC" at 0.94)
    "as it stands, or changed": ("The place India is after, is it on the council as it stands today, or on a "
                                 "shaken-up, overhauled version of it?", "reformed"),
    "as it is now, or changed": ("Russia wants India as a permanent member, but of the Security Council as it is now, "
                                 "or of a Security Council that was changed?", "reformed"),
    # options between commas after the kind asked are read last ("temporary" had been
    # read as the noun asked)
    "options between commas": ("What kind of seat, temporary or lasting, is New Delhi hoping to secure?", "permanent"),
    # hoping to land / secure / obtain is seeking (refused)
    "hoping to land": ("Which country is the one hoping to land the permanent UNSC seat, India or Russia?", "India"),
    # "what does the article say is / are ..." frames the question as "say" before a noun does
    "the article says are": ("Which sort of relations does the article say are being strengthened — between two "
                             "nations or among many?", "stronger bilateral relations"),
    # "whos" typed without its apostrophe is "who is" to the patterns too (Lal, the one
    # in the relative clause, had been the answer)
    "whos without an apostrophe": ("Whos the Russian depty foreign minister that Lal met?", "Mikhail Galuzin"),
    # a leading "when" clause before a question asked yes or no, or a choice, is no date
    # asked (the dates, or part of an option, had been the answer)
    "a when clause, then yes or no": ("When the UN consultations were held, did Russia back India's bid?", "Yes"),
    "a when clause, then a choice": ("When Lal met Galuzin, was the subject counter-terrorism or the situation "
                                     "in Ukraine?", "the current situation in Ukraine"),
    "a when clause after yes or no": ("Was Ukraine discussed when Lal met Galuzin?", "Yes"),
    # "how many times" counts the rounds, not a time of day (refused)
    "how many times, this one included": ("How many times have the two sides now sat down for consultations on UN "
                                          "matters, this meeting included?", "6 (the sixth round)"),
    # a comparing word picks between the options by their numbers, whichever fact the
    # rest of the question favours (refused, or answered the consultations for being held)
    "met more times": ("Which had held more rounds: the JWG or the UN consultations?",
                       "Joint Working Group on Counter-Terrorism (the 13th round)"),
    "the lower number": ("Which had the lower round number: the JWG or the UN consultations?",
                         "consultations on UN-related issues (the sixth round)"),
    # two short options said first, before a colon, then the question they answer (refused)
    "options before a colon": ("Tanmaya Lal or Sergey Vershinin: which one was India's man?", "Tanmaya Lal"),
    "first names before a colon": ("Mikhail or Sergey: what's Vershinin's first name?", "Sergey (Sergey Vershinin)"),
    # "Moscow's first time backing ...": did Moscow back ..., and had it before (refused)
    "someone's first time": ("Was this Moscow's first time backing India's bid?", "No: reiterated (not the first time)"),
    # a sports commentator's words for leading, discussing, a team, a period and a kind (refused)
    "skippered": ("Who skippered the Russian side?", "Sergey Vershinin"),
    "got airtime": ("Which war got airtime?", "conflict in Ukraine"),
    "a squad": ("Which squad did Vershinin captain?", "Russian delegation"),
    "a stretch of days": ("Over which stretch of December did the Moscow sessions run?", "December 19-20, 2024"),
    "a flavour of terrorism": ("What flavour of terrorism did both sides share experiences on?",
                               "cross-border terrorism"),
    # a sentence after the question that only says how to put the answer ("Russian
    # delegation", the "full name" of the side, had been the answer)
    "how to put the answer, after it": ("Who led the Russian side? Give the full name.", "Sergey Vershinin"),
    # held side by side with / alongside a meeting is held in parallel with it (the
    # agreed cooperation had been the answer, "side by side" read as working together)
    "held side by side": ("What was held side by side with the counter-terrorism working group?",
                          "consultations on UN-related issues"),
    # a line of the article is where it says it, no word of what is asked (refused)
    "the final line says": ("The final line says the ongoing collaboration helps foster what sort of relations?",
                            "stronger bilateral relations"),
    # a chat with someone is meeting them (refused)
    "a side chat": ("who did the indian official have a side chat w/ about the war in eastern europe",
                    "Mikhail Galuzin"),
    # a topic, then "was that with A or with B": with whom (read as which of the two the chat was)
    "was that with A or with B": ("The Indian official's chat about Ukraine - was that with Vershinin or with "
                                  "Galuzin?", "Mikhail Galuzin"),
    # "which side's ministry" asks the country, as "which country's ministry" does (refused)
    "which side's ministry": ("Which side's ministry put out the press release?",
                              "India (Ministry of External Affairs)"),
    # keywords: a relation's word after the noun whose kind is asked ends that noun (refused)
    "a kind, then the relation, as keywords": ("type of terrorism experiences shared", "cross-border terrorism"),
    # near home and further afield are regional and global; a scale is a kind (refused)
    "close to home or further afield": ("What was talked over during the United Nations consultations, things close "
                                        "to home or further afield?", "regional and global developments"),
    "two scales": ("At the UN-issues round, which two scales of developments got looked over?",
                   "regional and global developments"),
    # a country's name names the topic named after it, when the relation asked is the
    # fact's own (refused: "conflict in Ukraine" is a topic, not the country)
    "a topic by its country's name": ("Was Ukraine discussed?", "Yes"),
    # a noun a clause describes ("the date on which ...", "the day the ...") is the kind
    # asked, and "date" beside a verb of one end asks that end, not the meetings' days
    "the date a clause describes": ("Give the date on which the talks began.", "December 19, 2024"),
    "the day a contact clause describes": ("Name the day the meetings ended.", "December 20, 2024"),
    "the city a clause describes": ("Name the city where the talks were held.", "Moscow"),
    "what date, one end": ("What date did the meetings end?", "December 20, 2024"),
    # the parties said together before the verb are the doer, as the fact's sentence
    # says them, though the question repeats the object (had been the JWG, the subject)
    "what the two sides did, its object repeated": (
        "What did both delegations swap on cross-border terrorism, radicalisation and terror financing?",
        "experiences in tackling cross-border terrorism, radicalisation, and terror financing"),
    "what both countries reaffirmed": ("What did both countries reaffirm regarding global terrorism and extremism?",
                                       "their commitment to combatting global terrorism and extremism"),
    # the object of the relation asked said in other words ("a permanent seat on the
    # UNSC" for "permanent membership of the United Nations Security Council"): its
    # doer is asked (had been refused, India at 0.56 against Russia, which backs it)
    "the doer of an object said in other words": (
        "Which country is angling for a permanent seat on the UNSC, Russia or India?", "India"),
    # a reported question "what NAME did ...": the name acts; it is no noun asked nor a
    # hint of the answer's kind (had been refused, or answered with the name itself)
    "what a name did, reported": ("Tell me what India is seeking.",
                                  "permanent membership of the United Nations Security Council"),
    "what a person discussed, reported": ("I'd like to know what Lal discussed with Galuzin.",
                                          "the current situation in Ukraine"),
    # "kindly confirm", "verify" lead in to the question they put (had been "India",
    # and "Sergey Vershinin")
    "kindly confirm what": ("Kindly confirm what Russia reiterated its support for.",
                            "India's bid to become a permanent member of the United Nations Security Council"),
    "verify what": ("Verify what Vershinin headed.", "Russian delegation"),
    # a topic said first, then a question whose "its" is another's and whose options
    # follow a colon: the options stay options (had been refused; "the Moscow talks")
    "a fronted topic before options": (
        "The Moscow talks — which meeting was where Russia voiced its firm support: the JWG or the UN consultations?",
        "consultations on UN-related issues"),
    # "the guy/fellow who ..., or the one ...": a person offered by what they did
    # (had been "Russian delegation", the team of the first option)
    "the fellow who did one or the other": (
        "Was Vershinin the fellow heading Russia's team, or the fellow Lal met about Ukraine?",
        "The fellow heading Russia's team"),
    # a person named by what they are (Galuzin's "Russian Deputy Foreign Minister"):
    # the one who met them is asked (had been Galuzin himself)
    "who met a person named by their office": ("Who met the Russian Deputy Foreign Minister?", "Tanmaya Lal"),
    # ... but a person asked among a set by their office is no noun missing from the
    # answer: Galuzin is one of the two deputy ministers
    "one of two officials by their office": ("Which of the two Russian deputy foreign ministers discussed Ukraine "
                                             "with Lal?", "Mikhail Galuzin"),
    # "using", "used" are "use" (too short for the suffix rule, they had met no fact's word)
    "terrorists using technology": ("Did the sides agree to step up cooperation against terrorists using technology?",
                                    "Yes"),
    # "whose X is being backed": the passive asks whom it was done to, however the
    # question says X (had been Russia, which does the backing)
    "whose thing is being backed": ("In the UNSC piece, whose bid for a permanent seat on the UNSC is being backed, "
                                    "India's or Russia's?", "India"),
    # "Indo-" is India's ("the facts say nothing about 'indo'" before)
    "Indo-Russian": ("Where were the Indo-Russian talks held?", "Moscow"),
    # "the stance of X on ...": the holder said after "of" (a team too, for its country)
    # (had been refused: only a holder before the word was read)
    "the stance of a country": ("What is the stance of Russia on India's bid?",
                                "supports India's permanent membership in a reformed UNSC "
                                "(firm support, voiced once again)"),
    # "record/verify/note the ..." asks for the thing named, as "identify the ..." does
    # (had been the title 0.68, "the Moscow talks" 0.97)
    "record the one who did it": ("Note the Russian official who chaired Moscow's side.", "Sergey Vershinin"),
    "verify the thing described": ("Verify the conflict that came up among the international issues.",
                                   "conflict in Ukraine"),
    # "confirm (that) <statement>" asks yes or no (had been refused)
    "confirm a statement": ("Confirm that the talks took place in Moscow.", "Yes"),
    # "what was the kind/level of X": what kind of X (had been the bid, and "Moscow")
    "the kind of a noun asked with a copula": ("What was the sort of Security Council in which Russia backs "
                                               "India's permanent seat?", "reformed UNSC"),
    "the level of the meetings": ("What was the level of the Moscow meetings?", "high-level meetings"),
    # "what three threats": a list of three answers it, not a lone challenge (had been
    # "the emerging challenges posed by new technologies ..." at 0.74)
    "a count of things asked": ("What three dangers did the two countries talk about fighting jointly?",
                                "joint efforts to combat terrorism, radicalisation, and terror financing"),
    # "per the ..., " leads a question as "according to the ..." does (had been the
    # ministry itself, "Ministry of External Affairs" at 0.86)
    "per the source": ("Per the ministry's press release, on what issues did the sides agree to enhance cooperation?",
                       "enhance cooperation on radicalisation, terror financing, and the use of technology for "
                       "terrorist purposes"),
    # "official" before a post is an adjective, not the person asked (had been refused)
    "an official post in a terse query": ("Galuzin's official title, please.", "Russian Deputy Foreign Minister"),
    # an option of three stems said in two words ("UN-related issues") is an option, not a
    # clause (had been "issues", the one word tried alone)
    "a hyphenated option": ("Were the consultations held on UN-related issues or on energy trade?",
                            "UN-related issues"),
    # the acronyms offered are the answer's form (had been "Ministry of External Affairs")
    "an acronym chosen": ("Which acronym stands for the ministry Lal serves in: MEA or JWG?", "MEA"),
    # "apart from terrorism itself": the list that has terrorism is the one asked about,
    # not a lone challenge another meeting discussed (had been too close to call)
    "the list that has what is set aside": ("Apart from terrorism itself, which related problems did the two sides "
                                            "discuss fighting jointly?", "radicalisation and terror financing"),
    # "which X's talks with Y were about Z": which X met Y to discuss Z (had been refused)
    "whose meeting was about it": ("Which Russian diplomat's conversation with Lal was about the situation in Ukraine?",
                                   "Mikhail Galuzin"),
    # "what adjective does the article use for X": what kind of X (had been the bid at
    # 0.61, and a refusal)
    "the adjective used for a thing": ("What adjective does the article use for Russia's support?", "firm support"),
    "the adjective used for the meetings": ("What adjective does the article use for the meetings in Moscow?",
                                            "high-level meetings"),
    # a country said by its state (had been refused), but "government" before another
    # noun only qualifies it (the guard: "Indian government office" is the ministry)
    "a government is a country": ("Which government does Galuzin serve?", "Russia"),
    "a state played host": ("Which state played host to the meetings?", "Russia"),
    "a government office": ("Which Indian government office issued the press release?",
                            "Ministry of External Affairs"),
    # "UN-focused" is "UN-related": what the track is about, not a relation of focusing
    # (had been refused at 0.44)
    "an X-focused thing is about X": ("Which round of the UN-focused consultative track took place?",
                                      "the sixth round"),
    # "what sorts of threats": a noun that only classes topics, which no fact says, asks
    # which ones, as "which threats" does (had been refused: no kind of threat is said)
    "sorts of a class noun": ("What sorts of threats did the two countries swap notes on?",
                              "tackling cross-border terrorism, radicalisation, and terror financing"),
    # the fact that has every word of the question is the answer, against facts that
    # leave three or more of its words unexplained (had been refused at 0.46)
    "every word explained": ("Which body stressed the value of working together on various platforms?",
                             "Joint Working Group on Counter-Terrorism"),
    # a label before a colon that names nothing the facts know, and someone else's wish
    # to know, are lead-ins to the question after them (had been refused)
    "a label before a colon": ("Fact check for the show notes: which city were the meetings in?", "Moscow"),
    "someone else wants to know": ("The host wants to know what Lal's title is", "Secretary (West) at the MEA"),
    "a reported question ending in a preposition": ("Our producer needs to know what the sixth round was about",
                                                     "consultations on UN-related issues"),
    # a worksheet's number before an imperative (had been refused: "q7" unknown)
    "a worksheet number": ("Q7. Identify the city where the talks were held.", "Moscow"),
    # the asker checks a memory: the statement, asked yes or no (had been refused)
    "am I right in thinking": ("Am I right in thinking that Galuzin discussed Ukraine with Lal?", "Yes"),
    # the name said after "called" picks the option it belongs to (had been the other one)
    "an option called by a part of the name": ("Which Russian official is called Sergey, Vershinin or Galuzin?",
                                               "Sergey Vershinin"),
    # an option whose words stand a word apart in the sentence is answered whole, in the
    # article's words (had been "conflict")
    "an option said whole": ("Which ongoing issue came up, the Ukraine conflict or the Syrian war?",
                             "conflict in Ukraine"),
    # "tell me the name of ..." reads as "what is the name of ...?" (had been the release itself)
    "tell me the name of": ("Tell me the name of the ministry that published the press release",
                            "Ministry of External Affairs"),
    # "taken up" is discussed, as "took up" was (had been refused)
    "taken up": ("Was cross-border terrorism taken up at the JWG or at the UN-related consultations?",
                 "Joint Working Group on Counter-Terrorism"),
    # "the two meets" are the meetings (had been the topic discussed)
    "meets as a noun": ("At which of the two meets was Ukraine discussed?", "Lal's meeting with Mikhail Galuzin"),
    # "..., and if so under what name?" asks the wh-phrase of the clause before it (had
    # been refused)
    "if so, under what name": ("Was the financing of terror taken up by the two sides, and if so under what name?",
                               "joint efforts to combat terrorism, radicalisation, and terror financing"),
    # "what manner of" asks a kind, as "what sort of" does (had been refused: no 'man')
    "what manner of": ("What manner of backing did Moscow voice for India's bid?",
                       "India's permanent membership in a reformed UNSC (firm support, voiced once again)"),
    # representing a country is being on its side, not leading it (had been refused)
    "representing a side": ("Did Mikhail Galuzin represent India or Russia?", "Russia"),
    # the step of one relation asked is the answer when it is of the type asked: the
    # delegation, not the country it stands for (had been refused)
    "a group led": ("What group did Lal lead?", "Indian delegation"),
    # a description replaced by a common noun's name keeps its article: "what does the
    # piece call Indian delegation" had read "call" as a name and answered Lal
    "what the piece calls a described group": ("What does the piece call the group Lal led?", "Indian delegation"),
    # "which nation's ambition to ..." asks the nation with that aim (had been refused)
    "a country's ambition": ("Which nation's ambition to sit permanently on the Security Council does the piece cover?",
                             "India"),
    # the article's term for a thing described in other words (had been refused)
    "the article's term": ("What word does the piece use for the funding of terror groups?", "terror financing"),
    # "stepping up" is "step up", enhancing (had been refused at 0.45)
    "stepping up": ("Which body's press release spoke of the two sides stepping up cooperation on terror financing?",
                    "Ministry of External Affairs"),
    # a person named first, then what they may be: the options describe that person
    # (had been refused; "Is Galuzin India's ... or ..." had been Lal, Secretary (West))
    "a person's title among descriptions": ("Was Vershinin India's Secretary (West) or Russia's Deputy Minister of "
                                           "Foreign Affairs?", "Deputy Minister of Foreign Affairs for Russia"),
    # an option that holds a meeting's name whole, not its first part (had been Lal)
    "a meeting named by its parts": ("Was the conflict in Ukraine discussed at the JWG or in Lal's meeting with Galuzin?",
                                     "Lal's meeting with Mikhail Galuzin"),
    # a set said first, then "which of them": one of the set (had been Moscow)
    "one of a set said first": ("There were two Russian deputy ministers. Which of them met Lal about Ukraine?",
                                "Mikhail Galuzin"),
    # the option as offered, from a sentence that says it in its words, not a synonym
    # from another (had been "extremism")
    "the option's own word": ("Which was among the counter-terror group's issues: radicalisation or the Ukraine war?",
                              "radicalisation"),
    # "he" in the last sentence is the one person named before it (had been Lal himself)
    "he, named before": ("Lal discussed Ukraine with a Russian deputy minister. Was that the leader of the Russian "
                         "side, or someone else? Name the man he met.", "Mikhail Galuzin"),
    # "Name that minister." after a choice asks the minister (had been the option's words)
    "name that minister": ("Was Ukraine discussed at the JWG, or at Lal's meeting with a Russian deputy minister? "
                           "Name that minister.", "Mikhail Galuzin"),
    # an imperative for a person asks who (had been the Indian delegation)
    "identify a person": ("Identify India's chief envoy at the Moscow talks.", "Tanmaya Lal"),
    # a delegation from a capital is its country's (had been too close: Lal or Vershinin)
    "a delegation from a capital": ("Who headed the delegation from Moscow?", "Sergey Vershinin"),
    # "signal"/"convey" about a thing is "say" about it, not "marks" (had been refused)
    "signal about": ("What did Moscow signal about India's bid?",
                     "its support for India's bid to become a permanent member of the United Nations Security Council"),
    "convey about": ("What did the MEA convey about terror financing?",
                     "The two sides agreed to enhance cooperation on addressing issues of radicalisation, terror "
                     "financing, and the use of technology for terrorist purposes"),
    # "participated in" is "took part in", holding the talks (had been no such relation)
    "countries that participated": ("Which countries participated in the talks?", "India and Russia"),
    # a country only talked about is no one of a pair that took part (Ukraine, beside
    # Russia in the sentence on the Lal-Galuzin meeting, had made it too close to call)
    "two countries that took part": ("Which two countries took part in the Moscow talks?", "India and Russia"),
    # "name the X that did Y" is "which X did Y"; "the pair of" is "the two" (had been
    # too close to call, and refused for an unknown "pair")
    "name the ones that did it": ("Name the countries that took part in the talks.", "India and Russia"),
    "the pair of countries": ("Name the pair of countries that took part in these Moscow talks.", "India and Russia"),
    # "subject area" is the subject, what they were about (had been refused at 0.47)
    "a subject area": ("What subject area were the consultations about?", "UN-related issues"),
    # three options, the first before a comma (had been refused)
    "three dates offered": ("Was the article dated December 19, December 20 or December 21?", "December 21, 2024"),
    # a term, then whose name it is (had been refused)
    "a name, then whose": ("Mikhail: is it Galuzin's first name or Vershinin's?", "Mikhail Galuzin"),
    # the set said first ("of the two Russian officials") says what the options are,
    # not a thing the answer's facts must name (had been refused at 0.65)
    "an option named by a first name": ("Of the two Russian officials, which one is Sergey: Vershinin or Galuzin?",
                                        "Vershinin"),
    # a slip that sounds like a word of the facts is that word, not a spoken "-in'"
    # ending ("rushin" had been "rushing", and too close to call)
    "a slip that sounds like the word": ("who chaired the rushin team?", "Sergey Vershinin"),
    # the strength of a thing, as the source describes it: how strong it was (had been
    # too close to call)
    "the strength described": ("How does the piece describe the strength of Russia's backing for India's "
                               "membership bid?", "firm support"),
    # its importance: what it marks (had been the opening's "significant diplomatic development")
    "the importance described": ("How is the importance of Russia's endorsement for India described?",
                                 "a significant step towards India's aspirations in global diplomacy"),
    # a relation's noun, then the verb asked last: the noun's thing is the subject (had
    # been what Russia backs)
    "what the backing signifies": ("What does Russia's backing for India signify?",
                                   "a significant step towards India's aspirations in global diplomacy"),
    # "does the article call X A or B" asks whether X is A or B (had been refused: no
    # fact has the article call anything)
    "what the article calls it, A or B": ("Does the article call the threat from new technologies long-standing or "
                                          "emerging?", "emerging"),
    # "which direction" asks a compass point, not who directed (led) anything; a title's
    # own word ("Secretary") asks the direction in that title (had been the Indian delegation)
    "a direction in a title": ("Lal is Secretary of which direction?", "West"),
    # the noun asked after ("which platforms") is what is wanted, though the fact's text
    # holds it: the question gives the rest of the sentence, not its platforms (had been
    # the purpose the question itself states, "counter-terrorism efforts")
    "the asked noun is not given": ("In which platforms did the JWG underscore the importance of collaboration to "
                                    "strengthen counter-terrorism efforts?",
                                    "the importance of collaboration in both bilateral and multilateral platforms to "
                                    "strengthen counter-terrorism efforts"),
    # a delegation's "principal" is its head (had been refused, or the Indian delegation)
    "a principal heads a side": ("Name India's principal at the talks.", "Tanmaya Lal"),
    "the Russian principal": ("Who was the Russian principal?", "Sergey Vershinin"),
    # a "workstream" is one of the meetings (had been refused)
    "a workstream is one of the meetings": ("Which round was the UN workstream?", "the sixth round"),
    # "future challenges" are a worry of now, the emerging ones (had been refused as asking
    # what comes after the talks)
    "future challenges are the emerging ones": ("What future challenges did the working group focus on?",
                                                "the emerging challenges posed by new technologies in the hands of terrorists"),
    # keywords that end in the noun of the one doing it ask for the doer (had been what
    # Russia supports)
    "keywords asking a doer": ("permanent membership supporter", "Russia"),
    # the exact words of a statement are what it said (had been refused: "exact", or no
    # fact of "say exactly")
    "the exact words of a statement": ("What were the exact words of the MEA press release?",
                                       "The two sides agreed to enhance cooperation on addressing issues of "
                                       "radicalisation, terror financing, and the use of technology for terrorist purposes"),
    "what a statement said, exactly": ("What did the MEA press release say, exactly?",
                                       "The two sides agreed to enhance cooperation on addressing issues of "
                                       "radicalisation, terror financing, and the use of technology for terrorist purposes"),
    # "which first name belongs to / goes with X", options before or after: X's first
    # name (had been refused)
    "a first name that goes with a surname": ("Sergey or Mikhail: which first name goes with Galuzin?",
                                              "Mikhail (Mikhail Galuzin)"),
    "a first name that belongs to a surname": ("Which first name belongs to Vershinin, Sergey or Mikhail?",
                                               "Sergey (Sergey Vershinin)"),
    # a counterpart asked among options: the one who did for the other side what the
    # person did for his (had been Galuzin, whom Lal met)
    "a counterpart among options": ("Was Tanmaya Lal's counterpart Vershinin or Galuzin?", "Sergey Vershinin"),
    # "Between A and B, which ...": a choice, its options said first (had been Galuzin)
    "options said first after between": ("Between Deputy Foreign Minister and Secretary (West), which title does "
                                         "Lal hold?", "Secretary (West) at the MEA"),
    # "served as the leader of" a side is leading it, not holding a title (had been
    # refused, too close to Galuzin's title)
    "served as the leader of a side": ("Who served as leader for the Russian side in the meetings?",
                                       "Sergey Vershinin"),
    # a side's "principal" describes its head, as "leader" does (had been refused)
    "the title of a side's principal": ("What is the designation of India's principal?", "Secretary (West) at the MEA"),
    "the principal of a team": ("Who is the principal of the Russian team?", "Sergey Vershinin"),
    # "which country was endorsing": the one doing it, as "which country endorsed" is
    # (had been too close between India and Russia)
    "which one was doing it": ("Which country was endorsing the other's bid?", "Russia"),
    "which one was doing it, of two": ("Which side was backing the bid, India or Russia?", "Russia"),
    # "principal" before a noun is "main", not a side's head (with "principal" read as
    # a head alone, had been Tanmaya Lal)
    "a principal body is a main one": ("Which principal UN body does India want a permanent seat on?",
                                       "United Nations Security Council"),
    # "phenomenon" names no kind of thing, as "matter" does not (had been refused)
    "a phenomenon is any thing": ("Besides terrorism, which other phenomenon did India and Russia commit to "
                                  "combatting?", "extremism"),
    # "the third X, after A and B": the other one besides them (had been refused: "third")
    "the third after two named": ("What was the third issue, after radicalisation and terror financing, on which the "
                                  "two sides agreed to enhance cooperation?", "the use of technology for terrorist purposes"),
    # "what kind of X, a Y one?": a guess offered after the question, which the answer
    # settles (had been refused)
    "a kind asked with a guess": ("Russia backs India's membership of what kind of UNSC - a reformed one?",
                                  "reformed UNSC"),
    # the asker's aside before a colon ("I keep mixing these up:") is no part of what is
    # asked (had been refused: "keep", "mixing")
    "the asker's aside first": ("I keep mixing these up: was the JWG the 13th or the sixth meeting of its kind?",
                                "the 13th"),
    # an option named with words of its own name around it ("the counter-terrorism JWG")
    # is that thing (had been refused: the options were not read)
    "an option said with words of its name": ("Which meeting talked about regional and global developments: the sixth "
                                              "round of UN consultations or the counter-terrorism JWG?",
                                              "consultations on UN-related issues"),
    # "Of the two X mentioned, which one ...": which X (had been refused)
    "which one of a set said first": ("Of the two Russian deputy ministers mentioned, which one is linked to the "
                                      "Ukraine talks?", "Mikhail Galuzin"),
    # a remark after the question that asks nothing ("Desk wants it checked.") is set
    # aside when the question alone is answered surely (had been refused: "desk", "copy")
    "a remark after the question": ("Was the counter-terrorism JWG the sixth round or the 13th? Desk wants it checked.",
                                    "the 13th round"),
    "a remark after a yes-or-no": ("Is Russia's support for India's seat new or a restatement? Copy must get this right.",
                                   "Again, not the first time: reiterated"),
    "a surname that goes with a first name": ("Sergey goes with which surname, Galuzin or Vershinin?",
                                              "Vershinin (Sergey Vershinin)"),
    # a name said first, then asked yes or no through "he" (had been refused: the
    # options were weighed by words, and neither was said)
    "a name said first, then asked of": ("Galuzin, was he an Indian official or a Russian official?",
                                         "Russian delegation"),
    # a wh-question followed up yes or no is answered whole by its own answer (had been
    # "Yes", which answers only the follow-up)
    "a wh-question, then a yes-or-no one": ("What did Lal and Galuzin discuss, did they talk about Ukraine?",
                                             "the current situation in Ukraine"),
    # one person at both meetings the question does not name: each meeting asked (had
    # been "Yes" with no name, and "No: India's delegation led by is Tanmaya Lal, ...")
    "one person at both meetings": ("Did the same official lead the Indian side at both sessions?",
                                    "Yes: Tanmaya Lal at both"),
    "led by one person at both meetings": ("Was India's delegation led by the same person at both meetings?",
                                           "Yes: Tanmaya Lal at both"),
    # a dateline is a date (had been refused); an owner's date is the date of the
    # owner (had been "the article": the thing dated)
    "a dateline": ("What dateline does the article carry?", "December 21, 2024"),
    "an owner's date": ("What was the talks' date?", "December 19-20, 2024"),
    # the article's own word for what its name in the facts is not (had been "Russian
    # delegation"); a short description said by one word (had been refused); "what is
    # the term the article uses for" (had been refused)
    "the article's word for a thing": ("What word does the piece use for the side Vershinin led?", "Russian team"),
    "a one-word term": ("What term does the text use for people becoming extremists?", "radicalisation"),
    "the term the article uses": ("What is the term the article uses for money that goes to terrorists?",
                                  "terror financing"),
    # "subject matter" is the subject (had been "India", who held the round); what a
    # ministry put out to state something is its document (had been the agreement)
    "a subject matter": ("On what subject matter was the sixth round of consultations held?", "UN-related issues"),
    "what a ministry put out": ("What did the Ministry of External Affairs put out to announce the agreement?",
                                "MEA press release"),
    # a fact of one option that names the other ("held in parallel with the JWG") is no
    # evidence for the other (had been refused: both options weighed alike)
    "an option named by the other's fact": (
        "Did regional and global developments come up at the counter-terrorism JWG or at the consultations on "
        "UN-related issues?", "at the consultations on UN-related issues"),
    # a description inside another one's clause is read in turn, and its own title is
    # not the title asked (had been "Secretary (West) at the MEA", Lal's)
    "a description in another's clause": (
        "What is the title of the Russian official with whom the head of India's delegation discussed Ukraine?",
        "Russian Deputy Foreign Minister"),
    # keywords that start with the kind of thing asked, then what was done to it (had
    # been "global security challenges", what the talks also covered)
    "keywords: a kind, then what was done to it": ("international conflict covered moscow meetings",
                                                    "conflict in Ukraine"),
    # the form a body's statement took is the one document it issued, whatever the
    # statement was about (had been refused: its topic is no word of that fact)
    "the form of a body's statement": ("In what format did the MEA issue its statement on the UN consultations?",
                                       "MEA press release"),
    # an aside in commas that says only where the answer is from (had been refused)
    "an aside naming the source": ("How firmly, as the article puts it, did Russia support India's bid?",
                                   "firm support"),
    # a person called by a country's adjective and a post ("the Indian secretary"): the
    # one person of that country the facts know (had been refused)
    "a country's secretary": ("which russian official did the indian secretary meet", "Mikhail Galuzin"),
    # a slip that makes another real word inside a name, at its first letter or after
    # "of" (had been refused)
    "a slip inside a name after a small word": (
        "what did the ministry of eternal affairs say both sides agreed to enhance",
        "enhance cooperation on radicalisation, terror financing, and the use of technology for terrorist purposes"),
    "a slip at a name's first letter": ("what is the name of the secretary vest at the mea", "Tanmaya Lal"),
    # speech written down: "like" before an option or a clause (had been refused)
    "a spoken 'or like'": ("was it cross border terrorism or like domestic terrorism they shared experiences on",
                           "tackling cross-border terrorism, radicalisation, and terror financing"),
    "a spoken 'like' before a clause": ("um how big a deal does the piece call russia backing india's un bid",
                                       "significant diplomatic development"),
    # "how things stand now": the current situation (had been refused)
    "how things stand now": ("what did lal and galuzin go over, its history or how things stand now?",
                             "the current situation in Ukraine"),
    # a named person and two kinds of official told apart by country: the person's
    # own, in the question's words (had been "an Indian" for Galuzin; refused for Lal)
    "a kind of official by country": ("Mikhail Galuzin - an Indian or a Russian official?", "Russian official"),
    "a kind of official by country, the other side": ("Tanmaya Lal — an Indian or a Russian official?", "Indian"),
    # "what did they do with X": the deed, from the relation's label that names X (had
    # been X's own topics)
    "a deed done to a thing": ("What did both countries do with their experiences of fighting cross-border terrorism?",
                               "shared"),
    # the question says most of the description's words: that description, not another
    # of the same relation (had been refused, too close to "a series of high-level meetings")
    "a description half said": ("How does the report portray the diplomatic development?",
                                "a significant diplomatic development"),
    # "the long form" of a short one is its expansion (had been refused)
    "a long form": ("Give me the long form of JWG", "Joint Working Group"),
    # "which was NOT among ...: A, B, or C": the one option the facts the rest of the
    # question finds leave out, when they say every other (had been refused)
    "the option a list leaves out": ("Which of these was NOT among the experiences the two nations shared: "
                                     "terror financing, radicalisation, or maritime piracy?", "maritime piracy"),
    # an order in the text, read off the source where each option first stands (had
    # been refused)
    "the option named first in the text": ("Which does the article mention first: the UN consultations or the JWG?",
                                           "JWG"),
    "the option named last in the text": ("Which is named last in the report, Lal or Galuzin?", "Galuzin"),
    # the full name of a meeting called by a kind of body ("working group"), alone or
    # with a clause (had been refused; with the clause, "Ministry of External Affairs")
    "the full name of a kind the name says": ("What is the full name of the working group?",
                                              "Joint Working Group on Counter-Terrorism"),
    "the full name with a clause": ("What is the full name of the working group that met in Moscow?",
                                    "Joint Working Group on Counter-Terrorism"),
    # both offered first, then only one (had been refused)
    "both, or only one": ("Did Lal head India's delegation at both meetings, or just at one?", "Both"),
    # a title in a possessive is the possessor's, not the one asked (had been refused as
    # an office no one holds)
    "the possessor's title": ("Who was the Indian Secretary's interlocutor about Ukraine?", "Mikhail Galuzin"),
    "a window of days": ("In what window of days were the talks held?", "December 19-20, 2024"),
    # two lists too close to choose between share the one item asked for (had been refused)
    "an item two close lists share": (
        "Which money-related aspect of terrorism was on the counter-terror agenda of the working group?",
        "terror financing"),
    "a first-time position": ("Was Russia's support for India's Council bid a first-time position or a restatement?",
                              "Again, not the first time: reiterated"),
    # one thing asked ("which ... facet"), described by a word that fits one item of
    # the list that answers (had been refused: "facet" is no word of the facts)
    "one item of a list": ("Which financial facet of terrorism did the talks address?", "terror financing"),
    # a describing frame with its verb in -ing (had been too close to call)
    "a frame's verb in -ing": ("How is the report describing the level of the meetings?",
                               "a series of high-level meetings"),
    # the meetings one did it at, counted from the fact for each (had been refused)
    "meetings counted": ("Mr. Lal led the Indian side at how many of the meetings?",
                         "Two: Joint Working Group on Counter-Terrorism and consultations on UN-related issues"),
    # a body's country, from what its record says it is (had been refused; "whose" had
    # been "Tanmaya Lal")
    "a body's country": ("The MEA belongs to which country?", "India"),
    "whose body": ("Whose ministry is the MEA?", "India"),
    # "was meeting with": the verb, not the meetings (had been refused)
    "was meeting with": ("Deputy minister Galuzin was meeting with which official from the Indian side?",
                         "Tanmaya Lal"),
    # how one meeting stands to another: the qualifier of a fact about the one that
    # names the other (had been refused)
    "one meeting relative to another": ("How were the UN consultations timed relative to the working group?",
                                        "in parallel with the counter-terrorism JWG"),
    "at the same time as": ("Were the UN consultations held at the same time as the JWG?",
                            "Yes: in parallel with the counter-terrorism JWG"),
    # numbers offered for a meeting's place in its series (had been refused)
    "a number offered": ("Which number does the JWG have, 6 or 13?", "the 13th round"),
    # another name of one of the people offered, said beside them (had been "Mikhail Galuzin")
    "a title beside the people offered": ("Secretary (West): Galuzin or Lal?", "Lal"),
    # a question said as a noun phrase, as a caption is (had been the official himself,
    # and Lal for his ministry)
    "a noun asked as a caption": ("Job title of the Russian official Lal met on Ukraine?",
                                  "Russian Deputy Foreign Minister"),
    "a ministry asked as a caption": ("Ministry of the man who led India's delegation?", "Ministry of External Affairs"),
    # where the answer will be shown asks nothing; "the copy" is the article (had been refused)
    "the copy": ("Galuzin's title as given in the copy?", "Russian Deputy Foreign Minister"),
    # meetings offered with their agendas (had been refused)
    "agendas offered": ("Terror financing: JWG agenda or UN talks agenda?", "Joint Working Group on Counter-Terrorism"),
    # "Full name." after a "who" question asks the person's, not the team's he led
    # (had been "Russian delegation")
    "a full name after 'who'": ("Who headed the Russian team? Full name.", "Sergey Vershinin"),
    # a person named and titles offered: the one his title has (had been "MEA", or refused)
    "titles offered": ("Lal is Secretary in MEA or Deputy Minister?", "Secretary (West) at the MEA"),
    "titles offered with articles": ("Is Lal a Secretary or a Deputy Minister?", "Secretary (West) at the MEA"),
    # the heading of a part, the title of a section: a section's heading, not a person's
    # title or the leader "heading" names (had been "Ministry of External Affairs", Lal's title)
    "heading of a part": ("What is heading of part about working group in article?",
                          "India-Russia Joint Working Group Focuses on Counter-Terrorism Cooperation"),
    "title of a section": ("What is the title of the section on the UN consultations?",
                           "Renewed Support for India’s UNSC Membership"),
    # what Russia said, not what India seeks in the question's own words (had been
    # "permanent membership of the United Nations Security Council")
    "what one said of another's wish": ("What did Russia say about India's wish to get a permanent seat in the "
                                        "Security Council?", "support for India's permanent membership in a "
                                        "reformed UNSC (firm support, voiced once again)"),
    # a request said as what the asker is looking for, or whether the article says it
    # (had been refused)
    "looking for": ("I'm looking for the days over which these gatherings took place.", "December 19-20, 2024"),
    "would the article say": ("Would the article say what position Moscow took on India's ambition to sit "
                              "permanently on the Security Council?",
                              "supports India's bid to become a permanent member of the United Nations Security Council"),
    # a stance taken on something is one's stance on it (had been refused)
    "a stance taken": ("What stance did Russia take on India's bid?",
                       "supports India's bid to become a permanent member of the United Nations Security Council"),
    # "X underscored what?": the whole of what it underscored (had been its first four words)
    "underscored what": ("JWG underscored what?", "the importance of collaboration in both bilateral and "
                         "multilateral platforms to strengthen counter-terrorism efforts"),
    # what a paragraph named calls a thing, not the thing's card (had been the card of
    # the collaboration)
    "what a paragraph calls it": ("What is continued collaboration of two countries, according to last paragraph?",
                                  "a critical step in fostering stronger bilateral relations and addressing global "
                                  "security challenges"),
    # a meeting held as the sixth of its series was held before (had been refused)
    "first time holding a round": ("Was this the first time the two countries held consultations on UN matters?",
                                   "No: sixth round of consultations on UN (not the first time)"),
    # "If not, which round was it?": the no already says which (had been refused)
    "if not, which": ("Was this the first time the two countries held consultations on UN matters? If not, "
                      "which round was it?", "No: sixth round of consultations on UN (not the first time)"),
    # why it is asked asks nothing (had been refused)
    "out of curiosity": ("What year were these talks, out of curiosity?", "2024 (December 19-20, 2024)"),
    # "does that belong to X or Y": whose it is (had been refused)
    "does that belong to": ("Sergey: does that belong to Vershinin or Galuzin?", "Vershinin"),
    # a meeting's name between "how many" and its noun (had been refused)
    "how many named meetings": ("How many JWG meetings have there been?", "13 (the 13th round)"),
    # "bidding for" as a verb: what India seeks (had been too close to call with Russia)
    "bidding for": ("What is India bidding for at the United Nations?",
                    "permanent membership of the United Nations Security Council"),
    # a word inside a name as said that another of its names has (had been refused)
    "a word of another name": ("What was held in parallel with the counter terrorism group meeting?",
                               "consultations on UN-related issues"),
    # options before the participle of what was done (had been refused for "Middle East")
    "options before the verb": ("Was the conflict in Ukraine or the conflict in the Middle East discussed?", "Ukraine"),
    "options before 'was'": ("Conflict in Ukraine or conflict in Middle East was mentioned on talks?", "Ukraine"),
    # the form a value is wanted in, "pub date", "section 1", "21 Dec" (had been refused)
    "pub date in ISO": ("pub date, ISO", "December 21, 2024"),
    "section 1": ("section 1 heading?", "India-Russia Joint Working Group Focuses on Counter-Terrorism Cooperation"),
    "a short month": ("Is 21 Dec the meeting date or the article's publication date?",
                      "the article's publication date"),
    # the article's words offered with two things they might be said of (had been refused)
    "whose phrase": ("What does the article call a critical step: the UNSC endorsement or the continued collaboration?",
                     "the continued collaboration"),
    # a choice asked about the article's quoted words is settled only by the sentence
    # that says them: the UNSC endorsement's is a "significant" step, the collaboration's
    # the "critical" one (had been the endorsement; then refused as
    # "not from the sentence that says 'critical step'", until the phrase's owner was read)
    "a choice by quoted words": ("What does the article label a 'critical step' — the UNSC endorsement or the "
                                 "continued India-Russia cooperation?", "the continued India-Russia cooperation"),
    # a country's adjective after "which" or "name the" is a person of it, even where it
    # begins a team's name (had been "Indian delegation" and "Russian delegation")
    "which Russian": ("which russian led the delegation", "Sergey Vershinin"),
    "name the Russian who": ("Name the Russian who headed the team facing Lal", "Sergey Vershinin"),
    # a count of the meetings of a long-named series (had been refused)
    "a long series name counted": ("How many counter-terrorism working group meetings have there been?",
                                   "13 (the 13th round)"),
    # what the sides agreed to enhance is what they "will" step up (had been refused as the future)
    "will step up": ("What areas will the countries step up cooperation in?",
                     "enhance cooperation on radicalisation, terror financing, and the use of technology for "
                     "terrorist purposes"),
    # a clause after "list the areas" describes the areas; its "countries" is not the kind asked
    "list the areas where": ("list the areas where the countries will step up cooperation",
                             "enhance cooperation on radicalisation, terror financing, and the use of technology for "
                             "terrorist purposes"),
    # a word joining the question to talk before it (had been "the current situation in Ukraine")
    "a leading and": ("And was it Vershinin or Galuzin that Mr Lal met to discuss Ukraine?", "Galuzin"),
    "who was it that": ("Who was it that stated the two sides had agreed to enhance cooperation?",
                        "Ministry of External Affairs"),
    "dose for does": ("what dose the continued colaboration foster",
                      "a critical step in fostering stronger bilateral relations and addressing global security "
                      "challenges"),
    "himself": ("Was Sergey Vershinin the Foreign Minister himself, or a deputy minister?",
                "Deputy Minister of Foreign Affairs for Russia"),
    "taking place alongside": ("What was taking place alongside the counter-terrorism working group?",
                               "consultations on UN-related issues"),
    # places offered after "in" ask where the talks were held (had been refused at 0.43-0.55)
    "in this city or that": ("Were the talks in Moscow or Delhi?", "Moscow"),
    "in a known city or an unknown one": ("Were these talks in Moscow or New Delhi?", "Moscow"),
    # numbers offered before a series' long name, or with no series said: the one round
    # that fits (had been refused)
    "numbers before the name": ("Was it the 13th or the 14th Joint Working Group on Counter-Terrorism?",
                                "the 13th round"),
    "three numbers": ("12th, 13th or 14th JWG on Counter-Terrorism?", "the 13th round"),
    "numbers, no series": ("I've seen it reported as the 14th JWG. Was it the 13th or the 14th?", "the 13th round"),
    # quoted words a fact gives one person as a whole title (had been "Tanmaya Lal", who met him)
    "who is called so": ("Who gets called 'Russian Deputy Foreign Minister' in the Ukraine part of the story?",
                         "Mikhail Galuzin"),
    "kick off": ("On what date did the talks kick off?", "December 19, 2024"),
    # the one whose statement it is, named: the answer is read from what it said (had been
    # the JWG's commitment, from another sentence)
    "per the ministry's statement": ("Per the ministry's statement, what did the two sides commit to doing?",
                                     "enhance cooperation on radicalisation, terror financing, and the use of "
                                     "technology for terrorist purposes"),
    "what the MEA said it would cover": ("Name the issues the MEA said that stepped-up cooperation would cover.",
                                         "enhance cooperation on radicalisation, terror financing, and the use of "
                                         "technology for terrorist purposes"),
    "how many of these": ("How many of these counter-terror working group meetings have there been, counting this one?",
                          "13 (the 13th round)"),
    # "announce" is a way of saying (had been refused)
    "announce": ("Did Russia announce its UNSC support?", "Yes"),
    "what was announced": ("What did the MEA announce?",
                           "The two sides agreed to enhance cooperation on addressing issues of radicalisation, terror "
                           "financing, and the use of technology for terrorist purposes"),
    "first time, or reiterating it": ("Did Russia announce its UNSC support for the first time, or was it reiterating "
                                      "it?", "Again, not the first time: once again"),
    # a gap that sentences fill differently, each as well, is no gap one of them fills
    # (had been the second heading's "India's UNSC Membership", the first found)
    "support for what": ("Support for what, exactly?",
                         "India's permanent membership in a reformed UNSC (firm support, voiced once again)"),
    # "the Indian ministry" is the MEA (had been refused at 0.41: read as India)
    "the Indian ministry": ("In what form was the Indian ministry's statement issued?", "MEA press release"),
    # a frame around what a thing represents asks what it represents (had been the endorsement itself)
    "characterise what it represents": ("How does the piece characterise what Russia's endorsement represents?",
                                        "a significant step towards India's aspirations in global diplomacy"),
    "are we talking about": ("Which organisation's Security Council are we talking about?",
                             "United Nations Security Council"),
    # the kind noun both options end in is no part of either (had been refused)
    "a JWG topic or a UN topic": ("Were new technologies in terrorists' hands a JWG topic or a UN-consultations topic?",
                                  "Joint Working Group on Counter-Terrorism"),
    # the two named in a statement before "which of them" are the options (had been refused)
    "a pair, then which of them": ("Galuzin and Vershinin are deputy foreign ministers. Which of them headed the "
                                   "Russian team?", "Sergey Vershinin"),
    "which from them": ("Both Galuzin and Vershinin are deputy foreign ministers; which from them headed Russian team?",
                        "Sergey Vershinin"),
    # two quoted headings offered whole (had been the first heading: its first words were cut)
    "quoted headings offered": ("Which section heading deals with the Security Council: 'India-Russia Joint Working "
                                "Group Focuses on Counter-Terrorism Cooperation' or 'Renewed Support for India's UNSC "
                                "Membership'?", "Renewed Support for India\u2019s UNSC Membership"),
    # the middle of three options whole (had been "financing")
    "the middle of three": ("Which of the following was one of the areas where the sides agreed to enhance "
                            "cooperation: nuclear energy, terror financing, or trade?", "terror financing"),
    "in the article's words": ("How strongly did Moscow back India's permanent membership, in the article's words?",
                               "firm support"),
    # a keyword query's leader noun asks for the person who leads (had been "Russian
    # delegation" at 0.98); a person named makes it what that person heads
    "a side's lead, tersely": ("russian lead?", "Sergey Vershinin"),
    "a side's leader, tersely": ("Indian leader?", "Tanmaya Lal"),
    "what a named person heads": ("lal head", "Indian delegation"),
    # "adjective" asks what qualifies the noun, as "what kind of" does (had been the bid)
    "an adjective, tersely": ("Russian support, adjective?", "firm support"),
    "an adjective that describes": ("what adjective describes Russia's support?", "firm support"),
    "kinda": ("what kinda unsc does russia want india to be a permanent member of", "reformed UNSC"),
    # a verb of the same stem qualifies nothing (had been "India and Russia held")
    "a kind of happenings": ("at the UN round, what kind of happenings did they talk about?",
                             "regional and global developments"),
    # a word after the gap that the sentence does not say ends nothing: the list is whole
    # (had been "global terrorism")
    "a fronted gap": ("to combat what reinforced india and russia their commitment at the 13th JWG?",
                      "global terrorism and extremism"),
    # a person's own side, not the side of whom he met (had been "to the Russian side
    # (Mikhail Galuzin)")
    "belongs to a side": ("Belongs Tanmaya Lal to the Indian side or to the Russian side?", "Indian delegation"),
    # a keyword query that ends in what was done with a named topic asks whether it was
    # (had been "conflict in Ukraine"); one lower-case noun still asks which one
    "a topic on the agenda": ("Ukraine on the agenda?", "Yes"),
    "a kind on the agenda": ("conflict discussed?", "conflict in Ukraine"),
    "a kind said with a word before it": ("armed conflict discussed?", "conflict in Ukraine"),
    # the thing said first is what "which one" asks after (had been "Moscow", with
    # "There" read as a slip for "where" and "wasn't" as "was")
    "a thing said, then which one": ("There was a war that came up in the talks, wasn't there? Which one?",
                                     "conflict in Ukraine"),
    "a thing stated, then which one": ("A war came up in the talks, which one?", "conflict in Ukraine"),
    "a set said, then which one": ("There were two deputy ministers from Moscow in that story. Which one sat "
                                   "down with our man over the Ukraine fighting?", "Mikhail Galuzin"),
    # what the article's end says, asked of the end alone (had been refused, or the
    # article's own description)
    "the article's conclusion": ("article conclusion", "The continued collaboration between India and Russia marks a "
                                 "critical step in fostering stronger bilateral relations and addressing global "
                                 "security challenges."),
    "how the article ends": ("How does the article end?", "The continued collaboration between India and Russia marks "
                             "a critical step in fostering stronger bilateral relations and addressing global "
                             "security challenges."),
    # a "then" that ends a question carries on the talk; "top of" a team is its head
    # (both had been refused)
    "top of a team, then": ("who was top of the russian delegation then", "Sergey Vershinin"),
    # the series named inside the last number offered (had been refused)
    "a series after the numbers": ("was it the 13th or the 14th jwg", "the 13th round"),
    # days offered with no month: the one within the fact's date (had been refused)
    "days of the month offered": ("is the article dated the 20th or the 21st", "the 21st (December 21, 2024)"),
    "a date offered after a comma": ("Were the meetings on December 19-20, or December 21?", "December 19-20, 2024"),
    # the one a description names is asked, not who that one is (had been "Mikhail
    # Galuzin", read as "which official was at Lal")
    "an official at the head of a team": ("Which official was at the head of New Delhi's delegation in both sets "
                                          "of talks?", "Tanmaya Lal"),
    # a clause that says more of an option is no option (had been "Sergey Vershinin")
    "a clause on an option": ("With whom did Lal discuss the situation in Ukraine: Vershinin, who headed the Russian "
                              "team, or Galuzin?", "Mikhail Galuzin"),
    "an option hedged with rather": ("Was the Russian team headed by Sergey Vershinin or, rather, by Mikhail "
                                     "Galuzin?", "Sergey Vershinin"),
    # (had been "Joint Working Group on Counter-Terrorism")
    "both meetings, or just the one named": ("did lal lead both meetings or just the counter terror one", "Both"),
    "how many of the meetings a person led": ("How many of the two Moscow meetings did Lal lead?",
                                              "Two: both the counter-terrorism meeting and the UNSC discussions"),
    # a city named after the noun begins the clause (had been "significant diplomatic development, Russia")
    "the kind of seat a city backs": ("Could you tell me what sort of seat Moscow once more said it backs India "
                                      "holding at the UN?", "permanent membership"),
    "full dates offered with their years": ("Was the article itself dated December 21, 2024 or December 19, 2024?",
                                            "December 21, 2024"),
    "a meeting held where a fact places it": ("was the JWG held in Moscow?", "Yes: Moscow"),
    "a yes or no after a wh-question that no fact gives": (
        "Who led the Russian team, and was he the foreign minister?",
        "Sergey Vershinin (the facts do not say: was Sergey Vershinin the foreign minister?)"),
    # (had been "Joint Working Group on Counter-Terrorism")
    "a reported question in the past": ("Could you tell me what emerging concern the discussions raised regarding "
                                        "tech?", "the emerging challenges posed by new technologies in the hands of "
                                                 "terrorists"),
    # (had been read as a yes or no: the wh-word typed "wat")
    "a thing set aside before a quick wh-word": ("besides terrrorism wat else r they commited to fight", "extremism"),
    # (had been refused: "mainly" read as a relation; then the talks' card)
    "what else the talks were mainly about": ("Apart from terrorism, what else were the talks mainly about?",
                                              "global security challenges"),
    # (had been "both Joint Working Group on Counter-Terrorism and consultations on ...")
    "a meeting set aside is no meeting answered": ("Besides the JWG, what other talks did Lal lead India at?",
                                                   "consultations on UN-related issues"),
    "a deed set aside at a meeting": ("Apart from heading the Indian side at the JWG, what other talks did Lal "
                                      "lead India at?", "consultations on UN-related issues"),
    # (had been read as "which JWG": a round)
    "an acronym that acts without its the": ("what JWG underscored", "the importance of collaboration in both "
                                             "bilateral and multilateral platforms to strengthen counter-terrorism "
                                             "efforts"),
    "round numbers said after the noun": ("the un consultations were round 6 or round 13?", "the sixth round"),
    "a collaboration typed with one l": ("wats the continued colab a critical step towards", "a critical step in "
                                         "fostering stronger bilateral relations and addressing global security "
                                         "challenges"),
    # a listed thing said after the deed done to it ("tackling cross-border terrorism"),
    # and the words that name a text ("the emerging challenges posed by ...") (had been refused)
    "a thing of a list after its deed": ("cross boarder terrorism discussed?", "Yes"),
    "a text named by its head words": ("Were emerging challenges discussed?", "Yes"),
    # a courteous request, titles with their stops (had been refused; "Whom did Lal
    # meet, Mr. Galuzin or Mr. Vershinin?" had been Vershinin's card)
    "a courteous request about a cleft": ("May I know whether it was Mr Galuzin or Mr Vershinin who headed the "
                                          "Russian team?", "Sergey Vershinin"),
    "a title's stop in an option": ("Whom did Lal meet, Mr. Galuzin or Mr. Vershinin?", "Mikhail Galuzin"),
    # places offered each after its "in", and a meeting placed through the talks it was
    # part of (had been refused)
    "places each after its in": ("Were these talks in Moscow or in New Delhi?", "Moscow"),
    "a meeting placed by a choice": ("was the JWG in Moscow or in Delhi", "Moscow"),
    # a capital offered beside a city is a city, not the country the facts use its name
    # for (had once been "India"; then refused, when no fact placed the JWG)
    "a capital beside a city is a city": ("Was the JWG held in Moscow or New Delhi?", "Moscow"),
    # a description's clause longer than the words tried, to the end of the question
    # (had been "Russia", read from the clause's stray words)
    "a long clause to the end": ("Who headed the Russian team in the talks at which Russia voiced its firm support "
                                 "for India's permanent membership?", "Sergey Vershinin"),
    # (had been Galuzin's title)
    "an officer described": ("The Indian officer who met Galuzin regarding Ukraine, what post does he hold?",
                             "Secretary (West) at the MEA"),
    # the country after the noun asked is whose it is, as "which Indian department" says (had been refused)
    "a department of a country": ("Which department of the Government of India put out the press note?",
                                  "Ministry of External Affairs"),
    "a sum asked at the end": ("how long did the talks last altogether?", "2 days (December 19-20, 2024)"),
    # (had been "radicalisation and terror financing")
    "a list set aside first": ("Besides terrorism, radicalisation and terror financing, what else did the talks "
                               "focus on?", "global security challenges"),
    # Indian English "what all" (had been "UN-related issues")
    "what all": ("What all subjects came up for discussion during the consultations on UN matters?",
                 "regional and global developments"),
    # where in the body to look, or whose view, is no word of what is asked (had been the
    # second heading, "Renewed Support for India's UNSC Membership"; and refused)
    "a paragraph pointed to": ("How has the article characterised Russia repeating its backing for India's UNSC "
                               "bid, in the second paragraph?", "a significant diplomatic development"),
    "the writer's view": ("In the writer's view, what does Russia's backing signify for India's ambitions on the "
                          "world stage?", "a significant step towards India's aspirations in global diplomacy"),
    "dates gone by": ("Going by the dates given, how long did the Moscow talks last?", "2 days (December 19-20, 2024)"),
    "a theme zoomed out to": ("Zooming out from terrorism, what wider theme did the talks also centre on?",
                              "global security challenges"),
    # the option's words the sentence says, together (had been "hands")
    "an option said in part": ("Did the JWG discuss technology as a weapon in terrorists' hands, or as a tool for "
                               "catching them?", "hands of terrorists"),
    # one word of a longer name is no option that names it (had been "India-Russia collaboration")
    "options that are words of names": ("How does the article characterise the India-Russia collaboration - as "
                                        "continuing or as new?", "continued"),
    # courtesy titles are no words of an option (had been refused: a choice too long to read)
    "courtesy titles in an option": ("The Ukraine conflict, was it taken up in the counter-terrorism JWG or in Mr "
                                     "Lal's meeting with Mr Galuzin?", "Lal's meeting with Mikhail Galuzin"),
    # (had been refused)
    "summed up": ("how does the article sum up the India-Russia partnership?", "a critical step in fostering "
                  "stronger bilateral relations and addressing global security challenges"),
    # "stuff" sets aside all that goes with the topic (had been "radicalisation and terror financing")
    "a topic set aside as stuff": ("apart from the terrorism stuff, what else did the talks zero in on (like right "
                                   "at the top of the article)?", "global security challenges"),
    # two relations offered, one on each side of "or": the one a fact says of the thing
    # named (had been the list they agreed to enhance cooperation on, which does not name it)
    "a relation offered on each side": ("On cross-border terrorism, did the two sides agree to enhance cooperation, "
                                        "or did they only share experiences?", "share experiences"),
    "a relation offered after the thing": ("Cross-border terrorism: was that one of the things they agreed to "
                                           "enhance cooperation on, or something they shared experiences about?",
                                           "shared experiences"),
    # days of the month with no month, one of them a span, after "when" (had been refused)
    "days offered, one a span": ("When did Russia restate its UNSC support - the 19th-20th, or the 21st?",
                                 "the 19th-20th (December 19-20, 2024)"),
    # "number six" is the sixth of the series (had been the JWG, the 13th)
    "a number said for its place": ("Which meeting was number six: the anti-terrorism committee or the meeting "
                                    "about the UN?", "the meeting about the UN"),
    # a wh-question without its "did"/"does", as a learner of English or a reported
    # question leaves it out (had been the subject itself, or refused)
    "a question without its does": ("what russian endorsment marks for india",
                                    "a significant step towards India's aspirations in global diplomacy"),
    "a question without its did": ("What emerging challenges the discussions also focused on?",
                                   "the emerging challenges posed by new technologies in the hands of terrorists"),
    # a statement with a question mark is asked yes or no (had been "Russia",
    # "December 19-20, 2024", and "Moscow" for the dates)
    "a statement asked": ("Vershinin led the Russian side?", "Yes"),
    "a statement asked, wrong": ("Galuzin led the Russian side?", "No: Sergey Vershinin"),
    "a statement asked of a place": ("the talks were held in Moscow?", "Yes: Moscow"),
    "a statement to confirm, with a contrast": ("confirm: meetings were Dec 19-20, not Dec 20-21?",
                                                "Yes: December 19-20, 2024"),
    "a yes-or-no question with a contrast": ("were the meetings on Dec 19-20, not Dec 20-21?",
                                             "Yes: December 19-20, 2024"),
    # letters spoken one by one, and a prefix heard as a word (had been refused)
    "an acronym spelt out": ("M E A stands for?", "Ministry of External Affairs"),
    "an acronym spelt out, then a verb heard apart": (
        "the j w g under scored what",
        "the importance of collaboration in both bilateral and multilateral platforms to strengthen counter-terrorism "
        "efforts"),
    "a prefix heard apart": ("what did russia re iterate",
                             "its support for India's bid to become a permanent member of the United Nations Security "
                             "Council"),
    # a learner's word for a meeting (had been refused)
    "a reunion for a meeting": ("wat dates was the reunion in moskow", "December 19-20, 2024"),
    # names offered, then what the verb is about, which belongs to neither (had been "Ukraine")
    "names offered, then the topic": ("Did Lal meet Lavrov or Galuzin on Ukraine?", "Galuzin"),
    # "what was the venue for ...": a place asked by its noun (had been refused)
    "a venue asked by its noun": ("What was the venue for the consultations?", "Moscow"),
    # a demonym offered is answered in its own words (had been "Russia")
    "a demonym offered": ("Is Galuzin a Russian or an Indian official?", "Russian"),
    # where a deed was done, not whom it was done for (had been "India")
    "where a country's deed was done": ("where did Russia reiterate its support?", "Moscow"),
    # a topic opened by its owner, then asked where through a pronoun (had been India's bid)
    "an owned topic, then where": ("Russia's support for India's UNSC bid - where was it voiced?", "Moscow"),
    # dictated: the topic runs into the question with no comma (had been refused)
    "a dictated topic, then the question": ("the russian guy lal went to see about ukraine what was his name",
                                            "Mikhail Galuzin"),
    # "working together more" is cooperating more (had been refused: "nothing about 'more'")
    "working together more": ("where did that quote about working together more come from?",
                              "Ministry of External Affairs"),
    # days said as ordinal words, offered without a month (had been refused)
    "days offered in words": ("is the article dated the twentieth or the twenty first",
                              "the 21st (December 21, 2024)"),
    # what the article reckons a thing means, with the verb's -s kept after "does"
    # (had been a close call between the two things that mark a step)
    "what the article reckons a thing means": ("what does the article reckon russia's backing means for india",
                                              "a significant step towards India's aspirations in global diplomacy"),
    # what the answer is for, said first ("who's who" is no person asked; had been Galuzin)
    "what the answer is for, said first": ("For the who's who table: what's Tanmaya Lal's job title?",
                                           "Secretary (West) at the MEA"),
    # what was done to a thing, after a setting said first (had been the object)
    "a deed done to a thing, after a setting": ("At the JWG, what did the two countries do with their commitment "
                                                "to fighting terrorism?", "reinforced"),
    # dictated: a guess runs into the question it follows, with no comma (had been refused)
    "a dictated guess after the question": ("how many times have they had these UN talks now is it like the fifth or "
                                            "what", "6 (the sixth round)"),
    # a country's two-letter code, as a trader types it; "IN" only in capitals
    # ("who led in the talks" is no question about India) (had been refused)
    "a country by its code": ("ok so who ran the RU side", "Sergey Vershinin"),
    "a country by a code that is also a word": ("IN lead?", "Tanmaya Lal"),
    # ... and a code is no acronym the article uses
    "an acronym, not a country's code": ("Which acronym names the body India seeks to join permanently: UNSC or "
                                         "JWG?", "UNSC"),
    # a journalist's "graf" is a paragraph (had been read as "graft")
    "a paragraph called a graf": ("What does the closing graf say the continued India-Russia collaboration marks?",
                                  "a critical step in fostering stronger bilateral relations and addressing global "
                                  "security challenges"),
    "a yarn about a thing": ("Which war did they have a yarn about?", "conflict in Ukraine"),
    # a claim put up for checking by a question after it (had been refused)
    "a draft checked against the piece": ("Draft says the high-level meetings ran December 19-20. Does that match "
                                          "the piece?", "Yes: December 19-20, 2024"),
    # one option, the clause said of it, then the other (had been "talks", then refused)
    "a cleft with the other option last": ("Was it Ukraine they talked about or the Middle East?",
                                           "conflict in Ukraine"),
    "a cleft with a name's clause between": ("Was it Galuzin Lal met or Vershinin?", "Mikhail Galuzin"),
    # a quoted option, chosen whole (had been "External")
    "a quoted option chosen whole": ("The ministry quoted: 'External Affairs' or 'Foreign Affairs'?",
                                     "External Affairs"),
    # a learner's question without "did", after a phrase set first and with its
    # preposition, or with a bare verb (had been refused)
    "a preposition's question without its did": ("Apart from cross-border terrorism and radicalisation, in what "
                                                  "third area the nations exchanged the experience?",
                                                  "terror financing"),
    "a bare verb without its did": ("what jwg underscore about colaboration?",
                                    "the importance of collaboration in both bilateral and multilateral platforms "
                                    "to strengthen counter-terrorism efforts"),
    # "which X was this", then "number?" after a comma (had been the JWG's name)
    "a number asked after the question": ("which jwg on counter-terrorism was this, number?", "the 13th round"),
    # "a new one or reiterated": "one" is the thing both options describe (had been India's bid)
    "a new one or again": ("Russian support for India's UNSC bid is new one or reiterated?", "reiterated"),
    "the month a thing fell in": ("Which month did the Moscow talks fall in?",
                                  "December 2024 (December 19-20, 2024)"),
    # where the words are is no part of what is asked (had been refused)
    "an acronym as the piece uses it": ("Spell out JWG as used in the piece.", "Joint Working Group"),
    # Australian "mob": an organisation (had been refused)
    "a body called a mob": ("Which mob put out the press release about it?", "Ministry of External Affairs"),
    # "going for" and "asking to be" a member: seeking it (had been "Russia", then refused)
    "a seat gone for": ("Which country is the one going for the permanent UNSC seat, India or Russia?", "India"),
    "a membership asked for": ("Who's asking to be a permanent member of the UN Security Council here?", "India"),
    # Philippine English: "po", "ba" say nothing of what is asked (had been refused)
    "a polite particle": ("Tanmaya Lal is from what country ba?", "India"),
    # three days offered with no month (had been refused; two were read)
    "three days offered": ("Did the article come out on the 19th, 20th or 21st?", "21st (December 21, 2024)"),
    # "party to" the talks: took part in them (had been refused)
    "the parties to a meeting": ("Which two states were party to these consultations?", "India and Russia"),
    # the year a piece is from: when it came out (had been refused)
    "the year of the article": ("What year is this article from?", "2024 (December 21, 2024)"),
    # "Based on the press release," says what the answer is read from (had been refused)
    "what the answer is based on": ("Based on the press release, what did both sides agree to do?",
                                    "enhance cooperation on radicalisation, terror financing, and the use of technology "
                                    "for terrorist purposes"),
    # a choice said as a statement, with a question mark (had been refused)
    "a choice said as a statement": ("The talks were in Moscow or Delhi?", "Moscow"),
    # a number inside the name of the other meeting names that one (had been "the 13th round")
    "a number naming the other meeting": ("The UN consultations held in parallel with the 13th JWG on CT - which "
                                          "round were they?", "the sixth round"),
    # a list set aside at the end of the question, whole (had been its first item, then a
    # list with the rest of its items)
    "a list set aside last": ("What did the talks focus on besides terrorism, radicalisation and terror financing?",
                              "global security challenges"),
    "set aside in addition": ("What else did the talks focus on in addition to terrorism?", "global security challenges"),
    # an option of two words, settled by its noun far from its verb (had been "combatting")
    "an option's noun": ("Alongside global terrorism, did the JWG commit to combatting extremism or nuclear "
                         "proliferation?", "extremism"),
    # a claim the article is asked whether it makes (had been "Sergey Vershinin", as if asked who)
    "what the article says, checked": ("Does the article say that Galuzin led the Russian team?", "No: Sergey Vershinin"),
    # a round said by its number alone (had been refused)
    "a bare round number": ("Was the JWG the 13th?", "Yes"),
    "another bare round number": ("were the UN talks the fifth?", "No: the sixth round"),
    # support reiterated, with nothing said of what for (had been refused)
    "support for nothing named": ("Did Russia reiterate its support?", "Yes: reiterated (not the first time)"),
    # which of two wordings the article writes (had been refused, or "the article")
    "a spelling asked": ('In the JWG section, is it spelled "combating" or "combatting"?', "combatting"),
    "a spelling told by its letter": ("Which spelling does the article use — radicalisation with s or radicalization "
                                      "with z?", "radicalisation"),
    "a name's wording": ("JWG — is it Joint Working Group or Joint Work Group?", "Joint Working Group"),
    "an exact term": ('Exact term please: "terror financing" or "terrorist financing"?', "terror financing"),
    "a subheading's words": ('Second subheading says "Renewed Support" or "Continued Support" for India\'s UNSC '
                             'Membership?', "Renewed Support"),
    # a section called a portion of the article (had been refused)
    "a portion of the article": ("What is the title of the portion of the article dealing with UNSC?",
                                 "Renewed Support for India\u2019s UNSC Membership"),
    # "who is X, what post": the post (had been refused)
    "who and what post": ("who is sergei vershinin, what post", "Deputy Minister of Foreign Affairs for Russia"),
    # who someone is in his government (had been "Tanmaya Lal", who met him)
    "who someone is in a government": ("who is galuzin in the russian govt",
                                       "Mikhail Galuzin: Russian Deputy Foreign Minister; met Tanmaya Lal to discuss "
                                       "the conflict in Ukraine."),
    # in which country a meeting was: where its city is (had been refused, or "India", who held it)
    "the country of a meeting": ("in which country were the talks", "Russia"),
    "the country consultations were held in": ("in which country were the UN consultations held?", "Russia"),
    # the Government of India and South Block, as Indian English names them (had been refused)
    "the Government of India": ("who led the GoI delegation", "Tanmaya Lal"),
    "South Block": ("What position does Tanmaya Lal occupy in South Block?", "Secretary (West) at the MEA"),
    # a name's initial with its full stop (had been refused: "S." ended a sentence)
    "an initial's full stop": ("Who led India's delegation - Tanmaya Lal or S. Jaishankar?", "Tanmaya Lal"),
    # "in respect of" is about (had been refused)
    "in respect of": ("What position did Russia take in respect of India's bid?",
                      "supports India's bid to become a permanent member of the United Nations Security Council"),
    # "the person identified as" a title: the one who holds it (had been refused)
    "identified as a title": ("Who is the person identified as Secretary (West) at the MEA?", "Tanmaya Lal"),
    # "the two states" are countries, not a verb of saying; the round of the meeting named
    # after "round of" (had been refused)
    "the round of the meeting named": ("Which round of consultations did the two states hold in parallel with the "
                                       "JWG?", "the sixth round"),
    "which state": ("Which state does Mikhail Galuzin represent?", "Russia"),
    # a demonym asked in place, with nothing after it: a person of that country (had been refused)
    "a demonym asked in place": ("lal met which other russian?", "Mikhail Galuzin"),
    # a day said as an ordinal before a short month (had been refused)
    "ordinal days offered": ("Is the article dated 20th Dec or 21st Dec?", "December 21, 2024"),
    # "under the leadership of" is led by (had been refused)
    "under someone's leadership": ("The delegation of which country was under leadership of Tanmaya Lal?", "India"),
    # a verb's particle after the pronoun for a topic said first (had been refused)
    "put it out": ("that quote about stepping up cooperation, who actually put it out?", "Ministry of External Affairs"),
    # "which party": a party to the talks, whichever did it (had been refused)
    "which party": ("Which party reaffirmed its backing for India's bid?", "Russia"),
    # "whom did X meet": not X, whom the question names by his post (had been "Tanmaya Lal")
    "the one met, not the one meeting": ("whom did the officer holding the Secretary (West) post meet?",
                                         "Mikhail Galuzin"),
    # a learner's passive out of English order (had been refused)
    "a passive's be after its subject": ("For which purpose the collaboration on such platforms was underscored by JWG?",
                                         "to strengthen counter-terrorism efforts"),
    "a passive's participle first": ("How exactly is designated the position of Sergey Vershinin in the article?",
                                     "Deputy Minister of Foreign Affairs for Russia"),
    # a question passed on by someone whose name no fact knows: what follows the verb
    # of asking is the question (each had been refused for the asker's name)
    "a question passed on": ("So Ayesha from Durban wants to know, who headed the Russian team?", "Sergey Vershinin"),
    "an aside after the verb of asking": ("A caller in Soweto asks, and it's a good one, in which city were the talks held?",
                                          "Moscow"),
    "a passed-on question quoted whole": ("Efua writes, 'wat post does Vershinin hold'",
                                          "Deputy Minister of Foreign Affairs for Russia"),
    "a passed-on question reported": ("Our listener in Accra wants to know which round the UN consultations were?",
                                      "the sixth round"),
    # a vague second option is no choice (had been "seat")
    "or something": ("Russia backs which country for a permanent seat or something?", "India"),
    # a wh-word typed in a hurry asks, in place (had been "Yes")
    "a wh-word slip in place": ("Galuzin discussed wich conflict with Lal?", "conflict in Ukraine"),
    # a word asked for by a verb of describing, as "adjective" asks it (had been India's bid)
    "the word describing a thing": ("what word does the piece use to describe Russia's support?", "firm support"),
    # "how much" before things counted (had been refused)
    "how much for how many": ("How much days did the Moscow talks take?", "2 days (December 19-20, 2024)"),
    # "function" for a post, as other languages say it (had been refused)
    "a function held": ("Which function has Galuzin?", "Russian Deputy Foreign Minister"),
    # the options said first in a sentence of their own (had been Lal's title)
    "options listed before which of them": ("Lal and Vershinin. Which of them works at the MEA?", "Tanmaya Lal"),
    # a second place a thing was talked about, after ", or" (had been refused)
    "or in another meeting": ("Was the Ukraine situation discussed at the JWG itself, or at Lal's meeting with Galuzin?",
                              "Lal's meeting with Mikhail Galuzin"),
    # a name spelt the German or the Polish way (had been refused)
    "a name spelt the German way": ("Who is Werschinin?",
                                    "Sergey Vershinin: Deputy Minister of Foreign Affairs for Russia; headed the "
                                    "Russian team."),
    "a name spelt the Polish way": ("Wierszynin headed which team?", "Russian delegation"),
    # a learner's word order, read in English order (each had been refused)
    "a progressive for the simple tense": ("From which document is coming the quote about cooperation?",
                                           "MEA press release"),
    "a progressive's be after a name": ("In how many of meetings Lal was leading the Indian side?",
                                        "Two: Joint Working Group on Counter-Terrorism and consultations on "
                                        "UN-related issues"),
    "a passive's be after its subject, a clause before": ("Besides terrorism, on what the talks also were focused?",
                                                          "global security challenges"),
    "no do before a name's verb": ("On what sort of platforms JWG said collaboration is important?",
                                   "bilateral and multilateral platforms"),
    # where the article says it, set in the middle of the question (had been refused)
    "an aside in the middle": ("What marks, according to the closing sentence, the continued collaboration?",
                               "a critical step in fostering stronger bilateral relations and addressing global "
                               "security challenges"),
    # "wat's" for "what's" after "who is X" (had been "Tanmaya Lal")
    "who is X, wat's his job": ("who is Galuzin, wat's his job?",
                                "Mikhail Galuzin: Russian Deputy Foreign Minister; met Tanmaya Lal to discuss the "
                                "conflict in Ukraine."),
    # terse: the article's last sentence, its first section heading (had been a date, refused)
    "closing line": ("closing line", "The continued collaboration between India and Russia marks a critical step in "
                                     "fostering stronger bilateral relations and addressing global security challenges."),
    "first heading": ("first heading", "India-Russia Joint Working Group Focuses on Counter-Terrorism Cooperation"),
    # a forwarded message's marks and who it is from (had been "Tanmaya Lal", the wrong title)
    "a forwarded question": ("RE: from Mark: who is Galuzin?",
                             "Mikhail Galuzin: Russian Deputy Foreign Minister; met Tanmaya Lal to discuss the "
                             "conflict in Ukraine."),
    "who a question is from": ("From Kate: what's Lal's official title?", "Secretary (West) at the MEA"),
    # a request made for someone else (had been refused)
    "checked for someone else": ("Can you check for him what the working group stressed the importance of?",
                                 "the importance of collaboration in both bilateral and multilateral platforms to "
                                 "strengthen counter-terrorism efforts"),
    # "the meeting of X with Y", "X's sit-down with Y": X's meeting with Y (had been refused, "Tanmaya Lal")
    "the meeting of one with another": ("Was Ukraine discussed at the JWG or in the meeting of Lal with Galuzin?",
                                        "Lal's meeting with Mikhail Galuzin"),
    "a sit-down for a meeting": ("did ukraine come up at the jwg or in lal's sit-down with galuzin?",
                                 "Lal's meeting with Mikhail Galuzin"),
    # a phrase that ends the sentence belongs to the noun it follows (had been cut short)
    "a prepositional phrase at the sentence's end": ("The endorsement, per the writer, marks a significant step "
                                                     "towards what?", "India\u2019s aspirations in global diplomacy"),
    # "is the passage talking about" is no talks of the article's (had been "Russia")
    "what the passage talks about": ("Whose bid for a permanent UNSC seat is the passage talking about: India's or "
                                     "Russia's?", "India"),
    # options labelled as in a quiz are read as the choice they offer (had been refused, naming 'b')
    "options lettered with brackets": ("Who chaired India's team: A) Mikhail Galuzin B) Tanmaya Lal C) Sergey Vershinin?",
                                       "Tanmaya Lal"),
    "options numbered with full stops": ("Which round of the UN consultations was it: 1. third 2. sixth 3. ninth",
                                         "the sixth round"),
    # "as per X" typed without its comma ends at the wh-word (had read the whole question as the source)
    "an according-to phrase with no comma": ("as per the press release what did the two sides agree to do",
                                             "enhance cooperation on radicalisation, terror financing, and the use of "
                                             "technology for terrorist purposes"),
    # a dropped letter is a commoner slip than an added one: "sixt" is "sixth", not "sit"
    "an ordinal with its last letter dropped": ("what was discussed at the sixt round?",
                                                "regional and global developments"),
    # days offered with no month beside a date said whole, a choice said as a statement, and
    # "which day" asked before the days offered (had been refused)
    "days and a date offered": ("Was the report dated the 19th, the 20th or December 21?", "December 21, 2024"),
    "dates offered in a statement": ("the talks were on December 19-20 or December 21?", "December 19-20, 2024"),
    "which day, then days offered": ("The piece is dated which day: the 20th or the 21st?",
                                     "the 21st (December 21, 2024)"),
    # the noun after an in-place wh-word ends the answer (had been "become a permanent member of")
    "a noun after the gap, further on": ("Russia reiterated its support for India's bid to which council?",
                                         "United Nations Security Council"),
    "a terse closing line with no article": ("last sentence of piece", "The continued collaboration between India "
                                             "and Russia marks a critical step in fostering stronger bilateral "
                                             "relations and addressing global security challenges."),
    # topics, plural, are the things talked over, not the one subject a meeting's name says
    # (had been "UN-related issues")
    "the topics of a meeting": ("topics of the UN consultations", "regional and global developments"),
    # a document "from" a day is dated that day (had been refused)
    "a document from one of two days": ("is the piece from the 20th or the 21st?", "the 21st (December 21, 2024)"),
    "a document from one of two dates, said as a statement": ("The article is from December 19 or December 21?",
                                                              "December 21, 2024"),
    # where a meeting was is where it was held (had been refused), options offered or not
    "where a meeting was": ("where was the JWG?", "Moscow"),
    "where a meeting was, places offered": ("where were the talks, Moscow or New Delhi?", "Moscow"),
    # two ordinals offered before a long noun (had been refused, naming 'twelfth')
    "two ordinals before a long noun": ("was it the twelfth or thirteenth meeting of the joint working group on "
                                        "counter-terrorism?", "the 13th round"),
    # a heading, as a noun, is no leading (had been refused, or "Indian delegation")
    "the heading of a section": ("what's the heading of the UNSC section?", "Renewed Support for India\u2019s UNSC Membership"),
    "the header of a part": ("what is the header on the counter-terrorism part?",
                             "India-Russia Joint Working Group Focuses on Counter-Terrorism Cooperation"),
    "heading, the verb, still leads": ("who was heading the Indian delegation?", "Tanmaya Lal"),
    "a bigger series number": ("Whose series number is bigger — the counter-terrorism working group's or the UN "
                               "consultations'?", "Joint Working Group on Counter-Terrorism (the 13th round)"),
}


def test_a_description_step_shows_in_explain():
    result = run("ask", "Which Russian official did the leader of India's delegation meet to discuss Ukraine?",
                 "--explain")
    assert result.exit_code == 0 and result.stdout.startswith("Mikhail Galuzin")
    assert "read as" in result.stdout and "the leader of India's delegation\" = Tanmaya Lal" in result.stdout


@pytest.mark.parametrize("question, word", [
    ("what did pakistan say abt this", "pakistan"),  # a country the facts never name, in lower case
    ("who led the brazilian delegation", "brazilian"),
    ("How did the United States react to Russia's support?", "united states"),  # two words the facts know apart
])
def test_a_place_the_facts_never_name_is_refused_however_typed(question, word):
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["answered"] is False
    assert repr(word) in result.json["reason"]


def test_an_everyday_word_is_not_read_as_a_word_of_the_facts():
    """'want' is not a misspelt 'went', nor 'join' a misspelt 'joint'."""
    result = run("ask", "Which body does India want to join as a permanent member?", "--explain")
    assert "want -> " not in result.stdout and "join -> " not in result.stdout


@pytest.mark.parametrize("question", ["Since what year has Russia backed India for a permanent UNSC seat?",
                                      "How long has Tanmaya Lal served as Secretary (West)?"])
def test_how_long_a_state_of_things_has_lasted_is_refused(question):
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and "how long a state of things has lasted" in result.json["reason"]


def test_a_yes_no_question_naming_only_the_object_is_confirmed_by_a_fact_that_states_it():
    confirmed = run("ask", "Was the war in Ukraine discussed?", "--json")
    assert confirmed.exit_code == 0 and confirmed.json["answer"] == "Yes"
    # another meeting's number is not confirmed by the JWG's
    other = run("ask", "Was the UN-related meeting the 13th round?", "--json")
    assert other.json["answer"] != "Yes"


@pytest.mark.parametrize("question", ["What was Tanmaya Lal's previous posting?",
                                      "What position did Tanmaya Lal hold before becoming Secretary (West)?"])
def test_what_came_before_these_talks_is_refused(question):
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and "what came before" in result.json["reason"]


@pytest.mark.parametrize("question", ["Did China or Pakistan support India's bid for a permanent seat?",
                                      "Did Lal meet Putin or Lavrov?"])
def test_a_choice_between_things_the_facts_never_mention_is_refused(question):
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["answered"] is False


def test_an_answer_the_question_already_names_is_not_given():
    """'which building in Moscow' asks for a building; 'Moscow' only repeats the question."""
    result = run("ask", "In which building or venue in Moscow were the meetings held?", "--json")
    assert result.json["answer"] != "Moscow"
    # a name that only holds the answer's name is no such repetition
    held = run("ask", "Where were the Moscow talks held?", "--json")
    assert held.exit_code == 0 and held.json["answer"] == "Moscow"


def test_others_than_an_unnamed_one_are_refused():
    result = run("ask", "Which other countries does Russia support for permanent UNSC seats?", "--json")
    assert result.exit_code == 1 and "others" in result.json["reason"]
    # with the one set apart named, the other is found
    named = run("ask", "Besides counter-terrorism, what other set of talks did India and Russia hold in parallel?", "--json")
    assert named.exit_code == 0 and named.json["answer"] == "consultations on UN-related issues"


def test_why_without_a_stated_purpose_is_refused_not_read_as_who():
    result = run("ask", "Why did Russia support India's bid?", "--json")
    assert result.exit_code == 1 and result.json["answered"] is False


@pytest.mark.parametrize("question", ["What was Russia's position on the war in Ukraine?",
                                      "In which round did Russia back India's ambitions at the Security Council?",
                                      "Which Russian ministry put out the press release?",
                                      "In what year was the Security Council created?",
                                      "Who led the Indian delegation at the talks held in New Delhi?",
                                      "Who was India's ambassador to Russia during the talks?",
                                      "Who heads the Ministry of External Affairs?",
                                      "Which countries oppose India's bid for a permanent UNSC seat?",
                                      "Name the MEA spokesperson.",
                                      "What specific reforms of the Security Council did Russia propose?",
                                      "What is the name of the MEA spokesperson who issued the release?",
                                      "Which specific technologies were terrorists said to be using?",
                                      "Did Russia criticise the JWG or the UN consultations?",
                                      "Name a terror organisation discussed at the JWG",
                                      "Which specific regional developments were discussed?",
                                      "Which Indian minister led the delegation?",
                                      "When were the consultations on climate issues held?",
                                      "Who led India at the JWG on drug trafficking?",
                                      "Which lasted longer, the JWG or the UN consultations?",
                                      "On which of the two days, December 19 or December 20, was the "
                                      "counter-terrorism working group held?"])
def test_near_misses_that_name_what_the_facts_know_are_refused(question):
    # a stance is not a post; which round is not the text of the support (and two rounds
    # fit); the MEA is India's; "what year" asks a date, not when the talks were held;
    # the talks were held in Moscow, not New Delhi; an ambassador is not the talks; Lal
    # led a delegation, not the ministry his title names; a spokesperson is no press
    # release; "propose" is a word of its own, not a slip for "purpose"; "the name of the
    # MEA spokesperson" asks a spokesperson; "said to be using" is hearsay, not a statement;
    # "December 19-20" chooses neither day
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["answered"] is False


def test_a_choice_shows_its_options_in_explain_and_neither_stated_is_refused():
    result = run("ask", "Did Russia voice strong or weak support for India's bid?", "--explain")
    assert result.exit_code == 0 and result.stdout.startswith("firm")
    assert "options" in result.stdout and "the fact's sentence says 'firm'" in result.stdout
    neither = run("ask", "Did Russia voice its support loudly or quietly?", "--json")
    assert neither.exit_code == 1 and neither.json["answered"] is False


def test_a_choice_too_long_to_read_is_not_answered_yes():
    result = run("ask", "Was Russia's support for India's bid a new policy or a restatement of a much older Russian "
                        "position?", "--json")
    assert result.exit_code == 1 and "choice" in result.json["reason"]
    # "... or not" is still yes or no
    assert run("ask", "Did Russia back India's bid for a permanent UNSC seat or not?", "--json").json["answer"] == "Yes"


def test_whether_after_a_request_asks_yes_or_no():
    result = run("ask", "I'd like to know whether Russia backed India's UNSC bid.", "--json")
    assert result.exit_code == 0 and result.json["answer"] == "Yes"


def test_days_after_something_that_came_later_are_refused_with_the_order_the_facts_give():
    result = run("ask", "How many days after the article was the JWG held?", "--json")
    assert result.exit_code == 1 and "other way round" in result.json["reason"]


def test_a_question_about_a_founding_no_fact_states_is_refused():
    result = run("ask", "When was the JWG set up?", "--json")
    assert result.exit_code == 1 and result.json["answered"] is False


@pytest.mark.parametrize("question, expected", SHAPES.values(), ids=SHAPES.keys())
def test_question_shapes_get_the_answer_a_reader_expects(question, expected):
    result = run("ask", question, "--json")
    assert result.exit_code == 0 and result.json["answer"] == expected


def test_a_first_name_among_options_is_never_the_other_official():
    # the Russian team, named by "the two Russian officials", had made it Vershinin
    result = run("ask", "Of the two Russian officials mentioned, which one is Mikhail: Vershinin or Galuzin?", "--json")
    assert result.json["answer"] in (None, "Galuzin", "Mikhail Galuzin")


def test_two_questions_in_one_are_refused_when_either_is_not_answered():
    result = run("ask", "Who led the Russian side, and who wrote the article?", "--json")
    assert result.exit_code == 1 and result.json["answer"] is None


def test_a_doer_in_other_words_than_the_sentence_s_is_refused():
    # the JWG "agreed to" enhance cooperation; no sentence says anyone signed anything
    result = run("ask", "Who signed the agreement?", "--json")
    assert result.exit_code == 1 and result.json["answer"] is None


@pytest.mark.parametrize("question", ["How old is the Russian deputy minister who led the team?",
                                      "Name of the MEA spokesperson who put out the release?",
                                      "What position did the Indian official lay out on Ukraine in the Galuzin mtg?"])
def test_an_age_a_spokesperson_or_a_stance_no_fact_gives_is_refused(question):
    # they were answered with the minister's name, the release and Galuzin's title
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["answer"] is None


def test_who_wrote_the_article_is_refused_the_facts_name_no_author():
    result = run("ask", "Who is the writer of this article?", "--json")
    assert result.exit_code == 1 and result.json["answer"] is None


def test_a_noun_that_is_no_place_or_time_word_is_not_answered_with_a_place_or_a_date():
    # "at what level were the meetings held": "held" is said of Moscow and of the dates,
    # but a level is neither
    result = run("ask", "At what level were the Moscow meetings held?", "--json")
    assert result.json["answer"] not in ("Moscow", "December 19-20, 2024")


def test_which_of_the_two_countries_asks_for_a_country():
    # "the two countries" elsewhere are both parties ("what did the two countries agree"),
    # but "which of the two countries" asks one of them
    index = Index.build(load_store(shipped_facts()))
    assert analyse("In the talks, which of the two countries voiced support for the other's bid?", index).wanted == "country"


# Questions the facts do not answer, each with why it used to be answered (or refused
# for the wrong reason), and the reason now given when one in particular is expected.
REFUSED = {
    # the MEA's words say nothing of Ukraine
    "what a body said about what its words do not say": ("What did the MEA say about Ukraine?", None),
    # what a person said is asked; his title, found by his name, is no such thing (was the
    # title at 0.88-0.91)
    "what a person said": ("So what exactly did Galuzin tell Lal about Ukraine — any specific positions?",
                           "no fact reports what Galuzin said"),
    "what a person said in his own words": (
        "What did Vershinin say in his own words — is there a quote from the Russian side?",
        "no fact reports what Vershinin said"),
    # the ordinal names another meeting of the series, about which nothing is said
    "another meeting of the series, asked about": ("Was the 12th JWG held in Moscow?", None),
    "a counterpart on one's own side": ("Who was Vershinin's counterpart on the Russian side?",
                                        "Sergey Vershinin led the Russian delegation himself: a counterpart is on another "
                                        "side"),
    # groups are asked; the facts' best answer is a description of challenges
    "an organization asked, a description found": (
        "Name the terrorist groups discussed at the JWG.",
        "no fact names an organization that answers this (best: 'the emerging challenges posed by new technologies "
        "in the hands of terrorists')"),
    # the 13th round is the 13th of the series, wherever the earlier twelve met
    "a count of rounds at one place": ("How many times has the JWG on Counter-Terrorism met in Moscow?",
                                       "the facts number the rounds of the whole series, not those held in Moscow"),
    # only one Indian official is named: "not" leaves no one the facts say did anything
    "an imperative asks what was not done": ("Name the Indian official who did not meet Galuzin",
                                             "the facts say what was done, not what was not done"),
    # "country's" reads the conflict's country only when a fact says what is asked of it
    "a country's thing in a talk no fact reports": ("Which country's war was discussed with China?", None),
    "who came before the one named": ("Who held the Secretary (West) post before Lal?",
                                      "the facts say who held it then, not who came before or after"),
    # the sides agreed; no fact says anything was signed
    "a formal act no fact states": ("What agreements were signed at the meetings?",
                                    "no fact states the relation asked about ('signed')"),
    # the sentence dated says the support was reiterated: its date is not when it began
    "when something said again began": ("When did Russia start supporting India's bid for a permanent seat?",
                                        "the facts date when it was said again ('reiterated'), not when it began"),
    "a topic no fact has is the reason, not a close call between meetings": (
        "Which of the two meetings covered cricket?", "the facts say nothing about 'cricket'"),
    "the only answer is what the question sets aside": ("Besides Ukraine, which conflict did the talks cover?", None),
    "a country for its delegation, elsewhere": ("Did Lal lead India in New Delhi?", None),
    "a country for its delegation, the other one": ("Did Lal lead Russia?", None),
    "a country for its delegation, at a meeting it did not lead": ("Did Lal lead India at the Ukraine meeting?", None),
    # the facts are not exhaustive: no fact on Lal meeting Vershinin does not make it "Galuzin only"
    "one or both is never one for want of a fact": ("Did Lal meet Galuzin, Vershinin, or both?",
                                                    "no fact says whether it was one or both"),
    "a city of another country": ("Which Indian city hosted the talks?", None),
    # a stance is its holder's: what Galuzin is (his title) is no Russian stance on Ukraine
    "a stance no fact of its holder states": ("What did Galuzin tell Lal about Russia's position on Ukraine?", None),
    # Galuzin is a deputy foreign minister and Vershinin a deputy minister of foreign affairs
    "an office named without the rank its holders have is another office": (
        "Who is the current Russian Foreign Minister?", None),
    # "support" names the relation "supports", but the verb asks something else
    "a kind of what no fact says was done": ("What type of support did Russia withdraw?", None),
    "a kind of what no fact says was done, sponsored": ("What kind of terrorism did India sponsor?", None),
    "a verb that undoes a fact": ("What did Russia withdraw its support for?", None),
    "a verb that undoes a fact, yes or no": ("Did Russia withdraw its backing for India's bid?", None),
    "members past the facts' words": ("Which technologies were discussed specifically?", None),
    # it used to answer with the ministry that issued the press release
    "a statement about what it never mentions": ("What did the press release say about Ukraine?", None),
    "a meeting placed elsewhere a few words on": ("Which Russian minister met Lal in New Delhi?", None),
    # a choice weighed by words cannot read an order, a comparison or a negation
    "a comparison between options": ("Which Russian official is older, Vershinin or Galuzin?", None),
    "a negated choice": ("Which official did not head a delegation, Vershinin or Galuzin?", None),
    "a choice the facts answer for another thing (the article's date)": (
        "Was the press release issued on December 20 or December 21?", None),
    "a yes-no question with a word the long object does not have": (
        "Did the JWG stress collaboration on multilateral trade platforms?", "no fact says whether this is so"),
    "a meeting's doing asked of a country that did not meet": (
        "Did India and Pakistan share experiences in tackling cross-border terrorism?", None),
    "a choice of two clauses neither of which a fact states": (
        "Did Vershinin meet Lal about Ukraine, or did he sign a treaty?", None),
    "a degree no fact gives": ("How friendly were the talks?", None),
    "an owner asked with too few words to say which": ("In whose hands were the talks?", None),
    # a name the facts do not know opens the question: capitalised, and no English word
    "an unknown name as the first word": ("Lavrov met Lal in Moscow. When did they meet?",
                                          "the facts say nothing about 'lavrov'"),
    # facts are not exhaustive: Lal meeting Galuzin says nothing against his meeting Vershinin
    "a meeting no fact states is not denied by another": ("Did Vershinin meet Lal?", "no fact says whether this is so"),
    "a degree is no named thing": ("How significant was the press release?", "no fact says how significant"),
    # dates give days; a length in hours is not theirs to give ("2 days" is no number of hours)
    "a length in hours": ("How long did the meetings last in hours?",
                          "the facts give dates, not times of day: no length in hours or minutes"),
    "a denied verb with no one who did it to set aside": ("Which meeting did not discuss Ukraine?",
                                                           "the facts say what was done, not what was not done"),
    # "the official who headed the Indian delegation" is Lal, and Lal is no answer to "who else"
    "the one set aside is the only answer": ("Besides the official who headed the Indian delegation, who else "
                                             "attended?", "the only answer the facts give is Tanmaya Lal, whom the "
                                                          "question sets aside"),
    # the facts give the two days together, not the day of each meeting
    "one day of the two": ("On which of the two days was the 13th JWG held?",
                           "the facts give the days of the meetings together, not the day of each"),
    # a judgement the article gives is how it describes the backing, not what is backed
    "how the article rates a thing": ("How does the article rate Russia's renewed backing as a piece of diplomatic news?",
                                      None),
    "three ordinals, none the facts give": ("Was the JWG the 12th, 14th or 15th edition?", None),
    # he led no side, so no one did the same for the other; it was his card
    "the counterpart of one who led no side": ("Who was Galuzin's counterpart?",
                                               "the facts give Mikhail Galuzin no side, so no counterpart"),
    "a counterpart of a name the facts do not know": ("Who is Sergey Lavrov's counterpart in India?", None),
    "what a counterpart did": ("Who did Vershinin's Indian counterpart meet?", None),
    "a bargain": ("What did India offer Russia in return for backing its UNSC bid?",
                  "no fact says what was given in return"),
    # the sentence says India's aspirations: neither option owns them (was "Russia's" at 0.90)
    "whose X, when neither option owns it": ("Whose aspirations does the endorsement advance, Russia's or China's?",
                                             None),
    # the count of rounds is not a count of one round's parts (was "6 (the sixth round)")
    "the parts of a round the question numbers": (
        "How many sessions did the sixth round of UN-related consultations comprise?",
        "the facts number the rounds; none says what one round comprised"),
    # Russia's support was voiced at the UN consultations, not at the JWG (was "Yes")
    "a stance placed at the other meeting": ("Did Russia voice support for India's seat at the JWG?", None),
    "a cleft placing a stance at the other meeting, in other words": (
        "Was it at the anti-terrorism committee that Russia voiced backing for India's UN seat?", None),
    # "what kind of place" in a council is a seat, never Moscow (was "Moscow" at 0.87)
    "a place in a body described in words no fact has": (
        "What kind of place in the world body's top decision-making organ does Moscow want New Delhi to get?", None),
}


@pytest.mark.parametrize("question, reason", REFUSED.values(), ids=REFUSED.keys())
def test_questions_the_facts_do_not_answer_are_refused(question, reason):
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["answered"] is False
    assert reason is None or result.json["reason"] == reason


def test_the_noun_asked_after_the_name_of_is_read_whole():
    # "the name of the other Russian deputy foreign minister who met ...": a minister is
    # asked, so the Indian he met is no answer
    result = run("ask", "Tell me the name of the other Russian deputy foreign minister who met the Indian envoy.",
                 "--json")
    assert result.json["answer"] in (None, "Mikhail Galuzin")


def test_whose_bid_is_not_answered_with_the_one_who_backed_it():
    result = run("ask", "Whose bid for a permanent UNSC seat was being supported — India's or Russia's?", "--json")
    assert result.json["answer"] in (None, "India")


def test_a_fact_with_the_question_s_known_words_is_looked_at_though_others_are_unknown():
    # "put out word on how ... went" has words no fact has; counted, they kept out the
    # MEA's fact, and the Ukraine fact (which names the talks) answered instead
    result = run("ask", "Which Indian ministry put out word on how the talks went?", "--json")
    assert result.json["answer"] in (None, "Ministry of External Affairs")


@pytest.mark.parametrize("question", ["Which country did Lal visit?", "Which ministry does Galuzin head?",
                                      "Which country did Lal travel to?"])
def test_a_person_s_country_or_ministry_is_read_only_when_nothing_else_is_asked(question):
    result = run("ask", question, "--json")
    assert result.json["answer"] not in ("India", "Russia", "Russian Deputy Foreign Minister")


def test_the_clause_of_a_cleft_question_is_no_description():
    # "at the UN consultations that Russia voiced ..." was read as a description of the
    # consultations, and the choice then answered with the JWG
    result = run("ask", "Was it at the counter-terrorism JWG or at the UN consultations that Russia voiced firm "
                        "support for India's permanent membership in a reformed UNSC?", "--json")
    assert result.json["answer"] is None or "consultations" in result.json["answer"]


@pytest.mark.parametrize("question", ["Who represented Russia at the talks?", "Who headed the talks for Russia?",
                                      "Who was running the show for the Russians at these talks?"])
def test_a_country_named_as_a_party_is_not_answered_with_the_other_side_s_leader(question):
    # Lal led India's side; Russia named as the party asks for its side's leader
    result = run("ask", question, "--json")
    assert result.json["answer"] in (None, "Sergey Vershinin")
    assert not any(a["fact_id"].startswith("lal-led") for a in result.json["alternatives"])


@pytest.mark.parametrize("question", ["What did Galuzin say about Ukraine?", "What did Vershinin say about UNSC reform?",
                                      "What did the Russian foreign ministry say in its own statement on the meetings?"])
def test_what_someone_said_is_not_what_he_is_or_what_another_did(question):
    result = run("ask", question, "--json")
    assert result.json["answer"] is None


def test_a_common_name_of_a_body_after_another_country_is_not_that_body():
    # "foreign ministry" is one name of India's MEA; "Russia's foreign ministry" is not it
    index = Index.build(load_store(shipped_facts()))
    assert "mea" not in analyse("What did Russia's foreign ministry say about the talks?", index).entities
    assert "mea" in analyse("What did the foreign ministry say about the talks?", index).entities
    assert "unsc" in analyse("Russia UNSC stance", index).entities


def test_a_topic_noun_is_said_by_the_word_before_it():
    # "money-related threat": a threat of money, which the technology fact does not say
    # (it was answered with it at 0.61)
    result = run("ask", "Which money-related threat linked to terrorism did the two sides talk about?", "--json")
    assert result.json["answer"] is None or "financing" in result.json["answer"]


def test_a_relation_noun_before_the_verb_asked_is_not_the_relation_asked():
    # "Russia's backing" is what the question is about; "mean" is what it asks, so the
    # bid that Russia backs is no answer (it was given at 0.75)
    result = run("ask", "What does Russia's backing mean for India?", "--json")
    assert result.json["answer"] is None or "step" in result.json["answer"]

# Everyday words and phrases a reader uses for what the facts say in other words; each
# question had been refused (or answered wrongly, where said) before they were read.
EVERYDAY_READINGS = {
    # "the chap from Moscow" is a Russian; "in charge of their lot" led their side
    "chap from Moscow, in charge of their lot": (
        "The chap from Moscow who was in charge of their lot, what was his name?", "Vershinin"),
    "a side called a lot": ("Tanmaya Lal, which country's lot was he leading?", "India"),
    "went over, for discussed": ("Was it Vershinin or Galuzin who went over Ukraine with the Indian secretary?",
                                 "Galuzin"),
    "bigger picture, convos": ("beyond the war stuff, what bigger picture worries did the convos zero in on",
                               "global security"),
    "the world stage": ("So what does the piece say this backing means for India's ambitions on the world stage?",
                        "significant step"),
    "a foreign office": ("Which Indian government office put out a written statement about what the two countries "
                         "decided?", "External Affairs"),
    "too asks nothing": ("Did Lal lead India only at the anti-terrorism committee, or at the meeting about the UN "
                         "too?", "Both"),
    "violent extremism": ("Which money-related side of violent extremism did the two nations discuss tackling "
                          "together?", "financing"),
    "the write-up": ("On what date did the write-up itself come out?", "December 21"),
    "the top table": ("Which world body's top table is India hoping to join for good, with Russia's blessing?",
                      "Security Council"),
    "groupings of nations": ("Which meeting was it that stressed working together both one-to-one and in bigger "
                             "groupings of nations?", "Working Group"),
    # "what word describes the version of X" asks what kind of X (it had given the bid)
    "the word describing a version": (
        "Moscow's backing for a lasting Indian place at that top table comes with a catch about the body itself — "
        "what word describes the version of the council it has in mind?", "reformed"),
    "a side's principal": ("Who's the Moscow-side principal?", "Vershinin"),
    "principal among figures": ("Of the two Russian vice-ministerial figures named, which one was the principal of "
                                "the Russian team?", "Vershinin"),
    # "militants" stands for "terrorists", and so for the "terrorism" of the JWG's name
    "militants": ("what did the two countries swap stories about from their own fights w/ militants",
                  "cross-border"),
    "bombers": ("That working group thing about the bombers and extremists, how many times has it met now, "
                "counting this one?", "13"),
    # what one did at a meeting, or the part one played there, is one's role there (his
    # title and his side had been too close to call)
    "what one did at the talks": ("wat did sergey vershinen do in the talks", "led Russian delegation"),
    "the part one played": ("What part did Lal play at the meetings?", "led Indian delegation"),
    # "who was backing": the one doing it, not the one it was done for (India had been as
    # close as Russia)
    "who was doing it": ("Who was backing the permanent seat, which country?", "Russia"),
}


@pytest.mark.parametrize("question, expected", EVERYDAY_READINGS.values(), ids=EVERYDAY_READINGS.keys())
def test_everyday_words_are_read_as_the_facts_words(question, expected):
    result = run("ask", question, "--json")
    assert result.exit_code == 0 and expected in result.json["answer"]


STILL_UNANSWERED = {
    # the date of a thing no fact dates, asked through a clause (had been "Ministry of
    # External Affairs": the clause's "which" was read as the question's)
    "the date of an undated thing, by a clause": ("What is the date on which the press release came out?", None),
    # a noun asked of a thing that no fact gives, answered by another relation of it
    # (had been "Ministry of External Affairs", which issued the press release)
    "the headline of a press release": ("What was the headline of the MEA's press release?",
                                        "no fact states the 'headline' asked about"),
    # a series' count is no count of one person's part in it (had been 13)
    "the rounds a person led": ("How many rounds of the counter-terrorism group has Vershinin headed?", None),
    # an office asked by "who is / served as": the person found must hold it (had been
    # Tanmaya Lal, of that ministry, but its secretary)
    "a minister no fact names": ("Which official served as India's Foreign Minister during these talks?",
                                 "no fact names anyone holding the office asked about"),
    # a clause offered as an option is no describing word of the thing named (had been
    # "seat", the last word of the first option, said before "the UNSC" in a quote)
    "a clause offered, no describing word": ("Did Russia drop its support for India's permanent UNSC seat, or did "
                                             "it repeat it?", None),
    # the noun a clause describes is the kind asked, after an adjective too: a venue, not
    # the dates (had been "December 19-20, 2024")
    "a venue described by a clause": ("What was the specific building or venue in Moscow where the talks "
                                      "took place?", None),
    "a statement to confirm that no fact makes": ("Verify the talks were held in Beijing.", None),
    # a country said as an adjective of the person whose name is asked: not the country's
    # full name (had been "Russia" at 0.90); two Russians are named
    "a person named by country and rank alone": ("russian official name", None),
    # a position conveyed on a topic is a stance, not a post (had been Galuzin's title)
    "a position conveyed on a topic": ("What position did India convey to Galuzin about the Ukraine conflict?", None),
    # a portfolio said by its kind ("regional") is not answered by a title that says no
    # region (had been Galuzin's title)
    "a regional portfolio": ("Which regional portfolio is handled by Mikhail Galuzin in the Russian foreign ministry?",
                             None),
    # "I'd like the name of ..." asks that name: no spokesman is named (had been the ministry)
    "a wish for a name no one is given": ("I'd like the name of the Indian spokesman who issued the press release.",
                                          None),
    # "in exchange for" asks a bargain no sentence states, though the facts know the
    # word "exchange" (had been India's bid)
    "a bargain in exchange": ("What did Moscow ask of India in exchange for endorsing its Security Council bid?",
                              None),
    # a person's own words, when the article quotes none of theirs (had been answered
    # from the facts about what he discussed or backed)
    "a person's own words": ("In his own words, how did Vershinin describe Russia's backing of India's bid?", None),
    "his own words on a topic": ("How did Galuzin word the Ukraine discussion in his own words?", None),
    # a remark after the question, why it is asked, is no question of its own (had been
    # answered alone: the working group's emphasis)
    "a remark after the question": ("Who wrote the piece? Need an author for the show notes.", None),
    # the status of a thing no fact mentions (had been the counter-terrorism efforts)
    "the status of an unknown thing": ("Give me the status of the oil price settlement discussed at the talks.", None),
    # a label, then "name of ...": the query after the label (had been Galuzin)
    "a label before a name asked": ("reminder for later: name of the Russian embassy spokesperson who spoke to "
                                    "reporters?", None),
    # what followed the meetings, which no report of them says (had been their dates)
    "what happened after": ("What took place after the talks in Moscow ended?", None),
    # the founding of a body, which no fact dates (had been the meetings' year)
    "when a body was created": ("In what year was the counter-terrorism working group created?", None),
    # "when did X last ..." asks a time before these talks (had been their dates)
    "the last time before": ("When did Russia last host the Joint Working Group?", None),
    # "money-related": the answer must say what the thing relates to (had been the
    # threat from new technologies)
    "a money-related aspect no answer says": ("Which money-related aspect of the threat did the JWG take up?", None),
    # a person's exact words, which no fact quotes (had been what Russia supports)
    "a person's exact words": ("What exact words did Vershinin use to voice Russia's support?",
                               "no fact reports what Vershinin said"),
    # a noun the article says only as a participle of another thing: "a reformed UNSC"
    # names no reform (had been Russia's support)
    "reforms no fact names": ("What specific reforms of the UNSC does Russia support?",
                              "the facts name no 'reforms'; they only call something 'reformed'"),
    # a joint statement is one of both sides, which no fact names (had been "Yes": the
    # MEA's press release)
    "a joint statement": ("Did the two sides issue a joint statement?", "the facts name no joint statement"),
    # a word whose only link is to another word asked ("drones", in WordNet a kind of
    # talk) confirms nothing (had been "Yes")
    "a word linked only to another word asked": ("Did the delegations talk about drones as a technology terrorists use?",
                                                 None),
    # what came of a talk is its result, which no fact gives (had been "conflict in
    # Ukraine", what it was about); followed up yes or no, it is still asked (had been "Yes")
    "what came of a talk": ("What emerged from the Ukraine discussion?", "the facts say nothing about any 'result'"),
    "what came of a talk, then yes or no": ("What came out of the talk on Ukraine, did they agree on something?", None),
    # an earlier one of a series is none the facts report (had been the reported one's date)
    "the one of a series before this one": ("When was the JWG meeting before the 13th?",
                                            "the facts report these events; none says what came before them"),
    "the last one before this one": ("When was the last round of UN consultations before this sixth one?", None),
    # an event for the press is no meeting of the sides, though a "conference" (had
    # been "Moscow", "December 19-20, 2024")
    "a news conference": ("Where did the news conference take place?", "the facts name no news conference"),
    "a press briefing": ("When was the press briefing held?", "the facts name no press briefing"),
    # a wh-question that builds on a yes-or-no one no fact confirms (had been the
    # Ukraine talk's subject, as if it were the plan asked)
    "what was said of something no fact confirms": (
        "Did Lal raise a peace initiative on Ukraine, and what was it?",
        "the question builds on what the facts do not confirm (no fact says whether this is so)"),
    # a position put forward on a subject is a stance, not a post (had been "Russian
    # Deputy Foreign Minister")
    "a position taken on a subject": ("What position did Galuzin advance on the conflict in Ukraine?", None),
    # the description's own words are no term the article uses for it (had been
    # "permanent member")
    "a term that only repeats the description": (
        "What word does the article use for India's effort to become a permanent Council member?", None),
    # (a guard for the reading above: a topic no fact knows still refuses)
    "the form of a statement on what no fact knows": (
        "In what form did India's foreign ministry publish the weather report?", None),
    # others asked for after a hesitation, or as "who else", with no one named to set
    # apart (had been "Russia")
    "others after a hesitation": ("um which other countries back India's bid", None),
    "who else": ("so who else supports India's permanent seat", None),
    # a deed in a verb no fact says: what it was done to answers nothing (had been the bid)
    "a response no fact states": ("how did India respond to Russia's backing", None),
    # "non-" before a word the facts say: its opposite, which no sentence says (had been
    # the permanent membership)
    "a negated word": ("What has Russia said about India seeking a non-permanent seat?", None),
    # a topic named in full that the fact confirming the rest is not about (had been "Yes")
    "a topic the statement is not about": ("Did the MEA's statement mention the Ukraine conflict?", None),
    # ", if any," hedges the question; the outcome it asks is none the facts state (had
    # been the topic of the meeting)
    "an outcome, if any": ("What outcome, if any, was reached in Lal's discussion with Galuzin about Ukraine?", None),
    # a name right after "what" is who did it, with "did" left out, not a kind of thing
    # asked (had been "Tanmaya Lal")
    "a name after 'what'": ("What Lal and Galuzin decided to do about the Ukraine conflict?", None),
    # a response no fact states (had been Russia's support)
    "said in response": ("What did Russia say in response to India's bid?", None),
    # a country named that the fact leaves out is not confirmed (had been "Yes")
    "a stance on another country": ("Did India express support for Russia's position on Ukraine during the talks?", None),
    # hours in a day, which no date gives (had been "2 days")
    "length of each day": ("How long did the talks last each day?", None),
    # the reason for another deed than the meeting's (had been "to discuss the current situation in Ukraine")
    "the reason for a refusal": ("Why Russia refused to support India permanent seat on this meetings?", None),
    # a list of three cut at its words is no choice of clauses (had been "at")
    "before, after or at": ("Were the UN-focused consultations held before, after, or at the same time as the "
                            "anti-terror session?", None),
    # an expectation of now about later, which no fact states (had been the talks' dates)
    "expected to happen": ("When is the reform of the Security Council actually expected to happen?", None),
    # how a statement was put out is its form, not what it says (had been, in this
    # session, what the statement says)
    "how a statement was put out": ("How did the MEA put out its statement?", None),
    # a kind no fact speaks of, between an option no fact knows and a country's
    # demonym (had been "Russian")
    "a language": ("In which language were the talks conducted - Russian or English?", None),
    # the article a clause names is not the thing dated (had been "December 21, 2024")
    "a date of what only a clause names": ("On what date did the MEA issue the press release from which the article "
                                           "quotes?", None),
    # the first of two questions unanswered (had been "2 days (December 19-20, 2024)")
    "how long, then yes or no": ("How long did the meeting between Lal and Galuzin last, and was it held "
                                 "one-on-one?", None),
    "a place confirmed with a name no fact knows": ("did lal meet putin while in moscow?", None),
    "a thing of no list": ("Was nuclear terrorism discussed?", None),
    "a ministry of the other country": ("what ministry of Russia issued the press release", None),
    "a later meeting placed by a choice": ("was the 14th JWG held in Moscow or Delhi", None),
    # a naming done by what is named is no question about it (had been the article's card)
    "a naming by the namer": ("Which one does the article name?", None),
    # a reported question whose verb is irregular gets its "did" back: the Russian
    # ministry's own release is no fact (had been "Ministry of External Affairs")
    "another ministry's release, reported": ("May I know what the Russian Foreign Ministry said in its own press "
                                             "release about these talks?", None),
    # a relation offered of a thing no fact names with either is no choice of them
    "a concern or another thing": ("Was the technology concern about terrorists using new technologies, or about "
                                   "state cyber espionage?", None),
    # a statement asked whose fact is not there is refused, not read as a wh-question
    "a statement asked, not in the facts": ("Lal met Vershinin about Ukraine?", None),
    # a place finer than the one the facts give (had been "the Moscow talks")
    "a venue inside the city named": ("What was the exact venue in Moscow for the consultations?", None),
    # a direct quote of an official the article never quotes (had been "Russian delegation",
    # "direct" read as "directed", a word for leading)
    "a direct quote never given": ("Any direct quote from Vershinin on the record?", None),
    # an exact quote of an official the article never quotes (had been India's bid)
    "an exact quote never given": ("exact quote from vershinin on the unsc support?", None),
    # "have a go at" is to criticise, which no fact says (had been "Yes", for the talks)
    "a go at another country": ("Did India have a go at Russia over the Ukraine war?", None),
    # India is the one Russia supports, not one that reiterated support (had been "Yes")
    "support India never gave": ("Did India reiterate its support?", None),
    # Lal is of India's government, not Russia's (had been "Mikhail Galuzin")
    "a person in another government": ("who is Lal in the Russian government?", None),
    # a question passed on is read for what it asks, and refused for what it names that
    # no fact knows (a guard: the lead-in taken off must not make it another question)
    "a passed-on question about another country": ("So Thabo wants to know, who led the Chinese delegation?",
                                                   "the facts say nothing about 'chinese'"),
    # countries talked about are not the countries that talked (had been "India and Russia")
    "countries talked about": ("Which countries were discussed during the consultations?", None),
    # ... but not when the question asks another relation of it
    "another relation of the topic": ("What was the result of the discussion about Ukraine, did they agree on "
                                      "something?", None),
    "an agreement on the topic": ("Did they agree on Ukraine?", None),
    # a thing compared by a number no fact gives stays unanswered
    "compared by something uncounted": ("Which had more participants: the JWG or the UN consultations?", None),
    "a time of day, not how many times": ("What time did the Joint Working Group meeting begin?", None),
    # a role held before someone else is no one the facts name (Russia, at 0.68)
    # a direction asked of a title with none is no other title's direction
    "a direction of a title without one": ("Which direction does Vershinin's title point to?", None),
    # a thing as it is or changed, when no fact says it changed
    "as it is, or changed, unsaid": ("Is the JWG the same as before, or a changed one?", None),
    "who held a role before a person": ("Who headed the Russian team in the JWG before Vershinin?",
                                        "the facts say who held it then, not who came before or after"),
    # "the paper" said in passing is the article, but one asked for is not named
    "a newspaper asked for": ("Which newspaper published the story?", None),
    "a newspaper named": ("Name the newspaper or website that published the article.", None),
    # read as "which official ...", an entity no fact knows still refuses it
    "identify an unknown one": ("Identify the Chinese official who discussed Ukraine.", None),
    "state an unknown detail": ("State the budget of the JWG.", None),
    # "what amount of X" asks a sum: the fact that names X gives none
    "an amount of something named": ("What amount of terror financing was mentioned at the talks?", None),
    # a choice asked yes-or-no style whose options name nothing: no person answers it
    # (India's delegation head had been answered Tanmaya Lal at 0.96; his sentence says
    # "both", and it is now answered so); Russia's head's sentence says nothing of both
    "a choice whose options name nothing": (
        "Did Russia's delegation head appear at just one of the sessions or at all of them?",
        "the question offers a choice too long to read; ask about one option"),
    # an inaugural round is the first: the facts date the 13th (it had given 2024)
    "an inaugural round": ("When was the maiden meeting of the JWG held?",
                           "the facts date meetings that are later rounds of their series, not when the series began"),
    # what is set aside is part of the talks, so the talks are no "other forum" (they
    # had been the answer at 0.95)
    "the whole of what is set aside": ("Apart from the UN consultations, what other forum met in Moscow?", None),
    "besides the only owner": ("Besides India, whose bid for a permanent seat did Russia back?", None),
    # "building or venue" named no option: the choice reading had answered 'held' (0.90)
    "a kind said two ways, none known": ("Which building or venue in Moscow hosted the sessions?", None),
    # Lal is in charge of India's side, and is no minister
    "a minister in charge": ("Who is the Indian minister in charge of the MEA?", None),
    # a guess after the question is no question of its own (it had been answered "Yes")
    "a guess after": ("In which building were the meetings held? Was it the Foreign Ministry itself?", None),
    "the home ministry": ("Who represented India's Home Ministry at the working group?", None),
    # his present title had been given at 0.92
    "an office held before": ("wat was tanmaya lal's job before secretary (west)",
                              "the facts report these events; none says what came before them"),
    # no wh-word and four words no fact has: the agreement the facts state had been given
    "a statement of unknown things": ("so they agreed to set up a new joint task force on cyber terrorism?", None),
    # the talks held the 13th and 6th rounds of their series (2024 had been given at 0.70)
    "when a series began": ("What year did the two countries first start those chats about United Nations matters?",
                            "the facts date meetings that are later rounds of their series, not when the series "
                            "began"),
    # a year asked of the start of a later round is the series' (2024 had been given at 0.86)
    "the year a series started": ("what year did the India-Russia JWG on counter-terrorism start",
                                  "the facts date the 13th round, not when the series began"),
    # a region that holds no country the facts know is something they lack
    "a region the facts know nothing in": ("Did they discuss the war in the Middle East?", None),
    "a region asked about": ("What did Russia say about Eastern Europe?", None),
    # "both" said of something else, or of one option only, chooses nothing
    "both, the other option unsaid": ("Did Lal lead the JWG only, or the Ukraine talks too?", None),
    "both, of a thing no fact knows": ("Did Lal lead the counter-terror meeting only, or the climate talks too?", None),
    "both, where the sentence says neither": (
        "Did Vershinin head the Russian team only at the JWG, or at both meetings?", None),
    # a verb denied, where the one other is not plain, is no reason to give the one who did
    "a denied verb, no set said": ("The talks had two meetings. Which one did not discuss Ukraine?",
                                   "the facts say what was done, not what was not done"),
    "a denied verb after a set": ("Of the two Russian officials, which one didn't meet Lal about Ukraine? First name only.",
                                  None),
    # a claim put right is still asked of what the facts know
    "a claim about what no fact knows": ("A student says Lal led the Chinese delegation. Who actually did?", None),
    "a claimed date of what no fact dates": ("Someone says Putin met Modi on December 21. When did they really meet?",
                                             None),
    # a meeting's purpose says only what it names: Ukraine, not terrorism; in Moscow,
    # with Galuzin ("did Lal discuss Ukraine with Galuzin" is answered yes)
    "a purpose names no other topic": ("Did Lal discuss terrorism with Galuzin?", "no fact says whether this is so"),
    "a purpose names one topic only": ("Did Galuzin discuss terrorism?", "no fact says whether this is so"),
    "a purpose is no meeting elsewhere": ("Did Lal discuss Ukraine with Galuzin in Delhi?",
                                         "no fact says whether this is so"),
    "a purpose is no other's meeting": ("Did Vershinin discuss Ukraine with Lal?", "no fact says whether this is so"),
    # a meeting's round is no answer to more than which one it was
    "a named meeting held elsewhere": ("which JWG was held in Delhi?", None),
    "a named meeting's topic": ("which JWG meeting discussed Ukraine?", None),
}


@pytest.mark.parametrize("question, reason", STILL_UNANSWERED.values(), ids=STILL_UNANSWERED.keys())
def test_what_the_facts_do_not_say_stays_unanswered(question, reason):
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["answer"] is None
    assert reason is None or result.json["reason"] == reason


def test_what_is_granted_before_but_is_not_what_is_asked():
    # the clause before ", but who ..." is what the asker knows; it had been read into the
    # question and answered with India's delegation
    result = run("ask", "I know Lal led our side at the bombers meeting, but who led India at the talks on "
                        "the United Nations business?", "--json")
    assert "Lal" in result.json["answer"]


def test_an_everyday_noun_in_one_option_does_not_hand_the_choice_to_the_other():
    # "the Indian man's title": no fact says "man", so weighing words had chosen the
    # Russians' option (at 0.90) for Lal's title
    result = run("ask", "Secretary (West), is that the Indian man's title or one of the Russians' titles?", "--json")
    # (the Indian man is Lal, the one Indian the facts know)
    assert result.json["answer"] is None or "Indian" in result.json["answer"] or "Lal" in result.json["answer"]


def test_a_meeting_within_a_meeting_is_the_one_meant():
    # the Moscow talks and the UN consultations held within them both fit; the part is
    # the one asked for (the whole had been given at 0.97)
    result = run("ask", "at which meeting did russia voice support for india's unsc seat", "--json")
    assert "UN-related" in result.json["answer"]


def test_what_two_people_have_in_common_is_the_words_their_titles_share():
    result = run("ask", "What title do Vershinin and Galuzin have in common?", "--json")
    assert result.json["answer"] == "Deputy Foreign Minister" and result.json["confidence"] >= 0.6
    # nothing shared is no answer
    assert run("ask", "what job do lal and vershinin share", "--json").json["answer"] is None


def test_which_meeting_prefers_the_meeting_within_the_series():
    # "meeting" names the Moscow talks (a series) and every meeting held in it; when the
    # series and a meeting within it both say terror financing, the meeting is meant
    # (the series had been given at 0.81)
    result = run("ask", "which meeting dealt with terror financing?", "--json")
    assert "Joint Working Group" in result.json["answer"]
    # a question only the series answers still gets the series
    assert "Moscow talks" in run("ask", "which meeting lasted two days?", "--json").json["answer"]


def test_an_option_said_as_the_x_one_is_answered_with_the_name_it_stands_for():
    # "the UN one" alone would not say which meeting it is
    result = run("ask", "Was new technology in terrorists' hands a worry at the terror one or the UN one?", "--json")
    assert result.json["answer"] == "the terror one (Joint Working Group on Counter-Terrorism)"


SAID_ANOTHER_WAY = {
    # "bilateral and multilateral collaboration" is the JWG's phrase, not the partnership's
    # alias read across "and multilateral" (which had left it unanswered)
    "coordinated modifiers": ("Which meeting stressed bilateral and multilateral collaboration?", "Joint Working Group"),
    # MFA: any country's ministry of foreign affairs
    "an MFA": ("What rank does Vershinin hold in the Russian MFA?", "Deputy"),
    # "where is that quote from" asks who said it, not a place (it had given Moscow at 0.76)
    "where a quote is from": ("where is the quote about radicalisation from", "Ministry of External Affairs"),
    "where a statement came from": ("where did the statement on terror financing come from?",
                                    "Ministry of External Affairs"),
    # a greeting says nothing of what is asked
    "a greeting first": ("ok who led the indian side", "Lal"),
    # speech-to-text writes letters said aloud as words, and may split a name in two
    "letters said aloud": ("what does em ee ay stand for", "Ministry of External Affairs"),
    "double you": ("when did the jay double you gee meet", "December"),
    "a name heard as two words": ("where were the talks held, moss cow?", "Moscow"),
    # a request for the name after a yes-or-no question asks the name (it had said "Yes")
    "name that person": ("Was one official in charge of India's side at both meetings? Name that person.", "Lal"),
    "give his name": ("Did someone from Russia meet Lal about Ukraine? Give his name.", "Galuzin"),
    # "what issues": the consultations are on UN-related issues (had been "regional and
    # global developments", discussed there)
    "what issues it was about": ("What issues were the UN consultations about", "UN-related issues"),
    # a slip that makes another real word, inside a name
    "a real word slipped inside a name": ("what is the un security counsel", "United Nations Security Council"),
    # "what was X about": "about" is the relation asked (declined at 0.42), also when
    # "what" comes last (it had answered "Mikhail Galuzin")
    "what X was about": ("what was Lal's meeting with Galuzin about?", "Ukraine"),
    "X was about what": ("Lal's meeting with Galuzin was about what?", "Ukraine"),
    # a "not X" clause said without a comma ends where the question starts (it had
    # swallowed "what round were those" and answered "UN-related issues")
    "not X what ...": ("the un consultations not the terror group what round were they", "the sixth round"),
    # what the asker says of themselves, before the question, asks nothing ("tea" and
    # "wondered" had refused it); "wondered where" puts a question inside another, and
    # "where" still asks a place (it had given the dates)
    "about the asker first": (
        "Good morning. I was reading the paper over my tea and wondered, where were the meetings held?", "Moscow"),
    "wondered where": ("I wondered, where were these meetings held?", "Moscow"),
    "confused first": ("I'm getting confused. Was it Mr Galuzin or Mr Vershinin who headed the Russian team?",
                       "Vershinin"),
    "a guess with 'or some other'": ("Which round was the JWG? The 12th, 13th, or some other?", "13th"),
    # a guess with "or someone else" after a colon asks nothing the question does not
    "or someone else, after a colon": (
        "Who led the Russian team: the official Lal met about Ukraine, or someone else? Name him.", "Vershinin"),
    # a blank left for the answer is a wh-word in place, filled from the source sentence
    "fill in the blank": ("Fill in the blank: the talks were held in ___.", "Moscow"),
    "complete the sentence": ("Complete the sentence: the Indian delegation was led by ____.", "Tanmaya Lal"),
    "a bracketed blank": ("The two sides held the [blank] round of consultations on UN-related issues.", "sixth"),
    # a request in the imperative asks what "what was ...?" asks ("identify" and "state"
    # had been read as words the facts should hold)
    "identify the": ("Identify the city that hosted the talks.", "Moscow"),
    "state the": ("State the date of the talks.", "December 19-20"),
    "give the first name of": ("Give the first name of the deputy minister who headed the Russian team.", "Sergey"),
    # an imperative before a reported question asks that question, its copula put back
    # ("explain" had been read as a word the facts should hold)
    "a reported question's copula": ("Tell me what the JWG's round number was.", "13th"),
    "specify where": ("Specify where the talks were held.", "Moscow"),
    # a person described by what they did: which official did it
    "name the one who": ("Name the Russian official who discussed Ukraine.", "Galuzin"),
    "who was the one who": ("Who was the Russian official who discussed Ukraine?", "Galuzin"),
    # "is X or Y the ...?" offers a choice ("a choice too long to read" had refused it)
    "options first, names": ("Is Galuzin or Vershinin the official who discussed Ukraine with Lal?", "Galuzin"),
    "options first, places": ("Was Moscow or New Delhi the venue of the talks?", "Moscow"),
    # two words for the kind asked are no choice between answers
    # a topic said first, then which of two it is ("Yes" had answered it)
    "a topic, then which of two": ("The 13th round, is it of the terror JWG or of the UN talks?", "Joint Working Group"),
    "a kind said two ways": ("What city or town hosted the talks?", "Moscow"),
    # "bears the name", "answers to the name": has it ("bear" had been a word no fact says)
    # a seat of government is its government, even where a place is asked ("kremlin"
    # had been a word the facts do not know)
    "the Kremlin, a place asked": ("Where did envoys of the Kremlin meet Indian diplomats?", "Moscow"),
    # options said as whom a named person dealt with: that person's side, not his own
    # (it had answered "an Indian")
    "whom he dealt with, by side": ("Did Lal discuss Ukraine with an Indian or a Russian official?",
                                    "a Russian official (Mikhail Galuzin)"),
    "whom he dealt with, the other way": ("Did Galuzin talk with an Indian or a Russian diplomat?", "Tanmaya Lal"),
    # "which side" asks a side: the body that did it, with the country it speaks for
    "which side, a body did it": ("Which side issued the press release?", "India (Ministry of External Affairs)"),
    "bears the name": ("Which Russian official answers to the name Sergey?", "Vershinin"),
    "bears the first name": ("Which of the Russians bears the first name Mikhail?", "Galuzin"),
    # session 22: one or both, when the sentence of the fact that answers the rest says
    # both; the answer is the sentence's words for both (these had been refused, or
    # answered with one of them: 'meeting' at 0.99, the Moscow talks, 'multilateral')
    "both, from a sentence that says both": ("did Lal lead just the counter-terror meeting or the UN one too",
                                             "Both the counter-terrorism meeting and the UNSC discussions"),
    # (this one had been answered "Tanmaya Lal" at 0.98, then refused: his name is no answer)
    "one of the two or both of them": (
        "Did the Indian official run India's side at just one of the two sessions, or at both of them?", "Both the"),
    "one of them or all of them": ("did India's top guy lead just one of the sessions or all of them",
                                   "Both the counter-terrorism meeting and the UNSC discussions"),
    "one nation or both": ("When experiences of tackling terrorism were shared, was it one nation or both?",
                           "Both nations shared"),
    "a list after 'which', then both": (
        "Which meeting or meetings did Tanmaya Lal lead for India: the counter-terrorism JWG, the UN consultations, "
        "or both?", "Both the counter-terrorism meeting"),
    # an everyday description of a term is read as the term (eight training questions
    # had been refused: no fact says "drawn" or "views")
    "a term described": ("Which process whereby individuals come to adopt extreme views was listed among the "
                         "subjects of cooperation?", "radicalisation"),
    "a term described, plainly": ("And what of young people being drawn into extreme ideas, did the two countries "
                                  "decide anything about that?", "radicalisation"),
    # a scale is a kind: "regional" and "global" (had been refused: no fact says "scale")
    "at what scale": ("Besides worldwide happenings, at what other scale were developments reviewed in the dialogue "
                      "on world-body affairs?", "regional"),
    # a region holding a country the facts know places what is asked ("the war in
    # Eastern Europe" had been refused as something the facts lack)
    "a region placing a noun": ("Which armed conflict in Eastern Europe came up in the discussions?", "Ukraine"),
    "a region's adjective": ("Which European country backed India's bid?", "Russia"),
    # "did they ...? which one" asks which, as "..., and if so which one?" does (it had
    # been read as a name asked, and answered Galuzin)
    "a yes-no question, then which one": ("so did they talk about the war in Europe? which one", "Ukraine"),
    # "Working" in "Joint Working Group" is a word of its name, not the relation works at:
    # it made a second hop of the MEA, which dropped the MEA's own fact (0.16)
    "a relation word inside a name": (
        "Which body is stated to have issued the press release regarding the Joint Working Group?",
        "Ministry of External Affairs"),
    # "official" before "title" qualifies it: a title is asked, not an official (Lal had
    # been offered at 0.33)
    "an official title": ("What official title does the person heading New Delhi's team carry?", "Secretary (West)"),
    # "counting this one", "now", "so far": a count up to now is what "how many" asks
    # (the words had been unexplained, and the sixth round refused at 0.55)
    "counting this one": ("how many times have they done these UN-issues consultations now, counting this one",
                          "6 (the sixth round)"),
    # "who is VERBing" and "who is the VERBer" ask a doer, which a country can be: only a
    # person had been looked for, and Lal offered at 0.47
    "who is doing it": ("who's backing india for the unsc seat", "Russia"),
    "the doer's noun": ("who is the backer of India's bid", "Russia"),
    # "start" is an everyday word, but it says the relation asked (the 19-20th had been given)
    "start, for began": ("when did the meetings start", "December 19, 2024"),
    # a year asked of the start of meetings that are no round of a series is theirs
    "the year talks started": ("what year did the Moscow talks start", "2024"),
    "a choice the sentence says both of": (
        "In which settings, two-nation or many-nation, did the working group stress working together?",
        "Both bilateral and multilateral platforms"),
    # a claim reported, then what its value in doubt really is: the claim is asked again
    # with the wh-phrase in that value's place (the question alone had been refused, or
    # the claim's own date given)
    "a claimed leader put right": ("My colleague claims Galuzin led the Russian team. Who really did?", "Vershinin"),
    "a claimed partner put right": ("A friend told me Lal met Vershinin about Ukraine. With whom did he really meet?",
                                    "Galuzin"),
    "the one the question names is not in doubt": (
        "A student says Lal discussed Ukraine with Vershinin. Who did Lal actually discuss it with?", "Galuzin"),
    "a claimed round put right": ("The draft says the JWG was the 12th meeting. Which meeting was it in fact?", "13th"),
    "a claimed date put right": ("My editor thinks the talks were on 21 December. When were they really?", "19"),
    # chat shorthand: a topic, an arrow, the question; "vs" between options; "dep", "collab"
    "options before an arrow": ("mikhail vs sergey -> which first name goes w/ the official lal met re ukraine",
                                "Mikhail"),
    "a set before an arrow": ("the 2 russian dep FMs -> which one headed the russian team", "Vershinin"),
    "collab": ("jwg collab platforms", "multilateral"),
    # "which one did not ...": who did is asked, and the answer is the one other of the
    # kind described (the one who did had been given, at up to 0.97)
    "the other of two": ("Of the two Russian deputy ministers, which one did not lead Moscow's delegation?",
                         "Galuzin"),
    # an option that is also an alias ("Secretary (West)": Lal) is an option: the
    # Russian's title had been given at 0.90
    "a title offered that is an alias": ("Was Lal's title Deputy Foreign Minister or Secretary (West)?",
                                         "Secretary (West)"),
    # "UN" in an option is not said by "nations" alone ("Both nations shared ..."), which
    # had been the answer at 0.97
    "an option said only in part": ("where were experiences on cross-border terrorism shared, jwg or un round", "Joint"),
    # a place set first without a comma, then a wh-noun and its verb: a question of its
    # own, not a gap after "round" ("of consultations" had been given at 0.95)
    "a question after a place": ("in the 6th round what developments were discussed", "regional and global"),
    # "Both nations shared ...": the doers are the two countries the meeting is between,
    # not the meeting (the JWG had been the answer at 0.97)
    "both nations as the doers": ("who shared experiences on cross-border terrorism", "India and Russia"),
    # "..., India and Russia reinforced their commitment": the words before the verb name
    # the doers, not the meeting the sentence opens with (the JWG had been given at 0.99)
    "the doers before the verb": ("who reinforced their commitment to combatting global terrorism", "India and Russia"),
    "the meeting as the doer": ("who underscored the importance of collaboration in multilateral platforms",
                                "Joint Working Group"),
    # "the Indian envoy" is Lal when the facts know one Indian person: "Indian officials"
    # names the delegation, and the singular had been read as it and refused
    "the one person of a country": ("What did the Indian diplomat and Galuzin talk about?", "current situation"),
    # an adverb the facts say as its adjective ("jointly": "joint efforts"); "wish" for aspirations
    "an adverb of the facts' adjective": (
        "What money-related problem linked to militancy did the two sides talk about jointly tackling?", "financing"),
    "a wish": ("Moscow once more backed which country's wish for a lasting seat on the Security Council?", "India"),
    # "which country is (the) supporter": the noun of a doing names its doer (India and
    # Russia had been too close to call)
    "the doer's noun after which": ("Which country is the supporter of the permanent seat bid?", "Russia"),
    # "name the backer", "... ? Kindly tell the supporter.": a request for a doer's noun
    # asks who (the support's words had been given at 0.97)
    "a request for the doer": ("Who gives the support and who gets it? Please name the backer.", "Russia"),
    # "Both nations shared ...": the sentence's "both nations" are the two countries its
    # meeting is between, so a question naming India and Russia finds it (refused before)
    "both nations named": ("What did India and Russia exchange about cross-border terrorism?", "experiences"),
    # a search-box query for the doer: the participle and "by" last
    "done by, typed terse": ("indian side headed by", "Lal"),
    "the other of two, set out first": (
        "There are two Russian deputy foreign ministers in the story. Give the last name of the one who was not "
        "leading the Russian side.", "Galuzin"),
    # a second option said short: its noun is the first's ("sixth round or thirteenth"),
    # its owner is the choice ("India's ministry or Russia's"), its words mark where the
    # first starts ("the Indian side of the talks or the Russian side"); each had been
    # read from the first option's last word alone, and answered with it ("round")
    "an ordinal's noun said once": ("Was the UN consultation the fifth round or sixth?", "sixth"),
    "an owner's noun said once": ("The MEA: India's ministry or Russia's?", "India"),
    "a longer first option": ("Tanmaya Lal: the Indian side of the talks or the Russian side?", "Indian"),
    # "who" and a verb, neither side of the doing named, asks the doer (the supported
    # country had tied with the supporter)
    "who does it": ("Who is doing the endorsing here, India or Russia?", "Russia"),
    # "who's after the seat" seeks it: no order in time (refused as "who came after")
    "who is after a thing": ("Who's after a permanent UNSC seat: Russia or India?", "India"),
    # general words for the relations (facts/predicates.yaml), each refused before as a
    # word no fact has
    "an encounter is a meeting": ("Which Russian deputy minister did Lal have an encounter with?", "Galuzin"),
    "pooled is shared": ("What did the two countries pool at the counter-terrorism group?", "experiences"),
    "eyeing is seeking": ("What is India eyeing at the UN?", "permanent"),
    "a communique is a statement": ("Which office put out the communiqu\u00e9?", "External Affairs"),
    "presided over is led": ("Who presided over the Indian delegation?", "Lal"),
    "employed by is works at": ("Which ministry is Lal employed by?", "External Affairs"),
    # an acronym spelled out letter by letter, hyphens between ("u" and "n" had been
    # read as chat shorthand for "you" and "and")
    "letters with hyphens": ("U-N-S-C: what does it stand for?", "United Nations Security Council"),
    "placed emphasis on is underscored": ("What did the JWG place emphasis on?", "importance of collaboration"),
    # militancy is what news English also calls terrorism (five sets had been refused on it)
    "militancy is terrorism": ("What kind of militancy did the two sides compare notes on?", "cross-border"),
    "hit the stands is published": ("When did the story hit the stands?", "December 21"),
}


@pytest.mark.parametrize("question, expected", SAID_ANOTHER_WAY.values(), ids=SAID_ANOTHER_WAY.keys())
def test_things_said_another_way(question, expected):
    result = run("ask", question, "--json")
    assert result.exit_code == 0 and expected in result.json["answer"]



def test_words_that_are_no_name_stay_words():
    index = Index.build(load_store(shipped_facts()))
    # "back us" is one slip from "backs", which is no name: the words stay apart; and
    # "who are you" spells no acronym the facts know
    tokens = analyse("Are the Russians saying they will back us for a fixed chair?", index).tokens
    assert tokens[tokens.index("back"):tokens.index("back") + 2] == ("back", "us")
    assert analyse("who are you", index).tokens == ("who", "are", "you")


def test_a_preposition_no_fact_uses_is_no_unknown_word():
    # "within", "amid", "upon" are prepositions: had they been read as words no fact
    # knows, "what rank within Moscow's foreign ministry ..." was refused for them
    index = Index.build(load_store(shipped_facts()))
    asked = analyse("What rank within Moscow's foreign ministry does the man who led that country's team occupy?",
                    index)
    assert "within" not in asked.strange and "within" not in asked.stems


def test_options_that_repeat_their_opening_words_are_told_apart_by_the_rest():
    # "the date of the meetings or the date of the report": the options are the meetings
    # and the report (the first had been read as "meetings" alone against "date report",
    # and the meetings chosen at 0.97)
    result = run("ask", "Is 21 December 2024 the date of the meetings or the date of the report?", "--json")
    assert result.exit_code == 0 and result.json["answer"] in ("the article", "the report")
    # a name's first words are no shared opening ("the Ministry of ...")
    result = run("ask", "Does Lal work at the Ministry of External Affairs or the Ministry of Home Affairs?", "--json")
    assert result.exit_code == 0 and "External Affairs" in result.json["answer"]


def test_a_name_after_its_noun_is_the_subject_after_does():
    # "does the delegation head Vershinin belong ...": Vershinin is the subject, not a
    # clause "the delegation head (whom) Vershinin ..." (read as Lal, and answered with
    # Lal's ministry at 0.78)
    result = run("ask", "Does the delegation head Vershinin belong to India's MEA or to Russia's foreign ministry?",
                 "--json")
    assert result.json["answer"] is None or "Russia" in result.json["answer"]
    assert run("ask", "Does the delegation head Vershinin work for Russia?", "--json").json["answer"] == "Yes"
    # a past verb after the name is a clause's: the official Lal met is Galuzin
    assert run("ask", "Did the official Lal met discuss Ukraine?", "--json").json["answer"] == "Yes"


def test_an_option_is_not_settled_by_a_fact_that_leaves_out_what_the_question_names():
    # the sentence "Vershinin ... headed the Russian team" says "head", but not Ukraine:
    # it had settled the choice as "headed" (0.67)
    result = run("ask", "Was the Ukraine situation taken up with the Russian delegation head or in a meeting with "
                        "Galuzin?", "--json")
    assert result.json["answer"] is None or "Galuzin" in result.json["answer"]
    # the article or a meeting named is the setting, and settles nothing away
    result = run("ask", "Does the report call Moscow's renewed backing a minor or a significant diplomatic development?",
                 "--json")
    assert result.exit_code == 0 and "significant" in result.json["answer"]


@pytest.mark.parametrize("question", ["Which social media platforms were singled out for spreading radicalisation?",
                                      "Which nuclear power plants were discussed?"])
def test_a_kind_of_thing_named_in_words_no_fact_has_is_refused(question):
    # "platforms" is a word of the facts ("bilateral and multilateral platforms"), but
    # social media ones are not: the collaboration sentence had been given at 0.77
    result = run("ask", question, "--json")
    assert result.exit_code == 1 and result.json["reason"].startswith("the facts say nothing about")


def test_a_kind_said_with_a_grading_word_is_still_asked():
    result = run("ask", "Which world body's most powerful council is India trying to join for good?", "--json")
    assert result.exit_code == 0 and "Security Council" in result.json["answer"]


def test_a_description_that_opens_a_question_asked_later_is_its_subject():
    # "The Indian official who discussed Ukraine with Galuzin led ... at which meeting?":
    # the wh-word comes after the description, which is no frame of the question (the
    # description's own answer, Lal, had been given at 0.96)
    result = run("ask", "The Indian official who discussed Ukraine with Galuzin led India's delegation at which "
                        "counter-terrorism meeting?", "--json")
    # the kind said ("counter-terrorism") picks one of the meetings he led at
    assert result.exit_code == 0 and result.json["answer"] == "Joint Working Group on Counter-Terrorism"


def test_the_two_countries_of_a_meeting_are_its_parties_not_a_country_talked_about():
    # the sentence "the talks also covered ... the conflict in Ukraine" names Ukraine and
    # Russia, but the talks were between India and Russia (a close call had been made)
    result = run("ask", "For the record, which two countries took part in these talks?", "--json")
    assert result.exit_code == 0 and result.json["answer"] == "India and Russia"
    # (the talks' sentence about Ukraine had made "Ukraine and Russia" a rival at 0.96)
    assert not any("Ukraine" in a["answer"] and a["confidence"] >= 0.5 for a in result.json["alternatives"])


def test_holding_a_seat_is_no_meeting_held():
    # "hold" had been read as the talks being held, and their two countries given (0.75)
    result = run("ask", "Which countries currently hold permanent seats on the UN Security Council?", "--json")
    assert result.exit_code == 1 and result.json["answer"] is None
    assert run("ask", "What title does Galuzin hold?", "--json").json["answer"] == "Russian Deputy Foreign Minister"


@pytest.mark.parametrize("question", ["Is the seat permanent or non-permanent?",
                                      "Is the Security Council seat in question a permanent or a non-permanent one?",
                                      "Does Russia support a permanent or a non-permanent seat for India at the UNSC?"])
def test_a_word_or_its_negation_is_chosen_by_the_word_said(question):
    # "non-permanent" shares "permanent": neither option had a word of its own, and the
    # long one was no option at all ("a choice too long to read")
    result = run("ask", question, "--json")
    assert result.exit_code == 0 and "permanent" in result.json["answer"] and "non" not in result.json["answer"]


def test_a_keyword_query_s_kind_word_after_a_verb_asks_no_kind():
    # "shared type": the word before "type" is a verb, whose kind no sentence gives (the
    # words before "shared" in the article, "nations shared", had been given at 0.99)
    result = run("ask", "terror experiences shared type", "--json")
    assert result.exit_code == 0 and "cross-border" in result.json["answer"]
    assert run("ask", "India UNSC membership type", "--json").json["answer"] == "permanent membership"
