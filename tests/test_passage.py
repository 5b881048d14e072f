"""Questions that point at a part of the article: "according to the opening summary",
"per the closing line"."""

from __future__ import annotations

import pytest
from conftest import run

from factcli.passage import CLOSING, OPENING, in_passage, passage_asked


@pytest.mark.parametrize("question, passage", [
    ("According to the opening summary, what did the talks focus on?", OPENING),
    ("What does the lede say about terrorism?", OPENING),
    ("per the summary at the top, who backed India?", OPENING),
    ("In the article's intro, where were the meetings?", OPENING),
    ("What does the closing line say the collaboration marks?", CLOSING),
    ("In its final paragraph, what kind of step is it?", CLOSING),
    # a heading is a headline, and naming both ends names no one part
    ("What does the first section heading say?", None),
    ("Do the first paragraph and the last paragraph agree?", None),
    ("Who led the Russian side?", None),
])
def test_the_part_of_the_article_a_question_names(question, passage):
    assert passage_asked(question) == passage


def test_a_place_in_the_text_is_in_its_first_or_last_paragraph():
    text = "Lead one. Lead two.\n\nBody here.\n\n  Last words.\n"
    assert in_passage(text, text.index("Lead two"), OPENING)
    assert not in_passage(text, text.index("Body"), OPENING)
    assert not in_passage(text, text.index("Body"), CLOSING)
    assert in_passage(text, text.index("Last"), CLOSING)


def test_an_answer_comes_from_the_paragraph_the_question_names():
    # the body's "emerging challenges" had answered it at 0.74: the lead's sentence is asked
    result = run("ask", "According to the opening paragraph, what type of challenges did the discussions also "
                        "focus on?", "--json")
    assert result.exit_code == 0 and result.json["answer"] == "global security challenges"
    assert result.json["source"]["start"] < 260  # the article's first paragraph
