"""`make bench-large`: `kg build` of 10k, 30k and 100k articles, as a user runs it.

Each build is one `kg build CORPUS -g GRAPH --jobs 2` process (extract in two workers,
merge, save the tables and the database), timed from start to exit; its peak RSS is the
main process's (`os.wait4`: it holds the graph; each extraction worker adds about
110 MiB), its CPU seconds the process's and its workers' (`cpu_s`: on a machine that
other jobs load, the figure that compares from one run to the next). Whether the cost
stays linear shows in `s_per_1k` and `cpu_s_per_1k` (seconds per thousand articles) from
one size to the next. Targets (issue 14): 100k articles in < 10 min and
< 8 GiB.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: Worker processes for extraction (the machine this was measured on has two cores).
JOBS = 2
TARGET_S = 600.0
TARGET_MIB = 8 * 1024.0


def build_process(folder: Path) -> dict[str, Any]:
    """Run `kg build` on the corpus in `folder`; wall time, peak RSS, size of the graph."""
    articles = len(list(folder.glob("*.txt")))
    kg = Path(sys.executable).parent / "kg"
    with tempfile.TemporaryDirectory(prefix="kg-large-") as tmp:
        graph = Path(tmp) / "large.graph"
        command = [str(kg), "build", str(folder), "-g", str(graph), "--jobs", str(JOBS)]
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert child.stderr is not None
        stderr = child.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            return {"error": stderr.strip().splitlines()[-1:]}
        size = sum(f.stat().st_size for f in graph.rglob("*") if f.is_file())
    found = re.search(r"(\d+) nodes, (\d+) relationships", stderr)
    peak = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime  # the workers' too: the build reaps them
    return {
        "articles": articles,
        "seconds": seconds,
        "s_per_1k": 1000 * seconds / articles,
        "cpu_s": cpu,
        "cpu_s_per_1k": 1000 * cpu / articles,
        "build_peak_rss_mib": peak,
        "graph_mib": size / 2**20,
        "nodes": int(found.group(1)) if found else None,
        "relationships": int(found.group(2)) if found else None,
        "target_met": seconds < TARGET_S * articles / 100_000 and peak < TARGET_MIB,
    }
