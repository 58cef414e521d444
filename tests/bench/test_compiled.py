"""The mypyc-compiled copy of `kg` (`bench.compiled`, `make compiled`) extracts exactly
what the Python source extracts. Skipped when no copy of the current sources is built."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import compiled
from bench.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[2]
BUILT = compiled.fresh()

pytestmark = pytest.mark.skipif(
    BUILT is None, reason="no compiled copy of the current sources (make compiled)"
)

# Prints, for each file named on the command line, its article's JSON; and first, the file
# of the pipeline module, to show the compiled copy was the one imported.
EXTRACT = """
import json, sys
from pathlib import Path
import kg
from kg.extraction import pipeline
print(pipeline.__file__)
for path in sys.argv[1:]:
    print(kg.extract(Path(path).read_text(encoding="utf-8")).model_dump_json())
"""


def _extract(paths: list[Path], first_on_path: Path | None) -> list[str]:
    code = EXTRACT if first_on_path is None else compiled.python_path_first(first_on_path) + EXTRACT
    run = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        capture_output=True, text=True, check=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    return run.stdout.splitlines()


def test_compiled_and_python_extract_the_same(tmp_path: Path) -> None:
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *write_corpus(tmp_path, 40, seed=7)]
    pure = _extract(paths, None)
    built = _extract(paths, BUILT)
    assert pure[0].endswith(".py") and built[0].endswith(".so")
    assert len(built) == len(pure) == len(paths) + 1
    assert all(json.loads(line)["entities"] for line in pure[1:])  # they say something
    assert built[1:] == pure[1:]
