"""Read YAML safely into plain nodes that remember their line.

Built on PyYAML's event stream (the C parser when present) rather than its loaders:
- nothing is constructed from tags, so `!!python/...` can never execute;
- anchors and aliases are refused, so an alias bomb cannot expand;
- nesting is bounded and built without recursion, so deep input cannot overflow;
- duplicate keys are reported (PyYAML's loaders silently keep the last);
- every node keeps its line for `file:line: message` problems.
Scalars stay text until a schema asks for a type; `scalar_type` says how YAML 1.1
would read an unquoted one (`NO` is a boolean, `2024-12-21` a date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C parser is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64
_STANDARD_TAGS = {
    None, "!",
    *(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")),
}
_RESOLVER = yaml.resolver.Resolver()


@dataclass(slots=True)
class YNode:
    kind: str  # "scalar", "seq" or "map"
    line: int
    value: Any = None  # str | list[YNode] | dict[str, YNode] (map values)
    plain: bool = False  # scalar written without quotes: YAML 1.1 types apply
    tag: str | None = None
    key_lines: dict[str, int] = field(default_factory=dict)  # map: line of each key


@dataclass(frozen=True)
class YamlIssue:
    line: int | None
    message: str


class YamlError(Exception):
    """The text is not YAML we accept; `issues` hold every reason found."""

    def __init__(self, issues: list[YamlIssue], root: YNode | None = None) -> None:
        super().__init__(issues[0].message if issues else "invalid YAML")
        self.issues = issues
        self.root = root  # what was read, when every issue left the structure whole


def decode(data: bytes) -> str:
    """Bytes to text, or a YamlError naming the line of the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise YamlError([YamlIssue(line, f"not UTF-8 text (byte 0x{data[err.start]:02x}); save the file as UTF-8")]) from None


def parse(text: str) -> YNode | None:
    """Parse one YAML document into nodes; None for an empty document.

    Raises YamlError with every issue found (syntax errors stop the parse).
    """
    issues: list[YamlIssue] = []
    root: YNode | None = None
    stack: list[YNode] = []
    pending_keys: list[tuple[str, int] | None] = []  # per open map: key awaiting value
    documents = 0
    fatal = False

    def attach(node: YNode) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if parent.kind == "seq":
            parent.value.append(node)
            return
        key = pending_keys[-1]
        if key is None:  # this node is a key
            if node.kind != "scalar":
                issues.append(YamlIssue(node.line, "a mapping key must be plain text"))
                pending_keys[-1] = ("\x00invalid", node.line)
                return
            name = str(node.value)
            pending_keys[-1] = (name, node.line)
            return
        name, key_line = key
        pending_keys[-1] = None
        if name == "\x00invalid":
            return
        if name in parent.value:
            first = parent.key_lines[name]
            issues.append(YamlIssue(key_line, f"duplicate key '{name}' (first at line {first}); keep one"))
            return
        parent.value[name] = node
        parent.key_lines[name] = key_line

    def check_node(event: Any, line: int) -> bool:
        if getattr(event, "anchor", None):
            issues.append(YamlIssue(line, f"anchors and aliases are not supported (&{event.anchor}); write the value out"))
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        explicit = tag is not None and not (implicit is True or (isinstance(implicit, tuple) and implicit[0]))
        if explicit and tag not in _STANDARD_TAGS:
            issues.append(YamlIssue(line, f"unknown tag {tag!r} is not supported; remove it"))
            return False
        return True

    try:
        for event in yaml.parse(text, Loader=_Loader):
            line = event.start_mark.line + 1 if event.start_mark else None
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    issues.append(YamlIssue(line, "more than one YAML document; use one document per file"))
                    fatal = True
                    break
            elif isinstance(event, yaml.AliasEvent):
                issues.append(YamlIssue(line, f"anchors and aliases are not supported (*{event.anchor}); write the value out"))
                attach(YNode("scalar", line or 0, None))
            elif isinstance(event, yaml.ScalarEvent):
                ok = check_node(event, line)
                plain = not event.style and event.implicit[0]
                if event.tag == "tag:yaml.org,2002:str":
                    plain = False
                attach(YNode("scalar", line or 0, event.value if ok else None, plain, event.tag))
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    issues.append(YamlIssue(line, f"nested deeper than {MAX_DEPTH} levels"))
                    raise YamlError(issues)
                check_node(event, line)
                is_map = isinstance(event, yaml.MappingStartEvent)
                node = YNode("map" if is_map else "seq", line or 0, {} if is_map else [])
                attach(node)
                stack.append(node)
                pending_keys.append(None)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                pending_keys.pop()
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        code = ord(err.character) if isinstance(err.character, str) else err.character
        issues.append(YamlIssue(line, f"not a text file: {err.reason} (character #x{code:04x})"))
        fatal = True
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        context = getattr(err, "context", None)
        message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
        issues.append(YamlIssue(mark.line + 1 if mark else None, message))
        fatal = True
    if issues:
        raise YamlError(issues, None if fatal else root)
    return root


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
