"""Listings as rich tables that read well from 60 to 200 columns (and piped, unwrapped).

Column widths are decided here, not left to rich, so that the promise holds at any
width: KEY columns (ids, dates) get their full width, NAME columns never break inside
a word, TEXT columns (quotes) wrap. When even that does not fit, each row is shown as a
small card of `name  value` lines instead, which never needs to cut anything.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Column as RichColumn
from rich.table import Table
from rich.text import Text

from factcli.render.listings import KEY, NAME, Listing
from factcli.render.plain import safe

TEXT_MIN = 16  # narrowest a wrapped text column may get before cards read better
TEXT_WORD = 24  # text columns are at least as wide as their longest word, up to this
NAME_ROOM = 24  # a name column gets this much (or its longest name) before text columns grow


def _longest_word(text: str) -> int:
    return max((cell_len(w) for w in text.split()), default=0)


def _natural(text: str) -> int:
    return max((cell_len(line) for line in text.splitlines()), default=0)


def column_widths(listing: Listing, width: int) -> list[int] | None:
    """Content widths that fit `width` (borders and padding counted), or None."""
    cells = [[safe(row[i]) for row in listing.rows] for i in range(len(listing.columns))]
    naturals, minimums = [], []
    for column, values in zip(listing.columns, cells, strict=True):
        natural = max([cell_len(column.name), *(_natural(v) for v in values)])
        if column.kind == KEY:
            least = natural
        elif column.kind == NAME:
            least = max([cell_len(column.name), *(_longest_word(v) for v in values)])
        else:  # whole words where they are not absurdly long
            least = min(natural, max(TEXT_MIN, min(TEXT_WORD, max(_longest_word(v) for v in values))))
        naturals.append(natural)
        minimums.append(least)
    overhead = 3 * len(listing.columns) + 1  # a border and two spaces of padding per column, one closing border
    spare = width - overhead - sum(minimums)
    if spare < 0:
        return None
    widths = list(minimums)
    # names first, each whole up to NAME_ROOM (shortest shortfall first: a name on one
    # line reads best), then every column that still wraps grows in proportion to what
    # it lacks, so long quotes get the most
    names = [i for i, c in enumerate(listing.columns) if c.kind == NAME]
    for i in sorted(names, key=lambda i: naturals[i] - widths[i]):
        want = min(naturals[i], max(widths[i], NAME_ROOM)) - widths[i]
        if want > spare:
            break
        widths[i] += want
        spare -= want
    _grow(widths, naturals, spare)
    return widths


def _grow(widths: list[int], targets: list[int], spare: int) -> int:
    """Widen columns towards `targets` in proportion to their shortfall; the spare left."""
    shortfall = [max(0, t - w) for w, t in zip(widths, targets, strict=True)]
    total = sum(shortfall)
    if total <= spare:
        for i, short in enumerate(shortfall):
            widths[i] += short
        return spare - total
    given = [spare * short // total for short in shortfall]
    left = spare - sum(given)
    # the rounding remainder goes to the columns that lack the most
    for i in sorted(range(len(widths)), key=lambda i: -shortfall[i])[:left]:
        given[i] += 1
    for i, extra in enumerate(given):
        widths[i] += extra
    return 0


def table(console: Console, listing: Listing) -> None:
    """Print the listing as a table, or as cards when the terminal is too narrow."""
    # a column with nothing in it (no fact has qualifiers) only takes room
    listing = listing.project(tuple(c.name for i, c in enumerate(listing.columns)
                                    if i == 0 or any(row[i] for row in listing.rows)))
    widths = column_widths(listing, console.width)
    if widths is None:
        cards(console, listing)
        return
    wraps = any(w < _natural(safe(row[i])) for row in listing.rows for i, w in enumerate(widths))
    columns = [RichColumn(c.name, width=w, no_wrap=c.kind == KEY, overflow="fold", style=c.style)
               for c, w in zip(listing.columns, widths, strict=True)]
    grid = Table(*columns, box=box.SQUARE, show_lines=wraps, header_style="bold")
    for row in listing.rows:
        grid.add_row(*(Text(safe(cell)) for cell in row))
    console.print(grid)


def cards(console: Console, listing: Listing) -> None:
    """One block per row: its first column as a heading, then `name  value` lines."""
    first, *rest = listing.columns
    label_width = max(cell_len(c.name) for c in rest)
    blocks = []
    for row in listing.rows:
        lines = Table.grid(RichColumn(width=label_width, no_wrap=True, style="dim"),
                           RichColumn(overflow="fold"), padding=(0, 1))
        for column, cell in zip(rest, row[1:], strict=True):
            if cell:
                lines.add_row(column.name, Text(safe(cell), style=column.style))
        blocks.append(Group(Text(safe(row[0]), style=f"bold {first.style}"),
                            Padding(lines, (0, 0, 1, 2), expand=False)))
    console.print(Group(*blocks))
