"""The mypyc-compiled copy of the package, built apart from the source tree.

`make compiled` (`python -m bench.compiled`) builds a wheel with `KG_MYPYC=1` (see
`setup.py`) and unpacks it into `build/compiled/`, with a digest of the `kg/` files it was
built from. Nothing compiled ever lands in `kg/` itself: Python would import a stale
extension instead of an edited `.py` file. A process runs the compiled copy when
`build/compiled` comes first on `sys.path` (`python_path_first`); `make bench` measures
extraction both ways and the test suite checks that both give the same output.

Usage: `python -m bench.compiled` (build unless the copy is fresh), `--force` (rebuild).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ROOT / "build" / "compiled"
STAMP = COMPILED / "kg-sources.sha256"


def sources_digest(package: Path = ROOT / "kg") -> str:
    """A digest of every file of the package (code and data), by path and content.

    >>> sources_digest() == sources_digest()
    True
    """
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".so":
            digest.update(str(path.relative_to(package)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def fresh() -> Path | None:
    """The compiled copy, when it was built from the package as it is now; else None."""
    if STAMP.exists() and STAMP.read_text().strip() == sources_digest():
        return COMPILED
    return None


def build() -> Path:
    """Build the compiled copy into `COMPILED` (about 2.5 CPU minutes, most of it C compilation
    spread over every core: see `setup.py`)."""
    digest = sources_digest()
    for stale in (*ROOT.glob("build/lib.*"), *ROOT.glob("build/bdist.*")):
        shutil.rmtree(stale)  # setuptools would pack a module deleted from kg/ since
    with tempfile.TemporaryDirectory() as wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps",
             "-w", wheels, str(ROOT)],
            check=True, cwd=ROOT, env={**os.environ, "KG_MYPYC": "1"},
        )  # fmt: skip
        shutil.rmtree(COMPILED, ignore_errors=True)
        (wheel,) = Path(wheels).glob("*.whl")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
             str(COMPILED), str(wheel)],
            check=True,
        )  # fmt: skip
    STAMP.write_text(digest + "\n")
    return COMPILED


def python_path_first(folder: Path) -> str:
    """Python code that puts `folder` first on `sys.path`, to run before `kg` is imported:
    `-c` and `-m` put the working directory (here, the source tree) before `PYTHONPATH`."""
    return f"import sys; sys.path.insert(0, {str(folder)!r})"


def main(argv: list[str]) -> int:
    if argv not in ([], ["--force"]):
        print(__doc__, file=sys.stderr)
        return 2
    if argv or fresh() is None:
        print(f"building the compiled copy in {COMPILED} …", file=sys.stderr)
        build()
    print(COMPILED)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
