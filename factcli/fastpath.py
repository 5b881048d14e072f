"""The hot path: `factcli [--facts PATH] ask [--json | --quiet] QUESTION`, answered
without importing Typer or Rich.

A lookup tool runs in tight loops (editor integrations, scripts), and Typer's start-up
alone costs several times Python's own. The plainest calls to `ask` - one question, JSON
or the bare answer - need neither Typer's parsing nor Rich's layout, so they are served
here; their output is byte for byte what the full command line prints. Everything else
(other commands or options, help, a blank question, a load long enough for a progress
bar, any error) goes to the full command line in `factcli.cli`, which does the work
again and reports problems its usual way: errors are rare, so they need not be fast.
"""

from __future__ import annotations

import sys

_JSON = "--json"
_QUIET = ("--quiet", "-q")


class _Fallback(Exception):
    """The full command line should handle this call."""


def main() -> None:
    """Console-script entry: the hot path when it applies, else the full command line."""
    _tolerate_closed_streams()
    code = _try(sys.argv[1:])
    if code is None:
        from factcli.cli import main as full_main

        full_main()
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        from factcli.cli import _quiet_broken_pipe

        _quiet_broken_pipe()
    raise SystemExit(code)


def _tolerate_closed_streams() -> None:
    """`factcli ... >&-` starts Python with sys.stdout set to None: what would be
    printed goes nowhere, as into a closed pipe, and the exit code still tells."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives until exit


def _try(argv: list[str]) -> int | None:
    parsed = _parse(argv)
    if parsed is None:
        return None
    facts, question, as_json = parsed  # not JSON means --quiet: the bare answer
    try:
        index = _index(facts)
        from factcli.intake import answer

        result = answer(question, index, top=5)
    except Exception:
        return None
    if as_json:
        from factcli.render.records import answer_record, dumps

        _write(dumps(answer_record(result, index.store)))
    elif result.answered:
        from factcli.render.plain import safe

        _write(safe(result.answer))
    return 0 if result.answered else 1


def _parse(argv: list[str]) -> tuple[str | None, str, bool] | None:
    """(facts, question, json) for the calls served here, else None."""
    facts = None
    quiet = False
    rest = list(argv)
    while rest and rest[0] != "ask":
        option = rest.pop(0)
        if option == "--facts" and rest:
            facts = rest.pop(0)
        elif option.startswith("--facts="):
            facts = option.split("=", 1)[1]
        elif option in _QUIET:
            quiet = True
        else:
            return None
    if not rest:
        return None
    question = None
    as_json = False
    for arg in rest[1:]:
        if arg == _JSON:
            as_json = True
        elif arg in _QUIET:
            quiet = True
        elif arg.startswith("-") or question is not None:
            return None  # another option, '-' for stdin, or a second question
        else:
            question = arg
    if question is None or not question.strip() or not (as_json or quiet) or facts == "":
        return None
    return facts, question, as_json


def _index(facts: str | None):  # -> Index, imported lazily
    import gc

    from factcli.load import facts_location
    from factcli.prepare import prepare

    def progress(stage: str, done: int, total: int) -> None:
        # a load from the files on a terminal deserves the full command line's progress bar
        if sys.stderr.isatty():
            raise _Fallback(stage)

    index = prepare(facts_location(facts), progress=progress).index
    gc.freeze()  # the loaded facts live until exit: later collections need not walk them
    return index


def _write(line: str) -> None:
    sys.stdout.write(line + "\n")
