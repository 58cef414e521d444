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
from pathlib import Path

from setuptools import setup

# What every article passes through: the text layer and the extraction stages. The
# packages' `__init__` modules stay Python (they re-export; `relations` imports its rule
# modules to register them).
COMPILED_PACKAGES = ("kg/text", "kg/extraction", "kg/extraction/relations")


def compiled_modules() -> list[str]:
    """The source files mypyc compiles, relative to the project root."""
    root = Path(__file__).parent
    return sorted(
        str(path.relative_to(root))
        for package in COMPILED_PACKAGES
        for path in (root / package).glob("*.py")
        if path.name != "__init__.py"
    )


ext_modules = []
if os.environ.get("KG_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(compiled_modules(), opt_level="3")

setup(ext_modules=ext_modules)
