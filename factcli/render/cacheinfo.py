"""`factcli cache info`: one report as data, shown as JSON or as a few lines of text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcli import cache


def cache_report(folder: Path, enabled: bool, current: str) -> dict[str, Any]:
    """The cache folder, whether it is on, and its entries; `current` marks the entry of
    the facts location this command would use."""
    found = [{**e.to_dict(), "current": e.location == current} for e in cache.entries(folder)]
    return {"directory": str(folder), "enabled": enabled, "disabled_by": None if enabled else cache.DISABLE_VAR,
            "facts_location": current, "bytes": sum(e["bytes"] for e in found), "entries": found}


def cache_text(report: dict[str, Any]) -> str:
    state = "on" if report["enabled"] else f"off ({report['disabled_by']} is set)"
    entries = report["entries"]
    lines = [f"cache folder {report['directory']} ({state})",
             f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}, {_size(report['bytes'])}"]
    for e in entries:
        mark = "*" if e["current"] else " "
        facts = f"{e['facts']} facts, " if e["facts"] is not None else ""
        foreign = e["location"] == cache.FOREIGN
        parts = ", ".join(f"{p['part']} {_size(p['bytes'])}" + ("" if p["current_code"] or foreign else " (older factcli)")
                          for p in e["parts"])
        gone = "" if e["exists"] or foreign else " (location no longer exists)"
        lines.append(f"{mark} {e['location']}{gone}: {facts}{_size(e['bytes'])} ({parts})")
    if any(e["current"] for e in entries):
        lines.append("* the facts location in use")
    return "\n".join(lines)


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} bytes"  # pragma: no cover
