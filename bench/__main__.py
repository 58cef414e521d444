"""`make bench`: speed and memory of extraction and graph building, one process per figure.

Generates the synthetic corpora once (`bench/corpus/1k`, `bench/corpus/10k`, gitignored),
then runs each figure in a fresh Python process so that its peak RSS is its own (taken
from `os.wait4`) and no figure warms the caches of the next. Prints a table and writes
`bench/results.json`. Exits non-zero only when a figure crashed; a missed target is
reported, not fatal.

Usage: `python -m bench` (everything), `python -m bench --large` (`make bench-large`: whole
`kg build` processes of 10k, 30k and 100k articles, for time, peak memory and linearity;
about half an hour on two cores), or
`python -m bench --figure NAME DIR` (one figure on one corpus, printing its JSON result —
what the parent runs in each child). `make bench` first builds the mypyc-compiled copy of
the package (`make compiled`, `bench/compiled.py`) and measures extraction on both: "extract"
(the Python source) and "extract (compiled)".
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench import compiled, extract_bench
from bench.corpus import write_corpus

ROOT = Path(__file__).resolve().parent
CORPORA = {"1k": 1_000, "10k": 10_000, "30k": 30_000, "100k": 100_000}
SEED = 0
TARGET_RATE = 500.0  # extraction articles/s on one core (issue 6)
TARGET_RATIO = 20.0  # extraction no slower than 20x the read + normalize floor
HAS_GRAPH_BENCH = importlib.util.find_spec("bench.graph_bench") is not None
COMPILED_FIGURE = "extract (compiled)"  # "extract" run on the mypyc-compiled copy

Result = dict[str, Any]


def _figures() -> dict[str, Callable[[Path], Result]]:
    figures: dict[str, Callable[[Path], Result]] = {
        "read+normalize": extract_bench.floor,
        "extract": extract_bench.extraction,
        "extract --jobs 2": partial(extract_bench.extraction, jobs=2),
    }
    if HAS_GRAPH_BENCH:
        figures["kg build"] = _graph_build
    figures["kg build process"] = _build_process
    return figures


def _graph_build(folder: Path) -> Result:
    """The graph figure, imported only when asked: the graph stack (networkx, pyarrow, the
    store's engines) would otherwise load into every figure's process, its CPU and peak RSS."""
    run: Callable[[Path], Result] = importlib.import_module("bench.graph_bench").run
    return run(folder)


def _build_process(folder: Path) -> Result:
    """`kg build` as one whole process (`bench/large.py`)."""
    run: Callable[[Path], Result] = importlib.import_module("bench.large").build_process
    return run(folder)


# (figure, corpus) in the order they run.
PLAN = (
    ("read+normalize", "1k"),
    ("extract", "1k"),
    ("extract (compiled)", "1k"),
    ("extract --jobs 2", "1k"),
    ("kg build", "1k"),
    ("kg build", "10k"),
)


def ensure_corpus(name: str) -> Path:
    """The corpus folder, generated unless it already holds this size and seed."""
    folder = ROOT / "corpus" / name
    stamp = folder / "corpus.json"
    wanted = {"articles": CORPORA[name], "seed": SEED}
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"writing the {name} corpus to {folder} …", file=sys.stderr)
    write_corpus(folder, CORPORA[name], seed=SEED)
    stamp.write_text(json.dumps(wanted))
    return folder


def run_figure(figure: str, folder: Path) -> Result:
    """Run one figure in a child process; its result plus its peak RSS in MiB.

    "extract (compiled)" is the "extract" figure in a child that imports the mypyc-compiled
    copy of `kg` (`bench.compiled`), when one built from the current sources exists."""
    command = [sys.executable, "-m", "bench", "--figure", figure, str(folder)]
    if figure == COMPILED_FIGURE:
        first = compiled.python_path_first(compiled.COMPILED)
        run_main = "from bench.__main__ import main; sys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", f"{first}; {run_main}", "--figure", "extract", str(folder)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT.parent)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        return {"error": f"exit code {child.returncode}"}
    result: Result = json.loads(output.strip().splitlines()[-1])
    result["peak_rss_mib"] = usage.ru_maxrss / 1024  # Linux reports KiB
    return result


#: `make bench-large` (`python -m bench --large`): `kg build` processes of 10k, 30k and 100k
#: articles (`bench/large.py`), to see whether cost stays linear.
PLAN_LARGE = (
    ("kg build process", "10k"),
    ("kg build process", "30k"),
    ("kg build process", "100k"),
)


def main(argv: list[str]) -> int:
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    if argv and argv != ["--large"] and (argv[0] != "--figure" or len(argv) != 3):
        print(f"bench: unknown arguments {' '.join(argv)!r} (try --help)", file=sys.stderr)
        return 2
    if argv[:1] == ["--figure"]:
        figure, folder = argv[1], Path(argv[2])
        if figure == COMPILED_FIGURE:  # its own child, which imports the compiled copy
            if compiled.fresh() is None:
                print(
                    "bench: no compiled copy of the current sources (make compiled)",
                    file=sys.stderr,
                )
                return 2
            print(json.dumps(run_figure(figure, folder)))
            return 0
        print(json.dumps(_figures()[figure](folder)))
        return 0
    notes = [] if HAS_GRAPH_BENCH else ["bench/graph_bench.py is not written yet: no kg build rows"]
    rows = []
    for figure, corpus in PLAN_LARGE if argv[:1] == ["--large"] else PLAN:
        if figure == COMPILED_FIGURE and compiled.fresh() is None:
            notes.append(f"{figure}: no compiled copy of the current sources (make compiled)")
            continue
        if figure not in _figures() and figure != COMPILED_FIGURE:
            continue
        print(f"running {figure} on {corpus} …", file=sys.stderr)
        rows.append(
            {"figure": figure, "corpus": corpus, **run_figure(figure, ensure_corpus(corpus))}
        )
    targets = _targets(rows)
    print(_table(rows, targets, notes))
    results = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "figures": rows,
        "targets": targets,
        "notes": notes,
    }
    (ROOT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 1 if any("error" in row for row in rows) else 0


#: Issue 14's targets for whole processes on the largest graph `make bench` builds: the
#: figure of the `kg build` row (`bench/graph_bench.py`) and the most it may be.
TARGETS_10K = {
    "first kg query, s": ("cmd_query_s", 2.0),
    "first kg query, peak MiB": ("cmd_query_mib", 1024.0),
    "slowest cypher/ file p95, ms": ("cypher_p95_ms", 100.0),
    "kg.load, s": ("cmd_load_s", 3.0),
    "kg lookup, s": ("cmd_lookup_s", 1.0),
    "kg neighbors --hops 2 --format json (every neighbour), s": ("cmd_neighbors2_s", 1.0),
    "kg neighbors --hops 2 (table: 20 of each hop), s": ("cmd_neighbors2_table_s", 1.0),
    "kg path, s": ("cmd_path_s", 1.0),
}


def _targets(rows: list[Result]) -> dict[str, Result]:
    """Issue 6's targets for extraction and issue 14's for the biggest graph built, with the
    measured values (and CPU seconds beside wall seconds)."""
    return _extraction_targets(rows) | _graph_targets(rows)


def _graph_targets(rows: list[Result]) -> dict[str, Result]:
    built = [r for r in rows if r["figure"] == "kg build" and "error" not in r]
    if not built:
        return {}
    row = max(built, key=lambda r: r.get("articles", 0))
    slowest = max((c["p95_ms"] for c in row.get("cypher", {}).values()), default=None)
    row = {**row, "cypher_p95_ms": slowest}
    out: dict[str, Result] = {}
    for name, (figure, most) in TARGETS_10K.items():
        value = row.get(figure)
        if value is None:
            continue
        target: Result = {"value": value, "target": most, "met": value < most, "below": True}
        cpu = row.get(figure.removesuffix("_s") + "_cpu_s") if figure.endswith("_s") else None
        if cpu is not None:
            target["cpu_s"] = cpu
        out[f"{row['corpus']} {name}"] = target
    return out


def _extraction_targets(rows: list[Result]) -> dict[str, Result]:
    rate = {r["figure"]: r.get("articles_per_s") for r in rows if r["corpus"] == "1k"}
    extract, floor = rate.get("extract"), rate.get("read+normalize")
    if extract is None or floor is None:
        return {}
    ratio = floor / extract
    compiled_rate = rate.get(COMPILED_FIGURE)
    return {
        "extract_articles_per_s": {
            "value": extract,
            "target": TARGET_RATE,
            "met": extract >= TARGET_RATE,
        },
        **(
            {}
            if compiled_rate is None
            else {
                "extract_compiled_articles_per_s": {
                    "value": compiled_rate,
                    "target": TARGET_RATE,
                    "met": compiled_rate >= TARGET_RATE,
                }
            }
        ),
        "floor_over_extract": {
            "value": ratio,
            "target": TARGET_RATIO,
            "met": ratio <= TARGET_RATIO,
        },
    }


def _table(rows: list[Result], targets: dict[str, Result], notes: list[str]) -> str:
    shown = ("articles", "seconds", "articles_per_s", "peak_rss_mib")
    header = ("figure", "corpus", "articles", "seconds", "articles/s", "peak RSS MiB", "other")
    lines = [header]
    for row in rows:
        other = {k: v for k, v in row.items() if k not in (*shown, "figure", "corpus")}
        lines.append(
            (row["figure"], row["corpus"], *(_cell(row.get(k)) for k in shown),
             ", ".join(f"{k}={_cell(v)}" for k, v in other.items()))
        )  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
    ]
    for name, target in targets.items():
        verdict = "met" if target["met"] else "MISSED"
        bound = f"{'<' if target.get('below') else 'target'} {target['target']:g}"
        cpu = f", CPU {target['cpu_s']:.2f} s" if "cpu_s" in target else ""
        value = f"{target['value']:.{2 if target['value'] < 10 else 1}f}"
        text.append(f"{name}: {value}{cpu} ({bound}) {verdict}")
    return "\n".join([*text, *notes])


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if value < 100 else f"{value:.0f}"
    return str(value)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
