"""Each figure's process holds what that figure needs: the extraction figures load no graph."""

from __future__ import annotations

import subprocess
import sys

import pytest

GRAPH_STACK = ("networkx", "pyarrow", "kg.store.embedded")


@pytest.mark.parametrize(
    "statement",
    ["import kg.batch", "from bench.__main__ import _figures; _figures()"],
)
def test_extraction_loads_no_graph_stack(statement: str) -> None:
    probe = f"{statement}; import sys; print(*[m for m in {GRAPH_STACK!r} if m in sys.modules])"
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.split() == []


def test_the_graph_figure_is_still_listed() -> None:
    from bench.__main__ import HAS_GRAPH_BENCH, _figures

    assert ("kg build" in _figures()) == HAS_GRAPH_BENCH


@pytest.mark.parametrize(("argv", "code"), [(["--help"], 0), (["-h"], 0), (["--fast"], 2)])
def test_help_and_unknown_arguments_run_no_benchmark(argv: list[str], code: int) -> None:
    """`python -m bench --help` prints its usage instead of starting the whole benchmark."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", *argv], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == code
    assert "running" not in done.stderr
    assert ("Usage:" in done.stdout) == (code == 0)


def test_a_command_s_peak_memory_is_its_own() -> None:
    """A command started from the bench process, which holds a whole graph, reports its own
    peak RSS, not the bench process's (Linux counts that in until the command's exec)."""
    from bench.graph_bench import _process

    held = b"x" * (300 << 20)  # this process: over 300 MiB
    wall, cpu, mib = _process([sys.executable, "-c", "pass"])
    assert mib < 100 < len(held) >> 20
    assert 0 < cpu <= wall + 1
