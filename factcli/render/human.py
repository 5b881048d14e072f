"""Human output with rich. Every piece of text from data or from the user goes in as a
`Text` (never parsed as markup) after `safe()` has made control characters visible."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcli.answer import Answer, Candidate
from factcli.evaluate import EvalReport
from factcli.model import Fact, Store
from factcli.render.plain import safe
from factcli.validate import Report

MAX_PROBLEMS_SHOWN = 50


def T(text: object, style: str = "") -> Text:
    return Text(safe(text), style=style)


def fact_line(fact: Fact, store: Store) -> Text:
    line = Text()
    line.append(T(store.entities[fact.subject].name, "bold"))
    line.append(T(f" {store.predicates[fact.predicate].label} "))
    line.append(T(store.object_text(fact), "bold"))
    for key, value in fact.qualifiers:
        line.append(T(f" [{key}: {store.qualifier_text(value)}]", "dim"))
    return line


def answer(console: Console, result: Answer, store: Store, explain: bool = False, top: int = 0) -> None:
    if result.answered:
        console.print(T(result.answer, "bold green"))
    else:
        console.print(T(f"No answer: {result.reason}", "yellow"))
    if result.fact:
        _provenance(console, result.fact, store)
        console.print(Text.assemble(("confidence ", "dim"), T(f"{result.confidence:.2f}")))
    for alt in result.alternatives if not result.answered else ():
        console.print(Text.assemble(("  candidate ", "dim"), T(alt.answer, "bold"),
                                    T(f"  ({alt.fact.id}, {alt.confidence:.2f})", "dim")))
    if top:
        _runners_up(console, result, top)
    if explain and result.analysis:
        _explain(console, result)


def quoted(text: str) -> str:
    """The quote in quotation marks, once: a quote that is itself a quotation in the
    article ("“The two sides agreed ...,”") keeps its own marks."""
    if text[:1] in "\u201c\"" and text.rstrip()[-1:] in "\u201d\"":
        return text
    return f"\u201c{text}\u201d"


def _provenance(console: Console, fact: Fact, store: Store) -> None:
    source = store.sources[fact.source]
    console.print(Text.assemble(("fact    ", "dim"), T(f"{fact.id}: ", "cyan"), fact_line(fact, store)))
    console.print(Text.assemble(("quote   ", "dim"), T(quoted(fact.quote.text), "italic")))
    console.print(Text.assemble(("source  ", "dim"), T(source.title), T(f" ({source.date})", "dim"),
                                T(f" chars {fact.quote.start}-{fact.quote.end}", "dim")))


def _runners_up(console: Console, result: Answer, top: int) -> None:
    table = Table("rank", "answer", "confidence", "fact", title="candidates", title_justify="left",
                  box=None, pad_edge=False)
    for n, c in enumerate(result.candidates[:top], 1):
        table.add_row(str(n), T(c.answer), f"{c.confidence:.2f}", T(c.fact.id))
    console.print(table)


def _explain(console: Console, result: Answer) -> None:
    a = result.analysis
    assert a is not None
    rows: list[tuple[str, Any]] = [
        ("answer type", a.wanted + (" (description)" if a.describe else "")),
        ("entities", ", ".join(f"{m.entity} ({m.form.text!r})" for m in a.mentions) or "none"),
        ("relations", ", ".join(f"{p} {s:.2f}" for p, (s, _) in a.predicates.items()) or "none"),
        ("corrections", ", ".join(f"{w} -> {c}" for w, c in a.corrections) or "none"),
        ("unknown words", ", ".join(a.unknown) or "none"),
    ]
    for step in result.steps:
        rows.insert(0, ("read as", f"{step.description!r} = {step.entity_name} ({step.sub_confidence:.2f}), "
                                   f"then asked: {step.question}"))
    best: Candidate | None = result.candidates[0] if result.candidates else None
    if a.option_stems:
        offered = " or ".join(repr(" ".join(option)) for option in a.option_stems)
        settled = f"; the fact's sentence says {best.answer!r}" if best and best.slot == "choice" else ""
        rows.append(("options", offered + settled))
    if best:
        rows.append(("scores", ", ".join(f"{k}={v}" for k, v in best.details.items())))
    table = Table(show_header=False, box=None, pad_edge=False, title="why", title_justify="left")
    for key, value in rows:
        table.add_row(Text(key, "dim"), T(value))
    console.print(table)


def validation(console: Console, report: Report) -> None:
    console.print(T(f"{report.files} files, {report.sources} sources, {report.entities} entities, "
                    f"{report.facts} facts"))
    problems(console, report.problems, report.problem_count)
    for cov in report.coverage:
        console.print(T(f"coverage {cov.source}: {cov.covered}/{cov.sentences} sentences quoted by a fact"))
        for sentence in cov.uncovered:
            console.print(T(f"  not covered: {sentence}", "yellow"))
    console.print(T("ok" if report.ok else f"{report.problem_count} problems", "green" if report.ok else "red"))


def problems(console: Console, found: tuple[Any, ...], total: int | None = None) -> None:
    """The first problems, then how many more there are (`total` counts those not kept)."""
    total = len(found) if total is None else total
    for problem in found[:MAX_PROBLEMS_SHOWN]:
        console.print(T(str(problem)), soft_wrap=True)
    if total > MAX_PROBLEMS_SHOWN:
        console.print(T(f"... and {total - MAX_PROBLEMS_SHOWN} more problems"))


def evaluation(console: Console, report: EvalReport, summary_only: bool = False) -> None:
    console.print(T(f"{len(report.outcomes)} questions: answerable right {report.answerable_right:.1%} "
                    f"({report.answerable}), unanswerable declined {report.unanswerable_declined:.1%} "
                    f"({report.unanswerable}), wrong answers {report.wrong}, overall {report.overall:.1%}"))
    if summary_only:
        return
    kinds = Table("kind", "good", "total", title="by kind", title_justify="left", box=None)
    for kind, (good, total) in report.by_kind().items():
        kinds.add_row(T(kind), str(good), str(total))
    console.print(kinds)
    bands = Table("confidence", "answered", "right", title="calibration", title_justify="left", box=None)
    for band, given, right in report.calibration():
        bands.add_row(band, str(given), str(right))
    console.print(bands)
    for o in report.failures:
        said = o.answer.answer if o.answer.answered else f"(declined: {o.answer.reason})"
        want = ", ".join(o.gold.expect) if o.gold.expect else "abstain"
        console.print(Text.assemble(T(f"{o.verdict:8} ", "red"), T(o.gold.question), T(f"  -> {said}", "dim"),
                                    T(f"  expected: {want}", "dim")))
