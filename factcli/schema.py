"""Check one fact file's nodes against the format and turn them into draft records.

Every problem is collected (never the first only), each with its line. Cross-file
checks (duplicate ids, references, quotes) belong to `factcli.load`, which sees the
whole store.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from factcli.errors import Problem, ProblemLog
from factcli.model import ENTITY_TYPES, LITERAL_KINDS, QUALIFIER_KEYS, format_date
from factcli.yamlio import YNode, scalar_number, scalar_type, shorten

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SECTIONS = ("sources", "entities", "predicates", "facts")
# JSON readers keep integers exact only up to 2**53; a longer scalar is refused before
# it is converted (Python refuses ints of over 4300 digits, and converting is slow).
MAX_INTEGER = 2**53
MAX_NUMBER_CHARS = 40


@dataclass
class Draft:
    """One record as written, with the line of each field, before cross-checks."""

    kind: str  # "source", "entity", "predicate", "fact"
    line: int
    values: dict[str, object]
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


@dataclass
class FileDrafts:
    file: str
    records: list[Draft] = field(default_factory=list)
    problems: ProblemLog = field(default_factory=ProblemLog)


class _Checker:
    def __init__(self, file: str, problems: ProblemLog | None = None) -> None:
        self.out = FileDrafts(file, problems=problems if problems is not None else ProblemLog())

    def problem(self, line: int | None, message: str) -> None:
        self.out.problems.append(Problem(self.out.file, line, message))

    # -- scalar fields -------------------------------------------------------
    def text(self, node: YNode, what: str) -> str | None:
        if node.kind != "scalar" or node.value is None:
            self.problem(node.line, f"{what} must be text, not {_describe(node)}")
            return None
        kind = scalar_type(node)
        if kind != "str":
            self.problem(node.line, f"{what} {shorten(node.value)} is read by YAML as {_KIND_NAMES[kind]}; "
                                    f"put it in quotes to mean text")
            return None
        if not node.value.strip():
            self.problem(node.line, f"{what} must not be empty")
            return None
        return node.value

    def ident(self, node: YNode, what: str) -> str | None:
        value = self.text(node, what)
        if value is not None and not _ID.match(value):
            self.problem(node.line, f"{what} {shorten(value)} may use only letters, digits and . _ : - "
                                    f"(and start with a letter or digit)")
            return None
        return value

    def date(self, node: YNode, what: str, allow_range: bool = False) -> str | None:
        if node.kind != "scalar" or node.value is None:
            self.problem(node.line, f"{what} must be a date like '2024-12-21', not {_describe(node)}")
            return None
        value = str(node.value).strip()
        parts = value.split("/") if allow_range else [value]
        if len(parts) > 2 or not all(_valid_date(p) for p in parts):
            hint = " or a range 'START/END'" if allow_range else ""
            self.problem(node.line, f"{what} {shorten(value)} is not a date like '2024-12-21'{hint}")
            return None
        if len(parts) == 2 and parts[1] < parts[0]:
            self.problem(node.line, f"{what} {shorten(value)} ends before it starts; write 'START/END'")
            return None
        return value

    def number(self, node: YNode, what: str) -> int | float | None:
        if not (node.kind == "scalar" and node.plain and scalar_type(node) in ("int", "float")):
            self.problem(node.line, f"{what} must be a number, not {_describe(node)}")
            return None
        raw = node.value
        if ":" in raw:  # YAML 1.1 reads 1:30 as base 60 (90): never what a curator meant
            self.problem(node.line, f"{what} {shorten(raw)} is read by YAML 1.1 as a base-60 number; "
                                    f"write the number out, or quote it and use {{text: ...}}")
            return None
        if len(raw) > MAX_NUMBER_CHARS:
            self.problem(node.line, f"{what} {shorten(raw)} has more than {MAX_NUMBER_CHARS} characters; "
                                    f"write it as {{text: ...}}")
            return None
        number = scalar_number(node)
        if isinstance(number, float) and not math.isfinite(number):
            self.problem(node.line, f"{what} {shorten(raw)} is not a finite number")
            return None
        if isinstance(number, int) and abs(number) > MAX_INTEGER:
            self.problem(node.line, f"{what} {shorten(raw)} is beyond +/-2**53, where JSON readers lose digits; "
                                    f"write it as {{text: ...}}")
            return None
        return number

    def boolean(self, node: YNode, what: str) -> bool | None:
        if node.kind == "scalar" and node.plain and node.value in ("true", "false"):
            return node.value == "true"
        self.problem(node.line, f"{what} must be true or false")
        return None

    def text_list(self, node: YNode, what: str) -> tuple[str, ...] | None:
        if node.kind == "scalar" and node.value is not None:
            single = self.text(node, what)  # a lone alias is forgiven as a list of one
            return (single,) if single else None
        if node.kind != "seq":
            self.problem(node.line, f"{what} must be a list of text, not {_describe(node)}")
            return None
        items = [self.text(item, f"each of {what}") for item in node.value]
        return tuple(i for i in items if i)

    # -- records -------------------------------------------------------------
    def record(self, node: YNode, kind: str, spec: dict[str, tuple[bool, str]]) -> Draft | None:
        if node.kind != "map":
            self.problem(node.line, f"each {kind} must be a mapping of fields, not {_describe(node)}")
            return None
        draft = Draft(kind, node.line, {}, dict(node.key_lines))
        for key, child in node.value.items():
            if key not in spec:
                known = ", ".join(spec)
                self.problem(node.key_lines[key], f"unknown field {shorten(key)} in {kind}; fields are: {known}")
                continue
            value = self.field(child, spec[key][1], f"{kind} {key}")
            if value is not None:
                draft.values[key] = value
        for key, (required, _) in spec.items():
            if required and key not in node.value:
                self.problem(node.line, f"{kind} is missing its '{key}'")
        if any(required and key not in draft.values for key, (required, _) in spec.items()):
            return None
        return draft

    def field(self, node: YNode, how: str, what: str) -> object:
        if how == "id":
            return self.ident(node, what)
        if how == "text":
            return self.text(node, what)
        if how == "texts":
            return self.text_list(node, what)
        if how == "date":
            return self.date(node, what)
        if how == "bool":
            return self.boolean(node, what)
        if how == "type":
            value = self.text(node, what)
            if value is not None and value not in ENTITY_TYPES:
                self.problem(node.line, f"{what} {shorten(value)} is not one of: {', '.join(sorted(ENTITY_TYPES))}")
                return None
            return value
        if how == "object":
            return self.object(node, what)
        if how == "qualifiers":
            return self.qualifiers(node, what)
        raise AssertionError(how)

    def object(self, node: YNode, what: str) -> object:
        """An entity id (text) or a literal mapping: {text|date|number: ..., text: ...}."""
        if node.kind == "scalar":
            return self.ident(node, what)
        if node.kind != "map":
            self.problem(node.line, f"{what} must be an entity id or a literal like {{text: ...}}")
            return None
        kinds = [k for k in LITERAL_KINDS if k in node.value]
        for key in node.value:
            if key not in LITERAL_KINDS:
                self.problem(node.key_lines[key], f"unknown field {shorten(key)} in {what}; use text, date or number")
        primary = next((k for k in kinds if k != "text"), "text" if "text" in kinds else None)
        if primary is None:
            self.problem(node.line, f"{what} literal needs one of: text, date, number")
            return None
        if len([k for k in kinds if k != "text"]) > 1:
            self.problem(node.line, f"{what} literal must be one of date or number, not both")
            return None
        text = self.text(node.value["text"], f"{what} text") if "text" in node.value else None
        if primary == "text":
            return ("text", text, text) if text else None
        if primary == "date":
            value = self.date(node.value["date"], f"{what} date", allow_range=True)
            return ("date", value, text or format_date(value)) if value else None
        number = self.number(node.value["number"], f"{what} number")
        return ("number", number, text or _format_number(number)) if number is not None else None

    def qualifiers(self, node: YNode, what: str) -> dict[str, str] | None:
        if node.kind != "map":
            self.problem(node.line, f"{what} must be a mapping of {', '.join(QUALIFIER_KEYS)}")
            return None
        out: dict[str, str] = {}
        for key, child in node.value.items():
            if key not in QUALIFIER_KEYS:
                self.problem(node.key_lines[key], f"unknown qualifier {shorten(key)}; use {', '.join(QUALIFIER_KEYS)}")
                continue
            if key == "date":
                value = self.date(child, "qualifier date", allow_range=True)
            elif key == "role":
                value = self.text(child, "qualifier role")
            else:
                value = self.ident(child, f"qualifier {key}")
            if value is not None:
                out[key] = value
        return out


_SOURCE = {"id": (True, "id"), "title": (True, "text"), "date": (True, "date"),
           "path": (True, "text"), "url": (False, "text")}
_ENTITY = {"id": (True, "id"), "name": (True, "text"), "type": (True, "type"),
           "aliases": (False, "texts"), "description": (False, "text"), "part_of": (False, "id")}
_PREDICATE = {"id": (True, "id"), "label": (False, "text"), "synonyms": (False, "texts"),
              "passive": (False, "texts"), "describes": (False, "bool"),
              "symmetric": (False, "bool"), "one_subject": (False, "bool")}
_FACT = {"id": (True, "id"), "subject": (True, "id"), "predicate": (True, "id"),
         "object": (True, "object"), "qualifiers": (False, "qualifiers"),
         "source": (True, "id"), "quote": (True, "text")}
SPECS = {"sources": ("source", _SOURCE), "entities": ("entity", _ENTITY),
         "predicates": ("predicate", _PREDICATE), "facts": ("fact", _FACT)}


def check_file(file: str, root: YNode | None, problems: ProblemLog | None = None) -> FileDrafts:
    """Drafts and problems for one parsed fact file; problems go to `problems` when given."""
    checker = _Checker(file, problems)
    if root is None or (root.kind == "scalar" and root.plain and root.value == ""):  # nothing, or only "---"
        checker.problem(None, "the file is empty; a fact file has sources, entities, predicates or facts")
        return checker.out
    if root.kind != "map":
        checker.problem(root.line, f"the top level must be a mapping with {', '.join(SECTIONS)}, "
                                   f"not {_describe(root)}")
        return checker.out
    for section, node in root.value.items():
        if section not in SPECS:
            checker.problem(root.key_lines[section], f"unknown section {shorten(section)}; "
                                                     f"sections are: {', '.join(SECTIONS)}")
            continue
        kind, spec = SPECS[section]
        if node.kind == "scalar" and node.value is None:
            continue  # an empty section, e.g. "facts:" while writing
        if node.kind != "seq":
            checker.problem(node.line, f"'{section}' must be a list of {kind} records, not {_describe(node)}")
            continue
        for item in node.value:
            draft = checker.record(item, kind, spec)
            if draft:
                checker.out.records.append(draft)
    return checker.out


_KIND_NAMES = {"bool": "a boolean", "int": "a number", "float": "a number", "null": "null",
               "timestamp": "a date", "str": "text"}


def _describe(node: YNode) -> str:
    if node.kind == "map":
        return "a mapping"
    if node.kind == "seq":
        return "a list"
    if node.value is None:
        return "nothing"
    return f"{_KIND_NAMES.get(scalar_type(node), 'a value')} ({shorten(node.value)})"


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _format_number(number: int | float) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)
