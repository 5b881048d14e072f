"""Text normalisation shared by quote checking, indexing and question analysis.

Two jobs, kept apart on purpose:
- `normalize_with_map` folds typography (quotes, dashes, whitespace) but keeps case and
  words, and remembers where each character came from, so a quote can be located in
  its source and reported with offsets into the original text.
- `words` turns text into lower-case search tokens for matching questions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Typographic characters that curators and sources write interchangeably.
_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
}


_FOLD_TABLE = str.maketrans(_FOLD)


def fold_char(ch: str) -> str:
    return _FOLD.get(ch, ch)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Fold typography and collapse whitespace; return the text and, per output
    character, the index of the input character it came from."""
    out: list[str] = []
    where: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        ch = fold_char(ch)
        if ch.isspace():
            if pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            if out:
                out.append(" ")
                where.append(pending_space)
            pending_space = -1
        out.append(ch)
        where.append(i)
    return "".join(out), where


def normalize(text: str) -> str:
    """`normalize_with_map` without the map."""
    return " ".join(text.translate(_FOLD_TABLE).split())


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def locate(quote: str, text: str, normalized: tuple[str, list[int]] | None = None) -> Span | None:
    """Where `quote` occurs in `text`, comparing both normalised; offsets are into
    the original `text` (end exclusive). None when it does not occur."""
    norm_text, where = normalized or normalize_with_map(text)
    needle = normalize(quote)
    if not needle:
        return None
    pos = norm_text.find(needle)
    if pos < 0:
        return None
    return Span(where[pos], where[pos + len(needle) - 1] + 1)


_WORD = re.compile(r"[a-z0-9]+")
# "M.E.A." and "U.N." are the acronyms "mea" and "un", not a run of one-letter words;
# so is "U-N-S-C", an acronym spelled out letter by letter.
_DOTTED = re.compile(r"\b(?:[a-z]\.){1,}[a-z]\b\.?|\b(?:[a-z]\.){2,}|\b(?:[a-z]-){1,}[a-z]\b(?!-)")


def ascii_fold(text: str) -> str:
    """Lower-case and strip accents, so 'Şergey' and 'sergey' compare equal."""
    text = text.lower().translate(_FOLD_TABLE)  # str.translate: one C pass, not a call a character
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")


def words(text: str) -> list[str]:
    """Lower-case word tokens; possessive 's is dropped ("India's" -> "india")."""
    # before a space, punctuation or the end: "Russia's?" is "russia" too
    folded = ascii_fold(text)
    if "'" in folded:
        folded = _POSSESSIVE.sub("", folded)
    folded = _DOTTED.sub(lambda m: m.group().replace(".", "").replace("-", ""), folded)
    return _WORD.findall(folded)


# Sentences: a run of text ending in . ! or ? (optionally inside closing quotes),
# followed by white space. Lines without such an ending are headlines.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?(?=\s+|$)")
_DATELINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """The statement sentences of a source text, with their offsets.

    Headlines (lines that do not end a sentence) and a leading `date YYYY-MM-DD`
    dateline are left out: they state nothing a fact must quote.
    """
    found: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body_start = offset
        dateline = _DATELINE.match(line) if offset == 0 else None
        if dateline:
            body_start += dateline.end()
        body = text[body_start : offset + len(line.rstrip())]
        offset += len(line)
        if not body.strip() or not body.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019")):
            continue
        cursor = 0
        for match in _SENTENCE_END.finditer(body):
            piece = body[cursor : match.end()]
            if _is_sentence_break(body, match.end()):
                _append(found, body_start + cursor, piece)
                cursor = match.end()
        if body[cursor:].strip():
            _append(found, body_start + cursor, body[cursor:])
    return found


_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "vs.", "e.g.", "i.e.", "U.S.", "U.N.", "No.")


def _is_sentence_break(body: str, end: int) -> bool:
    """A break needs the next word to start like a sentence and no abbreviation before."""
    before = body[:end].rstrip("\"'\u201d\u2019")
    if before.endswith(_ABBREVIATIONS):
        return False
    rest = body[end:].lstrip()
    return not rest or rest[0].isupper() or rest[0] in "\"'\u201c\u2018(0123456789"


def _append(found: list[Sentence], start: int, piece: str) -> None:
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        found.append(Sentence(start + lead, start + lead + len(stripped), stripped))
