"""Machine formats of a Listing: json, jsonl, yaml, csv, tsv and markdown, each written
so that the standard parser for the format reads it back (json, csv, yaml.safe_load).

JSON and YAML carry the data exactly (their escapes keep control characters away from
the terminal); csv, tsv and markdown are text a person may read in a terminal or a
page, so control characters in them are shown escaped, as in the tables.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from factcli.render.listings import Listing
from factcli.render.plain import one_line, safe
from factcli.render.records import dumps

# table is drawn by render/tables.py; the rest are written here
LISTING_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "markdown", "yaml")
MACHINE_FORMATS = ("json", "jsonl")  # errors are JSON too under these


def write(listing: Listing, fmt: str, out: TextIO) -> None:
    """Write the listing in one of the machine formats (not `table`)."""
    if fmt == "json":
        out.write(dumps(listing.records) + "\n")
    elif fmt == "jsonl":
        for record in listing.records:
            out.write(dumps(record) + "\n")
    elif fmt == "yaml":
        out.write(yaml_text(listing.records))
    elif fmt in ("csv", "tsv"):
        write_delimited(listing.flat, out, "," if fmt == "csv" else "\t", listing.fields)
    elif fmt == "markdown":
        out.write(markdown_table([c.name for c in listing.columns], listing.rows))
    else:  # the command line only offers the choices above
        raise ValueError(f"unknown format {fmt!r}")


def yaml_text(data: Any) -> str:
    """YAML that yaml.safe_load reads back as `data`; long strings stay on one line."""
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=2**31 - 1)


def write_delimited(rows: list[dict[str, Any]], out: TextIO, delimiter: str, header: tuple[str, ...]) -> None:
    """CSV or TSV with a header row; fields holding the delimiter, quotes or newlines are quoted."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if row.get(name) is None else safe(row.get(name)) for name in header])


def markdown_table(header: list[str], rows: list[tuple[str, ...]]) -> str:
    """A GitHub-flavoured Markdown table; pipes escaped, each row on one line."""
    lines = ["| " + " | ".join(_md_cell(h) for h in header) + " |",
             "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _md_cell(value: object) -> str:
    # a pipe would end the cell, a backslash would escape what follows, `<` could open HTML
    return one_line(value).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
