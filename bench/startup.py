"""Cold start: `factcli ask --json "who led the Russian side"` against `python -c "import typer"`.

Each run is a new process; the two commands alternate in one run so both see the same
machine load, and the figure is the ratio of their median wall times (the issue's target:
at most 1.3). The first factcli run warms the on-disk cache and is not counted.

    python bench/startup.py            # human summary
    python bench/startup.py --json     # {"runs", "factcli_ms", "import_typer_ms", "ratio", ...}
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTION = "who led the Russian side"


def factcli_command() -> list[str]:
    """The installed console script next to this Python, else `python -m factcli`."""
    script = Path(sys.executable).with_name("factcli")
    if script.exists():
        return [str(script)]
    found = shutil.which("factcli")
    return [found] if found else [sys.executable, "-m", "factcli"]


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"startup: {' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-300:]}")
    return elapsed


def measure(runs: int, env: dict[str, str]) -> dict[str, object]:
    ask = [*factcli_command(), "ask", "--json", QUESTION]
    typer = [sys.executable, "-c", "import typer"]
    wall(ask, env)  # warm the facts cache and the OS file cache; not counted
    wall(typer, env)
    asks: list[float] = []
    typers: list[float] = []
    for _ in range(runs):
        asks.append(wall(ask, env))
        typers.append(wall(typer, env))
    ask_ms, typer_ms = statistics.median(asks) * 1000, statistics.median(typers) * 1000
    return {"runs": runs, "factcli_ms": round(ask_ms, 1), "import_typer_ms": round(typer_ms, 1),
            "ratio": round(ask_ms / typer_ms, 2), "command": " ".join(ask[-3:]), "python": sys.version.split()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="measurements of each command (default 21)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    # PYTHONDONTWRITEBYTECODE would make an editable install compile factcli's sources on
    # every run, while typer (installed by pip) has its bytecode: an installed factcli has
    # its bytecode too, so let the warm-up run write it.
    env = {k: v for k, v in os.environ.items()
           if k not in ("FACTCLI_FACTS", "FACTCLI_NO_CACHE", "PYTHONDONTWRITEBYTECODE")}
    with tempfile.TemporaryDirectory(prefix="factcli-bench-") as cache_home:
        env["XDG_CACHE_HOME"] = cache_home  # a private cache, warmed by the first run
        result = measure(args.runs, env)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"factcli ask --json: median {result['factcli_ms']} ms; python -c 'import typer': "
              f"median {result['import_typer_ms']} ms; ratio {result['ratio']} over {args.runs} alternating runs")


if __name__ == "__main__":
    main()
