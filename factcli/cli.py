"""The command line: parse, call the core, render, and map errors to exit codes.

Exit codes (also in --help and the README):
  0  success / answered
  1  nothing found, not answered, or validation problems
  2  usage error, or facts that cannot be read or do not validate
  70 internal error (a bug; --debug shows the traceback)

Rendering modules (rich, yaml) are imported inside the commands that need them: start-up
time is part of the interface, and `factcli ask` should not pay for a table it never draws.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcli import __version__
from factcli.errors import ExitCode, FactcliError, NothingMatches, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from factcli.index import Index
    from factcli.render.listings import Listing

EPILOG = ("Exit codes: 0 success; 1 not found, not answered or validation problems; 2 usage error or unreadable "
          "facts; 70 internal error. Shell completion: factcli --install-completion.")

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
    quiet: bool = False


STATE = State()


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"
    yaml = "yaml"


class CardFormat(StrEnum):
    table = "table"
    tree = "tree"
    json = "json"
    yaml = "yaml"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


class GraphFormat(StrEnum):
    mermaid = "mermaid"
    dot = "dot"


# Under these, errors are JSON on stderr as well (so a script parses one shape).
JSON_FORMATS = frozenset({"json", "jsonl"})

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
JsonFormatFlag = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
QuietFlag = Annotated[bool, typer.Option("--quiet", "-q", help="Print only the essential (e.g. just the answer).")]
ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
EntityOpt = Annotated[str | None, typer.Option("--entity", "-e", metavar="NAME",
                                               help="Only facts with this entity as subject or object (fuzzy).")]


def command(name: str | None = None) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command whose output may go to a reader that leaves early (`| head -1`).

    Typer would turn the broken pipe into exit 1; here it ends quietly with exit 0.
    """

    def register(func: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> None:
            try:
                func(*args, **kwargs)
                sys.stdout.flush()  # surface a closed pipe here, not at interpreter exit
            except BrokenPipeError:
                _quiet_broken_pipe()

        app.command(name)(run)
        return func

    return register


def _version(value: bool) -> None:
    if value:
        print(f"factcli {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    facts: Annotated[str | None, typer.Option("--facts", metavar="PATH",
                                              help="Fact file or folder (default: $FACTCLI_FACTS, "
                                                   "else the shipped facts).")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour (also: NO_COLOR, TERM=dumb).")]
    = False,
    quiet: QuietFlag = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors, and whether the "
                                                        "facts came from the cache.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """factcli answers questions about news articles from curated fact records."""
    STATE.facts = facts
    STATE.debug = debug
    STATE.color = False if no_color else None
    STATE.quiet = quiet


# -- shared plumbing ---------------------------------------------------------------

def console(stderr: bool = False) -> Console:
    from factcli.render.terminal import make_console

    return make_console(sys.stderr if stderr else sys.stdout, no_color_flag=STATE.color is False)


def location() -> Path:
    from factcli.load import facts_location

    return facts_location(STATE.facts)


def load_index() -> Index:
    """The index of the facts, through the on-disk cache; a progress bar on a terminal."""
    import gc

    from factcli.prepare import prepare
    from factcli.render.progress import load_progress

    with load_progress(color=STATE.color is not False) as progress:
        prepared = prepare(location(), progress=progress)
    gc.freeze()  # the loaded facts live until exit: keep later collections from walking them again
    if STATE.debug:
        print(f"factcli: debug: store {'from the cache' if prepared.store_cached else 'read from the files'}, "
              f"index {'from the cache' if prepared.index_cached else 'built'}", file=sys.stderr)
    return prepared.index


def index_or_fail(as_json: bool = False) -> Index:
    """load_index(), with a failure reported (as JSON when asked) and turned into its exit."""
    try:
        return load_index()
    except FactcliError as err:
        raise fail(err, as_json) from None


def fail(err: FactcliError, as_json: bool = False) -> typer.Exit:
    """Report a user-caused error on stderr and give the Exit to raise."""
    if as_json:
        _json_error(err.message, [p.to_dict() for p in err.problems])
    else:
        for problem in err.problems[:50]:
            print(_plain(str(problem)), file=sys.stderr)
        if err.problem_count > 50:
            print(f"... and {err.problem_count - 50} more problems", file=sys.stderr)
        print(f"factcli: {_plain(err.message)}", file=sys.stderr)
    return typer.Exit(int(err.exit_code))


def _json_error(message: str, problems: list[dict[str, object]]) -> None:
    from factcli.render.plain import dumps

    print(dumps({"error": {"message": message, "problems": problems}}), file=sys.stderr)


def _plain(text: str) -> str:
    from factcli.render.plain import safe

    return safe(text)


def emit(listing: Listing, fmt: str) -> None:
    """Print a listing in the chosen format: a table for people, the rest for programs."""
    if fmt == "table":
        if listing.rows:
            from factcli.render.tables import table

            table(console(), listing)
        return
    from factcli.render.formats import write

    write(listing, fmt, sys.stdout)


def emit_document(data: object, fmt: str) -> None:
    """One JSON or YAML document."""
    if fmt == "yaml":
        from factcli.render.formats import yaml_text

        sys.stdout.write(yaml_text(data))
    else:
        from factcli.render.records import dumps

        print(dumps(data))


# -- commands --------------------------------------------------------------------

@command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, or - to read one question per line from stdin.")],
    as_json: JsonFlag = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show why: entities, relation, answer type, scores.")]
    = False,
    top: Annotated[int, typer.Option("--top", min=0, max=50, help="Also show the N best candidates.")] = 0,
    quiet: QuietFlag = False,
) -> None:
    """Answer a question, with the quote and source behind the answer.

    \b
    Examples:
      factcli ask "who led the Russian side"
      factcli ask "what does MEA stand for" --quiet
      printf 'who met Galuzin\\nwhen were the talks\\n' | factcli ask - --json
    """
    from factcli.intake import answer as answer_question  # declines blank and over-long questions

    quiet = quiet or STATE.quiet
    if question != "-" and not question.strip():
        raise fail(UsageError("the question is empty; ask something, e.g. factcli ask \"who led the Russian side\""),
                   as_json)
    index = index_or_fail(as_json)
    if question != "-":
        result = answer_question(question, index, top=max(top, 5))
        if not (quiet and not result.answered and not as_json):
            _show_answer(result, index, as_json, explain, top, quiet)
        raise typer.Exit(ExitCode.OK if result.answered else ExitCode.NOT_FOUND)
    for line in _stdin_lines():
        text = line.rstrip("\r\n")
        result = answer_question(text, index, top=max(top, 5))
        _show_answer(result, index, as_json, explain, top, quiet)
    raise typer.Exit(ExitCode.OK)


def _stdin_lines():
    from factcli.intake import question_lines

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # stdin closed (sys.stdin is None) or replaced by a text-only stream
        yield from sys.stdin or ()
        return
    yield from question_lines(stream)


def _show_answer(result, index: Index, as_json: bool, explain: bool, top: int, quiet: bool = False) -> None:
    if as_json:
        from factcli.render.records import answer_record, dumps

        print(dumps(answer_record(result, index.store)), flush=True)
        return
    if quiet:
        # one line per question (empty when declined), so batch answers line up with questions
        print(_plain(result.answer) if result.answered else "", flush=True)
        return
    from factcli.render import human

    human.answer(console(), result, index.store, explain=explain, top=top)


@command()
def validate(as_json: JsonFlag = False, quiet: QuietFlag = False) -> None:
    """Check the fact files: format, references, quotes, coverage.

    \b
    Examples:
      factcli validate
      factcli --facts tests/fixtures/second/facts validate --json
    """
    from factcli.render.progress import load_progress
    from factcli.validate import validate as run_validation

    try:
        with load_progress(color=STATE.color is not False) as progress:
            report = run_validation(location(), cache=True, progress=progress)
    except FactcliError as err:
        raise fail(err, as_json) from None
    if as_json:
        from factcli.render.records import dumps

        print(dumps(report.to_dict()))
    elif quiet or STATE.quiet:
        for problem in report.problems:
            print(_plain(str(problem)))
    else:
        from factcli.render import human

        human.validation(console(), report)
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.NOT_FOUND)


@command()
def facts(
    entity: EntityOpt = None,
    predicate: Annotated[str | None, typer.Option("--predicate", "-p", metavar="NAME",
                                                  help="Only this relation: id, label or synonym.")] = None,
    source: Annotated[str | None, typer.Option("--source", "-s", metavar="NAME",
                                               help="Only facts from this source: id or words of its title.")] = None,
    search: Annotated[str | None, typer.Option("--search", metavar="TEXT",
                                               help="Only facts whose id, subject, predicate, object, qualifiers or quote "
                                                    "hold every word of TEXT (fuzzy).")]
    = None,
    fmt: ListFormatOpt = ListFormat.table,
    as_json: JsonFormatFlag = False,
) -> None:
    """List the facts, filtered by entity, relation, source or text.

    Exits 1 when the filters match no fact.

    \b
    Examples:
      factcli facts --entity Vershinin
      factcli facts --predicate led --format json
      factcli facts --search "permanent seat" --format csv > seat.csv
    """
    from factcli.query import FactFilter, filter_facts
    from factcli.render.listings import facts_listing

    fmt_name = "json" if as_json else fmt.value
    index = index_or_fail(fmt_name in JSON_FORMATS)
    try:
        chosen = filter_facts(index, FactFilter(entity, predicate, source, search))
    except NothingMatches as err:
        emit(facts_listing([], index.store), fmt_name)  # an empty document still parses
        raise fail(err, fmt_name in JSON_FORMATS) from None
    except FactcliError as err:
        raise fail(err, fmt_name in JSON_FORMATS) from None
    emit(facts_listing(chosen, index.store), fmt_name)


@command()
def show(
    fact_id: Annotated[str, typer.Argument(metavar="FACT_ID", help="The fact's id, as `factcli facts` lists it.")],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="Output format.")] = ShowFormat.table,
    as_json: JsonFormatFlag = False,
) -> None:
    """Show one fact whole, its quote in the text around it.

    Exits 2, naming the closest ids, when no fact has FACT_ID.

    \b
    Examples:
      factcli show vershinin-led-russian-team
      factcli show lal-met-galuzin --format json
    """
    from factcli.query import find_fact, quote_context

    fmt_name = "json" if as_json else fmt.value
    try:
        index = load_index()
        fact = find_fact(fact_id, index.store)
    except FactcliError as err:
        raise fail(err, fmt_name in JSON_FORMATS) from None
    store = index.store
    context = quote_context(fact, store)
    if fmt_name == "table":
        from factcli.render.cards import fact_detail

        fact_detail(console(), fact, store, context)
        return
    from factcli.render.records import fact_record, source_summary

    emit_document({"fact": fact_record(fact, store), "source": source_summary(store.sources[fact.source]),
                   "context": {"before": context.before, "quote": context.quote, "after": context.after,
                               "start": fact.quote.start, "end": fact.quote.end}}, fmt_name)


@command()
def entities(fmt: ListFormatOpt = ListFormat.table, as_json: JsonFormatFlag = False) -> None:
    """List the entities and how many facts name each.

    \b
    Examples:
      factcli entities
      factcli entities --format csv
    """
    from factcli.query import fact_counts
    from factcli.render.listings import entities_listing

    fmt_name = "json" if as_json else fmt.value
    index = index_or_fail(fmt_name in JSON_FORMATS)
    counts, _ = fact_counts(index.store)
    emit(entities_listing(list(index.store.entities.values()), counts), fmt_name)


@command()
def sources(fmt: ListFormatOpt = ListFormat.table, as_json: JsonFormatFlag = False) -> None:
    """List the sources and how many facts cite each.

    \b
    Examples:
      factcli sources
      factcli sources --format json
    """
    from factcli.query import fact_counts
    from factcli.render.listings import sources_listing

    fmt_name = "json" if as_json else fmt.value
    index = index_or_fail(fmt_name in JSON_FORMATS)
    _, counts = fact_counts(index.store)
    emit(sources_listing(list(index.store.sources.values()), counts), fmt_name)


@command()
def about(
    entity: Annotated[str, typer.Argument(help="An entity's name, alias or id (fuzzy).")],
    fmt: Annotated[CardFormat, typer.Option("--format", "-f", help="Output format.")] = CardFormat.table,
    as_json: JsonFormatFlag = False,
) -> None:
    """Show an entity's card: description, aliases and its facts.

    \b
    Examples:
      factcli about Vershinin
      factcli about "Russian side" --format tree
      factcli about MEA --format json
    """
    from factcli.lookup import find_entity

    fmt_name = "json" if as_json else fmt.value
    try:
        index = load_index()
        found = find_entity(entity, index)
    except FactcliError as err:
        raise fail(err, fmt_name in JSON_FORMATS) from None
    store = index.store
    related = [store.facts[i] for i in index.facts_by_entity.get(found.id, ())]
    if fmt_name in ("json", "yaml"):
        from factcli.render.records import entity_record, fact_record

        emit_document({**entity_record(found), "facts": [fact_record(f, store) for f in related]}, fmt_name)
        return
    from factcli.render import cards

    draw = cards.entity_tree if fmt_name == "tree" else cards.entity_table
    draw(console(), found, store, related)


@command()
def graph(
    entity: EntityOpt = None,
    fmt: Annotated[GraphFormat, typer.Option("--format", "-f", help="Mermaid (for Markdown pages) or Graphviz DOT.")]
    = GraphFormat.mermaid,
) -> None:
    """Draw entities and relations as a Mermaid or Graphviz graph.

    \b
    Examples:
      factcli graph --entity Vershinin
      factcli graph --format dot | dot -Tsvg > facts.svg
    """
    from factcli.graph import build_graph
    from factcli.query import FactFilter, filter_facts
    from factcli.render import graph as draw

    try:
        index = load_index()
        chosen = filter_facts(index, FactFilter(entity=entity))
    except FactcliError as err:
        raise fail(err) from None
    drawing = build_graph(chosen, index.store)
    sys.stdout.write(draw.mermaid(drawing) if fmt is GraphFormat.mermaid else draw.dot(drawing))


@command()
def shell(as_json: JsonFlag = False, quiet: QuietFlag = False) -> None:
    """Ask questions one after another, with history and completion.

    Commands: :facts [TEXT], :about NAME, :help, :quit. At a terminal: a prompt,
    tab completion of entity names, and history kept in
    $XDG_STATE_HOME/factcli/history (default ~/.local/state). With stdin not a
    terminal: one question per line, answers printed without prompts.

    \b
    Examples:
      factcli shell
      printf 'who led the Russian side\\n:about Lal\\n' | factcli shell
    """
    from factcli.render.session import RichView
    from factcli.shell import Shell

    index = index_or_fail(as_json)
    interactive = sys.stdin.isatty()
    view = RichView(index, console, as_json=as_json, quiet=quiet or STATE.quiet)
    session = Shell(index, view)
    if not interactive:
        session.run_lines(_stdin_lines())
        return
    if not view.quiet:
        print("Ask about the facts; :help lists commands, :quit or Ctrl-D leaves.")
    session.run_interactive()


@command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="YAML gold file: questions with expected answers or 'abstain'.")],
    as_json: JsonFlag = False,
    quiet: QuietFlag = False,
) -> None:
    """Score the answers against a gold file of questions.

    \b
    Examples:
      factcli eval tests/questions.yaml
      factcli eval tests/questions.yaml --json
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

        human.evaluation(console(), report, summary_only=quiet or STATE.quiet)


# -- the entry point ------------------------------------------------------------------

def _wants_json(argv: list[str]) -> bool:
    """Did the user ask for JSON? Then even an error from option parsing is JSON."""
    for i, arg in enumerate(argv):
        if arg == "--json" or arg in ("--format=json", "--format=jsonl"):
            return True
        if arg in ("--format", "-f") and i + 1 < len(argv) and argv[i + 1] in JSON_FORMATS:
            return True
    return False


# Click's exception base, found through a public class so that this works whether
# Typer uses click itself or its own copy of it (typer._click).
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def main() -> None:
    """Entry point: run the app; turn a bug into one line and exit 70 unless --debug."""
    argv = sys.argv[1:]
    try:
        # standalone_mode=False hands usage errors to us, so --json gets them as JSON
        code = app(args=argv, prog_name="factcli", standalone_mode=False)
    except _CLICK_ERROR as err:
        if _wants_json(argv):
            _json_error(err.format_message(), [])
        else:
            err.show()
        code = err.exit_code
    except typer.Abort:
        print("Aborted!", file=sys.stderr)
        code = ExitCode.NOT_FOUND
    except FactcliError as err:  # a command forgot to catch: still no traceback
        code = fail(err).exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Exception as err:
        if STATE.debug or "--debug" in argv:
            raise
        print(f"factcli: internal error: {type(err).__name__}: {_plain(str(err))} "
              "(run with --debug for the traceback)", file=sys.stderr)
        code = ExitCode.INTERNAL
    _flush_stdout()
    raise SystemExit(code if isinstance(code, int) else 0)


def _flush_stdout() -> None:
    """Flush now, so a reader that went away shows up here and is handled quietly."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head -1`): stop quietly, as ripgrep does."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)


# -- the on-disk cache -------------------------------------------------------------

cache_app = typer.Typer(name="cache", help="Inspect or clear the on-disk cache of loaded facts.\n\n"
                                             "\b\nExamples:\n  factcli cache info\n  factcli cache clear",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(cache_app)


@cache_app.command("info")
def cache_info(as_json: JsonFlag = False) -> None:
    """Show the cache folder and its entries: which facts location, how many facts, how big.

    Example: factcli cache info --json
    """
    from factcli import cache
    from factcli.render.cacheinfo import cache_report

    report = cache_report(cache.folder(), cache.directory() is not None, cache.location_key(location()))
    if as_json:
        from factcli.render.records import dumps

        print(dumps(report))
    else:
        from factcli.render.cacheinfo import cache_text

        print(cache_text(report))


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cache entry; the next command reads the fact files again.

    Example: factcli cache clear
    """
    from factcli import cache

    folder = cache.folder()
    removed, failed = cache.clear(folder)
    if failed:
        raise fail(UsageError(f"{folder}: could not remove {failed} cache file{'s' * (failed != 1)}; "
                              f"check the folder's permissions"))
    print(f"removed {removed} cache file{'s' * (removed != 1)} from {folder}")
