"""What a hand-written file legitimately varies in must still load: a byte-order mark,
Windows or old-Mac line endings, document markers, a directive, comments, tabs inside
values, non-ASCII text. Hardening must not turn these into refusals."""

from __future__ import annotations

import pytest
from conftest import run

from .conftest import GOOD, QUESTION, clean

VARIANTS = {
    "UTF-8 byte-order mark": b"\xef\xbb\xbf" + GOOD.encode(),
    "CRLF line endings": GOOD.replace("\n", "\r\n").encode(),
    "CR line endings": GOOD.replace("\n", "\r").encode(),
    "document start and end markers": b"---\n" + GOOD.encode() + b"...\n",
    "YAML directive": b"%YAML 1.1\n---\n" + GOOD.encode(),
    "comments everywhere": GOOD.replace("\n", "  # a note \u2014 with: [yaml] {syntax} & *marks\n").encode(),
    "tab inside a value": GOOD.replace('title: "The club"', 'title: "The\tclub"').encode(),
    "no newline at the end": GOOD.rstrip("\n").encode(),
    "non-ASCII names": GOOD.replace("name: the club", "name: le cercle \u00e9t\u00e9 \u65e5\u672c").encode(),
}


@pytest.mark.parametrize("content", list(VARIANTS.values()), ids=list(VARIANTS))
def test_legitimate_variants_load_and_answer(folder, content):
    (folder / "good.yaml").write_bytes(content)
    checked = run("--facts", str(folder), "validate")
    clean(checked)
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    answered = run("--facts", str(folder), "ask", QUESTION)
    assert answered.exit_code == 0 and answered.stdout.startswith("Alice Smith")


def test_line_numbers_count_crlf_lines_once(folder):
    (folder / "good.yaml").write_bytes((GOOD + "  - {id: f2}\n").replace("\n", "\r\n").encode())
    checked = run("--facts", str(folder), "validate", "--json")
    assert checked.exit_code == 1
    assert {p["line"] for p in checked.json["problems"]} == {13}  # GOOD has 12 lines
