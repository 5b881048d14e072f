"""Score the answerer against a gold file of questions. Pure apart from reading it.

Gold file (YAML): `questions: [{question, expect, kind}]` where `expect` is a list of
acceptable answer strings, or `abstain` when the facts do not answer the question.
An answer is right when, lower-cased and without punctuation, it contains one of the
expected strings treated the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from factcli import files, yamlio
from factcli.answer import Answer, ask
from factcli.errors import UsageError
from factcli.index import Index

MAX_GOLD_BYTES = 8 * 2**20
BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


@dataclass(frozen=True)
class GoldQuestion:
    question: str
    expect: tuple[str, ...] | None  # None: should abstain
    kind: str
    line: int


@dataclass(frozen=True)
class Outcome:
    gold: GoldQuestion
    answer: Answer
    verdict: str  # "right", "wrong", "declined" (answerable but refused), "abstained"


@dataclass(frozen=True)
class EvalReport:
    outcomes: tuple[Outcome, ...]

    def _count(self, verdict: str, answerable: bool | None = None) -> int:
        return sum(1 for o in self.outcomes if o.verdict == verdict
                   and (answerable is None or (o.gold.expect is not None) == answerable))

    @property
    def answerable(self) -> int:
        return sum(1 for o in self.outcomes if o.gold.expect is not None)

    @property
    def unanswerable(self) -> int:
        return len(self.outcomes) - self.answerable

    @property
    def answerable_right(self) -> float:
        return self._count("right") / self.answerable if self.answerable else 1.0

    @property
    def unanswerable_declined(self) -> float:
        return self._count("abstained") / self.unanswerable if self.unanswerable else 1.0

    @property
    def wrong(self) -> int:
        return self._count("wrong")

    @property
    def overall(self) -> float:
        good = self._count("right") + self._count("abstained")
        return good / len(self.outcomes) if self.outcomes else 1.0

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """kind -> (good, total): right for answerable, declined for abstain."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.outcomes:
            table[o.gold.kind][1] += 1
            table[o.gold.kind][0] += o.verdict in ("right", "abstained")
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}

    def calibration(self) -> list[tuple[str, int, int]]:
        """(band, answers given in it, of which right)."""
        rows = []
        for lo, hi in BANDS:
            given = [o for o in self.outcomes if o.answer.answered and lo <= o.answer.confidence < hi]
            rows.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(given), sum(o.verdict == "right" for o in given)))
        return rows

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.verdict in ("wrong", "declined")]

    def to_dict(self) -> dict[str, object]:
        return {
            "questions": len(self.outcomes),
            "answerable": self.answerable,
            "unanswerable": self.unanswerable,
            "answerable_right": round(self.answerable_right, 4),
            "unanswerable_declined": round(self.unanswerable_declined, 4),
            "wrong": self.wrong,
            "overall": round(self.overall, 4),
            "by_kind": {k: {"good": g, "total": t} for k, (g, t) in self.by_kind().items()},
            "calibration": [{"band": b, "answered": n, "right": r} for b, n, r in self.calibration()],
            "failures": [{"question": o.gold.question, "line": o.gold.line, "kind": o.gold.kind,
                          "expected": list(o.gold.expect) if o.gold.expect else "abstain",
                          "answer": o.answer.answer, "confidence": o.answer.confidence,
                          "reason": o.answer.reason, "verdict": o.verdict}
                         for o in self.failures],
        }


def read_gold(path: Path) -> list[GoldQuestion]:
    """The gold questions of a file; UsageError naming file:line when it is malformed."""
    try:
        root = yamlio.parse(yamlio.decode(files.read_bytes(path, MAX_GOLD_BYTES)))
    except files.Unreadable as err:  # also a pipe or a device: never waited on
        raise UsageError(f"{path}: {err}") from None
    except yamlio.YamlError as err:
        issue = err.issues[0]
        raise UsageError(f"{path}:{issue.line or 1}: {issue.message}") from None
    items = root.value.get("questions") if root is not None and root.kind == "map" else None
    if items is None or items.kind != "seq":
        raise UsageError(f"{path}: expected a mapping with a 'questions' list")
    gold = []
    for item in items.value:
        fields = item.value if item.kind == "map" else {}
        question, expect = fields.get("question"), fields.get("expect")
        if question is None or question.kind != "scalar" or expect is None:
            raise UsageError(f"{path}:{item.line}: each question needs 'question' and 'expect'")
        if expect.kind == "scalar" and expect.value == "abstain":
            wanted = None
        elif expect.kind == "seq" and expect.value and all(e.kind == "scalar" for e in expect.value):
            wanted = tuple(str(e.value) for e in expect.value)
        elif expect.kind == "scalar" and expect.value:
            wanted = (str(expect.value),)
        else:
            raise UsageError(f"{path}:{expect.line}: 'expect' is a list of answers or 'abstain'")
        kind = fields["kind"].value if "kind" in fields and fields["kind"].kind == "scalar" else "other"
        gold.append(GoldQuestion(str(question.value), wanted, str(kind), item.line))
    return gold


def evaluate(gold: list[GoldQuestion], index: Index) -> EvalReport:
    return EvalReport(tuple(_judge(g, ask(g.question, index)) for g in gold))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _judge(gold: GoldQuestion, answer: Answer) -> Outcome:
    if gold.expect is None:
        return Outcome(gold, answer, "wrong" if answer.answered else "abstained")
    if not answer.answered:
        return Outcome(gold, answer, "declined")
    right = right_answer(gold.expect, answer.answer or "")
    return Outcome(gold, answer, "right" if right else "wrong")


def right_answer(expected: tuple[str, ...], said: str) -> bool:
    """An answer is right when it contains one of the expected strings (both lower-cased,
    without punctuation)."""
    plain = _plain(said)
    return any(_plain(e) and _plain(e) in plain for e in expected)
