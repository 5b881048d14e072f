"""Scale benchmark: load, cache and answer synthetic stores of growing size.

    python bench/scale.py generate N DIR                      # write a store of N facts under DIR
    python bench/scale.py --sizes 1000,10000,100000 --json    # measure; {"machine", "runs": [...]}

Per size, in new processes (so peak memory is per size and nothing is shared):
  1. cold: load the YAML with validation (no cache to read) and build the index, then
     write the cache database; `cold_load_s` is load + build, `cache_write_s` the
     writing, `cache_mb` the database's size.
  2. cached: open the cache database and check it against the files
     (`cached_load_s`: the index is queried in place, nothing is read whole), then
     ask every question of the store's mixed set (direct, paraphrase, typo,
     unanswerable) in process: `ask_p50_ms`, `ask_p95_ms`, and `ask_right` (answered
     right, or declined when unanswerable).
  3. the command line, cache warm, a new process each time, median of 5 runs taken in
     turn with the same against the shipped facts:
     - `cli_ask_ms`: `factcli --facts STORE ask --json "%s"` (the same words
       for every store and the shipped facts: a name no store knows, so it scores
       every fact that shares a word), against `cli_ask_shipped_ms`; `cli_ask_ratio`.
     - `cli_ask_named_ms`: the store's first direct question (it names an entity of
       the store), against `factcli ask --json "%s"` on the shipped facts
       (`cli_ask_named_shipped_ms`); `cli_ask_named_ratio`.
`peak_rss_mb` is the larger peak of the two measuring processes (the cold one, which
parses the YAML, is the larger); `peak_rss_cached_mb` that of the cached one alone.
Stores are generated under --workdir (default: a temporary folder, removed after).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI_QUESTION = "Who leads the Zyxqux Institute?"  # the same words for every store
SHIPPED_QUESTION = "who led the Russian side"  # the cold-start question of issue 5
__doc__ = __doc__ % (CLI_QUESTION, SHIPPED_QUESTION)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "generate":
        return generate_command(sys.argv[2:])
    if len(sys.argv) > 1 and sys.argv[1] == "_measure":
        return print(json.dumps(measure(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))))
    parser = argparse.ArgumentParser(description="Measure load, cache and ask at growing store sizes.",
                                     epilog="Also: python bench/scale.py generate N DIR")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated fact counts (default 1000,10000)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--workdir", type=Path, help="keep generated stores here and reuse them")
    parser.add_argument("--repeat", type=int, default=1, help="ask each question this many times (default 1)")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="factcli-scale-"))
    try:
        runs = []
        for size in sizes:
            run = run_size(size, workdir, args.repeat)
            runs.append(run)
            if not args.json:
                print(_line(run), flush=True)
        if args.json:
            print(json.dumps({"machine": machine(), "runs": runs}))
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


def generate_command(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="scale.py generate", description="Write a synthetic store of N facts.")
    parser.add_argument("n", type=int)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from synth import generate

    counts = generate(args.n, args.dir, args.seed)
    print(json.dumps({**counts, "facts_dir": str(args.dir / "facts")}))


def store_for(size: int, workdir: Path) -> Path:
    """A generated store of `size` facts under workdir, reused when already there."""
    root = workdir / f"store-{size}"
    marker = root / "generated.json"
    if not marker.exists():
        shutil.rmtree(root, ignore_errors=True)
        done = subprocess.run([sys.executable, str(HERE / "scale.py"), "generate", str(size), str(root)],
                              check=True, capture_output=True, text=True)
        marker.write_text(done.stdout)
    return root


def run_size(size: int, workdir: Path, repeat: int) -> dict[str, object]:
    root = store_for(size, workdir)
    cache_home = root / "cache"
    shutil.rmtree(cache_home, ignore_errors=True)
    cold = _child("cold", root, repeat)
    cached = _child("cached", root, repeat)
    shipped_home = workdir / "shipped-cache"
    cli, shipped = cli_ask_ms([(root / "facts", cache_home, CLI_QUESTION), (None, shipped_home, CLI_QUESTION)])
    named = next(q["question"] for q in json.loads((root / "questions.json").read_text(encoding="utf-8"))
                 if q["kind"] == "direct")
    cli_named, shipped_named = cli_ask_ms([(root / "facts", cache_home, named), (None, shipped_home, SHIPPED_QUESTION)])
    return {
        "facts": cold["facts"],
        "cold_load_s": cold["cold_load_s"],
        "cached_load_s": cached["cached_load_s"],
        "ask_p50_ms": cached["ask_p50_ms"],
        "ask_p95_ms": cached["ask_p95_ms"],
        "peak_rss_mb": max(cold["peak_rss_mb"], cached["peak_rss_mb"]),
        "peak_rss_cached_mb": cached["peak_rss_mb"],
        "store_load_s": cold["store_load_s"],
        "index_build_s": cold["index_build_s"],
        "cache_write_s": cold["cache_write_s"],
        "cache_mb": round(sum(p.stat().st_size for p in (cache_home / "factcli").glob("*.sqlite")) / 1e6, 1),
        "questions": cached["questions"],
        "ask_right": cached["ask_right"],
        "cli_ask_ms": cli,
        "cli_ask_shipped_ms": shipped,
        "cli_ask_ratio": round(cli / shipped, 2),
        "cli_ask_named_question": named,
        "cli_ask_named_ms": cli_named,
        "cli_ask_named_shipped_ms": shipped_named,
        "cli_ask_named_ratio": round(cli_named / shipped_named, 2),
        "files": cold["files"], "sources": cold["sources"], "entities": cold["entities"],
    }


def _child(mode: str, root: Path, repeat: int) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(root / "cache")}
    env.pop("FACTCLI_NO_CACHE", None)
    done = subprocess.run([sys.executable, str(HERE / "scale.py"), "_measure", mode, str(root), str(repeat)],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"scale: measuring {mode} at {root} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def measure(mode: str, root: Path, repeat: int) -> dict[str, object]:
    """Runs in a fresh process: one mode's figures for one store."""
    from factcli import cache as disk_cache
    from factcli import indexcache
    from factcli.index import Index
    from factcli.load import load, paused_gc

    location = root / "facts"
    out: dict[str, object] = {}
    if mode == "cold":
        with paused_gc():  # as prepare() runs a command's load, build and cache write
            start = time.perf_counter()
            result = load(location, cache=True)
            loaded = time.perf_counter()
            if result.problems or result.inputs is None:
                raise SystemExit(f"the synthetic store does not validate: {result.problems[:3]}")
            index = Index.build(result.store)
            built = time.perf_counter()
            if not indexcache.write(disk_cache.directory(), location, result.store, index, result.inputs):
                raise SystemExit("scale: the cache could not be written")
            written = time.perf_counter()
        store = result.store
        out.update(facts=len(store.facts), files=len(store.files), sources=len(store.sources),
                   entities=len(store.entities),
                   store_load_s=round(loaded - start, 3), index_build_s=round(built - loaded, 3),
                   cold_load_s=round(built - start, 3), cache_write_s=round(written - built, 3))
    else:
        from factcli.answer import ask
        from factcli.prepare import prepare

        start = time.perf_counter()
        prepared = prepare(location, cache=True)
        out["cached_load_s"] = round(time.perf_counter() - start, 3)
        if not (prepared.store_cached and prepared.index_cached):
            raise SystemExit(f"scale: the cache was not used ({prepared})")
        questions = json.loads((root / "questions.json").read_text(encoding="utf-8"))
        latencies, right = [], 0
        for _ in range(repeat):
            for q in questions:
                t = time.perf_counter()
                answer = ask(q["question"], prepared.index)
                latencies.append((time.perf_counter() - t) * 1000)
                right += _right(answer, q["expect"])
        latencies.sort()
        out.update(ask_p50_ms=round(statistics.median(latencies), 2),
                   ask_p95_ms=round(latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))], 2),
                   questions=len(questions), ask_right=round(right / (len(questions) * repeat), 3))
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux
    return out


