"""Read YAML safely into plain nodes that remember their line.

Built on PyYAML's event stream (the C parser when present) rather than its loaders:
- nothing is constructed from tags, so `!!python/...` can never execute;
- anchors and aliases are refused (and only the first few reported), so an alias
  bomb cannot expand;
- nesting is bounded and built without recursion, so deep input cannot overflow;
- duplicate keys are reported (PyYAML's loaders silently keep the last);
- every node keeps its line for `file:line: message` problems.
Scalars stay text until a schema asks for a type; `scalar_type` says how YAML 1.1
would read an unquoted one (`NO` is a boolean, `2024-12-21` a date).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C parser is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64
# Past this many anchor/alias reports in one file the rest are only counted: an alias
# bomb has thousands of them and one line per alias helps nobody.
MAX_ALIAS_REPORTS = 20
_STANDARD_TAGS = {
    None, "!",
    *(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")),
}
_RESOLVER = yaml.resolver.Resolver()
_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
         (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))


@dataclass(slots=True)
class YNode:
    kind: str  # "scalar", "seq" or "map"
    line: int
    value: Any = None  # str | list[YNode] | dict[str, YNode] (map values)
    plain: bool = False  # scalar written without quotes: YAML 1.1 types apply
    tag: str | None = None
    key_lines: dict[str, int] | None = None  # maps only: the line of each key


@dataclass(frozen=True, slots=True)
class YamlIssue:
    line: int | None
    message: str


class YamlError(Exception):
    """The text is not YAML we accept; `issues` hold every reason found."""

    def __init__(self, issues: list[YamlIssue], root: YNode | None = None) -> None:
        super().__init__(issues[0].message if issues else "invalid YAML")
        self.issues = issues
        self.root = root  # what was read, when every issue left the structure whole


def shorten(text: object, limit: int = 60) -> str:
    """A value as quoted in a message: repr (so control characters show escaped), cut short."""
    shown = repr(str(text))
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"


def decode(data: bytes) -> str:
    """Bytes to text, or a YamlError naming the line of the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise YamlError([YamlIssue(1, f"not UTF-8 text: the file is {name}; save it as UTF-8")])
    nul = data.find(b"\x00")
    if nul >= 0:  # never in YAML; the usual sign of UTF-16 without a BOM, or of binary data
        line = data.count(b"\n", 0, nul) + 1
        raise YamlError([YamlIssue(line, "not UTF-8 text: it has NUL bytes (UTF-16? binary?); save the file as UTF-8")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise YamlError([YamlIssue(line, f"not UTF-8 text (byte 0x{data[err.start]:02x}); save the file as UTF-8")]) from None


class _Tree:
    """Builds YNodes from events with an explicit stack (no recursion), collecting issues."""

    def __init__(self) -> None:
        self.issues: list[YamlIssue] = []
        self.root: YNode | None = None
        self.stack: list[YNode] = []
        self.pending: list[tuple[str, int] | None] = []  # per open map: the key awaiting its value
        self.alias_reports = 0

    def attach(self, node: YNode) -> None:
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if parent.kind == "seq":
            parent.value.append(node)
            return
        key = self.pending[-1]
        if key is None:  # this node is a key
            if node.kind != "scalar" or node.value is None:
                self.issues.append(YamlIssue(node.line, "a mapping key must be plain text"))
                self.pending[-1] = ("\x00invalid", node.line)
            else:
                self.pending[-1] = (node.value, node.line)
            return
        name, key_line = key
        self.pending[-1] = None
        if name == "\x00invalid":
            return
        if name in parent.value:
            first = parent.key_lines[name]
            self.issues.append(YamlIssue(key_line, f"duplicate key {shorten(name)} (first at line {first}); keep one"))
            return
        parent.value[name] = node
        parent.key_lines[name] = key_line

    def alias_issue(self, line: int, mark: str) -> None:
        self.alias_reports += 1
        if self.alias_reports <= MAX_ALIAS_REPORTS:
            mark = mark if len(mark) <= 40 else mark[:37] + "..."  # anchor names are plain words
            self.issues.append(YamlIssue(line, f"anchors and aliases are not supported ({mark}); write the value out"))

    def tag_ok(self, event: Any, line: int) -> bool:
        """False (and an issue) for any tag but the standard ones: nothing is ever constructed from a tag."""
        tag, implicit = event.tag, event.implicit
        explicit = tag is not None and not (implicit is True or (isinstance(implicit, tuple) and implicit[0]))
        if explicit and tag not in _STANDARD_TAGS:
            self.issues.append(YamlIssue(line, f"unknown tag {shorten(tag)} is not supported; remove it"))
            return False
        return True

    def finish(self) -> None:
        hidden = self.alias_reports - MAX_ALIAS_REPORTS
        if hidden > 0:
            self.issues.append(YamlIssue(None, f"... and {hidden} more anchors and aliases"))


def parse(text: str) -> YNode | None:
    """Parse one YAML document into nodes; None for an empty document.

    Raises YamlError with every issue found (syntax errors stop the parse).
    """
    tree = _Tree()
    issues, stack, pending, attach = tree.issues, tree.stack, tree.pending, tree.attach
    documents = 0
    fatal = False
    try:
        # Dispatch on the exact event class: this loop runs once per scalar, so a chain
        # of isinstance() calls would cost more than libyaml's own parsing.
        for event in yaml.parse(text, Loader=_Loader):
            cls = type(event)
            line = event.start_mark.line + 1
            if cls is yaml.ScalarEvent:
                if event.anchor:
                    tree.alias_issue(line, "&" + event.anchor)
                ok = event.tag is None or tree.tag_ok(event, line)
                plain = not event.style and event.implicit[0] and event.tag != "tag:yaml.org,2002:str"
                attach(YNode("scalar", line, event.value if ok else None, plain, event.tag))
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    issues.append(YamlIssue(line, f"nested deeper than {MAX_DEPTH} levels"))
                    fatal = True
                    break
                if event.anchor:
                    tree.alias_issue(line, "&" + event.anchor)
                if event.tag is not None:
                    tree.tag_ok(event, line)
                node = (YNode("map", line, {}, key_lines={}) if cls is yaml.MappingStartEvent
                        else YNode("seq", line, []))
                attach(node)
                stack.append(node)
                pending.append(None)
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                stack.pop()
                pending.pop()
            elif cls is yaml.AliasEvent:
                tree.alias_issue(line, "*" + event.anchor)
                attach(YNode("scalar", line, None))
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    issues.append(YamlIssue(line, "more than one YAML document; use one document per file"))
                    fatal = True
                    break
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        code = ord(err.character) if isinstance(err.character, str) else err.character
        issues.append(YamlIssue(line, f"not a text file: {err.reason} (character #x{code:04x})"))
        fatal = True
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        if "maximum nesting depth" in problem:  # libyaml's own limit (1000) met before ours
            message = f"nested deeper than {MAX_DEPTH} levels"
        else:
            context = getattr(err, "context", None)
            message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
        issues.append(YamlIssue(mark.line + 1 if mark else None, message))
        fatal = True
    tree.finish()
    if issues:
        raise YamlError(issues, None if fatal else tree.root)
    return tree.root


def scalar_type(node: YNode) -> str:
    """How YAML 1.1 reads the scalar: "str", "int", "float", "bool", "null" or "timestamp"."""
    if node.value is None:
        return "null"
    if not node.plain:
        return "str"
    tag = _RESOLVER.resolve(yaml.ScalarNode, node.value, (True, False))
    return tag.rsplit(":", 1)[-1]


def scalar_number(node: YNode) -> int | float:
    """The number a plain int or float scalar stands for (YAML 1.1 rules)."""
    constructor = yaml.constructor.SafeConstructor()
    scalar = yaml.ScalarNode(f"tag:yaml.org,2002:{scalar_type(node)}", node.value)
    return constructor.construct_object(scalar)
