"""Questions in the article's word order with the wh-word in the answer's place
(factcli.cloze)."""

from __future__ import annotations

from factcli.cloze import fill, gap_in
from factcli.lexicon import STOPWORDS, stem
from factcli.text import words


def gap(question: str):
    return gap_in(words(question), stem, STOPWORDS, lambda w: w in ("met", "led"))


def test_the_words_before_the_wh_word_point_at_the_answer_in_the_sentence():
    text = "The continued collaboration marks a critical step in fostering stronger bilateral relations and more."
    assert fill(gap("the article says the collaboration is fostering stronger what?"), text, stem) == \
        "bilateral relations"
    # a word after the wh-word ends the answer there
    text = "the use of technology for terrorist purposes,"
    assert fill(gap("they agreed on the use of technology for what purposes"), text, stem) == "terrorist purposes"


def test_a_wh_word_that_opens_its_own_question_leaves_no_gap():
    assert gap("Who led the Russian side?") is None
    assert gap("The article names two ministries. Which one is Vershinin a deputy minister of?") is None
    assert gap("Mikhail Galuzin - who met him?") is None  # a verb after it: the wh-word is the subject
    assert gap("Russia backs India as a permanent member of what kind of UNSC?") is None


def test_a_wh_word_after_a_preposition_is_its_object_whatever_follows():
    text = "the use of technology for terrorist purposes,"
    assert fill(gap("they agreed on radicalisation and the use of what for terrorist purposes?"), text, stem) == \
        "technology"
    text = "the emerging challenges posed by new technologies in the hands of terrorists."
    assert fill(gap("new technologies in the hands of who were a concern?"), text, stem) == "terrorists"
    assert gap("Mikhail Galuzin, of which of the two meetings was he part?") is None  # "which of": a choice


def test_no_sentence_with_the_words_before_the_gap_fills_nothing():
    assert fill(gap("the talks were held in which city"), "Russia reiterated its support.", stem) is None


def test_a_list_that_ends_the_sentence_is_the_whole_answer():
    text = "India and Russia reinforced their commitment to combatting global terrorism and extremism."
    assert fill(gap("they reinforced their commitment to combatting what?"), text, stem) == \
        "global terrorism and extremism"
    text = "\u201cThe sides agreed on issues of radicalisation, terror financing, and the use of technology,\u201d stated"
    assert fill(gap("the sides agreed on issues of what?"), text, stem) == \
        "radicalisation, terror financing, and the use of technology"
    # an "and" that opens a clause, or a list that runs on into the sentence, is no list
    text = "a critical step in fostering stronger bilateral relations and addressing global security challenges."
    assert fill(gap("a critical step in fostering stronger what?"), text, stem) == "bilateral relations"
    text = "they discussed terrorism and extremism with the ministry in Moscow."
    assert fill(gap("they discussed what"), text, stem) == "terrorism"


def test_the_noun_after_the_wh_word_is_said_by_what_of_names():
    text = "\u201cThe two sides agreed to enhance cooperation on addressing issues of radicalisation, terror financing, " \
           "and the use of technology for terrorist purposes,\u201d stated the MEA."
    assert fill(gap("the two sides agreed to enhance cooperation on which issues?"), text, stem) == \
        "radicalisation, terror financing, and the use of technology for terrorist purposes"
    # an ordinal already says which round; "of consultations" says what the rounds are of
    text = "India and Russia held the sixth round of consultations on UN-related issues."
    assert fill(gap("india and russia held what round of talks?"), text, stem) == "the sixth round"


def test_a_noun_after_the_wh_word_takes_in_every_thing_joined_before_it_in_the_text():
    # "and" had ended the answer at "both bilateral"
    text = "The JWG underscored the importance of collaboration in both bilateral and multilateral platforms."
    assert fill(gap("the JWG underscored the importance of collaboration in which platforms?"), text, stem) == \
        "both bilateral and multilateral platforms"