def _right(answer, expect) -> bool:
    if expect == "abstain":
        return not answer.answered
    return bool(answer.answered and any(e.lower() in answer.answer.lower() for e in expect))


def cli_ask_ms(calls: list[tuple[Path | None, Path, str]], runs: int = 5) -> list[float]:
    """Median wall time of a new `factcli [--facts F] ask --json Q` process per call,
    each cache warmed first; the calls are run in turn, so a busy spell on the machine
    hits them alike."""
    commands = []
    for facts, cache_home, question in calls:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
        env.pop("FACTCLI_NO_CACHE", None)
        env.pop("FACTCLI_FACTS", None)
        command = [sys.executable, "-m", "factcli", *(["--facts", str(facts)] if facts else []), "ask", "--json",
                   question]
        subprocess.run(command, env=env, capture_output=True)  # warm
        commands.append((command, env))
    times: list[list[float]] = [[] for _ in calls]
    for _ in range(runs):
        for k, (command, env) in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True)
            times[k].append((time.perf_counter() - start) * 1000)
    return [round(statistics.median(t), 1) for t in times]


def machine() -> dict[str, object]:
    memory = None
    try:
        with open("/proc/meminfo") as info:
            memory = round(int(info.readline().split()[1]) / 2**20, 1)
    except (OSError, ValueError, IndexError):
        pass
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gib": memory, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}"}


def _line(run: dict) -> str:
    return (f"{run['facts']:>9} facts: cold load {run['cold_load_s']} s (store {run['store_load_s']} s, "
            f"index {run['index_build_s']} s), cached load {run['cached_load_s']} s, ask p50 {run['ask_p50_ms']} ms "
            f"p95 {run['ask_p95_ms']} ms, peak RSS {run['peak_rss_mb']} MB (cached {run['peak_rss_cached_mb']} MB), "
            f"cache {run['cache_mb']} MB, cli ask {run['cli_ask_ms']} ms (shipped {run['cli_ask_shipped_ms']} ms, "
            f"ratio {run['cli_ask_ratio']}), cli ask naming an entity {run['cli_ask_named_ms']} ms (shipped "
            f"{run['cli_ask_named_shipped_ms']} ms, ratio {run['cli_ask_named_ratio']}), right {run['ask_right']}")


if __name__ == "__main__":
    main()
