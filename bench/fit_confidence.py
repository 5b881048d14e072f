"""Fit the weights of ask's confidence model on gold question files.

A candidate answer's score is a logistic function of its features (see
factcli/answer.py `_score`). The weights are fitted as a choice model: each gold
question picks one of its candidates, or declines; the right pick is the right
candidate, or declining when none is right (unanswerable questions). This fits what
ask does with the scores (rank, then answer only if the best is good enough) better
than fitting each candidate's chance on its own: cross-validated over the six
training files, 545 of 711 answerable questions right against 533. Then the top
answer's calibration (log-odds and margin to the best rival -> chance of being right)
is fitted by logistic regression. Newton's method with an L2 penalty, pure Python;
the weights are printed ready to paste into factcli/confidence.py.

    python bench/fit_confidence.py tests/questions.yaml tests/heldout.yaml tests/dev2.yaml \
        tests/heldout2.yaml tests/dev3.yaml tests/dev5.yaml
    python bench/fit_confidence.py --check tests/other.yaml   # log-loss of the current weights
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from factcli import answer, confidence
from factcli.evaluate import read_gold, right_answer
from factcli.index import Index
from factcli.load import load_store, shipped_facts
from factcli.question import analyse


def ranked_gold(paths: list[Path], index: Index):
    """(gold question, its ranked candidates) for every question not refused before
    confidence matters; candidates with a fixed confidence (cards) are left out."""
    for path in paths:
        for gold in read_gold(path):
            analysis = analyse(gold.question, index)
            if analysis.stems and not analysis.strange:
                yield gold, [c for c in answer.rank(analysis, index) if c.slot not in ("card", "named")]


def rows(paths: list[Path], index: Index) -> list[tuple[dict[str, float], int, float]]:
    """(features, label, weight) per candidate; each question weighs 1 in total."""
    out = []
    for gold, candidates in ranked_gold(paths, index):
        for c in candidates:
            label = int(gold.expect is not None and right_answer(gold.expect, c.answer))
            out.append((c.details, label, 1.0 / len(candidates)))
    return out


def question_rows(paths: list[Path], index: Index) -> list[tuple[list[dict[str, float]], int | None]]:
    """Per question: its candidates' features, and which one is right (the first right
    one in rank order), or None when declining is right (unanswerable, or no right
    candidate at all)."""
    out = []
    for gold, ranked in ranked_gold(paths, index):
        candidates = ranked[:8]
        if not candidates:
            continue
        right = next((k for k, c in enumerate(candidates)
                      if gold.expect is not None and right_answer(gold.expect, c.answer)), None)
        out.append(([c.details for c in candidates], right))
    return out


def fit_listwise(data, names: list[str], penalty: float, steps: int = 40) -> list[float]:
    """Weights [bias, *names] of a choice model: each question picks one of its
    candidates or declines (a fixed score of 0); the right choice is the right
    candidate, or declining for a question no candidate answers. This fits what ask
    does with the scores - rank, then answer only above a line - rather than each
    candidate's chance alone."""
    size = len(names) + 1

    def accumulate(w: list[float], grad: list[float], hess: list[list[float]]) -> None:
        for candidates, right in data:
            xs = [[1.0] + [float(c[n]) for n in names] for c in candidates]
            zs = [max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True)))) for x in xs]
            top = max(0.0, *zs)
            es = [math.exp(z - top) for z in zs]
            norm = math.exp(-top) + sum(es)
            ps = [e / norm for e in es]
            mean = [sum(p * x[j] for p, x in zip(ps, xs, strict=True)) for j in range(size)]
            chosen = xs[right] if right is not None else [0.0] * size
            for j in range(size):
                grad[j] += chosen[j] - mean[j]
                for k in range(size):
                    hess[j][k] += sum(p * x[j] * x[k] for p, x in zip(ps, xs, strict=True)) - mean[j] * mean[k]

    return _newton(size, accumulate, penalty, steps)


