"""The command line: parse, call the core, render, and map errors to exit codes.

Exit codes (also in --help and the README):
  0  success / answered
  1  nothing found, not answered, or validation problems
  2  usage error, or facts that cannot be read or do not validate
  70 internal error (a bug; --debug shows the traceback)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcli import __version__
from factcli.errors import ExitCode, FactcliError, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from factcli.index import Index

EPILOG = "Exit codes: 0 success; 1 not found, not answered or validation problems; 2 usage error or unreadable facts."

app = typer.Typer(
    name="factcli",
    help="Answer questions about news articles from curated fact records, with the source behind each answer.",
    epilog=EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    """What the top-level options set for every command."""

    facts: str | None = None
    debug: bool = False
    color: bool | None = None


STATE = State()

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _version(value: bool) -> None:
    if value:
        print(f"factcli {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    facts: Annotated[str | None, typer.Option("--facts", metavar="PATH",
                                              help="Fact file or folder (default: $FACTCLI_FACTS, "
                                                   "else the shipped facts).")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """factcli answers questions about news articles from curated fact records."""
    STATE.facts = facts
    STATE.debug = debug
    STATE.color = False if no_color else None


# -- shared plumbing ---------------------------------------------------------------

def console(stderr: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    no_color = STATE.color is False or "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb"
    force = "FORCE_COLOR" in os.environ and not no_color
    return Console(file=stream, no_color=no_color, highlight=False, emoji=False,
                   force_terminal=True if force else None,
                   color_system=None if (no_color or not (tty or force)) else "auto",
                   soft_wrap=not tty, width=None if tty else 10_000)


def location() -> Path:
    from factcli.load import facts_location

    return facts_location(STATE.facts)


def load_index() -> Index:
    from factcli.index import Index
    from factcli.load import load_store

    return Index.build(load_store(location()))


def fail(err: FactcliError, as_json: bool = False) -> typer.Exit:
    """Report a user-caused error on stderr and give the Exit to raise."""
    if as_json:
        from factcli.render.records import dumps

        payload = {"error": {"message": err.message, "problems": [p.to_dict() for p in err.problems]}}
        print(dumps(payload), file=sys.stderr)
    else:
        for problem in err.problems[:50]:
            print(_plain(str(problem)), file=sys.stderr)
        if err.problem_count > 50:
            print(f"... and {err.problem_count - 50} more problems", file=sys.stderr)
        print(f"factcli: {_plain(err.message)}", file=sys.stderr)
    return typer.Exit(int(err.exit_code))


def _plain(text: str) -> str:
    from factcli.render.human import safe

    return safe(text)


# -- commands --------------------------------------------------------------------

@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, or - to read one question per line from stdin.")],
    as_json: JsonFlag = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show why: entities, relation, answer type, scores.")]
    = False,
    top: Annotated[int, typer.Option("--top", min=0, max=50, help="Also show the N best candidates.")] = 0,
) -> None:
    """Answer a question from the facts, with the quote and source behind the answer.

    Example: factcli ask "who led the Russian side"
    """
    from factcli.intake import answer as answer_question  # declines blank and over-long questions

    if question != "-" and not question.strip():
        raise fail(UsageError("the question is empty; ask something, e.g. factcli ask \"who led the Russian side\""),
                   as_json)
    try:
        index = load_index()
    except FactcliError as err:
        raise fail(err, as_json) from None
    if question != "-":
        result = answer_question(question, index, top=max(top, 5))
        _show_answer(result, index, as_json, explain, top)
        raise typer.Exit(ExitCode.OK if result.answered else ExitCode.NOT_FOUND)
    for line in _stdin_lines():
        text = line.rstrip("\r\n")
        result = answer_question(text, index, top=max(top, 5))
        _show_answer(result, index, as_json, explain, top)
    raise typer.Exit(ExitCode.OK)


def _stdin_lines():
    from factcli.intake import question_lines

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # stdin closed (sys.stdin is None) or replaced by a text-only stream
        yield from sys.stdin or ()
        return
    yield from question_lines(stream)


def _show_answer(result, index: Index, as_json: bool, explain: bool, top: int) -> None:
    if as_json:
        from factcli.render.records import answer_record, dumps

        print(dumps(answer_record(result, index.store)), flush=True)
        return
    from factcli.render import human

    human.answer(console(), result, index.store, explain=explain, top=top)


@app.command()
def validate(as_json: JsonFlag = False) -> None:
    """Check every fact file: format, references, verbatim quotes, and sentence coverage.

    Example: factcli validate --json
    """
    from factcli.validate import validate as run_validation

    try:
        report = run_validation(location())
    except FactcliError as err:
        raise fail(err, as_json) from None
    if as_json:
        from factcli.render.records import dumps

        print(dumps(report.to_dict()))
    else:
        from factcli.render import human

        human.validation(console(), report)
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.NOT_FOUND)


@app.command()
def facts(
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """List the facts.

    Example: factcli facts --format json
    """
    if fmt not in ("table", "json", "jsonl"):
        raise fail(UsageError(f"--format {fmt!r} is not one of: table, json, jsonl"))
    try:
        index = load_index()
    except FactcliError as err:
        raise fail(err, fmt != "table") from None
    store = index.store
    if fmt == "table":
        from factcli.render import human

        human.facts_table(console(), list(store.facts), store)
        return
    from factcli.render.records import dumps, fact_record

    records = [fact_record(f, store) for f in store.facts]
    if fmt == "json":
        print(dumps(records))
    else:
        for record in records:
            print(dumps(record))


@app.command()
def about(
    entity: Annotated[str, typer.Argument(help="An entity's name, alias or id (fuzzy).")],
    as_json: JsonFlag = False,
) -> None:
    """Show an entity's card: description, aliases and every fact it takes part in.

    Example: factcli about Vershinin
    """
    from factcli.lookup import find_entity

    try:
        index = load_index()
        found = find_entity(entity, index)
    except FactcliError as err:
        raise fail(err, as_json) from None
    store = index.store
    related = [store.facts[i] for i in index.facts_by_entity.get(found.id, ())]
    if as_json:
        from factcli.render.records import dumps, entity_record, fact_record

        print(dumps({**entity_record(found), "facts": [fact_record(f, store) for f in related]}))
        return
    from factcli.render import human

    human.entity_card(console(), found, store, related)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="YAML gold file: questions with expected answers or 'abstain'.")],
    as_json: JsonFlag = False,
) -> None:
    """Score the answers against a gold file: accuracy per kind, refusals, calibration.

    Example: factcli eval tests/questions.yaml
    """
    from factcli.evaluate import evaluate as run_eval
    from factcli.evaluate import read_gold

    try:
        questions = read_gold(gold)
        index = load_index()
    except FactcliError as err:
        raise fail(err, as_json) from None
    report = run_eval(questions, index)
    if as_json:
        from factcli.render.records import dumps

        print(dumps(report.to_dict()))
    else:
        from factcli.render import human

        human.evaluation(console(), report)


def main() -> None:
    """Entry point: run the app; turn a bug into one line and exit 70 unless --debug."""
    try:
        app()
    except FactcliError as err:  # a command forgot to catch: still no traceback
        raise SystemExit(fail(err).exit_code) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Exception as err:
        if STATE.debug or "--debug" in sys.argv:
            raise
        print(f"factcli: internal error: {type(err).__name__}: {err} (run with --debug for the traceback)",
              file=sys.stderr)
        raise SystemExit(ExitCode.INTERNAL) from None


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head -1`): stop quietly, as ripgrep does."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)
