"""Options labelled as in a quiz are read as the plain choice they offer."""

import pytest

from factcli.lettered import as_choice


@pytest.mark.parametrize("question, read", [
    ("Who led the Indian side: A) Vershinin B) Lal C) Galuzin?", "Who led the Indian side: Vershinin, Lal or Galuzin?"),
    ("Where were the talks (a) Moscow, (b) Delhi, or (c) Kazan", "Where were the talks: Moscow, Delhi or Kazan?"),
    ("Who is Lal? A. a minister B. a secretary", "Who is Lal: a minister or a secretary?"),
    ("Which round: 1) sixth 2) thirteenth", "Which round: sixth or thirteenth?"),
    # what follows the options' question mark stays
    ("Who backed whose bid: A) India for Russia's B) Russia for India's? Name the country.",
     "Who backed whose bid: India for Russia's or Russia for India's? Name the country."),
    # a bracketed word in an option is no label: "Secretary (West)"
    ("Lal's post: A) Secretary (East) B) Secretary (West)?", "Lal's post: Secretary (East) or Secretary (West)?"),
])
def test_labelled_options_are_read_as_a_choice(question, read):
    assert as_choice(question) == read


@pytest.mark.parametrize("question", [
    "Who led the Indian side?",
    "Plan B) was never discussed",  # a label with no A before it
    "A) Moscow B) Delhi",  # options with no question to choose for
    "Who is Lal? a. a minister b. a secretary",  # a small letter with a stop is too often something else
    "Was it vitamin C) or something else?",
])
def test_text_without_a_run_of_labels_is_left_as_it_is(question):
    assert as_choice(question) == question