def top_rows(paths: list[Path], index: Index) -> list[tuple[dict[str, float], int, float]]:
    """(log-odds, margin) of each question's top candidate and whether it is right."""
    out = []
    for gold, ranked in ranked_gold(paths, index):
        if not ranked:
            continue
        best = ranked[0]
        label = int(gold.expect is not None and right_answer(gold.expect, best.answer))
        features = {"log_odds": confidence.logit(best.score), "margin": answer._margin_to_rivals(best, ranked)}
        out.append((features, label, 1.0))
    return out


def fit(data, names: list[str], penalty: float, steps: int = 30) -> list[float]:
    """Weights [bias, *names] maximising the weighted log-likelihood minus penalty*|w|^2."""
    size = len(names) + 1

    def accumulate(w: list[float], grad: list[float], hess: list[list[float]]) -> None:
        for features, label, weight in data:
            x = [1.0] + [float(features[n]) for n in names]
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(a * b for a, b in zip(w, x, strict=True))))))
            for j in range(size):
                grad[j] += weight * (label - p) * x[j]
                for k in range(size):
                    hess[j][k] += weight * p * (1 - p) * x[j] * x[k]

    return _newton(size, accumulate, penalty, steps)


def _newton(size: int, accumulate, penalty: float, steps: int) -> list[float]:
    """Newton's method on a concave log-likelihood with an L2 penalty on all but the
    bias: `accumulate(w, grad, hess)` adds the data's gradient and negated Hessian."""
    w = [0.0] * size
    for _ in range(steps):
        grad = [0.0] * size
        hess = [[0.0] * size for _ in range(size)]
        accumulate(w, grad, hess)
        for j in range(1, size):
            grad[j] -= 2 * penalty * w[j]
            hess[j][j] += 2 * penalty
        step = _solve(hess, grad)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def log_loss(data, bias: float, weights: dict[str, float]) -> float:
    total = norm = 0.0
    for features, label, weight in data:
        z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items() if isinstance(v, float))
        p = min(1 - 1e-9, max(1e-9, 1 / (1 + math.exp(-max(-30, min(30, z))))))
        total -= weight * (label * math.log(p) + (1 - label) * math.log(1 - p))
        norm += weight
    return total / norm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--penalty", type=float, default=0.5, help="L2 penalty (default 0.5)")
    parser.add_argument("--check", action="store_true", help="only report the current weights' log-loss")
    args = parser.parse_args()
    index = Index.build(load_store(shipped_facts()))
    data = rows(args.gold, index)
    if args.check:
        print(f"log-loss of the current weights: {log_loss(data, confidence.CONFIDENCE_BIAS, confidence.CONFIDENCE_WEIGHTS):.4f}")
        return
    names = sorted(k for k, v in data[0][0].items() if isinstance(v, float) and k not in ("heuristic", "likelihood"))
    w = fit_listwise(question_rows(args.gold, index), names, args.penalty)
    weights = dict(zip(names, w[1:], strict=True))
    # the calibration of the top answer is fitted on the ranking the new weights give
    confidence.CONFIDENCE_BIAS, confidence.CONFIDENCE_WEIGHTS = w[0], weights
    tops = top_rows(args.gold, index)
    c = fit(tops, ["log_odds", "margin"], 0.1)
    print(f"# {len(data)} candidates, log-loss {log_loss(data, w[0], weights):.4f}; "
          f"{len(tops)} top answers, {sum(t[1] for t in tops)} right")
    print(f"CONFIDENCE_BIAS = {w[0]:.3f}")
    print("CONFIDENCE_WEIGHTS: dict[str, float] = {")
    for name in names:
        print(f'    "{name}": {weights[name]:.3f},')
    print("}")
    print(f"CALIBRATION = ({c[1]:.3f}, {c[2]:.3f}, {c[0]:.3f})")


if __name__ == "__main__":
    main()
