"""The build's one optional step: with `KG_MYPYC=1`, mypyc compiles the extraction hot path.

Black and mypy ship the same way: the source is plain, type-checked Python, and a wheel
built with the switch on holds C extensions of the listed modules beside their `.py`
files (Python imports the extension first). Editable installs (`make install`) and the
test suite run the Python source; `make compiled` builds the compiled copy apart, in
`build/compiled/` (see the README's "Compiled build"). Building it needs mypy (with
mypyc) and the dependencies importable, hence `pip wheel --no-build-isolation`.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from setuptools import setup

# What every article passes through: the text layer and the extraction stages. The
# packages' `__init__` modules stay Python (they re-export; `relations` imports its rule
# modules to register them).
COMPILED_PACKAGES = ("kg/text", "kg/extraction", "kg/extraction/relations")
# The commands that only write metadata (pip asks for it before building the wheel): they
# need no C code, and generating it (mypy's whole type check) takes a minute.
METADATA_ONLY = {"egg_info", "dist_info"}


def compiled_modules() -> list[str]:
    """The source files mypyc compiles, relative to the project root."""
    root = Path(__file__).parent
    return sorted(
        str(path.relative_to(root))
        for package in COMPILED_PACKAGES
        for path in (root / package).glob("*.py")
        if path.name != "__init__.py"
    )


def compile_in_parallel(compiler: Any) -> None:
    """Compile the C files of one extension on every core (setuptools compiles them one
    after the other; mypyc writes one file per module, `multi_file`)."""

    def compile_all(sources: Any, output_dir: Any = None, macros: Any = None,
                    include_dirs: Any = None, debug: Any = False, extra_preargs: Any = None,
                    extra_postargs: Any = None, depends: Any = None) -> list[str]:  # fmt: skip
        macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)
        todo = [(obj, *build[obj]) for obj in objects if obj in build]
        # Largest first, so that no big file starts last.
        todo.sort(key=lambda job: -os.path.getsize(job[1]))
        with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            for done in [
                pool.submit(compiler._compile, obj, src, ext, cc_args, extra_postargs, pp_opts)
                for obj, src, ext in todo
            ]:
                done.result()
        return list(objects)

    compiler.compile = compile_all


ext_modules = []
cmdclass = {}
if os.environ.get("KG_MYPYC") == "1" and not METADATA_ONLY & set(sys.argv[1:]):
    from mypyc.build import mypycify
    from setuptools.command.build_ext import build_ext

    class ParallelBuildExt(build_ext):
        def build_extensions(self) -> None:
            compile_in_parallel(self.compiler)
            super().build_extensions()

    ext_modules = mypycify(compiled_modules(), opt_level="3", multi_file=True)
    cmdclass = {"build_ext": ParallelBuildExt}

setup(ext_modules=ext_modules, cmdclass=cmdclass)
